// TABARI's sparse parse. Word types: roots of the dictionary found in the sentence, longest first,
// and the closed-class words TABARI's rules name (manual 7.4); verbs after a determiner or
// capitalised mid-sentence are nouns.
#include "tabari/parse.h"

#include "code/english.h"

namespace herodotus::tabari {

ClosedWords::ClosedWords() {
  const code::English& en = code::English::builtin();
  auto add = [&](const code::WordSet& words, WordType type) {
    for (const std::string& w : words) {
      if (w.empty() || w[0] < 'A' || w[0] > 'Z' || this->type(w) != WordType::kNone) continue;
      Entry e{w, type, en.plural_pronouns.count(w) > 0, en.possessives.count(w) > 0};
      by_initial_[static_cast<size_t>(w[0] - 'A')].push_back(std::move(e));
    }
  };
  // In TABARI's order: a word of two lists is of the first.
  add(en.articles, WordType::kDeterminer);
  add(en.male_pronouns, WordType::kPronoun);
  add(en.female_pronouns, WordType::kPronoun);
  add(en.non_person_pronouns, WordType::kPronoun);
  add(en.conjunctions, WordType::kConjunction);
  add(en.be_forms, WordType::kAuxiliary);
}

const ClosedWords::Entry* ClosedWords::find(std::string_view word) const {
  if (word.empty() || word[0] < 'A' || word[0] > 'Z') return nullptr;
  for (const Entry& e : by_initial_[static_cast<size_t>(word[0] - 'A')])
    if (e.word == word) return &e;
  return nullptr;
}

const ClosedWords& closed_words() {
  static const ClosedWords* words = new ClosedWords();
  return *words;
}

const char* type_name(WordType t) {
  switch (t) {
    case WordType::kNone:
      return "-";
    case WordType::kPart:
      return "part";
    case WordType::kActor:
      return "actor";
    case WordType::kAgent:
      return "agent";
    case WordType::kVerb:
      return "verb";
    case WordType::kNoun:
      return "noun";
    case WordType::kAdjective:
      return "adjctv";
    case WordType::kTime:
      return "time";
    case WordType::kAttribution:
      return "attrib";
    case WordType::kNull:
      return "null";
    case WordType::kDeterminer:
      return "determ";
    case WordType::kPronoun:
      return "pronoun";
    case WordType::kConjunction:
      return "conj";
    case WordType::kAuxiliary:
      return "auxil";
    case WordType::kBy:
      return "by";
    case WordType::kComma:
      return "comma";
    case WordType::kQuote:
      return "quote";
    case WordType::kNumber:
      return "number";
    case WordType::kFormer:
      return "former";
  }
  return "?";
}

[[gnu::always_inline]] inline bool SentenceParse::match_root(uint32_t id, int32_t at) {
  const dict::Root& root = dict_.roots[id];
  if ((root.required & signature_) != root.required) return false;
  const auto endings = static_cast<dict::Endings>(root.endings);
  const size_t size = root.phrase.size();
  s_.matched.clear();
  if (!dict::word_matches(root.phrase[0], word(at), size == 1, endings)) return false;
  s_.matched.push_back(at);
  int32_t j = at;
  for (size_t k = 1; k < size; ++k) {
    const dict::PhraseWord& pw = root.phrase[k];
    const bool last = k + 1 == size;
    if (root.phrase[k - 1].adjacent) {
      int32_t next = j + 1;
      if (next >= n_ || s_.info[next].head >= 0 ||
          !dict::word_matches(pw, word(next), last, endings))
        return false;
      j = next;
    } else {
      int32_t q = j + 1;
      while (q < n_ && (s_.info[q].head >= 0 || !dict::word_matches(pw, word(q), last, endings)))
        ++q;
      if (q >= n_) return false;
      j = q;
    }
    s_.matched.push_back(j);
  }
  return true;
}

WordType SentenceParse::type_of(RootKind kind) {
  switch (kind) {
    case RootKind::kActor:
      return WordType::kActor;
    case RootKind::kAgent:
      return WordType::kAgent;
    case RootKind::kVerb:
      return WordType::kVerb;
    case RootKind::kNoun:
      return WordType::kNoun;
    case RootKind::kAdjective:
      return WordType::kAdjective;
    case RootKind::kTime:
      return WordType::kTime;
    case RootKind::kAttribution:
      return WordType::kAttribution;
  }
  return WordType::kNone;
}

void SentenceParse::classify() {
  signature_ = 0;
  for (int32_t i = 0; i < n_; ++i) signature_ |= dict::prefix_bit(word(i));
  for (int32_t i = 0; i < n_; ++i) {
    WordInfo& info = s_.info[i];
    if (info.head >= 0) continue;
    const LexedWord& lw = s_.lexed.words[i];
    if (lw.is_comma) {
      info.type = WordType::kComma;
      continue;
    }
    if (lw.is_quote) {
      info.type = WordType::kQuote;
      continue;
    }
    bool found = false;
    for (uint32_t id : compiled_.candidates(word(i))) {
      if (!match_root(id, i)) continue;
      const dict::Root& root = dict_.roots[id];
      info.type = type_of(root.kind);
      if (root.kind == RootKind::kVerb) {
        const dict::VerbEntry& verb = dict_.verbs[root.entry];
        // A null-coded verb without patterns only keeps the word from matching anything else.
        if (verb.code.code == kNullCode && !verb.code.is_paired && verb.patterns.empty())
          info.type = WordType::kNull;
      }
      info.root = static_cast<int32_t>(id);
      info.head = i;
      info.last = s_.matched.back();
      for (size_t k = 1; k < s_.matched.size(); ++k) {
        WordInfo& part = s_.info[s_.matched[k]];
        part.type = WordType::kPart;
        part.head = i;
      }
      found = true;
      break;
    }
    if (found) continue;
    std::string_view w = word(i);
    WordType closed = closed_words().type(w);
    if (closed != WordType::kNone)
      info.type = closed;
    else if (w == "BY")
      info.type = WordType::kBy;
    else if (w == "FORMER")
      info.type = WordType::kFormer;
    else if (lw.is_number)
      info.type = WordType::kNumber;
  }
}

// A verb after A, AN or THE, or capitalised in the middle of a mixed-case sentence, is a noun.
void SentenceParse::shift_nouns() {
  for (int32_t i = 1; i < n_; ++i) {
    WordInfo& info = s_.info[i];
    if (info.type != WordType::kVerb) continue;
    if (s_.info[i - 1].type == WordType::kDeterminer ||
        (s_.lexed.words[i].capitalized && !s_.lexed.all_caps))
      info.type = WordType::kNoun;
  }
}

}  // namespace herodotus::tabari
