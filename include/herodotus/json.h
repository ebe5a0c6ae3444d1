// Writes JSON objects into a string, one per line: the JSON Lines output of every command, and
// of any program that writes records the way Herodotus does. Hand-written because it is on the
// hot path: no allocation beyond the output string.
//
//   JsonLine line(out);
//   line.field("type", "sentence").field("sentence_id", 3).span("span", {10, 42});
//   line.end();   // "}\n"
#ifndef HERODOTUS_JSON_H_
#define HERODOTUS_JSON_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "herodotus/span.h"

namespace herodotus {

// Appends `s` to `out` as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view s);

class JsonLine {
 public:
  explicit JsonLine(std::string& out) : out_(out) { out_ += '{'; }

  JsonLine& field(std::string_view key, std::string_view value);
  JsonLine& field(std::string_view key, const char* value) {
    return field(key, std::string_view(value));
  }
  JsonLine& field(std::string_view key, int64_t value);
  JsonLine& field(std::string_view key, int value) { return field(key, int64_t{value}); }
  JsonLine& field(std::string_view key, uint32_t value) { return field(key, int64_t{value}); }
  JsonLine& field(std::string_view key, size_t value) {
    return field(key, static_cast<int64_t>(value));
  }
  // `digits` after the decimal point, trailing zeros kept short: -7.0, 53.9
  JsonLine& field(std::string_view key, double value, int digits);
  JsonLine& field(std::string_view key, bool value);
  JsonLine& null_field(std::string_view key);
  // A field whose value is already JSON.
  JsonLine& raw_field(std::string_view key, std::string_view json);
  // [begin, end]
  JsonLine& span(std::string_view key, Span span);
  // Opens a nested object as the value of `key`; close it with end_object().
  JsonLine& begin_object(std::string_view key);
  JsonLine& end_object();
  // Closes the line: "}\n".
  void end();

 private:
  void key(std::string_view k);

  std::string& out_;
  bool first_ = true;
};

}  // namespace herodotus

#endif  // HERODOTUS_JSON_H_
