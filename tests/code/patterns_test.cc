// Verb patterns matched against phrases built by hand, and the events made from them
// (patterns.h, events.h).
#include "code/patterns.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "code/clauses.h"
#include "code/events.h"
#include "code/reading_util.h"

namespace herodotus::code {
namespace {

using C = WordClass;

class PatternsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Arnor attacked Gondor with rockets .
    r_ = testing::hand_reading({"Arnor", "attacked", "Gondor", "with", "rockets", "."},
                               {C::kNoun, C::kVerb, C::kNoun, C::kPreposition, C::kUnknown,
                                C::kEnd});
    testing::add_hand_chunk(r_, 0, 0, "ARN");
    testing::add_hand_chunk(r_, 2, 2, "GON");
    testing::add_hand_chunk(r_, 4, 4);
    order_elements(r_);
  }

  std::shared_ptr<const CoderIndex> index_ = testing::hand_index(
      "verb attack [190]: attack\n"
      "  pattern attack.rockets: * + WITH ROCKETS [195]\n"
      "  pattern attack.by: $ * BY + [191]\n");
  CodingOptions options_ = herodotus_coding_options();
  CoderContext ctx_{*index_, options_, English::builtin(), 20200101};
  SentenceReading r_;
};

TEST_F(PatternsTest, TheVerbAndItsPatternBindTheTarget) {
  const dict::VerbEntry* entry = nullptr;
  int first = -1, last = -1;
  ASSERT_TRUE(find_verb(ctx_, r_, 1, entry, first, last));
  EXPECT_EQ(first, 1);
  EXPECT_EQ(last, 1);
  std::vector<Item> lower, upper;
  r_.items(last + 1, clause_end(ctx_, r_, last), lower);
  r_.items(0, first, upper);
  std::reverse(upper.begin(), upper.end());
  MatchResult m;
  const dict::Pattern& rockets = entry->patterns[0];
  ASSERT_EQ(rockets.id, "attack.rockets");
  ASSERT_TRUE(match_pattern(ctx_, r_, rockets, lower, upper, m));
  EXPECT_EQ(m.target.chunk, 1);
  EXPECT_FALSE(m.source.set());
  // "$ * BY +" needs BY after the verb.
  EXPECT_FALSE(match_pattern(ctx_, r_, entry->patterns[1], lower, upper, m));
}

TEST_F(PatternsTest, EventsTakeTheDefaultSourceAndThePatternsCode) {
  std::vector<CodedEvent> events = code_verbs(ctx_, r_);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source, "ARN");
  EXPECT_EQ(events[0].target, "GON");
  EXPECT_EQ(events[0].code, "195");
  EXPECT_EQ(events[0].pattern, &ctx_.d().verbs[0].patterns[0]);
  EXPECT_EQ(events[0].verb, r_.words[1].span);
}

TEST_F(PatternsTest, ASetAsideVerbIsNotRead) {
  r_.words[1].set_aside = true;
  EXPECT_TRUE(code_verbs(ctx_, r_).empty());
}

}  // namespace
}  // namespace herodotus::code
