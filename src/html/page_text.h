// Small text helpers the article extractor's parts share.
#ifndef HERODOTUS_HTML_PAGE_TEXT_H_
#define HERODOTUS_HTML_PAGE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "core/strings.h"

namespace herodotus::html {

// Words separated by spaces, tabs and line breaks.
inline size_t word_count(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Trimmed, every run of white space one space.
inline std::string collapse(std::string_view s) {
  return collapse_spaces(trim(s));
}

}  // namespace herodotus::html

#endif  // HERODOTUS_HTML_PAGE_TEXT_H_
