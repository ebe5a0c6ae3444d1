#include "code/clauses.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "code/actors.h"
#include "code/bindings.h"
#include "code/speech.h"
#include "code/word_classes.h"

namespace herodotus::code {
namespace {

// Words (not punctuation) strictly between a and b that are not set aside.
int words_between(const SentenceReading& r, int a, int b) {
  int count = 0;
  for (int k = a + 1; k < b; ++k) {
    const Word& w = r.words[static_cast<size_t>(k)];
    if (!w.set_aside && !w.form.empty() && std::isalpha(static_cast<unsigned char>(w.form[0])))
      ++count;
  }
  return count;
}

void set_aside(SentenceReading& r, int a, int b) {
  for (int k = a; k <= b; ++k) r.words[static_cast<size_t>(k)].set_aside = true;
}

// Whether the words between commas `open` and `close` hold a dictionary verb and the rest of the
// sentence, as it stands, none: "Last week, Myanmar's government rejected any cooperation with
// the ICC, to which it is not a party" has its own clause between the commas.
bool only_verbs_here(const SentenceReading& r, int open, int close) {
  bool inside = false, outside = false;
  for (int k = 0; k < r.size(); ++k) {
    if (r.wc(k) != WordClass::kVerb || r.words[static_cast<size_t>(k)].set_aside) continue;
    (k > open && k < close ? inside : outside) = true;
  }
  return inside && !outside;
}

// Whether a dictionary verb stands between commas `open` and `close`.
bool has_verb(const SentenceReading& r, int open, int close) {
  for (int k = open + 1; k < close; ++k)
    if (r.wc(k) == WordClass::kVerb) return true;
  return false;
}

}  // namespace

void set_aside_comma_clauses(const CoderContext& ctx, SentenceReading& r) {
  const CommaClauses& limits = ctx.options.commas;
  const bool aware = ctx.options.clause_aware_commas;
  if (!limits.enabled) return;
  const int n = r.size();
  std::vector<int> commas;
  for (int i = 0; i < n; ++i)
    if (r.is_clause_comma(i)) commas.push_back(i);
  if (commas.empty()) return;
  int end = n;
  while (end > 0 && (r.wc(end - 1) == WordClass::kEnd || r.wc(end - 1) == WordClass::kQuote)) --end;
  using Position = CommaClauses::Position;
  // The clause that opens the sentence (its comma stays).
  if (limits.admits(Position::kOpening, words_between(r, -1, commas.front())))
    set_aside(r, 0, commas.front() - 1);
  // The clause that ends it ("..., officials said."), unless it is the sentence's own verb, or
  // (clause-aware) holds the sentence's only dictionary verb: "On Monday, Russia criticized
  // Germany" is no reporting clause after an opening one.
  int last = commas.back();
  bool verb_clause =
      aware && ((last + 1 < n && r.verbish(last + 1)) || only_verbs_here(r, last, end));
  if (limits.admits(Position::kClosing, words_between(r, last, end)) && !verb_clause)
    set_aside(r, last + 1, end - 1);
  if (limits.max <= 0) return;
  // Clauses between two commas go with both commas (PETRARCH keeps the closing comma inside the
  // noun phrase a parser would put it in; without one, the comma would cut the subject off from
  // its verb).
  for (size_t k = 0; k + 1 < commas.size(); ++k) {
    // Clause-aware: a comma that closed a removed clause still opens the next one
    // ("Tsikhanouskaya, the opposition leader, who runs a cabinet in exile, urged").
    if (r.words[static_cast<size_t>(commas[k])].set_aside && !aware) continue;
    bool in_range = limits.admits(Position::kInner, words_between(r, commas[k], commas[k + 1]));
    if (aware) {
      // ", who runs a cabinet out of exile in Lithuania," is about the phrase before it,
      // whatever its length; ", warned Ukraine against strikes," is the sentence's own verb.
      int first = commas[k] + 1;
      bool relative = ctx.english.relative_pronouns.count(r.form(first)) > 0;
      int v = first;
      while (v < commas[k + 1] && r.wc(v) == WordClass::kAdverb) ++v;
      bool verb_clause = r.verbish(v) || r.wc(v) == WordClass::kVerb;
      // After an opening phrase with no verb, a stretch with one starts the main clause:
      // "According to his website, the Iranian president called his counterpart, Michel Aoun,
      // on Tuesday to...".
      bool main_clause = k == 0 && !has_verb(r, -1, commas[0]) && has_verb(r, commas[0], commas[1]);
      // ", thus,", ", however,": an aside of adverbs goes with its commas, whatever its length.
      bool adverbs_only = commas[k + 1] > first;
      for (int w = first; w < commas[k + 1]; ++w)
        if (r.wc(w) != WordClass::kAdverb) adverbs_only = false;
      in_range = relative || adverbs_only ||
                 (in_range && !verb_clause && !main_clause &&
                  !only_verbs_here(r, commas[k], commas[k + 1]));
    }
    if (in_range) set_aside(r, commas[k], commas[k + 1]);
  }
}

int clause_end(const CoderContext& ctx, const SentenceReading& r, int i) {
  const int n = r.size();
  auto next_kept = [&](int k) {
    while (k < n && r.words[static_cast<size_t>(k)].set_aside) ++k;
    return k;
  };
  for (int j = i + 1; j < n; ++j) {
    const Word& w = r.words[static_cast<size_t>(j)];
    if (w.set_aside) continue;
    // A quoted verb's clause ends with the quotation: '"We have agreed," he told reporters'.
    if (r.in_quotation(i) && j >= r.quote_end) return j;
    if (w.wc == WordClass::kEnd && j >= n - 2) return j;
    if (w.wc == WordClass::kConjunction && w.element < 0) {
      int k = j + 1;
      while (k < n && (r.wc(k) == WordClass::kAdverb || r.words[static_cast<size_t>(k)].set_aside))
        ++k;
      if (r.verbish(k)) return j;
    }
    // "were killed after the Islamic State attacked": a phrase and a verb after a subordinator.
    if (ctx.options.clause_aware_commas && w.element < 0 &&
        ctx.english.subordinators.count(w.form) && j + 1 < n &&
        r.words[static_cast<size_t>(j) + 1].element >= 0) {
      const Element& next =
          r.elements[static_cast<size_t>(r.words[static_cast<size_t>(j) + 1].element)];
      if (r.verbish(next_kept(next.last + 1))) return j;
    }
    if (w.wc == WordClass::kComma && w.element < 0) {
      int k = next_kept(j + 1);
      if (r.verbish(k)) return j;
      if (k < n && r.words[static_cast<size_t>(k)].element >= 0) {
        int after = next_kept(
            r.elements[static_cast<size_t>(r.words[static_cast<size_t>(k)].element)].last + 1);
        if (r.verbish(after)) return j;
      }
    }
  }
  return n;
}

int upper_start(const CoderContext& ctx, const SentenceReading& r, int i) {
  const bool reported_statement = ctx.options.clause_aware_commas && statement_verb(ctx, r, i);
  for (int j = i - 1; j >= 0; --j) {
    if (r.is_clause_comma(j)) return j + 1;
    // "Officials said Rice told al-Maliki": the subject of a statement reported by another
    // follows the statement verb that reports it.
    if (reported_statement && j + 1 < i && statement_verb(ctx, r, j)) return j + 1;
    // "Soldiers rested after the Islamic State attacked": the subject follows the subordinator.
    if (ctx.options.clause_aware_commas && r.words[static_cast<size_t>(j)].element < 0 &&
        ctx.english.subordinators.count(r.form(j)))
      return j + 1;
    // '"...," he said': the quotation is not the subject of the verb after it.
    if (ctx.options.clause_aware_commas && r.wc(j) == WordClass::kQuote &&
        r.words[static_cast<size_t>(j)].closes_quote)
      return j + 1;
  }
  return 0;
}

Binding reported_subject(const CoderContext& ctx, const SentenceReading& r, int from, int verb,
                         bool* unnamed) {
  if (unnamed != nullptr) *unnamed = false;
  int last_statement = -1;
  for (int j = from; j < verb; ++j)
    if (statement_verb(ctx, r, j)) last_statement = j;
  if (last_statement < 0 || last_statement + 1 >= verb) return {};
  thread_local std::vector<Item> reported;
  r.items(last_statement + 1, verb, reported);
  // The clause's first phrase, past THAT and phrases of time ("said on Sunday that troops").
  Binding b;
  int last = -1;
  for (const Item& it : reported) {
    if (it.kind == Item::kEnterCompound) {
      b.compound = it.index;
      last = r.compounds[static_cast<size_t>(it.index)].last;
      break;
    }
    if (it.kind != Item::kEnterChunk) continue;
    const Chunk& c = r.chunks[static_cast<size_t>(it.index)];
    if (c.compound >= 0) continue;
    if (!c.coded && names_a_time(ctx, r, c)) continue;
    b.chunk = it.index;
    last = c.last;
    break;
  }
  if (!b.set()) return {};
  // A pronoun there most often is the speaker: "The Abbas government said it hoped".
  if (b.chunk >= 0 && r.wc(r.chunks[static_cast<size_t>(b.chunk)].first) == WordClass::kPronoun)
    return {};
  // A role of no country yields to the speaker ("announced that the government will extend"),
  // as does a phrase no dictionary codes that refers back, definite or possessed ("said the
  // fighters will lay down their arms", "its experts"); a name no dictionary codes acts itself
  // ("said Negroponte had offered"), and a bare phrase is nobody, and not the speaker ("said
  // hotel guards had shot dead one of the attackers").
  const std::string code = first_code(ctx, r, b);
  if (code.starts_with("---") && code != "---") return {};
  bool bare = false;
  if (code == "---") {
    if (b.chunk < 0) return {};
    const Chunk& c = r.chunks[static_cast<size_t>(b.chunk)];
    const WordClass opener = r.wc(c.first);
    const std::string_view first = r.form(c.first);
    if (opener == WordClass::kPossessive || first == "THE" || first == "THIS" || first == "THESE" ||
        first == "THOSE")
      return {};
    const bool named = std::any_of(c.words.begin(), c.words.end(),
                                   [&](int w) { return capital_marks_name(ctx, r, w); });
    bare = !named;
  }
  auto between = [&](int k) {
    const WordClass wc = r.wc(k);
    return r.words[static_cast<size_t>(k)].set_aside || wc == WordClass::kAuxiliary ||
           wc == WordClass::kModal || wc == WordClass::kNegation || wc == WordClass::kAdverb;
  };
  int k = last + 1;
  while (k < verb && between(k)) ++k;
  if (k == verb) {
    if (!bare) return b;
    if (unnamed != nullptr) *unnamed = true;
    return {};
  }
  // The second of two verbs joined by AND shares the first one's subject: "said Hamas forces
  // raided houses and arrested dozens of Fatah members".
  int before = verb - 1;
  while (before > k && between(before)) --before;
  const bool joined = r.form(before) == "AND" && r.wc(before) == WordClass::kConjunction;
  const bool verb_after_subject = r.wc(k) == WordClass::kVerb || r.wc(k) == WordClass::kOtherVerb;
  if (!joined || !verb_after_subject) return {};
  if (!bare) return b;
  if (unnamed != nullptr) *unnamed = true;
  return {};
}

}  // namespace herodotus::code
