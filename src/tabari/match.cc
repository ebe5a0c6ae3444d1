// TABARI's sparse parse. Pattern matching: a verb's patterns matched forward from the verb (its
// lower half) and backward (its upper half) within the clause up to the nearest comma, longest
// pattern first.
#include "tabari/parse.h"

namespace herodotus::tabari {

bool SentenceParse::is_barrier(int32_t p) const {
  int32_t w = s_.seq[p];
  return type(w) == WordType::kComma && !s_.info[w].in_compound;
}

// The compound a mention stands for in a pattern or a default search, or the mention alone.
ActorRef SentenceParse::ref_for(int32_t m) const {
  ActorRef ref;
  const Mention& mention = s_.mentions[m];
  if (mention.pronoun && mention.refers_compound >= 0) {
    ref.mention = m;  // the pronoun; expanded through its referent
    return ref;
  }
  if (mention.compound >= 0)
    ref.compound = mention.compound;
  else
    ref.mention = m;
  return ref;
}

bool SentenceParse::is_compound_ref(int32_t m) const {
  const Mention& mention = s_.mentions[m];
  return mention.compound >= 0 || mention.refers_compound >= 0 || mention.codes_count > 1;
}

// Positions after the block of words of mention m starting at p (or of its compound).
int32_t SentenceParse::after_block(int32_t p, int32_t m, bool whole_compound) const {
  int32_t q = p;
  int32_t compound = whole_compound ? s_.mentions[m].compound : -1;
  while (q < seq_n_) {
    int32_t here = mention_at(q);
    if (here == m || (compound >= 0 && here >= 0 && s_.mentions[here].compound == compound) ||
        (compound >= 0 && s_.info[s_.seq[q]].in_compound &&
         s_.seq[q] <= s_.compounds[compound].last)) {
      ++q;
      continue;
    }
    break;
  }
  return q;
}

int32_t SentenceParse::before_block(int32_t p, int32_t m, bool whole_compound) const {
  int32_t q = p;
  int32_t compound = whole_compound ? s_.mentions[m].compound : -1;
  while (q >= 0) {
    int32_t here = mention_at(q);
    if (here == m || (compound >= 0 && here >= 0 && s_.mentions[here].compound == compound) ||
        (compound >= 0 && s_.info[s_.seq[q]].in_compound &&
         s_.seq[q] >= s_.compounds[compound].first)) {
      --q;
      continue;
    }
    break;
  }
  return q;
}

bool SentenceParse::bind(PatternElement::Kind kind, int32_t m, MatchState& st) const {
  switch (kind) {
    case PatternElement::Kind::kSource:
      st.source = ref_for(m);
      return true;
    case PatternElement::Kind::kTarget:
      st.target = ref_for(m);
      return true;
    case PatternElement::Kind::kCompound:
      if (!is_compound_ref(m)) return false;
      st.compound = ref_for(m);
      return true;
    default:
      return true;
  }
}

bool SentenceParse::is_actor_token(PatternElement::Kind kind) {
  return kind == PatternElement::Kind::kSource || kind == PatternElement::Kind::kTarget ||
         kind == PatternElement::Kind::kCompound || kind == PatternElement::Kind::kSkip ||
         kind == PatternElement::Kind::kAttribution;
}

bool SentenceParse::forward_match(const Rest* rest, int32_t p, bool touch, MatchState& st) const {
  if (rest == nullptr) return true;
  if (rest->index >= static_cast<int>(rest->elements->size()))
    return forward_match(rest->next, p, rest->adjacent_after, st);
  const PatternElement& e = (*rest->elements)[rest->index];
  const Rest next{rest->elements, rest->index + 1, rest->adjacent_after, rest->next};
  switch (e.kind) {
    case PatternElement::Kind::kWord: {
      for (int32_t q = p; q < window_end_; ++q) {
        if (touch && q != p) break;
        if (dict::word_matches(e.word, word(s_.seq[q]), false, dict::Endings::kNone)) {
          MatchState saved = st;
          st.length += alnum_length(e.word.text);
          if (forward_match(&next, q + 1, e.adjacent, st)) return true;
          st = saved;
        }
      }
      return false;
    }
    case PatternElement::Kind::kSynset:
    case PatternElement::Kind::kAlternatives: {
      const auto& options = e.kind == PatternElement::Kind::kSynset
                                ? dict_.synsets[e.synset].members
                                : e.alternatives;
      for (const auto& option : options) {
        MatchState saved = st;
        const Rest frame{&option, 0, e.adjacent, &next};
        if (forward_match(&frame, p, touch, st)) return true;
        st = saved;
      }
      return false;
    }
    default: {
      if (!is_actor_token(e.kind)) return false;
      // The first actor found is the one the token takes (manual 5.7.3).
      for (int32_t q = p; q < window_end_; ++q) {
        int32_t m = mention_at(q);
        if (m < 0) {
          if (touch) return false;
          continue;
        }
        if (e.kind == PatternElement::Kind::kCompound && !is_compound_ref(m)) {
          if (touch) return false;
          continue;
        }
        MatchState saved = st;
        if (!bind(e.kind, m, st)) return false;
        bool whole = e.kind == PatternElement::Kind::kSkip ||
                     e.kind == PatternElement::Kind::kCompound || s_.mentions[m].compound >= 0;
        if (forward_match(&next, after_block(q, m, whole), e.adjacent, st)) return true;
        st = saved;
        return false;
      }
      return false;
    }
  }
}

bool SentenceParse::backward_match(const Rest* rest, int32_t p, bool touch, MatchState& st) const {
  if (rest == nullptr) return true;
  if (rest->index < 0) {
    const Rest* outer = rest->next;
    if (outer == nullptr) return true;
    bool t = outer->index >= 0 && (*outer->elements)[outer->index].adjacent;
    return backward_match(outer, p, t, st);
  }
  const PatternElement& e = (*rest->elements)[rest->index];
  const Rest next{rest->elements, rest->index - 1, false, rest->next};
  const bool next_touch = rest->index > 0 && (*rest->elements)[rest->index - 1].adjacent;
  switch (e.kind) {
    case PatternElement::Kind::kWord: {
      for (int32_t q = p; q >= window_begin_; --q) {
        if (touch && q != p) break;
        if (dict::word_matches(e.word, word(s_.seq[q]), false, dict::Endings::kNone)) {
          MatchState saved = st;
          st.length += alnum_length(e.word.text);
          if (backward_match(&next, q - 1, next_touch, st)) return true;
          st = saved;
        }
      }
      return false;
    }
    case PatternElement::Kind::kSynset:
    case PatternElement::Kind::kAlternatives: {
      const auto& options = e.kind == PatternElement::Kind::kSynset
                                ? dict_.synsets[e.synset].members
                                : e.alternatives;
      for (const auto& option : options) {
        MatchState saved = st;
        const Rest frame{&option, static_cast<int>(option.size()) - 1, false, &next};
        if (backward_match(&frame, p, touch, st)) return true;
        st = saved;
      }
      return false;
    }
    default: {
      if (!is_actor_token(e.kind)) return false;
      for (int32_t q = p; q >= window_begin_; --q) {
        int32_t m = mention_at(q);
        if (m < 0) {
          if (touch) return false;
          continue;
        }
        if (e.kind == PatternElement::Kind::kCompound && !is_compound_ref(m)) {
          if (touch) return false;
          continue;
        }
        MatchState saved = st;
        if (!bind(e.kind, m, st)) return false;
        bool whole = e.kind == PatternElement::Kind::kSkip ||
                     e.kind == PatternElement::Kind::kCompound || s_.mentions[m].compound >= 0;
        if (backward_match(&next, before_block(q, m, whole), next_touch, st)) return true;
        st = saved;
        return false;
      }
      return false;
    }
  }
}

bool SentenceParse::match_pattern(const dict::Pattern& pattern, int32_t verb_first,
                                  int32_t verb_last, MatchState& st) const {
  st = MatchState();
  if (!pattern.lower.empty()) {
    const Rest lower{&pattern.lower, 0, false, nullptr};
    if (!forward_match(&lower, verb_last + 1, pattern.lower_adjacent, st)) return false;
  }
  if (!pattern.upper.empty()) {
    const Rest upper{&pattern.upper, static_cast<int>(pattern.upper.size()) - 1, false, nullptr};
    if (!backward_match(&upper, verb_first - 1, pattern.upper_adjacent, st)) return false;
  }
  return true;
}

// Evaluates a verb (or time) entry at word `head`..`last`: its patterns longest first, then its
// own code. With alternatives, a longer pattern may still beat the length actually matched.
VerbResult SentenceParse::evaluate(const dict::VerbEntry& entry, int32_t head, int32_t last,
                                   bool whole_sentence) {
  VerbResult best;
  best.code = entry.code;
  best.verb = &entry;
  int32_t first_p, last_p;
  if (whole_sentence) {
    // Before the sequence exists (time phrases): positions are word indexes.
    s_.seq.resize(n_);
    s_.pos.assign(n_, 0);
    for (int32_t w = 0; w < n_; ++w) {
      s_.seq[w] = w;
      s_.pos[w] = w;
    }
    seq_n_ = n_;
    window_begin_ = 0;
    window_end_ = n_;
    first_p = head;
    last_p = last;
  } else {
    first_p = s_.pos[head];
    last_p = s_.pos[last] >= 0 ? s_.pos[last] : first_p;
  }
  uint32_t best_length = 0;
  bool found = false;
  MatchState st;
  for (const dict::Pattern& pattern : entry.patterns) {
    if (found && pattern.length <= best_length) break;
    if ((pattern.required & signature_) != pattern.required) continue;
    if (!match_pattern(pattern, first_p, last_p, st)) continue;
    uint32_t length = pattern.has_alternatives ? st.length : pattern.length;
    if (!found || length > best_length) {
      found = true;
      best_length = length;
      best.code = pattern.code;
      best.pattern = &pattern;
      best.bound = st;
    }
  }
  return best;
}

}  // namespace herodotus::tabari
