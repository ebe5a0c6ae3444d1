#include "code/speech.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "code/actors.h"
#include "code/bindings.h"
#include "code/clauses.h"
#include "code/word_classes.h"

namespace herodotus::code {

int root_of(std::string_view code) {
  if (code.size() < 2 || !std::isdigit(static_cast<unsigned char>(code[0])) ||
      !std::isdigit(static_cast<unsigned char>(code[1])))
    return -1;
  return (code[0] - '0') * 10 + (code[1] - '0');
}

bool is_statement(const CoderContext& ctx, const dict::EventCodeSpec& spec) {
  return !spec.is_paired && spec.code != dict::kNullCode && ctx.d().codes.text(spec.code) == "010";
}

bool statement_verb(const CoderContext& ctx, const SentenceReading& r, int j) {
  if (j < 0 || j >= r.size()) return false;
  if (r.wc(j) != WordClass::kVerb || r.words[static_cast<size_t>(j)].set_aside) return false;
  const dict::Dictionary& d = ctx.d();
  const uint32_t* form = verb_root(ctx, r.form(j));
  return form != nullptr && is_statement(ctx, d.verbs[d.roots[*form].entry].code);
}

namespace {

// Whether `subject` is the state forces or government of the state `speaker` speaks for (the
// country itself, its government, military or police): "the defence ministry said troops had
// killed at least 33 separatists" (LKAGOVMIL of LKAMIL) reports its own act.
bool state_forces_of(std::string_view speaker, std::string_view subject) {
  auto state = [](std::string_view code) {
    return code.size() >= 3 && !code.starts_with("---") &&
           !any_sector(code, [](std::string_view sector) {
             return sector != "GOV" && sector != "MIL" && sector != "COP";
           });
  };
  return subject.size() >= 6 && speaker.substr(0, 3) == subject.substr(0, 3) && state(speaker) &&
         state(subject);
}

bool hostile_root(int root) {
  return root >= 11 && root <= 20 && root != 14;  // protests are not hostile acts of one actor
}

// Does a statement verb come before word `k`?
bool after_statement(const CoderContext& ctx, const SentenceReading& r, int k) {
  for (int j = k - 1; j >= 0; --j)
    if (statement_verb(ctx, r, j)) return true;
  return false;
}

// Whether a negation comes before word `w` over auxiliaries, modals and adverbs: "is not
// willing", "does n't want".
bool negated_before(const SentenceReading& r, int w) {
  for (int k = w - 1; k >= 0; --k) {
    const Word& t = r.words[static_cast<size_t>(k)];
    if (t.set_aside) continue;
    if (t.wc == WordClass::kNegation) return true;
    if (t.wc != WordClass::kAuxiliary && t.wc != WordClass::kModal && t.wc != WordClass::kAdverb)
      return false;
  }
  return false;
}

// "threatened to attack the base and kill its general", "will meet and sign": the first of two
// verbs joined by AND or OR (`k`, over auxiliaries and adverbs before `v`), when `v` is in its
// plain form and the first follows TO or a modal, so that `v` is told as it is; -1 otherwise
// ("told Israel to dismantle outposts and demanded" is a demand made).
int joined_to(const CoderContext& ctx, const SentenceReading& r, int v, int k) {
  const std::string_view form = r.form(v);
  const bool plain = !past_form(ctx, form) && !ends_with(form, "ING") && !ends_with(form, "S");
  if (k < 1 || !plain || (r.form(k) != "AND" && r.form(k) != "OR") ||
      r.wc(k) != WordClass::kConjunction)
    return -1;
  for (int j = k - 1; j >= 0 && !r.is_clause_comma(j); --j) {
    const WordClass wc = r.wc(j);
    if (r.words[static_cast<size_t>(j)].set_aside ||
        (wc != WordClass::kVerb && wc != WordClass::kOtherVerb))
      continue;
    int before = j - 1;
    while (before >= 0 && r.wc(before) == WordClass::kAdverb) --before;
    const bool told =
        before >= 0 && (r.wc(before) == WordClass::kTo || r.wc(before) == WordClass::kModal);
    return told ? j : -1;
  }
  return -1;
}

}  // namespace

Modality modality(const CoderContext& ctx, const SentenceReading& r, int v) {
  const English& en = ctx.english;
  bool negated = false, future = false, hypothetical = false;
  int k = v - 1;
  // Over auxiliaries and adverbs: "has not yet", "would also", "did n't".
  for (; k >= 0; --k) {
    const Word& t = r.words[static_cast<size_t>(k)];
    if (t.set_aside) continue;
    if (t.wc == WordClass::kNegation || t.form == "NO") {
      negated = true;
      continue;
    }
    if (t.wc == WordClass::kModal) {
      // WOULD is the future only in reported speech ("said it would attack"); elsewhere it is
      // conditional ("would attack if...").
      bool will =
          en.future_modals.count(t.form) || (t.form == "WOULD" && after_statement(ctx, r, k));
      (will ? future : hypothetical) = true;
      continue;
    }
    if (t.wc == WordClass::kAuxiliary || t.wc == WordClass::kAdverb) continue;
    break;
  }
  const int first_verb = ctx.options.clause_aware_commas ? joined_to(ctx, r, v, k) : -1;
  if (first_verb >= 0) return modality(ctx, r, first_verb);
  // "warned against scrapping the agreement", "left without paying": a gerund after AGAINST or
  // WITHOUT tells what did not happen.
  // "responsible for advising British schools", "arrested for attacking police": after FOR it
  // tells a reason or a purpose.
  if (k >= 0 && ends_with(r.form(v), "ING") &&
      (r.form(k) == "AGAINST" || r.form(k) == "WITHOUT" || r.form(k) == "FOR"))
    return Modality::kNotAnEvent;
  // "No group has claimed responsibility", "Nobody was hurt": a subject that names no one
  // negates its verb.
  if (k >= 0 && ctx.options.clause_aware_commas && r.words[static_cast<size_t>(k)].element >= 0) {
    const Element& subject =
        r.elements[static_cast<size_t>(r.words[static_cast<size_t>(k)].element)];
    if (subject.kind != Element::kToken && en.no_one.count(r.form(subject.first))) negated = true;
  }
  if (k >= 0 && r.wc(k) == WordClass::kTo) {
    // "managed to", "began to": the act happened; "wants to", "is going to": intended;
    // "was asked to", "refused to": not told as the subject's act at all.
    int governor = k - 1;
    while (governor >= 0 && (r.wc(governor) == WordClass::kAdverb ||
                             r.words[static_cast<size_t>(governor)].set_aside))
      --governor;
    std::string_view g = governor < 0 ? std::string_view() : r.form(governor);
    if (en.implicative.count(g)) {
      // a fact
    } else if (en.intention.count(g)) {
      // "is not willing to", "does not want to": an intention denied is a refusal.
      future = true;
      negated = negated || negated_before(r, governor);
    } else if (en.refusal.count(g)) {
      // "refused to", "is unwilling to": the act refused.
      future = negated = true;
    } else {
      hypothetical = true;
    }
  }
  for (int j = v - 1; j >= 0 && !r.is_clause_comma(j); --j)
    if (en.conditionals.count(r.form(j))) hypothetical = true;
  if (hypothetical) return Modality::kNotAnEvent;
  if (future) return negated ? Modality::kRefused : Modality::kIntended;
  return negated ? Modality::kNotAnEvent : Modality::kFact;
}

std::string announced_code(std::string_view act, Modality modality) {
  // CAMEO's intents (03) and threats (13) for acts announced, rejections (12) for acts refused,
  // by the act's code prefix; the longest prefix first.
  struct Announced {
    std::string_view prefix, intended, refused;
  };
  static constexpr Announced kTable[] = {
      {"04", "036", "125"},    {"05", "032", "120"},    {"061", "0311", "1211"},
      {"062", "0312", "1212"}, {"063", "0313", "1213"}, {"064", "0314", "121"},
      {"06", "031", "121"},    {"071", "0331", "122"},  {"072", "0332", "122"},
      {"073", "0333", "122"},  {"074", "0334", "122"},  {"07", "033", "122"},
      {"08", "035", "124"},    {"14", "133", ""},       {"161", "1313", ""},
      {"162", "1311", ""},     {"163", "1312", ""},     {"16", "131", ""},
      {"17", "137", ""},       {"191", "1381", ""},     {"192", "1382", ""},
      {"18", "1383", ""},      {"19", "1384", ""},      {"20", "1385", ""},
      {"15", "138", ""},       {"03", "", "120"}};
  for (const Announced& a : kTable) {
    if (act.rfind(a.prefix, 0) != 0) continue;
    if (modality == Modality::kIntended && !a.intended.empty()) return std::string(a.intended);
    if (modality == Modality::kRefused) return std::string(a.refused);
    break;
  }
  // Announced statements, appeals, intents, demands and threats are coded as they are.
  return modality == Modality::kIntended ? std::string(act) : std::string();
}

namespace {

// What a statement reports: the subject of the reported clause (the first phrase after the last
// nested statement: "he had been told that Kyiv was planning..."), whether it tells of a hostile
// act (a dictionary verb coded 13-20 but for protests, or a noun of force such as "attack",
// "strikes", "war"), its target, and whether it happened.
struct Reported {
  Binding subject, target;
  int root = -1;  // CAMEO root of the hostile act
  bool fact = true;
  // Told in the passive ("Bhutto may have been killed by terrorists"): the subject is who it was
  // done to, the doer the phrase right after BY (else FROM), if any.
  bool passive = false;
  Binding doer;
  bool subject_unnamed = false;  // the clause's subject is a phrase no dictionary codes
};

// The coded phrase right after OF or FROM that follows phrase `chunk` in `items`: whose the
// phrase's people or things are; -1 for none.
int owner_after(const SentenceReading& r, const std::vector<Item>& items, int chunk) {
  size_t k = 0;
  while (k < items.size() && !(items[k].kind == Item::kLeaveChunk && items[k].index == chunk)) ++k;
  if (k + 2 >= items.size() || items[k + 1].kind != Item::kWord) return -1;
  const std::string_view joiner = r.form(items[k + 1].index);
  if ((joiner != "OF" && joiner != "FROM") || items[k + 2].kind != Item::kEnterChunk) return -1;
  const int owner = items[k + 2].index;
  return r.chunks[static_cast<size_t>(owner)].coded ? owner : -1;
}

// Is the noun at `k` the object of a verb ("planning strikes", "unleash a war"), not a word in a
// prepositional phrase ("caused by the war")? Its phrase must follow a verb at once.
bool object_of_verb(const SentenceReading& r, int k) {
  const Element& el = r.elements[static_cast<size_t>(r.words[static_cast<size_t>(k)].element)];
  int before = el.first - 1;
  while (before >= 0 && r.words[static_cast<size_t>(before)].set_aside) --before;
  return before >= 0 && (r.wc(before) == WordClass::kVerb || r.wc(before) == WordClass::kOtherVerb);
}

// The first phrase or list in `items` that `fits`.
template <typename Fits>
Binding first_binding(const SentenceReading& r, const std::vector<Item>& items, Fits fits) {
  Binding b;
  for (const Item& it : items) {
    if (b.set()) break;
    if (it.kind == Item::kEnterCompound)
      b.compound = it.index;
    else if (it.kind == Item::kEnterChunk && r.chunks[static_cast<size_t>(it.index)].compound < 0 &&
             fits(it.index))
      b.chunk = it.index;
  }
  return b;
}

// The subject of a reported act at words [from, to): the clause's first phrase before the act,
// past phrases of time ("hotel guards had shot dead one of the attackers" names no one who
// shot: `subject_unnamed` is set), or whose it is after OF or FROM; without clause_aware_commas,
// the first coded phrase of the clause.
void find_subject(const CoderContext& ctx, const SentenceReading& r, int from, int to,
                  Reported& rep) {
  thread_local std::vector<Item> items;
  r.items(from, to, items);
  auto first_person = [&](int c) {
    return first_person_chunk(r, c, ctx.english.first_person_subjects);
  };
  const bool first_phrase = ctx.options.clause_aware_commas;
  rep.subject = first_binding(r, items, [&](int c) {
    const Chunk& chunk = r.chunks[static_cast<size_t>(c)];
    if (first_phrase && !chunk.coded && !names_a_time(ctx, r, chunk)) return true;
    return chunk.coded || first_person(c);
  });
  if (rep.subject.chunk < 0 || r.chunks[static_cast<size_t>(rep.subject.chunk)].coded ||
      first_person(rep.subject.chunk))
    return;
  // "five speedboats from the naval forces of Iran's Revolutionary Guards": whose they are.
  const int owner = owner_after(r, items, rep.subject.chunk);
  rep.subject = Binding{};
  if (owner >= 0)
    rep.subject.chunk = owner;
  else
    rep.subject_unnamed = true;
}

std::optional<Reported> reported_event(const CoderContext& ctx, const SentenceReading& r, int from,
                                       int end) {
  Reported rep;
  int clause_from = from;
  int hostile_at = -1;
  for (int k = from; k < end; ++k) {
    const Word& w = r.words[static_cast<size_t>(k)];
    if (w.set_aside) continue;
    if (w.wc == WordClass::kVerb && w.element < 0) {
      const dict::VerbEntry* entry = nullptr;
      int first = k, last = k;
      if (!find_verb(ctx, r, k, entry, first, last)) continue;
      dict::EventCodeSpec spec = verb_code_at(ctx, r, entry, first, last, clause_from);
      if (is_statement(ctx, spec)) {  // a nested statement: what it reports is what counts
        clause_from = last + 1;
        rep = Reported();
        hostile_at = -1;
        k = last;
        continue;
      }
      int root = spec.code == dict::kNullCode ? -1 : root_of(ctx.d().codes.text(spec.code));
      if (hostile_at < 0 && root >= 13 && root <= 20 && root != 14) {
        rep.root = root;
        rep.fact = modality(ctx, r, first) == Modality::kFact;
        rep.passive = ctx.options.clause_aware_commas && be_auxiliary(ctx, r, first) >= 0;
        hostile_at = last;
      }
      k = last;
      continue;
    }
    if (hostile_at < 0 && ctx.english.force_nouns.count(w.form) && w.element >= 0 &&
        object_of_verb(r, k)) {
      rep.root = 19;
      rep.fact = false;  // "planning strikes", "a war": the act is not told as done
      hostile_at = k;
    }
  }
  if (hostile_at < 0) return std::nullopt;
  // "told a meeting of officials that Ukraine was...": the reported clause starts after THAT.
  for (int k = hostile_at - 1; k >= clause_from; --k)
    if (r.form(k) == "THAT" && r.wc(k) == WordClass::kComplementizer &&
        !r.words[static_cast<size_t>(k)].set_aside) {
      clause_from = k + 1;
      break;
    }
  std::vector<Item> items;
  find_subject(ctx, r, clause_from, ctx.options.clause_aware_commas ? hostile_at : end, rep);
  r.items(hostile_at + 1, end, items);
  rep.target =
      first_binding(r, items, [&](int c) { return r.chunks[static_cast<size_t>(c)].coded; });
  if (rep.passive) {
    // The doer after BY, else where it came from: "a mortar bomb was fired at it from the Gaza
    // Strip".
    for (std::string_view by : {"BY", "FROM"}) {
      for (int k = hostile_at + 1; k + 1 < end && !rep.doer.set(); ++k) {
        if (r.form(k) != by || r.words[static_cast<size_t>(k)].set_aside) continue;
        r.items(k + 1, end, items);
        rep.doer = first_binding(r, items, [&](int c) {
          const Chunk& chunk = r.chunks[static_cast<size_t>(c)];
          return chunk.coded && chunk.first <= k + 1 && k + 1 <= chunk.last;
        });
      }
    }
  }
  return rep;
}

std::string speech_act(const CoderContext& ctx, const SentenceReading& r, Reported rep,
                       const std::string& speaker_code, bool claim, MatchResult& m) {
  // A passive names its doer after BY or not at all: "Ms. Bhutto was not killed by gunfire"
  // accuses nobody, least of all her.
  if (rep.passive) {
    if (!rep.doer.set()) return {};
    rep.subject = rep.doer;
  }
  // A subject no dictionary codes is nobody to accuse, and not the speaker either.
  if (rep.subject_unnamed && !rep.passive) return {};
  std::string subject_code = rep.subject.set() ? first_code(ctx, r, rep.subject) : "---";
  bool self = !rep.subject.set() || subject_code == speaker_code ||
              (rep.subject.chunk >= 0 &&
               first_person_chunk(r, rep.subject.chunk, ctx.english.first_person_subjects)) ||
              state_forces_of(speaker_code, subject_code);
  // Only a named actor can be accused ("the country's military" is nobody in particular).
  if (!self && subject_code.rfind("---", 0) != 0) {
    m.target = rep.subject;
    return "112";
  }
  // "The Houthis claimed that they had attacked the airport": a claim of responsibility, not
  // the attack.
  if (self && rep.fact && claim) {
    if (rep.target.set()) m.target = rep.target;
    return "015";
  }
  if (self && !rep.fact && rep.target.set() && first_code(ctx, r, rep.target) != speaker_code) {
    m.target = rep.target;
    return rep.root == 15 || rep.root == 18 || rep.root == 19 || rep.root == 20 ? "138" : "130";
  }
  return {};
}

// "said North Korea must first disarm": the phrase right before an obligation modal of the
// reported words [from, end), over adverbs; unset for none, and for a modal after a nested
// statement ("officials said Rice told al-Maliki he must...": the demand is Rice's).
Binding obliged(const CoderContext& ctx, const SentenceReading& r, int from, int end) {
  for (int k = from; k < end; ++k) {
    const Word& w = r.words[static_cast<size_t>(k)];
    if (statement_verb(ctx, r, k)) return {};
    if (w.set_aside || w.wc != WordClass::kModal || !ctx.english.obligation_modals.count(w.form))
      continue;
    int before = k - 1;
    while (before >= from && r.wc(before) == WordClass::kAdverb) --before;
    if (before < from || r.words[static_cast<size_t>(before)].element < 0) return {};
    const Element& el =
        r.elements[static_cast<size_t>(r.words[static_cast<size_t>(before)].element)];
    Binding b;
    if (el.kind == Element::kChunk) b.chunk = el.index;
    if (el.kind == Element::kCompound) b.compound = el.index;
    return b;
  }
  return {};
}

}  // namespace

std::string report_speech(const CoderContext& ctx, const SentenceReading& r, MatchResult& m,
                          int first, int last, int end) {
  std::optional<Reported> rep = reported_event(ctx, r, last + 1, end);
  if (!rep) {
    int quote_end = upper_start(ctx, r, first) - 1;
    if (quote_end > 0 && r.wc(quote_end) == WordClass::kQuote)
      rep = reported_event(ctx, r, 0, quote_end);
  }
  if (!rep) {
    if (!ctx.options.reported_demands) return {};
    Binding obligee = obliged(ctx, r, last + 1, end);
    if (!obligee.set()) return {};
    std::vector<Item> upper;
    r.items(upper_start(ctx, r, first), first, upper);
    Binding speaker = m.source.set() ? m.source : default_source(ctx, r, upper);
    const std::string obligee_code = first_code(ctx, r, obligee);
    if (obligee_code.starts_with("---") ||
        (speaker.set() && first_code(ctx, r, speaker) == obligee_code))
      return {};
    m.target = obligee;
    return "100";
  }
  std::vector<Item> upper;
  r.items(upper_start(ctx, r, first), first, upper);
  Binding speaker = m.source.set() ? m.source : default_source(ctx, r, upper);
  const bool claim = ctx.english.claim_verbs.count(r.form(first)) > 0;
  return speech_act(ctx, r, *rep, speaker.set() ? first_code(ctx, r, speaker) : "---", claim, m);
}

bool addressee(const CoderContext& ctx, const SentenceReading& r, int last, int end,
               MatchResult& m) {
  if (m.target.set()) return true;
  auto skip = [&](int k) {
    while (k < end && (r.words[static_cast<size_t>(k)].set_aside || r.wc(k) == WordClass::kAdverb))
      ++k;
    return k;
  };
  int k = skip(last + 1);
  if (k < end && r.wc(k) == WordClass::kTo) ++k;
  if (k >= end || r.words[static_cast<size_t>(k)].element < 0) return false;
  const Element& el = r.elements[static_cast<size_t>(r.words[static_cast<size_t>(k)].element)];
  if (el.first != k) return false;
  // "said Gondor would come": the phrase is the subject of what was said, not its addressee.
  int after = skip(el.last + 1);
  if (after < end && r.verbish(after)) return false;
  if (el.kind == Element::kCompound)
    m.target.compound = el.index;
  else if (el.kind == Element::kChunk)
    m.target.chunk = el.index;
  else
    return false;
  return first_code(ctx, r, m.target) != "---";
}

namespace {

// The root a verb's patterns mostly code, when they are hostile: a verb such as "violate" codes
// only through its patterns, but what it is about is clear.
int hostile_family(const CoderContext& ctx, const dict::VerbEntry& entry) {
  int hostile = 0, other = 0, first_root = -1;
  for (const dict::Pattern& p : entry.patterns) {
    if (p.code.code == dict::kNullCode) continue;
    int root = root_of(ctx.d().codes.text(p.code.code));
    bool h = hostile_root(root);
    (h ? hostile : other)++;
    if (h && first_root < 0) first_root = root;
  }
  return hostile > 0 && hostile >= 3 * other ? first_root : -1;
}

constexpr std::string_view kAccusationNote =
    "a quotation telling of another actor's hostile act: the speaker's accusation";

}  // namespace

void attribute_quotation(const CoderContext& ctx, const SentenceReading& r,
                         std::vector<CodedEvent>& events) {
  if (r.quote_begin < 0) return;
  const Span quoted{r.words[static_cast<size_t>(r.quote_begin)].span.begin,
                    r.words[static_cast<size_t>(r.quote_end) - 1].span.end};
  std::vector<CodedEvent> kept;
  for (CodedEvent& e : events) {
    if (!quoted.contains(e.verb.begin) || e.source == r.quote_speaker) {
      kept.push_back(std::move(e));
      continue;
    }
    if (hostile_root(root_of(e.code)) && e.source.rfind("---", 0) != 0) {
      e.target = e.source;
      e.target_span = e.source_span;
      e.source = r.quote_speaker;
      e.source_span = {};
      e.code = "112";
      e.note = kAccusationNote;
      kept.push_back(std::move(e));
    }
  }
  std::vector<Item> upper;
  for (int k = r.quote_begin; k < r.quote_end; ++k) {
    const Word& w = r.words[static_cast<size_t>(k)];
    if (w.set_aside || w.wc != WordClass::kVerb || w.element >= 0) continue;
    const dict::VerbEntry* entry = nullptr;
    int first = k, last = k;
    if (!find_verb(ctx, r, k, entry, first, last)) continue;
    if (entry->code.code != dict::kNullCode || hostile_family(ctx, *entry) < 0) continue;
    r.items(upper_start(ctx, r, first), first, upper);
    Binding subject = default_source(ctx, r, upper);
    std::string code = subject.set() ? first_code(ctx, r, subject) : "---";
    if (code.rfind("---", 0) == 0 || code == r.quote_speaker) continue;
    CodedEvent e;
    e.source = r.quote_speaker;
    e.target = code;
    e.code = "112";
    e.verb = {r.words[static_cast<size_t>(first)].span.begin,
              r.words[static_cast<size_t>(last)].span.end};
    e.entry = entry;
    e.note = kAccusationNote;
    kept.push_back(std::move(e));
    k = last;
  }
  events = std::move(kept);
}

}  // namespace herodotus::code
