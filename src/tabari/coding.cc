// TABARI's sparse parse. Coding: sources and targets by pattern or by the default rules
// (manual 5.8), passive voice, compounds expanded into one event per pair, and the events a
// sentence keeps (manual 6.6, 7.6).
#include "tabari/parse.h"

#include <algorithm>

namespace herodotus::tabari {

CodeId SentenceParse::ref_first_code(const ActorRef& ref) const {
  if (ref.is_default) return ref.default_code;
  if (ref.compound >= 0)
    return first_code(s_.mentions[s_.members[s_.compounds[ref.compound].members_begin]]);
  if (ref.mention >= 0) return first_code(s_.mentions[ref.mention]);
  return kNullCode;
}

int32_t SentenceParse::ref_compound(const ActorRef& ref) const {
  if (ref.compound >= 0) return ref.compound;
  if (ref.mention >= 0) {
    const Mention& m = s_.mentions[ref.mention];
    if (m.pronoun && m.refers_compound >= 0) return m.refers_compound;
  }
  return -1;
}

bool SentenceParse::ref_is_compound(const ActorRef& ref) const {
  if (ref_compound(ref) >= 0) return true;
  return ref.mention >= 0 && s_.mentions[ref.mention].codes_count > 1;
}

ActorRef SentenceParse::default_ref(const std::string& code) {
  ActorRef ref;
  ref.is_default = true;
  ref.default_code = s_.local.intern(code);
  return ref;
}

// Default source (manual 5.8): the first actor of the clause before the verb; else, unless a
// PRIOR default applies, the first actor after it.
ActorRef SentenceParse::find_source(const ClauseRange& clause, int32_t vf, int32_t vl,
                                    const ActorRef& target) {
  CodeId avoid = target.empty() ? kNullCode : ref_first_code(target);
  for (int32_t p = clause.begin; p < vf; ++p) {
    int32_t m = mention_at(p);
    if (m < 0) continue;
    if (!target.empty() && first_code(s_.mentions[m]) == avoid) continue;
    return ref_for(m);
  }
  const DefaultActors& d = options_.defaults;
  if (d.source_prior && !d.source.empty()) return default_ref(d.source);
  for (int32_t p = vl + 1; p < clause.end; ++p) {
    int32_t m = mention_at(p);
    if (m < 0) continue;
    if (!target.empty() && first_code(s_.mentions[m]) == avoid) continue;
    return ref_for(m);
  }
  if (!d.source.empty()) return default_ref(d.source);
  return ActorRef();
}

ActorRef SentenceParse::target_ref(int32_t m, const ActorRef& source) const {
  ActorRef ref = ref_for(m);
  if (ref.compound >= 0 && ref.compound == ref_compound(source)) {
    ref.compound = -1;
    ref.mention = m;
  }
  return ref;
}

// Default target: the first actor after the verb with a code other than the source's, else the
// nearest such actor before it, else the source itself when it is a compound.
ActorRef SentenceParse::find_target(const ClauseRange& clause, int32_t vf, int32_t vl,
                                    const ActorRef& source) {
  CodeId avoid = ref_first_code(source);
  for (int32_t p = vl + 1; p < clause.end; ++p) {
    int32_t m = mention_at(p);
    if (m < 0 || first_code(s_.mentions[m]) == avoid) continue;
    return target_ref(m, source);
  }
  const DefaultActors& d = options_.defaults;
  if (d.target_after && !d.target.empty()) return default_ref(d.target);
  for (int32_t p = vf - 1; p >= clause.begin; --p) {
    int32_t m = mention_at(p);
    if (m < 0 || first_code(s_.mentions[m]) == avoid) continue;
    return target_ref(m, source);
  }
  if (ref_is_compound(source)) return source;
  if (!d.target.empty()) return default_ref(d.target);
  return ActorRef();
}

bool SentenceParse::passive(int32_t vf, int32_t vl) const {
  bool auxiliary = false, by = false;
  for (int32_t p = vf - 2; p < vf; ++p)
    if (p >= 0 && type(s_.seq[p]) == WordType::kAuxiliary) auxiliary = true;
  for (int32_t p = vl + 1; p <= vl + 2 && p < seq_n_; ++p)
    if (type(s_.seq[p]) == WordType::kBy) by = true;
  return auxiliary && by;
}

// (code, mention word) pairs an actor reference stands for.
void SentenceParse::expand(const ActorRef& ref,
                           std::vector<std::pair<CodeId, int32_t>>& out) const {
  out.clear();
  if (ref.is_default) {
    out.emplace_back(ref.default_code, -1);
    return;
  }
  auto add_mention_codes = [&](int32_t m, int32_t word) {
    const Mention& mention = s_.mentions[m];
    for (uint32_t k = 0; k < mention.codes_count; ++k)
      out.emplace_back(s_.codes[mention.codes_begin + k], word);
  };
  auto add_compound = [&](int32_t c, int32_t word_override) {
    const CompoundInfo& compound = s_.compounds[c];
    for (uint32_t k = 0; k < compound.members_count; ++k) {
      int32_t m = s_.members[compound.members_begin + k];
      if (s_.mentions[m].cancelled) continue;
      add_mention_codes(m, word_override >= 0 ? word_override : s_.mentions[m].head);
    }
  };
  if (ref.compound >= 0) {
    add_compound(ref.compound, -1);
    return;
  }
  if (ref.mention < 0) return;
  const Mention& m = s_.mentions[ref.mention];
  if (m.pronoun && m.refers_compound >= 0) {
    add_compound(m.refers_compound, m.head);
    return;
  }
  add_mention_codes(ref.mention, m.head);
}

// Does the clause open with an actor (after determiners and adjectives)? Then it does not keep
// the source of the clause before.
bool SentenceParse::opens_with_actor(const ClauseRange& clause) const {
  int32_t p = clause.begin;
  while (p < clause.end &&
         (type(s_.seq[p]) == WordType::kDeterminer || type(s_.seq[p]) == WordType::kAdjective))
    ++p;
  int32_t m = mention_at(p);
  return p < clause.end && m >= 0 && !s_.mentions[m].pronoun && s_.mentions[m].head == s_.seq[p];
}

// Patterns see the clause up to the nearest comma on either side of the verb [p, vl].
void SentenceParse::set_window(const ClauseRange& clause, int32_t p, int32_t vl) {
  window_begin_ = clause.begin;
  for (int32_t q = p - 1; q >= clause.begin; --q)
    if (is_barrier(q)) {
      window_begin_ = q + 1;
      break;
    }
  window_end_ = clause.end;
  for (int32_t q = vl + 1; q < clause.end; ++q)
    if (is_barrier(q)) {
      window_end_ = q;
      break;
    }
}

// The source and target a pattern bound (a compound binds both); true when it bound any.
bool SentenceParse::bound_refs(const VerbResult& vr, ActorRef& source, ActorRef& target) const {
  if (!vr.bound.compound.empty()) source = target = vr.bound.compound;
  if (!vr.bound.source.empty()) source = vr.bound.source;
  if (!vr.bound.target.empty()) target = vr.bound.target;
  return !vr.bound.compound.empty() || !vr.bound.source.empty() || !vr.bound.target.empty();
}

// One event per pair of the source's and the target's codes (and the reverse for paired codes),
// as one group of the verb at word `w`; false when no pair gave an event.
bool SentenceParse::add_verb_events(SentenceResult& result, const VerbResult& vr,
                                    const ActorRef& source, const ActorRef& target, int32_t w,
                                    int32_t clause, std::vector<VerbEvents>& groups) {
  std::vector<std::pair<CodeId, int32_t>>& sources = s_.sources;
  std::vector<std::pair<CodeId, int32_t>>& targets = s_.targets;
  const int32_t last_word = s_.info[w].last;
  VerbEvents group;
  group.begin = s_.pending.size();
  group.subordinate = vr.code.subordinate;
  group.dominant = vr.code.dominant;
  group.clause = clause;
  group.source = source;
  expand(source, sources);
  expand(target, targets);
  for (const auto& [sc, sw] : sources) {
    for (const auto& [tc, tw] : targets) {
      if (sc == tc) continue;
      add_event(result, sc, tc, vr.code.code, sw, tw, w, last_word, vr, clause);
      if (vr.code.is_paired)
        add_event(result, tc, sc, vr.code.paired, tw, sw, w, last_word, vr, clause);
    }
  }
  group.end = s_.pending.size();
  if (group.end == group.begin) return false;
  groups.push_back(group);
  return true;
}

bool SentenceParse::code_clause(int32_t c, const ActorRef* carried, SentenceResult& result,
                                std::vector<VerbEvents>& groups) {
  const ClauseRange clause = s_.clauses[c];
  bool clause_coded = false;
  for (int32_t p = clause.begin; p < clause.end; ++p) {
    int32_t w = s_.seq[p];
    if (type(w) != WordType::kVerb) continue;
    const dict::VerbEntry& entry = dict_.verbs[dict_.roots[s_.info[w].root].entry];
    int32_t last_word = s_.info[w].last;
    int32_t vl = s_.pos[last_word] >= 0 ? s_.pos[last_word] : p;
    set_window(clause, p, vl);
    VerbResult vr = evaluate(entry, w, last_word, false);
    if (vr.code.code == kDiscardCode || vr.code.code == kComplexCode) {
      bool discard = vr.code.code == kDiscardCode;
      result.skip = discard ? SentenceSkip::kDiscarded : SentenceSkip::kComplex;
      result.explanation = (discard ? "discard code on " : "complex code on ") + entry.root_text;
      result.events.clear();
      return false;
    }
    if (vr.code.code == kNullCode && !vr.code.is_paired) continue;
    ActorRef source, target;
    bool set_by_pattern = bound_refs(vr, source, target);
    if (source.empty() && carried != nullptr && !clause_coded) source = *carried;
    if (source.empty()) source = find_source(clause, p, vl, target);
    if (source.empty()) continue;
    if (target.empty()) target = find_target(clause, p, vl, source);
    if (target.empty()) continue;
    if (!set_by_pattern && passive(p, vl)) std::swap(source, target);
    if (add_verb_events(result, vr, source, target, w, c, groups) && !vr.code.subordinate)
      clause_coded = true;
  }
  return true;
}

void SentenceParse::code_clauses(SentenceResult& result) {
  std::vector<VerbEvents>& groups = s_.groups;
  groups.clear();
  s_.pending.clear();
  ActorRef carried;
  bool have_carried = false;
  for (int32_t c = 0; c < static_cast<int32_t>(s_.clauses.size()); ++c) {
    // A new clause keeps the source of the last one's event, unless it opens with an actor.
    if (c > 0 && opens_with_actor(s_.clauses[c])) have_carried = false;
    if (!code_clause(c, have_carried && c > 0 ? &carried : nullptr, result, groups)) return;
    // The source carries to the next clause from this clause's first coded event.
    have_carried = false;
    for (const VerbEvents& g : groups) {
      if (g.clause != c) continue;
      carried = g.source;
      have_carried = true;
      if (!g.subordinate) break;
    }
  }
  select_events(result, groups);
}

void SentenceParse::add_event(SentenceResult& result, CodeId source, CodeId target, CodeId code,
                              int32_t source_word, int32_t target_word, int32_t verb_word,
                              int32_t verb_last, const VerbResult& vr, int32_t clause) {
  (void)result;
  PendingEvent e;
  e.source = source;
  e.target = target;
  e.code = code;
  e.source_word = source_word;
  e.target_word = target_word;
  e.verb_word = verb_word;
  e.verb_last_word = verb_last;
  e.pattern = vr.pattern;
  e.verb = vr.verb;
  e.date = date_;
  e.subordinate = vr.code.subordinate;
  e.dominant = vr.code.dominant;
  e.clause = clause;
  s_.pending.push_back(e);
}

// Which events a sentence codes (manual 6.6 and 7.6): dominant events push out all others;
// otherwise the first event of each clause (or of the sentence, or all), where subordinate
// events count only when nothing else is found.
void SentenceParse::select_events(SentenceResult& result, const std::vector<VerbEvents>& groups) {
  // take() copies pending events toward the front: a group is never overwritten before it is
  // read, because groups are taken in ascending order.
  // Chosen events are moved to the front of the pending list, in order.
  size_t chosen_count = 0;
  auto take = [&](const VerbEvents& g) {
    for (size_t k = g.begin; k < g.end; ++k) s_.pending[chosen_count++] = s_.pending[k];
  };
  // Evaluation stops at a clause's first event, so a dominant verb later in the clause is
  // never reached except when every event is coded (validation FRWD-002-003, CODEBY-12).
  std::vector<const VerbEvents*>& picked = s_.picked;
  picked.clear();
  if (options_.code_by == CodeBy::kAll) {
    for (const VerbEvents& g : groups)
      if (!g.subordinate) picked.push_back(&g);
    if (picked.empty() && !groups.empty()) picked.push_back(&groups.front());
  } else if (options_.code_by == CodeBy::kSentence) {
    auto main = std::find_if(groups.begin(), groups.end(),
                             [](const VerbEvents& g) { return !g.subordinate; });
    if (main != groups.end())
      picked.push_back(&*main);
    else if (!groups.empty())
      picked.push_back(&groups.front());
  } else {
    int32_t clauses = static_cast<int32_t>(s_.clauses.size());
    for (int32_t c = 0; c < clauses; ++c) {
      const VerbEvents* main = nullptr;
      const VerbEvents* sub = nullptr;
      for (const VerbEvents& g : groups) {
        if (g.clause != c) continue;
        if (!g.subordinate && main == nullptr) main = &g;
        if (g.subordinate && sub == nullptr) sub = &g;
      }
      if (main != nullptr)
        picked.push_back(main);
      else if (sub != nullptr)
        picked.push_back(sub);
    }
  }
  bool any_dominant =
      std::any_of(picked.begin(), picked.end(), [](const VerbEvents* g) { return g->dominant; });
  for (const VerbEvents* g : picked)
    if (!any_dominant || g->dominant) take(*g);
  // The same event twice (duplicate actors in a compound) is one event.
  result.events.clear();
  for (size_t k = 0; k < chosen_count; ++k) {
    const PendingEvent& e = s_.pending[k];
    bool seen = std::any_of(s_.pending.begin(), s_.pending.begin() + k, [&](const PendingEvent& u) {
      return u.source == e.source && u.target == e.target && u.code == e.code;
    });
    if (seen) continue;
    code::CodedEvent out;
    out.source = std::string(s_.local.text(e.source));
    out.target = std::string(s_.local.text(e.target));
    out.code = std::string(s_.local.text(e.code));
    auto span = [&](int32_t w) -> Span {
      return w < 0 || w >= n_ ? Span{} : s_.lexed.words[static_cast<size_t>(w)].span;
    };
    out.source_span = span(e.source_word);
    out.target_span = span(e.target_word);
    Span first = span(e.verb_word), last = span(e.verb_last_word);
    out.verb = {first.begin, std::max(first.end, last.end)};
    out.pattern = e.pattern;
    out.entry = e.verb;
    out.date = e.date;
    result.events.push_back(std::move(out));
  }
}

void SentenceParse::remember_for_forwarding() {
  if (forward_ == nullptr) return;
  forward_->valid = false;
  forward_->first_actor.clear();
  for (int32_t p = 0; p < seq_n_; ++p) {
    int32_t m = mention_at(p);
    if (m < 0 || s_.mentions[m].pronoun) continue;
    const Mention& mention = s_.mentions[m];
    // Forwarding carries the actor, not its agent (validation FRWD-001-002).
    for (uint32_t k = 0; k < mention.base_count; ++k)
      forward_->first_actor.push_back(s_.codes[mention.base_begin + k]);
    forward_->valid = true;
    break;
  }
}

}  // namespace herodotus::tabari
