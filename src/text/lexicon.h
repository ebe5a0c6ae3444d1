// Language data for cleaning and segmentation: boilerplate line rules, abbreviations and sentence
// openers, parsed once from the files in data/lexicon/ (embedded in the library at build time).
#ifndef HERODOTUS_TEXT_LEXICON_H_
#define HERODOTUS_TEXT_LEXICON_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "herodotus/document.h"
#include "herodotus/status.h"

namespace herodotus::text {

enum class AbbreviationClass : uint8_t { kNone, kTitle, kNumber, kInner, kFinal };

struct LineVerdict {
  RemovalReason reason;
  bool takes_next_headline;  // a teaser marker: the headline on the next line goes too
};

// Hash and equality that let unordered containers of std::string be searched with string_view.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

class Lexicon {
 public:
  // The lexicon built into the library. Parsed on first use; immutable and shared afterwards.
  static const Lexicon& builtin();
  // Parses lexicon files; `*_name` are used in error messages ("boilerplate.txt:12: ...").
  static Result<Lexicon> parse(std::string_view boilerplate, std::string_view abbreviations,
                               std::string_view openers);

  // `key`: the line in lower case, single-spaced, without trailing punctuation; `words`: its
  // word count.
  std::optional<LineVerdict> classify_line(std::string_view key, uint32_t words) const;
  // `word` without its trailing period.
  AbbreviationClass abbreviation(std::string_view word) const;
  // `word` as written; compared in lower case.
  bool is_sentence_opener(std::string_view word) const;

 private:
  enum class Mode : uint8_t { kExact, kPrefix, kContains };
  struct LineRule {
    RemovalReason reason;
    Mode mode;
    uint32_t max_words;
    bool takes_next_headline;
    std::string entry;
  };

  // The three files, each into its tables; the first bad line is an error naming it.
  Status parse_boilerplate(std::string_view file);
  Status parse_abbreviations(std::string_view file);
  Status parse_openers(std::string_view file);
  // A boilerplate section header: "[reason mode]" or "[reason mode N]".
  static Result<LineRule> parse_section(std::string_view line);
  // A boilerplate entry, lower case, under its section's rule.
  Status add_line_entry(const LineRule& section, std::string entry);

  std::unordered_map<std::string, LineVerdict, StringHash, std::equal_to<>> exact_lines_;
  std::vector<LineRule> partial_rules_;  // prefix and contains rules, in file order
  // Prefix rules by their first byte, so that a line is compared only with rules that can match.
  std::vector<uint16_t> prefix_rules_by_byte_[256];
  uint32_t max_partial_words_ = 0;  // no partial rule matches a line longer than this
  uint32_t max_exact_words_ = 0;    // nor any exact entry
  std::unordered_map<std::string, AbbreviationClass, StringHash, std::equal_to<>>
      abbreviations_any_case_;
  std::unordered_map<std::string, AbbreviationClass, StringHash, std::equal_to<>>
      abbreviations_exact_case_;
  StringSet openers_;
};

// ASCII lower case into `out` (other bytes copied): keys and lexicon entries are compared this way.
void ascii_lower(std::string_view in, std::string& out);

// Whether `word`, in ASCII lower case, is in `set`; without allocating (words of up to 32 bytes;
// longer ones are in no word list).
bool contains_lower(const StringSet& set, std::string_view word);

}  // namespace herodotus::text

#endif  // HERODOTUS_TEXT_LEXICON_H_
