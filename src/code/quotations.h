// Quotations and their speakers: the speakers stage gives each quotation the actor its speaker's
// mention stands for (the last coded phrase inside the mention, after pronouns and role nouns
// are resolved: "he" is Lukashenko), and inside quoted words "I" and "we" are the speaker, "our
// army" the speaker's country's. The events stage then reads quoted words as the speaker's.
#ifndef HERODOTUS_CODE_QUOTATIONS_H_
#define HERODOTUS_CODE_QUOTATIONS_H_

#include "code/coder_index.h"
#include "code/sentence.h"

namespace herodotus::code {

// Gives every quotation whose speaker's mention is in a sentence that was read its speaker's
// code, name and actor mention.
void resolve_speakers(Document& doc);

// The quoted words of the reading's sentence whose speaker is known by then (the mention is in
// this sentence or an earlier one), one speaker a sentence: '"...," Brafman said, "..."' is one
// person's. Sets r.quote_begin, r.quote_end, r.quote_speaker; none without reported_speech and
// references.
void find_quotation(const CoderContext& ctx, const Document& doc, SentenceReading& r);

// Inside r's quotation, "I" and "we" are its speaker and "our army" the speaker's country's:
// rewrites those phrases' codes in the reading and the Document.
void code_first_person(const CoderContext& ctx, SentenceReading& r, Document& doc);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_QUOTATIONS_H_
