// What each noun phrase stands for: the actor it names (a person preferred over a country in
// "Belarusian president Aleksandr Lukashenko"), with the codes of its agents applied ("Russian
// troops" RUSMIL), or the country of a town or region an agent belongs to ("the mayor of Nablus"),
// and whether it may refer to an actor named earlier (a pronoun, a role noun).
#ifndef HERODOTUS_CODE_ACTORS_H_
#define HERODOTUS_CODE_ACTORS_H_

#include <string>
#include <string_view>
#include <vector>

#include "code/coder_index.h"
#include "code/english.h"
#include "code/references.h"
#include "code/sentence.h"

namespace herodotus::code {

// Whether one of the three-letter sectors a code names after its country ("BLRGOVMIL": GOV, MIL)
// fits `fits`.
template <typename Fits>
bool any_sector(std::string_view code, Fits fits) {
  for (size_t at = 3; at + 3 <= code.size(); at += 3)
    if (fits(code.substr(at, 3))) return true;
  return false;
}

// Whether a code has an armed sector ([armed sectors]: soldiers, rebels, police...) after its
// country: "---MIL", "SYRREB".
inline bool armed(const CoderContext& ctx, std::string_view code) {
  return any_sector(
      code, [&](std::string_view sector) { return ctx.english.armed_sectors.count(sector) > 0; });
}

// Whether a code names a role and no country: "---GOV".
inline bool role_only(std::string_view code) {
  return code.size() > 3 && code.starts_with("---");
}

// What phrase `chunk` can do by its head (WordNet), for a phrase no actor coded: the actors
// stage works it out for coded phrases only (the layer gives `actor` for the rest), and the
// events stage asks for it where a rule needs it ("released a video": a text; "an air strike by
// government forces": an attack). A coded phrase's is its own.
Agency uncoded_agency(const CoderContext& ctx, const SentenceReading& r, int chunk);

// "the UN peacekeeping mission in Mali": the country a phrase holding a word of [peacekeeping
// words] names after IN ("MLI", its words in `span`), or "" for none.
std::string mission_host(const CoderContext& ctx, const SentenceReading& r, const Chunk& c,
                         Span& span);

// Whether the phrase's nouns before any preposition are all [time words] ("hours", "last week",
// "Tuesday"): a phrase of time, never a side of an event.
bool names_a_time(const CoderContext& ctx, const SentenceReading& r, const Chunk& c);

// Codes every phrase of the sentence; adds a mention to the Document for each actor named and
// each place standing for its country. `actors` receives one entry per phrase.
void code_phrases(const CoderContext& ctx, SentenceReading& r, std::vector<ChunkActor>& actors,
                  Document& doc);

// The country a story is about: the one its places (countries, demonyms, towns, the dateline)
// name most, when they name it at least twice and at least twice as often as any other; "" when
// none stands out.
std::string story_country(const Document& doc);

// Gives the story's country to every phrase coded with agents of no country ("the government"
// ---GOV becomes ETHGOV in a story about Ethiopia), reporters (---MED) excepted.
void give_story_country(Document& doc);

// Whether a dictionary actor is a person (what "he" and "the president" may refer to).
bool is_person(const dict::ActorEntry& actor);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_ACTORS_H_
