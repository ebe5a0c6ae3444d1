#include "core/utf8.h"

#include <gtest/gtest.h>

namespace herodotus::utf8 {
namespace {

TEST(Utf8, DecodesAndEncodes) {
  for (char32_t cp : {U'A', U'é', U'—', U'😀', char32_t{0x10FFFF}}) {
    std::string s;
    append(s, cp);
    Decoded d = decode(s, 0);
    EXPECT_TRUE(d.valid);
    EXPECT_EQ(d.code_point, cp);
    EXPECT_EQ(d.length, s.size());
  }
}

TEST(Utf8, RepairsInvalidBytes) {
  size_t replaced = 0;
  EXPECT_EQ(repair("a\x80"
                   "b\xF5\x80\x80\x80",
                   &replaced),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(replaced, 5u);
  EXPECT_EQ(first_invalid("ok \xE2\x80"), 3u);
  EXPECT_EQ(first_invalid("ok “fine”"), std::string("ok “fine”").size());
}

}  // namespace
}  // namespace herodotus::utf8
