// Country actors generated from registry data: the npm package world-countries (installed by
// scripts/setup.sh into node_modules/) gives every country and territory its ISO 3166-1 alpha-3
// code, common and official names, alternative spellings, English demonyms and capitals. They are
// written as entries of the project's own dictionary format, so they read, load and explain like
// the hand-written ones (data/dictionaries/actors/countries.txt adds what the registry lacks).
#ifndef HERODOTUS_DICT_COUNTRIES_H_
#define HERODOTUS_DICT_COUNTRIES_H_

#include <string>
#include <string_view>

#include "herodotus/status.h"

namespace herodotus::dict {

// world-countries' countries.json -> "actor country.BLR: Belarus; ..." entries.
Result<std::string> country_entries_from_json(std::string_view json);

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_COUNTRIES_H_
