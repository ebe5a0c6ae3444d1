#include "code/coder_index.h"

#include <algorithm>
#include <cstdint>

#include "dict/phrase_syntax.h"

namespace herodotus::code {

using dict::RootKind;

CoderIndex::CoderIndex(std::shared_ptr<const dict::CompiledDictionary> compiled)
    : compiled_(std::move(compiled)) {
  const dict::Dictionary& d = compiled_->dictionary();
  std::vector<uint32_t> first_root(d.verbs.size(), UINT32_MAX);
  for (uint32_t id = 0; id < d.roots.size(); ++id) {
    const dict::Root& root = d.roots[id];
    if (root.phrase.empty()) continue;
    const std::string& first = root.phrase[0].text;
    if (root.kind == RootKind::kActor)
      actors_[first].push_back(id);
    else if (root.kind == RootKind::kAgent)
      agents_[first].push_back(id);
    else if (root.kind == RootKind::kVerb && root.phrase.size() == 1)
      verb_forms_.emplace(first, id);
    if (root.kind == RootKind::kVerb && root.entry < first_root.size())
      first_root[root.entry] = std::min(first_root[root.entry], id);
  }
  // Longest phrase first at each word (file order among equals), as PETRARCH tries them.
  auto longest_first = [&](WordMap<std::vector<uint32_t>>& map) {
    for (auto& [word, ids] : map)
      std::stable_sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
        return d.roots[a].phrase.size() > d.roots[b].phrase.size();
      });
  };
  longest_first(actors_);
  longest_first(agents_);
  for (uint32_t k = 0; k < d.multiword_verbs.size(); ++k)
    multiword_by_verb_[d.multiword_verbs[k].verb].push_back(k);
  synset_words_.resize(d.synsets.size());
  for (size_t k = 0; k < d.synsets.size(); ++k) {
    const auto& members = d.synsets[k].members;
    for (uint32_t m = 0; m < members.size(); ++m) {
      const auto& words = members[m];
      // A member with anything but words never matches (patterns.cc).
      if (words.empty() || std::any_of(words.begin(), words.end(), [](const auto& w) {
            return w.kind != dict::PatternElement::Kind::kWord;
          }))
        continue;
      synset_words_[k].by_first[words.front().word.text].push_back(m);
      synset_words_[k].by_last[words.back().word.text].push_back(m);
    }
  }
  for (const dict::ActorEntry& actor : d.actors)
    if (actor.id.rfind("country.", 0) == 0 && actor.id.size() == 11)
      country_codes_.insert(actor.id.substr(8));
  // An entry named by one word whose forms leave that word out: its uninflected form.
  for (uint32_t e = 0; e < d.verbs.size(); ++e) {
    const std::string& id = d.verbs[e].id;
    if (first_root[e] == UINT32_MAX || id.empty() || id.find_first_of("_ -") != std::string::npos)
      continue;
    std::string lemma = dict::plain_upper(id);
    if (!verb_forms_.count(lemma) && !multiword_by_verb_.count(lemma))
      bare_lemmas_.emplace(std::move(lemma), first_root[e]);
  }
  for (uint32_t k = 0; k < d.issues.size(); ++k)
    for (uint32_t v = 0; v < d.issues[k].variants.size(); ++v)
      issues_by_word_[d.issues[k].variants[v][0]].emplace_back(k, v);
  for (uint32_t k = 0; k < d.discards.size(); ++k) {
    const std::string& phrase = d.discards[k].phrase;
    if (phrase.size() < kDiscardKey)
      short_discards_.push_back(k);
    else
      discards_by_prefix_[phrase.substr(0, kDiscardKey)].push_back(k);
  }
}

const std::vector<uint32_t>& CoderIndex::roots(RootKind kind, HashedWord word) const {
  static const std::vector<uint32_t> none;
  const auto& map = kind == RootKind::kActor ? actors_ : agents_;
  auto it = map.find(word);
  return it == map.end() ? none : it->second;
}

const uint32_t* CoderIndex::verb_form(std::string_view word) const {
  auto it = verb_forms_.find(word);
  return it == verb_forms_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* CoderIndex::synset_members(uint32_t synset, HashedWord word,
                                                        bool last) const {
  if (synset >= synset_words_.size()) return nullptr;
  const auto& map = last ? synset_words_[synset].by_last : synset_words_[synset].by_first;
  auto it = map.find(word);
  return it == map.end() ? nullptr : &it->second;
}

const uint32_t* CoderIndex::bare_lemma(std::string_view word) const {
  auto it = bare_lemmas_.find(word);
  return it == bare_lemmas_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* CoderIndex::multiword(std::string_view word) const {
  auto it = multiword_by_verb_.find(word);
  return it == multiword_by_verb_.end() ? nullptr : &it->second;
}

const std::vector<std::pair<uint32_t, uint32_t>>* CoderIndex::issues(std::string_view word) const {
  auto it = issues_by_word_.find(word);
  return it == issues_by_word_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* CoderIndex::discards(std::string_view prefix) const {
  auto it = discards_by_prefix_.find(prefix);
  return it == discards_by_prefix_.end() ? nullptr : &it->second;
}

}  // namespace herodotus::code
