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

// An actor's name (as first met) and how often it is a party to an event or a speaker.
struct ActorTally {
  std::string name;
  size_t events = 0, quotes = 0;
};

void place_values(const PlaceInfo& p, std::vector<Value>& row) {
  row.emplace_back(std::string(p.name));
  row.emplace_back(std::string(p.country));
  row.emplace_back(p.lat);
  row.emplace_back(p.lon);
}

// A story's rows, table by table; the actors table counts what the events and quotes tables
// hold, so it comes after them.
class RowsOf {
 public:
  RowsOf(const Document& doc, StoryRows& out) : doc_(doc), out_(out) {}

  void story() {
    const Story& story = doc_.story();
    size_t errors = 0;
    for (const Diagnostic& d : doc_.diagnostics()) errors += d.level == Level::kError ? 1 : 0;
    out_.tables[kStories].push_back(
        {doc_.id(), text_or_null(doc_.date()), text_or_null(story.title), text_or_null(story.url),
         text_or_null(story.source), text_or_null(story.origin), std::string(doc_.original()),
         integer(doc_.sentences().size()), integer(doc_.events().size()),
         integer(doc_.quotes().size()), integer(doc_.places().size()), integer(errors)});
  }

  void sentences() {
    for (size_t i = 0; i < doc_.sentences().size(); ++i) {
      const Sentence& s = doc_.sentences()[i];
      std::vector<Value> row = {doc_.id(), integer(i + 1)};
      span_values(doc_, s.span, row);
      row.emplace_back(std::string(doc_.text_of(s.span)));
      out_.tables[kSentences].push_back(std::move(row));
    }
  }

  void events() {
    for (size_t i = 0; i < doc_.events().size(); ++i) {
      const Event& e = doc_.events()[i];
      const CameoCode* cameo = find_cameo_code(e.code);
      std::vector<Value> row = {doc_.id(), integer(i + 1), integer(e.sentence + 1),
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
      row.emplace_back(std::string(doc_.text_of(e.verb)));
      span_values(doc_, e.verb, row);
      row.emplace_back(e.rule);
      row.emplace_back(e.rule_source);
      if (e.location < 0) {
        row.insert(row.end(), 4, Value());
      } else {
        place_values(place_info(doc_.places()[static_cast<size_t>(e.location)]), row);
      }
      span_values(doc_, doc_.sentences()[e.sentence].span, row);
      out_.tables[kEvents].push_back(std::move(row));
    }
  }

  void quotes() {
    for (size_t i = 0; i < doc_.quotes().size(); ++i) {
      const Quote& q = doc_.quotes()[i];
      std::vector<Value> row = {doc_.id(), integer(i + 1), integer(q.sentence + 1),
                                std::string(q.partial ? "partial" : "direct"),
                                std::string(doc_.text_of(q.span))};
      span_values(doc_, q.span, row);
      row.push_back(text_or_null(q.speaker_code));
      row.push_back(text_or_null(q.speaker_name));
      row.push_back(q.has_speaker() ? Value(std::string(doc_.text_of(q.speaker))) : Value());
      span_values(doc_, q.has_speaker() ? q.speaker : Span{}, row);
      row.push_back(text_or_null(doc_.text_of(q.cue)));
      span_values(doc_, q.cue, row);
      out_.tables[kQuotes].push_back(std::move(row));
      if (!q.speaker_code.empty()) {
        ActorTally& tally = actors_[q.speaker_code];
        if (tally.name.empty()) tally.name = q.speaker_name;
        ++tally.quotes;
      }
    }
  }

  void places() {
    for (size_t i = 0; i < doc_.places().size(); ++i) {
      const Place& place = doc_.places()[i];
      PlaceInfo p = place_info(place);
      std::vector<Value> row = {doc_.id(), integer(i + 1), integer(place.sentence + 1),
                                std::string(doc_.text_of(place.span))};
      span_values(doc_, place.span, row);
      place_values(p, row);
      row.push_back(p.geonames_id == 0 ? Value() : Value(integer(p.geonames_id)));
      row.emplace_back(std::string(p.kind));
      row.emplace_back(std::string(place.actor ? "actor" : "location"));
      out_.tables[kPlaces].push_back(std::move(row));
    }
  }

  void actors() {
    for (const auto& [code, tally] : actors_)
      out_.tables[kActors].push_back({doc_.id(), code, text_or_null(tally.name),
                                      text_or_null(actor_country(code)), integer(tally.events),
                                      integer(tally.quotes)});
  }

  void diagnostics() {
    for (size_t i = 0; i < doc_.diagnostics().size(); ++i) {
      const Diagnostic& d = doc_.diagnostics()[i];
      out_.tables[kDiagnostics].push_back({doc_.id(), integer(i + 1),
                                           std::string(level_name(d.level)),
                                           std::string(error_code_name(d.code)), d.message});
    }
  }

 private:
  // An event's source or target: code, name, country, span; counted for the actors table.
  void actor_values(const EventActor& actor, std::vector<Value>& row) {
    row.push_back(text_or_null(actor.code));
    std::string name = actor.span.empty() ? std::string() : std::string(doc_.text_of(actor.span));
    row.push_back(text_or_null(name));
    row.push_back(text_or_null(actor_country(actor.code)));
    span_values(doc_, actor.span, row);
    if (actor.code.empty()) return;
    ActorTally& tally = actors_[actor.code];
    if (tally.name.empty()) tally.name = name;
    ++tally.events;
  }

  const Document& doc_;
  StoryRows& out_;
  std::map<std::string, ActorTally> actors_;
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
  RowsOf rows(doc, out);
  rows.story();
  rows.sentences();
  rows.events();
  rows.quotes();
  rows.places();
  rows.actors();
  rows.diagnostics();
  return out;
}

}  // namespace herodotus::store
