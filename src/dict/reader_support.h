// What the dictionary readers share: a per-file context that numbers entries and collects
// warnings, and the parsers for actor code blocks ("[HOB < 950601]").
#ifndef HERODOTUS_DICT_READER_SUPPORT_H_
#define HERODOTUS_DICT_READER_SUPPORT_H_

#include <optional>
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

// An actor entry being read, TABARI's and PETRARCH's way alike: a header line ("ARNOR [ARN]"),
// "+SYNONYM" lines and "[CODE date]" lines, written to the dictionary when the next entry starts
// or the file ends.
class ActorGroupReader {
 public:
  using PhraseParser = Result<Phrase> (*)(std::string_view);
  // What an actor written without any code becomes.
  enum class Uncoded { kSkipWithWarning /* TABARI */, kNullCode /* PETRARCH: "---" */ };

  ActorGroupReader(FileContext& ctx, PhraseParser parse, Uncoded uncoded)
      : ctx_(ctx), parse_(parse), uncoded_(uncoded) {}

  bool open() const { return open_; }
  void start(std::string_view body, size_t line);      // "ARNOR [ARN]", finishing the entry before
  void add_codes(std::string_view body, size_t line);  // "[HOB < 950601]"
  void add_synonym(std::string_view body, size_t line);  // "+SMEAGOL"
  void finish();

 private:
  FileContext& ctx_;
  PhraseParser parse_;
  Uncoded uncoded_;
  std::vector<std::pair<std::string, size_t>> phrases_;  // text, line
  std::vector<DatedCode> codes_;
  size_t line_ = 0;
  bool open_ = false;
};

// Warns when a "[code]" lacks a bracket: none at `open` (`no_open` says so), or no ']' at `close`
// after it. True when both are there.
bool has_brackets(FileContext& ctx, size_t line, size_t open, size_t close,
                  const std::string& no_open = "missing left bracket [");

// An agent's code as written inside [ ]: "~PAR" goes after the actor's code, "REB~" before it.
struct AgentCode {
  std::string bare;  // without the ~, trimmed
  bool prefix = false;
};
// The code, or nothing (with a warning) when it has no ~ at either end, one at both, or only a ~.
std::optional<AgentCode> parse_agent_code(FileContext& ctx, size_t line, std::string_view code);

// One actor code block's inside: "ISR", "HOB < 950601", "HOBGOV 950601 - 990815", "ELR/GAL".
Result<DatedCode> parse_code_block(std::string_view inside, CodeTable& codes);
// Every [..] block of the text after a phrase.
Status parse_code_blocks(std::string_view text, CodeTable& codes, std::vector<DatedCode>& out);
// Restricted codes in file order, then the default (a null default when there is none).
std::vector<DatedCode> order_codes(std::vector<DatedCode> codes, std::string& problem);

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_READER_SUPPORT_H_
