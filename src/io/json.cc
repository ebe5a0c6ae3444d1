#include "herodotus/json.h"

#include <cmath>
#include <cstdio>

namespace herodotus {

void append_json_string(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out += '"';
  size_t run = 0;  // start of the pending run of bytes that need no escape
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void JsonLine::key(std::string_view k) {
  if (!first_) out_ += ',';
  first_ = false;
  append_json_string(out_, k);
  out_ += ':';
}

JsonLine& JsonLine::field(std::string_view k, std::string_view value) {
  key(k);
  append_json_string(out_, value);
  return *this;
}

JsonLine& JsonLine::field(std::string_view k, int64_t value) {
  key(k);
  out_ += std::to_string(value);
  return *this;
}

JsonLine& JsonLine::field(std::string_view k, double value, int digits) {
  key(k);
  if (!std::isfinite(value)) {
    out_ += "null";
    return *this;
  }
  char buffer[64];
  int n = std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
  // Trim trailing zeros but keep one digit after the point: -7.0, 53.9, 27.57
  std::string_view text(buffer, static_cast<size_t>(n));
  if (text.find('.') != std::string_view::npos) {
    while (text.size() > 2 && text.back() == '0' && text[text.size() - 2] != '.')
      text.remove_suffix(1);
  }
  out_.append(text);
  return *this;
}

JsonLine& JsonLine::field(std::string_view k, bool value) {
  key(k);
  out_ += value ? "true" : "false";
  return *this;
}

JsonLine& JsonLine::null_field(std::string_view k) {
  key(k);
  out_ += "null";
  return *this;
}

JsonLine& JsonLine::raw_field(std::string_view k, std::string_view json) {
  key(k);
  out_.append(json);
  return *this;
}

JsonLine& JsonLine::span(std::string_view k, Span span) {
  key(k);
  out_ += '[';
  out_ += std::to_string(span.begin);
  out_ += ',';
  out_ += std::to_string(span.end);
  out_ += ']';
  return *this;
}

JsonLine& JsonLine::begin_object(std::string_view k) {
  key(k);
  out_ += '{';
  first_ = true;
  return *this;
}

JsonLine& JsonLine::end_object() {
  out_ += '}';
  first_ = false;
  return *this;
}

void JsonLine::end() {
  out_ += "}\n";
}

}  // namespace herodotus
