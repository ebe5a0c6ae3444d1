// Character normalisation: the one place that decides how a code point appears in the normalised
// text. Curly quotes and apostrophes become ASCII, dashes become hyphens (spaced when they
// separate words), exotic spaces become one space, invisible characters go, invalid bytes become
// U+FFFD. Every change is recorded in the document's OffsetMap.
#ifndef HERODOTUS_TEXT_NORMALIZE_H_
#define HERODOTUS_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "herodotus/offset_map.h"
#include "herodotus/span.h"

namespace herodotus::text {

// Appends to a normalised text while recording where each piece came from.
class TextBuilder {
 public:
  TextBuilder(std::string& text, OffsetMap& offsets) : text_(text), offsets_(offsets) {}

  uint32_t size() const { return static_cast<uint32_t>(text_.size()); }
  std::string_view text() const { return text_; }
  char back() const { return text_.empty() ? '\0' : text_.back(); }

  void copy(uint32_t orig, std::string_view bytes) {
    offsets_.add_copy(size(), orig, static_cast<uint32_t>(bytes.size()));
    text_.append(bytes);
  }
  void replace(uint32_t orig, uint32_t orig_length, std::string_view replacement) {
    offsets_.add_replacement(size(), static_cast<uint32_t>(replacement.size()), orig, orig_length);
    text_.append(replacement);
  }
  void truncate(uint32_t new_size) {
    text_.resize(new_size);
    offsets_.truncate(new_size);
  }

 private:
  std::string& text_;
  OffsetMap& offsets_;
};

struct NormalizeStats {
  uint32_t invalid_bytes = 0;
  uint32_t first_invalid = 0;  // original offset of the first invalid byte
};

// Appends the normalised form of original[line] (one line, no line terminator) to `out`: leading
// and trailing spaces dropped, inner runs of white space collapsed to one space.
void normalize_line(std::string_view original, Span line, TextBuilder& out, NormalizeStats& stats);

// True for code points that end a line: \n, \r, U+0085, U+2028, U+2029.
bool is_line_break(char32_t cp);

}  // namespace herodotus::text

#endif  // HERODOTUS_TEXT_NORMALIZE_H_
