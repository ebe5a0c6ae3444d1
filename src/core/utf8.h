// UTF-8 decoding and encoding for the text stages. Strict: overlong forms, surrogates and code
// points past U+10FFFF are invalid, so a repaired text is always valid UTF-8.
#ifndef HERODOTUS_CORE_UTF8_H_
#define HERODOTUS_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace herodotus::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t code_point;  // kReplacement when !valid
  uint8_t length;       // bytes consumed, at least 1
  bool valid;
};

// Decodes the code point starting at text[at]; at < text.size().
inline Decoded decode(std::string_view text, size_t at) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  unsigned char b0 = s[at];
  if (b0 < 0x80) return {b0, 1, true};
  auto cont = [&](size_t i) { return i < n && (s[i] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (cont(at + 1)) return {char32_t((b0 & 0x1F) << 6 | (s[at + 1] & 0x3F)), 2, true};
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (cont(at + 1) && cont(at + 2)) {
      char32_t cp = (b0 & 0x0F) << 12 | (s[at + 1] & 0x3F) << 6 | (s[at + 2] & 0x3F);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3, true};
    }
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (cont(at + 1) && cont(at + 2) && cont(at + 3)) {
      char32_t cp = (b0 & 0x07) << 18 | (s[at + 1] & 0x3F) << 12 | (s[at + 2] & 0x3F) << 6 |
                    (s[at + 3] & 0x3F);
      if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4, true};
    }
  }
  return {kReplacement, 1, false};
}

inline void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

// The offset of the first invalid byte, or text.size() when the text is valid UTF-8.
size_t first_invalid(std::string_view text);

// `text` with each invalid byte replaced by U+FFFD; `replaced` counts them.
std::string repair(std::string_view text, size_t* replaced);

}  // namespace herodotus::utf8

#endif  // HERODOTUS_CORE_UTF8_H_
