// Sentences the noun-phrase engine does not read: those holding a discard phrase of PETRARCH's
// dictionaries (a sentence-level one skips the sentence, a story-level one the rest of the story)
// and datelines ("CEBU CITY: -- Cordova Mayor ...").
#ifndef HERODOTUS_CODE_DISCARDS_H_
#define HERODOTUS_CODE_DISCARDS_H_

#include <string_view>

#include "code/coder_index.h"
#include "code/sentence.h"

namespace herodotus::code {

// kNone, kDiscarded or kStoryDiscarded for a sentence's text. A phrase must start a word (and,
// unless written with a final '_', may end inside one: TYPHOON finds TYPHOONS); a story-level
// phrase wins over a sentence-level one.
SentenceSkip discard_phrases(const CoderContext& ctx, std::string_view text);

// A dateline before the sentence: capitalised words written in capitals, then ':' or "--", in a
// sentence that is not all capitals.
bool is_dateline(const SentenceReading& r);

// A dateline opening the sentence's text ("CAIRO -", "GAZA CITY, Gaza Strip -", "ABUJA, Jan 10
// (Reuters) -"): a word written in capitals, then capitalised words, numbers, commas and an
// agency in parentheses, then a dash, within the first dozen words. Returns the dash's index, or
// -1. Its words are no phrase: "CAIRO - Gunmen opened fire" is no act of Egypt's government.
// A place in title case with a news agency of the lexicon's `[news agencies]` in parentheses
// is one too, dash or not: "New York (CNN)French President Emmanuel Macron ...".
int dateline_end(const CoderContext& ctx, const SentenceReading& r);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_DISCARDS_H_
