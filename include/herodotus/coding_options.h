// How the coding engines read a sentence: one struct for both engines, set from the dictionaries
// a user loads (a TABARI .options file, PETRARCH's config settings, the project's own defaults)
// and changeable through EventEngine::with_options.
//
//   auto engine = load_builtin_dictionaries();
//   CodingOptions options = (*engine)->options();
//   options.facts_only = false;                       // code modal and negated acts too
//   auto permissive = (*engine)->with_options(options);
//
// Each field says which engine reads it: TABARI's (a .project file) or the noun-phrase engine
// (the project's dictionaries and PETRARCH's). docs/coding.md explains each rule.
#ifndef HERODOTUS_CODING_OPTIONS_H_
#define HERODOTUS_CODING_OPTIONS_H_

#include <cstdint>
#include <string>

namespace herodotus {

// Both engines. Comma-delimited clauses of [min, max] words are set aside before coding (an
// appositive, a relative clause, "officials said"); the begin_* limits apply to the clause that
// opens the sentence, end_* to the one that ends it. TABARI counts the words of its lexer, the
// noun-phrase engine words that are not punctuation; where each clause starts and ends is each
// engine's own rule (docs/coding.md).
struct CommaClauses {
  bool enabled = true;
  int min = 2, max = 10;
  int begin_min = 128, begin_max = 0;  // TABARI's default never sets the opening clause aside
  int end_min = 2, end_max = 10;

  enum class Position : uint8_t { kOpening, kInner, kClosing };
  // Whether a clause of `words` words at `position` is set aside: comma clauses on, and the
  // count within that position's limits (a maximum of 0: never).
  bool admits(Position position, int words) const {
    const int lo = position == Position::kOpening   ? begin_min
                   : position == Position::kClosing ? end_min
                                                    : min;
    const int hi = position == Position::kOpening   ? begin_max
                   : position == Position::kClosing ? end_max
                                                    : max;
    return enabled && hi > 0 && words >= lo && words <= hi;
  }
};

// TABARI: which events of a sentence are kept.
enum class CodeBy : uint8_t {
  kClause,    // the first event of each conjunction-delimited clause
  kSentence,  // the first event of the sentence
  kAll,       // every event
};

// TABARI: the complexity filter; a sentence meeting any active condition is not coded (+++).
struct ComplexityConditions {
  int verbs = 0;  // n or more verbs; 0: off
  int actors = 0;
  int pronouns = 0;
  int conjunctions = 0;
  int commas = 0;               // n or more comma-delimited clauses
  int late_verb = 0;            // no verb within n words of the start
  bool no_actor_prior = false;  // no actor before the first verb
  bool no_actor_after = false;  // no actor after the first verb
  bool no_verb = false;
  bool no_source = false;
  bool no_target = false;
  bool no_event = false;
};

// TABARI: actors assumed when the sentence names none.
struct DefaultActors {
  std::string source;  // empty: no default source
  std::string target;
  bool source_prior = false;  // PRIOR: the default source whenever no actor precedes the verb
  bool target_after = false;  // AFTER: the default target whenever no actor follows the verb
};

// TABARI: pronouns opening a sentence refer to the first actor of the previous sentence of the
// same story. The sequence format says where the story and sentence numbers are in a record id.
struct Forwarding {
  bool enabled = false;
  std::string format;  // ^ leading blanks, * any character, N story number, S sentence number
};

struct CodingOptions {
  // ---- Both engines
  CommaClauses commas;

  // ---- TABARI's engine (the settings of a .options file, manual chapter 8)
  CodeBy code_by = CodeBy::kClause;
  ComplexityConditions complexity;
  DefaultActors defaults;
  Forwarding forward;
  int minimum_words = 8;          // shorter sentences are not coded
  bool convert_agents = false;    // agents without an actor become actors with the agent's code
  bool four_digit_years = false;  // record dates are YYYYMMDD rather than YYMMDD
  bool time_shift = true;         // apply <TIME> phrases (when the dictionary has any)
  bool fbis = false;              // FBIS formatting: skip [bracketed] text and numbered prefixes

  // ---- The noun-phrase engine (PETRARCH's settings, then the project's reading)
  bool require_dyad = true;  // drop events whose source or target is "---"
  // Without require_dyad: an event with a side the dictionaries do not know stands only when
  // the other side has a country or an organisation ("Arnor attacked the old bridge", not
  // "soldiers attacked the old bridge"); PETRARCH keeps any.
  bool unknown_side_needs_country = false;
  // A phrase whose head is a thing by WordNet ("a tale of American decline") is never an event's
  // source, and "it" never refers to it; a document ("a congressional report") is the source of
  // verbal events only, an attack ("Tuesday's Turkish air raid") of violence only. PETRARCH
  // codes a phrase by any actor word in it ("Arnor's death toll has risen").
  bool sources_can_act = false;
  // An event stands only with a political actor on one side (a government, military, police,
  // court, party, rebels, an international organisation..., or a country named alone): "Second-
  // seeded Vera Zvonareva of Russia beat Ioana Raluca Olaru of Romania" is none.
  bool political_side_required = false;
  // Members of one list may be source and target of a verb coded one way (PETRARCH: "Arnor,
  // Gondor and Rohan condemned ..." pairs them); the project's settings pair list members only
  // for reciprocal verbs ("Arnor and Gondor met"), as countries listed together ("people in
  // China, Australia and the United States") do nothing to one another.
  bool list_members_interact = true;
  // A story gives events only when at least this share of its sentences name a political actor
  // (0: any story): sport, products, markets, reviews and fiction give none.
  double political_share_min = 0.0;
  // A story that names several sport words ("coach", "innings", "seeded", "league"), in at least
  // this share of its sentences, gives no events (0: no such test): the nations in "Russia beat
  // Romania 6-3" and "Japan" in "had left for Japan on rugby matters" are teams and venues.
  double sport_share_min = 0.0;
  int new_actor_length = 0;  // > 0: an uncoded noun phrase of at most N words is its own actor
  // Code only what happened: a negated verb ("did not attack"), a modal one ("would attack",
  // "could strike"), an infinitive after a verb of intention ("planning to attack") and a verb
  // in an if-clause are not events; announced acts are intents or threats, refused ones
  // rejections. PETRARCH codes them all.
  bool facts_only = false;
  // Pronouns and role nouns stand for the latest compatible actor of the story ("he",
  // "the dictator"; "his defence minister" is BLRGOV for Lukashenko).
  bool resolve_pronouns = false;
  // A statement that reports another actor's hostile act is the speaker's accusation (112), one
  // that announces the speaker's own a threat; quoted words are their speaker's.
  bool reported_speech = false;
  // A multi-word actor or agent name is one noun phrase, prepositions and conjunctions inside it
  // included ("Doctors Without Borders", "Bosnia and Herzegovina").
  bool whole_names = false;
  // A pattern coded [---] means "no event here" ("feared dead"); PETRARCH falls back to the
  // verb's own code instead.
  bool null_patterns_code_nothing = false;
  // Clauses read as a parser would: a comma clause that starts with a verb is the sentence's own;
  // a relative clause is set aside whatever its length; a quotation ends the words before a verb
  // ('"...," he said'); a dictionary verb form right after a preposition is a noun.
  bool clause_aware_commas = false;
  // A noun phrase that names a country and a person ("Belarusian president Aleksandr
  // Lukashenko") is about the person; PETRARCH takes the first actor.
  bool prefer_people = false;
  // A noun phrase with agents and no actor but a town or region the places stage found ("the
  // mayor of Nablus", "Donetsk officials") is that place's country's.
  bool places_as_countries = false;
  // A phrase that is only a town or region ("shelled Kharkiv", "Kharkiv was shelled") is its
  // country as an event's target, never as its source.
  bool places_as_targets = false;
  // An agent of no country ("the government", "police", "prosecutors": ---GOV, ---COP, ---JUD)
  // is of the story's country, when its places name one country far more than any other.
  bool story_country_for_agents = false;
  // In a sentence naming a disaster or an accident ("hundreds were killed in the typhoon"),
  // violence (roots 18-20) is an event only when an armed actor (soldiers, rebels, police, an
  // armed group) does it.
  bool disasters_are_not_attacks = false;
  // An act done to people (a release, an arrest, an expulsion, torture, a killing: the codes
  // of the lexicon's [acts on people]) whose object is a text or a thing is another sense of its
  // verb: "released a video", "a statement released by the ministry" are no release.
  bool acts_on_people_need_people = false;
  // Acts done with nobody acted on (the lexicon's [acts done alone]: declining to comment,
  // claiming or denying responsibility, protesting) are events with no target named: "the
  // Kremlin declined to comment" is RUS 011 with target ---.
  bool acts_done_alone = false;
  // A person the story names in full ("Condoleezza Rice") is the phrase that names them by
  // last name alone, before or after ("Rice Lauds...", "Ms Rice said"), when nobody else in
  // the story bears that name.
  bool surnames = false;
  // A verb whose entry leaves out its uninflected form because that form is mostly a noun
  // ("release", "end", "order", "sanction") has it where only a verb can stand: after a modal
  // ("will not release"), DO ("did not end") or an infinitive's TO before its object ("agreed
  // to release the pilots", but "an end to torture in prisons").
  bool bare_lemmas = false;
  // A person the dictionaries know only in dated offices, named on a date outside them, is of
  // the country of the nearest office, not "---"; the phrase's words give the rest ("former
  // secretary of state Tillerson" in 2020 is USAELI, "Tillerson" alone USA).
  bool people_out_of_office = false;
  // An act of giving (the lexicon's [acts of giving]: aid, peacekeepers, property returned)
  // with no target bound by its pattern is toward the phrase after TO, not the thing given:
  // "returned six Iraqi artifacts to the government of Iraq" is toward IRQGOV.
  bool recipients_as_targets = false;
  // Troops that arrive are no visitors: a visit (042/043) by troops ([troop nouns]) is none, or
  // peacekeeping (074) where the sentence speaks of it ("British troops have arrived in Mali to
  // join the United Nations peacekeeping mission").
  bool forces_are_no_visitors = false;
  // A person or body named by a name of their own but known only by role, of no country
  // ("Labor Minister Maurizio Sacconi" ---GOV, "Gov. Phil Murphy"), is a known side: their
  // event stands with the other side unknown ("declined to comment", "expressed pessimism"),
  // as a side with a country does. Roles named by common nouns alone ("the agency",
  // "reporters") still need a country.
  bool named_roles_stand = false;
  // One who speaks for a body is of it: "a spokesman for the Taliban" is the Taliban's
  // (AFGREB), "an envoy for the United Nations" the UN's (the lexicon's [speakers for]).
  bool speakers_for_bodies = false;
  // A statement that another actor must act is a demand on it (100): "The U.S. has said that
  // North Korea must first disarm" (the lexicon's [obligation modals]; the subject of the modal
  // is the target, and must be coded and not the speaker).
  bool reported_demands = false;
  // With no coded phrase to aim at, an act's unknown target is the phrase after the words its
  // pattern matched, not those words: "expressed pessimism over Alitalia's future", "launched
  // an investigation into the business dealings of Kempinski" (the span an analyst reads).
  bool targets_after_content = false;
  // Events said with a noun ("the Israeli attack on Jenin", "clashes between police and
  // protesters", "farmers launched protests against the law") are coded like the verb the noun
  // spells, with the sides its modifiers, prepositions or light verb give; PETRARCH codes verbs
  // only.
  bool noun_events = false;
};

// The defaults of each dialect of dictionaries.
CodingOptions tabari_coding_options();     // TABARI 0.8.4's
CodingOptions petrarch_coding_options();   // PETRARCH-1's
CodingOptions herodotus_coding_options();  // the project's: facts, references, reported speech...

}  // namespace herodotus

#endif  // HERODOTUS_CODING_OPTIONS_H_
