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

CompiledDictionary::CompiledDictionary(Dictionary dictionary) : dictionary_(std::move(dictionary)) {
  for (uint32_t i = 0; i < dictionary_.roots.size(); ++i) {
    const Root& root = dictionary_.roots[i];
    if (root.phrase.empty()) continue;
    std::string_view key = root.phrase.front().text;
    by_first_word_[key].push_back(i);
    longest_key_ = std::max(longest_key_, key.size());
  }
  for (auto& [key, ids] : by_first_word_) {
    std::stable_sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
      return dictionary_.roots[a].length > dictionary_.roots[b].length;
    });
  }
}

void CompiledDictionary::candidates(std::string_view word, std::vector<uint32_t>& out) const {
  out.clear();
  size_t keys = std::min(word.size(), longest_key_);
  for (size_t length = 1; length <= keys; ++length) {
    auto it = by_first_word_.find(word.substr(0, length));
    if (it == by_first_word_.end()) continue;
    out.insert(out.end(), it->second.begin(), it->second.end());
  }
  if (out.size() > 1) {
    std::stable_sort(out.begin(), out.end(), [&](uint32_t a, uint32_t b) {
      const Root& ra = dictionary_.roots[a];
      const Root& rb = dictionary_.roots[b];
      if (ra.length != rb.length) return ra.length > rb.length;
      return a < b;
    });
  }
}

}  // namespace herodotus::dict
