// Word-list files of the lexicon (data/lexicon/word_classes.txt, reporting.txt): "[section]"
// lines, then words separated by spaces, several per line; lines starting with '#' are comments.
#ifndef HERODOTUS_TEXT_WORD_LISTS_H_
#define HERODOTUS_TEXT_WORD_LISTS_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "text/lexicon.h"

namespace herodotus::text {

// Calls `add(section, word)` for every word in file order; `section` includes its brackets
// ("[cue verbs]") and is empty before the first section line.
void for_each_listed_word(
    std::string_view data,
    const std::function<void(std::string_view section, std::string_view word)>& add);

// Every section's words in ASCII lower case, by section: sets["[cue verbs]"]. A section the
// file lacks reads as empty.
using WordSets = std::unordered_map<std::string, StringSet>;
WordSets lower_case_word_sets(std::string_view data);

}  // namespace herodotus::text

#endif  // HERODOTUS_TEXT_WORD_LISTS_H_
