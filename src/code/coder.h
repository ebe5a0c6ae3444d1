// The event coder: sparse parsing in the method TABARI established (manual, chapter 7), over the
// internal dictionary model.
//
// For one sentence: lex it; find every dictionary root (actors, agents, verbs, nouns, adjectives,
// time phrases) longest first; shift verbs after a determiner or capitalised mid-sentence to
// nouns; attach agents to actors; find compound actors, compound nouns and adjectives; drop
// comma-delimited nonrestrictive clauses; resolve pronouns; split the sentence into clauses at
// the remaining conjunctions; apply the complexity filter; then, verb by verb, match the verb's
// patterns (longest first) and find source and target by the pattern or the default rules.
//
// The Coder is immutable and thread-safe; per-sentence work uses a CoderScratch the caller owns
// (one per thread), so coding allocates nothing once the scratch has grown.
#ifndef HERODOTUS_CODE_CODER_H_
#define HERODOTUS_CODE_CODER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "code/lexer.h"
#include "code/options.h"
#include "dict/index.h"

namespace herodotus::code {

struct CodedEvent {
  std::string source;  // actor codes, agents applied ("BLRGOV")
  std::string target;
  dict::CodeId code = dict::kNullCode;  // the event code, in the dictionary's code table
  int32_t source_word = -1;  // word indexes into the lexed sentence; -1 for default actors
  int32_t target_word = -1;
  int32_t verb_word = -1;
  int32_t verb_last_word = -1;
  const dict::Pattern* pattern = nullptr;  // the pattern that matched, or null for the root code
  const dict::VerbEntry* verb = nullptr;
  int32_t date = 0;  // YYYYMMDD, after any time shift
  bool subordinate = false;
  bool dominant = false;
  int32_t clause = 0;
};

enum class SentenceOutcome : uint8_t {
  kCoded,     // events (possibly none) were produced
  kTooShort,  // fewer words than SET: MINIMUM WORDS
  kDiscard,   // a discard code (###) was found
  kComplex,   // a complex code (+++) or a complexity condition
};

struct SentenceResult {
  SentenceOutcome outcome = SentenceOutcome::kCoded;
  std::vector<CodedEvent> events;
  int32_t date = 0;         // the sentence date after any time shift
  std::string explanation;  // why a sentence was complex or discarded
};

// What carries from one sentence to the next of the same story (FORWARD: pronoun forwarding).
struct ForwardState {
  bool valid = false;
  std::vector<dict::CodeId> first_actor;  // the base codes of the previous sentence's first actor
};

struct CoderScratch;  // per-thread working memory, defined in coder.cc

class Coder {
 public:
  Coder(std::shared_ptr<const dict::CompiledDictionary> dictionary, CoderOptions options);
  ~Coder();

  const CoderOptions& options() const { return options_; }
  const dict::CompiledDictionary& dictionary() const { return *dictionary_; }

  // Codes one sentence dated `date` (YYYYMMDD). `forward` (may be null) carries pronoun
  // forwarding between consecutive sentences of a story; `lexed` receives the words spans refer
  // to. Thread-safe given distinct scratch objects.
  SentenceResult code(std::string_view text, int32_t date, CoderScratch& scratch,
                      ForwardState* forward = nullptr) const;

  // Like code(), with the options given instead of the coder's own (validation suites change
  // options between records).
  SentenceResult code_with(std::string_view text, int32_t date, const CoderOptions& options,
                           CoderScratch& scratch, ForwardState* forward) const;

  // A readable account of how the last sentence coded with `scratch` was parsed: word types,
  // clauses, eliminated clauses, actors. For debugging dictionaries and validation failures.
  std::string explain(const CoderScratch& scratch) const;

  // The words the last coded sentence was lexed into (event word indexes refer to them).
  static const LexedSentence& lexed(const CoderScratch& scratch);

 private:
  std::shared_ptr<const dict::CompiledDictionary> dictionary_;
  CoderOptions options_;
};

// Helper owning a scratch, for one-off coding.
class ScratchHolder {
 public:
  ScratchHolder();
  ~ScratchHolder();
  CoderScratch& get() { return *scratch_; }

 private:
  std::unique_ptr<CoderScratch> scratch_;
};

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_CODER_H_
