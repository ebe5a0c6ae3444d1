// The internal dictionary model: what every supported format (TABARI, PETRARCH, the project's own)
// is read into, and what the compiled matchers are built from.
//
// Words are upper case. A phrase is a sequence of words, each matched against a text word as a
// stem (the text word starts with it), exactly, or exactly with regular endings, and each either
// free to be followed by other words before the next one or required to be followed by it at once.
// Every entry keeps the file and line it came from, for error messages and for the `rule` field
// of events.
#ifndef HERODOTUS_DICT_MODEL_H_
#define HERODOTUS_DICT_MODEL_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dict/codes.h"

namespace herodotus::dict {

// Where an entry was read: an index into Dictionary::files and a 1-based line.
struct SourceRef {
  uint32_t file = 0;
  uint32_t line = 0;
};

enum class WordMatch : uint8_t {
  kStem,            // ARNOR: matches ARNOR, ARNORIAN, ARNOR'S
  kExact,           // ESTONIA_: matches ESTONIA and its regular endings (last word of a root only)
  kExactNoEndings,  // MOUSE=: matches MOUSE only
};

struct PhraseWord {
  std::string text;
  WordMatch match = WordMatch::kStem;
  bool adjacent = false;  // the next word of the phrase must follow this one at once
  bool capitals = false;  // matches only a word written in capitals ("US", not "us")
};

using Phrase = std::vector<PhraseWord>;

// The alphanumeric length TABARI sorts phrases by: longer phrases are tried first.
uint32_t phrase_length(const Phrase& phrase);

// ---- Actors --------------------------------------------------------------------------------

// One date-restricted alternative of an actor's code: codes for dates in [from, to] (YYYYMMDD,
// inclusive), or always. More than one code is a coded compound ("FRO/BIL/SAM").
struct DatedCode {
  int32_t from = 0;         // 0: no lower bound
  int32_t to = 99991231;    // no upper bound
  bool restricted = false;  // false: the default, used when no restricted code applies
  std::vector<CodeId> codes;
};

enum class Gender : uint8_t { kUnknown, kMale, kFemale };

struct ActorEntry {
  std::vector<DatedCode> codes;  // restricted ones in file order, then at most one default
  uint32_t first_phrase = 0;     // the first phrase of its synonym list, for OUTPUT: PARENT
  SourceRef source;
  // The project's own format: a stable id, and what coreference needs to know of a person.
  std::string id;
  Gender gender = Gender::kUnknown;
  std::vector<std::string> roles;  // upper-case role nouns: "PRESIDENT", "FOREIGN MINISTER"
};

// The codes an actor has on a date; empty when it has none then (a null code). On an unknown
// date (0: a story without one) an actor with no default has the codes of its latest period:
// a page scraped without a date is most likely news of today.
const std::vector<CodeId>* codes_on(const ActorEntry& actor, int32_t date);

// ---- Agents --------------------------------------------------------------------------------

struct AgentEntry {
  CodeId code;          // without the ~
  bool prefix = false;  // NGM~: the agent code goes before the actor's
  SourceRef source;
};

// ---- Verbs, time shifts, attribution -------------------------------------------------------

struct PatternElement {
  enum class Kind : uint8_t {
    kWord,          // a literal word
    kVerb,          // * : the verb itself
    kSource,        // $
    kTarget,        // +
    kCompound,      // % : a compound actor, source and target
    kSkip,          // ^ : passes over one actor
    kAttribution,   // @
    kSynset,        // &NAME
    kAlternatives,  // { A | B C | D_E }
  };
  Kind kind = Kind::kWord;
  bool adjacent = false;  // the next element must follow this one at once
  PhraseWord word;        // kWord
  uint32_t synset = 0;    // kSynset: index into Dictionary::synsets
  std::vector<std::vector<PatternElement>> alternatives;  // kAlternatives
};

// A verb phrase pattern: the elements before the verb (written order) and after it.
struct Pattern {
  std::vector<PatternElement> upper;  // before *, in written order
  std::vector<PatternElement> lower;  // after *, in written order
  bool upper_adjacent = false;        // the last upper element must touch the verb
  bool lower_adjacent = false;        // the first lower element must touch the verb
  EventCodeSpec code;
  uint32_t length = 0;  // alphanumeric length, alternatives counted at their longest
  bool has_alternatives = false;
  uint64_t required = 0;  // prefix signature of its required literal words (see index.h)
  std::string text;       // as written, for the rule field
  std::string id;         // the project's own format: the pattern's stable id
  SourceRef source;
};

struct VerbEntry {
  std::string id;                 // the project's own format: the entry's stable id
  EventCodeSpec code;             // the root's own code
  std::vector<Pattern> patterns;  // sorted: longest first, file order among equals
  std::string root_text;          // the first root as written
  SourceRef source;
};

struct Synset {
  std::string name;  // without the &
  std::vector<std::vector<PatternElement>> members;
  SourceRef source;
};

// ---- Roots: every phrase that can be found in a text, of any kind ---------------------------

enum class RootKind : uint8_t { kActor, kAgent, kVerb, kNoun, kAdjective, kTime, kAttribution };

// A PETRARCH multi-word verb ("+CORDON_OFF", "WIRE_+TAP"): the verb word and the words that must
// stand before and after it (filler words such as THE, A, IT, HAS may come between).
struct MultiWordVerb {
  std::string verb;                 // the form the parser finds ("CORDONED")
  std::vector<std::string> before;  // nearest first
  std::vector<std::string> after;   // in order
  uint32_t entry = 0;               // index into Dictionary::verbs
};

// A PETRARCH discard phrase: a sentence (or, with story_level, the rest of the story) that holds
// it is not coded.
struct Discard {
  std::string phrase;  // upper case, single-spaced
  bool story_level = false;
  bool whole_word = false;  // written with a trailing '_': must end at a word boundary
  SourceRef source;
};

// An issue phrase (PETRARCH's Phoenix.IssueCoding.txt): a sentence that holds one of its word
// sequences is about the issue. An exclusion phrase ("~a head start") cancels every issue of the
// sentence it is found in.
struct IssuePhrase {
  std::vector<std::vector<std::string>> variants;  // upper-case words; expansions written out
  std::string code;                                // empty for an exclusion
  SourceRef source;
};

// Which coder a dictionary was written for: TABARI's sparse parse, or PETRARCH's noun-phrase
// chunks (its own semantics for sources, targets and patterns).
enum class Dialect : uint8_t { kTabari, kPetrarch, kHerodotus };

struct Root {
  Phrase phrase;
  RootKind kind = RootKind::kNoun;
  uint32_t entry = 0;   // index into the vector of its kind (actors, agents, verbs, times, ...)
  uint32_t length = 0;  // phrase_length(phrase)
  std::string text;     // as written
  SourceRef source;
  uint64_t required = 0;  // prefix signature of its words after the first (see index.h)
  uint8_t endings = 0;    // dict::Endings for its last word
};

struct Dictionary {
  std::vector<std::string> files;  // the files entries came from, for SourceRef
  CodeTable codes;
  std::vector<Root> roots;
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<VerbEntry> verbs;
  std::vector<VerbEntry> times;         // code: a shift in days, or a special code
  std::vector<VerbEntry> attributions;  // code unused; patterns may hold @
  std::vector<Synset> synsets;
  std::unordered_map<std::string, uint32_t> synset_index;
  std::vector<MultiWordVerb> multiword_verbs;
  std::vector<Discard> discards;
  std::vector<IssuePhrase> issues;
  Dialect dialect = Dialect::kTabari;

  std::string where(const SourceRef& ref) const;  // "file:line"
};

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_MODEL_H_
