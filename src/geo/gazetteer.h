// The gazetteer: places of the world with their names, coordinates, population and country,
// compiled at build time from registry data (tools/compile_gazetteer.cc) and embedded in the
// library. Nothing is parsed at load: the records are read in place.
#ifndef HERODOTUS_GEO_GAZETTEER_H_
#define HERODOTUS_GEO_GAZETTEER_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "geo/gazetteer_format.h"

namespace herodotus::geo {

struct PlaceView {
  uint32_t index = 0;
  std::string_view name;
  double lat = 0, lon = 0;
  uint32_t population = 0;
  uint32_t geonames_id = 0;
  std::string_view country;  // ISO 3166-1 alpha-3
  format::Kind kind = format::kCity;
  bool capital = false;
  bool independent = false;  // a sovereign country, not a territory
};

class Gazetteer {
 public:
  // The built-in gazetteer; its first use checks the embedded data.
  static const Gazetteer& builtin();

  struct Lookup {
    std::span<const format::KeyRecord> names;  // the names whose key text is `key`
    bool longer = false;  // some name starts with `key` and a space: a longer one may match
  };
  // One binary search: key texts hold no byte below the space, so the names that continue
  // `key` with a space sort right after those equal to it.
  Lookup find(std::string_view key) const;
  PlaceView place(uint32_t index) const;

  size_t places() const { return places_.size(); }
  size_t names() const { return keys_.size(); }

 private:
  Gazetteer() = default;
  std::string_view text(uint32_t offset) const;

  std::span<const format::PlaceRecord> places_;
  std::span<const format::KeyRecord> keys_;
  std::string_view strings_;
};

// Great-circle distance in kilometres.
double distance_km(double lat1, double lon1, double lat2, double lon2);

}  // namespace herodotus::geo

#endif  // HERODOTUS_GEO_GAZETTEER_H_
