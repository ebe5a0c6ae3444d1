// What the gazetteer holds of a place record's entry (herodotus/records.h).
#include "geo/gazetteer.h"
#include "herodotus/records.h"

namespace herodotus {

PlaceInfo place_info(const Place& place) {
  geo::PlaceView p = geo::Gazetteer::builtin().place(place.entry);
  PlaceInfo info;
  info.name = p.name;
  info.country = p.country;
  info.kind = p.kind == geo::format::kCountry  ? "country"
              : p.kind == geo::format::kRegion ? "region"
              : p.kind == geo::format::kArea   ? "area"
                                               : "city";
  info.lat = p.lat;
  info.lon = p.lon;
  info.geonames_id = p.geonames_id;
  info.population = p.population;
  return info;
}

}  // namespace herodotus
