#include "validate/geo_eval.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cstdlib>

#include "core/utf8.h"
#include "geo/gazetteer.h"
#include "herodotus/document.h"
#include "herodotus/pipeline.h"
#include "herodotus/stages.h"
#include "validate/eval_support.h"

namespace herodotus::validate {
namespace {

constexpr double kWithinKm = 161.0;
constexpr size_t kSearchWindow = 20;

struct Gold {
  std::string name;
  Span span;  // bytes
  bool has_coordinates = false;
  double lat = 0, lon = 0;
};

bool overlaps(Span a, Span b) {
  return a.begin < b.end && b.begin < a.end;
}

struct Article {
  std::string id, text;
  std::vector<Gold> gold;
};

// The byte offset where `name` occurs nearest to the character at `start` (within
// kSearchWindow characters either side); npos when it does not.
size_t nearest_occurrence(const std::string& text, const std::string& name,
                          const std::vector<uint32_t>& offsets, size_t start) {
  size_t from = offsets[start > kSearchWindow ? start - kSearchWindow : 0];
  size_t best = std::string::npos;
  for (size_t at = text.find(name, from);
       at != std::string::npos &&
       at <= offsets[std::min(start + kSearchWindow, offsets.size() - 1)];
       at = text.find(name, at + 1)) {
    size_t distance = at > offsets[start] ? at - offsets[start] : offsets[start] - at;
    size_t best_distance = best == std::string::npos ? SIZE_MAX
                           : best > offsets[start]   ? best - offsets[start]
                                                     : offsets[start] - best;
    if (distance < best_distance) best = at;
  }
  return best;
}

// Adds an annotation (its name in `name_field`, its offset in "start", its coordinates in
// `coordinates`) placed where its name occurs; one whose name is not there is counted unplaced.
void add_gold(const std::string& text, const std::vector<uint32_t>& offsets, pugi::xml_node node,
              const char* name_field, pugi::xml_node coordinates, std::vector<Gold>& gold,
              GeoReport& report) {
  Gold g;
  g.name = node.child_value(name_field);
  size_t start = std::strtoul(node.child_value("start"), nullptr, 10);
  if (g.name.empty() || start >= offsets.size()) return;
  size_t best = nearest_occurrence(text, g.name, offsets, start);
  if (best == std::string::npos) {
    ++report.unplaced;
    return;
  }
  g.span = {static_cast<uint32_t>(best), static_cast<uint32_t>(best + g.name.size())};
  pugi::xml_node lat = coordinates.child("lat"), lon = coordinates.child("lon");
  if (lat && lon) {
    g.has_coordinates = true;
    g.lat = lat.text().as_double();
    g.lon = lon.text().as_double();
  }
  gold.push_back(std::move(g));
}

// The articles with their annotations: GeoVirus's <location>s, TR-News's <toponym>s.
std::vector<Article> read_articles(const pugi::xml_document& xml, GeoReport& report) {
  std::vector<Article> articles;
  size_t index = 0;
  for (pugi::xml_node article : xml.child("articles").children("article")) {
    ++index;
    std::string text = article.child("text").text().get();
    std::string id = article.attribute("docid").as_string();
    if (id.empty()) id = article.child_value("source");
    if (id.empty()) id = std::to_string(index);
    std::vector<uint32_t> offsets = code_point_offsets(text);
    std::vector<Gold> gold;
    for (pugi::xml_node l : article.child("locations").children("location"))
      add_gold(text, offsets, l, "name", l, gold, report);
    for (pugi::xml_node t : article.child("toponyms").children("toponym"))
      add_gold(text, offsets, t, "phrase", t.child("gaztag"), gold, report);
    articles.push_back({std::move(id), std::move(text), std::move(gold)});
  }
  return articles;
}

// Whether any annotation is a demonym (a name the gazetteer knows only as one).
bool annotates_demonyms(const std::vector<Article>& articles, const geo::Gazetteer& gazetteer) {
  bool any = false;
  for (const Article& a : articles)
    for (const Gold& g : a.gold) {
      geo::Gazetteer::Lookup lookup = gazetteer.find(geo::format::key_text(g.name));
      if (!lookup.names.empty() && std::all_of(lookup.names.begin(), lookup.names.end(),
                                               [](const geo::format::KeyRecord& k) {
                                                 return k.flags & geo::format::kDemonym;
                                               }))
        any = true;
    }
  return any;
}

// One article through the pipeline, its places found compared with its annotations.
void score_article(const Article& article, const Pipeline& pipeline,
                   const geo::Gazetteer& gazetteer, GeoReport& report) {
  const std::string& id = article.id;
  const std::string& text = article.text;
  const std::vector<Gold>& gold = article.gold;
  Document doc = run_record(pipeline, id, text);
  ++report.articles;
  report.gold += gold.size();
  std::vector<Span> found;
  std::vector<uint32_t> entries;
  for (const Place& p : doc.places()) {
    if (p.demonym && !report.demonyms_scored) continue;
    found.push_back(doc.to_original(p.span));
    entries.push_back(p.entry);
  }
  report.found += found.size();
  for (size_t f = 0; f < found.size(); ++f) {
    bool matched = std::any_of(gold.begin(), gold.end(),
                               [&](const Gold& g) { return overlaps(found[f], g.span); });
    if (matched) {
      ++report.found_correct;
    } else {
      geo::PlaceView p = gazetteer.place(entries[f]);
      report.spurious.push_back(
          {id, std::string(found[f].of(text)), std::string(p.name) + " " + std::string(p.country)});
    }
  }
  for (const Gold& g : gold) {
    auto f = std::find_if(found.begin(), found.end(), [&](Span s) { return overlaps(s, g.span); });
    if (f == found.end()) {
      report.missed.push_back({id, g.name, ""});
      continue;
    }
    ++report.gold_matched;
    if (!g.has_coordinates) continue;
    ++report.with_coordinates;
    geo::PlaceView p = gazetteer.place(entries[static_cast<size_t>(f - found.begin())]);
    double km = geo::distance_km(g.lat, g.lon, p.lat, p.lon);
    if (km <= kWithinKm) {
      ++report.within_161km;
    } else {
      report.far.push_back({id, g.name,
                            std::string(p.name) + " " + std::string(p.country) + ", " +
                                std::to_string(static_cast<int>(km)) + " km away"});
    }
  }
}

}  // namespace

Result<GeoReport> run_geo_eval(const std::string& path) {
  pugi::xml_document xml;
  pugi::xml_parse_result parsed = xml.load_file(path.c_str());
  if (!parsed) return Status(ErrorCode::kInvalidArgument, path + ": " + parsed.description());
  auto stages = segmentation_stages();
  stages.push_back(make_place_finder());
  auto pipeline = std::move(Pipeline::create(std::move(stages))).value();
  const geo::Gazetteer& gazetteer = geo::Gazetteer::builtin();
  GeoReport report;
  std::vector<Article> articles = read_articles(xml, report);
  report.demonyms_scored = annotates_demonyms(articles, gazetteer);
  for (const Article& article : articles) score_article(article, pipeline, gazetteer, report);
  return report;
}

}  // namespace herodotus::validate
