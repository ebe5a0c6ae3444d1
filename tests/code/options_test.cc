#include "code/options.h"

#include <gtest/gtest.h>

namespace herodotus::code {
namespace {

TEST(Options, TabariCommands) {
  CoderOptions o;
  ASSERT_TRUE(apply_option_line("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", o).ok());
  EXPECT_EQ(o.complexity.verbs, 5);
  EXPECT_EQ(o.complexity.conjunctions, 4);
  EXPECT_TRUE(o.complexity.no_actor_prior);
  ASSERT_TRUE(apply_option_line("SET: CODE ALL", o).ok());
  EXPECT_EQ(o.code_by, CodeBy::kAll);
  ASSERT_TRUE(apply_option_line("SET: MINIMUM WORDS = 4", o).ok());
  EXPECT_EQ(o.minimum_words, 4);
  ASSERT_TRUE(apply_option_line("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", o).ok());
  EXPECT_EQ(o.defaults.source, "DEFSRC");
  EXPECT_TRUE(o.defaults.source_prior && o.defaults.target_after);
  ASSERT_TRUE(apply_option_line("DEFAULT: OFF", o).ok());
  EXPECT_TRUE(o.defaults.source.empty());
  ASSERT_TRUE(
      apply_option_line("COMMA: MIN = 4 MAX = 6 EMIN=3 EMAX = 6 BMIN = 3 BMAX = 8", o).ok());
  EXPECT_EQ(o.comma.begin_max, 8);
  ASSERT_TRUE(apply_option_line("COMMA: OFF", o).ok());
  EXPECT_FALSE(o.comma.enabled);
  ASSERT_TRUE(apply_option_line("FORWARD: ^^*****NNN*SSS", o).ok());
  EXPECT_TRUE(o.forward.enabled);
  ASSERT_TRUE(apply_option_line("FORWARD: ^^*****NNN*SSS OFF", o).ok());
  EXPECT_FALSE(o.forward.enabled);
  ASSERT_TRUE(apply_option_line("SET: CONVERT AGENT = TRUE", o).ok());
  EXPECT_TRUE(o.convert_agents);
  ASSERT_TRUE(apply_option_line("LABEL: 010=YIELD", o).ok());
  ASSERT_TRUE(apply_option_line("// a comment", o).ok());
}

TEST(Options, Errors) {
  CoderOptions o;
  EXPECT_FALSE(apply_option_line("COMPLEX: VERBZ[5]", o).ok());
  EXPECT_FALSE(apply_option_line("SET: CONVERT AGENT = MAYBE", o).ok());
  EXPECT_FALSE(apply_option_line("COMMA: MIN = X", o).ok());
  EXPECT_FALSE(apply_option_line("FROBNICATE: ALL", o).ok());
  EXPECT_FALSE(apply_option_line("no colon here", o).ok());
}

}  // namespace
}  // namespace herodotus::code
