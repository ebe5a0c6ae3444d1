// TABARI's sparse parse of one sentence (manual, chapter 7), internal to the TABARI engine: the
// per-sentence working state and the phases that fill it. The phases are methods of one parse
// object so that they share the sentence's state without passing it around; each phase lives in
// the file its section names.
#ifndef HERODOTUS_TABARI_PARSE_H_
#define HERODOTUS_TABARI_PARSE_H_

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_map>

#include "tabari/coder.h"

namespace herodotus::tabari {

using dict::CodeId;
using dict::kComplexCode;
using dict::kDiscardCode;
using dict::kNullCode;
using dict::PatternElement;
using dict::RootKind;

enum class WordType : uint8_t {
  kNone,
  kPart,  // a later word of a matched root
  kActor,
  kAgent,
  kVerb,
  kNoun,
  kAdjective,
  kTime,
  kAttribution,
  kNull,        // a root whose only code is null
  kDeterminer,  // A AN THE
  kPronoun,
  kConjunction,  // AND BUT OR NOR
  kAuxiliary,    // WAS WERE BEEN: passive voice
  kBy,
  kComma,
  kQuote,
  kNumber,
  kFormer,
};

const char* type_name(WordType t);

// Codes made while coding (actor + agent combinations, converted agents, default actors) are not
// in the shared dictionary's table; they get ids past its end, local to one sentence.
class LocalCodes {
 public:
  void reset(const dict::CodeTable* base) {
    base_ = base;
    extra_.clear();
    ids_.clear();
  }
  CodeId intern(std::string_view code) {
    if (auto it = ids_.find(code); it != ids_.end()) return it->second;
    for (CodeId id = 0; id < base_->size() && id < 3; ++id)
      if (base_->text(id) == code) return id;
    auto id = static_cast<CodeId>(base_->size() + extra_.size());
    extra_.emplace_back(code);
    ids_.emplace(std::string(code), id);
    return id;
  }
  std::string_view text(CodeId id) const {
    return id < base_->size() ? base_->text(id) : std::string_view(extra_[id - base_->size()]);
  }

 private:
  const dict::CodeTable* base_ = nullptr;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<std::string> extra_;
  std::unordered_map<std::string, CodeId, Hash, std::equal_to<>> ids_;
};

struct WordInfo {
  WordType type = WordType::kNone;
  int32_t root = -1;     // head words: the matched root
  int32_t head = -1;     // every word of a matched root: its head word
  int32_t last = -1;     // head words: the last word the root matched
  int32_t mention = -1;  // the actor mention this word belongs to
  bool eliminated = false;
  bool in_compound = false;  // a comma or conjunction inside a compound phrase
};

struct Mention {
  int32_t head = -1;
  int32_t first = -1, last = -1;  // word extent, attached agent words included
  uint32_t codes_begin = 0, codes_count = 0;
  uint32_t base_begin = 0, base_count = 0;  // before agents: what FORWARD carries
  int32_t compound = -1;
  bool pronoun = false;
  int32_t refers_mention = -1;   // pronouns: the mention referred to
  int32_t refers_compound = -1;  // pronouns: the compound referred to
  bool forwarded = false;        // pronouns: refers to the previous sentence's first actor
  bool cancelled = false;
};

struct CompoundInfo {
  int32_t first = -1, last = -1;  // words
  uint32_t members_begin = 0, members_count = 0;
};

struct ClauseRange {
  int32_t begin = 0, end = 0;  // positions in the sequence of remaining words
};

// Who an event is about: a mention, a compound, or a default code.
struct ActorRef {
  int32_t mention = -1;
  int32_t compound = -1;
  CodeId default_code = kNullCode;
  bool is_default = false;
  bool empty() const { return mention < 0 && compound < 0 && !is_default; }
};

// An event before selection: codes may be local to the sentence.
struct PendingEvent {
  CodeId source = kNullCode, target = kNullCode, code = kNullCode;
  int32_t source_word = -1, target_word = -1, verb_word = -1, verb_last_word = -1;
  const dict::Pattern* pattern = nullptr;
  const dict::VerbEntry* verb = nullptr;
  int32_t date = 0;
  bool subordinate = false, dominant = false;
  int32_t clause = 0;
};

// The events one verb produced.
struct VerbEvents {
  size_t begin = 0, end = 0;  // into the pending events
  bool subordinate = false;
  bool dominant = false;
  int32_t clause = 0;
  ActorRef source;
};

struct CoderScratch {
  LexedSentence lexed;
  std::vector<PendingEvent> pending;
  std::vector<VerbEvents> groups;
  std::vector<const VerbEvents*> picked;
  std::vector<WordInfo> info;
  std::vector<Mention> mentions;
  std::vector<CodeId> codes;
  std::vector<CompoundInfo> compounds;
  std::vector<int32_t> members;
  std::vector<int32_t> seq;  // remaining words, in order
  std::vector<int32_t> pos;  // word -> position in seq, -1 when eliminated
  std::vector<ClauseRange> clauses;
  std::vector<int32_t> matched;
  LocalCodes local;
  // Working vectors of one sentence, kept here so that their memory is reused.
  std::vector<int32_t> commas;
  std::vector<uint8_t> comma_used;
  std::vector<int32_t> unit_members, unit;
  std::vector<CodeId> copy_codes, copy_base;
  std::vector<std::pair<CodeId, int32_t>> sources, targets;
};

inline uint32_t alnum_length(std::string_view text) {
  uint32_t n = 0;
  for (char c : text) n += std::isalnum(static_cast<unsigned char>(c)) ? 1 : 0;
  return n;
}

inline bool contains_aligned(std::string_view code, std::string_view part) {
  for (size_t at = 0; at + part.size() <= code.size(); at += 3)
    if (code.compare(at, part.size(), part) == 0) return true;
  return false;
}

// The state of a pattern match: what the actor tokens bound.
struct MatchState {
  ActorRef source, target, compound;
  uint32_t length = 0;  // alphanumeric length of the literal words matched
};

struct VerbResult {
  dict::EventCodeSpec code;
  const dict::Pattern* pattern = nullptr;
  const dict::VerbEntry* verb = nullptr;
  MatchState bound;
};

// Frames of the pattern still to match, linked on the C++ stack (no allocation while matching).
struct Rest {
  const std::vector<PatternElement>* elements;
  int index;
  bool adjacent_after;  // forward frames: the element after this group must touch it
  const Rest* next;
};

// TABARI's closed word classes (determiners, pronouns, conjunctions, passive auxiliaries), read
// from the word lists both engines share (code/english.h), by first letter: a word is compared
// only with the few of its initial, which costs less than hashing every word of a sentence.
class ClosedWords {
 public:
  struct Entry {
    std::string word;
    WordType type;
    bool plural = false;      // THEY THEM THEIR
    bool possessive = false;  // ITS HIS HER THEIR
  };
  ClosedWords();
  const Entry* find(std::string_view word) const;
  WordType type(std::string_view word) const {
    const Entry* e = find(word);
    return e == nullptr ? WordType::kNone : e->type;
  }

 private:
  std::array<std::vector<Entry>, 26> by_initial_;
};

const ClosedWords& closed_words();

class SentenceParse {
 public:
  SentenceParse(const dict::CompiledDictionary& compiled, const CodingOptions& options,
                CoderScratch& s, int32_t date, ForwardState* forward)
      : compiled_(compiled),
        dict_(compiled.dictionary()),
        options_(options),
        s_(s),
        date_(date),
        forward_(forward) {}

  SentenceResult run(std::string_view text, uint32_t base);

 private:
  std::string_view word(int32_t w) const { return s_.lexed.text(w); }
  WordType type(int32_t w) const { return w >= 0 && w < n_ ? s_.info[w].type : WordType::kNone; }

  // ---- Word types (words.cc)

  bool match_root(uint32_t id, int32_t at);
  static WordType type_of(RootKind kind);
  void classify();
  // A verb after A, AN or THE, or capitalised in the middle of a mixed-case sentence, is a noun.
  void shift_nouns();

  // ---- Actors and compounds (actors.cc)

  int32_t add_mention(int32_t head, int32_t first, int32_t last, const CodeId* codes, size_t count);
  // The code an actor is compared by when looking for a target distinct from the source. A
  // pronoun compares by its referent's actor code without agents (validation COMPOUND-24).
  CodeId first_code(const Mention& m) const;
  bool build_mentions(SentenceResult& result);
  bool stop(SentenceResult& result, SentenceSkip outcome, std::string why);
  // Verb roots coded ### or +++ settle the sentence as soon as they are found (manual 6.1).
  bool check_root_codes(SentenceResult& result);
  CodeId combine(CodeId actor, CodeId agent, bool prefix);
  // Agents code the actor just before them, just after them, or after OF / IN (manual 5.4).
  void attach_agents();
  // An actor unit: determiners and adjectives, an actor, and more actors each after adjectives
  // ("the evil Arnor awful Gondor"). Appends its mentions; returns its last word or -1.
  int32_t unit_at(int32_t i, std::vector<int32_t>& out);
  void find_compounds();
  // <noun> <conj> <adjctv>* <noun> and <adjctv> <conj> <adjctv> do not split clauses.
  void find_compound_nouns();

  // ---- Time shifts, comma clauses, pronouns, clauses (clauses.cc)

  bool time_shift(SentenceResult& result);
  void eliminate(int32_t from, int32_t to);
  void eliminate_comma_clauses();
  void cancel_root(int32_t h);
  void build_sequence();
  // The live mention at sequence position p, or -1.
  int32_t mention_at(int32_t p) const;
  void resolve_pronouns();
  void split_clauses();
  bool check_complexity(SentenceResult& result);

  // ---- Pattern matching (match.cc)

  bool is_barrier(int32_t p) const;
  // The compound a mention stands for in a pattern or a default search, or the mention alone.
  ActorRef ref_for(int32_t m) const;
  bool is_compound_ref(int32_t m) const;
  // Positions after the block of words of mention m starting at p (or of its compound).
  int32_t after_block(int32_t p, int32_t m, bool whole_compound) const;
  int32_t before_block(int32_t p, int32_t m, bool whole_compound) const;
  bool bind(PatternElement::Kind kind, int32_t m, MatchState& st) const;
  static bool is_actor_token(PatternElement::Kind kind);
  bool forward_match(const Rest* rest, int32_t p, bool touch, MatchState& st) const;
  bool backward_match(const Rest* rest, int32_t p, bool touch, MatchState& st) const;
  bool match_pattern(const dict::Pattern& pattern, int32_t verb_first, int32_t verb_last,
                     MatchState& st) const;
  // Evaluates a verb (or time) entry at word `head`..`last`: its patterns longest first, then its
  // own code. With alternatives, a longer pattern may still beat the length actually matched.
  VerbResult evaluate(const dict::VerbEntry& entry, int32_t head, int32_t last,
                      bool whole_sentence);

  // ---- Sources, targets and events (coding.cc)

  CodeId ref_first_code(const ActorRef& ref) const;
  int32_t ref_compound(const ActorRef& ref) const;
  bool ref_is_compound(const ActorRef& ref) const;
  ActorRef default_ref(const std::string& code);
  // Default source (manual 5.8): the first actor of the clause before the verb; else, unless a
  // PRIOR default applies, the first actor after it.
  ActorRef find_source(const ClauseRange& clause, int32_t vf, int32_t vl, const ActorRef& target);
  ActorRef target_ref(int32_t m, const ActorRef& source) const;
  // Default target: the first actor after the verb with a code other than the source's, else the
  // nearest such actor before it, else the source itself when it is a compound.
  ActorRef find_target(const ClauseRange& clause, int32_t vf, int32_t vl, const ActorRef& source);
  bool passive(int32_t vf, int32_t vl) const;
  // (code, mention word) pairs an actor reference stands for.
  void expand(const ActorRef& ref, std::vector<std::pair<CodeId, int32_t>>& out) const;
  bool opens_with_actor(const ClauseRange& clause) const;
  void set_window(const ClauseRange& clause, int32_t p, int32_t vl);
  bool bound_refs(const VerbResult& vr, ActorRef& source, ActorRef& target) const;
  bool add_verb_events(SentenceResult& result, const VerbResult& vr, const ActorRef& source,
                       const ActorRef& target, int32_t w, int32_t clause,
                       std::vector<VerbEvents>& groups);
  // Codes clause c's verbs; `carried`: the source the clause before passes on, or null. False
  // when a discard or complex code settles the sentence.
  bool code_clause(int32_t c, const ActorRef* carried, SentenceResult& result,
                   std::vector<VerbEvents>& groups);
  void code_clauses(SentenceResult& result);
  void add_event(SentenceResult& result, CodeId source, CodeId target, CodeId code,
                 int32_t source_word, int32_t target_word, int32_t verb_word, int32_t verb_last,
                 const VerbResult& vr, int32_t clause);
  // Which events a sentence codes (manual 6.6 and 7.6): dominant events push out all others;
  // otherwise the first event of each clause (or of the sentence, or all), where subordinate
  // events count only when nothing else is found.
  void select_events(SentenceResult& result, const std::vector<VerbEvents>& groups);
  void remember_for_forwarding();

  const dict::CompiledDictionary& compiled_;
  const dict::Dictionary& dict_;
  const CodingOptions& options_;
  CoderScratch& s_;
  int32_t date_;
  ForwardState* forward_;
  int32_t n_ = 0;
  int32_t seq_n_ = 0;
  int32_t window_begin_ = 0, window_end_ = 0;
  uint64_t signature_ = 0;  // prefix bits of every word of the sentence
};

}  // namespace herodotus::tabari

#endif  // HERODOTUS_TABARI_PARSE_H_
