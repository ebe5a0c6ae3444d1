#include "io/charset.h"

#include <unicode/ucnv.h>

#include <cctype>
#include <memory>

#include "herodotus/io.h"

namespace herodotus::io {

bool is_utf8_name(std::string_view charset) {
  std::string lower;
  for (char c : charset)
    if (c != '-' && c != '_')
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.empty() || lower == "utf8";
}

std::string_view charset_from_bom(std::string_view bytes) {
  auto starts = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom; };
  if (starts(std::string_view("\xFF\xFE\x00\x00", 4))) return "UTF-32LE";
  if (starts(std::string_view("\x00\x00\xFE\xFF", 4))) return "UTF-32BE";
  if (starts("\xFF\xFE")) return "UTF-16LE";
  if (starts("\xFE\xFF")) return "UTF-16BE";
  return {};
}

Result<std::string> to_utf8(std::string_view bytes, std::string_view charset) {
  std::string name(charset);
  UErrorCode error = U_ZERO_ERROR;
  // Preflight for the size, then convert. ICU substitutes U+FFFD for undecodable input.
  int32_t needed = ucnv_convert("UTF-8", name.c_str(), nullptr, 0, bytes.data(),
                                static_cast<int32_t>(bytes.size()), &error);
  if (error != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(error)) {
    return Status(ErrorCode::kEncoding,
                  "cannot convert from '" + name + "': " + u_errorName(error));
  }
  std::string out(static_cast<size_t>(needed), '\0');
  error = U_ZERO_ERROR;
  ucnv_convert("UTF-8", name.c_str(), out.data(), needed, bytes.data(),
               static_cast<int32_t>(bytes.size()), &error);
  if (U_FAILURE(error) && error != U_STRING_NOT_TERMINATED_WARNING) {
    return Status(ErrorCode::kEncoding,
                  "cannot convert from '" + name + "': " + u_errorName(error));
  }
  // A converted byte order mark would only be noise at the start of the text.
  if (out.compare(0, 3, "\xEF\xBB\xBF") == 0) out.erase(0, 3);
  return out;
}

}  // namespace herodotus::io

namespace herodotus {

Status check_encoding(std::string_view name) {
  if (io::is_utf8_name(name)) return Status();
  UErrorCode error = U_ZERO_ERROR;
  std::string n(name);
  UConverter* converter = ucnv_open(n.c_str(), &error);
  if (U_FAILURE(error) || converter == nullptr) {
    return Status(ErrorCode::kEncoding, "unknown character encoding '" + n + "'");
  }
  ucnv_close(converter);
  return Status();
}

}  // namespace herodotus
