#include "dict/countries.h"

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <vector>

namespace herodotus::dict {
namespace {

// Names a reader of English news meets: Latin letters (accented ones too), spaces, hyphens,
// apostrophes and periods. Transliterations in other scripts and phonetic spellings are left out.
bool latin_name(std::string_view name) {
  if (name.empty()) return false;
  for (size_t i = 0; i < name.size(); ++i) {
    auto c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      if (!std::isalpha(c) && c != ' ' && c != '-' && c != '\'' && c != '.' && c != ',')
        return false;
      continue;
    }
    if (c < 0xC3 || c > 0xC5) return false;  // Latin-1 Supplement and Latin Extended-A only
    if (i + 1 >= name.size() || (static_cast<unsigned char>(name[i + 1]) & 0xC0) != 0x80)
      return false;
    ++i;
  }
  return true;
}

// Two-letter codes ("BY", "US") are words of English matched without regard to case ("by",
// "us"); they are left to the hand-written entries, which spell them with periods.
bool usable_spelling(std::string_view name) {
  bool all_upper = std::all_of(name.begin(), name.end(),
                               [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  if (all_upper && name.size() <= 2) return false;
  return latin_name(name);
}

void add_unique(std::vector<std::string>& list, std::string_view value) {
  std::string v(value);
  // Our phrases are separated by ';' and end at '#': neither may appear inside one.
  v.erase(std::remove_if(v.begin(), v.end(), [](char c) { return c == ';' || c == '#'; }), v.end());
  if (v.empty()) return;
  if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(std::move(v));
}

std::string joined(const std::vector<std::string>& list) {
  std::string out;
  for (const std::string& s : list) out += (out.empty() ? "" : "; ") + s;
  return out;
}

}  // namespace

Result<std::string> country_entries_from_json(std::string_view json) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json.data(), json.size());
  simdjson::dom::array countries;
  if (auto error = parser.parse(padded).get_array().get(countries); error)
    return Status(ErrorCode::kDictionary, std::string("world-countries: not a JSON array: ") +
                                              simdjson::error_message(error));
  std::string out =
      "# Generated from the npm package world-countries (ODbL): one entry per country and "
      "territory.\n"
      "# Do not edit: add names in data/dictionaries/actors/countries.txt instead.\n\n";
  // Independent countries first: a name or demonym a territory shares with its country
  // ("French" for the French Southern Territories) belongs to the country.
  std::vector<simdjson::dom::element> ordered;
  for (bool independent : {true, false})
    for (simdjson::dom::element country : countries) {
      bool is_independent = false;
      if (country["independent"].get_bool().get(is_independent)) is_independent = false;
      if (is_independent == independent) ordered.push_back(country);
    }
  std::vector<std::string> claimed;  // upper-cased phrases already given to a country
  auto unclaimed = [&](std::vector<std::string>& list) {
    std::vector<std::string> kept;
    for (std::string& p : list) {
      std::string key;
      for (char c : p) key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (std::find(claimed.begin(), claimed.end(), key) != claimed.end()) continue;
      claimed.push_back(key);
      kept.push_back(std::move(p));
    }
    list = std::move(kept);
  };
  size_t count = 0;
  for (simdjson::dom::element country : ordered) {
    std::string_view cca3;
    if (country["cca3"].get_string().get(cca3) || cca3.size() != 3) continue;
    // CAMEO codes Kosovo KSV; the registry uses the user-assigned UNK.
    std::string code = cca3 == "UNK" ? "KSV" : std::string(cca3);
    std::vector<std::string> names, adjectives, capitals;
    std::string_view text;
    if (!country["name"]["common"].get_string().get(text) && usable_spelling(text))
      add_unique(names, text);
    if (!country["name"]["official"].get_string().get(text) && usable_spelling(text))
      add_unique(names, text);
    simdjson::dom::array list;
    if (!country["altSpellings"].get_array().get(list))
      for (simdjson::dom::element e : list)
        if (!e.get_string().get(text) && usable_spelling(text)) add_unique(names, text);
    for (const char* gender : {"m", "f"}) {
      if (country["demonyms"]["eng"][gender].get_string().get(text) || !usable_spelling(text))
        continue;
      add_unique(adjectives, text);
      // The people as a noun: Belarusians, Iraqis (not "Frenches").
      if (text.back() == 'n' || text.back() == 'i') add_unique(adjectives, std::string(text) + "s");
    }
    if (!country["capital"].get_array().get(list))
      for (simdjson::dom::element e : list)
        if (!e.get_string().get(text) && usable_spelling(text)) add_unique(capitals, text);
    unclaimed(names);
    unclaimed(adjectives);
    unclaimed(capitals);
    if (names.empty()) continue;
    out += "actor country." + code + ": " + joined(names) + "\n  code " + code + "\n";
    if (!adjectives.empty()) out += "  adjective " + joined(adjectives) + "\n";
    if (!capitals.empty()) out += "  capital " + joined(capitals) + "\n";
    out += "\n";
    ++count;
  }
  if (count == 0) return Status(ErrorCode::kDictionary, "world-countries: no countries found");
  return out;
}

}  // namespace herodotus::dict
