// Whom an event is aimed at when no pattern binds its target: the first phrase after the verb
// that names an actor (a name no dictionary knows right after the verb first; a phrase of time
// never), else before it; for an act of giving, the phrase after TO.
#ifndef HERODOTUS_CODE_TARGETS_H_
#define HERODOTUS_CODE_TARGETS_H_

#include <string>
#include <vector>

#include "code/coder_index.h"
#include "code/sentence.h"

namespace herodotus::code {

// A phrase's code as its sentence names it: without a country the story gave it.
std::string named_code(const Chunk& c);

// Whether the verb's words (`lower`) hold a phrase of time and no other phrase.
bool only_times_after(const CoderContext& ctx, const SentenceReading& r,
                      const std::vector<Item>& lower);

// The target when no pattern binds one: a name no dictionary knows right after the verb; the
// first list or coded phrase after the verb (not the source's code unless the source is a list),
// else the first uncoded phrase after it that is no time; else, before the verb (`upper`,
// nearest first), the nearest coded phrase other than the source, else an uncoded one. The words
// the pattern matched (`content_last`, their last word) say what the act is, not whom: the
// uncoded phrase is one after them if any follows ("expressed pessimism over Alitalia's
// future"), and a phrase they lie in coded by role alone is passed over unless it names people
// the act is done to ("offered to send troops to Uganda"; but "killed 32 civilians", and troops
// in `violent` acts, roots 17-20). An act `on_people` ([acts on people]) is done to the uncoded
// phrase right after the verb when it names people or a name ("freed 37 prisoners"); an act
// `on_place` ([acts on places]: curfews, states of emergency) to the place after IN that follows
// what it is ("imposed a curfew in parts of Kashmir"), coded or not.
struct ActShape {
  int content_last = -1;   // the last word the pattern matched (MatchResult::content_last)
  bool violent = false;    // roots 17-20
  bool on_people = false;  // [acts on people]
  bool on_place = false;   // [acts on places]
};
Binding default_target(const CoderContext& ctx, const SentenceReading& r,
                       const std::vector<Item>& upper, const std::vector<Item>& lower,
                       const Binding& source, const std::string& source_code,
                       const ActShape& act = {});

// Whether the act coded `spec` gives something (the lexicon's [acts of giving], by code prefix:
// aid, peacekeepers, property returned).
bool gives(const CoderContext& ctx, const dict::EventCodeSpec& spec);

// The one given to: the phrase right after TO among the verb's words, when it names an actor
// ("returned six Iraqi artifacts to the government of Iraq", "sent supplies to Nepal").
Binding recipient(const SentenceReading& r, const std::vector<Item>& lower);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_TARGETS_H_
