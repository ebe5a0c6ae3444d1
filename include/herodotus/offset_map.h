// Maps byte offsets in a story's normalised text back to the bytes of its original text.
//
// Cleaning rewrites text (curly quotes become straight ones, runs of spaces collapse, boilerplate
// lines disappear, invalid bytes become U+FFFD) but every span Herodotus prints points into the
// original input. The normalised text is built from pieces, each either copied verbatim from the
// original or written in place of some original bytes; the map keeps one record per piece (adjacent
// copies merged), so lookups are a binary search.
#ifndef HERODOTUS_OFFSET_MAP_H_
#define HERODOTUS_OFFSET_MAP_H_

#include <cstdint>
#include <vector>

#include "herodotus/span.h"

namespace herodotus {

class OffsetMap {
 public:
  // Normalised bytes [norm, norm + length) are original bytes [orig, orig + length).
  void add_copy(uint32_t norm, uint32_t orig, uint32_t length);
  // Normalised bytes [norm, norm + norm_length) were written in place of original bytes
  // [orig, orig + orig_length); either length may be zero (an insertion, a deletion).
  void add_replacement(uint32_t norm, uint32_t norm_length, uint32_t orig, uint32_t orig_length);
  // Forgets every piece at or after normalised offset `norm` (used when a line is dropped).
  void truncate(uint32_t norm);

  // The original offset where the normalised byte at `norm` begins.
  uint32_t to_original_begin(uint32_t norm) const;
  // The original offset where a normalised range ending (exclusively) at `norm_end` ends.
  uint32_t to_original_end(uint32_t norm_end) const;
  Span to_original(Span normalised) const;

  bool empty() const { return pieces_.empty(); }
  void clear() { pieces_.clear(); }

 private:
  struct Piece {
    uint32_t norm;
    uint32_t orig;
    uint32_t norm_length;
    uint32_t orig_length;
    bool verbatim;
  };
  // The piece holding normalised byte `norm`, or the last piece that starts before it.
  const Piece* find(uint32_t norm) const;

  std::vector<Piece> pieces_;
};

}  // namespace herodotus

#endif  // HERODOTUS_OFFSET_MAP_H_
