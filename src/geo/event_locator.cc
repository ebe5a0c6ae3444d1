#include "geo/event_locator.h"

#include "geo/gazetteer.h"
#include "herodotus/stages.h"

namespace herodotus::geo {

void EventLocator::run(Document& doc) const {
  const auto& places = doc.places();
  int32_t dateline = -1;
  for (size_t p = 0; p < places.size(); ++p)
    if (places[p].dateline) dateline = static_cast<int32_t>(p);
  const Gazetteer& gazetteer = Gazetteer::builtin();
  for (Event& e : doc.mutable_events()) {
    int32_t cued = -1, plain = -1;
    for (size_t p = 0; p < places.size(); ++p) {
      const Place& place = places[p];
      if (place.sentence != e.sentence || place.actor) continue;
      if (place.cued && cued < 0) cued = static_cast<int32_t>(p);
      if (!place.cued && plain < 0 && gazetteer.place(place.entry).kind != format::kCountry)
        plain = static_cast<int32_t>(p);
    }
    e.location = cued >= 0 ? cued : plain >= 0 ? plain : dateline;
  }
}

}  // namespace herodotus::geo

namespace herodotus {

std::unique_ptr<const Stage> make_event_locator() {
  return std::make_unique<geo::EventLocator>();
}

}  // namespace herodotus
