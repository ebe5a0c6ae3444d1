#include "text/lexicon.h"

#include <gtest/gtest.h>

namespace herodotus::text {
namespace {

TEST(Lexicon, BuiltinParses) {
  const Lexicon& lexicon = Lexicon::builtin();
  EXPECT_EQ(lexicon.abbreviation("Mr"), AbbreviationClass::kTitle);
  EXPECT_EQ(lexicon.abbreviation("mr"), AbbreviationClass::kNone);  // titles are capitalised
  EXPECT_EQ(lexicon.abbreviation("Ky"), AbbreviationClass::kFinal);
  EXPECT_EQ(lexicon.abbreviation("etc"), AbbreviationClass::kFinal);
  EXPECT_EQ(lexicon.abbreviation("ETC"), AbbreviationClass::kFinal);
  EXPECT_EQ(lexicon.abbreviation("no"), AbbreviationClass::kNumber);
  EXPECT_EQ(lexicon.abbreviation("Belarus"), AbbreviationClass::kNone);
  EXPECT_TRUE(lexicon.is_sentence_opener("The"));
  EXPECT_FALSE(lexicon.is_sentence_opener("Army"));
}

TEST(Lexicon, ClassifiesLines) {
  const Lexicon& lexicon = Lexicon::builtin();
  auto ad = lexicon.classify_line("hide ad", 2);
  ASSERT_TRUE(ad.has_value());
  EXPECT_EQ(ad->reason, RemovalReason::kAdMarker);
  auto teaser = lexicon.classify_line("read more", 2);
  ASSERT_TRUE(teaser.has_value());
  EXPECT_TRUE(teaser->takes_next_headline);
  EXPECT_FALSE(lexicon.classify_line("the army said", 3).has_value());
  // Word limits: a long line that starts like a prompt is story text.
  EXPECT_TRUE(lexicon.classify_line("sign up to our newsletter", 5).has_value());
  EXPECT_FALSE(lexicon.classify_line("sign up to our newsletter", 45).has_value());
}

TEST(Lexicon, ErrorsNameFileAndLine) {
  auto result = Lexicon::parse("# comment\n[ad_marker exact]\nhide ad\n[bogus exact]\n", "", "");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(), "boilerplate.txt:4: unknown removal reason 'bogus'");

  result = Lexicon::parse("[ad_marker exact]\nhide ad\nhide ad\n", "", "");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(), "boilerplate.txt:3: duplicate entry 'hide ad'");

  result = Lexicon::parse("[prompt prefix]\n", "", "");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(),
            "boilerplate.txt:1: a prefix or contains section needs a word limit");

  result = Lexicon::parse("", "[title]\nMr\n[strange]\n", "");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(), "abbreviations.txt:3: unknown section [strange]");

  result = Lexicon::parse("hide ad\n", "", "");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(), "boilerplate.txt:1: entry before any section header");
}

}  // namespace
}  // namespace herodotus::text
