#include "code/actors.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "code/names.h"
#include "geo/gazetteer.h"
#include "herodotus/document.h"
#include "lex/wordnet.h"

namespace herodotus::code {

using dict::RootKind;

bool is_person(const dict::ActorEntry& actor) {
  return actor.gender != dict::Gender::kUnknown || !actor.roles.empty() ||
         actor.id.rfind("person.", 0) == 0;
}

namespace {

bool contains_aligned(std::string_view code, std::string_view part) {
  for (size_t at = 0; at + part.size() <= code.size(); at += 3)
    if (code.compare(at, part.size(), part) == 0) return true;
  return false;
}

// The actor a phrase names: the first actor phrase of the dictionaries in its words, or with
// prefer_people the first person after a non-person. Sets `begin`/`end` (indexes into
// chunk.words) and returns the root, or -1.
int64_t named_actor(const CoderContext& ctx, const SentenceReading& r, const Chunk& c, int& begin,
                    int& end) {
  const dict::Dictionary& d = ctx.d();
  for (size_t k = 0; k < c.words.size(); ++k) {
    uint32_t root = 0;
    int found_end = match_name_at(ctx, r, c.words, k, RootKind::kActor, root);
    if (found_end < 0) continue;
    // "Belarusian president Aleksandr Lukashenko", "his Belarus' counterpart Alexander
    // Lukashenko": a person named in the phrase is whom it is about.
    if (ctx.options.prefer_people && !is_person(d.actors[d.roots[root].entry])) {
      for (size_t q = static_cast<size_t>(found_end); q < c.words.size(); ++q) {
        uint32_t other = 0;
        int other_end = match_name_at(ctx, r, c.words, q, RootKind::kActor, other);
        if (other_end < 0 || !is_person(d.actors[d.roots[other].entry])) continue;
        root = other;
        k = q;
        found_end = other_end;
        break;
      }
    }
    begin = static_cast<int>(k);
    end = found_end;
    return root;
  }
  return -1;
}

// A person out of the dated offices the dictionaries give them: the nearest office's country
// (the phrase's own words say the rest: "former secretary of state" is an elite), or empty
// when that office is no country's.
std::string out_of_office(const CoderContext& ctx, const dict::ActorEntry& entry) {
  const dict::DatedCode* nearest = nullptr;
  int64_t distance = 0;
  for (const dict::DatedCode& dated : entry.codes) {
    if (!dated.restricted || dated.codes.empty()) continue;
    int64_t d = ctx.date > dated.to ? int64_t{ctx.date} - dated.to : int64_t{dated.from} - ctx.date;
    if (nearest == nullptr || d < distance) nearest = &dated, distance = d;
  }
  if (nearest == nullptr) return {};
  std::string_view code = ctx.d().codes.text(nearest->codes[0]);
  if (code.size() < 3 || !ctx.index.country_code(code.substr(0, 3))) return {};
  return std::string(code.substr(0, 3));
}

// "BLRGOV", "FRO/BIL" for an actor with several codes on the date, "---" for none.
std::string actor_codes(const CoderContext& ctx, const dict::ActorEntry& entry) {
  const auto* codes = dict::codes_on(entry, ctx.date);
  const bool none =
      codes == nullptr || codes->empty() || (codes->size() == 1 && (*codes)[0] == dict::kNullCode);
  if (none && ctx.options.people_out_of_office && is_person(entry)) {
    std::string former = out_of_office(ctx, entry);
    if (!former.empty()) return former;
  }
  if (codes == nullptr || codes->empty()) return "---";
  std::string out;
  for (size_t q = 0; q < codes->size(); ++q) {
    if (q) out += "/";
    out += std::string(ctx.d().codes.text((*codes)[q]));
  }
  return out;
}

// The country of a town or region the places stage found among the phrase's words ("the mayor of
// Nablus", "Donetsk officials"), or empty; `first`/`last` receive the words of its name.
std::string place_country(const Document& doc, const SentenceReading& r, const Chunk& c, int& first,
                          int& last, geo::PlaceView* found = nullptr) {
  const geo::Gazetteer& gazetteer = geo::Gazetteer::builtin();
  for (const Place& place : doc.places()) {
    if (place.sentence != r.sentence) continue;
    geo::PlaceView p = gazetteer.place(place.entry);
    if (p.kind != geo::format::kCity && p.kind != geo::format::kRegion) continue;
    // The place's words must be the phrase's own.
    first = last = -1;
    for (int w : c.words) {
      const Span& span = r.words[static_cast<size_t>(w)].span;
      if (span.begin == place.span.begin) first = w;
      if (first >= 0 && span.end == place.span.end) last = w;
    }
    if (first >= 0 && last >= 0) {
      if (found != nullptr) *found = p;
      return std::string(p.country);
    }
  }
  return {};
}

// A town smaller than this shares its name with too many people and words to stand for its
// country ("charge Selebi", "fell to Earth", Texas).
constexpr uint32_t kTownStandingForCountry = 50000;

// Whether the phrase is the place `p` at words [first, last] and nothing else but determiners
// ("the Donbas"), a region or a sizeable town, first in the sentence or right after a verb or a
// preposition of [event noun targets]: "shelled Kharkiv", "attacks on Kharkiv", "Kharkiv was
// shelled", not "met in Vidin" or "from Dayton, Ohio".
bool place_stands_alone(const CoderContext& ctx, const SentenceReading& r, const Chunk& c,
                        const geo::PlaceView& p, int first, int last) {
  if (p.kind == geo::format::kCity && p.population < kTownStandingForCountry) return false;
  for (int w : c.words)
    if ((w < first || w > last) && r.wc(w) != WordClass::kDeterminer) return false;
  int before = c.first - 1;
  if (before < 0) return true;
  WordClass b = r.wc(before);
  return b == WordClass::kVerb || b == WordClass::kOtherVerb ||
         (b == WordClass::kPreposition && ctx.english.event_noun_targets.count(r.form(before)));
}

// Applies the agents of the phrase outside the actor's words [begin, end) to `code`; true when
// there was any.
bool apply_agents(const CoderContext& ctx, const SentenceReading& r, const Chunk& c, int begin,
                  int end, std::string& code) {
  const dict::Dictionary& d = ctx.d();
  bool any = false;
  for (size_t k = 0; k < c.words.size();) {
    if (static_cast<int>(k) >= begin && static_cast<int>(k) < end) {
      k = static_cast<size_t>(end);
      continue;
    }
    uint32_t root = 0;
    int found_end = match_name_at(ctx, r, c.words, k, RootKind::kAgent, root);
    if (found_end < 0) {
      ++k;
      continue;
    }
    const dict::AgentEntry& agent = d.agents[d.roots[root].entry];
    std::string_view a = d.codes.text(agent.code);
    any = true;
    if (contains_aligned(code, a)) break;  // PETRARCH stops at a code already there
    code = agent.prefix ? std::string(a) + code : code + std::string(a);
    k = static_cast<size_t>(found_end);
  }
  return any;
}

// What the phrase's head, its last noun before any preposition or clause, can do by WordNet. Not
// a head: a time ("Denmark last week"), or a present-tense verb right after a name that the phrase
// took in ("Obama wants", "Congo government rejects" in a headline). A head that is a name, or part
// of an actor's or agent's name of the dictionaries, acts ("the Turkish military", "Mr Kuroda"); so
// does a phrase with no noun; an attack ([force nouns]) does violence for whoever launched it.
Agency head_agency(const CoderContext& ctx, const SentenceReading& r, const Chunk& c) {
  const lex::WordNet& wordnet = lex::WordNet::builtin();
  thread_local std::string lower;
  thread_local std::vector<int> nouns;
  nouns.clear();
  for (int w : c.words) {
    WordClass wc = r.wc(w);
    if (wc == WordClass::kPreposition || wc == WordClass::kTo || wc == WordClass::kComplementizer)
      break;
    if (wc == WordClass::kNoun || wc == WordClass::kUnknown) nouns.push_back(w);
  }
  for (auto it = nouns.rbegin(); it != nouns.rend(); ++it) {
    const Word& word = r.words[static_cast<size_t>(*it)];
    if (word.proper || word.capitalized || word.name >= 0) return Agency::kActor;
    lower.assign(word.form);
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    lex::WordSenses senses = wordnet.noun(lower);
    if (lex::names_time(senses)) continue;
    if (ctx.english.force_nouns.count(word.form)) return Agency::kForce;
    const bool after_name = *it > 0 && r.words[static_cast<size_t>(*it) - 1].proper;
    if (after_name && lower.ends_with('s') && wordnet.verb(lower).verb()) continue;
    if (lex::can_act(senses)) return Agency::kActor;
    return lex::names_communication(senses) ? Agency::kDocument : Agency::kThing;
  }
  return Agency::kActor;
}

// Whether every word of the phrase is capitalised and none is a time: a name ("Boris Yeltsin").
bool written_as_name(const CoderContext& ctx, const SentenceReading& r, const Chunk& c) {
  for (int w : c.words) {
    const Word& word = r.words[static_cast<size_t>(w)];
    if (!word.capitalized || ctx.english.time_words.count(word.form)) return false;
  }
  return !c.words.empty();
}

// "Boris Yeltsin, the Russian president, warned": a name the dictionaries lack takes the code of
// the role and country set between commas right after it.
void code_names_by_apposition(const CoderContext& ctx, SentenceReading& r) {
  auto token = [&](size_t e, WordClass wc) {
    return e < r.elements.size() && r.elements[e].kind == Element::kToken &&
           r.wc(r.elements[e].index) == wc;
  };
  for (size_t e = 0; e + 2 < r.elements.size(); ++e) {
    const Element& name = r.elements[e];
    const Element& role = r.elements[e + 2];
    if (name.kind != Element::kChunk || role.kind != Element::kChunk ||
        !token(e + 1, WordClass::kComma) ||
        !(token(e + 3, WordClass::kComma) || token(e + 3, WordClass::kEnd)))
      continue;
    Chunk& c = r.chunks[static_cast<size_t>(name.index)];
    const Chunk& described = r.chunks[static_cast<size_t>(role.index)];
    // A name coded by its role alone takes the country its description adds: "Lieutenant Colonel
    // Almarah Belk, a Pentagon spokeswoman".
    const bool role_only = c.coded && c.code.starts_with("---");
    if ((c.coded && !(role_only && !described.code.starts_with("---"))) || !described.coded ||
        !described.has_agent || !written_as_name(ctx, r, c))
      continue;
    c.code = described.code;
    c.coded = true;
    c.has_agent = true;
    c.agency = Agency::kActor;
  }
}

// "A spokesman for the Taliban": a phrase whose head speaks for others ([speakers for]), coded by
// its role alone, is of the body FOR names after it, when that body has a country or is an
// organisation.
void code_speakers_for_bodies(const CoderContext& ctx, SentenceReading& r) {
  for (size_t e = 0; e + 2 < r.elements.size(); ++e) {
    const Element& speaker = r.elements[e];
    const Element& preposition = r.elements[e + 1];
    const Element& body = r.elements[e + 2];
    if (speaker.kind != Element::kChunk || body.kind != Element::kChunk ||
        preposition.kind != Element::kToken || r.form(preposition.index) != "FOR")
      continue;
    Chunk& c = r.chunks[static_cast<size_t>(speaker.index)];
    const Chunk& spoken_for = r.chunks[static_cast<size_t>(body.index)];
    if (c.words.empty() || !ctx.english.speakers_for.count(r.form(c.words.back())) ||
        (c.coded && !c.code.starts_with("---")) || !spoken_for.coded ||
        spoken_for.code.starts_with("---"))
      continue;
    c.code = spoken_for.code;
    c.coded = true;
    c.has_agent = true;
    c.agency = Agency::kActor;
  }
}

}  // namespace

std::string mission_host(const CoderContext& ctx, const SentenceReading& r, const Chunk& c,
                         Span& span) {
  const auto in = std::find_if(c.words.begin(), c.words.end(), [&](int w) {
    return r.form(w) == "IN" && r.wc(w) == WordClass::kPreposition;
  });
  if (in == c.words.end() || std::none_of(c.words.begin(), in, [&](int w) {
        return ctx.english.peacekeeping_words.count(r.form(w)) > 0;
      }))
    return {};
  Chunk host;
  host.words.assign(in + 1, c.words.end());
  int begin = -1, end = -1;
  const int64_t root = named_actor(ctx, r, host, begin, end);
  if (root < 0) return {};
  const dict::Dictionary& d = ctx.d();
  std::string code = actor_codes(ctx, d.actors[d.roots[static_cast<size_t>(root)].entry]);
  if (code.size() != 3 || code == "---") return {};  // a country, not a body or a person
  span = {r.words[static_cast<size_t>(host.words[static_cast<size_t>(begin)])].span.begin,
          r.words[static_cast<size_t>(host.words[static_cast<size_t>(end) - 1])].span.end};
  return code;
}

bool names_a_time(const CoderContext& ctx, const SentenceReading& r, const Chunk& c) {
  // The lexicon's [time words] only: WordNet's times include "curfew" and "term".
  bool any = false;
  for (int w : c.words) {
    const WordClass wc = r.wc(w);
    if (wc == WordClass::kPreposition || wc == WordClass::kTo || wc == WordClass::kComplementizer)
      break;
    const bool time = ctx.english.time_words.count(r.form(w)) > 0;
    if (wc != WordClass::kNoun && wc != WordClass::kUnknown && !time) continue;
    if (!time) return false;
    any = true;
  }
  return any;
}

Agency uncoded_agency(const CoderContext& ctx, const SentenceReading& r, int chunk) {
  const Chunk& c = r.chunks[static_cast<size_t>(chunk)];
  if (c.coded || c.agency != Agency::kActor) return c.agency;
  return head_agency(ctx, r, c);
}

void code_phrases(const CoderContext& ctx, SentenceReading& r, std::vector<ChunkActor>& actors,
                  Document& doc) {
  const dict::Dictionary& d = ctx.d();
  const bool references = ctx.options.resolve_pronouns;
  actors.assign(r.chunks.size(), ChunkActor());
  for (size_t index = 0; index < r.chunks.size(); ++index) {
    Chunk& c = r.chunks[index];
    ChunkActor& actor = actors[index];
    const int chunk = static_cast<int>(index);
    int begin = -1, end = -1;
    int64_t root = named_actor(ctx, r, c, begin, end);
    std::string code = "---";
    if (root >= 0) {
      const dict::ActorEntry& entry = d.actors[d.roots[static_cast<size_t>(root)].entry];
      code = actor_codes(ctx, entry);
      c.actor = add_actor_mention(r, chunk, c.words[static_cast<size_t>(begin)],
                                  c.words[static_cast<size_t>(end) - 1], MentionKind::kName, code,
                                  -1, doc);
      actor.who = {code, entry.gender, is_person(entry), &entry.roles, c.actor, {}};
    }
    bool pronoun =
        root < 0 && references && !c.words.empty() &&
        (r.wc(c.words[0]) == WordClass::kPronoun || r.wc(c.words[0]) == WordClass::kPossessive);
    bool any_agent = apply_agents(ctx, r, c, begin, end, code);
    // "The mayor of Nablus", "Donetsk officials": an agent of a town or region is its country's.
    // A place alone ("talks in Jeddah") stays a place.
    // "Shelled Kharkiv": a town or region alone stands for its country as a target.
    bool place_alone = false;
    if (root < 0 && code.rfind("---", 0) == 0 &&
        ((any_agent && ctx.options.places_as_countries) ||
         (!any_agent && !pronoun && ctx.options.places_as_targets))) {
      int first = -1, last = -1;
      geo::PlaceView place;
      std::string country = place_country(doc, r, c, first, last, &place);
      place_alone =
          !any_agent && !country.empty() && place_stands_alone(ctx, r, c, place, first, last);
      if (!country.empty() && (any_agent || place_alone)) {
        code = country + code.substr(3);
        add_actor_mention(r, chunk, first, last, MentionKind::kPlace, country, -1, doc);
      }
    }
    actor.reference = pronoun                    ? Reference::kPronoun
                      : (root < 0 && references) ? Reference::kRoleNoun
                                                 : Reference::kNone;
    c.has_agent = any_agent;
    c.code = code;
    if (actor.who.known()) actor.who.phrase_code = code;
    c.coded = code != "---";
    c.agency = place_alone                              ? Agency::kThing
               : ctx.options.sources_can_act && c.coded ? head_agency(ctx, r, c)
                                                        : Agency::kActor;
    // A thing or a text is nobody "it" or "they" can later refer to.
    if (c.agency != Agency::kActor) actor.who = Referent();
  }
  if (ctx.options.speakers_for_bodies) code_speakers_for_bodies(ctx, r);
  if (ctx.options.prefer_people) code_names_by_apposition(ctx, r);
}

std::string story_country(const Document& doc) {
  std::map<std::string_view, int> named;
  for (const Place& place : doc.places()) ++named[place_info(place).country];
  std::string_view best;
  int most = 0, second = 0;
  for (const auto& [country, count] : named) {
    if (count > most) {
      second = most;
      most = count;
      best = country;
    } else if (count > second) {
      second = count;
    }
  }
  if (most < 2 || most < 2 * second) return {};
  return std::string(best);
}

void give_story_country(Document& doc) {
  const std::string country = story_country(doc);
  if (country.empty()) return;
  for (Phrase& p : doc.mutable_phrases())
    // Reporters (---MED) who hear a statement are of anywhere: the press travels.
    if (p.code.size() > 3 && p.code.starts_with("---") && p.code.find('/') == std::string::npos &&
        p.code != "---MED") {
      p.code = country + p.code.substr(3);
      p.country_from_story = true;
    }
}

}  // namespace herodotus::code
