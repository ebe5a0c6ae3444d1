#ifndef HERODOTUS_SPAN_H_
#define HERODOTUS_SPAN_H_

#include <cstdint>
#include <string_view>

namespace herodotus {

// A half-open byte range [begin, end) into a text. Which text (original or normalised) is always
// said where a Span is stored.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return begin >= end; }
  bool contains(uint32_t offset) const { return offset >= begin && offset < end; }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace herodotus

#endif  // HERODOTUS_SPAN_H_
