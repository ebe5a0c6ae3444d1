// The engine's word lists (data/lexicon/word_classes.txt): read whole, and a broken file refused.
#include "code/english.h"

#include <gtest/gtest.h>

namespace herodotus::code {
namespace {

TEST(English, TheBuiltInListsAreReadInUpperCase) {
  const English& en = English::builtin();
  EXPECT_TRUE(en.determiners.count("THE"));
  EXPECT_TRUE(en.male_pronouns.count("HIS"));
  EXPECT_TRUE(en.be_forms.count("BEEN"));
  EXPECT_TRUE(en.force_nouns.count("AIRSTRIKES"));
  EXPECT_TRUE(en.is_adjective("MEANINGFUL"));  // by its ending
  EXPECT_FALSE(en.is_adjective("FUL"));
}

TEST(English, AnUnknownSectionIsAnError) {
  auto parsed = English::parse("[determiners]\nthe a\n[misspelt section]\nfoo\n");
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.status().message().find("[misspelt section]"), std::string::npos);
  EXPECT_TRUE(English::parse("[determiners]\nthe a\n").ok());
}

}  // namespace
}  // namespace herodotus::code
