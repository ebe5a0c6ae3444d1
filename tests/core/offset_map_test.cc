#include "herodotus/offset_map.h"

#include <gtest/gtest.h>

namespace herodotus {
namespace {

TEST(OffsetMap, CopiesMapOneToOne) {
  OffsetMap map;
  map.add_copy(0, 10, 5);
  EXPECT_EQ(map.to_original_begin(0), 10u);
  EXPECT_EQ(map.to_original_begin(4), 14u);
  EXPECT_EQ(map.to_original_end(5), 15u);
  EXPECT_EQ(map.to_original({1, 3}), (Span{11, 13}));
}

TEST(OffsetMap, ReplacementMapsToTheWholeOriginal) {
  // Original: a “b” c   (curly quotes are 3 bytes each)
  // Normal:   a "b" c
  OffsetMap map;
  map.add_copy(0, 0, 2);                             // "a "
  map.add_replacement(2, 1, 2, 3);                   // " for “
  map.add_copy(3, 5, 1);                             // b
  map.add_replacement(4, 1, 6, 3);                   // " for ”
  map.add_copy(5, 9, 2);                             // " c"
  EXPECT_EQ(map.to_original({2, 5}), (Span{2, 9}));  // the quoted b, marks included
  EXPECT_EQ(map.to_original({3, 4}), (Span{5, 6}));  // b alone
  EXPECT_EQ(map.to_original({6, 7}), (Span{10, 11}));
}

TEST(OffsetMap, AdjacentCopiesMerge) {
  OffsetMap map;
  map.add_copy(0, 0, 3);
  map.add_copy(3, 3, 3);
  map.add_copy(6, 20, 2);  // after a dropped stretch of the original
  EXPECT_EQ(map.to_original({2, 5}), (Span{2, 5}));
  EXPECT_EQ(map.to_original({5, 8}), (Span{5, 22}));
}

TEST(OffsetMap, TruncateForgetsDroppedPieces) {
  OffsetMap map;
  map.add_copy(0, 0, 10);
  map.add_replacement(10, 1, 10, 3);
  map.add_copy(11, 13, 10);
  map.truncate(5);
  map.add_copy(5, 40, 3);
  EXPECT_EQ(map.to_original({3, 5}), (Span{3, 5}));
  EXPECT_EQ(map.to_original({5, 8}), (Span{40, 43}));
}

TEST(OffsetMap, InsertionMapsToAnEmptyPoint) {
  OffsetMap map;
  map.add_copy(0, 0, 4);
  map.add_replacement(4, 1, 4, 0);  // an inserted space
  map.add_copy(5, 4, 4);
  EXPECT_EQ(map.to_original({0, 9}), (Span{0, 8}));
  EXPECT_EQ(map.to_original({5, 9}), (Span{4, 8}));
}

}  // namespace
}  // namespace herodotus
