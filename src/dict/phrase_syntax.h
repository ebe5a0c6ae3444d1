// The phrase and pattern syntax shared by TABARI dictionaries and the project's own format
// (TABARI manual, chapter 5):
//
//   ARNOR            a stem: matches any word that starts with ARNOR
//   ESTONIA_         exact, with regular endings (S, 'S for nouns; S ED ES EN ING for verbs)
//   MOUSE=           exact, no endings
//   AL_GORE          AL exactly, followed at once by GORE
//   REAL~_PLEASANT   REAL as a stem, followed at once by PLEASANT
//   AL GORE          AL, then GORE later (other words may come between)
//
// Patterns add the verb `*`, the actor tokens `$` (source), `+` (target), `%` (compound), `^`
// (skip an actor), `@` (attribution), synsets `&NAME` and alternatives `{ A | B C | D_E }`.
#ifndef HERODOTUS_DICT_PHRASE_SYNTAX_H_
#define HERODOTUS_DICT_PHRASE_SYNTAX_H_

#include <string>
#include <string_view>

#include "dict/model.h"
#include "herodotus/status.h"

namespace herodotus::dict {

// A root phrase (actor, agent, noun, adjective, verb root or form, time root). Hyphens become
// underscores (TABARI 0.7.3: "al-Assad" and "al Assad" are the same); letters become upper case.
Result<Phrase> parse_phrase(std::string_view text);

// A verb, time or attribution pattern: the text between the leading "-" and the "[code]".
// `synsets` resolves &NAME; `require_verb` is false for synset members (which have no `*`).
Result<std::vector<PatternElement>> parse_pattern_elements(std::string_view text,
                                                           const Dictionary& dictionary,
                                                           bool require_verb,
                                                           bool hyphens_are_underscores = true);

// Splits elements at the top-level `*` into `pattern` (upper, lower, adjacency, length).
Status build_pattern(std::vector<PatternElement> elements, const Dictionary& dictionary,
                     Pattern& pattern);

// The alphanumeric length of elements; alternatives and synsets count at their longest.
uint32_t elements_length(const std::vector<PatternElement>& elements, const Dictionary& dictionary);

// Upper case, with '-' as '_'.
std::string dictionary_upper(std::string_view text);
// Upper case only.
std::string plain_upper(std::string_view text);

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_PHRASE_SYNTAX_H_
