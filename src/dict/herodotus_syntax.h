// The project's dictionary format as text (docs/dictionary-format.md): a source cut into entries
// (a header line "kind id [code]: phrases" and its indented "key value" lines), and the values
// written in them: phrases, ids, date ranges, synset names.
#ifndef HERODOTUS_DICT_HERODOTUS_SYNTAX_H_
#define HERODOTUS_DICT_HERODOTUS_SYNTAX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dict/herodotus_reader.h"
#include "dict/reader_support.h"

namespace herodotus::dict {

// One entry as written: its header line and its indented continuation lines.
struct EntryText {
  std::string kind, id, code, phrases;  // "verb", "accuse", "112", "accuse"
  size_t line = 0;
  struct Field {
    std::string key, value;
    size_t line;
  };
  std::vector<Field> fields;
};

// Cuts one source into entries, each with the context of its file; lines that belong to no entry
// are warnings.
void split_entries(const DictionarySource& source, FileContext& ctx,
                   std::vector<std::pair<FileContext*, EntryText>>& entries);

// Letters, digits and . - _ &.
bool valid_id(std::string_view id);

// "accuse; call for": the phrases of a list, trimmed and single-spaced.
std::vector<std::string> split_phrases(std::string_view text);

// The words of a phrase, upper case; each must follow the one before at once. A short word
// written in capitals matches only capitals ("US"); a possessive's 's is left out.
Phrase consecutive_words(std::string_view text);

// The phrase's words, single-spaced.
std::string joined(const Phrase& phrase);

// The phrase and the plurals of its last word.
std::vector<std::string> with_plural(const std::string& phrase);

// A date of a range: "1994-07-20", or "1994-07" and "1994" when the day or month is not known,
// which stand for the first day of the period (`end` false) or its last (`end` true). YYYYMMDD,
// or -1 when malformed.
int32_t range_date(std::string_view text, bool end);

// Synset names may hold underscores ("&R01_TALKS"), which the pattern syntax reads as "at once".
// Inside a synset's own id they become dots; in a pattern, a reference takes the longest known
// synset name ("&R01_TALKS_WITH" is &R01.TALKS then "_WITH" when R01.TALKS is a synset).
std::string dotted(std::string_view name);
std::string protect_synset_names(std::string_view text,
                                 const std::unordered_map<std::string, uint32_t>& known);

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_HERODOTUS_SYNTAX_H_
