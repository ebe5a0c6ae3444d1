// Character classes for tokenizing: an ASCII fast path, ICU for everything else.
#ifndef HERODOTUS_TEXT_CHARS_H_
#define HERODOTUS_TEXT_CHARS_H_

#include <unicode/uchar.h>

namespace herodotus::text {

inline bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (u_isalpha(static_cast<UChar32>(cp))) return true;
  // Combining marks belong to the letter they follow.
  int8_t type = u_charType(static_cast<UChar32>(cp));
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

inline bool is_digit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return u_isdigit(static_cast<UChar32>(cp));
}

inline bool is_alnum(char32_t cp) {
  return is_letter(cp) || is_digit(cp);
}

inline bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

inline bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower(static_cast<UChar32>(cp));
}

}  // namespace herodotus::text

#endif  // HERODOTUS_TEXT_CHARS_H_
