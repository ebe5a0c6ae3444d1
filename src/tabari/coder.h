// TABARI's coder: sparse parsing in the method TABARI established (manual, chapter 7), over the
// internal dictionary model, for compatibility with TABARI's dictionaries and its validation
// suite. It reads each sentence with its own lexer (lexer.h), as TABARI does.
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
#ifndef HERODOTUS_TABARI_CODER_H_
#define HERODOTUS_TABARI_CODER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "code/coded_event.h"
#include "dict/index.h"
#include "herodotus/coding_options.h"
#include "herodotus/document.h"
#include "tabari/lexer.h"

namespace herodotus::tabari {

struct SentenceResult {
  // kNone: coded (events possibly none); kTooShort: fewer words than SET: MINIMUM WORDS;
  // kDiscarded: a discard code (###); kComplex: a complex code (+++) or a complexity condition.
  SentenceSkip skip = SentenceSkip::kNone;
  std::vector<code::CodedEvent> events;  // spans: offsets into the text lexed, plus the base
  int32_t date = 0;                      // the sentence date after any time shift
  std::string explanation;               // why a sentence was complex or discarded
};

// What carries from one sentence to the next of the same story (FORWARD: pronoun forwarding).
struct ForwardState {
  bool valid = false;
  std::vector<dict::CodeId> first_actor;  // the base codes of the previous sentence's first actor
};

struct CoderScratch;  // per-thread working memory, defined in parse.h

class Coder {
 public:
  Coder(std::shared_ptr<const dict::CompiledDictionary> dictionary, CodingOptions options);
  ~Coder();

  const CodingOptions& options() const { return options_; }
  const dict::CompiledDictionary& dictionary() const { return *dictionary_; }
  const std::shared_ptr<const dict::CompiledDictionary>& compiled() const { return dictionary_; }

  // Codes one sentence dated `date` (YYYYMMDD); event spans are offsets into `text` plus `base`.
  // `forward` (may be null) carries pronoun forwarding between consecutive sentences of a story.
  // Thread-safe given distinct scratch objects.
  SentenceResult code(std::string_view text, int32_t date, CoderScratch& scratch,
                      ForwardState* forward = nullptr, uint32_t base = 0) const;

  // Like code(), with the options given instead of the coder's own (validation suites change
  // options between records).
  SentenceResult code_with(std::string_view text, int32_t date, const CodingOptions& options,
                           CoderScratch& scratch, ForwardState* forward, uint32_t base = 0) const;

  // A readable account of how the last sentence coded with `scratch` was parsed: word types,
  // clauses, eliminated clauses, actors. For debugging dictionaries and validation failures.
  std::string explain(const CoderScratch& scratch) const;

 private:
  std::shared_ptr<const dict::CompiledDictionary> dictionary_;
  CodingOptions options_;
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

}  // namespace herodotus::tabari

#endif  // HERODOTUS_TABARI_CODER_H_
