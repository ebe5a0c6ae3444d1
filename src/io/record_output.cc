// The output records: events, quotations and places (herodotus/output.h).
#include <cstdio>

#include "herodotus/cameo.h"
#include "herodotus/json.h"
#include "herodotus/output.h"

namespace herodotus {
namespace {

void actor_field(JsonLine& line, std::string_view key, const Document& doc,
                 const EventActor& actor) {
  if (actor.code.empty()) {
    line.null_field(key);
    return;
  }
  line.begin_object(key).field("code", actor.code);
  if (actor.span.empty()) {
    line.null_field("text").null_field("span");
  } else {
    line.field("text", doc.text_of(actor.span)).span("span", doc.to_original(actor.span));
  }
  line.end_object();
}

}  // namespace

void append_event_jsonl(const Document& doc, const Event& event, std::string& out) {
  const CameoCode* cameo = find_cameo_code(event.code);
  const Sentence& sentence = doc.sentences()[event.sentence];
  JsonLine line(out);
  line.field("type", "event").field("story_id", doc.id()).field("sentence_id", event.sentence + 1);
  if (event.date.empty())
    line.null_field("date");
  else
    line.field("date", event.date);
  actor_field(line, "source", doc, event.source);
  actor_field(line, "target", doc, event.target);
  line.field("cameo", event.code);
  if (cameo != nullptr) {
    line.field("root", cameo->root)
        .field("quad_class", cameo->quad_class)
        .field("goldstein", cameo->goldstein, 1);
    if (cameo->plover.empty())
      line.null_field("plover");
    else
      line.field("plover", cameo->plover);
  } else {
    line.null_field("root").null_field("quad_class").null_field("goldstein").null_field("plover");
  }
  line.span("span", doc.to_original(sentence.span))
      .field("rule", event.rule)
      .field("rule_source", event.rule_source);
  line.begin_object("verb")
      .field("text", doc.text_of(event.verb))
      .span("span", doc.to_original(event.verb))
      .end_object();
  if (event.location < 0) {
    line.null_field("location");
  } else {
    PlaceInfo p = place_info(doc.places()[static_cast<size_t>(event.location)]);
    line.begin_object("location")
        .field("name", p.name)
        .field("country", p.country)
        .field("lat", p.lat, 4)
        .field("lon", p.lon, 4)
        .end_object();
  }
  line.begin_object("issues");
  for (const auto& [issue, count] : event.issues) line.field(issue, count);
  line.end_object();
  line.end();
}

void append_event_table(const Document& doc, const Event& event, std::string& out) {
  const CameoCode* cameo = find_cameo_code(event.code);
  out += "  ";
  out += event.date.empty() ? std::string(10, ' ') : event.date;
  out += "  ";
  out += event.source.code;
  out += " -> ";
  out += event.target.code.empty() ? "-" : event.target.code;
  out += "  ";
  out += event.code;
  if (cameo != nullptr) {
    out += "  ";
    out += cameo->name;
  }
  out += "   \"";
  out += doc.text_of(event.verb);
  out += "\"\n";
}

void append_quote_jsonl(const Document& doc, const Quote& quote, std::string& out) {
  JsonLine line(out);
  line.field("type", "quote")
      .field("story_id", doc.id())
      .field("sentence_id", quote.sentence + 1)
      .field("kind", quote.partial ? "partial" : "direct")
      .field("text", doc.text_of(quote.span))
      .span("span", doc.to_original(quote.span));
  if (!quote.has_speaker()) {
    line.null_field("speaker");
  } else {
    line.begin_object("speaker");
    if (quote.speaker_code.empty())
      line.null_field("code");
    else
      line.field("code", quote.speaker_code);
    line.field("text", quote.speaker_name)
        .span("span", doc.to_original(quote.speaker))
        .end_object();
  }
  if (quote.cue.empty()) {
    line.null_field("cue");
  } else {
    line.begin_object("cue")
        .field("text", doc.text_of(quote.cue))
        .span("span", doc.to_original(quote.cue))
        .end_object();
  }
  line.end();
}

void append_quote_table(const Document& doc, const Quote& quote, std::string& out) {
  out += "  \"";
  out += doc.text_of(quote.span);
  out += "\"  -- ";
  if (!quote.has_speaker()) {
    out += "(speaker unknown)\n";
    return;
  }
  out += quote.speaker_name;
  if (!quote.speaker_code.empty()) {
    out += " (";
    out += quote.speaker_code;
    out += ")";
  }
  if (doc.text_of(quote.speaker) != quote.speaker_name) {
    out += " as \"";
    out += doc.text_of(quote.speaker);
    out += "\"";
  }
  out += '\n';
}

void append_place_jsonl(const Document& doc, const Place& place, std::string& out) {
  PlaceInfo p = place_info(place);
  JsonLine line(out);
  line.field("type", "place")
      .field("story_id", doc.id())
      .field("sentence_id", place.sentence + 1)
      .field("text", doc.text_of(place.span))
      .span("span", doc.to_original(place.span))
      .field("name", p.name)
      .field("country", p.country)
      .field("lat", p.lat, 4)
      .field("lon", p.lon, 4);
  if (p.geonames_id == 0)
    line.null_field("geonames_id");
  else
    line.field("geonames_id", p.geonames_id);
  line.field("kind", p.kind).field("role", place.actor ? "actor" : "location");
  line.end();
}

void append_place_table(const Document& doc, const Place& place, std::string& out) {
  PlaceInfo p = place_info(place);
  char coordinates[64];
  std::snprintf(coordinates, sizeof coordinates, "%.2f, %.2f", p.lat, p.lon);
  out += "  @ ";
  out += doc.text_of(place.span);
  out += "  ";
  out += p.name;
  out += " (";
  out += p.country;
  out += ", ";
  out += coordinates;
  out += place.actor ? "; an actor here)\n" : ")\n";
}

}  // namespace herodotus
