#include "core/utf8.h"

namespace herodotus::utf8 {

size_t first_invalid(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    // Fast path over ASCII, which is most of any English news text.
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    Decoded d = decode(text, i);
    if (!d.valid) return i;
    i += d.length;
  }
  return text.size();
}

std::string repair(std::string_view text, size_t* replaced) {
  size_t count = 0;
  std::string out;
  out.reserve(text.size() + 16);
  size_t i = 0;
  while (i < text.size()) {
    Decoded d = decode(text, i);
    if (d.valid) {
      out.append(text.substr(i, d.length));
    } else {
      append(out, kReplacement);
      ++count;
    }
    i += d.length;
  }
  if (replaced != nullptr) *replaced = count;
  return out;
}

}  // namespace herodotus::utf8
