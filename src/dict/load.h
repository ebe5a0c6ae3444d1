// Dictionaries from a path, whichever format they are in: a TABARI .project file, a folder in the
// project's own format (docs/dictionary-format.md), or a folder of PETRARCH dictionaries; and the
// dictionaries built into the library.
#ifndef HERODOTUS_DICT_LOAD_H_
#define HERODOTUS_DICT_LOAD_H_

#include <string>

#include "dict/tabari_reader.h"

namespace herodotus::dict {

// `format` receives "tabari", "herodotus" or "petrarch".
Result<LoadedDictionaries> read_dictionaries(const std::string& path, std::string& format);

// data/dictionaries (embedded) and the countries generated from registry data.
Result<LoadedDictionaries> read_builtin_dictionaries();

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_LOAD_H_
