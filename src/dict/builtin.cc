#include "dict/builtin.h"

#include <string_view>

#include "core/incbin.h"
#include "dict/countries.h"

// The two data files, embedded as they are (core/incbin.h).
HERODOTUS_INCBIN(herodotus_dictionary_bundle, HERODOTUS_DICTIONARY_BUNDLE)
HERODOTUS_INCBIN(herodotus_countries_json, HERODOTUS_COUNTRIES_JSON)

namespace herodotus::dict {

Result<std::vector<DictionarySource>> builtin_dictionary_sources() {
  std::vector<DictionarySource> sources;
  std::string_view json(
      herodotus_countries_json_begin,
      static_cast<size_t>(herodotus_countries_json_end - herodotus_countries_json_begin));
  auto countries = country_entries_from_json(json);
  if (!countries.ok()) return countries.status();
  sources.push_back({"generated/countries.txt", std::move(countries).value()});
  // The bundle: "\x1e" path "\n" text, per file.
  std::string_view bundle(
      herodotus_dictionary_bundle_begin,
      static_cast<size_t>(herodotus_dictionary_bundle_end - herodotus_dictionary_bundle_begin));
  size_t at = bundle.find('\x1e');
  while (at != std::string_view::npos) {
    size_t name_end = bundle.find('\n', at);
    if (name_end == std::string_view::npos) break;
    size_t next = bundle.find('\x1e', name_end);
    std::string_view text =
        bundle.substr(name_end + 1, next == std::string_view::npos ? std::string_view::npos
                                                                   : next - name_end - 1);
    sources.push_back({"data/dictionaries/" + std::string(bundle.substr(at + 1, name_end - at - 1)),
                       std::string(text)});
    at = next;
  }
  return sources;
}

}  // namespace herodotus::dict
