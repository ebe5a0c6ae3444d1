#include "herodotus/store.h"
#include "store/schema.h"

#include <map>
#include <unordered_set>

#include "geo/gazetteer.h"
#include "herodotus/cameo.h"

namespace herodotus::store {
namespace {

Value text_or_null(std::string_view s) {
  return s.empty() ? Value() : Value(std::string(s));
}

int64_t integer(uint64_t n) {
  return static_cast<int64_t>(n);
}

// Begin and end of a span in the story's text as read, or two NULLs for an empty span.
void span_values(const Document& doc, Span span, std::vector<Value>& row) {
  if (span.empty()) {
    row.emplace_back();
    row.emplace_back();
    return;
  }
  Span original = doc.to_original(span);
  row.emplace_back(integer(original.begin));
  row.emplace_back(integer(original.end));
}

struct ActorTally {
  std::string name;
  size_t events = 0, quotes = 0;
};

}  // namespace

std::string_view actor_country(std::string_view code) {
  static const std::unordered_set<std::string_view>* countries = [] {
    auto* set = new std::unordered_set<std::string_view>();
    const geo::Gazetteer& g = geo::Gazetteer::builtin();
    for (uint32_t i = 0; i < g.places(); ++i) {
      geo::PlaceView p = g.place(i);
      if (p.kind == geo::format::kCountry) set->insert(p.country);
    }
    return set;
  }();
  if (code.size() < 3 || !countries->count(code.substr(0, 3))) return {};
  return code.substr(0, 3);
}

StoryRows rows_of(const Document& doc) {
  StoryRows out;
  out.story_id = doc.id();
  out.tables.resize(kTableCount);
  const Story& story = doc.story();
  size_t errors = 0;
  for (const Diagnostic& d : doc.diagnostics()) errors += d.level == Level::kError ? 1 : 0;
  out.tables[kStories].push_back(
      {doc.id(), text_or_null(doc.date()), text_or_null(story.title), text_or_null(story.url),
       text_or_null(story.source), text_or_null(story.origin), std::string(doc.original()),
       integer(doc.sentences().size()), integer(doc.events().size()), integer(doc.quotes().size()),
       integer(doc.places().size()), integer(errors)});

  for (size_t i = 0; i < doc.sentences().size(); ++i) {
    const Sentence& s = doc.sentences()[i];
    std::vector<Value> row = {doc.id(), integer(i + 1)};
    span_values(doc, s.span, row);
    row.emplace_back(std::string(doc.text_of(s.span)));
    out.tables[kSentences].push_back(std::move(row));
  }

  std::map<std::string, ActorTally> actors;
  auto actor_values = [&](const EventActor& actor, std::vector<Value>& row) {
    row.push_back(text_or_null(actor.code));
    std::string name = actor.span.empty() ? std::string() : std::string(doc.text_of(actor.span));
    row.push_back(text_or_null(name));
    row.push_back(text_or_null(actor_country(actor.code)));
    span_values(doc, actor.span, row);
    if (actor.code.empty()) return;
    ActorTally& tally = actors[actor.code];
    if (tally.name.empty()) tally.name = name;
    ++tally.events;
  };
  for (size_t i = 0; i < doc.events().size(); ++i) {
    const Event& e = doc.events()[i];
    const CameoCode* cameo = find_cameo_code(e.code);
    std::vector<Value> row = {doc.id(), integer(i + 1), integer(e.sentence + 1),
                              text_or_null(e.date)};
    actor_values(e.source, row);
    actor_values(e.target, row);
    row.emplace_back(e.code);
    if (cameo != nullptr) {
      row.emplace_back(cameo->root);
      row.emplace_back(integer(static_cast<uint64_t>(cameo->quad_class)));
      row.emplace_back(cameo->goldstein);
      row.push_back(text_or_null(cameo->plover));
    } else {
      row.insert(row.end(), 4, Value());
    }
    row.emplace_back(std::string(doc.text_of(e.verb)));
    span_values(doc, e.verb, row);
    row.emplace_back(e.rule);
    row.emplace_back(e.rule_source);
    if (e.location < 0) {
      row.insert(row.end(), 4, Value());
    } else {
      const Place& place = doc.places()[static_cast<size_t>(e.location)];
      geo::PlaceView p = geo::Gazetteer::builtin().place(place.entry);
      row.emplace_back(std::string(p.name));
      row.emplace_back(std::string(p.country));
      row.emplace_back(p.lat);
      row.emplace_back(p.lon);
    }
    span_values(doc, doc.sentences()[e.sentence].span, row);
    out.tables[kEvents].push_back(std::move(row));
  }

  for (size_t i = 0; i < doc.quotes().size(); ++i) {
    const Quote& q = doc.quotes()[i];
    std::vector<Value> row = {doc.id(), integer(i + 1), integer(q.sentence + 1),
                              std::string(q.partial ? "partial" : "direct"),
                              std::string(doc.text_of(q.span))};
    span_values(doc, q.span, row);
    row.push_back(text_or_null(q.speaker_code));
    row.push_back(text_or_null(q.speaker_name));
    row.push_back(q.has_speaker() ? Value(std::string(doc.text_of(q.speaker))) : Value());
    span_values(doc, q.has_speaker() ? q.speaker : Span{}, row);
    row.push_back(text_or_null(doc.text_of(q.cue)));
    span_values(doc, q.cue, row);
    out.tables[kQuotes].push_back(std::move(row));
    if (!q.speaker_code.empty()) {
      ActorTally& tally = actors[q.speaker_code];
      if (tally.name.empty()) tally.name = q.speaker_name;
      ++tally.quotes;
    }
  }

  for (size_t i = 0; i < doc.places().size(); ++i) {
    const Place& place = doc.places()[i];
    PlaceInfo p = place_info(place);
    std::vector<Value> row = {doc.id(), integer(i + 1), integer(place.sentence + 1),
                              std::string(doc.text_of(place.span))};
    span_values(doc, place.span, row);
    row.emplace_back(std::string(p.name));
    row.emplace_back(std::string(p.country));
    row.emplace_back(p.lat);
    row.emplace_back(p.lon);
    row.push_back(p.geonames_id == 0 ? Value() : Value(integer(p.geonames_id)));
    row.emplace_back(std::string(p.kind));
    row.emplace_back(std::string(place.actor ? "actor" : "location"));
    out.tables[kPlaces].push_back(std::move(row));
  }

  for (const auto& [code, tally] : actors)
    out.tables[kActors].push_back({doc.id(), code, text_or_null(tally.name),
                                   text_or_null(actor_country(code)), integer(tally.events),
                                   integer(tally.quotes)});

  for (size_t i = 0; i < doc.diagnostics().size(); ++i) {
    const Diagnostic& d = doc.diagnostics()[i];
    out.tables[kDiagnostics].push_back({doc.id(), integer(i + 1), std::string(level_name(d.level)),
                                        std::string(error_code_name(d.code)), d.message});
  }
  return out;
}

}  // namespace herodotus::store
