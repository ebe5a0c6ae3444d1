// The PETRARCH coder: event coding in PETRARCH-1's method, over noun-phrase chunks found without
// a parser.
//
// PETRARCH reads a constituency parse and codes noun phrases; Herodotus reads only the text. It
// gives each token a word class (closed-class lists, the dictionaries, capitalisation and
// endings), groups nouns into chunks (possessives and "X of/in/from Y" joined, "X, Y and Z"
// compounds), removes comma-delimited clauses, and then, verb by verb, matches PETRARCH's
// patterns against the words before the verb (back to the previous clause comma) and after it
// (to the end of its clause). The source is the leftmost coded chunk before the verb, the target
// the first coded chunk after it; a coded verb's clause is not searched for more verbs.
#ifndef HERODOTUS_CODE_CHUNK_CODER_H_
#define HERODOTUS_CODE_CHUNK_CODER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dict/index.h"
#include "herodotus/span.h"
#include "herodotus/status.h"

namespace herodotus::code {

// PETRARCH's settings (PETR_config.ini, and the unit tests' <Config> records).
struct PetrarchOptions {
  bool require_dyad = true;  // drop events whose source or target is "---"
  int new_actor_length = 0;  // > 0: an uncoded noun phrase of at most N words is its own actor
  int comma_min = 2, comma_max = 8;    // internal comma clauses removed (max 0: off)
  int comma_bmin = 0, comma_bmax = 0;  // the opening clause (off by default)
  int comma_emin = 2, comma_emax = 8;  // the closing clause
  // Code only what happened: a negated verb ("did not attack"), a modal one ("would attack",
  // "could strike"), an infinitive after a verb of intention ("planning to attack") and a verb
  // in an if-clause are not events. PETRARCH codes them all; the project's dictionaries do not.
  bool facts_only = false;
  // Pronouns stand for the latest compatible actor of the story (he, she: a person of that
  // gender; they, it: a country, organisation or group; his, her, its, their likewise, giving the
  // actor's country to the agent after them: "his defence minister" is BLRGOV for Lukashenko).
  bool resolve_pronouns = false;
  // A statement ("said", "told") that reports a hostile act is coded as what the speaker does:
  // accusing another actor of it (112), or threatening it when the speaker announces it (130,
  // 138). See report_speech in chunk_coder.cc.
  bool reported_speech = false;
  // A multi-word actor or agent name found in the text is one noun phrase, prepositions and
  // conjunctions inside it included ("Doctors Without Borders", "Bosnia and Herzegovina").
  // PETRARCH splits such names where its parser does.
  bool whole_names = false;
  // A pattern coded [---] means "no event here" ("feared dead"); PETRARCH falls back to the
  // verb's own code instead.
  bool null_patterns_code_nothing = false;
  // Reading clauses as a parser would, for the project's dictionaries: a comma clause that starts
  // with a verb is the sentence's own ("Lukashenko, who gifted Putin a tractor, warned Ukraine")
  // and stays; a relative clause goes whatever its length; a quotation ends the words before a
  // verb ('"...," he said'); a dictionary verb form right after a preposition is a noun.
  bool clause_aware_commas = false;
  // A noun phrase that names a country and a person ("Belarusian president Aleksandr
  // Lukashenko") is about the person; PETRARCH takes the first actor.
  bool prefer_people = false;
  // A noun phrase with no actor of the dictionaries but a town or region of the gazetteer ("the
  // mayor of Nablus", "Donetsk officials") is that place's country's.
  bool places_as_countries = false;
};

// What the coder remembers of a story between its sentences: the actors mentioned, latest last.
struct StoryMemory {
  struct Mention {
    std::string code;  // "BLRGOV"
    dict::Gender gender = dict::Gender::kUnknown;
    bool person = false;
    const std::vector<std::string>* roles = nullptr;  // the person's role nouns, if any
    bool subject = false;  // the subject of its sentence: the likeliest antecedent
    std::string name;      // the words it was named by: "Aleksandr Lukashenko"
  };
  std::vector<Mention> mentions;
};

// The quotations of one sentence, as the quote stage found them (token indexes are the
// sentence's own): the coder resolves the speakers' mentions in this sentence and codes what is
// quoted as its speaker's words.
struct SentenceQuotes {
  // A speaker's mention ("he", "Opposition leader Ms Tsikhanouskaya"); the coder writes the
  // actor's code and name, or leaves them empty.
  struct Mention {
    int32_t begin = 0, end = 0;
    std::string code, name;
  };
  // Quoted words and whose they are: a code resolved in an earlier sentence, or the mention of
  // this sentence at index `mention`.
  struct Quotation {
    int32_t begin = 0, end = 0;
    std::string speaker;
    int32_t mention = -1;
  };
  std::vector<Mention> mentions;
  std::vector<Quotation> quotations;

  void clear() {
    mentions.clear();
    quotations.clear();
  }
};

// The settings the project's own dictionaries are coded with: every PETRARCH-1 rule, plus facts
// only, pronouns, reported speech, whole names, clause-aware commas and people first.
PetrarchOptions herodotus_options();

// Applies one option by name ("require_dyad", "new_actor_length", "comma_min", ...).
Status apply_petrarch_option(std::string_view name, std::string_view value,
                             PetrarchOptions& options);

struct ChunkEvent {
  std::string source, target, code;
  std::string note;  // how the code was reached when not by the rule alone ("reported speech: ...")
  int32_t source_token = -1, target_token = -1, verb_token = -1, verb_last_token = -1;
  const dict::Pattern* pattern = nullptr;
  const dict::VerbEntry* verb = nullptr;
};

enum class ChunkOutcome : uint8_t { kCoded, kSentenceDiscard, kStoryDiscard, kDateline };

struct ChunkResult {
  ChunkOutcome outcome = ChunkOutcome::kCoded;
  std::vector<ChunkEvent> events;
  // Issue codes the sentence holds phrases of, with counts, in dictionary order (none when an
  // exclusion phrase is found).
  std::vector<std::pair<std::string, uint32_t>> issues;
  std::string explanation;  // the parse, when asked for
};

// Hashing std::string keys by string_view, so lookups allocate nothing.
struct TransparentHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
template <typename Value>
using WordMap = std::unordered_map<std::string, Value, TransparentHash, std::equal_to<>>;

// The dictionary's roots by exact first word (PETRARCH matches whole words), one list per kind,
// longest phrase first; and the single-word verb forms.
struct PhraseIndex {
  WordMap<std::vector<uint32_t>> actors, agents;
  WordMap<uint32_t> verb_forms;  // form -> root
  const std::vector<uint32_t>& roots(dict::RootKind kind, std::string_view word) const;
};

// Discard phrases by their first characters, so a sentence is scanned once for all of them.
struct DiscardIndex {
  static constexpr size_t kKey = 3;
  WordMap<std::vector<uint32_t>> by_prefix;
  std::vector<uint32_t> short_phrases;  // shorter than kKey
};

class ChunkCoder {
 public:
  ChunkCoder(std::shared_ptr<const dict::CompiledDictionary> dictionary, PetrarchOptions options);

  const PetrarchOptions& options() const { return options_; }
  const dict::CompiledDictionary& dictionary() const { return *dictionary_; }

  // Codes one sentence: its tokens (as the segmenter made them, any case) and, for discards,
  // its text. `date` is YYYYMMDD.
  // `memory` carries the story's actors from sentence to sentence; `quotes` are the sentence's
  // quotations (both optional).
  ChunkResult code(const std::vector<std::string_view>& tokens, std::string_view text, int32_t date,
                   bool explain = false, StoryMemory* memory = nullptr,
                   SentenceQuotes* quotes = nullptr) const;
  ChunkResult code_with(const std::vector<std::string_view>& tokens, std::string_view text,
                        int32_t date, const PetrarchOptions& options, bool explain = false,
                        StoryMemory* memory = nullptr, SentenceQuotes* quotes = nullptr) const;

 private:
  std::shared_ptr<const dict::CompiledDictionary> dictionary_;
  PetrarchOptions options_;
  PhraseIndex phrases_;
  WordMap<std::vector<uint32_t>> multiword_by_verb_;
  // Issue phrase variants by first word: (issue, variant).
  WordMap<std::vector<std::pair<uint32_t, uint32_t>>> issues_by_word_;
  DiscardIndex discards_;
};

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_CHUNK_CODER_H_
