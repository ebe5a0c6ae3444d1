// Clauses without a parser. Comma-delimited clauses of a few words (appositives, relative
// clauses, "officials said") are set aside before sources, targets and verbs are read, within
// the CommaClauses limits; a verb's clause ends at a conjunction or comma before another verb,
// and the words a verb's subject is looked for in start after the nearest clause comma.
#ifndef HERODOTUS_CODE_CLAUSES_H_
#define HERODOTUS_CODE_CLAUSES_H_

#include "code/coder_index.h"
#include "code/sentence.h"

namespace herodotus::code {

// Marks the words of comma clauses to set aside (needs phrases: a comma inside a list is none).
void set_aside_comma_clauses(const CoderContext& ctx, SentenceReading& r);

// Where the clause of the verb ending at `i` ends (exclusive): PETRARCH's verb phrase,
// approximated. A quoted verb's clause ends with the quotation; a clause of time or cause ("after
// the Islamic State attacked an army camp") is a clause of its own.
int clause_end(const CoderContext& ctx, const SentenceReading& r, int i);

// Where the words before the verb at `i` start: after the nearest clause comma (with
// clause_aware_commas, after a closing quotation mark: '"...," he said'), or 0.
int upper_start(const CoderContext& ctx, const SentenceReading& r, int i);

// The subject of the verb at `verb` in a reported clause: the first phrase after the last
// statement verb in [from, verb) (past THAT and phrases of time), when it is coded with a
// country, is no pronoun, and stands right before the verb but for auxiliaries, modals,
// negations and adverbs, or before the first of two verbs joined by AND ("The defence ministry
// said troops had killed at least 33 separatists": the troops); unset otherwise, with `unnamed`
// (when given) set when that phrase is one no dictionary codes: the verb's doer is nobody named,
// and not the speaker ("said hotel guards had shot dead one of the attackers").
Binding reported_subject(const CoderContext& ctx, const SentenceReading& r, int from, int verb,
                         bool* unnamed = nullptr);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_CLAUSES_H_
