// Whether a text is political or social news at all, and whether an event has a political actor
// on either side: sport results, product launches, markets and reviews are full of verbs the
// dictionaries know ("beat", "launched", "backed") between actors that are nobody's government.
#ifndef HERODOTUS_CODE_POLITICAL_H_
#define HERODOTUS_CODE_POLITICAL_H_

#include <string_view>

#include "code/english.h"
#include "herodotus/document.h"

namespace herodotus::code {

// A code of a political or social actor: a government, military, police, court, legislature,
// party, opposition, rebels, protesters, unions, students, refugees, churches, media... of any
// country or none ("RUSMIL", "---COP", "BRALAB"), or an international or non-governmental
// organisation or armed group ("IGOUNO", "NGOHRI", "IMGMUSALQ"); not businesses and not people
// as such ("USABUS", "PAKCVL").
bool political_code(std::string_view code);

// A phrase that names a political actor: one with a political code, or a country or a capital
// named alone ("Israel", "the United States", "it" for one), which stands for its government.
// "Pakistan captain Shoaib Malik" and "US IT decision makers" name a country, but not alone.
bool political_phrase(const Document& doc, const Phrase& phrase);

// The share of the story's coded sentences that name a political actor; 1 for a story of fewer
// than kTopicSentences coded sentences, too short to tell what it is about.
double political_share(const Document& doc);
inline constexpr size_t kTopicSentences = 5;

// Whether a story of at least kTopicSentences sentences (not counting repeated ones and
// datelines) is about sport: it names at least kSportWordsMin different words of the lexicon's
// [sport words] ("coach", "innings", "seeded", "league"), in at least `share_min` of them. Most
// of these words have a political sense too ("the Arab League", "a team of negotiators"); many
// of them, often, do not.
bool sport_story(const English& english, const Document& doc, double share_min);
inline constexpr size_t kSportWordsMin = 4;

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_POLITICAL_H_
