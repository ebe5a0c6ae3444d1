// Noun phrases without a parser: runs of determiners, adjectives, nouns and numbers; lists of
// them joined by commas and a final conjunction ("Belarus, Russia and China"); "X of/in/from Y"
// joined into one phrase unless Y is followed by another preposition and phrase; a phrase after
// a list of bare nouns shared by every member ("lawmakers and officials in Fornost").
#ifndef HERODOTUS_CODE_CHUNKS_H_
#define HERODOTUS_CODE_CHUNKS_H_

#include "code/coder_index.h"
#include "code/sentence.h"

namespace herodotus::code {

// Fills r.chunks, r.compounds and r.elements from the classified words.
void build_chunks(const CoderContext& ctx, SentenceReading& r);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_CHUNKS_H_
