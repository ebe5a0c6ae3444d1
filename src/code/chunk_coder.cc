#include "code/chunk_coder.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <unordered_set>

#include "geo/gazetteer.h"
#include "text/word_lists.h"

namespace herodotus::embedded {
extern const std::string_view word_classes;
}

namespace herodotus::code {

using dict::PatternElement;
using dict::RootKind;

PetrarchOptions herodotus_options() {
  PetrarchOptions o;
  o.facts_only = true;
  o.resolve_pronouns = true;
  o.reported_speech = true;
  o.whole_names = true;
  o.null_patterns_code_nothing = true;
  o.clause_aware_commas = true;
  o.prefer_people = true;
  o.places_as_countries = true;
  return o;
}

Status apply_petrarch_option(std::string_view name, std::string_view value, PetrarchOptions& o) {
  auto number = [&](int& field) -> Status {
    std::string v(value);
    char* end = nullptr;
    long n = std::strtol(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0')
      return Status(ErrorCode::kInvalidArgument, "option " + std::string(name) + " needs a number");
    field = static_cast<int>(n);
    return Status();
  };
  if (name == "require_dyad") {
    std::string lower;
    for (char c : value) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    o.require_dyad = lower.find("false") == std::string::npos;
    return Status();
  }
  if (name == "new_actor_length") return number(o.new_actor_length);
  if (name == "comma_min") return number(o.comma_min);
  if (name == "comma_max") return number(o.comma_max);
  if (name == "comma_bmin") return number(o.comma_bmin);
  if (name == "comma_bmax") return number(o.comma_bmax);
  if (name == "comma_emin") return number(o.comma_emin);
  if (name == "comma_emax") return number(o.comma_emax);
  if (name == "stop_on_error" || name == "write_actor_root" || name == "write_actor_text" ||
      name == "write_event_text")
    return Status();  // output and debugging settings
  return Status(ErrorCode::kInvalidArgument, "unknown PETRARCH option " + std::string(name));
}

namespace {

// Word classes, decided without a parser.
enum class WC : uint8_t {
  kComma,
  kEnd,
  kPunct,
  kQuote,
  kDet,
  kPossPron,
  kPron,
  kPrep,
  kTo,
  kConj,
  kComp,
  kModal,
  kAux,
  kNeg,
  kAdv,
  kNum,
  kPos,
  kVerb,       // a dictionary verb used as a verb
  kOtherVerb,  // a word that looks like a verb the dictionary does not have
  kNoun,
  kAdj,
  kUnknown,
};

bool in_chunk_class(WC c) {
  return c == WC::kDet || c == WC::kPossPron || c == WC::kNoun || c == WC::kAdj ||
         c == WC::kUnknown || c == WC::kNum || c == WC::kPos;
}

struct Lexicon {
  std::unordered_set<std::string> det{"THE",  "A",      "AN",      "THIS",    "THESE", "THOSE",
                                      "ALL",  "SOME",   "EACH",    "ANY",     "NO",    "EVERY",
                                      "BOTH", "EITHER", "NEITHER", "ANOTHER", "SUCH"};
  std::unordered_set<std::string> poss{"ITS", "HIS", "HER", "THEIR", "OUR", "MY", "YOUR"};
  std::unordered_set<std::string> pron{"IT", "HE", "SHE", "THEY", "THEM", "HIM",
                                       "WE", "US", "I",   "YOU",  "ME"};
  std::unordered_set<std::string> prep{
      "OF",      "IN",     "ON",      "AT",     "BY",      "FROM",    "WITH",   "FOR",    "AGAINST",
      "INTO",    "TOWARD", "TOWARDS", "OVER",   "ABOUT",   "BETWEEN", "DURING", "AFTER",  "BEFORE",
      "UNDER",   "ALONG",  "ACROSS",  "AMONG",  "THROUGH", "WITHOUT", "WITHIN", "NEAR",   "SINCE",
      "UNTIL",   "AROUND", "BEHIND",  "BEYOND", "DESPITE", "UPON",    "VIA",    "AMID",   "ONTO",
      "OUTSIDE", "INSIDE", "TILL",    "PER",    "LIKE",    "THAN",    "AS",     "UNLIKE", "TOWARD"};
  std::unordered_set<std::string> conj{"AND", "OR", "NOR", "BUT"};
  std::unordered_set<std::string> comp{"THAT",   "WHICH",   "WHO",  "WHOM",    "WHOSE",    "WHERE",
                                       "WHEN",   "WHILE",   "IF",   "BECAUSE", "ALTHOUGH", "THOUGH",
                                       "UNLESS", "WHETHER", "WHAT", "HOW",     "WHY"};
  std::unordered_set<std::string> modal{"WILL",  "WOULD",  "CAN",  "COULD", "MAY", "MIGHT",
                                        "SHALL", "SHOULD", "MUST", "CA",    "WO"};
  std::unordered_set<std::string> aux{"IS",  "ARE",  "WAS", "WERE",   "BE", "BEEN", "BEING", "AM",
                                      "HAS", "HAVE", "HAD", "HAVING", "DO", "DOES", "DID",   "'S'"};
  std::unordered_set<std::string> neg{"NOT", "N'T", "NEVER"};
  std::unordered_set<std::string> adv{
      "ALSO",     "ALREADY", "AGAIN",  "NOW",   "STILL",     "JUST",     "EVEN",    "EVER",
      "SOON",     "ONLY",    "ALMOST", "THEN",  "HOWEVER",   "YET",      "TOO",     "VERY",
      "RECENTLY", "HERE",    "THERE",  "TODAY", "YESTERDAY", "TOMORROW", "TONIGHT", "LATER",
      "EARLIER",  "AWAY",    "BACK",   "ONCE",  "SO"};
  std::unordered_set<std::string> numbers{
      "ONE",      "TWO",       "THREE",   "FOUR",     "FIVE",    "SIX",     "SEVEN",
      "EIGHT",    "NINE",      "TEN",     "DOZEN",    "DOZENS",  "HUNDRED", "HUNDREDS",
      "THOUSAND", "THOUSANDS", "MILLION", "MILLIONS", "BILLION", "TRILLION"};
  // Words a multi-word verb may step over (PETRARCH-1).
  std::unordered_set<std::string> fillers{"THE",  "A",      "AN",      "IT",    "HE",    "THEY",
                                          "HER",  "HAS",    "HAD",     "HAVE",  "SOME",  "FEW",
                                          "THAT", "DOLLAR", "DOLLARS", "DUCAT", "DUCATS"};
  // From data/lexicon/word_classes.txt.
  std::unordered_set<std::string> adjectives, past_forms, time_words, implicative, intention,
      leader_nouns, force_nouns;
  std::vector<std::string> adjective_endings;

  Lexicon() {
    const std::unordered_map<std::string, std::unordered_set<std::string>*> sets{
        {"[adjectives]", &adjectives},     {"[past forms]", &past_forms},
        {"[time words]", &time_words},     {"[implicative verbs]", &implicative},
        {"[intention verbs]", &intention}, {"[leader nouns]", &leader_nouns},
        {"[force nouns]", &force_nouns}};
    text::for_each_listed_word(
        embedded::word_classes, [&](std::string_view section, std::string_view entry) {
          std::string word;
          for (char c : entry)
            word += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
          if (section == "[adjective endings]") {
            adjective_endings.push_back(std::move(word));
            return;
          }
          auto set = sets.find(std::string(section));
          if (set != sets.end()) set->second->insert(std::move(word));
        });
  }

  bool is_adjective(const std::string& w) const {
    if (adjectives.count(w)) return true;
    for (const std::string& e : adjective_endings)
      if (w.size() > e.size() + 2 && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
    return false;
  }
};

const Lexicon& lexicon() {
  static const Lexicon* l = new Lexicon();
  return *l;
}

bool ends_with(const std::string& w, std::string_view e) {
  return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0;
}

struct Tok {
  std::string word;  // upper case
  WC wc = WC::kUnknown;
  bool capitalized = false;
  bool proper = false;  // part of an actor or agent phrase
  bool deleted = false;
  int name = -1;  // with whole_names: the multi-word name it belongs to
  bool closes_quote = false;
  bool capitals = false;  // written without lower-case letters
  int element = -1;       // the chunk or compound element it belongs to
  int origin = 0;         // index in the caller's tokens
};

// A noun-phrase chunk: its words (token indexes; possessive markers left out), its code.
struct Chunk {
  std::vector<int> words;
  int first = 0, last = 0;  // token range it covers in the text
  std::string code = "---";
  bool coded = false;
  int compound = -1;
  StoryMemory::Mention mention;  // what a later pronoun may refer to (empty code: nothing)
  enum class Reference : uint8_t { kNone, kPronoun, kRoleNoun } reference = Reference::kNone;
  bool has_agent = false;
};
using Reference = Chunk::Reference;

struct Compound {
  std::vector<int> chunks;
  int first = 0, last = 0;
};

// A top-level piece of the sentence in order: a plain token, a chunk or a compound.
struct Element {
  enum Kind { kToken, kChunk, kCompound } kind;
  int index;  // token, chunk or compound index
  int first, last;
};

// An item of the word sequences patterns are matched against.
struct Item {
  enum Kind { kWord, kEnterChunk, kLeaveChunk, kEnterCompound, kLeaveCompound } kind;
  int index;  // token index for words, chunk or compound index for markers
};

// Who an actor token bound: a chunk or a compound.
struct Binding {
  int chunk = -1, compound = -1;
  bool set() const { return chunk >= 0 || compound >= 0; }
};

struct MatchResult {
  Binding source, target;
};

class Parse {
 public:
  using IssueIndex = WordMap<std::vector<std::pair<uint32_t, uint32_t>>>;
  using MultiWordIndex = WordMap<std::vector<uint32_t>>;

  Parse(const dict::CompiledDictionary& compiled, const PhraseIndex& phrases,
        const MultiWordIndex& multiword, const IssueIndex& issues, const DiscardIndex& discards,
        const PetrarchOptions& options, int32_t date)
      : d_(compiled.dictionary()),
        phrases_(phrases),
        multiword_(multiword),
        issues_(issues),
        discards_(discards),
        options_(options),
        date_(date) {}

  ChunkResult run(const std::vector<std::string_view>& tokens, std::string_view text, bool explain,
                  StoryMemory* memory, SentenceQuotes* quotes) {
    memory_ = options_.resolve_pronouns ? memory : nullptr;
    input_ = &tokens;
    speaker_names_ = quotes != nullptr;
    ChunkResult result;
    load(tokens);
    if (discard(text, result)) return result;
    if (dateline()) {
      result.outcome = ChunkOutcome::kDateline;
      return result;
    }
    mark_phrases();
    classify();
    build_chunks();
    code_chunks();
    delete_comma_clauses();
    resolve_references();
    remember_mentions();
    if (quotes != nullptr) resolve_speakers(*quotes);
    find_quotation(quotes);
    code_verbs(result);
    attribute_quotation(result);
    filter_events(result);
    if (!result.events.empty()) code_issues(result);
    auto origin = [&](int32_t& t) {
      if (t >= 0) t = toks_[t].origin;
    };
    for (ChunkEvent& e : result.events) {
      origin(e.source_token);
      origin(e.target_token);
      origin(e.verb_token);
      origin(e.verb_last_token);
    }
    if (explain) result.explanation = describe();
    return result;
  }

 private:
  // ---- Tokens and word classes ------------------------------------------------------------

  void load(const std::vector<std::string_view>& tokens) {
    toks_.clear();
    for (size_t k = 0; k < tokens.size(); ++k) {
      std::string_view t = tokens[k];
      // "Dol_Amroth": an underscore joins the words of a name; it is not punctuation.
      if (t == "_") continue;
      Tok tok;
      tok.origin = static_cast<int>(k);
      for (char c : t) tok.word += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      tok.capitalized = !t.empty() && std::isupper(static_cast<unsigned char>(t[0]));
      tok.capitals = std::none_of(
          t.begin(), t.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
      toks_.push_back(std::move(tok));
    }
    n_ = static_cast<int>(toks_.size());
    signature_ = 0;
    for (const Tok& tok : toks_) signature_ |= dict::prefix_bit(tok.word);
    all_caps_ = true;
    for (std::string_view t : tokens)
      for (char c : t)
        if (std::islower(static_cast<unsigned char>(c))) all_caps_ = false;
  }

  // Discard phrases (PETRARCH-1): a phrase starting a word anywhere in the sentence (and, unless
  // written with a final '_', possibly ending inside one: TYPHOON finds TYPHOONS). A story-level
  // phrase wins over a sentence-level one.
  bool discard(std::string_view text, ChunkResult& result) {
    if (d_.discards.empty()) return false;
    std::string upper = " ";
    for (char c : text) {
      char u = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (std::isspace(static_cast<unsigned char>(u))) u = ' ';
      if (u == ' ' && upper.back() == ' ') continue;
      upper += u;
    }
    upper += ' ';
    bool sentence_level = false;
    auto try_discard = [&](uint32_t id, size_t at) {
      const dict::Discard& discard = d_.discards[id];
      if (upper.compare(at, discard.phrase.size(), discard.phrase) != 0) return false;
      size_t end = at + discard.phrase.size();
      if (discard.whole_word && end < upper.size() &&
          std::isalnum(static_cast<unsigned char>(upper[end])))
        return false;
      if (discard.story_level) return true;
      sentence_level = true;
      return false;
    };
    for (size_t at = 1; at < upper.size(); ++at) {
      if (std::isalnum(static_cast<unsigned char>(upper[at - 1])) ||
          !std::isalnum(static_cast<unsigned char>(upper[at])))
        continue;  // a word starts here
      for (uint32_t id : discards_.short_phrases)
        if (try_discard(id, at)) return story_discard(result);
      if (at + DiscardIndex::kKey > upper.size()) continue;
      auto it = discards_.by_prefix.find(std::string_view(upper).substr(at, DiscardIndex::kKey));
      if (it == discards_.by_prefix.end()) continue;
      for (uint32_t id : it->second)
        if (try_discard(id, at)) return story_discard(result);
    }
    if (sentence_level) result.outcome = ChunkOutcome::kSentenceDiscard;
    return sentence_level;
  }

  static bool story_discard(ChunkResult& result) {
    result.outcome = ChunkOutcome::kStoryDiscard;
    return true;
  }

  // "CEBU CITY: -- Cordova Mayor ...": a dateline before the sentence (PETRARCH error "dateline").
  bool dateline() const {
    int i = 0;
    while (i < n_ && !toks_[i].word.empty() &&
           std::isalpha(static_cast<unsigned char>(toks_[i].word[0]))) {
      if (!toks_[i].capitals) return false;  // as written: "Eowyn said:" is no dateline
      ++i;
      if (i < n_ && (toks_[i].word == ":" || toks_[i].word == "--")) return !all_caps_;
    }
    return false;
  }

  // Tries the roots of `kind` at token `at` over `words` (whole words; '_' consecutive, ' ' with
  // gaps); returns the index past the last word matched, or -1.
  int match_phrase_at(const std::vector<int>& words, size_t at, RootKind kind,
                      uint32_t& root_out) const {
    for (uint32_t id : phrases_.roots(kind, toks_[words[at]].word)) {
      if ((d_.roots[id].required & signature_) != d_.roots[id].required) continue;
      const dict::Phrase& phrase = d_.roots[id].phrase;
      size_t j = at;
      bool ok = true;
      if (phrase[0].capitals && !toks_[words[at]].capitals) continue;
      for (size_t k = 1; k < phrase.size() && ok; ++k) {
        if (phrase[k - 1].adjacent) {
          ++j;
          ok = j < words.size() && toks_[words[j]].word == phrase[k].text &&
               (!phrase[k].capitals || toks_[words[j]].capitals);
        } else {
          size_t q = j + 1;
          while (q < words.size() && toks_[words[q]].word != phrase[k].text) ++q;
          ok = q < words.size();
          j = q;
        }
      }
      if (!ok) continue;
      root_out = id;
      return static_cast<int>(j + 1);
    }
    return -1;
  }

  // Actor and agent phrases make their words nouns before anything else is decided.
  void mark_phrases() {
    // Possessive markers are not words of a name ("Tigray People's Liberation Front").
    std::vector<int> all;
    for (int i = 0; i < n_; ++i)
      if (toks_[i].word != "'S" && toks_[i].word != "'") all.push_back(i);
    const Lexicon& lex = lexicon();
    int phrase_id = 0;
    size_t i = 0;
    while (i < all.size()) {
      uint32_t root = 0;
      int end = match_phrase_at(all, i, RootKind::kActor, root);
      if (end < 0) end = match_phrase_at(all, i, RootKind::kAgent, root);
      // Only consecutive phrases mark words: a gap would span unrelated words.
      if (end > 0 && end - static_cast<int>(i) == static_cast<int>(d_.roots[root].phrase.size())) {
        // "Prince of Dol Amroth": the name's nouns are nouns; OF stays a preposition, so the
        // chunker sees the phrase structure inside it (unless names are kept whole).
        for (int k = all[i]; k <= all[end - 1]; ++k) {
          toks_[k].proper = !lex.prep.count(toks_[k].word) && !lex.conj.count(toks_[k].word) &&
                            toks_[k].word != "TO";
          if (options_.whole_names && end - static_cast<int>(i) > 1) toks_[k].name = phrase_id;
        }
        ++phrase_id;
        i = static_cast<size_t>(end);
      } else {
        ++i;
      }
    }
  }

  bool is_verb_form(const std::string& w) const {
    return phrases_.verb_forms.count(w) > 0 || multiword_.count(w) > 0;
  }

  void classify() {
    const Lexicon& lex = lexicon();
    for (int i = 0; i < n_; ++i) {
      Tok& t = toks_[i];
      const std::string& w = t.word;
      char c0 = w.empty() ? ' ' : w[0];
      if (w == "," || w == ";")
        t.wc = WC::kComma;
      else if (w == "." || w == "!" || w == "?")
        t.wc = WC::kEnd;
      else if (w == "\"" || w == "'" ? (w == "\"") : false)
        t.wc = WC::kQuote;
      else if (w == "'S" || (w == "'" && i > 0))
        t.wc = WC::kPos;
      else if (!std::isalnum(static_cast<unsigned char>(c0)) && c0 != '&' &&
               static_cast<unsigned char>(c0) < 0x80)
        t.wc = WC::kPunct;
      else if (t.proper)
        t.wc = WC::kNoun;
      else if (lex.det.count(w))
        t.wc = WC::kDet;
      else if (lex.poss.count(w))
        t.wc = WC::kPossPron;
      else if (lex.pron.count(w))
        t.wc = WC::kPron;
      else if (w == "TO")
        t.wc = WC::kTo;
      else if (lex.conj.count(w))
        t.wc = WC::kConj;
      else if (lex.modal.count(w))
        t.wc = WC::kModal;
      else if (lex.aux.count(w))
        t.wc = WC::kAux;
      else if (lex.neg.count(w))
        t.wc = WC::kNeg;
      else if (lex.comp.count(w))
        t.wc = WC::kComp;
      else if (lex.prep.count(w))
        t.wc = WC::kPrep;
      else if (std::isdigit(static_cast<unsigned char>(c0)) || lex.numbers.count(w))
        t.wc = WC::kNum;
      else if (is_verb_form(w))
        t.wc = WC::kVerb;
      else if (t.capitalized && i > 0 && !all_caps_)
        t.wc = WC::kNoun;
      else if (lex.adv.count(w) || (ends_with(w, "LY") && w.size() > 4 && !lex.is_adjective(w)))
        t.wc = WC::kAdv;
      else if (lex.is_adjective(w))
        t.wc = WC::kAdj;
      else
        t.wc = WC::kUnknown;
    }
    // Quotation marks: the second of a pair closes, and so does one right after a full stop or
    // a comma ('... Belarus." he said').
    int quotes = 0;
    for (int i = 0; i < n_; ++i) {
      if (toks_[i].wc != WC::kQuote) continue;
      bool after_punctuation =
          i > 0 && (toks_[i - 1].wc == WC::kEnd || toks_[i - 1].wc == WC::kComma);
      toks_[i].closes_quote = quotes % 2 == 1 || after_punctuation;
      quotes = toks_[i].closes_quote ? 0 : 1;
    }
    // Verb or noun? Decided left to right, so each decision sees the one before it.
    for (int i = 0; i < n_; ++i) {
      Tok& t = toks_[i];
      WC prev = i > 0 ? toks_[i - 1].wc : WC::kPunct;
      if (t.wc == WC::kVerb) {
        if (dictionary_verb_is_noun(i)) t.wc = WC::kNoun;
      } else if (t.wc == WC::kUnknown) {
        // An unknown -ED or -ING word after a subject or an auxiliary is a verb ("crowds
        // trashed", "was seen"); after a determiner or adjective it is a participle modifying
        // a noun ("the affected villages", "a clearly inebriated official").
        bool participle_shape =
            (t.word.size() > 4 && (ends_with(t.word, "ED") || ends_with(t.word, "ING"))) ||
            lex.past_forms.count(t.word) > 0;
        bool modifier_position =
            prev == WC::kDet || prev == WC::kPossPron || prev == WC::kAdj ||
            (prev == WC::kAdv && i > 1 &&
             (toks_[i - 2].wc == WC::kDet || toks_[i - 2].wc == WC::kPossPron));
        bool after_subject = prev == WC::kNoun || prev == WC::kUnknown || prev == WC::kPron ||
                             prev == WC::kAux || prev == WC::kModal || prev == WC::kTo ||
                             prev == WC::kNeg || prev == WC::kAdv;
        if (participle_shape && modifier_position)
          t.wc = WC::kAdj;
        else if (participle_shape && after_subject)
          t.wc = WC::kOtherVerb;
      }
    }
  }

  // Is the dictionary verb form at i used as a noun here? Without a parser, by its neighbours:
  //   after a determiner, possessive, adjective, number or 's: a noun ("an attack", "its visit");
  //   capitalised mid-sentence: part of a name;
  //   after a noun, a noun when a verb or OF follows ("peace talks have", "the trade of"), or
  //   when it is an uninflected head after a name inside a determiner phrase ("an anti-Gondor
  //   parade": a bare name there is a modifier, and the subject of a present-tense verb would
  //   take -S); otherwise a verb ("the mayor left", "crowds trashed").
  bool dictionary_verb_is_noun(int i) const {
    const Tok& t = toks_[i];
    WC prev = i > 0 ? toks_[i - 1].wc : WC::kPunct;
    if (prev == WC::kDet || prev == WC::kPossPron || prev == WC::kAdj || prev == WC::kNum ||
        prev == WC::kPos)
      return true;
    if (t.capitalized && i > 0 && !all_caps_) return true;
    // An -ING form inside a determiner-led phrase is a noun: "a one-on-one meeting", "the
    // fighting".
    if (options_.clause_aware_commas && ends_with(t.word, "ING")) {
      for (int k = i - 1; k >= 0 && in_chunk_class(toks_[k].wc); --k)
        if (toks_[k].wc == WC::kDet || toks_[k].wc == WC::kPossPron) return true;
    }
    // Right after a preposition it is a noun ("in exile", "after talks"); a gerund stays a verb
    // ("by attacking").
    if (prev == WC::kPrep && options_.clause_aware_commas && !ends_with(t.word, "ING")) return true;
    // Right after an inflected verb it is the object: "fired tear gas", "resumed talks".
    if ((prev == WC::kVerb || prev == WC::kOtherVerb) && inflected_verb(toks_[i - 1].word))
      return true;
    bool after_noun = prev == WC::kUnknown || prev == WC::kNoun;
    if (!after_noun) return false;
    bool past = ends_with(t.word, "ED") || ends_with(t.word, "EN") || irregular_past(t.word);
    int next = i + 1;
    if (!past && next < n_ && (verbish(next) || toks_[next].word == "OF")) return true;
    if (past || ends_with(t.word, "S") || ends_with(t.word, "ING") || !toks_[i - 1].proper)
      return false;
    // An object or clause after it makes it a verb after all ("agree that", "parade the").
    if (next < n_) {
      WC n = toks_[next].wc;
      if (n == WC::kDet || n == WC::kPossPron || n == WC::kPron || n == WC::kComp || n == WC::kTo ||
          toks_[next].proper)
        return false;
    }
    for (int k = i - 1; k >= 0; --k) {
      WC c = toks_[k].wc;
      if (c == WC::kDet || c == WC::kPossPron) return true;
      if (!in_chunk_class(c) && !joining_hyphen(k)) return false;
    }
    return false;
  }

  bool inflected_verb(const std::string& w) const {
    return ends_with(w, "ED") || ends_with(w, "S") || ends_with(w, "ING") || irregular_past(w);
  }

  // "anti- Gondor", "pro-Gondor" split by the tokenizer: a hyphen between two words of a phrase.
  bool joining_hyphen(int k) const {
    return k > 0 && k + 1 < n_ && toks_[k].word == "-" && in_chunk_class(toks_[k - 1].wc) &&
           (in_chunk_class(toks_[k + 1].wc) || toks_[k + 1].wc == WC::kVerb);
  }

  bool irregular_past(const std::string& w) const {
    if (lexicon().past_forms.count(w)) return true;
    // Listed forms of a verb (SAID, BROKE, HELD) behave like -ED forms.
    auto form = phrases_.verb_forms.find(w);
    if (form == phrases_.verb_forms.end()) return false;
    // Not the base, and not a present or -ING form of it (BREAKS, MEETING).
    const std::string& base = d_.verbs[d_.roots[form->second].entry].root_text;
    if (w == base || ends_with(w, "ING")) return false;
    bool third_person =
        w.size() > base.size() && w.compare(0, base.size(), base) == 0 && w.back() == 'S';
    return !third_person;
  }

  bool verbish(int i) const {
    if (i < 0 || i >= n_) return false;
    WC c = toks_[i].wc;
    return c == WC::kVerb || c == WC::kOtherVerb || c == WC::kAux || c == WC::kModal;
  }

  // ---- Chunks -----------------------------------------------------------------------------

  // The maximal noun runs: [first, last] token ranges.
  std::vector<std::pair<int, int>> noun_runs() const {
    std::vector<std::pair<int, int>> runs;
    int i = 0;
    while (i < n_) {
      if (toks_[i].wc == WC::kPron) {
        runs.emplace_back(i, i);
        ++i;
        continue;
      }
      if (!in_chunk_class(toks_[i].wc) || toks_[i].wc == WC::kPos) {
        ++i;
        continue;
      }
      int j = i;
      while (j + 1 < n_) {
        WC next = toks_[j + 1].wc;
        WC here = toks_[j].wc;
        bool noun_here = here == WC::kNoun || here == WC::kUnknown || here == WC::kNum;
        // A determiner or possessive after a noun starts a new phrase.
        if ((next == WC::kDet || next == WC::kPossPron) && noun_here) break;
        bool same_name = toks_[j].name >= 0 && toks_[j + 1].name == toks_[j].name;
        if (in_chunk_class(next) || joining_hyphen(j + 1) || same_name) {
          ++j;
          continue;
        }
        // "a clearly inebriated official": an adverb inside a determiner-led phrase.
        if (next == WC::kAdv && j + 2 < n_ && in_chunk_class(toks_[j + 2].wc) &&
            (here == WC::kDet || here == WC::kPossPron)) {
          j += 2;
          continue;
        }
        break;
      }
      runs.emplace_back(i, j);
      i = j + 1;
    }
    return runs;
  }

  bool time_phrase(int first, int last) const {
    const Lexicon& lex = lexicon();
    for (int k = first; k <= last; ++k) {
      WC c = toks_[k].wc;
      if (c != WC::kDet && c != WC::kNum && c != WC::kAdj && !lex.time_words.count(toks_[k].word))
        return false;
    }
    return true;
  }

  bool adjective_word(int i) const {
    return i >= 0 && i < n_ && (toks_[i].wc == WC::kAdj) && !toks_[i].proper;
  }

  int add_chunk(std::vector<int> words, int first, int last) {
    Chunk c;
    for (int w : words)
      if (toks_[w].wc != WC::kPos) c.words.push_back(w);
    c.first = first;
    c.last = last;
    chunks_.push_back(std::move(c));
    return static_cast<int>(chunks_.size() - 1);
  }

  static std::vector<int> range(int a, int b) {
    std::vector<int> out;
    for (int k = a; k <= b; ++k) out.push_back(k);
    return out;
  }

  void build_chunks() {
    chunks_.clear();
    compounds_.clear();
    elements_.clear();
    std::vector<std::pair<int, int>> runs = noun_runs();
    // Adjective coordination stays inside one phrase: "awful and evil minister Calimehtar".
    for (size_t r = 0; r + 1 < runs.size(); ++r) {
      int gap = runs[r].second + 1;
      if (runs[r + 1].first != gap + 1) continue;
      if (toks_[gap].wc != WC::kConj && toks_[gap].wc != WC::kComma) continue;
      if (adjective_word(runs[r].second) && adjective_word(runs[r + 1].first) &&
          runs[r + 1].second > runs[r + 1].first) {
        runs[r].second = runs[r + 1].second;
        runs.erase(runs.begin() + static_cast<long>(r) + 1);
        --r;
      }
    }
    // Groups: a run, or runs joined by commas and a final AND / OR / NOR.
    struct Group {
      std::vector<std::pair<int, int>> members;
      int first, last;
    };
    std::vector<Group> groups;
    for (size_t r = 0; r < runs.size();) {
      Group g{{runs[r]}, runs[r].first, runs[r].second};
      size_t s = r + 1;
      size_t last_conj = 0;  // members up to here are in the compound
      while (s < runs.size()) {
        int between = runs[s].first - g.last - 1;
        int k = g.last + 1;
        bool conj = false, ok = false;
        if (between == 1 && toks_[k].wc == WC::kComma)
          ok = true;
        else if (between == 1 && toks_[k].wc == WC::kConj && toks_[k].word != "BUT")
          ok = conj = true;
        else if (between == 2 && toks_[k].wc == WC::kComma && toks_[k + 1].wc == WC::kConj &&
                 toks_[k + 1].word != "BUT")
          ok = conj = true;
        // "X and Y said": the conjunction joins clauses when the next run is followed by a verb
        // while the first run is not (then "X and Y" is a subject pair only if both precede it).
        if (!ok || toks_[runs[s].first].wc == WC::kPron ||
            toks_[g.members.back().first].wc == WC::kPron)
          break;
        // A list ends at its conjunction: "between Calenardhon and Gondor, and Gondor and
        // Dagolath" is two lists, not one of four.
        if (last_conj > 0 && toks_[k].wc == WC::kComma) break;
        g.members.push_back(runs[s]);
        g.last = runs[s].second;
        if (conj) last_conj = g.members.size();
        ++s;
      }
      if (last_conj >= 2) {
        g.members.resize(last_conj);
        g.last = g.members.back().second;
        r += last_conj;
      } else {
        g.members.resize(1);
        g.last = g.members[0].second;
        r += 1;
      }
      groups.push_back(std::move(g));
    }
    // "X of/in/from Y" is one phrase unless Y is followed by another preposition and phrase.
    std::vector<bool> merged_into_previous(groups.size(), false);
    std::vector<int> prefix_of(groups.size(), -1);  // group g is the object of prefix group
    for (size_t g = 0; g + 1 < groups.size(); ++g) {
      int p = groups[g].last + 1;
      if (groups[g + 1].first != p + 1) continue;
      const std::string& w = toks_[p].word;
      if (w != "OF" && w != "IN" && w != "FROM") continue;
      if (toks_[groups[g + 1].first].wc == WC::kPron) continue;
      int after = groups[g + 1].last + 1;
      // A phrase of time after it attaches to the verb: "the Ministry of Magic on Wednesday".
      bool another = after + 1 < n_ && toks_[after].wc == WC::kPrep && g + 2 < groups.size() &&
                     groups[g + 2].first == after + 1 &&
                     !time_phrase(groups[g + 2].first, groups[g + 2].last);
      if (another) continue;
      if (merged_into_previous[g]) continue;
      merged_into_previous[g + 1] = true;
      prefix_of[g + 1] = static_cast<int>(g);
    }
    for (size_t g = 0; g < groups.size(); ++g) {
      if (merged_into_previous[g]) continue;
      const Group& head = groups[g];
      bool has_object = g + 1 < groups.size() && prefix_of[g + 1] == static_cast<int>(g);
      std::vector<std::vector<int>> heads;
      for (const auto& m : head.members) heads.push_back(range(m.first, m.second));
      // "Danish media and government": the first conjunct's modifiers carry to a bare noun
      // (not a possessor: "Ithilen's sheep and goats" are not Ithilen's goats).
      if (heads.size() > 1 && toks_[head.members[0].first].wc != WC::kDet && heads[0].size() > 1) {
        size_t from = 0;
        for (size_t k = 0; k < heads[0].size(); ++k)
          if (toks_[heads[0][k]].wc == WC::kPos) from = k + 1;
        // A first conjunct ending in a possessive ("Bally's, Caesars and Harrah's") has none.
        std::vector<int> modifiers;
        if (from + 1 < heads[0].size())
          modifiers.assign(heads[0].begin() + static_cast<long>(from), heads[0].end() - 1);
        for (size_t k = 1; k < heads.size() && !modifiers.empty(); ++k) {
          if (heads[k].size() != 1) continue;
          std::vector<int> joined = modifiers;
          joined.push_back(heads[k][0]);
          heads[k] = joined;
        }
      }
      std::vector<std::vector<int>> members;
      int first = head.first, last = head.last;
      if (has_object) {
        const Group& object = groups[g + 1];
        int preposition = head.last + 1;
        last = object.last;
        // "Lawmakers and officials in Fornost": a phrase after bare nouns belongs to each;
        // after full noun phrases ("Ithilen and the government of Gondor") only to the last.
        bool bare = std::all_of(head.members.begin(), head.members.end(),
                                [&](const std::pair<int, int>& m) {
                                  for (int k = m.first; k <= m.second; ++k) {
                                    WC c = toks_[k].wc;
                                    if (c == WC::kDet || c == WC::kPossPron || c == WC::kPos)
                                      return false;
                                  }
                                  return true;
                                });
        for (size_t h = 0; h < heads.size(); ++h) {
          if (!bare && h + 1 < heads.size()) {
            members.push_back(heads[h]);
            continue;
          }
          for (const auto& o : object.members) {
            std::vector<int> words = heads[h];
            words.push_back(preposition);
            for (int k = o.first; k <= o.second; ++k) words.push_back(k);
            members.push_back(std::move(words));
          }
        }
      } else {
        members = heads;
      }
      if (members.size() == 1) {
        int c = add_chunk(members[0], first, last);
        elements_.push_back({Element::kChunk, c, first, last});
      } else {
        Compound compound;
        compound.first = first;
        compound.last = last;
        int id = static_cast<int>(compounds_.size());
        for (auto& words : members) {
          int c = add_chunk(words, first, last);
          chunks_[c].compound = id;
          compound.chunks.push_back(c);
        }
        compounds_.push_back(std::move(compound));
        elements_.push_back({Element::kCompound, id, first, last});
      }
      for (int k = first; k <= last; ++k) toks_[k].element = static_cast<int>(elements_.size() - 1);
    }
    // Plain tokens in between become elements of their own, in order.
    std::vector<Element> ordered;
    size_t e = 0;
    for (int i = 0; i < n_;) {
      if (e < elements_.size() && elements_[e].first == i) {
        ordered.push_back(elements_[e]);
        i = elements_[e].last + 1;
        ++e;
        continue;
      }
      ordered.push_back({Element::kToken, i, i, i});
      toks_[i].element = -1;
      ++i;
    }
    elements_ = std::move(ordered);
    for (size_t k = 0; k < elements_.size(); ++k)
      for (int t = elements_[k].first; t <= elements_[k].last; ++t)
        if (elements_[k].kind != Element::kToken) toks_[t].element = static_cast<int>(k);
  }

  // ---- Coding chunks ----------------------------------------------------------------------

  static bool contains_aligned(std::string_view code, std::string_view part) {
    for (size_t at = 0; at + part.size() <= code.size(); at += 3)
      if (code.compare(at, part.size(), part) == 0) return true;
    return false;
  }

  void code_chunks() {
    for (Chunk& c : chunks_) {
      std::string actor;
      bool has_actor = false;
      uint32_t actor_root = 0;
      int actor_begin = -1, actor_end = -1;
      for (size_t k = 0; k < c.words.size() && !has_actor; ++k) {
        uint32_t root = 0;
        int end = match_phrase_at(c.words, k, RootKind::kActor, root);
        if (end < 0) continue;
        // "Belarusian president Aleksandr Lukashenko", "his Belarus' counterpart Alexander
        // Lukashenko": a person named in the phrase is whom it is about.
        if (options_.prefer_people && !is_person(d_.actors[d_.roots[root].entry])) {
          for (size_t q = static_cast<size_t>(end); q < c.words.size(); ++q) {
            uint32_t other = 0;
            int other_end = match_phrase_at(c.words, q, RootKind::kActor, other);
            if (other_end < 0 || !is_person(d_.actors[d_.roots[other].entry])) continue;
            root = other;
            k = q;
            end = other_end;
            break;
          }
        }
        const auto* codes = dict::codes_on(d_.actors[d_.roots[root].entry], date_);
        actor.clear();
        if (codes == nullptr || codes->empty()) {
          actor = "---";
        } else {
          for (size_t q = 0; q < codes->size(); ++q) {
            if (q) actor += "/";
            actor += std::string(d_.codes.text((*codes)[q]));
          }
        }
        has_actor = true;
        actor_root = root;
        actor_begin = static_cast<int>(k);
        actor_end = end;
      }
      std::string code = has_actor ? actor : "---";
      bool pronoun = !has_actor && memory_ != nullptr && !c.words.empty() &&
                     (toks_[c.words[0]].wc == WC::kPron || toks_[c.words[0]].wc == WC::kPossPron);
      bool any_agent = false;
      for (size_t k = 0; k < c.words.size();) {
        if (has_actor && static_cast<int>(k) >= actor_begin && static_cast<int>(k) < actor_end) {
          k = static_cast<size_t>(actor_end);
          continue;
        }
        uint32_t root = 0;
        int end = match_phrase_at(c.words, k, RootKind::kAgent, root);
        if (end < 0) {
          ++k;
          continue;
        }
        const dict::AgentEntry& agent = d_.agents[d_.roots[root].entry];
        std::string_view a = d_.codes.text(agent.code);
        any_agent = true;
        if (contains_aligned(code, a)) break;  // PETRARCH stops at a code already there
        code = agent.prefix ? std::string(a) + code : code + std::string(a);
        k = static_cast<size_t>(end);
      }
      // "The mayor of Nablus", "Donetsk officials": an agent of a town or region is its
      // country's. A place alone ("talks in Jeddah") stays a place.
      if (!has_actor && any_agent && options_.places_as_countries && code.rfind("---", 0) == 0) {
        std::string country = place_country(c);
        if (!country.empty()) code = country + code.substr(3);
      }
      if (has_actor) {
        const dict::ActorEntry& entry = d_.actors[d_.roots[actor_root].entry];
        c.mention = {actor, entry.gender, is_person(entry), &entry.roles, false, {}};
        // The name a quotation's speaker is given; only a story's coding has quotations.
        for (int k = actor_begin; speaker_names_ && k < actor_end; ++k) {
          if (!c.mention.name.empty()) c.mention.name += ' ';
          c.mention.name += (*input_)[static_cast<size_t>(toks_[c.words[k]].origin)];
        }
      }
      c.reference = pronoun                              ? Reference::kPronoun
                    : (!has_actor && memory_ != nullptr) ? Reference::kRoleNoun
                                                         : Reference::kNone;
      c.has_agent = any_agent;
      c.code = code;
      c.coded = code != "---";
    }
  }

  // The country of a town or region named in the chunk (capitalised words, longest name first;
  // not the sentence's first word), or empty. Small places (under 20,000 people) are too often
  // something else's name.
  std::string place_country(const Chunk& c) const {
    const geo::Gazetteer& gazetteer = geo::Gazetteer::builtin();
    for (size_t k = 0; k < c.words.size(); ++k) {
      int w = c.words[k];
      auto name_word = [&](int t) {
        return toks_[t].capitalized && (toks_[t].wc == WC::kNoun || toks_[t].wc == WC::kUnknown);
      };
      if (!name_word(w) || toks_[w].origin == 0) continue;
      std::string key;
      std::string best;
      for (size_t e = k; e < c.words.size() && e < k + 4; ++e) {
        if (!name_word(c.words[e])) break;
        if (!key.empty()) key += ' ';
        key += geo::format::key_text(toks_[c.words[e]].word);
        // The most populous of the places so named: Donetsk is Ukraine's, not the Russian town's.
        uint32_t population = 0;
        geo::Gazetteer::Lookup lookup = gazetteer.find(key);
        for (const geo::format::KeyRecord& r : lookup.names) {
          geo::PlaceView p = gazetteer.place(r.place);
          if (p.kind != geo::format::kCity && p.kind != geo::format::kRegion) continue;
          if ((p.population < 20000 && !p.capital) || p.population < population) continue;
          population = p.population;
          best = std::string(p.country);
        }
        if (!lookup.longer) break;
      }
      if (!best.empty()) return best;
    }
    return {};
  }

  static bool is_person(const dict::ActorEntry& actor) {
    return actor.gender != dict::Gender::kUnknown || !actor.roles.empty() ||
           actor.id.rfind("person.", 0) == 0;
  }

  // ---- Quotations -----------------------------------------------------------------------------
  //
  // 'Tsikhanouskaya said: "Ukraine doesn't pose a threat to Belarus. ... He also violates our
  // national security."' The quotation, in this sentence or continuing from an earlier one, is
  // the speaker's: I and we are the speaker; the speaker's own acts are coded; another actor's
  // hostile act is the speaker's accusation of that actor; anything else said of others is a
  // claim, not an event.

  // The first token of ours at or after the caller's token `origin`.
  int local_token(int32_t origin) const {
    int k = 0;
    while (k < n_ && toks_[k].origin < origin) ++k;
    return k;
  }

  // The actor each speaker's mention stands for: the last coded noun phrase inside it, after
  // pronouns and role nouns are resolved ("he" is Lukashenko).
  void resolve_speakers(SentenceQuotes& quotes) {
    for (SentenceQuotes::Mention& m : quotes.mentions) {
      for (Chunk& c : chunks_) {
        if (c.words.empty()) continue;
        int32_t first = toks_[c.first].origin, last = toks_[c.last].origin;
        if (last < m.begin || first >= m.end) continue;
        std::string code = c.code;
        StoryMemory::Mention mention = c.mention;
        if (memory_ != nullptr && c.reference != Reference::kNone && all_deleted(c)) {
          // A clause set aside for coding ('"...," he said') still names the speaker.
          Chunk kept = c;
          if (c.reference == Reference::kPronoun)
            resolve_pronoun(c, code);
          else
            resolve_role_noun(c, code);
          mention = c.mention;
          c = std::move(kept);
        }
        if (code.rfind("---", 0) == 0) continue;
        m.code = code;
        m.name = mention.code.empty() ? std::string() : mention.name;
      }
    }
  }

  void find_quotation(const SentenceQuotes* quotes) {
    quote_begin_ = quote_end_ = -1;
    quote_speaker_.clear();
    if (memory_ == nullptr || !options_.reported_speech || quotes == nullptr) return;
    // One speaker a sentence: '"...," Brafman said, "..."' is one person's.
    for (const SentenceQuotes::Quotation& q : quotes->quotations) {
      const std::string& speaker =
          q.mention >= 0 ? quotes->mentions[static_cast<size_t>(q.mention)].code : q.speaker;
      if (speaker.empty() || speaker.rfind("---", 0) == 0) continue;
      if (quote_begin_ >= 0 && speaker != quote_speaker_) continue;
      int begin = local_token(q.begin), end = local_token(q.end);
      quote_begin_ = quote_begin_ < 0 ? begin : std::min(quote_begin_, begin);
      quote_end_ = std::max(quote_end_, end);
      quote_speaker_ = speaker;
    }
    if (quote_begin_ < 0) return;
    // I and we are the speaker; "our army" is the speaker's country's.
    for (Chunk& c : chunks_) {
      if (c.words.empty() || c.first < quote_begin_ || c.first >= quote_end_) continue;
      const std::string& w = toks_[c.words[0]].word;
      if (c.words.size() == 1 && (w == "I" || w == "WE" || w == "ME" || w == "US")) {
        c.code = quote_speaker_;
        c.coded = true;
      } else if ((w == "OUR" || w == "MY") && c.has_agent && c.code.rfind("---", 0) == 0) {
        c.code = quote_speaker_.substr(0, 3) + c.code.substr(3);
        c.coded = true;
      }
    }
  }

  bool in_quotation(int token) const {
    return quote_begin_ >= 0 && token >= quote_begin_ && token < quote_end_;
  }

  // The root a verb's patterns mostly code, when they are hostile (11-20 but for protests): a
  // verb such as "violate" codes only through its patterns, but what it is about is clear.
  int hostile_family(const dict::VerbEntry& entry) const {
    int hostile = 0, other = 0, first_root = -1;
    for (const dict::Pattern& p : entry.patterns) {
      if (p.code.code == dict::kNullCode) continue;
      int root = root_of(d_.codes.text(p.code.code));
      bool h = root >= 11 && root <= 20 && root != 14;
      (h ? hostile : other)++;
      if (h && first_root < 0) first_root = root;
    }
    return hostile > 0 && hostile >= 3 * other ? first_root : -1;
  }

  void attribute_quotation(ChunkResult& result) {
    if (quote_begin_ < 0) return;
    std::vector<ChunkEvent> kept;
    for (ChunkEvent& e : result.events) {
      if (!in_quotation(e.verb_token) || e.source == quote_speaker_) {
        kept.push_back(std::move(e));
        continue;
      }
      int root = root_of(e.code);
      if (root >= 11 && root <= 20 && root != 14 && e.source.rfind("---", 0) != 0) {
        e.target = e.source;
        e.target_token = e.source_token;
        e.source = quote_speaker_;
        e.source_token = -1;
        e.code = "112";
        e.note = "a quotation telling of another actor's hostile act: the speaker's accusation";
        kept.push_back(std::move(e));
      }
    }
    // Verbs that code only through patterns still tell of hostility ("He also violates our
    // national security").
    for (int k = std::max(quote_begin_, 0); k < quote_end_; ++k) {
      if (toks_[k].deleted || toks_[k].wc != WC::kVerb || toks_[k].element >= 0) continue;
      const dict::VerbEntry* entry = nullptr;
      int first = k, last = k;
      if (!find_verb(k, entry, first, last)) continue;
      if (entry->code.code != dict::kNullCode || hostile_family(*entry) < 0) continue;
      std::vector<Item> upper;
      items(upper_start(first), first, upper);
      Binding subject = default_source(upper);
      std::string code = subject.set() ? first_code(subject) : "---";
      if (code.rfind("---", 0) == 0 || code == quote_speaker_) continue;
      ChunkEvent e;
      e.source = quote_speaker_;
      e.target = code;
      e.code = "112";
      e.verb_token = first;
      e.verb_last_token = last;
      e.verb = entry;
      e.note = "a quotation telling of another actor's hostile act: the speaker's accusation";
      kept.push_back(std::move(e));
      k = last;
    }
    result.events = std::move(kept);
  }

  // ---- References ---------------------------------------------------------------------------
  //
  // Pronouns and definite role nouns, resolved once comma clauses are gone, to the most salient
  // compatible actor: in the sentence, the leftmost one before the reference (the subject, not an
  // actor of a removed relative clause); else the latest sentence subject of the story; else any
  // earlier actor.

  void resolve_references() {
    if (memory_ == nullptr) return;
    for (Chunk& c : chunks_) {
      if (c.reference == Reference::kNone || all_deleted(c)) continue;
      std::string code = c.code;
      if (c.reference == Reference::kPronoun)
        resolve_pronoun(c, code);
      else
        resolve_role_noun(c, code);
      c.code = code;
      c.coded = code != "---";
    }
  }

  template <typename Fits>
  const StoryMemory::Mention* antecedent(int before_chunk, Fits fits) const {
    for (int k = 0; k < before_chunk; ++k)
      if (!all_deleted(chunks_[k]) && fits(chunks_[k].mention)) return &chunks_[k].mention;
    for (auto it = memory_->mentions.rbegin(); it != memory_->mentions.rend(); ++it)
      if (it->subject && fits(*it)) return &*it;
    for (auto it = memory_->mentions.rbegin(); it != memory_->mentions.rend(); ++it)
      if (fits(*it)) return &*it;
    return nullptr;
  }

  // "he" is the person; "his defence minister" is the person's country with the agent's sector.
  void resolve_pronoun(Chunk& c, std::string& code) {
    const std::string& pronoun = toks_[c.words[0]].word;
    bool he = pronoun == "HE" || pronoun == "HIM" || pronoun == "HIS";
    bool she = pronoun == "SHE" || pronoun == "HER";
    bool thing = pronoun == "IT" || pronoun == "ITS" || pronoun == "THEY" || pronoun == "THEM" ||
                 pronoun == "THEIR";
    if (!he && !she && !thing) return;  // I, we, you: the speaker of a quote
    bool plural = pronoun == "THEY" || pronoun == "THEM" || pronoun == "THEIR";
    auto fits = [&](const StoryMemory::Mention& m) {
      if (m.code.empty() || m.code == "---") return false;
      if (thing) return !m.person;
      if (!m.person) return false;
      return m.gender == dict::Gender::kUnknown ||
             m.gender == (he ? dict::Gender::kMale : dict::Gender::kFemale);
    };
    const StoryMemory::Mention* m = antecedent(static_cast<int>(&c - chunks_.data()), fits);
    // "they" is a group or a country first, else people ("Obama and Putin said they...").
    if (m == nullptr && plural)
      m = antecedent(static_cast<int>(&c - chunks_.data()), [](const StoryMemory::Mention& x) {
        return !x.code.empty() && x.code != "---";
      });
    if (m == nullptr) return;
    if (toks_[c.words[0]].wc == WC::kPron) {
      if (c.words.size() != 1) return;
      code = m->code;
      c.mention = *m;
      return;
    }
    if (!c.has_agent) return;  // "his visit" names no actor
    std::string country = m->code.substr(0, std::min<size_t>(3, m->code.size()));
    code = country + code.substr(3);  // code is "---" followed by the agents' codes
  }

  // "the dictator", "the president": a definite role noun stands for a person of the story with
  // that role, or, for words that only name a leader, a person in government.
  void resolve_role_noun(Chunk& c, std::string& code) {
    if (c.words.size() != 2 || toks_[c.words[0]].word != "THE") return;
    const std::string& noun = toks_[c.words[1]].word;
    bool leader = lexicon().leader_nouns.count(noun) > 0;
    auto has_role = [&](const StoryMemory::Mention& m) {
      return m.person && m.roles != nullptr &&
             std::find(m.roles->begin(), m.roles->end(), noun) != m.roles->end();
    };
    auto governs = [&](const StoryMemory::Mention& m) {
      return leader && m.person && m.code.size() >= 6 && m.code.compare(3, 3, "GOV") == 0;
    };
    int index = static_cast<int>(&c - chunks_.data());
    const StoryMemory::Mention* found = antecedent(index, has_role);
    if (found == nullptr) found = antecedent(index, governs);
    if (found == nullptr) return;
    code = found->code;
    c.mention = *found;
  }

  // The sentence's actors, in order, and then its subject again (the first actor not in a
  // removed clause), marked as such.
  void remember_mentions() {
    if (memory_ == nullptr) return;
    const StoryMemory::Mention* subject = nullptr;
    for (const Chunk& c : chunks_) {
      if (c.mention.code.empty() || c.mention.code == "---") continue;
      memory_->mentions.push_back(c.mention);
      memory_->mentions.back().subject = false;
      if (subject == nullptr && !all_deleted(c)) subject = &c.mention;
    }
    if (subject != nullptr) {
      memory_->mentions.push_back(*subject);
      memory_->mentions.back().subject = true;
    }
  }

  // With new_actor_length N, an uncoded phrase of at most N words stands for itself when it is
  // read as a source or target: its text in double quotes (PETRARCH's "new actors").
  std::string code_as_read(const Chunk& c) const {
    if (c.coded || options_.new_actor_length <= 0 || c.words.empty()) return c.code;
    if (static_cast<int>(c.words.size()) - 1 >= options_.new_actor_length) return c.code;
    if (toks_[c.words[0]].wc == WC::kPron) return c.code;  // "it" is no actor
    std::string text;
    for (int w : c.words) {
      if (!text.empty()) text += " ";
      text += toks_[w].word;
    }
    return "\"" + text + "\"";
  }

  // ---- Comma clauses ----------------------------------------------------------------------

  bool is_clause_comma(int i) const {
    return toks_[i].wc == WC::kComma && toks_[i].element < 0 && !toks_[i].deleted;
  }

  int words_between(int a, int b) const {
    int count = 0;
    for (int k = a + 1; k < b; ++k)
      if (!toks_[k].deleted && !toks_[k].word.empty() &&
          std::isalpha(static_cast<unsigned char>(toks_[k].word[0])))
        ++count;
    return count;
  }

  void delete_range(int a, int b) {
    for (int k = a; k <= b; ++k) toks_[k].deleted = true;
  }

  void delete_comma_clauses() {
    std::vector<int> commas;
    for (int i = 0; i < n_; ++i)
      if (is_clause_comma(i)) commas.push_back(i);
    if (commas.empty()) return;
    int end = n_;
    while (end > 0 && (toks_[end - 1].wc == WC::kEnd || toks_[end - 1].wc == WC::kQuote)) --end;
    if (options_.comma_bmax > 0) {
      int n = words_between(-1, commas.front());
      if (n >= options_.comma_bmin && n <= options_.comma_bmax) delete_range(0, commas.front() - 1);
    }
    if (options_.comma_emax > 0) {
      int last = commas.back();
      int n = words_between(last, end);
      bool verb_clause = options_.clause_aware_commas && last + 1 < n_ && verbish(last + 1);
      if (n >= options_.comma_emin && n <= options_.comma_emax && !verb_clause)
        delete_range(last + 1, end - 1);
    }
    if (options_.comma_max > 0) {
      for (size_t k = 0; k + 1 < commas.size(); ++k) {
        // Clause-aware: a comma that closed a removed clause still opens the next one
        // ("Tsikhanouskaya, the opposition leader, who runs a cabinet in exile, urged").
        if (toks_[commas[k]].deleted && !options_.clause_aware_commas) continue;
        int n = words_between(commas[k], commas[k + 1]);
        bool in_range = n >= options_.comma_min && n <= options_.comma_max;
        if (options_.clause_aware_commas) {
          // ", who runs a cabinet out of exile in Lithuania," is about the phrase before it,
          // whatever its length; ", warned Ukraine against strikes," is the sentence's own verb.
          int first = commas[k] + 1;
          const std::string& w = toks_[first].word;
          bool relative = w == "WHO" || w == "WHICH" || w == "WHOSE" || w == "WHOM";
          int v = first;
          while (v < commas[k + 1] && toks_[v].wc == WC::kAdv) ++v;
          bool verb_clause = verbish(v) || toks_[v].wc == WC::kVerb;
          in_range = relative || (in_range && !verb_clause);
        }
        if (in_range) {
          // The clause goes with both its commas (PETRARCH keeps the closing comma inside the
          // noun phrase a parser would put it in; without one, the comma would cut the subject
          // off from its verb).
          delete_range(commas[k], commas[k + 1]);
        }
      }
    }
  }

  // ---- Verbs and patterns ------------------------------------------------------------------

  // Where the clause of a verb at `i` ends (exclusive): PETRARCH's verb phrase, approximated.
  int clause_end(int i) const {
    for (int j = i + 1; j < n_; ++j) {
      if (toks_[j].deleted) continue;
      // A quoted verb's clause ends with the quotation: '"We have agreed," he told reporters'.
      if (in_quotation(i) && j >= quote_end_) return j;
      WC c = toks_[j].wc;
      if (c == WC::kEnd && j >= n_ - 2) return j;
      if (c == WC::kConj && toks_[j].element < 0) {
        int k = j + 1;
        while (k < n_ && (toks_[k].wc == WC::kAdv || toks_[k].deleted)) ++k;
        if (verbish(k)) return j;
      }
      if (c == WC::kComma && toks_[j].element < 0) {
        int k = j + 1;
        while (k < n_ && toks_[k].deleted) ++k;
        if (verbish(k)) return j;
        if (k < n_ && toks_[k].element >= 0) {
          int after = elements_[toks_[k].element].last + 1;
          while (after < n_ && toks_[after].deleted) ++after;
          if (verbish(after)) return j;
        }
      }
    }
    return n_;
  }

  // The start of the upper sequence: after the nearest clause comma before `i`, or 0.
  int upper_start(int i) const {
    for (int j = i - 1; j >= 0; --j) {
      if (is_clause_comma(j)) return j + 1;
      // '"...," he said': the quotation is not the subject of the verb after it.
      if (options_.clause_aware_commas && toks_[j].wc == WC::kQuote && toks_[j].closes_quote)
        return j + 1;
    }
    return 0;
  }

  // The items of tokens [a, b), in text order, without deleted tokens.
  void items(int a, int b, std::vector<Item>& out) const {
    out.clear();
    for (size_t e = 0; e < elements_.size(); ++e) {
      const Element& el = elements_[e];
      if (el.last < a || el.first >= b) continue;
      if (el.kind == Element::kToken) {
        if (!toks_[el.index].deleted) out.push_back({Item::kWord, el.index});
        continue;
      }
      auto chunk_items = [&](int c) {
        const Chunk& chunk = chunks_[c];
        bool live = std::any_of(chunk.words.begin(), chunk.words.end(),
                                [&](int w) { return !toks_[w].deleted; });
        if (!live) return;
        out.push_back({Item::kEnterChunk, c});
        for (int w : chunk.words)
          if (!toks_[w].deleted) out.push_back({Item::kWord, w});
        out.push_back({Item::kLeaveChunk, c});
      };
      if (el.kind == Element::kChunk) {
        chunk_items(el.index);
      } else {
        out.push_back({Item::kEnterCompound, el.index});
        for (int c : compounds_[el.index].chunks) chunk_items(c);
        out.push_back({Item::kLeaveCompound, el.index});
      }
    }
  }

  // Matches a half of a pattern (PETRARCH-1, section 3.1.7 of the research notes): items and
  // pattern elements in matching order; `connectors[k]` says whether element k must come at
  // once.
  // The upper half is matched from the verb outwards: its elements in reverse, each needing the
  // connector written after it.
  bool match_half(const std::vector<PatternElement>& half, bool half_adjacent,
                  const std::vector<Item>& seq, bool upper, MatchResult& m) const {
    const size_t count = half.size();
    auto element = [&](size_t e) -> const PatternElement& {
      return upper ? half[count - 1 - e] : half[e];
    };
    auto must_follow = [&](size_t e) {
      if (upper) return e == 0 ? half_adjacent : half[count - 1 - e].adjacent;
      return e == 0 ? half_adjacent : half[e - 1].adjacent;
    };
    size_t e = 0, s = 0;
    int in_chunk = -1, in_compound = -1;
    while (e < count) {
      if (s >= seq.size()) return false;
      const Item& item = seq[s];
      // Markers move the scan into and out of phrases without using up a pattern element.
      bool enter = upper ? (item.kind == Item::kLeaveChunk) : (item.kind == Item::kEnterChunk);
      bool leave = upper ? (item.kind == Item::kEnterChunk) : (item.kind == Item::kLeaveChunk);
      bool enter_c =
          upper ? (item.kind == Item::kLeaveCompound) : (item.kind == Item::kEnterCompound);
      bool leave_c =
          upper ? (item.kind == Item::kEnterCompound) : (item.kind == Item::kLeaveCompound);
      const PatternElement& pe = element(e);
      if (enter_c) {
        in_compound = item.index;
        if (pe.kind == PatternElement::Kind::kCompound) {
          if (upper)
            m.source.compound = m.target.compound = item.index;
          else
            m.target.compound = item.index;
          ++e;
        }
        ++s;
        continue;
      }
      if (leave_c) {
        in_compound = -1;
        ++s;
        continue;
      }
      if (enter) {
        in_chunk = item.index;
        ++s;
        if (pe.kind == PatternElement::Kind::kSource || pe.kind == PatternElement::Kind::kTarget) {
          (pe.kind == PatternElement::Kind::kSource ? m.source : m.target).chunk = in_chunk;
          // The whole chunk is used up.
          while (s < seq.size() &&
                 !(upper ? seq[s].kind == Item::kEnterChunk : seq[s].kind == Item::kLeaveChunk))
            ++s;
          ++e;
        } else if (pe.kind == PatternElement::Kind::kSkip) {
          while (s < seq.size() &&
                 !(upper ? seq[s].kind == Item::kEnterChunk : seq[s].kind == Item::kLeaveChunk))
            ++s;
          ++e;
        }
        continue;
      }
      if (leave) {
        in_chunk = -1;
        ++s;
        continue;
      }
      // A word item.
      bool matched = false;
      size_t used = 1;
      if (pe.kind == PatternElement::Kind::kWord) {
        matched = toks_[item.index].word == pe.word.text;
      } else if (pe.kind == PatternElement::Kind::kSynset) {
        for (const auto& member : d_.synsets[pe.synset].members) {
          size_t k = 0, q = s;
          bool ok = true;
          for (size_t j = 0; j < member.size() && ok; ++j) {
            const PatternElement& w = upper ? member[member.size() - 1 - j] : member[j];
            while (q < seq.size() && seq[q].kind != Item::kWord) ++q;
            ok = q < seq.size() && w.kind == PatternElement::Kind::kWord &&
                 toks_[seq[q].index].word == w.word.text;
            ++q;
            ++k;
          }
          if (ok) {
            matched = true;
            used = q - s;
            break;
          }
        }
      } else if (pe.kind == PatternElement::Kind::kSource ||
                 pe.kind == PatternElement::Kind::kTarget ||
                 pe.kind == PatternElement::Kind::kSkip) {
        if (in_chunk >= 0) {
          if (pe.kind != PatternElement::Kind::kSkip)
            (pe.kind == PatternElement::Kind::kSource ? m.source : m.target).chunk = in_chunk;
          while (s < seq.size() &&
                 !(upper ? seq[s].kind == Item::kEnterChunk : seq[s].kind == Item::kLeaveChunk))
            ++s;
          ++e;
          continue;
        }
      } else if (pe.kind == PatternElement::Kind::kCompound) {
        if (in_compound >= 0 && in_chunk < 0) {
          if (upper)
            m.source.compound = m.target.compound = in_compound;
          else
            m.target.compound = in_compound;
          ++e;
          continue;
        }
      }
      if (matched) {
        s += used;
        ++e;
        continue;
      }
      if (must_follow(e)) return false;
      ++s;
    }
    return true;
  }

  // `lower`: the items after the verb; `upper`: the items before it, nearest first.
  bool match(const dict::Pattern& p, const std::vector<Item>& lower, const std::vector<Item>& upper,
             MatchResult& m) const {
    m = MatchResult();
    if (!p.lower.empty() && !match_half(p.lower, p.lower_adjacent, lower, false, m)) return false;
    if (!p.upper.empty() && !match_half(p.upper, p.upper_adjacent, upper, true, m)) return false;
    return true;
  }

  // The dictionary verb at token i: a multi-word verb first, else a single-word form.
  bool find_verb(int i, const dict::VerbEntry*& entry, int& first, int& last) const {
    const Lexicon& lex = lexicon();
    if (auto it = multiword_.find(toks_[i].word); it != multiword_.end()) {
      for (uint32_t m : it->second) {
        const dict::MultiWordVerb& mw = d_.multiword_verbs[m];
        int q = i, lo = i, hi = i;
        bool ok = true;
        for (const std::string& w : mw.before) {
          --q;
          while (q >= 0 && toks_[q].word != w &&
                 (lex.fillers.count(toks_[q].word) || toks_[q].wc == WC::kNum))
            --q;
          ok = q >= 0 && toks_[q].word == w;
          if (!ok) break;
          lo = q;
        }
        q = i;
        for (const std::string& w : mw.after) {
          if (!ok) break;
          ++q;
          while (q < n_ && toks_[q].word != w &&
                 (lex.fillers.count(toks_[q].word) || toks_[q].wc == WC::kNum))
            ++q;
          ok = q < n_ && toks_[q].word == w;
          hi = q;
        }
        if (!ok) continue;
        entry = &d_.verbs[mw.entry];
        first = lo;
        last = hi;
        return true;
      }
    }
    auto form = phrases_.verb_forms.find(toks_[i].word);
    if (form == phrases_.verb_forms.end()) return false;
    entry = &d_.verbs[d_.roots[form->second].entry];
    first = last = i;
    return true;
  }

  // ---- Reported speech -------------------------------------------------------------------

  static int root_of(std::string_view code) {
    if (code.size() < 2 || !std::isdigit(static_cast<unsigned char>(code[0])) ||
        !std::isdigit(static_cast<unsigned char>(code[1])))
      return -1;
    return (code[0] - '0') * 10 + (code[1] - '0');
  }

  bool is_statement(const dict::EventCodeSpec& spec) const {
    return !spec.is_paired && spec.code != dict::kNullCode && d_.codes.text(spec.code) == "010";
  }

  // What a statement reports, in the words [from, end): the subject of the reported clause (the
  // first phrase after the last nested statement: "he had been told that Kyiv was planning..."),
  // whether it tells of a hostile act (a dictionary verb coded 13-20 but for protests, or a
  // noun of force such as "attack", "strikes", "war"), its target, and whether it happened.
  struct Reported {
    Binding subject, target;
    int root = -1;  // CAMEO root of the hostile act
    bool fact = true;
  };
  std::optional<Reported> reported_event(int from, int end) const {
    Reported r;
    int clause_from = from;
    int hostile_at = -1;
    for (int k = from; k < end; ++k) {
      if (toks_[k].deleted) continue;
      if (toks_[k].wc == WC::kVerb && toks_[k].element < 0) {
        const dict::VerbEntry* entry = nullptr;
        int first = k, last = k;
        if (!find_verb(k, entry, first, last)) continue;
        dict::EventCodeSpec spec = verb_code_at(entry, first, last, clause_from);
        if (is_statement(spec)) {  // a nested statement: what it reports is what counts
          clause_from = last + 1;
          r = Reported();
          hostile_at = -1;
          k = last;
          continue;
        }
        int root = spec.code == dict::kNullCode ? -1 : root_of(d_.codes.text(spec.code));
        if (hostile_at < 0 && root >= 13 && root <= 20 && root != 14) {
          r.root = root;
          r.fact = stated_as_fact(first);
          hostile_at = last;
        }
        k = last;
        continue;
      }
      if (hostile_at < 0 && lexicon().force_nouns.count(toks_[k].word) && toks_[k].element >= 0 &&
          object_of_verb(k)) {
        r.root = 19;
        r.fact = false;  // "planning strikes", "a war": the act is not told as done
        hostile_at = k;
      }
    }
    if (hostile_at < 0) return std::nullopt;
    // "told a meeting of officials that Ukraine was...": the reported clause starts after THAT.
    for (int k = hostile_at - 1; k >= clause_from; --k)
      if (toks_[k].word == "THAT" && toks_[k].wc == WC::kComp && !toks_[k].deleted) {
        clause_from = k + 1;
        break;
      }
    std::vector<Item> span;
    items(clause_from, end, span);
    for (const Item& it : span) {
      if (r.subject.set()) break;
      if (it.kind == Item::kEnterCompound)
        r.subject.compound = it.index;
      else if (it.kind == Item::kEnterChunk && chunks_[it.index].compound < 0 &&
               (chunks_[it.index].coded || first_person_chunk(it.index)))
        r.subject.chunk = it.index;
    }
    std::vector<Item> after;
    items(hostile_at + 1, end, after);
    for (const Item& it : after) {
      if (r.target.set()) break;
      if (it.kind == Item::kEnterCompound)
        r.target.compound = it.index;
      else if (it.kind == Item::kEnterChunk && chunks_[it.index].coded &&
               chunks_[it.index].compound < 0)
        r.target.chunk = it.index;
    }
    return r;
  }

  // Is the noun at `k` the object of a verb ("planning strikes", "unleash a war"), not a word in
  // a prepositional phrase ("caused by the war")? Its phrase must follow a verb at once.
  bool object_of_verb(int k) const {
    const Element& el = elements_[toks_[k].element];
    int before = el.first - 1;
    while (before >= 0 && toks_[before].deleted) --before;
    return before >= 0 && (toks_[before].wc == WC::kVerb || toks_[before].wc == WC::kOtherVerb);
  }

  // The code a verb has where it stands: its first fitting pattern's, else its own.
  dict::EventCodeSpec verb_code_at(const dict::VerbEntry* entry, int first, int last,
                                   int clause_from) const {
    std::vector<Item> lower, upper;
    items(last + 1, clause_end(last), lower);
    items(clause_from, first, upper);
    std::reverse(upper.begin(), upper.end());
    MatchResult m;
    for (const dict::Pattern& p : entry->patterns) {
      if ((p.required & signature_) != p.required) continue;
      if (match(p, lower, upper, m)) return p.code.code == dict::kNullCode ? entry->code : p.code;
    }
    return entry->code;
  }

  // A statement that reports a hostile act is coded as what the speaker does: another actor's
  // act is the speaker's accusation of that actor ("X said Ukraine was planning strikes": X
  // accuses Ukraine, 112), never the act itself; the speaker's own act, not done yet, is a threat
  // (130; 138 for force). The reported words are those after the verb, or, after a quotation
  // ('"..." he said'), the quotation. Returns the statement's new code with its target set in
  // `m`, or "" to keep it.
  std::string report_speech(MatchResult& m, int first, int last, int end) const {
    std::optional<Reported> r = reported_event(last + 1, end);
    if (!r) {
      int quote_end = upper_start(first) - 1;
      if (quote_end > 0 && toks_[quote_end].wc == WC::kQuote) r = reported_event(0, quote_end);
    }
    if (!r) return {};
    std::vector<Item> upper;
    items(upper_start(first), first, upper);
    Binding speaker = m.source.set() ? m.source : default_source(upper);
    return speech_act(*r, speaker.set() ? first_code(speaker) : "---", m);
  }

  std::string speech_act(const Reported& r, const std::string& speaker_code, MatchResult& m) const {
    std::string subject_code = r.subject.set() ? first_code(r.subject) : "---";
    bool self = !r.subject.set() || subject_code == speaker_code ||
                (r.subject.chunk >= 0 && first_person_chunk(r.subject.chunk));
    // Only a named actor can be accused ("the country's military" is nobody in particular).
    if (!self && subject_code.rfind("---", 0) != 0) {
      m.target = r.subject;
      return "112";
    }
    if (self && !r.fact && r.target.set() && first_code(r.target) != speaker_code) {
      m.target = r.target;
      return r.root == 15 || r.root == 18 || r.root == 19 || r.root == 20 ? "138" : "130";
    }
    return {};
  }

  // The addressee of a statement: a phrase right after the verb ("told Putin"), or after TO
  // ("said to Putin"); set as the target in `m`.
  bool addressee(int last, int end, MatchResult& m) const {
    if (m.target.set()) return true;
    int k = last + 1;
    while (k < end && (toks_[k].deleted || toks_[k].wc == WC::kAdv)) ++k;
    if (k < end && toks_[k].wc == WC::kTo) ++k;
    if (k >= end || toks_[k].element < 0) return false;
    const Element& el = elements_[toks_[k].element];
    if (el.first != k) return false;
    // "said Gondor would come": the phrase is the subject of what was said, not its addressee.
    int after = el.last + 1;
    while (after < end && (toks_[after].deleted || toks_[after].wc == WC::kAdv)) ++after;
    if (after < end && verbish(after)) return false;
    if (el.kind == Element::kCompound)
      m.target.compound = el.index;
    else if (el.kind == Element::kChunk)
      m.target.chunk = el.index;
    else
      return false;
    return first_code(m.target) != "---";
  }

  bool first_person_chunk(int c) const {
    if (chunks_[c].words.size() != 1) return false;
    const std::string& w = toks_[chunks_[c].words[0]].word;
    return w == "I" || w == "WE";
  }

  // How the verb at `v` is told: as something that happened; as the subject's announced
  // intention (WILL, WOULD, GOING TO, or an infinitive after WANT, PLAN, INTEND...), which CAMEO
  // codes as intent or threat; as a refused one (WILL NOT, WOULD NOT), a rejection; or as what
  // did not or only might happen (negated, COULD, MIGHT, an if-clause), which is no event.
  enum class Modality : uint8_t { kFact, kIntended, kRefused, kNotAnEvent };

  Modality modality(int v) const {
    const Lexicon& lex = lexicon();
    bool negated = false, future = false, hypothetical = false;
    int k = v - 1;
    // Over auxiliaries and adverbs: "has not yet", "would also", "did n't".
    for (; k >= 0; --k) {
      const Tok& t = toks_[k];
      if (t.deleted) continue;
      if (t.wc == WC::kNeg || t.word == "NO") {
        negated = true;
        continue;
      }
      if (t.wc == WC::kModal) {
        // WOULD is the future only in reported speech ("said it would attack"); elsewhere it is
        // conditional ("would attack if...").
        bool will = t.word == "WILL" || t.word == "WO" || t.word == "SHALL" ||
                    (t.word == "WOULD" && after_statement(k));
        (will ? future : hypothetical) = true;
        continue;
      }
      if (t.wc == WC::kAux || t.wc == WC::kAdv) continue;
      break;
    }
    if (k >= 0 && toks_[k].wc == WC::kTo) {
      // "managed to", "began to": the act happened; "wants to", "is going to": intended;
      // "was asked to", "refused to": not told as the subject's act at all.
      int governor = k - 1;
      while (governor >= 0 && (toks_[governor].wc == WC::kAdv || toks_[governor].deleted))
        --governor;
      const std::string& g = governor < 0 ? std::string() : toks_[governor].word;
      if (lex.implicative.count(g)) {
        // a fact
      } else if (lex.intention.count(g)) {
        future = true;
      } else {
        hypothetical = true;
      }
    }
    for (int j = v - 1; j >= 0 && !is_clause_comma(j); --j)
      if (toks_[j].word == "IF" || toks_[j].word == "UNLESS" || toks_[j].word == "WHETHER")
        hypothetical = true;
    if (hypothetical) return Modality::kNotAnEvent;
    if (future) return negated ? Modality::kRefused : Modality::kIntended;
    return negated ? Modality::kNotAnEvent : Modality::kFact;
  }

  bool stated_as_fact(int v) const { return modality(v) == Modality::kFact; }

  // Does a statement verb ("said", "told") come before token `k` in the sentence?
  bool after_statement(int k) const {
    for (int j = k - 1; j >= 0; --j) {
      if (toks_[j].wc != WC::kVerb || toks_[j].deleted) continue;
      auto form = phrases_.verb_forms.find(toks_[j].word);
      if (form != phrases_.verb_forms.end() &&
          is_statement(d_.verbs[d_.roots[form->second].entry].code))
        return true;
    }
    return false;
  }

  // The CAMEO code of an act announced (intent, threat) or refused (rejection), from the code the
  // act itself would have; "" when CAMEO has none ("will not attack" is no event).
  static std::string announced_code(std::string_view act, Modality modality) {
    auto starts = [&](std::string_view p) { return act.rfind(p, 0) == 0; };
    if (modality == Modality::kIntended) {
      if (starts("04")) return "036";
      if (starts("05")) return "032";
      if (starts("061")) return "0311";
      if (starts("062")) return "0312";
      if (starts("063")) return "0313";
      if (starts("064")) return "0314";
      if (starts("06")) return "031";
      if (starts("071")) return "0331";
      if (starts("072")) return "0332";
      if (starts("073")) return "0333";
      if (starts("074")) return "0334";
      if (starts("07")) return "033";
      if (starts("08")) return "035";
      if (starts("14")) return "133";
      if (starts("161")) return "1313";
      if (starts("162")) return "1311";
      if (starts("163")) return "1312";
      if (starts("16")) return "131";
      if (starts("17")) return "137";
      if (starts("191")) return "1381";
      if (starts("192")) return "1382";
      if (starts("18")) return "1383";
      if (starts("19")) return "1384";
      if (starts("20")) return "1385";
      if (starts("15")) return "138";
      return std::string(act);  // statements, appeals, intents, demands, threats as they are
    }
    if (modality == Modality::kRefused) {
      if (starts("04")) return "125";
      if (starts("061")) return "1211";
      if (starts("062")) return "1212";
      if (starts("063")) return "1213";
      if (starts("06")) return "121";
      if (starts("07")) return "122";
      if (starts("08")) return "124";
      if (starts("03") || starts("05")) return "120";
    }
    return {};
  }

  // A past participle after a form of BE ("were killed", "has been arrested").
  bool passive_form(int verb) const {
    const std::string& w = toks_[verb].word;
    if (!ends_with(w, "ED") && !ends_with(w, "EN") && !irregular_past(w)) return false;
    for (int k = verb - 1, steps = 0; k >= 0 && steps < 4; --k, ++steps) {
      if (toks_[k].deleted) continue;
      const std::string& a = toks_[k].word;
      if (a == "WAS" || a == "WERE" || a == "IS" || a == "ARE" || a == "BE" || a == "BEEN" ||
          a == "BEING")
        return true;
      if (toks_[k].wc != WC::kAdv && toks_[k].wc != WC::kNeg) return false;
    }
    return false;
  }

  bool passive(int verb, int end) const {
    const std::string& w = toks_[verb].word;
    if (!ends_with(w, "ED") && !ends_with(w, "EN") && !irregular_past(w)) return false;
    bool auxiliary = false;
    for (int k = verb - 1, steps = 0; k >= 0 && steps < 4; --k, ++steps) {
      if (toks_[k].deleted) continue;
      const std::string& a = toks_[k].word;
      if (a == "WAS" || a == "IS" || a == "BEEN") {
        auxiliary = true;
        break;
      }
      if (toks_[k].wc != WC::kAdv && toks_[k].wc != WC::kNeg) break;
    }
    if (!auxiliary) return false;
    for (int k = verb + 1; k < end; ++k)
      if (!toks_[k].deleted && toks_[k].word == "BY") return true;
    return false;
  }

  // The codes a binding stands for; a compound drops its null members (all null: "---").
  std::vector<std::pair<std::string, int>> codes_of(const Binding& b) const {
    std::vector<std::pair<std::string, int>> out;
    auto add = [&](int c) {
      const Chunk& chunk = chunks_[c];
      int token = chunk.words.empty() ? -1 : chunk.words.back();
      size_t start = 0;
      const std::string code = code_as_read(chunk);
      if (!code.empty() && code[0] == '"') {
        out.emplace_back(code, token);
        return;
      }
      while (start <= code.size()) {
        size_t slash = code.find('/', start);
        out.emplace_back(
            code.substr(start, slash == std::string::npos ? std::string::npos : slash - start),
            token);
        if (slash == std::string::npos) break;
        start = slash + 1;
      }
    };
    if (b.compound >= 0) {
      for (int c : compounds_[b.compound].chunks)
        if (code_as_read(chunks_[c]) != "---" && !chunks_[c].words.empty() &&
            !all_deleted(chunks_[c]))
          add(c);
      if (out.empty()) out.emplace_back("---", -1);
    } else if (b.chunk >= 0) {
      add(b.chunk);
    }
    return out;
  }

  bool all_deleted(const Chunk& c) const {
    return std::all_of(c.words.begin(), c.words.end(), [&](int w) { return toks_[w].deleted; });
  }

  std::string first_code(const Binding& b) const {
    auto codes = codes_of(b);
    return codes.empty() ? "---" : codes.front().first;
  }

  // The binding of the element holding token t (a compound, or a chunk).
  Binding binding_at(const Item& item, bool compound_first) const {
    Binding b;
    if (item.kind == Item::kEnterCompound)
      b.compound = item.index;
    else
      b.chunk = item.index;
    (void)compound_first;
    return b;
  }

  void code_verbs(ChunkResult& result) {
    std::vector<Item> upper, lower;
    int i = 0;
    while (i < n_) {
      if (toks_[i].deleted || toks_[i].wc != WC::kVerb || toks_[i].element >= 0) {
        ++i;
        continue;
      }
      const dict::VerbEntry* entry = nullptr;
      int first = i, last = i;
      if (!find_verb(i, entry, first, last)) {
        ++i;
        continue;
      }
      Modality told = options_.facts_only ? modality(first) : Modality::kFact;
      if (told == Modality::kNotAnEvent) {
        i = last + 1;
        continue;
      }
      int end = clause_end(last);
      const dict::Pattern* matched = nullptr;
      MatchResult m;
      if (!entry->patterns.empty()) {
        items(last + 1, end, lower);
        items(upper_start(first), first, upper);
        std::reverse(upper.begin(), upper.end());
      }
      for (const dict::Pattern& p : entry->patterns) {
        if ((p.required & signature_) != p.required) continue;  // a word it needs is not here
        if (match(p, lower, upper, m)) {
          matched = &p;
          break;
        }
      }
      if (matched == nullptr) m = MatchResult();  // a failed pattern leaves no bindings
      dict::EventCodeSpec spec = matched != nullptr ? matched->code : entry->code;
      bool null_pattern = matched != nullptr && spec.code == dict::kNullCode && !spec.is_paired;
      if (null_pattern && !options_.null_patterns_code_nothing) spec = entry->code;
      if (spec.code == dict::kNullCode && !spec.is_paired) {
        // A verb that codes nothing here still ends its clause when a pattern said so.
        i = null_pattern ? std::max(end, last + 1) : last + 1;
        continue;
      }
      std::string reported_code;
      if (options_.reported_speech && is_statement(spec)) {
        reported_code = report_speech(m, first, last, end);
        // A plain statement is an event only toward whom it is addressed ("told his defence
        // minister", "said to reporters"); "X said Y would come" is no event between X and Y.
        if (reported_code.empty() && !addressee(last, end, m)) {
          // No event of its own: what it says is read on ("Obama said he would not provide
          // support to Israel" is Obama's refusal).
          i = last + 1;
          continue;
        }
      }
      if (told != Modality::kFact && reported_code.empty()) {
        reported_code = announced_code(d_.codes.text(spec.code), told);
        if (reported_code.empty()) {
          i = last + 1;
          continue;
        }
        if (told == Modality::kRefused) spec.is_paired = false;  // only the one who refuses
      }
      size_t before = result.events.size();
      make_events(result, spec, entry, matched, m, first, last, end, reported_code);
      if (!reported_code.empty()) {
        const char* note = told == Modality::kIntended
                               ? "an act announced, not done: an intention or a threat"
                           : told == Modality::kRefused ? "an act refused: a rejection"
                           : reported_code == "112"
                               ? "a statement reporting another actor's hostile act: an accusation"
                               : "a statement announcing the speaker's own hostile act: a threat";
        for (size_t k = before; k < result.events.size(); ++k) result.events[k].note = note;
      }  // A coded verb's clause holds no further verb of interest.
      i = std::max(end, last + 1);
    }
  }

  // Duplicates out; with require_dyad, events with a "---" participant out.
  void filter_events(ChunkResult& result) const {
    std::vector<ChunkEvent> unique;
    for (ChunkEvent& e : result.events) {
      if (options_.require_dyad && (e.source == "---" || e.target == "---")) continue;
      bool seen = std::any_of(unique.begin(), unique.end(), [&](const ChunkEvent& u) {
        return u.source == e.source && u.target == e.target && u.code == e.code;
      });
      if (!seen) unique.push_back(std::move(e));
    }
    result.events = std::move(unique);
  }

  // The source when no pattern binds one: the leftmost coded phrase before the verb (back to the
  // previous clause comma), else the first phrase at all.
  Binding default_source(const std::vector<Item>& upper) const {
    Binding source;
    for (const Item& it : upper) {
      if (it.kind == Item::kEnterCompound) {
        Binding b;
        b.compound = it.index;
        if (first_code(b) != "---") return b;
      }
      if (it.kind == Item::kEnterChunk && chunks_[it.index].coded &&
          chunks_[it.index].compound < 0) {
        source.chunk = it.index;
        return source;
      }
    }
    for (const Item& it : upper)
      if (it.kind == Item::kEnterChunk) {
        source.chunk = it.index;
        return source;
      }
    return source;
  }

  void make_events(ChunkResult& result, const dict::EventCodeSpec& spec,
                   const dict::VerbEntry* entry, const dict::Pattern* pattern, const MatchResult& m,
                   int first, int last, int end, std::string_view code_override = {}) {
    std::vector<Item> upper, lower;
    items(upper_start(first), first, upper);
    items(last + 1, end, lower);
    Binding source = m.source, target = m.target;
    if (!source.set()) source = default_source(upper);
    if (!source.set()) return;
    std::string source_code = first_code(source);
    bool source_compound = source.compound >= 0;
    if (!target.set()) {
      for (const Item& it : lower) {
        if (it.kind == Item::kEnterCompound) {
          target.compound = it.index;
          break;
        }
        if (it.kind == Item::kEnterChunk && chunks_[it.index].compound < 0 &&
            chunks_[it.index].coded && (source_compound || chunks_[it.index].code != source_code)) {
          target.chunk = it.index;
          break;
        }
      }
    }
    if (!target.set()) {
      for (const Item& it : lower)
        if (it.kind == Item::kEnterChunk && !chunks_[it.index].coded) {
          target.chunk = it.index;
          break;
        }
    }
    if (!target.set()) {
      for (auto it = upper.rbegin(); it != upper.rend(); ++it)
        if (it->kind == Item::kEnterChunk && chunks_[it->index].coded &&
            chunks_[it->index].code != source_code && it->index != source.chunk) {
          target.chunk = it->index;
          break;
        }
    }
    if (!target.set()) {
      for (auto it = upper.rbegin(); it != upper.rend(); ++it)
        if (it->kind == Item::kEnterChunk && !chunks_[it->index].coded &&
            it->index != source.chunk) {
          target.chunk = it->index;
          break;
        }
    }
    if (!target.set()) return;
    auto sources = codes_of(source);
    auto targets = codes_of(target);
    if (!m.source.set() && !m.target.set() && passive(first, end)) {
      std::swap(sources, targets);
    } else if (options_.clause_aware_commas && !m.source.set() && passive_form(first)) {
      // "Two people were killed", "tourists have been killed in a bus accident": the phrase
      // before a passive verb is what was done to; with no BY nobody is named as doing it.
      targets = sources;
      sources = {{"---", -1}};
    }
    auto add = [&](const std::pair<std::string, int>& s, const std::pair<std::string, int>& t,
                   dict::CodeId code) {
      if (s.first == t.first) return;
      ChunkEvent e;
      e.source = s.first;
      e.target = t.first;
      e.code =
          code_override.empty() ? std::string(d_.codes.text(code)) : std::string(code_override);
      e.source_token = s.second;
      e.target_token = t.second;
      e.verb_token = first;
      e.verb_last_token = last;
      e.pattern = pattern;
      e.verb = entry;
      result.events.push_back(std::move(e));
    };
    if (spec.is_paired) {
      bool null_sources = sources.size() == 1 && sources[0].first == "---";
      bool null_targets = targets.size() == 1 && targets[0].first == "---";
      if (null_sources)
        sources = targets;
      else if (null_targets)
        targets = sources;
      for (const auto& s : sources)
        for (const auto& t : targets) {
          add(s, t, spec.code);
          add(t, s, spec.paired);
        }
      return;
    }
    for (const auto& s : sources)
      for (const auto& t : targets) add(s, t, spec.code);
  }

  // ---- Issues -----------------------------------------------------------------------------

  void code_issues(ChunkResult& result) const {
    std::vector<uint32_t> counts(d_.issues.size(), 0);
    bool any = false;
    for (int i = 0; i < n_; ++i) {
      auto it = issues_.find(toks_[i].word);
      if (it == issues_.end()) continue;
      for (auto [issue, variant] : it->second) {
        const auto& words = d_.issues[issue].variants[variant];
        if (i + static_cast<int>(words.size()) > n_) continue;
        bool match = true;
        for (size_t k = 1; k < words.size() && match; ++k)
          match = toks_[i + static_cast<int>(k)].word == words[k];
        if (!match) continue;
        if (d_.issues[issue].code.empty()) return;  // an exclusion: no issues for this sentence
        ++counts[issue];
        any = true;
      }
    }
    if (!any) return;
    for (size_t k = 0; k < counts.size(); ++k) {
      if (counts[k] == 0) continue;
      const std::string& code = d_.issues[k].code;
      auto it = std::find_if(result.issues.begin(), result.issues.end(),
                             [&](const auto& p) { return p.first == code; });
      if (it == result.issues.end())
        result.issues.emplace_back(code, counts[k]);
      else
        it->second += counts[k];
    }
  }

  std::string describe() const {
    static const char* names[] = {"comma", "end",  "punct", "quote", "det", "poss", "pron", "prep",
                                  "to",    "conj", "comp",  "modal", "aux", "neg",  "adv",  "num",
                                  "pos",   "VERB", "verb?", "noun",  "adj", "unk"};
    std::string out;
    for (int i = 0; i < n_; ++i) {
      out += toks_[i].word + "/" + names[static_cast<int>(toks_[i].wc)];
      if (toks_[i].deleted) out += "(del)";
      out += " ";
    }
    out += "\n  chunks:";
    for (size_t c = 0; c < chunks_.size(); ++c) {
      out += " [";
      for (int w : chunks_[c].words) out += toks_[w].word + " ";
      out += "=" + chunks_[c].code;
      if (chunks_[c].compound >= 0) out += " cmp" + std::to_string(chunks_[c].compound);
      out += "]";
    }
    out += "\n";
    return out;
  }

  const dict::Dictionary& d_;
  const PhraseIndex& phrases_;
  const MultiWordIndex& multiword_;
  const IssueIndex& issues_;
  const DiscardIndex& discards_;
  const PetrarchOptions& options_;
  int32_t date_;
  std::vector<Tok> toks_;
  StoryMemory* memory_ = nullptr;
  const std::vector<std::string_view>* input_ = nullptr;  // the caller's tokens
  bool speaker_names_ = false;             // actors' names are wanted for quotations' speakers
  int quote_begin_ = -1, quote_end_ = -1;  // the quotation's tokens, when its speaker is known
  std::string quote_speaker_;
  int n_ = 0;
  uint64_t signature_ = 0;  // prefix bits of every word (dict/index.h), to rule out patterns fast
  bool all_caps_ = false;
  std::vector<Chunk> chunks_;
  std::vector<Compound> compounds_;
  std::vector<Element> elements_;
};

}  // namespace

const std::vector<uint32_t>& PhraseIndex::roots(dict::RootKind kind, std::string_view word) const {
  static const std::vector<uint32_t> none;
  const auto& map = kind == RootKind::kActor ? actors : agents;
  auto it = map.find(word);
  return it == map.end() ? none : it->second;
}

ChunkCoder::ChunkCoder(std::shared_ptr<const dict::CompiledDictionary> dictionary,
                       PetrarchOptions options)
    : dictionary_(std::move(dictionary)), options_(options) {
  const auto& roots = dictionary_->dictionary().roots;
  for (uint32_t id = 0; id < roots.size(); ++id) {
    const dict::Root& root = roots[id];
    if (root.phrase.empty()) continue;
    const std::string& first = root.phrase[0].text;
    if (root.kind == RootKind::kActor)
      phrases_.actors[first].push_back(id);
    else if (root.kind == RootKind::kAgent)
      phrases_.agents[first].push_back(id);
    else if (root.kind == RootKind::kVerb && root.phrase.size() == 1)
      phrases_.verb_forms.emplace(first, id);
  }
  // Longest phrase first at each word (file order among equals), as PETRARCH tries them.
  auto longest_first = [&](WordMap<std::vector<uint32_t>>& map) {
    for (auto& [word, ids] : map)
      std::stable_sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
        return roots[a].phrase.size() > roots[b].phrase.size();
      });
  };
  longest_first(phrases_.actors);
  longest_first(phrases_.agents);
  const auto& verbs = dictionary_->dictionary().multiword_verbs;
  for (uint32_t k = 0; k < verbs.size(); ++k) multiword_by_verb_[verbs[k].verb].push_back(k);
  const auto& issues = dictionary_->dictionary().issues;
  for (uint32_t k = 0; k < issues.size(); ++k)
    for (uint32_t v = 0; v < issues[k].variants.size(); ++v)
      issues_by_word_[issues[k].variants[v][0]].emplace_back(k, v);
  const auto& discards = dictionary_->dictionary().discards;
  for (uint32_t k = 0; k < discards.size(); ++k) {
    const std::string& phrase = discards[k].phrase;
    if (phrase.size() < DiscardIndex::kKey)
      discards_.short_phrases.push_back(k);
    else
      discards_.by_prefix[phrase.substr(0, DiscardIndex::kKey)].push_back(k);
  }
}

ChunkResult ChunkCoder::code(const std::vector<std::string_view>& tokens, std::string_view text,
                             int32_t date, bool explain, StoryMemory* memory,
                             SentenceQuotes* quotes) const {
  return code_with(tokens, text, date, options_, explain, memory, quotes);
}

ChunkResult ChunkCoder::code_with(const std::vector<std::string_view>& tokens,
                                  std::string_view text, int32_t date,
                                  const PetrarchOptions& options, bool explain, StoryMemory* memory,
                                  SentenceQuotes* quotes) const {
  Parse parse(*dictionary_, phrases_, multiword_by_verb_, issues_by_word_, discards_, options,
              date);
  return parse.run(tokens, text, explain, memory, quotes);
}

}  // namespace herodotus::code
