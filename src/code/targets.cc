#include "code/targets.h"

#include <cctype>
#include <string>

#include "code/actors.h"
#include "code/bindings.h"
#include "code/word_classes.h"
#include "lex/wordnet.h"

namespace herodotus::code {
namespace {

// The phrase holding word `w`, or -1.
int chunk_at(const SentenceReading& r, int w) {
  if (w < 0) return -1;
  const int element = r.words[static_cast<size_t>(w)].element;
  if (element < 0 || r.elements[static_cast<size_t>(element)].kind != Element::kChunk) return -1;
  return r.elements[static_cast<size_t>(element)].index;
}

// Whether phrase `chunk` is headed by a noun whose most frequent WordNet sense is a person or a
// group ("inspectors", "monitors"), times passed over ("pessimism Friday").
bool names_people(const SentenceReading& r, int chunk) {
  const Chunk& c = r.chunks[static_cast<size_t>(chunk)];
  thread_local std::string lower;
  lex::WordSenses head;
  for (int k : c.words) {
    const WordClass wc = r.wc(k);
    if (wc == WordClass::kPreposition || wc == WordClass::kTo) break;
    if (wc != WordClass::kNoun && wc != WordClass::kUnknown) continue;
    lower.assign(r.form(k));
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    lex::WordSenses senses = lex::WordNet::builtin().noun(lower);
    if (!lex::names_time(senses)) head = senses;
  }
  return head.noun_first == lex::kNounPerson || head.noun_first == lex::kNounGroup;
}

// Whether phrase `chunk` names people: by WordNet's head noun, or by a name ("the 27-year old
// Egyptian-American Mohamed Soltan").
bool names_people_or_a_name(const CoderContext& ctx, const SentenceReading& r, int chunk) {
  const Chunk& c = r.chunks[static_cast<size_t>(chunk)];
  if (!c.words.empty() && capital_marks_name(ctx, r, c.words.back())) return true;
  return names_people(r, chunk);
}

// Whether two codes begin with one country ("PAK", "PAKMIL").
bool same_country(std::string_view a, std::string_view b) {
  return a.size() >= 3 && b.size() >= 3 && a.substr(0, 3) == b.substr(0, 3) &&
         !a.starts_with("---");
}

// What the words a pattern matched make of the phrase they lie in: what the act is aims at
// nobody ("pessimism over Alitalia's future", "offered to send troops to Uganda"); people the
// pattern names are whom it is about ("agreed to let inspectors in", "killed 32 civilians"),
// unless they are forces sent, mobilized or given by an act that is no violence.
struct Content {
  int chunk = -1;            // the phrase holding the pattern's last matched word, or -1
  int last = -1;             // that word; -1 when the phrase names people, or for none
  bool passed_over = false;  // coded, but passed over for a coded phrase after it
};

Content read_content(const CoderContext& ctx, const SentenceReading& r, int content_last,
                     bool violent, const std::string& source_code) {
  Content c;
  c.chunk = chunk_at(r, content_last);
  c.last = content_last;
  if (c.chunk < 0) return c;
  const std::string code = named_code(r.chunks[static_cast<size_t>(c.chunk)]);
  // A phrase coded by role alone names people by the agents' own words ("protestors" ---PTE);
  // forces moved are passed over when of no country or the source's own ("withdraw its troops
  // from the disputed territory of Kashmir").
  const bool people = role_only(code) || names_people(r, c.chunk);
  const bool is_target = people && !(armed(ctx, code) && !violent);
  if (people) c.last = -1;
  c.passed_over = !is_target && (code.starts_with("---") ||
                                 (same_country(code, source_code) && armed(ctx, code)));
  return c;
}

// The phrase right after IN that follows what an act on a place is, or holds it: "imposed a
// curfew in parts of Kashmir", "declared a state of siege in Pando"; -1 for none.
int place_after_content(const SentenceReading& r, const std::vector<Item>& lower,
                        const Content& content) {
  if (content.last < 0) return -1;
  const int end =
      content.chunk >= 0 ? r.chunks[static_cast<size_t>(content.chunk)].last : content.last;
  if (content.chunk >= 0) {
    const Chunk& c = r.chunks[static_cast<size_t>(content.chunk)];
    for (int w : c.words)
      if (w > content.last && r.form(w) == "IN") return content.chunk;
  }
  for (size_t k = 0; k + 1 < lower.size(); ++k)
    if (lower[k].kind == Item::kWord && lower[k].index == end + 1)
      return r.form(lower[k].index) == "IN" && lower[k + 1].kind == Item::kEnterChunk
                 ? lower[k + 1].index
                 : -1;
  return -1;
}

// Whether a phrase is a name no dictionary knows: uncoded, every word capitalised, no time, no
// adjective or hyphenated word, not in a headline in title case ("Gulen", "Baitullah Mehsud";
// not "Sunday", "Tunisia-inspired", "U.S. Lifts Travel Ban").
bool unknown_name(const CoderContext& ctx, const SentenceReading& r, const Chunk& c) {
  if (c.coded || c.compound >= 0 || c.words.empty() || r.title_case || r.all_caps) return false;
  for (int w : c.words) {
    const Word& word = r.words[static_cast<size_t>(w)];
    if (!word.capitalized || word.set_aside || word.wc == WordClass::kAdjective ||
        word.form.find('-') != std::string::npos || ctx.english.time_words.count(word.form))
      return false;
  }
  return r.words[static_cast<size_t>(c.words[0])].element >= 0;
}

// The target when no pattern binds one: the first list or coded phrase after the verb (not the
// source's code unless the source is a list), else the first uncoded phrase after it; else,
// before the verb, the nearest coded phrase other than the source, else an uncoded one.
// The object right after the verb that is the target before any coded phrase further on, or -1:
// a name the dictionaries lack ("Erdogan has accused Gulen of attempting to overthrow the
// government"); the people an act done to people names ("freed 37 prisoners ... at the U.S.
// military prison", "detained several suspects in the attack against the convoy"); the place an
// act on a place is done in.
int object_first(const CoderContext& ctx, const SentenceReading& r, const std::vector<Item>& lower,
                 const Content& content, const ActShape& act) {
  if (lower.empty()) return -1;
  const int first = lower[0].kind == Item::kEnterChunk ? lower[0].index : -1;
  const Chunk* c = first < 0 ? nullptr : &r.chunks[static_cast<size_t>(first)];
  if (c != nullptr && ctx.options.clause_aware_commas && unknown_name(ctx, r, *c)) return first;
  if (c != nullptr && act.on_people && !c->coded && c->compound < 0 &&
      names_people_or_a_name(ctx, r, first))
    return first;
  return act.on_place ? place_after_content(r, lower, content) : -1;
}

}  // namespace

// A phrase's code as its sentence names it: without a country the story gave it.
std::string named_code(const Chunk& c) {
  return c.country_from_story ? "---" + c.code.substr(3) : c.code;
}

// Whether the verb's words hold a phrase of time and no other phrase.
bool only_times_after(const CoderContext& ctx, const SentenceReading& r,
                      const std::vector<Item>& lower) {
  bool time = false;
  for (const Item& it : lower) {
    if (it.kind == Item::kEnterCompound) return false;
    if (it.kind != Item::kEnterChunk) continue;
    if (!names_a_time(ctx, r, r.chunks[static_cast<size_t>(it.index)])) return false;
    time = true;
  }
  return time;
}

Binding default_target(const CoderContext& ctx, const SentenceReading& r,
                       const std::vector<Item>& upper, const std::vector<Item>& lower,
                       const Binding& source, const std::string& source_code, const ActShape& act) {
  Binding target;
  const bool source_compound = source.compound >= 0;
  auto chunk = [&](int c) -> const Chunk& { return r.chunks[static_cast<size_t>(c)]; };
  const Content content = read_content(ctx, r, act.content_last, act.violent, source_code);
  target.chunk = object_first(ctx, r, lower, content, act);
  if (target.set()) return target;
  int passed_over = -1;  // the content, coded by role alone: the target if nothing else is
  Binding uncoded_list;  // a list no dictionary codes: the target if no coded phrase follows it
  for (const Item& it : lower) {
    if (it.kind == Item::kEnterCompound) {
      // "launched air and artillery strikes on Syrian government-backed troops".
      Binding list;
      list.compound = it.index;
      if (first_code(ctx, r, list) != "---") return list;
      if (!uncoded_list.set()) uncoded_list = list;
      continue;
    }
    if (it.kind == Item::kEnterChunk && chunk(it.index).compound < 0 && chunk(it.index).coded &&
        (source_compound || named_code(chunk(it.index)) != source_code)) {
      if (it.index == content.chunk && content.passed_over) {
        passed_over = it.index;
        continue;
      }
      target.chunk = it.index;
      return target;
    }
  }
  if (uncoded_list.set()) return uncoded_list;
  for (int after : {content.last, -1}) {
    for (const Item& it : lower)
      if (it.kind == Item::kEnterChunk && !chunk(it.index).coded && chunk(it.index).first > after &&
          !names_a_time(ctx, r, chunk(it.index))) {
        target.chunk = it.index;
        return target;
      }
  }
  if (passed_over >= 0) {
    target.chunk = passed_over;
    return target;
  }
  for (auto it = upper.rbegin(); it != upper.rend(); ++it)
    if (it->kind == Item::kEnterChunk && chunk(it->index).coded &&
        named_code(chunk(it->index)) != source_code && it->index != source.chunk) {
      target.chunk = it->index;
      return target;
    }
  for (auto it = upper.rbegin(); it != upper.rend(); ++it)
    if (it->kind == Item::kEnterChunk && !chunk(it->index).coded && it->index != source.chunk &&
        !names_a_time(ctx, r, chunk(it->index))) {
      target.chunk = it->index;
      return target;
    }
  return target;
}

// Whether the act coded `spec` gives something (the lexicon's [acts of giving], by code prefix:
// aid, peacekeepers, property returned).
bool gives(const CoderContext& ctx, const dict::EventCodeSpec& spec) {
  if (spec.code == dict::kNullCode) return false;
  std::string_view code = ctx.d().codes.text(spec.code);
  for (size_t n = 2; n <= code.size(); ++n)
    if (ctx.english.acts_of_giving.count(code.substr(0, n))) return true;
  return false;
}

// The one given to: the phrase right after TO among the verb's words, when it names an actor
// ("returned six Iraqi artifacts to the government of Iraq", "sent supplies to Nepal").
Binding recipient(const SentenceReading& r, const std::vector<Item>& lower) {
  Binding b;
  for (size_t k = 0; k + 1 < lower.size(); ++k) {
    if (lower[k].kind != Item::kWord || r.form(lower[k].index) != "TO") continue;
    const Item& next = lower[k + 1];
    // An infinitive's TO is no recipient's: "offered to send troops to Uganda".
    if (next.kind == Item::kWord &&
        (r.wc(next.index) == WordClass::kVerb || r.wc(next.index) == WordClass::kOtherVerb))
      continue;
    if (next.kind == Item::kEnterCompound) b.compound = next.index;
    if (next.kind == Item::kEnterChunk && r.chunks[static_cast<size_t>(next.index)].coded)
      b.chunk = next.index;
    return b;
  }
  return b;
}

}  // namespace herodotus::code
