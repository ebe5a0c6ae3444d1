#include "dict/phrase_syntax.h"

#include <gtest/gtest.h>

namespace herodotus::dict {
namespace {

TEST(PhraseSyntax, WordMatchKinds) {
  auto p = parse_phrase("ESTONIA_");
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->size(), 1u);
  EXPECT_EQ((*p)[0].text, "ESTONIA");
  EXPECT_EQ((*p)[0].match, WordMatch::kExact);

  p = parse_phrase("MOUSE=");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ((*p)[0].match, WordMatch::kExactNoEndings);

  p = parse_phrase("arnor");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ((*p)[0].text, "ARNOR");
  EXPECT_EQ((*p)[0].match, WordMatch::kStem);
}

TEST(PhraseSyntax, Connectors) {
  auto p = parse_phrase("AL_GORE");
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->size(), 2u);
  EXPECT_TRUE((*p)[0].adjacent);
  EXPECT_EQ((*p)[0].match, WordMatch::kExact);
  EXPECT_EQ((*p)[1].match, WordMatch::kStem);

  p = parse_phrase("AL GORE");
  ASSERT_TRUE(p.ok());
  EXPECT_FALSE((*p)[0].adjacent);
  EXPECT_EQ((*p)[0].match, WordMatch::kStem);

  p = parse_phrase("THE_NEAT~_PLACE");
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->size(), 3u);
  EXPECT_EQ((*p)[1].text, "NEAT");
  EXPECT_EQ((*p)[1].match, WordMatch::kStem);
  EXPECT_TRUE((*p)[1].adjacent);

  // Hyphens are underscores in dictionaries (TABARI 0.7.3).
  p = parse_phrase("AL-ASSAD_");
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->size(), 2u);
  EXPECT_EQ((*p)[0].text, "AL");
  EXPECT_EQ((*p)[1].text, "ASSAD");
  EXPECT_EQ((*p)[1].match, WordMatch::kExact);
}

TEST(PhraseSyntax, PatternsSplitAtTheVerb) {
  Dictionary d;
  auto elements = parse_pattern_elements("+_WAS_*_BY_$", d, true);
  ASSERT_TRUE(elements.ok()) << elements.status().message();
  Pattern pattern;
  ASSERT_TRUE(build_pattern(std::move(elements).value(), d, pattern).ok());
  ASSERT_EQ(pattern.upper.size(), 2u);
  EXPECT_EQ(pattern.upper[0].kind, PatternElement::Kind::kTarget);
  EXPECT_EQ(pattern.upper[1].word.text, "WAS");
  EXPECT_TRUE(pattern.upper_adjacent);
  EXPECT_TRUE(pattern.lower_adjacent);
  ASSERT_EQ(pattern.lower.size(), 2u);
  EXPECT_EQ(pattern.lower[0].word.text, "BY");
  EXPECT_EQ(pattern.lower[1].kind, PatternElement::Kind::kSource);
  EXPECT_EQ(pattern.length, 5u);  // WAS BY: tokens do not count
}

TEST(PhraseSyntax, Alternatives) {
  Dictionary d;
  auto elements = parse_pattern_elements(
      "SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS", d, true);
  ASSERT_TRUE(elements.ok()) << elements.status().message();
  Pattern pattern;
  ASSERT_TRUE(build_pattern(std::move(elements).value(), d, pattern).ok());
  ASSERT_EQ(pattern.lower.size(), 3u);
  EXPECT_TRUE(pattern.lower[0].adjacent);  // DEMAND touches the alternatives
  const PatternElement& alternatives = pattern.lower[1];
  EXPECT_EQ(alternatives.kind, PatternElement::Kind::kAlternatives);
  ASSERT_EQ(alternatives.alternatives.size(), 2u);
  EXPECT_EQ(alternatives.alternatives[0][0].word.match, WordMatch::kExact);
  EXPECT_TRUE(alternatives.adjacent);  // the alternatives touch CONVENTIONS
  EXPECT_TRUE(pattern.has_alternatives);
  // Fixed text plus the longest alternative.
  EXPECT_EQ(pattern.length, std::string("SUGGESTEDDEMANDINTERNATIONALCONVENTIONS").size());
}

TEST(PhraseSyntax, Errors) {
  Dictionary d;
  EXPECT_EQ(parse_pattern_elements("SAID WOULD", d, true).status().message(),
            "pattern has no verb marker '*'");
  EXPECT_EQ(parse_pattern_elements("* { A | B", d, true).status().message(),
            "'{' without a closing '}'");
  EXPECT_EQ(parse_pattern_elements("* &MONEY", d, true).status().message(),
            "unknown synset &MONEY");
  EXPECT_EQ(parse_pattern_elements("* * X", d, true).status().message(),
            "pattern has more than one '*'");
  EXPECT_FALSE(parse_phrase("").ok());
}

}  // namespace
}  // namespace herodotus::dict
