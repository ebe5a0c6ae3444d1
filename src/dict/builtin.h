// The built-in dictionaries: the project's own files from data/dictionaries and the country
// entries generated from the world-countries registry data, compiled into the binary.
#ifndef HERODOTUS_DICT_BUILTIN_H_
#define HERODOTUS_DICT_BUILTIN_H_

#include <vector>

#include "dict/herodotus_reader.h"

namespace herodotus::dict {

// generated/countries.txt first, then data/dictionaries/**.txt in sorted path order.
Result<std::vector<DictionarySource>> builtin_dictionary_sources();

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_BUILTIN_H_
