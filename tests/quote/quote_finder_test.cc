// The quote finder: which quotations it finds, whose words it says they are, and which quoted
// words it leaves out as names or scare quotes.
#include "quote/quote_finder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "herodotus/coding.h"
#include "test_util.h"

namespace herodotus {
namespace {

struct Found {
  std::string text, speaker;
  bool partial;
};

std::vector<Found> quotes_of(const std::string& text) {
  Document doc = testing::segment(text);
  quote::QuoteFinder().run(doc);
  std::vector<Found> out;
  for (const Quote& q : doc.quotes())
    out.push_back(
        {std::string(doc.text_of(q.span)), std::string(doc.text_of(q.speaker)), q.partial});
  return out;
}

void expect_quotes(const std::string& text, const std::vector<Found>& expected) {
  std::vector<Found> found = quotes_of(text);
  ASSERT_EQ(found.size(), expected.size()) << text;
  for (size_t i = 0; i < found.size(); ++i) {
    EXPECT_EQ(found[i].text, expected[i].text) << text;
    EXPECT_EQ(found[i].speaker, expected[i].speaker) << text;
    EXPECT_EQ(found[i].partial, expected[i].partial) << text;
  }
}

TEST(QuoteFinder, SpeakerAfterTheQuotation) {
  expect_quotes("\"We will not retreat,\" the general said.",
                {{"We will not retreat,", "the general", false}});
  expect_quotes("\"We will not retreat,\" said Mr. Smith, the army's spokesman.",
                {{"We will not retreat,", "Mr. Smith", false}});
  expect_quotes("\u201CIt is over,\u201D according to a senior official.",
                {{"It is over,", "a senior official", false}});
  // No cue verb, but the comma asks for an attribution.
  expect_quotes("\"People are afraid of wasting their votes,\" he surmised.",
                {{"People are afraid of wasting their votes,", "he", false}});
}

TEST(QuoteFinder, SpeakerBeforeTheQuotation) {
  expect_quotes("The minister said: \u201CThe border stays closed.\u201D",
                {{"The border stays closed.", "The minister", false}});
  expect_quotes("Ms Tsikhanouskaya, who visited Scotland last month, said: \"It is a lie.\"",
                {{"It is a lie.", "Ms Tsikhanouskaya", false}});
  expect_quotes(
      "Col. Steven Warren, a military spokesman in Baghdad, said, \"A raid is a combat "
      "operation.\"",
      {{"A raid is a combat operation.", "Col. Steven Warren", false}});
  expect_quotes("Protest leaders: \u2018We will march again on Sunday\u2019",
                {{"We will march again on Sunday", "Protest leaders", false}});
}

TEST(QuoteFinder, PartialQuotations) {
  expect_quotes(
      "He said Kyiv was planning strikes, as he had learnt \u201Cthrough unofficial "
      "channels\u201D.",
      {{"through unofficial channels", "He", true}});
  expect_quotes("The opposition called the vote \"a farce from start to finish\".",
                {{"a farce from start to finish", "The opposition", true}});
  // The attribution closes the sentence.
  expect_quotes(
      "The two armies will form a \"joint regional group of forces\", the president "
      "has announced.",
      {{"joint regional group of forces", "the president", true}});
}

TEST(QuoteFinder, QuotationInterruptedByItsCue) {
  expect_quotes("\"Judge,\" Brafman said, \"I have never had that happen in any case.\"",
                {{"Judge,", "Brafman", false},
                 {"I have never had that happen in any case.", "Brafman", false}});
}

TEST(QuoteFinder, SpeakerFromTheContext) {
  // The cue ends the sentence before.
  expect_quotes("She added:\n\n\"We will not give up. Our people are tired of waiting.\"",
                {{"We will not give up. Our people are tired of waiting.", "She", false}});
  // A second quotation of the same paragraph.
  expect_quotes(
      "\"Last thing they need is another conflict.\" he told his minister. \"You know "
      "they have enough problems.\"",
      {{"Last thing they need is another conflict.", "he", false},
       {"You know they have enough problems.", "he", false}});
  // The next paragraph is another quotation of the same speaker.
  expect_quotes(
      "\"We are ready for talks,\" the envoy said.\n\n\"But we will not wait for ever. "
      "The offer expires in May.\"",
      {{"We are ready for talks,", "the envoy", false},
       {"But we will not wait for ever. The offer expires in May.", "the envoy", false}});
  // The question mark ended the sentence; the cue opens the next one.
  expect_quotes(
      "\"You think I'm going to change?\" Trump asked reporters during a news "
      "conference late last month.",
      {{"You think I'm going to change?", "Trump", false}});
}

TEST(QuoteFinder, QuotationOverTwoParagraphs) {
  // The first paragraph leaves the quotation open; the next opens with a quotation mark.
  expect_quotes(
      "He said: \"The group has begun to form. It is the army.\n\n\"It has been going "
      "on for two days.\"\n\nThe ministry declined to comment.",
      {{"The group has begun to form. It is the army.", "He", false},
       {"It has been going on for two days.", "He", false}});
}

TEST(QuoteFinder, NestedQuotations) {
  expect_quotes("\"They told us 'leave now' and we left,\" the farmer said.",
                {{"They told us 'leave now' and we left,", "the farmer", false}});
}

TEST(QuoteFinder, MarksOfEveryKind) {
  expect_quotes("Le ministre a dit : \u00ABNous resterons.\u00BB Il est parti.",
                {{"Nous resterons.", "Le ministre a dit", false}});
  // The New York Times' feeds write two apostrophes for a double quotation mark.
  expect_quotes("''It's embarrassing,'' Mr. Rubel said.",
                {{"It's embarrassing,", "Mr. Rubel", false}});
  // A curly mark typed the wrong way round still closes the quotation.
  expect_quotes("\u201CIt's unusual,\u201C said Larry Noble, an attorney.",
                {{"It's unusual,", "Larry Noble", false}});
}

TEST(QuoteFinder, NamesAndScareQuotesAreNotSpeech) {
  expect_quotes("The so-called \"peace plan\" was rejected.", {});
  expect_quotes("She appeared on \"Saturday Night Live\" twice.", {});
  expect_quotes("He wrote a book titled \"Stealing America\" in prison.", {});
  expect_quotes("Nothing here is quoted, and the apostrophes in Belarus' army don't count.", {});
}

TEST(QuoteFinder, UnclosedQuotationEndsWithItsParagraph) {
  expect_quotes("The mayor said: \"We have no water and no power\n\nThe city is dark.",
                {{"We have no water and no power", "The mayor", false}});
}

TEST(QuoteFinder, SpeakerResolvedByTheCoder) {
  Document doc = testing::code(
      "Belarusian president Aleksandr Lukashenko met security officials in Minsk.\n\n"
      "\"We will defend every metre of our land,\" he said.",
      "resolve", "2022-10-10");
  ASSERT_EQ(doc.quotes().size(), 1u);
  const Quote& q = doc.quotes()[0];
  EXPECT_EQ(doc.text_of(q.speaker), "he");
  EXPECT_EQ(q.speaker_code, "BLRGOV");
  EXPECT_EQ(q.speaker_name, "Aleksandr Lukashenko");
}

}  // namespace
}  // namespace herodotus
