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

// A 64-bit signature of word prefixes: one bit per hash of a word's first two characters. A
// phrase can only match a sentence whose signature has every bit of the phrase's required words,
// so most patterns and multi-word roots are ruled out with one AND before any matching.
inline uint64_t prefix_bit(std::string_view word) {
  if (word.size() < 2) return 0;
  auto h = static_cast<unsigned>(static_cast<unsigned char>(word[0])) * 31u +
           static_cast<unsigned char>(word[1]);
  return uint64_t{1} << (h & 63u);
}

// Does `word` (a sentence word, upper case) match the dictionary word `pw`? `last` says whether
// `pw` is the last word of its root (only the last word takes regular endings).
bool word_matches(const PhraseWord& pw, std::string_view word, bool last, Endings endings);

class CompiledDictionary {
 public:
  explicit CompiledDictionary(Dictionary dictionary);

  const Dictionary& dictionary() const { return dictionary_; }

  // Roots whose first word may match `word`, longest first (file order among equals). The
  // caller still checks the match. The span stays valid as long as the dictionary.
  const std::vector<uint32_t>& candidates(std::string_view word) const;

 private:
  Dictionary dictionary_;
  // For every first-word text, the roots whose first word is that text or a prefix of it, in
  // matching order: a word's candidates are those of its longest prefix that is a key. The keys
  // are found with a byte trie, one step per character of the word.
  struct TrieNode {
    uint32_t first_child = 0;  // children are nodes_[first_child, first_child + children)
    uint16_t children = 0;
    char byte = 0;
    int32_t list = -1;  // index into lists_ when a key ends here
  };
  std::vector<TrieNode> nodes_;
  std::vector<std::vector<uint32_t>> lists_;
  std::vector<uint32_t> none_;
};

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_INDEX_H_
