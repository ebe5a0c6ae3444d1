#include "herodotus/json.h"

#include <gtest/gtest.h>

namespace herodotus {
namespace {

TEST(JsonWriter, EscapesStrings) {
  std::string out;
  append_json_string(out, "a\"b\\c\nd\te\x01 “é”");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\te\\u0001 “é”\"");
}

TEST(JsonWriter, WritesALine) {
  std::string out;
  JsonLine(out)
      .field("type", "event")
      .field("sentence_id", 12)
      .field("goldstein", -7.0, 1)
      .field("lat", 53.9, 4)
      .null_field("target")
      .begin_object("source")
      .field("code", "BLRGOV")
      .span("span", {2301, 2311})
      .end_object()
      .field("ok", true)
      .end();
  EXPECT_EQ(
      out,
      "{\"type\":\"event\",\"sentence_id\":12,\"goldstein\":-7.0,\"lat\":53.9,\"target\":null,"
      "\"source\":{\"code\":\"BLRGOV\",\"span\":[2301,2311]},\"ok\":true}\n");
}

}  // namespace
}  // namespace herodotus
