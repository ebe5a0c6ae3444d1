#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace herodotus {
namespace {

std::vector<std::string> tokens_of(const std::string& text) {
  return testing::token_texts(testing::segment(text));
}

using Tokens = std::vector<std::string>;

TEST(Tokenizer, WordsAndPunctuation) {
  EXPECT_EQ(tokens_of("Belarus, Russia; and Ukraine."),
            (Tokens{"Belarus", ",", "Russia", ";", "and", "Ukraine", "."}));
}

TEST(Tokenizer, InnerHyphensAndApostrophes) {
  EXPECT_EQ(tokens_of("pro-democracy O'Brien one-on-one"),
            (Tokens{"pro-democracy", "O'Brien", "one-on-one"}));
}

TEST(Tokenizer, CliticsSplit) {
  EXPECT_EQ(tokens_of("doesn't It's they're we'll Putin's"),
            (Tokens{"does", "n't", "It", "'s", "they", "'re", "we", "'ll", "Putin", "'s"}));
}

TEST(Tokenizer, PossessiveApostropheAfterS) {
  EXPECT_EQ(tokens_of("Belarus' counterpart"), (Tokens{"Belarus", "'", "counterpart"}));
}

TEST(Tokenizer, QuotedPhraseIsNotPossessive) {
  Document doc = testing::segment("accused of 'trolling' Putin");
  EXPECT_EQ(testing::token_texts(doc), (Tokens{"accused", "of", "'", "trolling", "'", "Putin"}));
  EXPECT_TRUE(doc.tokens()[2].has(kOpensQuote));
  EXPECT_TRUE(doc.tokens()[4].has(kClosesQuote));
}

TEST(Tokenizer, Numbers) {
  EXPECT_EQ(tokens_of("1,000 3.5 70th 21:00 1992-1995 12%"),
            (Tokens{"1,000", "3.5", "70th", "21:00", "1992-1995", "12", "%"}));
}

TEST(Tokenizer, AbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(tokens_of("Mr. Putin and the U.S. met Gen. Smith at 5 p.m. today"),
            (Tokens{"Mr.", "Putin", "and", "the", "U.S.", "met", "Gen.", "Smith", "at", "5", "p.m.",
                    "today"}));
}

TEST(Tokenizer, NumberAbbreviationOnlyBeforeANumber) {
  EXPECT_EQ(tokens_of("No. 10"), (Tokens{"No.", "10"}));
  EXPECT_EQ(tokens_of("he said no."), (Tokens{"he", "said", "no", "."}));
}

TEST(Tokenizer, DoubleQuotesOpenAndClose) {
  Document doc = testing::segment("He said \"we agreed.\" Then");
  const auto& tokens = doc.tokens();
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_TRUE(tokens[2].has(kOpensQuote));
  EXPECT_TRUE(tokens[6].has(kClosesQuote));
}

TEST(Tokenizer, Flags) {
  Document doc = testing::segment("NATO and Belarus said");
  const auto& tokens = doc.tokens();
  EXPECT_TRUE(tokens[0].has(kAllCaps));
  EXPECT_TRUE(tokens[0].has(kCapitalised));
  EXPECT_FALSE(tokens[1].has(kCapitalised));
  EXPECT_TRUE(tokens[2].has(kCapitalised));
  EXPECT_FALSE(tokens[2].has(kAllCaps));
  EXPECT_TRUE(tokens[0].has(kSpaceBefore));
  EXPECT_TRUE(tokens[3].has(kSpaceAfter));
}

TEST(Tokenizer, NonLatinLetters) {
  EXPECT_EQ(tokens_of("Лукашенко встретился"), (Tokens{"Лукашенко", "встретился"}));
  Document doc = testing::segment("Лукашенко");
  EXPECT_TRUE(doc.tokens()[0].has(kCapitalised));
}

TEST(Tokenizer, TokenSpansMapToTheOriginal) {
  Document doc = testing::segment("“Ukraine’s” claim");
  std::vector<std::string> originals;
  for (const Token& t : doc.tokens())
    originals.emplace_back(doc.to_original(t.span).of(doc.original()));
  EXPECT_EQ(originals, (Tokens{"“", "Ukraine", "’s", "”", "claim"}));
}

}  // namespace
}  // namespace herodotus
