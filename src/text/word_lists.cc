#include "text/word_lists.h"

namespace herodotus::text {

void for_each_listed_word(
    std::string_view data,
    const std::function<void(std::string_view section, std::string_view word)>& add) {
  std::string_view section;
  while (!data.empty()) {
    size_t newline = data.find('\n');
    std::string_view line = data.substr(0, newline);
    data.remove_prefix(newline == std::string_view::npos ? data.size() : newline + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '[') {
      section = line;
      continue;
    }
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && line[i] == ' ') ++i;
      size_t start = i;
      while (i < line.size() && line[i] != ' ') ++i;
      if (i > start) add(section, line.substr(start, i - start));
    }
  }
}

WordSets lower_case_word_sets(std::string_view data) {
  WordSets sets;
  for_each_listed_word(data, [&](std::string_view section, std::string_view word) {
    std::string lower;
    ascii_lower(word, lower);
    sets[std::string(section)].insert(std::move(lower));
  });
  return sets;
}

}  // namespace herodotus::text
