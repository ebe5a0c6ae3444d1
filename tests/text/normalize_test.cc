#include "text/normalize.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace herodotus {
namespace {

struct Normalized {
  std::string text;
  OffsetMap map;
  text::NormalizeStats stats;
};

Normalized normalize(std::string_view original) {
  Normalized n;
  text::TextBuilder out(n.text, n.map);
  text::normalize_line(original, {0, static_cast<uint32_t>(original.size())}, out, n.stats);
  return n;
}

TEST(Normalize, TableOfReplacements) {
  struct Row {
    const char* in;
    const char* out;
  } rows[] = {
      {"“quoted”", "\"quoted\""},
      {"„low“", "\"low\""},
      {"it’s ‘single’", "it's 'single'"},
      {"a\u00A0b\u2009c\u3000d", "a b c d"},
      {"  lead and trail  ", "lead and trail"},
      {"tab\there", "tab here"},
      {"soft\u00ADhyphen zero\u200Bwidth", "softhyphen zerowidth"},
      {"pro\u2011Russian", "pro-Russian"},
      {"1992–1995", "1992-1995"},
      {"deal—and", "deal - and"},
      {"deal — and", "deal - and"},
      {"wait…", "wait..."},
      {"\xEF\xBB\xBF"
       "BOM",
       "BOM"},
      {"«guillemets»", "«guillemets»"},
      {"bell\x07here", "bellhere"},
  };
  for (const Row& row : rows) EXPECT_EQ(normalize(row.in).text, row.out) << row.in;
}

TEST(Normalize, InvalidBytesBecomeReplacementCharacters) {
  Normalized n = normalize("ok\xFF\xFEok\xC3");
  EXPECT_EQ(n.text, "ok\xEF\xBF\xBD\xEF\xBF\xBDok\xEF\xBF\xBD");
  EXPECT_EQ(n.stats.invalid_bytes, 3u);
  EXPECT_EQ(n.stats.first_invalid, 2u);
}

TEST(Normalize, OverlongAndSurrogatesAreInvalid) {
  EXPECT_EQ(normalize("\xC0\xAF").stats.invalid_bytes, 2u);      // overlong '/'
  EXPECT_EQ(normalize("\xED\xA0\x80").stats.invalid_bytes, 3u);  // a UTF-16 surrogate
}

TEST(Normalize, OffsetsMapBackThroughEveryChange) {
  std::string original = "He said “no”—twice.";
  Normalized n = normalize(original);
  ASSERT_EQ(n.text, "He said \"no\" - twice.");
  auto original_of = [&](std::string_view piece) {
    auto at = static_cast<uint32_t>(n.text.find(piece));
    return std::string(
        n.map.to_original({at, at + static_cast<uint32_t>(piece.size())}).of(original));
  };
  EXPECT_EQ(original_of("\"no\""), "“no”");
  EXPECT_EQ(original_of("no"), "no");
  EXPECT_EQ(original_of("twice."), "twice.");
  EXPECT_EQ(original_of("\"no\" - twice"), "“no”—twice");
}

}  // namespace
}  // namespace herodotus
