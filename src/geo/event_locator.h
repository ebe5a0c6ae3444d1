// The "locate" stage: where each event happened, from the places of its sentence and story.
#ifndef HERODOTUS_GEO_EVENT_LOCATOR_H_
#define HERODOTUS_GEO_EVENT_LOCATOR_H_

#include "herodotus/pipeline.h"

namespace herodotus::geo {

// The first place of the event's sentence after a cue ("in Sochi", "near Bakhmut"), else its
// first city or region that is not an actor, else the story's dateline. A country named without
// a cue is most often an actor ("Belarus and Russia agreed").
class EventLocator final : public Stage {
 public:
  std::string_view name() const override { return "locate"; }
  Layers requires_layers() const override { return kLayerEvents | kLayerPlaces; }
  Layers provides_layers() const override { return 0; }
  void run(Document& doc) const override;
};

}  // namespace herodotus::geo

#endif  // HERODOTUS_GEO_EVENT_LOCATOR_H_
