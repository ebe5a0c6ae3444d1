#include "code/word_classes.h"

#include <array>
#include <cctype>
#include <iterator>

#include "lex/wordnet.h"

namespace herodotus::code {

bool in_chunk_class(WordClass c) {
  return c == WordClass::kDeterminer || c == WordClass::kPossessive || c == WordClass::kNoun ||
         c == WordClass::kAdjective || c == WordClass::kUnknown || c == WordClass::kNumber ||
         c == WordClass::kPossessiveMarker;
}

bool joining_hyphen(const SentenceReading& r, int k) {
  return k > 0 && k + 1 < r.size() && r.form(k) == "-" && in_chunk_class(r.wc(k - 1)) &&
         (in_chunk_class(r.wc(k + 1)) || r.wc(k + 1) == WordClass::kVerb);
}

bool irregular_past(const CoderContext& ctx, std::string_view w) {
  if (ctx.english.past_forms.count(w)) return true;
  // Listed forms of a verb (SAID, BROKE, HELD) behave like -ED forms.
  const uint32_t* form = ctx.index.verb_form(w);
  if (form == nullptr) return false;
  // Not the base, and not a present or -ING form of it (BREAKS, MEETING).
  const dict::Dictionary& d = ctx.d();
  const std::string& base = d.verbs[d.roots[*form].entry].root_text;
  if (w == base || ends_with(w, "ING")) return false;
  bool third_person =
      w.size() > base.size() && w.compare(0, base.size(), base) == 0 && w.back() == 'S';
  return !third_person;
}

bool past_form(const CoderContext& ctx, std::string_view w) {
  return ends_with(w, "ED") || ends_with(w, "EN") || irregular_past(ctx, w);
}

bool capital_marks_name(const CoderContext& ctx, const SentenceReading& r, int i) {
  return r.words[static_cast<size_t>(i)].capitalized && i > 0 && !r.all_caps &&
         !(r.title_case && ctx.options.clause_aware_commas);
}

namespace {

bool inflected_verb(const CoderContext& ctx, std::string_view w) {
  return ends_with(w, "ED") || ends_with(w, "S") || ends_with(w, "ING") || irregular_past(ctx, w);
}

// An upper-case word in lower case, as the lexicon lists words, written into `buffer`; empty for
// one longer than any word it lists.
using LowerBuffer = std::array<char, 40>;
std::string_view lowered(std::string_view upper, LowerBuffer& buffer) {
  if (upper.size() > buffer.size()) return {};
  for (size_t k = 0; k < upper.size(); ++k)
    buffer[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(upper[k])));
  return {buffer.data(), upper.size()};
}

// The parts of speech Brill's lexicon gives an upper-case word form.
lex::WordTags lexical_tags(std::string_view upper) {
  LowerBuffer buffer;
  std::string_view lower = lowered(upper, buffer);
  return lower.empty() ? lex::WordTags{} : lex::WordNet::builtin().tags(lower);
}

// Brill's tags of word i, looked up once per sentence.
const lex::WordTags& word_tags(const SentenceReading& r, int i) {
  const Word& w = r.words[static_cast<size_t>(i)];
  if (!w.tags_read) {
    w.tags = lexical_tags(w.form);
    w.tags_read = true;
  }
  return w.tags;
}

// WordNet's senses of an upper-case word as a noun.
lex::WordSenses noun_senses(std::string_view upper) {
  LowerBuffer buffer;
  std::string_view lower = lowered(upper, buffer);
  return lower.empty() ? lex::WordSenses{} : lex::WordNet::builtin().noun(lower);
}

// Whether an upper-case word is a noun whose commonest sense is a message or a text: STATEMENT,
// REPORT, RECOMMENDATION.
bool names_a_text(std::string_view upper) {
  return lex::names_communication(noun_senses(upper));
}

// Whether an upper-case word is a noun that WordNet knows, whose commonest sense is no person or
// group, nor a text or a place, which speak for someone: TANK, BORDER, ARTILLERY (but not
// SOLDIERS, POLICE, STATEMENT, STATES).
bool names_no_one(std::string_view upper) {
  lex::WordSenses senses = noun_senses(upper);
  switch (senses.noun_first) {
    case lex::format::kNoSense:
    case lex::kNounTops:
    case lex::kNounPerson:
    case lex::kNounGroup:
    case lex::kNounCommunication:
    case lex::kNounLocation:
    case lex::kNounTime:  // "sent a letter last month asking for"
      return false;
    default:
      return true;
  }
}

// Nothing that could be its object follows word i: a preposition, TO, a conjunction, a clause's
// end ("a hunger strike to protest").
bool no_object_follows(const SentenceReading& r, int i) {
  if (i + 1 >= r.size()) return true;
  WordClass c = r.wc(i + 1);
  return c == WordClass::kPreposition || c == WordClass::kTo || c == WordClass::kConjunction ||
         c == WordClass::kComma || c == WordClass::kEnd;
}

// Whether what follows word i starts an object or a complement: a determiner, a possessive, a
// pronoun, TO, THAT, a preposition or a name ("calling on Ottawa", "urging the government").
bool object_follows(const SentenceReading& r, int i) {
  if (i + 1 >= r.size()) return false;
  WordClass c = r.wc(i + 1);
  return c == WordClass::kDeterminer || c == WordClass::kPossessive || c == WordClass::kPronoun ||
         c == WordClass::kTo || c == WordClass::kComplementizer || c == WordClass::kPreposition ||
         r.words[static_cast<size_t>(i) + 1].capitalized;
}

// A dictionary verb form after "re-" ("re-examine", "re-imposed"), with the project's reading;
// else the word itself.
std::string_view without_re(const CoderContext& ctx, std::string_view w) {
  if (!ctx.options.clause_aware_commas || w.size() < 6 || w.substr(0, 3) != "RE-") return w;
  std::string_view rest = w.substr(3);
  return ctx.index.verb_form(rest) != nullptr ? rest : w;
}

bool is_verb_form(const CoderContext& ctx, std::string_view w) {
  return ctx.index.verb_form(without_re(ctx, w)) != nullptr || ctx.index.multiword(w) != nullptr;
}

// The class a word has alone, before its neighbours are looked at.
WordClass class_alone(const CoderContext& ctx, const SentenceReading& r, int i) {
  const English& en = ctx.english;
  const Word& t = r.words[static_cast<size_t>(i)];
  std::string_view w = t.form;
  char c0 = w.empty() ? ' ' : w[0];
  if (w == "," || w == ";") return WordClass::kComma;
  if (w == "." || w == "!" || w == "?") return WordClass::kEnd;
  if (w == "\"") return WordClass::kQuote;
  if (w == "'S" || (w == "'" && i > 0)) return WordClass::kPossessiveMarker;
  if (!std::isalnum(static_cast<unsigned char>(c0)) && c0 != '&' &&
      static_cast<unsigned char>(c0) < 0x80)
    return WordClass::kPunct;
  if (t.proper) return WordClass::kNoun;
  if (w == "TO") return WordClass::kTo;
  // The closed classes first; the lists of adverbs and adjectives after the dictionary's verbs
  // and names.
  using Listed = English::Listed;
  static constexpr WordClass kClosedClass[] = {WordClass::kDeterminer,  WordClass::kPossessive,
                                               WordClass::kPronoun,     WordClass::kConjunction,
                                               WordClass::kModal,       WordClass::kAuxiliary,
                                               WordClass::kNegation,    WordClass::kComplementizer,
                                               WordClass::kPreposition, WordClass::kNumber};
  static_assert(std::size(kClosedClass) == static_cast<size_t>(Listed::kAdverb));
  auto found = en.listed.find(w);
  const Listed* listed = found == en.listed.end() ? nullptr : &found->second;
  if (listed != nullptr && *listed < Listed::kAdverb)
    return kClosedClass[static_cast<size_t>(*listed)];
  if (std::isdigit(static_cast<unsigned char>(c0))) return WordClass::kNumber;
  if (is_verb_form(ctx, w)) return WordClass::kVerb;
  if (capital_marks_name(ctx, r, i)) return WordClass::kNoun;
  if ((listed != nullptr && *listed == Listed::kAdverb) ||
      (ends_with(w, "LY") && w.size() > 4 && !en.is_adjective(w)))
    return WordClass::kAdverb;
  if (listed != nullptr && *listed == Listed::kAdjective) return WordClass::kAdjective;
  if (en.is_adjective(w)) {
    // An adjective by its ending only ("-ive", "-al") that Brill's lexicon mostly saw as
    // something else is that: "a GoFundMe representative told".
    lex::WordTags tags = ctx.options.clause_aware_commas ? word_tags(r, i) : lex::WordTags{};
    if (!tags.known() || tags.first == lex::format::kTagAdjective) return WordClass::kAdjective;
  }
  // A word Brill's lexicon mostly saw as an adjective is one: "Keen to stress ..., Sarkozy said".
  if (ctx.options.clause_aware_commas && word_tags(r, i).first == lex::format::kTagAdjective)
    return WordClass::kAdjective;
  return WordClass::kUnknown;
}

// Whether word k lies in a phrase a determiner or a possessive opens, looking back over the
// phrase's words: "a one-on-one", "the gun".
bool in_determiner_phrase(const SentenceReading& r, int k) {
  for (; k >= 0 && in_chunk_class(r.wc(k)); --k)
    if (r.wc(k) == WordClass::kDeterminer || r.wc(k) == WordClass::kPossessive) return true;
  return false;
}

// Whether word i (after a conjunction), mostly seen as a noun, joined by AND or OR to a
// lower-case noun of a determiner-led phrase and followed by a word mostly seen as a noun,
// modifies that noun with it: "a gun and bomb attack" (but "militants who fire rockets and
// mortars and attack troops").
bool joined_noun_modifier(const SentenceReading& r, int i, const lex::WordTags& tags) {
  if (i < 2 || i + 1 >= r.size() || !tags.first_is_noun()) return false;
  const WordClass before = r.wc(i - 2);
  return (before == WordClass::kNoun || before == WordClass::kUnknown) &&
         !r.words[static_cast<size_t>(i) - 2].capitalized && word_tags(r, i + 1).first_is_noun() &&
         in_determiner_phrase(r, i - 2);
}

// An -ING form opening a clause right before a past verb, an auxiliary or a modal is its
// subject: "as air raids and shelling resumed" (but "but planning strikes on Belarus").
bool gerund_subject(const CoderContext& ctx, const SentenceReading& r, int i) {
  const WordClass prev = i > 0 ? r.wc(i - 1) : WordClass::kPunct;
  if (!ends_with(r.form(i), "ING") || i + 1 >= r.size() ||
      (prev != WordClass::kConjunction && prev != WordClass::kComma && prev != WordClass::kPunct))
    return false;
  const WordClass next = r.wc(i + 1);
  return next == WordClass::kAuxiliary || next == WordClass::kModal ||
         (r.verbish(i + 1) && past_form(ctx, r.form(i + 1)));
}

// Is the dictionary verb form at i used as a noun here? Without a parser, by its neighbours:
//   after a determiner, possessive, adjective, number or 's: a noun ("an attack", "its visit");
//   capitalised mid-sentence: part of a name;
//   after a noun, a noun when a verb or OF follows ("peace talks have", "the trade of"), or
//   when it is an uninflected head after a name inside a determiner phrase ("an anti-Gondor
//   parade": a bare name there is a modifier, and the subject of a present-tense verb would
//   take -S); otherwise a verb ("the mayor left", "crowds trashed").
// With the project's settings Brill's lexicon weighs in where the neighbours leave it open.
bool dictionary_verb_is_noun(const CoderContext& ctx, const SentenceReading& r, int i) {
  const Word& t = r.words[static_cast<size_t>(i)];
  const int n = r.size();
  WordClass prev = i > 0 ? r.wc(i - 1) : WordClass::kPunct;
  // A past form after an auxiliary and a word that can be an adjective is a verb: the word is an
  // adverb there ("have long rejected", "had early agreed").
  if (prev == WordClass::kAdjective && i >= 2 && r.wc(i - 2) == WordClass::kAuxiliary &&
      (ends_with(t.form, "ED") || irregular_past(ctx, t.form)))
    return false;
  if (prev == WordClass::kDeterminer || prev == WordClass::kPossessive ||
      prev == WordClass::kAdjective || prev == WordClass::kNumber ||
      prev == WordClass::kPossessiveMarker)
    return true;
  if (capital_marks_name(ctx, r, i)) return true;
  const bool clause_aware = ctx.options.clause_aware_commas;
  const lex::WordTags tags = clause_aware ? word_tags(r, i) : lex::WordTags{};
  // First in the sentence, a word mostly seen as a noun is one: "Clashes between ...", "Attack
  // kills five" (an imperative is rare in news).
  if (i == 0 && tags.first_is_noun()) return true;
  if (prev == WordClass::kConjunction && joined_noun_modifier(r, i, tags)) return true;
  if (clause_aware && gerund_subject(ctx, r, i)) return true;
  // An -ING form inside a determiner-led phrase is a noun: "a one-on-one meeting", "the
  // fighting"; one mostly seen as a gerund, after a text and before its own object, says what
  // the text says: "issued a statement calling on Ottawa to act".
  if (clause_aware && ends_with(t.form, "ING") && i > 0 && in_determiner_phrase(r, i - 1) &&
      !(tags.first == lex::format::kTagGerund && names_a_text(r.form(i - 1)) &&
        object_follows(r, i)))
    return true;
  // Right after a preposition it is a noun ("in exile", "after talks"); a gerund stays a verb
  // ("by attacking").
  if (prev == WordClass::kPreposition && clause_aware && !ends_with(t.form, "ING")) return true;
  // Right after an inflected verb it is the object: "fired tear gas", "resumed talks"; so is a
  // word mostly seen as a noun after any verb: "to launch attacks".
  if ((prev == WordClass::kVerb || prev == WordClass::kOtherVerb) &&
      (inflected_verb(ctx, r.form(i - 1)) || tags.first_is_noun()))
    return true;
  bool after_noun = prev == WordClass::kUnknown || prev == WordClass::kNoun;
  if (!after_noun) return false;
  bool past = ends_with(t.form, "ED") || ends_with(t.form, "EN") || irregular_past(ctx, t.form);
  int next = i + 1;
  // Before a verb it is a noun ("peace talks have"), unless it is mostly a verb and what follows
  // mostly a noun: "Saudi Arabia lifts blockade".
  if (!past && next < n && r.verbish(next) &&
      !(tags.first_is_verb() && word_tags(r, next).first_is_noun()))
    return true;
  if (!past && next < n && r.form(next) == "OF") return true;
  // A word mostly seen as a noun, after a lower-case noun or adjective and with no object after
  // it, heads a compound: "terrorist attacks in Tehran", "the border clashes." (after a name it
  // stays a verb: "Israel strikes in Gaza").
  const Word& before = r.words[static_cast<size_t>(i) - 1];
  if (!past && !before.capitalized && no_object_follows(r, i) && tags.first_is_noun()) return true;
  // So does a gerund after a lower-case noun that names no one: "Israeli tank shelling in
  // Gaza", "border fighting"; after people it opens a clause ("soldiers shelling the town").
  if (clause_aware && ends_with(t.form, "ING") && !before.capitalized && no_object_follows(r, i) &&
      names_no_one(r.form(i - 1)))
    return true;
  // Only a name written as one modifies a noun this way: "the police use" is a subject and its
  // verb.
  if (past || ends_with(t.form, "S") || ends_with(t.form, "ING") || !before.proper ||
      (clause_aware && !before.capitalized))
    return false;
  // An object or clause after it makes it a verb after all ("agree that", "parade the").
  if (next < n) {
    WordClass c = r.wc(next);
    if (c == WordClass::kDeterminer || c == WordClass::kPossessive || c == WordClass::kPronoun ||
        c == WordClass::kComplementizer || c == WordClass::kTo ||
        r.words[static_cast<size_t>(next)].proper)
      return false;
  }
  for (int k = i - 1; k >= 0; --k) {
    WordClass c = r.wc(k);
    if (c == WordClass::kDeterminer || c == WordClass::kPossessive) return true;
    if (!in_chunk_class(c) && !joining_hyphen(r, k)) return false;
  }
  return false;
}

// An unknown -ED or -ING word after a subject or an auxiliary is a verb ("crowds trashed", "was
// seen"); after a determiner or adjective it is a participle modifying a noun ("the affected
// villages", "a clearly inebriated official").
WordClass unknown_word_class(const CoderContext& ctx, const SentenceReading& r, int i) {
  std::string_view w = r.form(i);
  WordClass prev = i > 0 ? r.wc(i - 1) : WordClass::kPunct;
  bool participle_shape = (w.size() > 4 && (ends_with(w, "ED") || ends_with(w, "ING"))) ||
                          ctx.english.past_forms.count(w) > 0;
  bool modifier_position =
      prev == WordClass::kDeterminer || prev == WordClass::kPossessive ||
      prev == WordClass::kAdjective ||
      (prev == WordClass::kAdverb && i > 1 &&
       (r.wc(i - 2) == WordClass::kDeterminer || r.wc(i - 2) == WordClass::kPossessive));
  bool after_subject = prev == WordClass::kNoun || prev == WordClass::kUnknown ||
                       prev == WordClass::kPronoun || prev == WordClass::kAuxiliary ||
                       prev == WordClass::kModal || prev == WordClass::kTo ||
                       prev == WordClass::kNegation || prev == WordClass::kAdverb;
  if (participle_shape && modifier_position) return WordClass::kAdjective;
  if (participle_shape && after_subject) return WordClass::kOtherVerb;
  // A gerund after a preposition, or a participle after a comma, with its object after it, is
  // no noun of a phrase: "accused the president of compromising his office", "seized Gaza,
  // ousting Mr. Abbas's troops".
  if (ends_with(w, "ING") && (prev == WordClass::kPreposition || prev == WordClass::kComma) &&
      i + 1 < r.size() && ctx.options.clause_aware_commas) {
    const WordClass next = r.wc(i + 1);
    // "including", "following" after a comma join a phrase as prepositions do.
    const bool prepositional = w == "INCLUDING" || w == "FOLLOWING" || w == "REGARDING" ||
                               w == "CONCERNING" || w == "EXCLUDING";
    const bool name_next =
        prev == WordClass::kComma && !prepositional && capital_marks_name(ctx, r, i + 1);
    if (!prepositional && (next == WordClass::kDeterminer || next == WordClass::kPossessive ||
                           next == WordClass::kPronoun || next == WordClass::kNumber || name_next))
      return WordClass::kOtherVerb;
  }
  // A word mostly seen as a verb, after a subject: "Saudi Arabia lifts", "police use".
  if (after_subject && !modifier_position && ctx.options.clause_aware_commas &&
      word_tags(r, i).first_is_verb())
    return WordClass::kOtherVerb;
  return WordClass::kUnknown;
}

// A particle the lexicon lists as an adverb, right after a verb, is one, though a multi-word verb
// begins with it ("down tools"): "will lay down their arms".
bool particle_after_verb(const CoderContext& ctx, const SentenceReading& r, int i) {
  if (i == 0 || !ctx.options.clause_aware_commas) return false;
  const WordClass prev = r.wc(i - 1);
  if (prev != WordClass::kVerb && prev != WordClass::kOtherVerb) return false;
  auto found = ctx.english.listed.find(r.form(i));
  return found != ctx.english.listed.end() && found->second == English::Listed::kAdverb;
}

// Whether only a verb can stand at word i: after a modal or DO ("will release", "did not end"),
// over adverbs and a negation; or after TO with an object next ("to release the pilots", "to end
// violence"; but "an end to torture in prisons"). Not before a particle, which makes another
// verb of it ("free up funds").
bool verb_position(const SentenceReading& r, int i) {
  // A particle after it makes another verb: "would free up funds", "end up".
  if (i + 1 < r.size()) {
    std::string_view next = r.form(i + 1);
    if (next == "UP" || next == "OUT" || next == "OFF" || next == "DOWN" || next == "AWAY")
      return false;
  }
  int k = i - 1;
  while (k >= 0 && (r.wc(k) == WordClass::kAdverb || r.wc(k) == WordClass::kNegation)) --k;
  if (k < 0) return false;
  std::string_view w = r.form(k);
  if (r.wc(k) == WordClass::kModal || w == "DO" || w == "DOES" || w == "DID") return true;
  if (r.wc(k) != WordClass::kTo || k != i - 1 || i + 1 >= r.size()) return false;
  WordClass next = r.wc(i + 1);
  return next == WordClass::kDeterminer || next == WordClass::kPossessive ||
         next == WordClass::kPronoun || next == WordClass::kNumber || next == WordClass::kNoun ||
         next == WordClass::kUnknown || next == WordClass::kAdjective;
}

}  // namespace

void classify_words(const CoderContext& ctx, SentenceReading& r) {
  for (int i = 0; i < r.size(); ++i) r.words[static_cast<size_t>(i)].wc = class_alone(ctx, r, i);
  // Verb or noun? Decided left to right, so each decision sees the one before it.
  for (int i = 0; i < r.size(); ++i) {
    Word& t = r.words[static_cast<size_t>(i)];
    if (t.wc == WordClass::kVerb) {
      if (particle_after_verb(ctx, r, i))
        t.wc = WordClass::kAdverb;
      else if (dictionary_verb_is_noun(ctx, r, i))
        t.wc = WordClass::kNoun;
    } else if ((t.wc == WordClass::kUnknown || t.wc == WordClass::kAdjective) &&
               ctx.options.bare_lemmas && ctx.index.bare_lemma(t.form) != nullptr &&
               verb_position(r, i)) {
      t.wc = WordClass::kVerb;
    } else if (t.wc == WordClass::kUnknown) {
      t.wc = unknown_word_class(ctx, r, i);
    }
  }
  mark_closing_quotes(r);
}

// The be form before a past participle ("were killed", "has been arrested"), over adverbs and
// negations, within four words; or -1.
int be_auxiliary(const CoderContext& ctx, const SentenceReading& r, int verb) {
  if (!past_form(ctx, r.form(verb))) return -1;
  for (int k = verb - 1, steps = 0; k >= 0 && steps < 4; --k, ++steps) {
    const Word& w = r.words[static_cast<size_t>(k)];
    if (w.set_aside) continue;
    if (ctx.english.be_forms.count(w.form)) return k;
    if (w.wc != WordClass::kAdverb && w.wc != WordClass::kNegation) return -1;
  }
  return -1;
}

const uint32_t* verb_root(const CoderContext& ctx, std::string_view word) {
  const uint32_t* form = ctx.index.verb_form(without_re(ctx, word));
  if (form == nullptr && ctx.options.bare_lemmas) form = ctx.index.bare_lemma(word);
  return form;
}

bool participle_form(const CoderContext& ctx, std::string_view w) {
  if (!past_form(ctx, w)) return false;
  lex::WordTags tags = lexical_tags(w);
  return !tags.known() || tags.has(lex::format::kTagParticiple);
}

}  // namespace herodotus::code
