// What every stage of the noun-phrase engine reads and nobody changes: the compiled dictionary,
// its roots indexed as the engine matches them (by exact first word, longest first), the
// multi-word verbs, issues and discard phrases by their first word, and the coding options.
#ifndef HERODOTUS_CODE_CODER_INDEX_H_
#define HERODOTUS_CODE_CODER_INDEX_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "code/english.h"
#include "dict/index.h"
#include "herodotus/coding_options.h"

namespace herodotus::code {

template <typename Value>
using WordMap = std::unordered_map<std::string, Value, TransparentHash, std::equal_to<>>;

class CoderIndex {
 public:
  explicit CoderIndex(std::shared_ptr<const dict::CompiledDictionary> compiled);

  const dict::Dictionary& dictionary() const { return compiled_->dictionary(); }
  const std::shared_ptr<const dict::CompiledDictionary>& compiled() const { return compiled_; }

  // Actor or agent roots whose phrase starts with `word`, longest first (file order among equals).
  const std::vector<uint32_t>& roots(dict::RootKind kind, HashedWord word) const;
  // The verb root of a one-word verb form, or nullptr.
  const uint32_t* verb_form(std::string_view word) const;
  // A verb root of the entry whose id is `word` when the entry leaves its uninflected form out
  // because that form is mostly a noun ("release: released; releasing; releases"), or nullptr.
  const uint32_t* bare_lemma(std::string_view word) const;
  // The members of synset `synset` (indexes into its members, in order) whose words start with
  // `word`, or end with it when `last`; nullptr for none. Patterns test only these at a word.
  const std::vector<uint32_t>* synset_members(uint32_t synset, HashedWord word, bool last) const;
  // Whether `code` (three letters) is a country's: an actor entry "country.CODE" has it.
  bool country_code(std::string_view code) const { return country_codes_.count(code) > 0; }
  // Multi-word verbs whose verb word is `word`.
  const std::vector<uint32_t>* multiword(std::string_view word) const;
  // Issue phrase variants starting with `word`: (issue, variant).
  const std::vector<std::pair<uint32_t, uint32_t>>* issues(std::string_view word) const;

  // Discard phrases by their first characters, so a sentence is scanned once for all of them.
  static constexpr size_t kDiscardKey = 3;
  const std::vector<uint32_t>* discards(std::string_view prefix) const;
  const std::vector<uint32_t>& short_discards() const { return short_discards_; }

 private:
  std::shared_ptr<const dict::CompiledDictionary> compiled_;
  WordMap<std::vector<uint32_t>> actors_, agents_;
  WordMap<uint32_t> verb_forms_;
  WordMap<uint32_t> bare_lemmas_;
  WordSet country_codes_;
  struct SynsetWords {
    WordMap<std::vector<uint32_t>> by_first, by_last;
  };
  std::vector<SynsetWords> synset_words_;
  WordMap<std::vector<uint32_t>> multiword_by_verb_;
  WordMap<std::vector<std::pair<uint32_t, uint32_t>>> issues_by_word_;
  WordMap<std::vector<uint32_t>> discards_by_prefix_;
  std::vector<uint32_t> short_discards_;  // shorter than kDiscardKey
};

// What a phase of the engine reads: the dictionary and its index, the options, the word lists,
// and the story's date (YYYYMMDD) for date-bounded actor codes.
struct CoderContext {
  const CoderIndex& index;
  const CodingOptions& options;
  const English& english;
  int32_t date = 0;

  const dict::Dictionary& d() const { return index.dictionary(); }
};

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_CODER_INDEX_H_
