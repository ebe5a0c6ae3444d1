// The noun-phrase engine's stages, each a function over the whole Document so that tests and the
// validation suites can run them with any options:
//
//   phrases  -> word classes and marks, noun phrases and lists, sentences skipped (kLayerPhrases)
//   actors   -> what each phrase stands for, actor mentions, references (kLayerActors)
//   speakers -> quotations' speakers; "I" and "we" in quoted words (kLayerSpeakers)
//   events   -> events (kLayerEvents)
#ifndef HERODOTUS_CODE_STAGES_H_
#define HERODOTUS_CODE_STAGES_H_

#include "code/coder_index.h"
#include "herodotus/document.h"

namespace herodotus::code {

// Word classes, names, noun phrases, comma clauses set aside; which sentences are not read
// (repeated, discarded, datelines).
void find_phrases(const CoderContext& ctx, Document& doc);

// Phrase codes and actor mentions, sentence by sentence with the story's memory of its actors.
void find_actors(const CoderContext& ctx, Document& doc);

// Quotations' speakers resolved to actors, and first-person phrases in quoted words.
void find_speakers(const CoderContext& ctx, Document& doc);

// Events of every sentence read; none at all for a story with a story-level discard phrase.
void find_events(const CoderContext& ctx, Document& doc);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_STAGES_H_
