#include <gtest/gtest.h>

#include "herodotus/io.h"

namespace herodotus {
namespace {

TEST(Dates, AcceptedForms) {
  EXPECT_EQ(*normalize_date("2022-10-10"), "2022-10-10");
  EXPECT_EQ(*normalize_date("2022-10-10T08:15:00Z"), "2022-10-10");
  EXPECT_EQ(*normalize_date("2022-10-10 08:15"), "2022-10-10");
  EXPECT_EQ(*normalize_date("20221010"), "2022-10-10");
  EXPECT_EQ(*normalize_date("2022/10/10"), "2022-10-10");
  EXPECT_EQ(*normalize_date("2024-02-29"), "2024-02-29");
}

TEST(Dates, RejectedForms) {
  for (const char* bad : {"", "yesterday", "2022-13-01", "2022-02-30", "2023-02-29", "10/10/2022",
                          "2022-10-10x", "2022-1-1"}) {
    auto result = normalize_date(bad);
    EXPECT_FALSE(result.ok()) << bad;
    if (!result.ok()) {
      EXPECT_EQ(result.status().code(), ErrorCode::kBadDate);
    }
  }
}

}  // namespace
}  // namespace herodotus
