// Coding options as the dictionary formats write them: TABARI .options lines and PETRARCH
// settings, and the defaults of each dialect.
#include "dict/coding_options.h"

#include <gtest/gtest.h>

namespace herodotus::dict {
namespace {

TEST(CodingOptions, TabariCommands) {
  CodingOptions o;
  ASSERT_TRUE(apply_tabari_option_line("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", o).ok());
  EXPECT_EQ(o.complexity.verbs, 5);
  EXPECT_EQ(o.complexity.conjunctions, 4);
  EXPECT_TRUE(o.complexity.no_actor_prior);
  ASSERT_TRUE(apply_tabari_option_line("SET: CODE ALL", o).ok());
  EXPECT_EQ(o.code_by, CodeBy::kAll);
  ASSERT_TRUE(apply_tabari_option_line("SET: MINIMUM WORDS = 4", o).ok());
  EXPECT_EQ(o.minimum_words, 4);
  ASSERT_TRUE(
      apply_tabari_option_line("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", o).ok());
  EXPECT_EQ(o.defaults.source, "DEFSRC");
  EXPECT_TRUE(o.defaults.source_prior && o.defaults.target_after);
  ASSERT_TRUE(apply_tabari_option_line("DEFAULT: OFF", o).ok());
  EXPECT_TRUE(o.defaults.source.empty());
  ASSERT_TRUE(
      apply_tabari_option_line("COMMA: MIN = 4 MAX = 6 EMIN=3 EMAX = 6 BMIN = 3 BMAX = 8", o).ok());
  EXPECT_EQ(o.commas.begin_max, 8);
  ASSERT_TRUE(apply_tabari_option_line("COMMA: OFF", o).ok());
  EXPECT_FALSE(o.commas.enabled);
  ASSERT_TRUE(apply_tabari_option_line("FORWARD: ^^*****NNN*SSS", o).ok());
  EXPECT_TRUE(o.forward.enabled);
  ASSERT_TRUE(apply_tabari_option_line("FORWARD: ^^*****NNN*SSS OFF", o).ok());
  EXPECT_FALSE(o.forward.enabled);
  ASSERT_TRUE(apply_tabari_option_line("SET: CONVERT AGENT = TRUE", o).ok());
  EXPECT_TRUE(o.convert_agents);
  ASSERT_TRUE(apply_tabari_option_line("LABEL: 010=YIELD", o).ok());
  ASSERT_TRUE(apply_tabari_option_line("// a comment", o).ok());
}

TEST(CodingOptions, Errors) {
  CodingOptions o;
  EXPECT_FALSE(apply_tabari_option_line("COMPLEX: VERBZ[5]", o).ok());
  EXPECT_FALSE(apply_tabari_option_line("SET: CONVERT AGENT = MAYBE", o).ok());
  EXPECT_FALSE(apply_tabari_option_line("COMMA: MIN = X", o).ok());
  EXPECT_FALSE(apply_tabari_option_line("FROBNICATE: ALL", o).ok());
  EXPECT_FALSE(apply_tabari_option_line("no colon here", o).ok());
}

TEST(CodingOptions, PetrarchSettingsByName) {
  CodingOptions o = petrarch_coding_options();
  EXPECT_TRUE(apply_petrarch_option("require_dyad", "False", o).ok());
  EXPECT_FALSE(o.require_dyad);
  EXPECT_TRUE(apply_petrarch_option("comma_max", "6", o).ok());
  EXPECT_EQ(o.commas.max, 6);
  EXPECT_TRUE(apply_petrarch_option("comma_bmax", "3", o).ok());
  EXPECT_EQ(o.commas.begin_max, 3);
  EXPECT_FALSE(apply_petrarch_option("comma_max", "six", o).ok());
  EXPECT_FALSE(apply_petrarch_option("no_such_option", "1", o).ok());
}

TEST(CodingOptions, EachDialectHasItsDefaults) {
  // TABARI's manual: clauses of 2-10 words, the opening clause never.
  CodingOptions tabari = tabari_coding_options();
  EXPECT_EQ(tabari.commas.max, 10);
  EXPECT_GT(tabari.commas.begin_min, tabari.commas.begin_max);
  EXPECT_FALSE(tabari.facts_only);
  // PETRARCH-1's comma limits; the project's reading adds facts, references and speech.
  CodingOptions petrarch = petrarch_coding_options();
  EXPECT_EQ(petrarch.commas.max, 8);
  EXPECT_EQ(petrarch.commas.begin_max, 0);
  EXPECT_FALSE(petrarch.resolve_pronouns);
  CodingOptions project = herodotus_coding_options();
  EXPECT_EQ(project.commas.max, 8);
  EXPECT_TRUE(project.facts_only && project.resolve_pronouns && project.reported_speech &&
              project.whole_names && project.clause_aware_commas && project.prefer_people &&
              project.places_as_countries && project.null_patterns_code_nothing);
}

}  // namespace
}  // namespace herodotus::dict
