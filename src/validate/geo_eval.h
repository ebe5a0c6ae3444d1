// Geoparsing measured on GeoVirus (Wikinews articles on epidemics) and TR-News (news articles):
// toponyms annotated with offsets and coordinates (../shared/data/geo).
//
// Both files give character offsets, GeoVirus's one past where the name starts; each annotation
// is placed where its name occurs nearest to its offsets (within 20 characters), and those whose
// name is not there are left out and counted. A place Herodotus finds matches an annotation when
// their spans overlap. Detection precision: the share of places found that match an annotation;
// recall: the share of annotations matched. Accuracy: of the matched annotations that have
// coordinates, the share whose place found lies within 161 km (100 miles) of them.
//
// Demonyms ("Belarusian") are places Herodotus reports (as actors). TR-News annotates them and
// GeoVirus does not: a set whose annotations hold no demonym is scored without the demonyms
// found, which would otherwise all count as spurious.
#ifndef HERODOTUS_VALIDATE_GEO_EVAL_H_
#define HERODOTUS_VALIDATE_GEO_EVAL_H_

#include <string>
#include <vector>

#include "herodotus/span.h"
#include "herodotus/status.h"

namespace herodotus::validate {

struct GeoMiss {
  std::string article;  // the article's id or source
  std::string text;     // the name
  std::string detail;   // what was expected or found instead
};

struct GeoReport {
  size_t articles = 0, gold = 0, unplaced = 0, found = 0, found_correct = 0, gold_matched = 0;
  size_t with_coordinates = 0, within_161km = 0;
  bool demonyms_scored = true;  // whether the set annotates demonyms
  std::vector<GeoMiss> missed, spurious, far;
  double precision() const { return found == 0 ? 0 : double(found_correct) / double(found); }
  double recall() const { return gold == 0 ? 0 : double(gold_matched) / double(gold); }
  double accuracy() const {
    return with_coordinates == 0 ? 0 : double(within_161km) / double(with_coordinates);
  }
};

// GeoVirus.xml or TR-News.xml.
Result<GeoReport> run_geo_eval(const std::string& path);

}  // namespace herodotus::validate

#endif  // HERODOTUS_VALIDATE_GEO_EVAL_H_
