#include "code/noun_events.h"

#include <vector>

#include "code/bindings.h"
#include "code/clauses.h"
#include "code/word_classes.h"

namespace herodotus::code {
namespace {

// The phrase word i lies in (inside a list or alone), or -1.
int chunk_of(const SentenceReading& r, int i) {
  int e = r.words[static_cast<size_t>(i)].element;
  if (e < 0) return -1;
  const Element& el = r.elements[static_cast<size_t>(e)];
  if (el.kind == Element::kChunk) return el.index;
  if (el.kind != Element::kCompound) return -1;
  for (int c : r.compounds[static_cast<size_t>(el.index)].chunks) {
    const Chunk& chunk = r.chunks[static_cast<size_t>(c)];
    if (chunk.first <= i && i <= chunk.last) return c;
  }
  return -1;
}

// The element after word i's element, or -1.
int next_element(const SentenceReading& r, int i) {
  int e = r.words[static_cast<size_t>(i)].element;
  if (e >= 0) return e + 1 < static_cast<int>(r.elements.size()) ? e + 1 : -1;
  for (size_t k = 0; k < r.elements.size(); ++k)
    if (r.elements[k].first > i) return static_cast<int>(k);
  return -1;
}

// A phrase or list element as a binding; unset for a plain word.
Binding binding_of(const Element& el) {
  Binding b;
  if (el.kind == Element::kChunk) b.chunk = el.index;
  if (el.kind == Element::kCompound) b.compound = el.index;
  return b;
}

// Whether words [first, last] hold a name (a dictionary actor or agent word, or a capital that
// marks one).
bool names_something(const CoderContext& ctx, const SentenceReading& r, int first, int last) {
  for (int k = first; k <= last; ++k)
    if (r.words[static_cast<size_t>(k)].proper || capital_marks_name(ctx, r, k)) return true;
  return false;
}

// The verb whose object is the phrase starting at word `first` ("launched", "carried out",
// "avoid"), over adverbs; or -1.
int governing_verb(const SentenceReading& r, int first) {
  int k = first - 1;
  if (k >= 0 && (r.form(k) == "OUT" || r.form(k) == "UP")) --k;  // "carried out", "stepped up"
  while (k >= 0 && r.wc(k) == WordClass::kAdverb) --k;
  if (k < 0 || r.words[static_cast<size_t>(k)].set_aside) return -1;
  WordClass c = r.wc(k);
  return c == WordClass::kVerb || c == WordClass::kOtherVerb ? k : -1;
}

// The BE whose subject is out on the event the phrase at `first` names: "is on a three-day visit
// to", "were on a tour of"; or -1.
int be_on(const CoderContext& ctx, const SentenceReading& r, int first) {
  int k = first - 1;
  if (k < 1 || r.form(k) != "ON" || r.words[static_cast<size_t>(k) - 1].set_aside) return -1;
  return ctx.english.be_forms.count(r.form(k - 1)) ? k - 1 : -1;
}

}  // namespace

bool is_event_noun(const CoderContext& ctx, const SentenceReading& r, int i) {
  const Word& w = r.words[static_cast<size_t>(i)];
  return w.wc == WordClass::kNoun && (!w.capitalized || i == 0) && !w.proper && !w.set_aside &&
         ctx.english.event_nouns.count(w.form) > 0;
}

NounEventSides noun_event_sides(const CoderContext& ctx, const SentenceReading& r, int i,
                                bool reciprocal) {
  NounEventSides sides;
  const int c = chunk_of(r, i);
  if (c < 0) return sides;
  const Chunk& chunk = r.chunks[static_cast<size_t>(c)];
  // The object of a verb other than a light one is that verb's to tell: "to avoid arrest",
  // "denied attacks on", "said attacks continued".
  const int verb = governing_verb(r, chunk.first);
  if (verb >= 0 && !ctx.english.light_verbs.count(r.form(verb))) return sides;
  const int end = clause_end(ctx, r, i);
  // Inside its own phrase: names before the noun did it, names after OF had it done to them.
  const bool named_before = chunk.coded && names_something(ctx, r, chunk.first, i - 1);
  const bool of_after = i + 1 <= chunk.last && r.form(i + 1) == "OF";
  const bool named_after = chunk.coded && names_something(ctx, r, i + 1, chunk.last);
  if (named_before && !named_after) sides.source.chunk = c;
  if (of_after && named_after && !named_before && !reciprocal) sides.target.chunk = c;
  // After its phrase, preposition by preposition: "on Kharkiv", "of the opposition leader by
  // Russian police", "between police and protesters".
  for (int k = next_element(r, chunk.last); k >= 0 && k + 1 < static_cast<int>(r.elements.size());
       k += 2) {
    const Element& word = r.elements[static_cast<size_t>(k)];
    const Element& phrase = r.elements[static_cast<size_t>(k) + 1];
    if (word.kind != Element::kToken || phrase.kind == Element::kToken || phrase.first >= end)
      break;
    std::string_view preposition = r.form(word.index);
    Binding next = binding_of(phrase);
    if (preposition == "BETWEEN" && next.compound >= 0 && !sides.source.set() &&
        !sides.target.set()) {
      const auto& members = r.compounds[static_cast<size_t>(next.compound)].chunks;
      sides.source.chunk = members[0];
      sides.target.chunk = members[1];
      return sides;
    }
    if (preposition == "BY" && !sides.source.set()) {
      sides.source = next;
    } else if (!sides.target.set() && (ctx.english.event_noun_targets.count(preposition) ||
                                       (preposition == "OF" && !reciprocal))) {
      sides.target = next;
    } else {
      break;
    }
  }
  if (sides.source.set()) return sides;
  // The subject of a light verb whose object the noun is, or of BE ON.
  sides.light_verb = verb >= 0 ? verb : be_on(ctx, r, chunk.first);
  if (sides.light_verb >= 0) {
    std::vector<Item> upper;
    r.items(upper_start(ctx, r, sides.light_verb), sides.light_verb, upper);
    sides.source = default_source(ctx, r, upper);
  }
  return sides;
}

}  // namespace herodotus::code
