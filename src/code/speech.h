// Reported speech and modality: how a verb is told (as done, announced, refused, or only
// possible), and what a statement reports. A statement that reports another actor's hostile act
// is the speaker's accusation of that actor (112), never the act itself ("X said Ukraine was
// planning strikes"); the speaker's own act, not done yet, is a threat (130, 138). Quoted words
// are the speaker's: another actor's hostile act told there is the speaker's accusation too.
#ifndef HERODOTUS_CODE_SPEECH_H_
#define HERODOTUS_CODE_SPEECH_H_

#include <string>
#include <string_view>
#include <vector>

#include "code/coded_event.h"
#include "code/coder_index.h"
#include "code/patterns.h"
#include "code/sentence.h"

namespace herodotus::code {

// How the verb at `v` is told: as something that happened; as the subject's announced intention
// (WILL, WOULD after a statement, GOING TO, an infinitive after WANT, PLAN, INTEND...), which
// CAMEO codes as intent or threat; as a refused one (WILL NOT), a rejection; or as what did not
// or only might happen (negated, COULD, MIGHT, an if-clause), which is no event.
enum class Modality : uint8_t { kFact, kIntended, kRefused, kNotAnEvent };
Modality modality(const CoderContext& ctx, const SentenceReading& r, int v);

// The CAMEO code of an act announced (intent, threat) or refused (rejection), from the code the
// act itself would have; "" when CAMEO has none ("will not attack" is no event).
std::string announced_code(std::string_view act, Modality modality);

// A plain statement (CAMEO 010).
bool is_statement(const CoderContext& ctx, const dict::EventCodeSpec& spec);

// Whether word `j` is a statement verb ("said", "told") and not set aside.
bool statement_verb(const CoderContext& ctx, const SentenceReading& r, int j);

// What the statement at words [first, last], whose clause ends at `end`, makes of what it
// reports: "112" (an accusation, its target set in `m`), "130"/"138" (a threat), or "" to keep
// the statement as it is. The reported words are those after the verb, or, after a quotation
// ('"..." he said'), the quotation.
std::string report_speech(const CoderContext& ctx, const SentenceReading& r, MatchResult& m,
                          int first, int last, int end);

// The addressee of a statement: a phrase right after the verb ("told Putin") or after TO ("said
// to Putin"), set as the target in `m`; false when there is none.
bool addressee(const CoderContext& ctx, const SentenceReading& r, int last, int end,
               MatchResult& m);

// Events read inside the sentence's quotation are its speaker's: the speaker's own acts stay,
// another actor's hostile act becomes the speaker's accusation of that actor, anything else said
// of others is a claim and goes. Verbs that code only through patterns still tell of hostility
// ("He also violates our national security").
void attribute_quotation(const CoderContext& ctx, const SentenceReading& r,
                         std::vector<CodedEvent>& events);

// The CAMEO root of an event code ("138" -> 13), or -1.
int root_of(std::string_view code);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_SPEECH_H_
