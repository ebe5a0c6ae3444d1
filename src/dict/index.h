// The compiled, immutable form of a Dictionary: roots indexed by their first word, so that finding
// what may start at a word of a sentence costs a few hash lookups. Shared by every thread.
#ifndef HERODOTUS_DICT_INDEX_H_
#define HERODOTUS_DICT_INDEX_H_

#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dict/model.h"

namespace herodotus::dict {

// Which regular endings an exact word accepts.
enum class Endings : uint8_t { kNone, kNoun, kVerb };

Endings endings_for(RootKind kind);

// Does `word` (a sentence word, upper case) match the dictionary word `pw`? `last` says whether
// `pw` is the last word of its root (only the last word takes regular endings).
bool word_matches(const PhraseWord& pw, std::string_view word, bool last, Endings endings);

class CompiledDictionary {
 public:
  explicit CompiledDictionary(Dictionary dictionary);

  const Dictionary& dictionary() const { return dictionary_; }

  // Roots whose first word may match `word`, longest first (file order among equals), appended
  // to `out` after clearing it. The caller still checks the match.
  void candidates(std::string_view word, std::vector<uint32_t>& out) const;

 private:
  Dictionary dictionary_;
  // First-word text -> roots; keys view into dictionary_.roots (never moved after construction).
  std::unordered_map<std::string_view, std::vector<uint32_t>> by_first_word_;
  size_t longest_key_ = 0;
};

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_INDEX_H_
