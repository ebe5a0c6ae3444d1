// What the dictionary readers share: a per-file context that numbers entries and collects
// warnings, and the parsers for actor code blocks ("[HOB < 950601]").
#ifndef HERODOTUS_DICT_READER_SUPPORT_H_
#define HERODOTUS_DICT_READER_SUPPORT_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dict/tabari_reader.h"

namespace herodotus::dict {

Status dictionary_error(std::string message);

// What to do with a phrase that is already in the dictionary.
enum class DuplicatePolicy { kKeepFirst /* TABARI */, kKeepLast /* PETRARCH */ };

class FileContext {
 public:
  FileContext(const std::string& path, LoadedDictionaries& out,
              DuplicatePolicy duplicates = DuplicatePolicy::kKeepFirst);

  SourceRef at(size_t line) const { return {file_, static_cast<uint32_t>(line)}; }
  void warn(size_t line, const std::string& message);
  LoadedDictionaries& out() { return out_; }
  Dictionary& dictionary() { return out_.dictionary; }

  // Adds a root; a phrase entered before is counted as a duplicate and resolved by the policy.
  // Returns the root that now holds the phrase, and whether it is new.
  std::pair<uint32_t, bool> add_root(Phrase phrase, RootKind kind, uint32_t entry, std::string text,
                                     size_t line);

 private:
  LoadedDictionaries& out_;
  uint32_t file_ = 0;
  DuplicatePolicy duplicates_;
};

// One actor code block's inside: "ISR", "HOB < 950601", "HOBGOV 950601 - 990815", "ELR/GAL".
Result<DatedCode> parse_code_block(std::string_view inside, CodeTable& codes);
// Every [..] block of the text after a phrase.
Status parse_code_blocks(std::string_view text, CodeTable& codes, std::vector<DatedCode>& out);
// Restricted codes in file order, then the default (a null default when there is none).
std::vector<DatedCode> order_codes(std::vector<DatedCode> codes, std::string& problem);

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_READER_SUPPORT_H_
