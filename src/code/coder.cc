#include "code/coder.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

namespace herodotus::code {

using dict::CodeId;
using dict::kComplexCode;
using dict::kDiscardCode;
using dict::kNullCode;
using dict::PatternElement;
using dict::RootKind;

namespace {

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

const char* type_name(WordType t) {
  switch (t) {
    case WordType::kNone:
      return "-";
    case WordType::kPart:
      return "part";
    case WordType::kActor:
      return "actor";
    case WordType::kAgent:
      return "agent";
    case WordType::kVerb:
      return "verb";
    case WordType::kNoun:
      return "noun";
    case WordType::kAdjective:
      return "adjctv";
    case WordType::kTime:
      return "time";
    case WordType::kAttribution:
      return "attrib";
    case WordType::kNull:
      return "null";
    case WordType::kDeterminer:
      return "determ";
    case WordType::kPronoun:
      return "pronoun";
    case WordType::kConjunction:
      return "conj";
    case WordType::kAuxiliary:
      return "auxil";
    case WordType::kBy:
      return "by";
    case WordType::kComma:
      return "comma";
    case WordType::kQuote:
      return "quote";
    case WordType::kNumber:
      return "number";
    case WordType::kFormer:
      return "former";
  }
  return "?";
}

}  // namespace

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

ScratchHolder::ScratchHolder() : scratch_(std::make_unique<CoderScratch>()) {}
ScratchHolder::~ScratchHolder() = default;

const LexedSentence& Coder::lexed(const CoderScratch& scratch) {
  return scratch.lexed;
}

namespace {

uint32_t alnum_length(std::string_view text) {
  uint32_t n = 0;
  for (char c : text) n += std::isalnum(static_cast<unsigned char>(c)) ? 1 : 0;
  return n;
}

bool contains_aligned(std::string_view code, std::string_view part) {
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

class SentenceParse {
 public:
  SentenceParse(const dict::CompiledDictionary& compiled, const CoderOptions& options,
                CoderScratch& s, int32_t date, ForwardState* forward)
      : compiled_(compiled),
        dict_(compiled.dictionary()),
        options_(options),
        s_(s),
        date_(date),
        forward_(forward) {}

  SentenceResult run(std::string_view text) {
    SentenceResult result;
    result.date = date_;
    s_.local.reset(&dict_.codes);
    LexOptions lex;
    lex.fbis = options_.fbis;
    lex_sentence(text, 0, lex, s_.lexed);
    n_ = static_cast<int32_t>(s_.lexed.words.size());
    s_.info.assign(n_, WordInfo());
    s_.mentions.clear();
    s_.codes.clear();
    s_.compounds.clear();
    s_.members.clear();
    s_.clauses.clear();
    if (n_ < options_.minimum_words) {
      result.outcome = SentenceOutcome::kTooShort;
      return result;
    }
    // Non-printing characters mean a garbled record (validation DEBUG-21): too complex to code.
    if (std::any_of(text.begin(), text.end(), [](char c) {
          auto u = static_cast<unsigned char>(c);
          return u < 0x20 && c != '\n' && c != '\r' && c != '\t';
        })) {
      stop(result, SentenceOutcome::kComplex, "non-printing characters");
      return result;
    }
    classify();
    shift_nouns();
    if (!build_mentions(result)) return result;
    if (!check_root_codes(result)) return result;
    attach_agents();
    find_compounds();
    find_compound_nouns();
    if (!time_shift(result)) return result;
    eliminate_comma_clauses();
    build_sequence();
    resolve_pronouns();
    split_clauses();
    if (!check_complexity(result)) return result;
    code_clauses(result);
    remember_for_forwarding();
    return result;
  }

 private:
  std::string_view word(int32_t w) const { return s_.lexed.text(w); }
  WordType type(int32_t w) const { return w >= 0 && w < n_ ? s_.info[w].type : WordType::kNone; }

  // ---- Classification ------------------------------------------------------------------

  bool match_root(uint32_t id, int32_t at) {
    const dict::Root& root = dict_.roots[id];
    if ((root.required & signature_) != root.required) return false;
    const auto endings = static_cast<dict::Endings>(root.endings);
    const size_t size = root.phrase.size();
    s_.matched.clear();
    if (!dict::word_matches(root.phrase[0], word(at), size == 1, endings)) return false;
    s_.matched.push_back(at);
    int32_t j = at;
    for (size_t k = 1; k < size; ++k) {
      const dict::PhraseWord& pw = root.phrase[k];
      const bool last = k + 1 == size;
      if (root.phrase[k - 1].adjacent) {
        int32_t next = j + 1;
        if (next >= n_ || s_.info[next].head >= 0 ||
            !dict::word_matches(pw, word(next), last, endings))
          return false;
        j = next;
      } else {
        int32_t q = j + 1;
        while (q < n_ && (s_.info[q].head >= 0 || !dict::word_matches(pw, word(q), last, endings)))
          ++q;
        if (q >= n_) return false;
        j = q;
      }
      s_.matched.push_back(j);
    }
    return true;
  }

  static WordType type_of(RootKind kind) {
    switch (kind) {
      case RootKind::kActor:
        return WordType::kActor;
      case RootKind::kAgent:
        return WordType::kAgent;
      case RootKind::kVerb:
        return WordType::kVerb;
      case RootKind::kNoun:
        return WordType::kNoun;
      case RootKind::kAdjective:
        return WordType::kAdjective;
      case RootKind::kTime:
        return WordType::kTime;
      case RootKind::kAttribution:
        return WordType::kAttribution;
    }
    return WordType::kNone;
  }

  void classify() {
    signature_ = 0;
    for (int32_t i = 0; i < n_; ++i) signature_ |= dict::prefix_bit(word(i));
    for (int32_t i = 0; i < n_; ++i) {
      WordInfo& info = s_.info[i];
      if (info.head >= 0) continue;
      const LexedWord& lw = s_.lexed.words[i];
      if (lw.is_comma) {
        info.type = WordType::kComma;
        continue;
      }
      if (lw.is_quote) {
        info.type = WordType::kQuote;
        continue;
      }
      bool found = false;
      for (uint32_t id : compiled_.candidates(word(i))) {
        if (!match_root(id, i)) continue;
        const dict::Root& root = dict_.roots[id];
        info.type = type_of(root.kind);
        if (root.kind == RootKind::kVerb) {
          const dict::VerbEntry& verb = dict_.verbs[root.entry];
          // A null-coded verb without patterns only keeps the word from matching anything else.
          if (verb.code.code == kNullCode && !verb.code.is_paired && verb.patterns.empty())
            info.type = WordType::kNull;
        }
        info.root = static_cast<int32_t>(id);
        info.head = i;
        info.last = s_.matched.back();
        for (size_t k = 1; k < s_.matched.size(); ++k) {
          WordInfo& part = s_.info[s_.matched[k]];
          part.type = WordType::kPart;
          part.head = i;
        }
        found = true;
        break;
      }
      if (found) continue;
      std::string_view w = word(i);
      if (w == "A" || w == "AN" || w == "THE")
        info.type = WordType::kDeterminer;
      else if (w == "HE" || w == "SHE" || w == "IT" || w == "HIM" || w == "HER" || w == "ITS" ||
               w == "HIS" || w == "THEY" || w == "THEM" || w == "THEIR")
        info.type = WordType::kPronoun;
      else if (w == "AND" || w == "BUT" || w == "OR" || w == "NOR")
        info.type = WordType::kConjunction;
      else if (w == "WAS" || w == "WERE" || w == "BEEN")
        info.type = WordType::kAuxiliary;
      else if (w == "BY")
        info.type = WordType::kBy;
      else if (w == "FORMER")
        info.type = WordType::kFormer;
      else if (lw.is_number)
        info.type = WordType::kNumber;
    }
  }

  // A verb after A, AN or THE, or capitalised in the middle of a mixed-case sentence, is a noun.
  void shift_nouns() {
    for (int32_t i = 1; i < n_; ++i) {
      WordInfo& info = s_.info[i];
      if (info.type != WordType::kVerb) continue;
      if (s_.info[i - 1].type == WordType::kDeterminer ||
          (s_.lexed.words[i].capitalized && !s_.lexed.all_caps))
        info.type = WordType::kNoun;
    }
  }

  // ---- Actors ---------------------------------------------------------------------------

  int32_t add_mention(int32_t head, int32_t first, int32_t last, const CodeId* codes,
                      size_t count) {
    Mention m;
    m.head = head;
    m.first = first;
    m.last = last;
    m.codes_begin = static_cast<uint32_t>(s_.codes.size());
    s_.codes.insert(s_.codes.end(), codes, codes + count);
    m.codes_count = static_cast<uint32_t>(count);
    m.base_begin = static_cast<uint32_t>(s_.codes.size());
    s_.codes.insert(s_.codes.end(), codes, codes + count);
    m.base_count = static_cast<uint32_t>(count);
    s_.mentions.push_back(m);
    return static_cast<int32_t>(s_.mentions.size() - 1);
  }

  // The code an actor is compared by when looking for a target distinct from the source. A
  // pronoun compares by its referent's actor code without agents (validation COMPOUND-24).
  CodeId first_code(const Mention& m) const {
    if (m.pronoun && m.base_count > 0) return s_.codes[m.base_begin];
    return m.codes_count > 0 ? s_.codes[m.codes_begin] : kNullCode;
  }

  bool build_mentions(SentenceResult& result) {
    for (int32_t i = 0; i < n_; ++i) {
      WordInfo& info = s_.info[i];
      if (info.type != WordType::kActor) continue;
      const dict::Root& root = dict_.roots[info.root];
      const std::vector<CodeId>* codes = dict::codes_on(dict_.actors[root.entry], date_);
      if (codes == nullptr || codes->empty() || (codes->size() == 1 && (*codes)[0] == kNullCode)) {
        info.type = WordType::kNoun;  // null-coded actors are nouns
        continue;
      }
      for (CodeId c : *codes) {
        if (c == kDiscardCode)
          return stop(result, SentenceOutcome::kDiscard, "discard code on actor " + root.text);
        if (c == kComplexCode)
          return stop(result, SentenceOutcome::kComplex, "complex code on actor " + root.text);
      }
      int32_t m = add_mention(i, i, info.last, codes->data(), codes->size());
      for (int32_t w = i; w <= info.last; ++w)
        if (s_.info[w].head == i) s_.info[w].mention = m;
    }
    return true;
  }

  bool stop(SentenceResult& result, SentenceOutcome outcome, std::string why) {
    result.outcome = outcome;
    result.explanation = std::move(why);
    return false;
  }

  // Verb roots coded ### or +++ settle the sentence as soon as they are found (manual 6.1).
  bool check_root_codes(SentenceResult& result) {
    for (int32_t i = 0; i < n_; ++i) {
      const WordInfo& info = s_.info[i];
      if (info.type != WordType::kVerb) continue;
      const dict::VerbEntry& verb = dict_.verbs[dict_.roots[info.root].entry];
      if (verb.code.code == kDiscardCode && verb.patterns.empty())
        return stop(result, SentenceOutcome::kDiscard, "discard code on verb " + verb.root_text);
      if (verb.code.code == kComplexCode && verb.patterns.empty())
        return stop(result, SentenceOutcome::kComplex, "complex code on verb " + verb.root_text);
    }
    return true;
  }

  CodeId combine(CodeId actor, CodeId agent, bool prefix) {
    std::string_view a = s_.local.text(actor);
    std::string_view g = s_.local.text(agent);
    if (contains_aligned(a, g)) return actor;
    std::string joined = prefix ? std::string(g) + std::string(a) : std::string(a) + std::string(g);
    return s_.local.intern(joined);
  }

  // Agents code the actor just before them, just after them, or after OF / IN (manual 5.4).
  void attach_agents() {
    for (int32_t i = 0; i < n_; ++i) {
      const WordInfo& info = s_.info[i];
      if (info.type != WordType::kAgent) continue;
      const dict::AgentEntry& agent = dict_.agents[dict_.roots[info.root].entry];
      const int32_t first = i, last = info.last;
      bool former = type(first - 1) == WordType::kFormer;
      int32_t m = -1;
      int32_t before = former ? first - 2 : first - 1;
      if (before >= 0 && s_.info[before].mention >= 0) m = s_.info[before].mention;
      if (m < 0 && last + 1 < n_ && s_.info[last + 1].mention >= 0 &&
          s_.mentions[s_.info[last + 1].mention].head == last + 1)
        m = s_.info[last + 1].mention;
      if (m < 0 && last + 2 < n_ && (word(last + 1) == "OF" || word(last + 1) == "IN") &&
          s_.info[last + 2].mention >= 0 && s_.mentions[s_.info[last + 2].mention].head == last + 2)
        m = s_.info[last + 2].mention;
      CodeId agent_code = former ? s_.local.intern("ELI") : agent.code;
      bool prefix = former ? false : agent.prefix;
      if (m >= 0) {
        Mention& mention = s_.mentions[m];
        if (type(mention.head - 1) == WordType::kFormer) {
          agent_code = s_.local.intern("ELI");
          prefix = false;
        }
        for (uint32_t k = 0; k < mention.codes_count; ++k) {
          CodeId& c = s_.codes[mention.codes_begin + k];
          c = combine(c, agent_code, prefix);
        }
        mention.first = std::min(mention.first, first);
        mention.last = std::max(mention.last, last);
        for (int32_t w = first; w <= last; ++w)
          if (s_.info[w].head == first) s_.info[w].mention = m;
        continue;
      }
      if (options_.convert_agents) {
        std::string code = agent.prefix ? std::string(s_.local.text(agent_code)) + "~"
                                        : "~" + std::string(s_.local.text(agent_code));
        CodeId converted = s_.local.intern(code);
        int32_t id = add_mention(first, first, last, &converted, 1);
        for (int32_t w = first; w <= last; ++w)
          if (s_.info[w].head == first) s_.info[w].mention = id;
      }
    }
  }

  // ---- Compounds ------------------------------------------------------------------------

  // An actor unit: determiners and adjectives, an actor, and more actors each after adjectives
  // ("the evil Arnor awful Gondor"). Appends its mentions; returns its last word or -1.
  int32_t unit_at(int32_t i, std::vector<int32_t>& out) {
    int32_t j = i;
    while (j < n_ && (type(j) == WordType::kDeterminer || type(j) == WordType::kAdjective ||
                      type(j) == WordType::kFormer))
      ++j;
    if (j >= n_ || s_.info[j].mention < 0) return -1;
    const Mention& first = s_.mentions[s_.info[j].mention];
    if (first.first != j && first.head != j) return -1;
    out.push_back(s_.info[j].mention);
    int32_t end = first.last;
    while (true) {
      int32_t k = end + 1;
      // "Arnor's Elrond" is one noun phrase; "Dagolath Osgiliath" is two (validation DEBUG-20/23).
      std::string_view ending = word(end);
      bool possessive = ending.size() > 2 && ending.substr(ending.size() - 2) == "'S";
      if (type(k) != WordType::kAdjective && !possessive) break;
      while (type(k) == WordType::kAdjective) ++k;
      if (k >= n_ || s_.info[k].mention < 0 || s_.mentions[s_.info[k].mention].first != k) break;
      out.push_back(s_.info[k].mention);
      end = s_.mentions[s_.info[k].mention].last;
    }
    return end;
  }

  void find_compounds() {
    std::vector<int32_t>& members = s_.unit_members;
    std::vector<int32_t>& unit = s_.unit;
    int32_t i = 0;
    while (i < n_) {
      members.clear();
      int32_t end = unit_at(i, members);
      if (end < 0) {
        ++i;
        continue;
      }
      int32_t last_conj_end = -1;  // the end of the last unit joined by a conjunction
      size_t last_conj_members = 0;
      while (true) {
        int32_t k = end + 1;
        int32_t sep_end;
        bool conj = false;
        if (type(k) == WordType::kComma) {
          sep_end = k;
          if (type(k + 1) == WordType::kConjunction && word(k + 1) != "BUT") {
            sep_end = k + 1;
            conj = true;
          }
        } else if (type(k) == WordType::kConjunction && word(k) != "BUT") {
          sep_end = k;
          conj = true;
        } else {
          break;
        }
        unit.clear();
        int32_t unit_end = unit_at(sep_end + 1, unit);
        if (unit_end < 0) break;
        members.insert(members.end(), unit.begin(), unit.end());
        end = unit_end;
        if (conj) {
          last_conj_end = end;
          last_conj_members = members.size();
        }
      }
      if (last_conj_end < 0 || last_conj_members < 2) {
        i = std::max(i + 1, members.empty() ? i + 1 : s_.mentions[members.front()].last + 1);
        continue;
      }
      members.resize(last_conj_members);
      CompoundInfo compound;
      compound.first = s_.mentions[members.front()].first;
      compound.last = last_conj_end;
      compound.members_begin = static_cast<uint32_t>(s_.members.size());
      compound.members_count = static_cast<uint32_t>(members.size());
      auto id = static_cast<int32_t>(s_.compounds.size());
      for (int32_t m : members) {
        s_.members.push_back(m);
        s_.mentions[m].compound = id;
      }
      for (int32_t w = compound.first; w <= compound.last; ++w) {
        if (type(w) == WordType::kComma || type(w) == WordType::kConjunction)
          s_.info[w].in_compound = true;
      }
      s_.compounds.push_back(compound);
      i = last_conj_end + 1;
    }
  }

  // <noun> <conj> <adjctv>* <noun> and <adjctv> <conj> <adjctv> do not split clauses.
  void find_compound_nouns() {
    for (int32_t k = 1; k + 1 < n_; ++k) {
      if (type(k) != WordType::kConjunction || s_.info[k].in_compound) continue;
      if (type(k - 1) == WordType::kNoun) {
        int32_t j = k + 1;
        while (type(j) == WordType::kAdjective) ++j;
        if (type(j) == WordType::kNoun) s_.info[k].in_compound = true;
      } else if (type(k - 1) == WordType::kAdjective && type(k + 1) == WordType::kAdjective) {
        s_.info[k].in_compound = true;
      }
    }
  }

  // ---- Time shifts ----------------------------------------------------------------------

  bool time_shift(SentenceResult& result) {
    if (!options_.time_shift || dict_.times.empty()) return true;
    for (int32_t i = 0; i < n_; ++i) {
      if (type(i) != WordType::kTime) continue;
      const dict::VerbEntry& entry = dict_.times[dict_.roots[s_.info[i].root].entry];
      // Time patterns are matched over the whole sentence, before clauses exist.
      VerbResult vr = evaluate(entry, i, s_.info[i].last, /*whole sentence*/ true);
      CodeId code = vr.code.code;
      if (code == kNullCode) continue;
      if (code == kDiscardCode)
        return stop(result, SentenceOutcome::kDiscard,
                    "discard code on time phrase " + entry.root_text);
      if (code == kComplexCode)
        return stop(result, SentenceOutcome::kComplex,
                    "complex code on time phrase " + entry.root_text);
      result.date = add_days(date_, vr.code.shift_days);
      date_ = result.date;
      return true;
    }
    return true;
  }

  static int32_t add_days(int32_t yyyymmdd, int32_t days) {
    // Civil-date arithmetic through a day count (Howard Hinnant's days_from_civil).
    int y = yyyymmdd / 10000, m = (yyyymmdd / 100) % 100, d = yyyymmdd % 100;
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    long z = static_cast<long>(era) * 146097 + doe + days;
    const long era2 = (z >= 0 ? z : z - 146096) / 146097;
    const long doe2 = z - era2 * 146097;
    const long yoe2 = (doe2 - doe2 / 1460 + doe2 / 36524 - doe2 / 146096) / 365;
    long year = yoe2 + era2 * 400;
    const long doy2 = doe2 - (365 * yoe2 + yoe2 / 4 - yoe2 / 100);
    const long mp = (5 * doy2 + 2) / 153;
    const long day = doy2 - (153 * mp + 2) / 5 + 1;
    const long month = mp + (mp < 10 ? 3 : -9);
    year += month <= 2;
    return static_cast<int32_t>(year * 10000 + month * 100 + day);
  }

  // ---- Comma-delimited clauses ----------------------------------------------------------

  void eliminate(int32_t from, int32_t to) {
    for (int32_t w = from; w <= to && w < n_; ++w) s_.info[w].eliminated = true;
  }

  void eliminate_comma_clauses() {
    if (!options_.comma.enabled) return;
    std::vector<int32_t>& commas = s_.commas;
    commas.clear();
    for (int32_t w = 0; w < n_; ++w)
      if (type(w) == WordType::kComma && !s_.info[w].in_compound) commas.push_back(w);
    if (commas.empty()) return;
    const CommaOptions& c = options_.comma;
    std::vector<uint8_t>& used = s_.comma_used;
    used.assign(commas.size(), 0);
    // The clause that opens the sentence.
    int32_t count = commas[0];
    if (count >= c.begin_min && count <= c.begin_max) {
      eliminate(0, commas[0]);
      used[0] = 1;
    }
    // Clauses between commas; a comma closing a removed clause does not open another.
    for (size_t k = 0; k + 1 < commas.size(); ++k) {
      if (used[k]) continue;
      count = commas[k + 1] - commas[k] - 1;
      if (count >= c.min && count <= c.max) {
        eliminate(commas[k], commas[k + 1]);
        used[k] = used[k + 1] = 1;
      }
    }
    // The clause that ends the sentence.
    if (!used.back()) {
      count = n_ - commas.back() - 1;
      if (count >= c.end_min && count <= c.end_max) eliminate(commas.back(), n_ - 1);
    }
    // A root with some words removed is no root (manual: indexed head and tail marking).
    for (int32_t h = 0; h < n_; ++h) {
      WordInfo& head = s_.info[h];
      if (head.head != h || head.root < 0) continue;
      bool any_removed = false, any_kept = false;
      for (int32_t w = h; w <= head.last; ++w) {
        if (s_.info[w].head != h) continue;
        (s_.info[w].eliminated ? any_removed : any_kept) = true;
      }
      if (any_removed && any_kept) cancel_root(h);
    }
  }

  void cancel_root(int32_t h) {
    int32_t last = s_.info[h].last;
    int32_t m = s_.info[h].mention;
    if (m >= 0) s_.mentions[m].cancelled = true;
    for (int32_t w = h; w <= last; ++w) {
      if (s_.info[w].head != h) continue;
      s_.info[w].type = WordType::kNone;
      s_.info[w].mention = -1;
    }
  }

  void build_sequence() {
    s_.seq.clear();
    s_.pos.assign(n_, -1);
    for (int32_t w = 0; w < n_; ++w) {
      if (s_.info[w].eliminated) continue;
      s_.pos[w] = static_cast<int32_t>(s_.seq.size());
      s_.seq.push_back(w);
    }
    seq_n_ = static_cast<int32_t>(s_.seq.size());
  }

  // The live mention at sequence position p, or -1.
  int32_t mention_at(int32_t p) const {
    if (p < 0 || p >= seq_n_) return -1;
    int32_t m = s_.info[s_.seq[p]].mention;
    if (m < 0 || s_.mentions[m].cancelled) return -1;
    return m;
  }

  // ---- Pronouns -------------------------------------------------------------------------

  void resolve_pronouns() {
    int32_t first_actor = -1, first_compound = -1;
    for (int32_t p = 0; p < seq_n_; ++p) {
      int32_t m = mention_at(p);
      if (m < 0 || s_.mentions[m].pronoun) continue;
      if (first_actor < 0) first_actor = m;
      if (first_compound < 0 && s_.mentions[m].compound >= 0)
        first_compound = s_.mentions[m].compound;
    }
    bool forward_available = forward_ != nullptr && forward_->valid && options_.forward.enabled &&
                             !forward_->first_actor.empty();
    for (int32_t p = 0; p < seq_n_; ++p) {
      int32_t w = s_.seq[p];
      if (type(w) != WordType::kPronoun) continue;
      std::string_view t = word(w);
      bool actor_before = false;
      for (int32_t q = 0; q < p && !actor_before; ++q) {
        int32_t m = mention_at(q);
        actor_before = m >= 0 && !s_.mentions[m].pronoun;
      }
      if (forward_available && !actor_before) {
        int32_t id =
            add_mention(w, w, w, forward_->first_actor.data(), forward_->first_actor.size());
        s_.mentions[id].pronoun = true;
        s_.mentions[id].forwarded = true;
        s_.info[w].mention = id;
        continue;
      }
      int32_t refers_mention = -1, refers_compound = -1;
      if (t == "HE" || t == "SHE" || t == "IT" || t == "HIM") {
        refers_mention = first_actor;
      } else if (t == "ITS" || t == "HIS" || t == "HER") {
        for (int32_t q = 0; q < p; ++q) {
          int32_t m = mention_at(q);
          if (m >= 0 && !s_.mentions[m].pronoun) {
            refers_mention = m;
            break;
          }
        }
      } else {  // THEY THEM THEIR
        if (first_compound >= 0)
          refers_compound = first_compound;
        else
          refers_mention = first_actor;
      }
      if (refers_mention < 0 && refers_compound < 0) continue;
      const Mention& target =
          refers_mention >= 0
              ? s_.mentions[refers_mention]
              : s_.mentions[s_.members[s_.compounds[refers_compound].members_begin]];
      std::vector<CodeId>& codes = s_.copy_codes;
      std::vector<CodeId>& base = s_.copy_base;
      codes.assign(s_.codes.begin() + target.codes_begin,
                   s_.codes.begin() + target.codes_begin + target.codes_count);
      base.assign(s_.codes.begin() + target.base_begin,
                  s_.codes.begin() + target.base_begin + target.base_count);
      int32_t id = add_mention(w, w, w, codes.data(), codes.size());
      s_.mentions[id].base_begin = static_cast<uint32_t>(s_.codes.size());
      s_.codes.insert(s_.codes.end(), base.begin(), base.end());
      s_.mentions[id].base_count = static_cast<uint32_t>(base.size());
      s_.mentions[id].pronoun = true;
      s_.mentions[id].refers_mention = refers_mention;
      s_.mentions[id].refers_compound = refers_compound;
      s_.info[w].mention = id;
    }
  }

  // ---- Clauses --------------------------------------------------------------------------

  void split_clauses() {
    int32_t begin = 0;
    for (int32_t p = 0; p < seq_n_; ++p) {
      int32_t w = s_.seq[p];
      if (type(w) == WordType::kConjunction && !s_.info[w].in_compound) {
        s_.clauses.push_back({begin, p});
        begin = p + 1;
      }
    }
    s_.clauses.push_back({begin, seq_n_});
  }

  bool verb_counts(int32_t w) const {
    if (type(w) != WordType::kVerb) return false;
    return true;
  }

  bool check_complexity(SentenceResult& result) {
    const ComplexityOptions& c = options_.complexity;
    int verbs = 0, conjunctions = 0, actors = 0, pronouns = 0;
    int32_t first_verb = -1;
    for (int32_t p = 0; p < seq_n_; ++p) {
      int32_t w = s_.seq[p];
      if (type(w) == WordType::kVerb) {
        ++verbs;
        const dict::VerbEntry& verb = dict_.verbs[dict_.roots[s_.info[w].root].entry];
        if (first_verb < 0 && verb.code.code != kNullCode) first_verb = p;
      }
      if (type(w) == WordType::kConjunction && !s_.info[w].in_compound) ++conjunctions;
      if (type(w) == WordType::kPronoun) ++pronouns;
      if (type(w) == WordType::kActor && mention_at(p) >= 0) ++actors;
    }
    auto complex = [&](std::string why) {
      return stop(result, SentenceOutcome::kComplex, std::move(why));
    };
    if (c.verbs > 0 && verbs >= c.verbs) return complex(std::to_string(verbs) + " verbs");
    if (c.conjunctions > 0 && conjunctions >= c.conjunctions)
      return complex(std::to_string(conjunctions) + " conjunctions");
    if (c.actors > 0 && actors >= c.actors) return complex(std::to_string(actors) + " actors");
    if (c.pronouns > 0 && pronouns >= c.pronouns)
      return complex(std::to_string(pronouns) + " pronouns");
    if (c.no_verb && first_verb < 0) return complex("no verb");
    if (c.late_verb > 0 && (first_verb < 0 || first_verb >= c.late_verb))
      return complex("late verb");
    if (first_verb >= 0 && (c.no_actor_prior || c.no_actor_after)) {
      bool prior = false, after = false;
      for (int32_t p = 0; p < seq_n_; ++p) {
        if (mention_at(p) < 0) continue;
        if (p < first_verb) prior = true;
        if (p > first_verb) after = true;
      }
      if (c.no_actor_prior && !prior) return complex("no actor before the first verb");
      if (c.no_actor_after && !after) return complex("no actor after the first verb");
    }
    return true;
  }

  // ---- Pattern matching -----------------------------------------------------------------

  bool is_barrier(int32_t p) const {
    int32_t w = s_.seq[p];
    return type(w) == WordType::kComma && !s_.info[w].in_compound;
  }

  // The compound a mention stands for in a pattern or a default search, or the mention alone.
  ActorRef ref_for(int32_t m) const {
    ActorRef ref;
    const Mention& mention = s_.mentions[m];
    if (mention.pronoun && mention.refers_compound >= 0) {
      ref.mention = m;  // the pronoun; expanded through its referent
      return ref;
    }
    if (mention.compound >= 0)
      ref.compound = mention.compound;
    else
      ref.mention = m;
    return ref;
  }

  bool is_compound_ref(int32_t m) const {
    const Mention& mention = s_.mentions[m];
    return mention.compound >= 0 || mention.refers_compound >= 0 || mention.codes_count > 1;
  }

  // Positions after the block of words of mention m starting at p (or of its compound).
  int32_t after_block(int32_t p, int32_t m, bool whole_compound) const {
    int32_t q = p;
    int32_t compound = whole_compound ? s_.mentions[m].compound : -1;
    while (q < seq_n_) {
      int32_t here = mention_at(q);
      if (here == m || (compound >= 0 && here >= 0 && s_.mentions[here].compound == compound) ||
          (compound >= 0 && s_.info[s_.seq[q]].in_compound &&
           s_.seq[q] <= s_.compounds[compound].last)) {
        ++q;
        continue;
      }
      break;
    }
    return q;
  }

  int32_t before_block(int32_t p, int32_t m, bool whole_compound) const {
    int32_t q = p;
    int32_t compound = whole_compound ? s_.mentions[m].compound : -1;
    while (q >= 0) {
      int32_t here = mention_at(q);
      if (here == m || (compound >= 0 && here >= 0 && s_.mentions[here].compound == compound) ||
          (compound >= 0 && s_.info[s_.seq[q]].in_compound &&
           s_.seq[q] >= s_.compounds[compound].first)) {
        --q;
        continue;
      }
      break;
    }
    return q;
  }

  bool bind(PatternElement::Kind kind, int32_t m, MatchState& st) const {
    switch (kind) {
      case PatternElement::Kind::kSource:
        st.source = ref_for(m);
        return true;
      case PatternElement::Kind::kTarget:
        st.target = ref_for(m);
        return true;
      case PatternElement::Kind::kCompound:
        if (!is_compound_ref(m)) return false;
        st.compound = ref_for(m);
        return true;
      default:
        return true;
    }
  }

  static bool is_actor_token(PatternElement::Kind kind) {
    return kind == PatternElement::Kind::kSource || kind == PatternElement::Kind::kTarget ||
           kind == PatternElement::Kind::kCompound || kind == PatternElement::Kind::kSkip ||
           kind == PatternElement::Kind::kAttribution;
  }

  bool forward_match(const Rest* rest, int32_t p, bool touch, MatchState& st) const {
    if (rest == nullptr) return true;
    if (rest->index >= static_cast<int>(rest->elements->size()))
      return forward_match(rest->next, p, rest->adjacent_after, st);
    const PatternElement& e = (*rest->elements)[rest->index];
    const Rest next{rest->elements, rest->index + 1, rest->adjacent_after, rest->next};
    switch (e.kind) {
      case PatternElement::Kind::kWord: {
        for (int32_t q = p; q < window_end_; ++q) {
          if (touch && q != p) break;
          if (dict::word_matches(e.word, word(s_.seq[q]), false, dict::Endings::kNone)) {
            MatchState saved = st;
            st.length += alnum_length(e.word.text);
            if (forward_match(&next, q + 1, e.adjacent, st)) return true;
            st = saved;
          }
        }
        return false;
      }
      case PatternElement::Kind::kSynset:
      case PatternElement::Kind::kAlternatives: {
        const auto& options = e.kind == PatternElement::Kind::kSynset
                                  ? dict_.synsets[e.synset].members
                                  : e.alternatives;
        for (const auto& option : options) {
          MatchState saved = st;
          const Rest frame{&option, 0, e.adjacent, &next};
          if (forward_match(&frame, p, touch, st)) return true;
          st = saved;
        }
        return false;
      }
      default: {
        if (!is_actor_token(e.kind)) return false;
        // The first actor found is the one the token takes (manual 5.7.3).
        for (int32_t q = p; q < window_end_; ++q) {
          int32_t m = mention_at(q);
          if (m < 0) {
            if (touch) return false;
            continue;
          }
          if (e.kind == PatternElement::Kind::kCompound && !is_compound_ref(m)) {
            if (touch) return false;
            continue;
          }
          MatchState saved = st;
          if (!bind(e.kind, m, st)) return false;
          bool whole = e.kind == PatternElement::Kind::kSkip ||
                       e.kind == PatternElement::Kind::kCompound || s_.mentions[m].compound >= 0;
          if (forward_match(&next, after_block(q, m, whole), e.adjacent, st)) return true;
          st = saved;
          return false;
        }
        return false;
      }
    }
  }

  bool backward_match(const Rest* rest, int32_t p, bool touch, MatchState& st) const {
    if (rest == nullptr) return true;
    if (rest->index < 0) {
      const Rest* outer = rest->next;
      if (outer == nullptr) return true;
      bool t = outer->index >= 0 && (*outer->elements)[outer->index].adjacent;
      return backward_match(outer, p, t, st);
    }
    const PatternElement& e = (*rest->elements)[rest->index];
    const Rest next{rest->elements, rest->index - 1, false, rest->next};
    const bool next_touch = rest->index > 0 && (*rest->elements)[rest->index - 1].adjacent;
    switch (e.kind) {
      case PatternElement::Kind::kWord: {
        for (int32_t q = p; q >= window_begin_; --q) {
          if (touch && q != p) break;
          if (dict::word_matches(e.word, word(s_.seq[q]), false, dict::Endings::kNone)) {
            MatchState saved = st;
            st.length += alnum_length(e.word.text);
            if (backward_match(&next, q - 1, next_touch, st)) return true;
            st = saved;
          }
        }
        return false;
      }
      case PatternElement::Kind::kSynset:
      case PatternElement::Kind::kAlternatives: {
        const auto& options = e.kind == PatternElement::Kind::kSynset
                                  ? dict_.synsets[e.synset].members
                                  : e.alternatives;
        for (const auto& option : options) {
          MatchState saved = st;
          const Rest frame{&option, static_cast<int>(option.size()) - 1, false, &next};
          if (backward_match(&frame, p, touch, st)) return true;
          st = saved;
        }
        return false;
      }
      default: {
        if (!is_actor_token(e.kind)) return false;
        for (int32_t q = p; q >= window_begin_; --q) {
          int32_t m = mention_at(q);
          if (m < 0) {
            if (touch) return false;
            continue;
          }
          if (e.kind == PatternElement::Kind::kCompound && !is_compound_ref(m)) {
            if (touch) return false;
            continue;
          }
          MatchState saved = st;
          if (!bind(e.kind, m, st)) return false;
          bool whole = e.kind == PatternElement::Kind::kSkip ||
                       e.kind == PatternElement::Kind::kCompound || s_.mentions[m].compound >= 0;
          if (backward_match(&next, before_block(q, m, whole), next_touch, st)) return true;
          st = saved;
          return false;
        }
        return false;
      }
    }
  }

  bool match_pattern(const dict::Pattern& pattern, int32_t verb_first, int32_t verb_last,
                     MatchState& st) const {
    st = MatchState();
    if (!pattern.lower.empty()) {
      const Rest lower{&pattern.lower, 0, false, nullptr};
      if (!forward_match(&lower, verb_last + 1, pattern.lower_adjacent, st)) return false;
    }
    if (!pattern.upper.empty()) {
      const Rest upper{&pattern.upper, static_cast<int>(pattern.upper.size()) - 1, false, nullptr};
      if (!backward_match(&upper, verb_first - 1, pattern.upper_adjacent, st)) return false;
    }
    return true;
  }

  // Evaluates a verb (or time) entry at word `head`..`last`: its patterns longest first, then its
  // own code. With alternatives, a longer pattern may still beat the length actually matched.
  VerbResult evaluate(const dict::VerbEntry& entry, int32_t head, int32_t last,
                      bool whole_sentence) {
    VerbResult best;
    best.code = entry.code;
    best.verb = &entry;
    int32_t first_p, last_p;
    if (whole_sentence) {
      // Before the sequence exists (time phrases): positions are word indexes.
      s_.seq.resize(n_);
      s_.pos.assign(n_, 0);
      for (int32_t w = 0; w < n_; ++w) {
        s_.seq[w] = w;
        s_.pos[w] = w;
      }
      seq_n_ = n_;
      window_begin_ = 0;
      window_end_ = n_;
      first_p = head;
      last_p = last;
    } else {
      first_p = s_.pos[head];
      last_p = s_.pos[last] >= 0 ? s_.pos[last] : first_p;
    }
    uint32_t best_length = 0;
    bool found = false;
    MatchState st;
    for (const dict::Pattern& pattern : entry.patterns) {
      if (found && pattern.length <= best_length) break;
      if ((pattern.required & signature_) != pattern.required) continue;
      if (!match_pattern(pattern, first_p, last_p, st)) continue;
      uint32_t length = pattern.has_alternatives ? st.length : pattern.length;
      if (!found || length > best_length) {
        found = true;
        best_length = length;
        best.code = pattern.code;
        best.pattern = &pattern;
        best.bound = st;
      }
    }
    return best;
  }

  // ---- Sources and targets --------------------------------------------------------------

  CodeId ref_first_code(const ActorRef& ref) const {
    if (ref.is_default) return ref.default_code;
    if (ref.compound >= 0)
      return first_code(s_.mentions[s_.members[s_.compounds[ref.compound].members_begin]]);
    if (ref.mention >= 0) return first_code(s_.mentions[ref.mention]);
    return kNullCode;
  }

  int32_t ref_compound(const ActorRef& ref) const {
    if (ref.compound >= 0) return ref.compound;
    if (ref.mention >= 0) {
      const Mention& m = s_.mentions[ref.mention];
      if (m.pronoun && m.refers_compound >= 0) return m.refers_compound;
    }
    return -1;
  }

  bool ref_is_compound(const ActorRef& ref) const {
    if (ref_compound(ref) >= 0) return true;
    return ref.mention >= 0 && s_.mentions[ref.mention].codes_count > 1;
  }

  ActorRef default_ref(const std::string& code) {
    ActorRef ref;
    ref.is_default = true;
    ref.default_code = s_.local.intern(code);
    return ref;
  }

  // Default source (manual 5.8): the first actor of the clause before the verb; else, unless a
  // PRIOR default applies, the first actor after it.
  ActorRef find_source(const ClauseRange& clause, int32_t vf, int32_t vl, const ActorRef& target) {
    CodeId avoid = target.empty() ? kNullCode : ref_first_code(target);
    for (int32_t p = clause.begin; p < vf; ++p) {
      int32_t m = mention_at(p);
      if (m < 0) continue;
      if (!target.empty() && first_code(s_.mentions[m]) == avoid) continue;
      return ref_for(m);
    }
    const DefaultActors& d = options_.defaults;
    if (d.source_prior && !d.source.empty()) return default_ref(d.source);
    for (int32_t p = vl + 1; p < clause.end; ++p) {
      int32_t m = mention_at(p);
      if (m < 0) continue;
      if (!target.empty() && first_code(s_.mentions[m]) == avoid) continue;
      return ref_for(m);
    }
    if (!d.source.empty()) return default_ref(d.source);
    return ActorRef();
  }

  ActorRef target_ref(int32_t m, const ActorRef& source) const {
    ActorRef ref = ref_for(m);
    if (ref.compound >= 0 && ref.compound == ref_compound(source)) {
      ref.compound = -1;
      ref.mention = m;
    }
    return ref;
  }

  // Default target: the first actor after the verb with a code other than the source's, else the
  // nearest such actor before it, else the source itself when it is a compound.
  ActorRef find_target(const ClauseRange& clause, int32_t vf, int32_t vl, const ActorRef& source) {
    CodeId avoid = ref_first_code(source);
    for (int32_t p = vl + 1; p < clause.end; ++p) {
      int32_t m = mention_at(p);
      if (m < 0 || first_code(s_.mentions[m]) == avoid) continue;
      return target_ref(m, source);
    }
    const DefaultActors& d = options_.defaults;
    if (d.target_after && !d.target.empty()) return default_ref(d.target);
    for (int32_t p = vf - 1; p >= clause.begin; --p) {
      int32_t m = mention_at(p);
      if (m < 0 || first_code(s_.mentions[m]) == avoid) continue;
      return target_ref(m, source);
    }
    if (ref_is_compound(source)) return source;
    if (!d.target.empty()) return default_ref(d.target);
    return ActorRef();
  }

  bool passive(int32_t vf, int32_t vl) const {
    bool auxiliary = false, by = false;
    for (int32_t p = vf - 2; p < vf; ++p)
      if (p >= 0 && type(s_.seq[p]) == WordType::kAuxiliary) auxiliary = true;
    for (int32_t p = vl + 1; p <= vl + 2 && p < seq_n_; ++p)
      if (type(s_.seq[p]) == WordType::kBy) by = true;
    return auxiliary && by;
  }

  // (code, mention word) pairs an actor reference stands for.
  void expand(const ActorRef& ref, std::vector<std::pair<CodeId, int32_t>>& out) const {
    out.clear();
    if (ref.is_default) {
      out.emplace_back(ref.default_code, -1);
      return;
    }
    auto add_mention_codes = [&](int32_t m, int32_t word) {
      const Mention& mention = s_.mentions[m];
      for (uint32_t k = 0; k < mention.codes_count; ++k)
        out.emplace_back(s_.codes[mention.codes_begin + k], word);
    };
    auto add_compound = [&](int32_t c, int32_t word_override) {
      const CompoundInfo& compound = s_.compounds[c];
      for (uint32_t k = 0; k < compound.members_count; ++k) {
        int32_t m = s_.members[compound.members_begin + k];
        if (s_.mentions[m].cancelled) continue;
        add_mention_codes(m, word_override >= 0 ? word_override : s_.mentions[m].head);
      }
    };
    if (ref.compound >= 0) {
      add_compound(ref.compound, -1);
      return;
    }
    if (ref.mention < 0) return;
    const Mention& m = s_.mentions[ref.mention];
    if (m.pronoun && m.refers_compound >= 0) {
      add_compound(m.refers_compound, m.head);
      return;
    }
    add_mention_codes(ref.mention, m.head);
  }

  // ---- Coding ---------------------------------------------------------------------------

  void code_clauses(SentenceResult& result) {
    std::vector<VerbEvents>& groups = s_.groups;
    std::vector<std::pair<CodeId, int32_t>>& sources = s_.sources;
    std::vector<std::pair<CodeId, int32_t>>& targets = s_.targets;
    groups.clear();
    s_.pending.clear();
    ActorRef carried;
    bool have_carried = false;
    for (int32_t c = 0; c < static_cast<int32_t>(s_.clauses.size()); ++c) {
      const ClauseRange clause = s_.clauses[c];
      if (c > 0) {
        // A new clause keeps the source of the last one's event, unless it opens with an actor.
        int32_t p = clause.begin;
        while (p < clause.end && (type(s_.seq[p]) == WordType::kDeterminer ||
                                  type(s_.seq[p]) == WordType::kAdjective))
          ++p;
        int32_t m = mention_at(p);
        if (p < clause.end && m >= 0 && !s_.mentions[m].pronoun && s_.mentions[m].head == s_.seq[p])
          have_carried = false;
      }
      bool clause_coded = false;
      for (int32_t p = clause.begin; p < clause.end; ++p) {
        int32_t w = s_.seq[p];
        if (type(w) != WordType::kVerb) continue;
        const dict::Root& root = dict_.roots[s_.info[w].root];
        const dict::VerbEntry& entry = dict_.verbs[root.entry];
        int32_t last_word = s_.info[w].last;
        int32_t vl = s_.pos[last_word] >= 0 ? s_.pos[last_word] : p;
        // Patterns see the clause up to the nearest comma on either side.
        window_begin_ = clause.begin;
        for (int32_t q = p - 1; q >= clause.begin; --q)
          if (is_barrier(q)) {
            window_begin_ = q + 1;
            break;
          }
        window_end_ = clause.end;
        for (int32_t q = vl + 1; q < clause.end; ++q)
          if (is_barrier(q)) {
            window_end_ = q;
            break;
          }
        VerbResult vr = evaluate(entry, w, last_word, false);
        if (vr.code.code == kDiscardCode) {
          result.outcome = SentenceOutcome::kDiscard;
          result.explanation = "discard code on " + entry.root_text;
          result.events.clear();
          return;
        }
        if (vr.code.code == kComplexCode) {
          result.outcome = SentenceOutcome::kComplex;
          result.explanation = "complex code on " + entry.root_text;
          result.events.clear();
          return;
        }
        if (vr.code.code == kNullCode && !vr.code.is_paired) continue;

        ActorRef source, target;
        bool set_by_pattern = false;
        if (!vr.bound.compound.empty()) {
          source = target = vr.bound.compound;
          set_by_pattern = true;
        }
        if (!vr.bound.source.empty()) {
          source = vr.bound.source;
          set_by_pattern = true;
        }
        if (!vr.bound.target.empty()) {
          target = vr.bound.target;
          set_by_pattern = true;
        }
        if (source.empty() && have_carried && !clause_coded && c > 0) source = carried;
        if (source.empty()) source = find_source(clause, p, vl, target);
        if (source.empty()) continue;
        if (target.empty()) target = find_target(clause, p, vl, source);
        if (target.empty()) continue;
        if (!set_by_pattern && passive(p, vl)) std::swap(source, target);

        VerbEvents group;
        group.begin = s_.pending.size();
        group.subordinate = vr.code.subordinate;
        group.dominant = vr.code.dominant;
        group.clause = c;
        group.source = source;
        expand(source, sources);
        expand(target, targets);
        for (const auto& [sc, sw] : sources) {
          for (const auto& [tc, tw] : targets) {
            if (sc == tc) continue;
            add_event(result, sc, tc, vr.code.code, sw, tw, w, last_word, vr, c);
            if (vr.code.is_paired)
              add_event(result, tc, sc, vr.code.paired, tw, sw, w, last_word, vr, c);
          }
        }
        group.end = s_.pending.size();
        if (group.end == group.begin) continue;
        groups.push_back(group);
        if (!vr.code.subordinate) clause_coded = true;
      }
      // The source carries to the next clause from this clause's first coded event.
      have_carried = false;
      for (const VerbEvents& g : groups) {
        if (g.clause != c) continue;
        carried = g.source;
        have_carried = true;
        if (!g.subordinate) break;
      }
    }
    select_events(result, groups);
  }

  void add_event(SentenceResult& result, CodeId source, CodeId target, CodeId code,
                 int32_t source_word, int32_t target_word, int32_t verb_word, int32_t verb_last,
                 const VerbResult& vr, int32_t clause) {
    (void)result;
    PendingEvent e;
    e.source = source;
    e.target = target;
    e.code = code;
    e.source_word = source_word;
    e.target_word = target_word;
    e.verb_word = verb_word;
    e.verb_last_word = verb_last;
    e.pattern = vr.pattern;
    e.verb = vr.verb;
    e.date = date_;
    e.subordinate = vr.code.subordinate;
    e.dominant = vr.code.dominant;
    e.clause = clause;
    s_.pending.push_back(e);
  }

  // Which events a sentence codes (manual 6.6 and 7.6): dominant events push out all others;
  // otherwise the first event of each clause (or of the sentence, or all), where subordinate
  // events count only when nothing else is found.
  void select_events(SentenceResult& result, const std::vector<VerbEvents>& groups) {
    // take() copies pending events toward the front: a group is never overwritten before it is
    // read, because groups are taken in ascending order.
    // Chosen events are moved to the front of the pending list, in order.
    size_t chosen_count = 0;
    auto take = [&](const VerbEvents& g) {
      for (size_t k = g.begin; k < g.end; ++k) s_.pending[chosen_count++] = s_.pending[k];
    };
    // Evaluation stops at a clause's first event, so a dominant verb later in the clause is
    // never reached except when every event is coded (validation FRWD-002-003, CODEBY-12).
    std::vector<const VerbEvents*>& picked = s_.picked;
    picked.clear();
    if (options_.code_by == CodeBy::kAll) {
      for (const VerbEvents& g : groups)
        if (!g.subordinate) picked.push_back(&g);
      if (picked.empty() && !groups.empty()) picked.push_back(&groups.front());
    } else if (options_.code_by == CodeBy::kSentence) {
      auto main = std::find_if(groups.begin(), groups.end(),
                               [](const VerbEvents& g) { return !g.subordinate; });
      if (main != groups.end())
        picked.push_back(&*main);
      else if (!groups.empty())
        picked.push_back(&groups.front());
    } else {
      int32_t clauses = static_cast<int32_t>(s_.clauses.size());
      for (int32_t c = 0; c < clauses; ++c) {
        const VerbEvents* main = nullptr;
        const VerbEvents* sub = nullptr;
        for (const VerbEvents& g : groups) {
          if (g.clause != c) continue;
          if (!g.subordinate && main == nullptr) main = &g;
          if (g.subordinate && sub == nullptr) sub = &g;
        }
        if (main != nullptr)
          picked.push_back(main);
        else if (sub != nullptr)
          picked.push_back(sub);
      }
    }
    bool any_dominant =
        std::any_of(picked.begin(), picked.end(), [](const VerbEvents* g) { return g->dominant; });
    for (const VerbEvents* g : picked)
      if (!any_dominant || g->dominant) take(*g);
    // The same event twice (duplicate actors in a compound) is one event.
    result.events.clear();
    for (size_t k = 0; k < chosen_count; ++k) {
      const PendingEvent& e = s_.pending[k];
      bool seen =
          std::any_of(s_.pending.begin(), s_.pending.begin() + k, [&](const PendingEvent& u) {
            return u.source == e.source && u.target == e.target && u.code == e.code;
          });
      if (seen) continue;
      CodedEvent out;
      out.source = std::string(s_.local.text(e.source));
      out.target = std::string(s_.local.text(e.target));
      out.code = e.code;
      out.source_word = e.source_word;
      out.target_word = e.target_word;
      out.verb_word = e.verb_word;
      out.verb_last_word = e.verb_last_word;
      out.pattern = e.pattern;
      out.verb = e.verb;
      out.date = e.date;
      out.subordinate = e.subordinate;
      out.dominant = e.dominant;
      out.clause = e.clause;
      result.events.push_back(std::move(out));
    }
  }

  void remember_for_forwarding() {
    if (forward_ == nullptr) return;
    forward_->valid = false;
    forward_->first_actor.clear();
    for (int32_t p = 0; p < seq_n_; ++p) {
      int32_t m = mention_at(p);
      if (m < 0 || s_.mentions[m].pronoun) continue;
      const Mention& mention = s_.mentions[m];
      // Forwarding carries the actor, not its agent (validation FRWD-001-002).
      for (uint32_t k = 0; k < mention.base_count; ++k)
        forward_->first_actor.push_back(s_.codes[mention.base_begin + k]);
      forward_->valid = true;
      break;
    }
  }

  const dict::CompiledDictionary& compiled_;
  const dict::Dictionary& dict_;
  const CoderOptions& options_;
  CoderScratch& s_;
  int32_t date_;
  ForwardState* forward_;
  int32_t n_ = 0;
  int32_t seq_n_ = 0;
  int32_t window_begin_ = 0, window_end_ = 0;
  uint64_t signature_ = 0;  // prefix bits of every word of the sentence
};

}  // namespace

Coder::Coder(std::shared_ptr<const dict::CompiledDictionary> dictionary, CoderOptions options)
    : dictionary_(std::move(dictionary)), options_(std::move(options)) {}

Coder::~Coder() = default;

SentenceResult Coder::code(std::string_view text, int32_t date, CoderScratch& scratch,
                           ForwardState* forward) const {
  return code_with(text, date, options_, scratch, forward);
}

SentenceResult Coder::code_with(std::string_view text, int32_t date, const CoderOptions& options,
                                CoderScratch& scratch, ForwardState* forward) const {
  SentenceParse parse(*dictionary_, options, scratch, date, forward);
  SentenceResult result = parse.run(text);
  return result;
}

std::string Coder::explain(const CoderScratch& s) const {
  const dict::Dictionary& d = dictionary_->dictionary();
  std::string out;
  for (size_t i = 0; i < s.lexed.words.size(); ++i) {
    const WordInfo& info = i < s.info.size() ? s.info[i] : WordInfo();
    out += std::to_string(i) + " ";
    out += s.lexed.text(i);
    out += " <";
    out += type_name(info.type);
    if (info.root >= 0 && info.head == static_cast<int32_t>(i)) {
      out += " " + d.roots[info.root].text;
      if (info.last != static_cast<int32_t>(i)) out += " ..." + std::to_string(info.last);
    }
    if (info.mention >= 0 && info.mention < static_cast<int32_t>(s.mentions.size())) {
      const Mention& m = s.mentions[info.mention];
      out += " m" + std::to_string(info.mention) + "=";
      for (uint32_t k = 0; k < m.codes_count; ++k) {
        if (k) out += "/";
        CodeId c = s.codes[m.codes_begin + k];
        out += std::string(s.local.text(c));
      }
      if (m.compound >= 0) out += " cmp" + std::to_string(m.compound);
      if (m.cancelled) out += " cancelled";
    }
    if (info.eliminated) out += " ELIM";
    if (info.in_compound) out += " incmp";
    out += ">\n";
  }
  out += "clauses:";
  for (const ClauseRange& c : s.clauses)
    out += " [" + std::to_string(c.begin) + "," + std::to_string(c.end) + ")";
  out += "\n";
  return out;
}

}  // namespace herodotus::code
