// Events from verbs: verb by verb, a dictionary verb's patterns are matched (first fitting one
// wins), its source and target are the pattern's or the default ones (the leftmost coded phrase
// before it, the first coded phrase after it), lists give one event per pair, passive voice
// swaps them, and statements, announced, refused and quoted acts are read as speech
// (speech.h). A coded verb's clause is not searched for more verbs.
#ifndef HERODOTUS_CODE_EVENTS_H_
#define HERODOTUS_CODE_EVENTS_H_

#include <string>
#include <utility>
#include <vector>

#include "code/coded_event.h"
#include "code/coder_index.h"
#include "code/sentence.h"

namespace herodotus::code {

// The events of one sentence, duplicates out (and with require_dyad, those with a "---" side;
// with unknown_side_needs_country, those whose known side has no country).
std::vector<CodedEvent> code_verbs(const CoderContext& ctx, const SentenceReading& r);

// Issue codes the sentence holds phrases of, with counts, in dictionary order; none when an
// exclusion phrase is found (PETRARCH's Phoenix.IssueCoding.txt).
std::vector<std::pair<std::string, uint32_t>> code_issues(const CoderContext& ctx,
                                                          const SentenceReading& r);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_EVENTS_H_
