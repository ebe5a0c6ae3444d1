#include "geo/gazetteer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/incbin.h"

HERODOTUS_INCBIN(herodotus_gazetteer, HERODOTUS_GAZETTEER)

namespace herodotus::geo {

const Gazetteer& Gazetteer::builtin() {
  static const Gazetteer* g = [] {
    auto* gazetteer = new Gazetteer();
    const char* data = herodotus_gazetteer_begin;
    size_t size = static_cast<size_t>(herodotus_gazetteer_end - herodotus_gazetteer_begin);
    format::Header header;
    if (size >= sizeof header) std::memcpy(&header, data, sizeof header);
    size_t expected = sizeof header + size_t{header.places} * sizeof(format::PlaceRecord) +
                      size_t{header.keys} * sizeof(format::KeyRecord) + header.string_bytes;
    if (size < sizeof header || std::memcmp(header.magic, format::kMagic, 8) != 0 ||
        expected != size) {
      // A build fault, not an input problem: the build made the file this code reads.
      std::fprintf(stderr, "herodotus: the embedded gazetteer is damaged; rebuild\n");
      std::abort();
    }
    const char* at = data + sizeof header;
    gazetteer->places_ = {reinterpret_cast<const format::PlaceRecord*>(at), header.places};
    at += size_t{header.places} * sizeof(format::PlaceRecord);
    gazetteer->keys_ = {reinterpret_cast<const format::KeyRecord*>(at), header.keys};
    at += size_t{header.keys} * sizeof(format::KeyRecord);
    gazetteer->strings_ = {at, header.string_bytes};
    return gazetteer;
  }();
  return *g;
}

std::string_view Gazetteer::text(uint32_t offset) const {
  return offset < strings_.size() ? std::string_view(strings_.data() + offset) : std::string_view();
}

Gazetteer::Lookup Gazetteer::find(std::string_view key) const {
  auto less = [&](const format::KeyRecord& r, std::string_view k) { return text(r.text) < k; };
  auto first = std::lower_bound(keys_.begin(), keys_.end(), key, less);
  auto last = first;
  while (last != keys_.end() && text(last->text) == key) ++last;
  Lookup lookup;
  lookup.names = {first, last};
  if (last != keys_.end()) {
    std::string_view next = text(last->text);
    lookup.longer = next.size() > key.size() && next.compare(0, key.size(), key) == 0 &&
                    next[key.size()] == ' ';
  }
  return lookup;
}

PlaceView Gazetteer::place(uint32_t index) const {
  const format::PlaceRecord& r = places_[index];
  PlaceView v;
  v.index = index;
  v.name = text(r.name);
  v.lat = r.lat_e5 / 100000.0;
  v.lon = r.lon_e5 / 100000.0;
  v.population = r.population;
  v.geonames_id = r.geonames_id;
  v.country = std::string_view(r.country, 3);
  v.kind = static_cast<format::Kind>(r.kind);
  v.capital = r.capital != 0;
  v.independent = r.independent != 0;
  return v;
}

double distance_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRadians = M_PI / 180.0, kEarthKm = 6371.0;
  double dlat = (lat2 - lat1) * kRadians, dlon = (lon2 - lon1) * kRadians;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) + std::cos(lat1 * kRadians) *
                                                           std::cos(lat2 * kRadians) *
                                                           std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

}  // namespace herodotus::geo
