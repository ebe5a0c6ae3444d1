// The output records: events, quotations and places, as the stages write them into a Document
// and the writers print them (docs/output-schema.md). Spans index the Document's normalised text;
// Document::to_original maps them to the original bytes every printed span indexes.
#ifndef HERODOTUS_RECORDS_H_
#define HERODOTUS_RECORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "herodotus/span.h"

namespace herodotus {

// One side of an event: an actor code and the words it was read from.
struct EventActor {
  std::string code;  // "BLRGOV"; empty for an event without this side
  Span span;         // normalised text; empty for a default actor the text does not name
};

// Who did what to whom, in one sentence.
struct Event {
  uint32_t sentence = 0;  // index into sentences()
  EventActor source;
  EventActor target;
  std::string code;         // the event code (CAMEO for CAMEO dictionaries)
  Span verb;                // normalised text: the verb the rule anchored on
  std::string rule;         // the dictionary rule that fired: "ACCEPT: - * PROPOSAL [032]"
  std::string rule_source;  // where it is written: "CAMEO.091003.master.verbs:1234"
  std::string date;         // YYYY-MM-DD: the story date, moved by time expressions; may be empty
  // Where it happened: index into places(), or -1 when the text does not say.
  int32_t location = -1;
  // What the sentence is about, from an issues dictionary (PETRARCH's Phoenix.IssueCoding.txt):
  // issue code and how many of its phrases the sentence holds.
  std::vector<std::pair<std::string, uint32_t>> issues;
};

// Words in quotation marks that someone said, and who.
struct Quote {
  Span span;                 // normalised text: the quoted words, without the quotation marks
  uint32_t first_token = 0;  // tokens [first_token, end_token) of the quoted words
  uint32_t end_token = 0;
  uint32_t sentence = 0;  // the sentence the quotation starts in
  // A partial quotation is a few of the speaker's words inside the writer's own sentence ('X
  // called it "a disgrace"'); a direct one is the speaker's words alone ('X said: "..."').
  bool partial = false;
  // The speaker's mention the cue links to ("he", "Mr Lukashenko"), and the cue ("said",
  // "added", "according to"); both empty when no speaker was found. The mention may be in another
  // sentence: a quotation that runs on from the paragraph before keeps its speaker.
  Span speaker;
  uint32_t speaker_first_token = 0;
  uint32_t speaker_end_token = 0;
  Span cue;
  // The actor the mention resolves to, written by the speakers stage: code "BLRGOV", the name it
  // was named by ("Lukashenko" for "he"; the mention's words until then) and its actor mention
  // (index into Document::actor_mentions(), or -1). Empty when the dictionaries know no such
  // actor.
  std::string speaker_code;
  std::string speaker_name;
  int32_t speaker_actor = -1;

  bool has_speaker() const { return speaker_end_token > speaker_first_token; }
};

// A place name in the text, resolved to a gazetteer entry.
struct Place {
  Span span;              // normalised text
  uint32_t sentence = 0;  // index into sentences()
  uint32_t entry = 0;     // the gazetteer's place (geo::Gazetteer::place)
  // The place stands for its government or people ("Kyiv said", "Belarusian"), not for where
  // something happened: an actor, never an event's location.
  bool actor = false;
  bool demonym = false;   // "Belarusian": the adjective of a country's people (always an actor)
  bool dateline = false;  // "MINSK, Oct 10 (Reuters) -"
  bool cued = false;      // after "in", "near", "outside"...: where something is or happens
};

// What the gazetteer holds of a place record's entry.
struct PlaceInfo {
  std::string_view name;     // its own name: "Sochi", "Donets’k"
  std::string_view country;  // ISO 3166-1 alpha-3
  std::string_view kind;     // "country", "region", "city" or "area"
  double lat = 0, lon = 0;
  uint32_t geonames_id = 0;  // 0 when GeoNames has none for it
  uint32_t population = 0;
};
PlaceInfo place_info(const Place& place);

}  // namespace herodotus

#endif  // HERODOTUS_RECORDS_H_
