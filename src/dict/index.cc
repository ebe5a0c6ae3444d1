#include "dict/index.h"

#include <algorithm>

namespace herodotus::dict {
namespace {

constexpr std::string_view kNounEndings[] = {"S", "'S", "S'", "ES"};
constexpr std::string_view kVerbEndings[] = {"S", "ED", "ES", "EN", "ING"};

bool ends_with_at(std::string_view word, size_t base, std::string_view ending) {
  return word.size() == base + ending.size() && word.compare(base, ending.size(), ending) == 0;
}

}  // namespace

Endings endings_for(RootKind kind) {
  switch (kind) {
    case RootKind::kVerb:
    case RootKind::kTime:
    case RootKind::kAttribution:
      return Endings::kVerb;
    default:
      return Endings::kNoun;
  }
}

bool word_matches(const PhraseWord& pw, std::string_view word, bool last, Endings endings) {
  const std::string& text = pw.text;
  switch (pw.match) {
    case WordMatch::kStem:
      return word.size() >= text.size() && word.compare(0, text.size(), text) == 0;
    case WordMatch::kExactNoEndings:
      return word == text;
    case WordMatch::kExact:
      break;
  }
  if (word == text) return true;
  if (!last || endings == Endings::kNone || word.size() <= text.size()) return false;
  if (endings == Endings::kNoun) {
    if (word.compare(0, text.size(), text) != 0) return false;
    for (std::string_view e : kNounEndings)
      if (ends_with_at(word, text.size(), e)) return true;
    return false;
  }
  // Verbs: DEPART -> DEPARTS DEPARTED DEPARTES DEPARTEN DEPARTING; DEPLORE -> DEPLORED DEPLORING.
  if (word.compare(0, text.size(), text) == 0) {
    for (std::string_view e : kVerbEndings)
      if (ends_with_at(word, text.size(), e)) return true;
  }
  if (text.back() == 'E' && word.compare(0, text.size() - 1, text, 0, text.size() - 1) == 0) {
    for (std::string_view e : kVerbEndings)
      if ((e[0] == 'E' || e[0] == 'I') && ends_with_at(word, text.size() - 1, e)) return true;
  }
  return false;
}

namespace {

// Literal words every match of the elements needs (alternatives and synsets are choices: skipped).
uint64_t required_words(const std::vector<PatternElement>& elements) {
  uint64_t bits = 0;
  for (const PatternElement& e : elements)
    if (e.kind == PatternElement::Kind::kWord) bits |= prefix_bit(e.word.text);
  return bits;
}

void sign_patterns(std::vector<VerbEntry>& entries) {
  for (VerbEntry& verb : entries)
    for (Pattern& p : verb.patterns) p.required = required_words(p.upper) | required_words(p.lower);
}

}  // namespace

CompiledDictionary::CompiledDictionary(Dictionary dictionary) : dictionary_(std::move(dictionary)) {
  for (Root& root : dictionary_.roots) {
    root.endings = static_cast<uint8_t>(endings_for(root.kind));
    for (size_t k = 1; k < root.phrase.size(); ++k)
      root.required |= prefix_bit(root.phrase[k].text);
  }
  sign_patterns(dictionary_.verbs);
  sign_patterns(dictionary_.times);
  sign_patterns(dictionary_.attributions);
  std::unordered_map<std::string_view, std::vector<uint32_t>> own;
  for (uint32_t i = 0; i < dictionary_.roots.size(); ++i) {
    const Root& root = dictionary_.roots[i];
    if (root.phrase.empty()) continue;
    own[root.phrase.front().text].push_back(i);
  }
  auto order = [&](uint32_t a, uint32_t b) {
    const Root& ra = dictionary_.roots[a];
    const Root& rb = dictionary_.roots[b];
    if (ra.length != rb.length) return ra.length > rb.length;
    return a < b;
  };
  // Each key's list takes in the roots of every shorter key that is a prefix of it.
  std::vector<std::pair<std::string_view, uint32_t>> keys;  // key, list index
  for (const auto& [key, ids] : own) {
    std::vector<uint32_t> merged = ids;
    for (size_t length = 1; length < key.size(); ++length) {
      auto it = own.find(key.substr(0, length));
      if (it != own.end()) merged.insert(merged.end(), it->second.begin(), it->second.end());
    }
    std::sort(merged.begin(), merged.end(), order);
    keys.emplace_back(key, static_cast<uint32_t>(lists_.size()));
    lists_.push_back(std::move(merged));
  }
  // The trie, built breadth first so that each node's children are contiguous and sorted.
  std::sort(keys.begin(), keys.end());
  nodes_.push_back(TrieNode());
  struct Range {
    uint32_t node;
    size_t begin, end, depth;
  };
  std::vector<Range> queue{{0, 0, keys.size(), 0}};
  for (size_t q = 0; q < queue.size(); ++q) {
    Range r = queue[q];
    // Keys ending at this depth mark the node; the others split by their next byte.
    size_t i = r.begin;
    while (i < r.end && keys[i].first.size() == r.depth) {
      nodes_[r.node].list = static_cast<int32_t>(keys[i].second);
      ++i;
    }
    nodes_[r.node].first_child = static_cast<uint32_t>(nodes_.size());
    uint16_t children = 0;
    std::vector<Range> next;
    while (i < r.end) {
      char byte = keys[i].first[r.depth];
      size_t j = i;
      while (j < r.end && keys[j].first[r.depth] == byte) ++j;
      TrieNode child;
      child.byte = byte;
      next.push_back({static_cast<uint32_t>(nodes_.size()), i, j, r.depth + 1});
      nodes_.push_back(child);
      ++children;
      i = j;
    }
    nodes_[r.node].children = children;
    queue.insert(queue.end(), next.begin(), next.end());
  }
}

const std::vector<uint32_t>& CompiledDictionary::candidates(std::string_view word) const {
  int32_t found = -1;
  uint32_t node = 0;
  for (char c : word) {
    const TrieNode& n = nodes_[node];
    const TrieNode* child = nullptr;
    for (uint32_t k = n.first_child; k < n.first_child + n.children; ++k) {
      if (nodes_[k].byte == c) {
        child = &nodes_[k];
        break;
      }
    }
    if (child == nullptr) break;
    node = static_cast<uint32_t>(child - nodes_.data());
    if (child->list >= 0) found = child->list;
  }
  return found >= 0 ? lists_[found] : none_;
}

}  // namespace herodotus::dict
