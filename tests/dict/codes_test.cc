#include "dict/codes.h"

#include <gtest/gtest.h>

namespace herodotus::dict {
namespace {

TEST(Codes, EventCodeForms) {
  CodeTable codes;
  auto plain = parse_event_code("064", codes, false);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(codes.text(plain->code), "064");
  EXPECT_FALSE(plain->subordinate || plain->dominant || plain->is_paired);

  auto sub = parse_event_code("023?", codes, false);
  ASSERT_TRUE(sub.ok());
  EXPECT_TRUE(sub->subordinate);
  EXPECT_EQ(codes.text(sub->code), "023");

  auto dom = parse_event_code("031!", codes, false);
  ASSERT_TRUE(dom.ok());
  EXPECT_TRUE(dom->dominant);

  auto paired = parse_event_code(" 032:033 ", codes, false);
  ASSERT_TRUE(paired.ok());
  EXPECT_TRUE(paired->is_paired);
  EXPECT_EQ(codes.text(paired->paired), "033");

  EXPECT_EQ(parse_event_code("- - -", codes, false)->code, kNullCode);
  EXPECT_EQ(parse_event_code("###", codes, false)->code, kDiscardCode);
  EXPECT_EQ(parse_event_code("+++", codes, false)->code, kComplexCode);
  EXPECT_FALSE(parse_event_code("06[4", codes, false).ok());
}

TEST(Codes, TimeShifts) {
  CodeTable codes;
  EXPECT_EQ(parse_event_code("-30", codes, true)->shift_days, -30);
  EXPECT_EQ(parse_event_code("+7", codes, true)->shift_days, 7);
  EXPECT_EQ(parse_event_code("###", codes, true)->code, kDiscardCode);
  EXPECT_FALSE(parse_event_code("+99999", codes, true).ok());
}

TEST(Codes, DictionaryDates) {
  EXPECT_EQ(parse_dictionary_date("950601"), 19950601);
  EXPECT_EQ(parse_dictionary_date("300101"), 20300101);  // 00-30 pivot to 2000-2030
  EXPECT_EQ(parse_dictionary_date("310101"), 19310101);
  EXPECT_EQ(parse_dictionary_date("20151231"), 20151231);
  EXPECT_EQ(parse_dictionary_date("951301"), -1);
  EXPECT_EQ(parse_dictionary_date("95060"), -1);
}

}  // namespace
}  // namespace herodotus::dict
