#include "tabari/lexer.h"

#include <gtest/gtest.h>

namespace herodotus::tabari {
namespace {

std::vector<std::string> words(std::string_view text) {
  LexedSentence out;
  lex_sentence(text, 0, LexOptions(), out);
  std::vector<std::string> result;
  for (size_t i = 0; i < out.words.size(); ++i) result.emplace_back(out.text(i));
  return result;
}

using Words = std::vector<std::string>;

TEST(Lexer, TabariInputRules) {
  EXPECT_EQ(words("The U.N. said on Saturday."), (Words{"THE", "U.N.", "SAID", "ON", "SATURDAY"}));
  EXPECT_EQ(words("Al-Gore, 1,500 men; \"quoted\""),
            (Words{"AL", "GORE", ",", "1500", "MEN", ",", "\"", "QUOTED", "\""}));
  EXPECT_EQ(words("Why? Now! Dol_Amroth"), (Words{"WHY", "NOW", "DOL", "AMROTH"}));
  EXPECT_EQ(words("Côte d'Ivoire"), (Words{"COTE", "D'IVOIRE"}));
  EXPECT_EQ(words("SAID ON SATURDAY."), (Words{"SAID", "ON", "SATURDAY"}));
}

TEST(Lexer, SpansAndCapitals) {
  LexedSentence out;
  lex_sentence("Mr Lukashenko said", 100, LexOptions(), out);
  ASSERT_EQ(out.words.size(), 3u);
  EXPECT_EQ(out.words[1].span, (Span{103, 113}));
  EXPECT_TRUE(out.words[1].capitalized);
  EXPECT_FALSE(out.words[2].capitalized);
  EXPECT_FALSE(out.all_caps);
  lex_sentence("ARNOR IS ABOUT", 0, LexOptions(), out);
  EXPECT_TRUE(out.all_caps);
}

TEST(Lexer, LongWordsAreCut) {
  std::string word(100, 'a');
  EXPECT_EQ(words(word).size(), 2u);  // cut at 63 characters
}

TEST(Lexer, FbisBrackets) {
  LexedSentence out;
  LexOptions options;
  options.fbis = true;
  lex_sentence("[Gandalf] Gollum [participated] in", 0, options, out);
  ASSERT_EQ(out.words.size(), 2u);
  EXPECT_EQ(out.text(0), "GOLLUM");
}

}  // namespace
}  // namespace herodotus::tabari
