// Conversion of text in a declared charset to UTF-8, with ICU converters.
#ifndef HERODOTUS_IO_CHARSET_H_
#define HERODOTUS_IO_CHARSET_H_

#include <string>
#include <string_view>

#include "herodotus/status.h"

namespace herodotus::io {

// `bytes` in `charset` as UTF-8; bytes that do not decode become U+FFFD.
Result<std::string> to_utf8(std::string_view bytes, std::string_view charset);

// If `bytes` start with a UTF-16 or UTF-32 byte order mark, the charset it names; else empty.
std::string_view charset_from_bom(std::string_view bytes);

// True for names that mean UTF-8 (no conversion needed).
bool is_utf8_name(std::string_view charset);

}  // namespace herodotus::io

#endif  // HERODOTUS_IO_CHARSET_H_
