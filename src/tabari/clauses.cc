// TABARI's sparse parse. Clauses: time shifts, comma-delimited clauses eliminated by the COMMA
// limits, pronouns resolved to the first actor (or forwarded from the previous sentence), clauses
// split at conjunctions, and the complexity filter.
#include "tabari/parse.h"

#include "io/dates.h"

namespace herodotus::tabari {

bool SentenceParse::time_shift(SentenceResult& result) {
  if (!options_.time_shift || dict_.times.empty()) return true;
  for (int32_t i = 0; i < n_; ++i) {
    if (type(i) != WordType::kTime) continue;
    const dict::VerbEntry& entry = dict_.times[dict_.roots[s_.info[i].root].entry];
    // Time patterns are matched over the whole sentence, before clauses exist.
    VerbResult vr = evaluate(entry, i, s_.info[i].last, /*whole sentence*/ true);
    CodeId code = vr.code.code;
    if (code == kNullCode) continue;
    if (code == kDiscardCode)
      return stop(result, SentenceSkip::kDiscarded,
                  "discard code on time phrase " + entry.root_text);
    if (code == kComplexCode)
      return stop(result, SentenceSkip::kComplex, "complex code on time phrase " + entry.root_text);
    result.date = io::add_days(date_, vr.code.shift_days);
    date_ = result.date;
    return true;
  }
  return true;
}

void SentenceParse::eliminate(int32_t from, int32_t to) {
  for (int32_t w = from; w <= to && w < n_; ++w) s_.info[w].eliminated = true;
}

void SentenceParse::eliminate_comma_clauses() {
  if (!options_.commas.enabled) return;  // TABARI's COMMA: OFF
  std::vector<int32_t>& commas = s_.commas;
  commas.clear();
  for (int32_t w = 0; w < n_; ++w)
    if (type(w) == WordType::kComma && !s_.info[w].in_compound) commas.push_back(w);
  if (commas.empty()) return;
  const CommaClauses& c = options_.commas;
  using Position = CommaClauses::Position;
  std::vector<uint8_t>& used = s_.comma_used;
  used.assign(commas.size(), 0);
  // The clause that opens the sentence.
  int32_t count = commas[0];
  if (c.admits(Position::kOpening, count)) {
    eliminate(0, commas[0]);
    used[0] = 1;
  }
  // Clauses between commas; a comma closing a removed clause does not open another.
  for (size_t k = 0; k + 1 < commas.size(); ++k) {
    if (used[k]) continue;
    count = commas[k + 1] - commas[k] - 1;
    if (c.admits(Position::kInner, count)) {
      eliminate(commas[k], commas[k + 1]);
      used[k] = used[k + 1] = 1;
    }
  }
  // The clause that ends the sentence.
  if (!used.back()) {
    count = n_ - commas.back() - 1;
    if (c.admits(Position::kClosing, count)) eliminate(commas.back(), n_ - 1);
  }
  // A root with some words removed is no root (manual: indexed head and tail marking).
  for (int32_t h = 0; h < n_; ++h) {
    WordInfo& head = s_.info[h];
    if (head.head != h || head.root < 0) continue;
    bool any_removed = false, any_kept = false;
    for (int32_t w = h; w <= head.last; ++w) {
      if (s_.info[w].head != h) continue;
      (s_.info[w].eliminated ? any_removed : any_kept) = true;
    }
    if (any_removed && any_kept) cancel_root(h);
  }
}

void SentenceParse::cancel_root(int32_t h) {
  int32_t last = s_.info[h].last;
  int32_t m = s_.info[h].mention;
  if (m >= 0) s_.mentions[m].cancelled = true;
  for (int32_t w = h; w <= last; ++w) {
    if (s_.info[w].head != h) continue;
    s_.info[w].type = WordType::kNone;
    s_.info[w].mention = -1;
  }
}

void SentenceParse::build_sequence() {
  s_.seq.clear();
  s_.pos.assign(n_, -1);
  for (int32_t w = 0; w < n_; ++w) {
    if (s_.info[w].eliminated) continue;
    s_.pos[w] = static_cast<int32_t>(s_.seq.size());
    s_.seq.push_back(w);
  }
  seq_n_ = static_cast<int32_t>(s_.seq.size());
}

// The live mention at sequence position p, or -1.
int32_t SentenceParse::mention_at(int32_t p) const {
  if (p < 0 || p >= seq_n_) return -1;
  int32_t m = s_.info[s_.seq[p]].mention;
  if (m < 0 || s_.mentions[m].cancelled) return -1;
  return m;
}

void SentenceParse::resolve_pronouns() {
  int32_t first_actor = -1, first_compound = -1;
  for (int32_t p = 0; p < seq_n_; ++p) {
    int32_t m = mention_at(p);
    if (m < 0 || s_.mentions[m].pronoun) continue;
    if (first_actor < 0) first_actor = m;
    if (first_compound < 0 && s_.mentions[m].compound >= 0)
      first_compound = s_.mentions[m].compound;
  }
  bool forward_available = forward_ != nullptr && forward_->valid && options_.forward.enabled &&
                           !forward_->first_actor.empty();
  for (int32_t p = 0; p < seq_n_; ++p) {
    int32_t w = s_.seq[p];
    if (type(w) != WordType::kPronoun) continue;
    std::string_view t = word(w);
    bool actor_before = false;
    for (int32_t q = 0; q < p && !actor_before; ++q) {
      int32_t m = mention_at(q);
      actor_before = m >= 0 && !s_.mentions[m].pronoun;
    }
    if (forward_available && !actor_before) {
      int32_t id = add_mention(w, w, w, forward_->first_actor.data(), forward_->first_actor.size());
      s_.mentions[id].pronoun = true;
      s_.mentions[id].forwarded = true;
      s_.info[w].mention = id;
      continue;
    }
    int32_t refers_mention = -1, refers_compound = -1;
    const ClosedWords::Entry* pronoun = closed_words().find(t);
    bool plural = pronoun != nullptr && pronoun->plural;
    bool possessive = pronoun != nullptr && pronoun->possessive;
    if (!plural && !possessive) {  // HE SHE IT HIM
      refers_mention = first_actor;
    } else if (!plural) {  // ITS HIS HER
      for (int32_t q = 0; q < p; ++q) {
        int32_t m = mention_at(q);
        if (m >= 0 && !s_.mentions[m].pronoun) {
          refers_mention = m;
          break;
        }
      }
    } else {  // THEY THEM THEIR
      if (first_compound >= 0)
        refers_compound = first_compound;
      else
        refers_mention = first_actor;
    }
    if (refers_mention < 0 && refers_compound < 0) continue;
    const Mention& target =
        refers_mention >= 0 ? s_.mentions[refers_mention]
                            : s_.mentions[s_.members[s_.compounds[refers_compound].members_begin]];
    std::vector<CodeId>& codes = s_.copy_codes;
    std::vector<CodeId>& base = s_.copy_base;
    codes.assign(s_.codes.begin() + target.codes_begin,
                 s_.codes.begin() + target.codes_begin + target.codes_count);
    base.assign(s_.codes.begin() + target.base_begin,
                s_.codes.begin() + target.base_begin + target.base_count);
    int32_t id = add_mention(w, w, w, codes.data(), codes.size());
    s_.mentions[id].base_begin = static_cast<uint32_t>(s_.codes.size());
    s_.codes.insert(s_.codes.end(), base.begin(), base.end());
    s_.mentions[id].base_count = static_cast<uint32_t>(base.size());
    s_.mentions[id].pronoun = true;
    s_.mentions[id].refers_mention = refers_mention;
    s_.mentions[id].refers_compound = refers_compound;
    s_.info[w].mention = id;
  }
}

void SentenceParse::split_clauses() {
  int32_t begin = 0;
  for (int32_t p = 0; p < seq_n_; ++p) {
    int32_t w = s_.seq[p];
    if (type(w) == WordType::kConjunction && !s_.info[w].in_compound) {
      s_.clauses.push_back({begin, p});
      begin = p + 1;
    }
  }
  s_.clauses.push_back({begin, seq_n_});
}

bool SentenceParse::check_complexity(SentenceResult& result) {
  const ComplexityConditions& c = options_.complexity;
  int verbs = 0, conjunctions = 0, actors = 0, pronouns = 0;
  int32_t first_verb = -1;
  for (int32_t p = 0; p < seq_n_; ++p) {
    int32_t w = s_.seq[p];
    if (type(w) == WordType::kVerb) {
      ++verbs;
      const dict::VerbEntry& verb = dict_.verbs[dict_.roots[s_.info[w].root].entry];
      if (first_verb < 0 && verb.code.code != kNullCode) first_verb = p;
    }
    if (type(w) == WordType::kConjunction && !s_.info[w].in_compound) ++conjunctions;
    if (type(w) == WordType::kPronoun) ++pronouns;
    if (type(w) == WordType::kActor && mention_at(p) >= 0) ++actors;
  }
  auto complex = [&](std::string why) {
    return stop(result, SentenceSkip::kComplex, std::move(why));
  };
  if (c.verbs > 0 && verbs >= c.verbs) return complex(std::to_string(verbs) + " verbs");
  if (c.conjunctions > 0 && conjunctions >= c.conjunctions)
    return complex(std::to_string(conjunctions) + " conjunctions");
  if (c.actors > 0 && actors >= c.actors) return complex(std::to_string(actors) + " actors");
  if (c.pronouns > 0 && pronouns >= c.pronouns)
    return complex(std::to_string(pronouns) + " pronouns");
  if (c.no_verb && first_verb < 0) return complex("no verb");
  if (c.late_verb > 0 && (first_verb < 0 || first_verb >= c.late_verb)) return complex("late verb");
  if (first_verb >= 0 && (c.no_actor_prior || c.no_actor_after)) {
    bool prior = false, after = false;
    for (int32_t p = 0; p < seq_n_; ++p) {
      if (mention_at(p) < 0) continue;
      if (p < first_verb) prior = true;
      if (p > first_verb) after = true;
    }
    if (c.no_actor_prior && !prior) return complex("no actor before the first verb");
    if (c.no_actor_after && !after) return complex("no actor after the first verb");
  }
  return true;
}

}  // namespace herodotus::tabari
