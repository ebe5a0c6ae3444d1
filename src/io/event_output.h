// Writing events and quotes: the JSON Lines records of the output contract (docs/output-schema.md)
// and the one-line table form for people.
#ifndef HERODOTUS_IO_EVENT_OUTPUT_H_
#define HERODOTUS_IO_EVENT_OUTPUT_H_

#include <string>

#include "herodotus/document.h"

namespace herodotus::io {

// {"type":"event", "story_id", "sentence_id", "date", "source", "target", "cameo", "root",
//  "quad_class", "goldstein", "plover", "span", "rule", "rule_source", "verb", "location"}
void append_event_jsonl(const Document& doc, const Event& event, std::string& out);

// "2022-10-10  BLRGOV -> UKR  138  Threaten with military force"
void append_event_table(const Document& doc, const Event& event, std::string& out);

// {"type":"quote", "story_id", "sentence_id", "kind" (direct or partial), "text", "span",
// "speaker": {"code", "text", "span"}
//  or null, "cue": {"text", "span"} or null}
void append_quote_jsonl(const Document& doc, const Quote& quote, std::string& out);

// '  "Last thing they need is another conflict."  -- Lukashenko (BLRGOV)'
void append_quote_table(const Document& doc, const Quote& quote, std::string& out);

// {"type":"place", "story_id", "sentence_id", "text", "span", "name", "country", "lat", "lon",
//  "geonames_id", "kind" (country, region, city), "role" (location or actor)}
void append_place_jsonl(const Document& doc, const Place& place, std::string& out);

// "  @ Sochi  Sochi (RUS, 43.60, 39.73)"
void append_place_table(const Document& doc, const Place& place, std::string& out);
// "country", "region", "city" or "area": a gazetteer kind as the output names it.
std::string_view place_kind_name(uint8_t kind);

}  // namespace herodotus::io

#endif  // HERODOTUS_IO_EVENT_OUTPUT_H_
