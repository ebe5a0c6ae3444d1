// TABARI's sparse parse. Word types: roots of the dictionary found in the sentence, longest first,
// and the closed-class words TABARI's rules name (manual 7.4); verbs after a determiner or
// capitalised mid-sentence are nouns.
#include "tabari/parse.h"

#include "code/english.h"

namespace herodotus::tabari {

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

bool SentenceParse::match_root(uint32_t id, int32_t at) {
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
    const code::English& en = code::English::builtin();
    if (en.articles.count(w))
      info.type = WordType::kDeterminer;
    else if (en.male_pronouns.count(w) || en.female_pronouns.count(w) ||
             en.non_person_pronouns.count(w))
      info.type = WordType::kPronoun;
    else if (en.conjunctions.count(w))
      info.type = WordType::kConjunction;
    else if (en.be_forms.count(w))
      info.type = WordType::kAuxiliary;
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
