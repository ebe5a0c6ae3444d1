// What the dictionary reader tests share.
#ifndef HERODOTUS_TESTS_DICT_READER_TEST_UTIL_H_
#define HERODOTUS_TESTS_DICT_READER_TEST_UTIL_H_

#include <algorithm>
#include <string>

#include "dict/tabari_reader.h"

namespace herodotus::dict {

// Does a warning of the load contain `text` ("file.txt:12:", a message)?
inline bool has_warning(const LoadedDictionaries& out, const std::string& text) {
  return std::any_of(out.warnings.begin(), out.warnings.end(),
                     [&](const std::string& w) { return w.find(text) != std::string::npos; });
}

}  // namespace herodotus::dict

#endif  // HERODOTUS_TESTS_DICT_READER_TEST_UTIL_H_
