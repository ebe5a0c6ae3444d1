// The "places" stage: place names found in the text and resolved with the gazetteer.
//
// Recognition: runs of capitalised words (with joiners: "Bosnia and Herzegovina", "Rostov-on-
// Don") matched against the gazetteer's names, longest first; country demonyms ("Belarusian");
// a dateline ("MINSK, Oct 10 (Reuters) -"). A name inside a longer capitalised run that is not a
// place ("President Lincoln", "Real Madrid", "Jordan Henderson") is left alone, and so is a small
// town's name without a cue before it ("in", "near", "outside": data/lexicon/places.txt) or a
// country after it ("Pandi, Bulacan").
//
// Resolution: each name's candidates are scored by population, kind (countries, then regions,
// then capitals), the story's country focus (countries named unambiguously, the dateline) and
// nearness to the story's other places. A capital or country followed by a speech verb ("Kyiv
// said") and a demonym stand for an actor: they are places of the text, never an event's location.
#ifndef HERODOTUS_GEO_PLACE_FINDER_H_
#define HERODOTUS_GEO_PLACE_FINDER_H_

#include "herodotus/pipeline.h"

namespace herodotus::geo {

class PlaceFinder final : public Stage {
 public:
  std::string_view name() const override { return "places"; }
  Layers requires_layers() const override { return kLayerText | kLayerSentences | kLayerTokens; }
  Layers provides_layers() const override { return kLayerPlaces; }
  void run(Document& doc) const override;
};

}  // namespace herodotus::geo

#endif  // HERODOTUS_GEO_PLACE_FINDER_H_
