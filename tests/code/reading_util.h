// Readings built by hand, for the tests of one phase at a time: words with their forms and
// classes, as the phrases stage would leave them, without a Document or the phases before.
#ifndef HERODOTUS_TESTS_CODE_READING_UTIL_H_
#define HERODOTUS_TESTS_CODE_READING_UTIL_H_

#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "code/coder_index.h"
#include "code/sentence.h"
#include "dict/herodotus_reader.h"

namespace herodotus::testing {

// Words as written: "Arnor", "attacked"; classes, when given, one per word.
inline code::SentenceReading hand_reading(const std::vector<std::string>& words,
                                          const std::vector<WordClass>& classes = {}) {
  code::SentenceReading r;
  // The forms are views into r.upper: keep it out of the short-string buffer, which would move
  // with the reading and leave them pointing at the old one.
  r.upper.reserve(64);
  std::vector<uint32_t> begins;
  uint32_t offset = 0;
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& w = words[k];
    code::Word word;
    word.token = static_cast<uint32_t>(k);
    word.span = {offset, offset + static_cast<uint32_t>(w.size())};
    offset += static_cast<uint32_t>(w.size()) + 1;
    word.capitalized = !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
    word.capitals = true;
    for (char c : w)
      if (std::islower(static_cast<unsigned char>(c))) word.capitals = false;
    if (k < classes.size()) word.wc = classes[k];
    begins.push_back(static_cast<uint32_t>(r.upper.size()));
    for (char c : w) r.upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    r.words.push_back(word);
  }
  for (size_t k = 0; k < r.words.size(); ++k) {
    uint32_t end = k + 1 < begins.size() ? begins[k + 1] : static_cast<uint32_t>(r.upper.size());
    r.words[k].form = std::string_view(r.upper).substr(begins[k], end - begins[k]);
    r.signature |= dict::prefix_bit(r.words[k].form);
  }
  return r;
}

// A phrase of words [first, last] (all of them its own), optionally coded.
inline int add_hand_chunk(code::SentenceReading& r, int first, int last, std::string code = "---") {
  code::Chunk c;
  for (int k = first; k <= last; ++k) c.words.push_back(k);
  c.first = first;
  c.last = last;
  c.coded = code != "---";
  c.code = std::move(code);
  r.chunks.push_back(std::move(c));
  return static_cast<int>(r.chunks.size() - 1);
}

// The index of a dictionary in the project's format written in the test.
inline std::shared_ptr<const code::CoderIndex> hand_index(const std::string& entries) {
  auto loaded = dict::read_herodotus_sources({{"test.txt", entries}});
  EXPECT_TRUE(loaded.ok());
  if (loaded.ok()) {
    EXPECT_TRUE(loaded->warnings.empty()) << loaded->warnings.front();
  }
  auto compiled = std::make_shared<const dict::CompiledDictionary>(std::move(loaded->dictionary));
  return std::make_shared<const code::CoderIndex>(std::move(compiled));
}

}  // namespace herodotus::testing

#endif  // HERODOTUS_TESTS_CODE_READING_UTIL_H_
