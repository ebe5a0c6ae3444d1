// The built-in stages, in pipeline order. Each returns an immutable stage to give to
// Pipeline::create; all threads may share it.
#ifndef HERODOTUS_STAGES_H_
#define HERODOTUS_STAGES_H_

#include <memory>
#include <vector>

#include "herodotus/pipeline.h"

namespace herodotus {

// "extract": an HTML page's article as the story's text, and the page's metadata (a no-op for
// stories that are text already).
std::unique_ptr<const Stage> make_extractor();
// "clean": normalised text without boilerplate, with its offset map (kLayerText).
std::unique_ptr<const Stage> make_cleaner();
// "segment": paragraphs, sentences and tokens (needs kLayerText).
std::unique_ptr<const Stage> make_segmenter();

// "quotes": direct quotations and their speakers' mentions (needs tokens); the coding engine's
// "speakers" stage resolves the mentions to actors.
std::unique_ptr<const Stage> make_quote_finder();

// "places": place names resolved with the built-in gazetteer (needs tokens); the coding engine
// reads places standing for their country, and "locate" puts events at them.
std::unique_ptr<const Stage> make_place_finder();

// "locate": each event's location, from the places of its sentence and the story's dateline
// (needs events and places).
std::unique_ptr<const Stage> make_event_locator();

// The stages that turn a story into sentences: extract, clean, segment.
std::vector<std::unique_ptr<const Stage>> segmentation_stages();

}  // namespace herodotus

#endif  // HERODOTUS_STAGES_H_
