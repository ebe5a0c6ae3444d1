// The compiled gazetteer's layout, shared by the compiler (tools/compile_gazetteer.cc, run at
// build time) and the reader (geo/gazetteer.h), which reads the records in place.
//
//   Header | PlaceRecord[places] | KeyRecord[keys], sorted by key text | strings (NUL-terminated)
//
// Key texts are names as the text matcher compares them: ASCII letters lower-cased, other bytes
// as they are, runs of spaces and hyphens as one space ("Saint-Petersburg" -> "saint petersburg").
#ifndef HERODOTUS_GEO_GAZETTEER_FORMAT_H_
#define HERODOTUS_GEO_GAZETTEER_FORMAT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace herodotus::geo::format {

inline constexpr char kMagic[8] = {'H', 'G', 'A', 'Z', '0', '0', '2', '\0'};

struct Header {
  char magic[8];
  uint32_t places = 0, keys = 0, string_bytes = 0, reserved = 0;
};

// kArea: a continent, sea or historical region (data/places/extra.txt).
enum Kind : uint8_t { kCountry = 1, kRegion = 2, kCity = 3, kArea = 4 };

struct PlaceRecord {
  int32_t lat_e5 = 0, lon_e5 = 0;  // degrees times 100,000
  uint32_t population = 0;
  uint32_t geonames_id = 0;  // 0 for countries and regions from other registries
  uint32_t name = 0;         // offset of the display name in the strings
  uint8_t kind = kCity;
  uint8_t capital = 0;      // a country's seat of government
  char country[3] = {};     // ISO 3166-1 alpha-3
  uint8_t independent = 0;  // a country that is a sovereign state (not a territory)
  uint8_t reserved[2] = {};
};
static_assert(sizeof(PlaceRecord) == 28);

struct KeyRecord {
  uint32_t text = 0;   // offset of the key text in the strings
  uint32_t place = 0;  // index of the place
  uint32_t flags = 0;  // kDemonym, kOwnName
};
static_assert(sizeof(KeyRecord) == 12);

// An adjective or demonym ("Belarusian"), not a name.
inline constexpr uint32_t kDemonym = 1;
// The place's own name ("Tehrān", "Tehran"), not one it also goes by ("Victoria" for Hong Kong).
inline constexpr uint32_t kOwnName = 2;

// The key text of a name (see above).
inline std::string key_text(std::string_view name) {
  std::string key;
  for (char c : name) {
    bool separator = c == ' ' || c == '-' || c == '\t' || c == '\'' || c == '.';
    if (separator) {
      if (!key.empty() && key.back() != ' ') key += ' ';
      continue;
    }
    key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

}  // namespace herodotus::geo::format

#endif  // HERODOTUS_GEO_GAZETTEER_FORMAT_H_
