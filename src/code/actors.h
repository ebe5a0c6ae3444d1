// What each noun phrase stands for: the actor it names (a person preferred over a country in
// "Belarusian president Aleksandr Lukashenko"), with the codes of its agents applied ("Russian
// troops" RUSMIL), or the country of a town or region an agent belongs to ("the mayor of Nablus"),
// and whether it may refer to an actor named earlier (a pronoun, a role noun).
#ifndef HERODOTUS_CODE_ACTORS_H_
#define HERODOTUS_CODE_ACTORS_H_

#include <vector>

#include "code/coder_index.h"
#include "code/references.h"
#include "code/sentence.h"

namespace herodotus::code {

// Codes every phrase of the sentence; adds a mention to the Document for each actor named and
// each place standing for its country. `actors` receives one entry per phrase.
void code_phrases(const CoderContext& ctx, SentenceReading& r, std::vector<ChunkActor>& actors,
                  Document& doc);

// Whether a dictionary actor is a person (what "he" and "the president" may refer to).
bool is_person(const dict::ActorEntry& actor);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_ACTORS_H_
