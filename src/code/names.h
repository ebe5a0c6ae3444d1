// Names of the dictionaries in a sentence: actor and agent phrases matched over its words as
// PETRARCH matches them (whole words, longest phrase first at each word).
#ifndef HERODOTUS_CODE_NAMES_H_
#define HERODOTUS_CODE_NAMES_H_

#include <cstdint>
#include <vector>

#include "code/coder_index.h"
#include "code/sentence.h"

namespace herodotus::code {

// Tries the roots of `kind` at words[at] of the word list `words` (indexes into the reading):
// a phrase's words joined by '_' must follow one another, those joined by ' ' may have others
// between. Returns the index in `words` past the last word matched, or -1; the root in `root`.
int match_name_at(const CoderContext& ctx, const SentenceReading& r, const std::vector<int>& words,
                  size_t at, dict::RootKind kind, uint32_t& root);

// Marks the words of every actor and agent name as proper nouns (prepositions and conjunctions
// inside a name excepted, so that "Prince of Dol Amroth" keeps its structure), and with
// whole_names numbers each multi-word name so that the chunker keeps it in one phrase.
void mark_names(const CoderContext& ctx, SentenceReading& r);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_NAMES_H_
