#include "code/patterns.h"

#include <algorithm>

#include "code/clauses.h"
#include "code/word_classes.h"

namespace herodotus::code {

using dict::PatternElement;
using Kind = PatternElement::Kind;

namespace {

// Matches one half of a pattern: items and pattern elements in matching order; an element
// written adjacent must come at once. The upper half is matched from the verb outwards: its
// elements in reverse, each needing the connector written after it.
class HalfMatcher {
 public:
  HalfMatcher(const CoderContext& ctx, const SentenceReading& r,
              const std::vector<PatternElement>& half, bool half_adjacent,
              const std::vector<Item>& seq, bool upper)
      : ctx_(ctx), r_(r), half_(half), half_adjacent_(half_adjacent), seq_(seq), upper_(upper) {}

  bool run(MatchResult& m) {
    const size_t count = half_.size();
    while (e_ < count) {
      if (s_ >= seq_.size()) return false;
      if (marker(m)) continue;
      if (word(m)) continue;
      if (must_follow(e_)) return false;
      ++s_;
    }
    return true;
  }

 private:
  const PatternElement& element(size_t e) const {
    return upper_ ? half_[half_.size() - 1 - e] : half_[e];
  }
  bool must_follow(size_t e) const {
    if (upper_) return e == 0 ? half_adjacent_ : half_[half_.size() - 1 - e].adjacent;
    return e == 0 ? half_adjacent_ : half_[e - 1].adjacent;
  }
  // Markers in matching order: entering a phrase is its leave marker when matching backwards.
  bool enters_chunk(const Item& i) const {
    return i.kind == (upper_ ? Item::kLeaveChunk : Item::kEnterChunk);
  }
  bool leaves_chunk(const Item& i) const {
    return i.kind == (upper_ ? Item::kEnterChunk : Item::kLeaveChunk);
  }
  // Moves past the rest of the phrase being entered.
  void skip_chunk() {
    while (s_ < seq_.size() && !leaves_chunk(seq_[s_])) ++s_;
  }
  void bind_compound(MatchResult& m, int compound) const {
    if (upper_) m.source.compound = compound;
    m.target.compound = compound;
  }

  // Markers move the scan into and out of phrases without using up a pattern element, unless the
  // element is a phrase ($, +, ^) or a list (%).
  bool marker(MatchResult& m) {
    const Item& item = seq_[s_];
    const PatternElement& pe = element(e_);
    if (item.kind == (upper_ ? Item::kLeaveCompound : Item::kEnterCompound)) {
      in_compound_ = item.index;
      if (pe.kind == Kind::kCompound) {
        bind_compound(m, item.index);
        ++e_;
      }
      ++s_;
      return true;
    }
    if (item.kind == (upper_ ? Item::kEnterCompound : Item::kLeaveCompound)) {
      in_compound_ = -1;
      ++s_;
      return true;
    }
    if (enters_chunk(item)) {
      in_chunk_ = item.index;
      ++s_;
      if (pe.kind == Kind::kSource || pe.kind == Kind::kTarget) {
        (pe.kind == Kind::kSource ? m.source : m.target).chunk = in_chunk_;
        skip_chunk();  // the whole phrase is used up
        ++e_;
      } else if (pe.kind == Kind::kSkip) {
        skip_chunk();
        ++e_;
      }
      return true;
    }
    if (leaves_chunk(item)) {
      in_chunk_ = -1;
      ++s_;
      return true;
    }
    return false;
  }

  // A word item against the element; true when the element was used up.
  bool word(MatchResult& m) {
    const Item& item = seq_[s_];
    const PatternElement& pe = element(e_);
    switch (pe.kind) {
      case Kind::kWord:
        if (r_.form(item.index) != pe.word.text) return false;
        if (!upper_) m.content_last = item.index;
        ++s_;
        ++e_;
        return true;
      case Kind::kSynset:
        return synset(pe, m);
      case Kind::kSource:
      case Kind::kTarget:
      case Kind::kSkip:
        if (in_chunk_ < 0) return false;
        if (pe.kind != Kind::kSkip)
          (pe.kind == Kind::kSource ? m.source : m.target).chunk = in_chunk_;
        skip_chunk();
        ++e_;
        return true;
      case Kind::kCompound:
        if (in_compound_ < 0 || in_chunk_ >= 0) return false;
        bind_compound(m, in_compound_);
        ++e_;
        return true;
      default:
        return false;
    }
  }

  // A synset matches when one of its members' words follow one another from here; only the
  // members whose first word (last, matching backwards) is the next word can.
  bool synset(const PatternElement& pe, MatchResult& m) {
    size_t next = s_;
    while (next < seq_.size() && seq_[next].kind != Item::kWord) ++next;
    if (next >= seq_.size()) return false;
    const auto* candidates =
        ctx_.index.synset_members(pe.synset, r_.hashed(seq_[next].index), upper_);
    if (candidates == nullptr) return false;
    const auto& members = ctx_.d().synsets[pe.synset].members;
    for (uint32_t k : *candidates) {
      const auto& member = members[k];
      size_t q = s_;
      bool ok = true;
      for (size_t j = 0; j < member.size() && ok; ++j) {
        const PatternElement& w = upper_ ? member[member.size() - 1 - j] : member[j];
        while (q < seq_.size() && seq_[q].kind != Item::kWord) ++q;
        ok = q < seq_.size() && w.kind == Kind::kWord && r_.form(seq_[q].index) == w.word.text;
        ++q;
      }
      if (ok) {
        if (!upper_) m.content_last = seq_[q - 1].index;
        s_ = q;
        ++e_;
        return true;
      }
    }
    return false;
  }

  const CoderContext& ctx_;
  const SentenceReading& r_;
  const std::vector<PatternElement>& half_;
  const bool half_adjacent_;
  const std::vector<Item>& seq_;
  const bool upper_;
  size_t e_ = 0, s_ = 0;
  int in_chunk_ = -1, in_compound_ = -1;
};

}  // namespace

bool match_pattern(const CoderContext& ctx, const SentenceReading& r, const dict::Pattern& p,
                   const std::vector<Item>& lower, const std::vector<Item>& upper, MatchResult& m) {
  m = MatchResult();
  if (!p.lower.empty() && !HalfMatcher(ctx, r, p.lower, p.lower_adjacent, lower, false).run(m))
    return false;
  if (!p.upper.empty() && !HalfMatcher(ctx, r, p.upper, p.upper_adjacent, upper, true).run(m))
    return false;
  return true;
}

bool find_verb(const CoderContext& ctx, const SentenceReading& r, int i,
               const dict::VerbEntry*& entry, int& first, int& last) {
  const dict::Dictionary& d = ctx.d();
  const int n = r.size();
  auto filler = [&](int q) {
    return ctx.english.verb_fillers.count(r.form(q)) || r.wc(q) == WordClass::kNumber;
  };
  if (const auto* multiword = ctx.index.multiword(r.form(i))) {
    for (uint32_t id : *multiword) {
      const dict::MultiWordVerb& mw = d.multiword_verbs[id];
      int q = i, lo = i, hi = i;
      bool ok = true;
      for (const std::string& w : mw.before) {
        --q;
        while (q >= 0 && r.form(q) != w && filler(q)) --q;
        ok = q >= 0 && r.form(q) == w;
        if (!ok) break;
        lo = q;
      }
      q = i;
      for (const std::string& w : mw.after) {
        if (!ok) break;
        ++q;
        while (q < n && r.form(q) != w && filler(q)) ++q;
        ok = q < n && r.form(q) == w;
        hi = q;
      }
      if (!ok) continue;
      entry = &d.verbs[mw.entry];
      first = lo;
      last = hi;
      return true;
    }
  }
  const uint32_t* form = verb_root(ctx, r.form(i));
  if (form == nullptr) return false;
  entry = &d.verbs[d.roots[*form].entry];
  first = last = i;
  return true;
}

dict::EventCodeSpec verb_code_at(const CoderContext& ctx, const SentenceReading& r,
                                 const dict::VerbEntry* entry, int first, int last,
                                 int upper_from) {
  std::vector<Item> lower, upper;
  r.items(last + 1, clause_end(ctx, r, last), lower);
  r.items(upper_from, first, upper);
  std::reverse(upper.begin(), upper.end());
  MatchResult m;
  for (const dict::Pattern& p : entry->patterns) {
    if ((p.required & r.signature) != p.required) continue;
    if (match_pattern(ctx, r, p, lower, upper, m))
      return p.code.code == dict::kNullCode ? entry->code : p.code;
  }
  return entry->code;
}

}  // namespace herodotus::code
