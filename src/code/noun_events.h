// Events said with a noun: a dictionary verb form the word classes read as a noun and the
// lexicon lists as naming the verb's own event ([event nouns]: "attack", "clashes", "visit").
// Its sides come from the sentence around it, nearest evidence first:
//
//   source  a name before the noun in its own phrase ("Israeli air raids", "Russia's attack"),
//           else BY after it ("the arrest of X by Y"), else the subject of a light verb whose
//           object it is ("Indian farmers staged protests", "rebels launched attacks");
//   target  the phrase after OF ("the arrest of the opposition leader"; not for a reciprocal
//           verb: "the visit of the president" is his), else after one of [event noun targets]
//           ("attacks on Kharkiv", "a visit to Beijing");
//   both    BETWEEN X AND Y: X and Y, each toward the other for a reciprocal verb ("clashes
//           between police and protesters").
//
// A place inside the phrase after IN or FROM is where it happened, not a side ("attacks in
// Tehran"). A noun that is the object of a verb other than a light one gives no event: that verb
// tells whether it happened ("to avoid arrest", "denied attacks on", "said attacks continued").
#ifndef HERODOTUS_CODE_NOUN_EVENTS_H_
#define HERODOTUS_CODE_NOUN_EVENTS_H_

#include "code/coder_index.h"
#include "code/sentence.h"

namespace herodotus::code {

struct NounEventSides {
  Binding source, target;
  int light_verb = -1;  // the light verb whose object the noun is, or -1
};

// Whether word i is an event noun: read as a noun, lower case (or first in the sentence), listed
// in [event nouns].
bool is_event_noun(const CoderContext& ctx, const SentenceReading& r, int i);

// The sides of the event noun at word i, whose verb is `reciprocal` (coded both ways, as a
// visit is); neither is set when the sentence names none.
NounEventSides noun_event_sides(const CoderContext& ctx, const SentenceReading& r, int i,
                                bool reciprocal);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_NOUN_EVENTS_H_
