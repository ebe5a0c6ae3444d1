// PETRARCH's verb patterns over a sentence's phrases. A pattern has an upper half (the words
// before the verb, matched from the verb outwards) and a lower half (the words after it); its
// elements are literal words, synsets, the source ($), the target (+), a list (%) and a skipped
// phrase (^). Phrases and lists appear to the matcher as enter and leave markers around their
// words (PETRARCH-1, section 3.1.7 of the research notes).
#ifndef HERODOTUS_CODE_PATTERNS_H_
#define HERODOTUS_CODE_PATTERNS_H_

#include <vector>

#include "code/coder_index.h"
#include "code/sentence.h"

namespace herodotus::code {

struct MatchResult {
  Binding source, target;
  // The last word the lower half's words and synsets matched ("expressed pessimism" in
  // "expressed pessimism over Alitalia's future"): what the act is, not whom; -1 for none.
  int content_last = -1;
};

// Matches pattern `p` against `lower` (the items after the verb) and `upper` (the items before
// it, nearest first). A failed match may leave partial bindings in `m`.
bool match_pattern(const CoderContext& ctx, const SentenceReading& r, const dict::Pattern& p,
                   const std::vector<Item>& lower, const std::vector<Item>& upper, MatchResult& m);

// The dictionary verb at word i: a multi-word verb first (its words around i, filler words
// between them), else a one-word form. Sets the entry and the words [first, last] it spans.
bool find_verb(const CoderContext& ctx, const SentenceReading& r, int i,
               const dict::VerbEntry*& entry, int& first, int& last);

// The code a verb has where it stands: its first fitting pattern's, else its own. The upper half
// is read from `upper_from`.
dict::EventCodeSpec verb_code_at(const CoderContext& ctx, const SentenceReading& r,
                                 const dict::VerbEntry* entry, int first, int last, int upper_from);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_PATTERNS_H_
