#include "code/events.h"

#include <algorithm>

#include "code/actors.h"
#include "code/bindings.h"
#include "code/clauses.h"
#include "code/noun_events.h"
#include "code/patterns.h"
#include "code/political.h"
#include "code/speech.h"
#include "code/targets.h"
#include "code/word_classes.h"

namespace herodotus::code {
namespace {

// "Three people arrested by Gondorian police": a past participle right after a noun phrase with
// BY and a named actor right after it (a reduced relative clause), or a phrase that can act
// ("citizens abducted by the reclusive state"; not "attacked by mistake").
bool reduced_passive(const CoderContext& ctx, const SentenceReading& r, int verb) {
  if (!ctx.options.clause_aware_commas || verb == 0 || verb + 2 >= r.size() ||
      !participle_form(ctx, r.form(verb)) || r.form(verb + 1) != "BY")
    return false;
  const Word& before = r.words[static_cast<size_t>(verb) - 1];
  const Word& agent = r.words[static_cast<size_t>(verb) + 2];
  auto in_acting_phrase = [&](const Word& w) {
    if (w.element < 0) return false;
    const Element& el = r.elements[static_cast<size_t>(w.element)];
    if (el.kind == Element::kCompound) return true;
    if (el.kind != Element::kChunk) return false;
    return r.chunks[static_cast<size_t>(el.index)].coded ||
           uncoded_agency(ctx, r, el.index) == Agency::kActor;
  };
  return before.element >= 0 && !before.set_aside && in_acting_phrase(agent);
}

// "Arnor was opposed by Gondor": a passive with its agent, source and target change places.
bool passive_with_agent(const CoderContext& ctx, const SentenceReading& r, int verb, int end) {
  if (reduced_passive(ctx, r, verb)) return true;
  int auxiliary = be_auxiliary(ctx, r, verb);
  // PETRARCH's list (was, is, been) leaves out "were released by", "are backed by"; the project's
  // reading takes every form of BE.
  const WordSet& auxiliaries =
      ctx.options.clause_aware_commas ? ctx.english.be_forms : ctx.english.by_passive_auxiliaries;
  if (auxiliary < 0 || !auxiliaries.count(r.form(auxiliary))) return false;
  for (int k = verb + 1; k < end; ++k) {
    if (r.words[static_cast<size_t>(k)].set_aside || r.form(k) != "BY") continue;
    // "were killed by late morning": BY a time names no doer.
    if (ctx.options.clause_aware_commas)
      for (const Chunk& c : r.chunks)
        if (c.first == k + 1 && names_a_time(ctx, r, c)) return false;
    return true;
  }
  return false;
}

Span verb_span(const SentenceReading& r, int first, int last) {
  return {r.words[static_cast<size_t>(first)].span.begin,
          r.words[static_cast<size_t>(last)].span.end};
}

// The words an event names a phrase by; empty for none (a list with no coded member).
Span chunk_span(const SentenceReading& r, int chunk) {
  return chunk < 0 ? Span{} : r.chunks[static_cast<size_t>(chunk)].span;
}

// Whether the sentence names a disaster or an accident: "typhoon", "crash" ([disaster nouns]).
bool names_disaster(const CoderContext& ctx, const SentenceReading& r) {
  for (const Word& w : r.words)
    if (!w.set_aside && ctx.english.disaster_nouns.count(w.form)) return true;
  return false;
}

// Violence (roots 18-20) whose source has no armed sector: no soldiers, rebels, police, spies,
// insurgents or separatists, nor an international armed group (IMG).
bool violence_without_arms(const CoderContext& ctx, const CodedEvent& e) {
  std::string_view root = std::string_view(e.code).substr(0, 2);
  if (root < "18" || root > "20") return false;
  if (e.source.starts_with("IMG")) return false;
  return !armed(ctx, e.source);
}

// Whether the words of `span` name troops ([troop nouns]: "Hundreds of British troops", "Some
// 163 Chinese peacekeepers"; not "a top Turkish commander").
bool names_troops(const CoderContext& ctx, const SentenceReading& r, const Span& span) {
  for (const Word& w : r.words)
    if (w.span.begin >= span.begin && w.span.end <= span.end &&
        ctx.english.troop_nouns.count(w.form))
      return true;
  return false;
}

// Troops that arrive are no visitors ("Hundreds of British troops have arrived in Mali"): a visit
// (042, and the host's 043) by troops is none, unless the sentence speaks of peacekeeping
// ([peacekeeping words]), where it is peacekeeping (074) toward the host.
void forces_arriving(const CoderContext& ctx, const SentenceReading& r,
                     std::vector<CodedEvent>& events) {
  if (std::none_of(events.begin(), events.end(),
                   [](const CodedEvent& e) { return e.code == "042" || e.code == "043"; }))
    return;
  bool peacekeeping = false;
  for (const Word& w : r.words)
    if (!w.set_aside && ctx.english.peacekeeping_words.count(w.form)) peacekeeping = true;
  std::erase_if(events, [&](CodedEvent& e) {
    if (e.code == "043") return names_troops(ctx, r, e.target_span);
    if (e.code != "042" || !names_troops(ctx, r, e.source_span)) return false;
    if (!peacekeeping) return true;
    e.code = "074";
    e.note = "troops arriving for peacekeeping";
    return false;
  });
}

// Whether phrase `chunk`, as what an act done to people ([acts on people]: a release, an
// arrest, a killing) is done to, is a text or a thing that names no actor: "released a video",
// "a statement released by the ministry" are another sense of the verb. A phrase the
// dictionaries code names who was acted on, whatever its head: "the release of a French
// citizen", "the detained American vessels were released".
bool done_to_a_thing(const CoderContext& ctx, const SentenceReading& r, int chunk) {
  if (chunk < 0 || r.chunks[static_cast<size_t>(chunk)].coded) return false;
  const Agency agency = uncoded_agency(ctx, r, chunk);
  return agency == Agency::kThing || agency == Agency::kDocument;
}

// Who did a passive act with no BY ("were killed in Israeli tank shelling", "in an air strike by
// government forces"): the first attack named after the verb ([force nouns]), when it names
// whose it is, or the actor after BY right after it; unset for none.
Binding attack_owner(const CoderContext& ctx, const SentenceReading& r,
                     const std::vector<Item>& lower) {
  Binding owner;
  for (size_t k = 0; k < lower.size(); ++k) {
    if (lower[k].kind != Item::kEnterChunk) continue;
    const Chunk& c = r.chunks[static_cast<size_t>(lower[k].index)];
    if (uncoded_agency(ctx, r, lower[k].index) != Agency::kForce) continue;
    if (c.coded) {
      owner.chunk = lower[k].index;
      return owner;
    }
    // The attack's phrase ends at its kLeaveChunk; BY and a coded phrase must follow at once.
    size_t next = k + 1;
    while (next < lower.size() && lower[next].kind != Item::kLeaveChunk) ++next;
    if (next + 2 < lower.size() && lower[next + 1].kind == Item::kWord &&
        r.form(lower[next + 1].index) == "BY" && lower[next + 2].kind == Item::kEnterChunk &&
        r.chunks[static_cast<size_t>(lower[next + 2].index)].coded)
      owner.chunk = lower[next + 2].index;
    return owner;
  }
  return owner;
}

// Whether the verb at word `verb` is a past participle right after a text or a thing that names
// no actor, so said of it: "a 500-page report released Tuesday in the Rwandan capital alleged",
// "the video released last week" (a reduced relative clause with no BY).
bool participle_of_a_thing(const CoderContext& ctx, const SentenceReading& r, int verb) {
  if (verb == 0 || !participle_form(ctx, r.form(verb))) return false;
  const Word& before = r.words[static_cast<size_t>(verb) - 1];
  if (before.element < 0 || before.set_aside) return false;
  const Element& el = r.elements[static_cast<size_t>(before.element)];
  if (el.kind != Element::kChunk || el.last != verb - 1) return false;
  return done_to_a_thing(ctx, r, el.index);
}

// Whether an act done to people (code `code`, verb at word `verb`) is done to a text or a thing,
// phrase `target` or the phrase right before a participle: another sense of the verb.
bool another_sense(const CoderContext& ctx, const SentenceReading& r, const std::string& code,
                   int verb, int target) {
  return ctx.options.acts_on_people_need_people && ctx.english.acts_on_people.count(code) &&
         (done_to_a_thing(ctx, r, target) || participle_of_a_thing(ctx, r, verb));
}

// Countries listed together ("drugs from people in China, Australia, Europe and the United
// States") do nothing to one another: a verb coded one way never pairs members of one list,
// phrases `a` and `b`. A reciprocal verb does ("Arnor and Gondor met").
bool same_list(const CoderContext& ctx, const SentenceReading& r, int a, int b) {
  if (ctx.options.list_members_interact || a < 0 || b < 0) return false;
  const Chunk& first = r.chunks[static_cast<size_t>(a)];
  const Chunk& second = r.chunks[static_cast<size_t>(b)];
  return a == b || (first.compound >= 0 && first.compound == second.compound);
}

// An event with a side the dictionaries do not know stands only when the other side has a
// country or an organisation: "Russia attacked the old bridge", "two Ukrainian soldiers were
// killed", not "voters support the other candidates" or "the new law allows ...".
// With `named_roles_stand`, a side known by role alone stands too when it names its actor by
// name ("Labor Minister Maurizio Sacconi expressed pessimism").
bool anchored(const CodedEvent& e, bool named_roles_stand) {
  const bool source_unknown = e.source == "---", target_unknown = e.target == "---";
  if (!source_unknown && !target_unknown) return true;
  const std::string& other = source_unknown ? e.target : e.source;
  if (named_roles_stand && e.role_side_named && !e.country_from_story) return true;
  return other.rfind("---", 0) != 0 && !e.country_from_story;
}

// Whether the phrase `chunk` can be the source of an event coded `code`: "a tale of American
// decline" does nothing, though "condemned the tale" is aimed at its owner; "a congressional
// report called for sanctions" speaks for its authors, but a report does nothing material
// (CAMEO's roots 06-08 and 14-20); "Syrian air strikes killed" does violence for Syria (roots
// 18-20), but an air strike says nothing.
bool acts(const SentenceReading& r, int chunk, std::string_view code) {
  if (chunk < 0) return true;
  std::string_view root = code.substr(0, 2);
  switch (r.chunks[static_cast<size_t>(chunk)].agency) {
    case Agency::kActor:
      return true;
    case Agency::kThing:
      return false;
    case Agency::kForce:
      return root >= "18" && root <= "20";
    case Agency::kDocument:
      break;
  }
  bool material = (root >= "06" && root <= "08") || root >= "14";
  return !material;
}

// Whether an event's side, coded `code` from phrase `chunk` (-1 for none), is a political actor.
bool political(const SentenceReading& r, const std::string& code, int chunk) {
  if (code == "---") return false;
  if (chunk >= 0 && r.chunks[static_cast<size_t>(chunk)].political) return true;
  return political_code(code);
}

// The codes of an event's sides s and t, (code, phrase) each, with the story's country taken
// back from one side when the sentence names that country for the other: "the government
// condemned Israel" in a story about Israel is another government. Both from the story, they are
// of one country: "police beat protesters". `source_story` and `target_story` tell whether a
// side kept a country from the story.
std::pair<std::string, std::string> side_codes(const SentenceReading& r,
                                               const BoundCodes::value_type& s,
                                               const BoundCodes::value_type& t, bool& source_story,
                                               bool& target_story) {
  auto story = [&](int chunk) {
    return chunk >= 0 && r.chunks[static_cast<size_t>(chunk)].country_from_story;
  };
  std::string source = s.first, target = t.first;
  const bool same_country =
      source.size() >= 3 && target.size() >= 3 && source.compare(0, 3, target, 0, 3) == 0;
  source_story = story(s.second);
  target_story = story(t.second);
  if (same_country && source_story && !target_story) source = "---" + source.substr(3);
  if (same_country && target_story && !source_story) target = "---" + target.substr(3);
  source_story = source_story && !source.starts_with("---");
  target_story = target_story && !target.starts_with("---");
  return {source, target};
}

// Whether phrase `chunk` names its actor by a name of its own: a capitalized word not first in
// the sentence and not a word of the dictionaries' names ("Maurizio Sacconi", "GAO").
bool named_by_name(const CoderContext& ctx, const SentenceReading& r, int chunk) {
  if (chunk < 0) return false;
  for (int k : r.chunks[static_cast<size_t>(chunk)].words)
    if (!r.words[static_cast<size_t>(k)].proper && capital_marks_name(ctx, r, k)) return true;
  return false;
}

// Whether the act coded `spec` is violence (roots 17-20), done to whoever it names.
bool violent(const CoderContext& ctx, const dict::EventCodeSpec& spec) {
  if (spec.code == dict::kNullCode) return false;
  return ctx.d().codes.text(spec.code) >= std::string_view("17");
}

// Whether the act coded `spec` is done to people ([acts on people]: a release, an arrest, a
// killing).
bool on_people(const CoderContext& ctx, const dict::EventCodeSpec& spec) {
  return spec.code != dict::kNullCode &&
         ctx.english.acts_on_people.count(ctx.d().codes.text(spec.code));
}

// What default_target needs of the act the firing codes.
ActShape act_shape(const CoderContext& ctx, const dict::EventCodeSpec& spec, const MatchResult& m) {
  ActShape act;
  if (!ctx.options.targets_after_content) return act;
  act.content_last = m.content_last;
  act.violent = violent(ctx, spec);
  act.on_people = on_people(ctx, spec);
  act.on_place = spec.code != dict::kNullCode &&
                 ctx.english.acts_on_places.count(ctx.d().codes.text(spec.code)) > 0;
  return act;
}

// What fired at a verb: its entry, the pattern, the code, and the words it spans.
struct Firing {
  const dict::VerbEntry* entry = nullptr;
  const dict::Pattern* pattern = nullptr;
  dict::EventCodeSpec spec;
  std::string code_override;  // a code from reported speech or modality, or ""
  bool announced = false;     // code_override is the act announced or refused (modality)
  int first = 0, last = 0, end = 0;
  bool noun = false;  // an event noun (noun_events.h): only the sides it names
};

// Whether phrase `chunk` is the event noun's own: it names the doer, whatever the noun is
// ("Russia's attack").
bool nouns_own_phrase(const SentenceReading& r, const Firing& f, int chunk) {
  if (!f.noun || chunk < 0) return false;
  const Chunk& c = r.chunks[static_cast<size_t>(chunk)];
  return c.first <= f.first && f.first <= c.last;
}

// Whether the firing's code is of an act done with nobody acted on ([acts done alone]: declining
// to comment, claiming or denying responsibility, protesting): "the Kremlin declined to
// comment", "farmers protested in Delhi" are events with no target named.
bool done_alone(const CoderContext& ctx, const Firing& f) {
  // An act done alone is so announced or refused too ("declined to resign"), not as another's
  // speech makes of it.
  if (!ctx.options.acts_done_alone || (!f.code_override.empty() && !f.announced) ||
      f.spec.is_paired || f.spec.code == dict::kNullCode)
    return false;
  std::string_view code = ctx.d().codes.text(f.spec.code);
  return ctx.english.acts_done_alone.count(code) ||
         (code.size() > 3 && ctx.english.acts_done_alone.count(code.substr(0, 3)));
}

// Appends the event the firing `f` codes `code` between sides s and t (code, phrase), unless
// the sides are one, the verb is used in another sense, or a side required is missing.
void add_event(const CoderContext& ctx, const SentenceReading& r, const Firing& f,
               const BoundCodes::value_type& s, const BoundCodes::value_type& t, dict::CodeId code,
               std::vector<CodedEvent>& out) {
  CodedEvent e;
  bool source_story = false, target_story = false;
  auto [source_code, target_code] = side_codes(r, s, t, source_story, target_story);
  if (source_code == target_code) return;
  e.code = f.code_override.empty() ? std::string(ctx.d().codes.text(code)) : f.code_override;
  if (another_sense(ctx, r, e.code, f.first, t.second)) return;
  const bool source_acts =
      f.spec.is_paired || nouns_own_phrase(r, f, s.second) || acts(r, s.second, e.code);
  e.source = source_acts ? source_code : "---";
  e.target = target_code;
  e.country_from_story = (source_story && e.source != "---") || target_story;
  e.role_side_named = (role_only(e.source) && named_by_name(ctx, r, s.second)) ||
                      (role_only(e.target) && named_by_name(ctx, r, t.second));
  if (ctx.options.political_side_required && !political(r, e.source, s.second) &&
      !political(r, e.target, t.second))
    return;
  e.source_span = chunk_span(r, s.second);
  e.target_span = chunk_span(r, t.second);
  // Peacekeepers sent, offered or given to a mission go to the country it keeps the peace in.
  if (t.second >= 0 && ctx.options.targets_after_content && gives(ctx, f.spec)) {
    Span span;
    const std::string host = mission_host(ctx, r, r.chunks[static_cast<size_t>(t.second)], span);
    if (!host.empty()) {
      e.target = host;
      e.target_span = span;
    }
  }
  e.verb = verb_span(r, f.first, f.last);
  e.pattern = f.pattern;
  e.entry = f.entry;
  out.push_back(std::move(e));
}

// The source of the verb fired as `f` when no pattern binds one: the first coded phrase before
// it (default_source); in a reported clause the clause's own subject, when it is another actor
// than that phrase (the speaker's own phrase stands for "it" or "he" that refers back to it:
// "The Pentagon said it hit five bases"), and nobody when that subject is a bare phrase no
// dictionary codes.
Binding verb_source(const CoderContext& ctx, const SentenceReading& r, int from, const Firing& f,
                    const std::vector<Item>& upper) {
  Binding source = default_source(ctx, r, upper);
  if (!ctx.options.clause_aware_commas) return source;
  bool unnamed = false;
  const Binding subject = reported_subject(ctx, r, from, f.first, &unnamed);
  if (unnamed) return {};
  if (subject.set() && (!source.set() || first_code(ctx, r, subject) != first_code(ctx, r, source)))
    return subject;
  return source;
}

void make_events(const CoderContext& ctx, const SentenceReading& r, const Firing& f,
                 const MatchResult& m, std::vector<CodedEvent>& out) {
  std::vector<Item> upper, lower;
  const int from = upper_start(ctx, r, f.first);
  r.items(from, f.first, upper);
  r.items(f.last + 1, f.end, lower);
  const Binding source = m.source.set() || f.noun ? m.source : verb_source(ctx, r, from, f, upper);
  if (!source.set() && !f.noun) return;
  std::string source_code = source.set() ? first_code(ctx, r, source) : "---";
  // Countries the story gave are no reason to pass over a phrase ("student groups ... at the
  // Delhi University"), nor to take one.
  if (source.chunk >= 0) source_code = named_code(r.chunks[static_cast<size_t>(source.chunk)]);
  const bool by_agent =
      !f.noun && !m.source.set() && !m.target.set() && passive_with_agent(ctx, r, f.first, f.end);
  // "Two people were killed", "tourists have been killed in a bus accident": the phrase before a
  // passive verb is what was done to; with no BY nobody is named as doing it, and nothing after
  // the verb is needed.
  const bool no_agent = !by_agent && !f.noun && ctx.options.clause_aware_commas &&
                        !m.source.set() && be_auxiliary(ctx, r, f.first) >= 0;
  Binding target =
      m.target.set() || f.noun
          ? m.target
          : default_target(ctx, r, upper, lower, source, source_code, act_shape(ctx, f.spec, m));
  // What is given is the object; the target is whom it is given to.
  if (!m.target.set() && !f.noun && ctx.options.recipients_as_targets && gives(ctx, f.spec)) {
    Binding to = recipient(r, lower);
    if (to.set()) target = to;
  }
  // Acts done alone need no target; nor does an act whose words after it name only a time
  // ("agreed to resign on Tuesday": nobody, not Tuesday).
  const bool alone = done_alone(ctx, f) || (!target.set() && only_times_after(ctx, r, lower));
  if (!target.set() && !no_agent && !f.noun && !alone) return;
  const BoundCodes unknown{{"---", -1}};
  BoundCodes sources = source.set() ? codes_of(ctx, r, source) : unknown;
  BoundCodes targets = target.set()      ? codes_of(ctx, r, target)
                       : f.noun || alone ? unknown
                                         : BoundCodes{};
  if (by_agent) {
    std::swap(sources, targets);
  } else if (no_agent) {
    targets = sources;
    sources = {{"---", -1}};
    Binding owner = attack_owner(ctx, r, lower);
    if (owner.set()) sources = codes_of(ctx, r, owner);
  }
  auto add = [&](const BoundCodes::value_type& s, const BoundCodes::value_type& t,
                 dict::CodeId code) { add_event(ctx, r, f, s, t, code, out); };
  if (f.spec.is_paired) {
    bool null_sources = sources.size() == 1 && sources[0].first == "---";
    bool null_targets = targets.size() == 1 && targets[0].first == "---";
    // "Arnor and Gondor met": the members of one list meet each other; but not those a noun
    // names alone ("a visit to Israel and the West Bank": the visitor is not named).
    if (null_sources && f.noun) return;
    if (null_sources)
      sources = targets;
    else if (null_targets)
      targets = sources;
    for (const auto& s : sources)
      for (const auto& t : targets) {
        add(s, t, f.spec.code);
        add(t, s, f.spec.paired);
      }
    return;
  }
  for (const auto& s : sources)
    for (const auto& t : targets)
      if (!same_list(ctx, r, s.second, t.second)) add(s, t, f.spec.code);
}

const char* note_for(Modality told, const std::string& code) {
  if (told == Modality::kIntended) return "an act announced, not done: an intention or a threat";
  if (told == Modality::kRefused) return "an act refused: a rejection";
  if (code == "112") return "a statement reporting another actor's hostile act: an accusation";
  if (code == "100") return "a statement that another actor must act: a demand";
  return "a statement announcing the speaker's own hostile act: a threat";
}

// Codes the verb at words [f.first, f.last]; returns the word to go on from.
int code_verb(const CoderContext& ctx, const SentenceReading& r, Firing& f,
              std::vector<Item>& upper, std::vector<Item>& lower, std::vector<CodedEvent>& out) {
  Modality told = ctx.options.facts_only ? modality(ctx, r, f.first) : Modality::kFact;
  if (told == Modality::kNotAnEvent) return f.last + 1;
  f.end = clause_end(ctx, r, f.last);
  MatchResult m;
  if (!f.entry->patterns.empty()) {
    r.items(f.last + 1, f.end, lower);
    r.items(upper_start(ctx, r, f.first), f.first, upper);
    std::reverse(upper.begin(), upper.end());
  }
  for (const dict::Pattern& p : f.entry->patterns) {
    if ((p.required & r.signature) != p.required) continue;  // a word it needs is not here
    if (match_pattern(ctx, r, p, lower, upper, m)) {
      f.pattern = &p;
      break;
    }
  }
  if (f.pattern == nullptr) m = MatchResult();  // a failed pattern leaves no bindings
  f.spec = f.pattern != nullptr ? f.pattern->code : f.entry->code;
  bool null_pattern = f.pattern != nullptr && f.spec.code == dict::kNullCode && !f.spec.is_paired;
  if (null_pattern && !ctx.options.null_patterns_code_nothing) f.spec = f.entry->code;
  if (f.spec.code == dict::kNullCode && !f.spec.is_paired) {
    // A verb that codes nothing here still ends its clause when a pattern said so.
    return null_pattern ? std::max(f.end, f.last + 1) : f.last + 1;
  }
  if (ctx.options.reported_speech && is_statement(ctx, f.spec)) {
    f.code_override = report_speech(ctx, r, m, f.first, f.last, f.end);
    // A plain statement is an event only toward whom it is addressed ("told his defence
    // minister", "said to reporters"); "X said Y would come" is no event between X and Y, and
    // what it says is read on ("Obama said he would not provide support to Israel").
    if (f.code_override.empty() && !addressee(ctx, r, f.last, f.end, m)) return f.last + 1;
  }
  if (told != Modality::kFact && f.code_override.empty()) {
    f.code_override = announced_code(ctx.d().codes.text(f.spec.code), told);
    if (f.code_override.empty()) return f.last + 1;
    f.announced = true;
    if (told == Modality::kRefused) f.spec.is_paired = false;  // only the one who refuses
  }
  size_t before = out.size();
  make_events(ctx, r, f, m, out);
  if (!f.code_override.empty())
    for (size_t k = before; k < out.size(); ++k) out[k].note = note_for(told, f.code_override);
  // A reduced relative ends with its agent: "warplanes supported by Russia pounded the enclave"
  // goes on to "pounded".
  if (reduced_passive(ctx, r, f.last)) {
    const Word& agent = r.words[static_cast<size_t>(f.last) + 2];
    return r.elements[static_cast<size_t>(agent.element)].last + 1;
  }
  return std::max(f.end, f.last + 1);  // a coded verb's clause holds no further verb of interest
}

// Codes the event noun at word f.first (noun_events.h) with its verb's own code, between the
// sides the sentence names for it; returns the word to go on from.
int code_noun(const CoderContext& ctx, const SentenceReading& r, Firing& f,
              std::vector<CodedEvent>& out) {
  f.noun = true;
  f.spec = f.entry->code;
  if (f.spec.code == dict::kNullCode && !f.spec.is_paired) return f.last + 1;
  NounEventSides sides = noun_event_sides(ctx, r, f.first, f.spec.is_paired);
  if (!sides.source.set() && !sides.target.set()) return f.last + 1;
  // "plans to launch attacks", "did not stage protests": what the light verb says of it; a noun
  // alone ("possible attacks") by the words before it.
  const int told_at = sides.light_verb >= 0 ? sides.light_verb : f.first;
  if (ctx.options.facts_only && modality(ctx, r, told_at) != Modality::kFact) return f.last + 1;
  f.end = clause_end(ctx, r, f.last);
  MatchResult m;
  m.source = sides.source;
  m.target = sides.target;
  size_t before = out.size();
  make_events(ctx, r, f, m, out);
  for (size_t k = before; k < out.size(); ++k) out[k].note = "said with a noun";
  return f.last + 1;
}

}  // namespace

std::vector<CodedEvent> code_verbs(const CoderContext& ctx, const SentenceReading& r) {
  std::vector<CodedEvent> events;
  std::vector<Item> upper, lower;
  int i = 0;
  while (i < r.size()) {
    const Word& w = r.words[static_cast<size_t>(i)];
    Firing f;
    if (ctx.options.noun_events && is_event_noun(ctx, r, i) &&
        find_verb(ctx, r, i, f.entry, f.first, f.last)) {
      i = code_noun(ctx, r, f, events);
      continue;
    }
    if (w.set_aside || w.wc != WordClass::kVerb || w.element >= 0 ||
        !find_verb(ctx, r, i, f.entry, f.first, f.last)) {
      ++i;
      continue;
    }
    i = code_verb(ctx, r, f, upper, lower, events);
  }
  attribute_quotation(ctx, r, events);
  if (ctx.options.disasters_are_not_attacks && names_disaster(ctx, r))
    std::erase_if(events, [&](const CodedEvent& e) { return violence_without_arms(ctx, e); });
  if (ctx.options.forces_are_no_visitors) forces_arriving(ctx, r, events);
  // Duplicates out; with require_dyad, events with a "---" participant out, and with
  // unknown_side_needs_country those whose known side has no country.
  std::vector<CodedEvent> unique;
  for (CodedEvent& e : events) {
    if (ctx.options.require_dyad && (e.source == "---" || e.target == "---")) continue;
    if (ctx.options.unknown_side_needs_country && !anchored(e, ctx.options.named_roles_stand))
      continue;
    bool seen = std::any_of(unique.begin(), unique.end(), [&](const CodedEvent& u) {
      return u.source == e.source && u.target == e.target && u.code == e.code;
    });
    if (!seen) unique.push_back(std::move(e));
  }
  return unique;
}

std::vector<std::pair<std::string, uint32_t>> code_issues(const CoderContext& ctx,
                                                          const SentenceReading& r) {
  const dict::Dictionary& d = ctx.d();
  std::vector<std::pair<std::string, uint32_t>> out;
  std::vector<uint32_t> counts(d.issues.size(), 0);
  bool any = false;
  const int n = r.size();
  for (int i = 0; i < n; ++i) {
    const auto* variants = ctx.index.issues(r.form(i));
    if (variants == nullptr) continue;
    for (auto [issue, variant] : *variants) {
      const auto& words = d.issues[issue].variants[variant];
      if (i + static_cast<int>(words.size()) > n) continue;
      bool match = true;
      for (size_t k = 1; k < words.size() && match; ++k)
        match = r.form(i + static_cast<int>(k)) == words[k];
      if (!match) continue;
      if (d.issues[issue].code.empty()) return out;  // an exclusion: no issues for this sentence
      ++counts[issue];
      any = true;
    }
  }
  if (!any) return out;
  for (size_t k = 0; k < counts.size(); ++k) {
    if (counts[k] == 0) continue;
    const std::string& code = d.issues[k].code;
    auto it = std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first == code; });
    if (it == out.end())
      out.emplace_back(code, counts[k]);
    else
      it->second += counts[k];
  }
  return out;
}

}  // namespace herodotus::code
