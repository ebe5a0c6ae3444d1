// Comma clauses set aside, and where a verb's clause and its subject's words begin and end, on
// readings built by hand (clauses.h).
#include "code/clauses.h"

#include <gtest/gtest.h>

#include "code/reading_util.h"

namespace herodotus::code {
namespace {

using C = WordClass;

std::vector<int> set_aside_words(const SentenceReading& r) {
  std::vector<int> out;
  for (int k = 0; k < r.size(); ++k)
    if (r.words[static_cast<size_t>(k)].set_aside) out.push_back(k);
  return out;
}

class ClausesTest : public ::testing::Test {
 protected:
  CoderContext context(const CodingOptions& options) {
    return {*index_, options, English::builtin(), 20200101};
  }
  std::shared_ptr<const CoderIndex> index_ = testing::hand_index("verb attack [190]: attack\n");
};

TEST_F(ClausesTest, AppositivesAndReportingClausesGo) {
  // Arnor , the state 's fiercest foe , criticized Gondor , officials said today .
  SentenceReading r = testing::hand_reading(
      {"Arnor", ",", "the", "state", "'s", "fiercest", "foe", ",", "criticized", "Gondor", ",",
       "officials", "said", "today", "."},
      {C::kNoun, C::kComma, C::kDeterminer, C::kNoun, C::kPossessiveMarker, C::kAdjective,
       C::kNoun, C::kComma, C::kVerb, C::kNoun, C::kComma, C::kUnknown, C::kVerb, C::kAdverb,
       C::kEnd});
  order_elements(r);
  CodingOptions petrarch = petrarch_coding_options();
  set_aside_comma_clauses(context(petrarch), r);
  // The appositive with both its commas (4 words); the closing clause without its comma.
  EXPECT_EQ(set_aside_words(r), (std::vector<int>{1, 2, 3, 4, 5, 6, 7, 11, 12, 13}));
}

TEST_F(ClausesTest, ARelativeClauseGoesWhateverItsLengthAVerbClauseStays) {
  SentenceReading r = testing::hand_reading(
      {"Elessar", ",", "who", "met", "the", "leaders", "of", "Rohan", "in", "the", "north", "last",
       "week", ",", "attacked", "Gondor", ",", "warned", "Rohan", "and", "left", "."},
      {C::kNoun, C::kComma, C::kComplementizer, C::kVerb, C::kDeterminer, C::kNoun,
       C::kPreposition, C::kNoun, C::kPreposition, C::kDeterminer, C::kNoun, C::kAdjective,
       C::kNoun, C::kComma, C::kVerb, C::kNoun, C::kComma, C::kVerb, C::kNoun,
       C::kConjunction, C::kVerb, C::kEnd});
  order_elements(r);
  CodingOptions project = herodotus_coding_options();
  project.commas.end_max = 0;
  set_aside_comma_clauses(context(project), r);
  std::vector<int> expected;
  for (int k = 1; k <= 13; ++k) expected.push_back(k);  // ", who met ... last week ,"
  EXPECT_EQ(set_aside_words(r), expected);
}

TEST_F(ClausesTest, AfterAnOpeningClauseTheNextStretchStartsTheMainClause) {
  // According to Gondor , the king attacked his foe , Elessar , on Tuesday to attack Rohan .
  SentenceReading r = testing::hand_reading(
      {"According", "to", "Gondor", ",", "the", "king", "attacked", "his", "foe", ",", "Elessar",
       ",", "on", "Tuesday", "to", "attack", "Rohan", "."},
      {C::kUnknown, C::kTo, C::kNoun, C::kComma, C::kDeterminer, C::kNoun, C::kVerb,
       C::kPossessive, C::kNoun, C::kComma, C::kNoun, C::kComma, C::kPreposition, C::kNoun,
       C::kTo, C::kVerb, C::kNoun, C::kEnd});
  order_elements(r);
  set_aside_comma_clauses(context(herodotus_coding_options()), r);
  // "the king attacked his foe" stays though another verb follows (the closing clause goes, as
  // a reporting clause would; one word between commas stays).
  EXPECT_EQ(set_aside_words(r), (std::vector<int>{12, 13, 14, 15, 16}));
}

TEST_F(ClausesTest, AnAsideOfAdverbsGoesWithItsCommas) {
  // Arnor , thus , attacked Gondor .
  SentenceReading r = testing::hand_reading(
      {"Arnor", ",", "thus", ",", "attacked", "Gondor", "."},
      {C::kNoun, C::kComma, C::kAdverb, C::kComma, C::kVerb, C::kNoun, C::kEnd});
  order_elements(r);
  set_aside_comma_clauses(context(herodotus_coding_options()), r);
  EXPECT_EQ(set_aside_words(r), (std::vector<int>{1, 2, 3}));
}

TEST_F(ClausesTest, AVerbsClauseEndsBeforeTheNextVerbsConjunction) {
  SentenceReading r = testing::hand_reading(
      {"Arnor", "attacked", "Gondor", "and", "then", "met", "Rohan", "."},
      {C::kNoun, C::kVerb, C::kNoun, C::kConjunction, C::kAdverb, C::kVerb, C::kNoun, C::kEnd});
  order_elements(r);
  EXPECT_EQ(clause_end(context(herodotus_coding_options()), r, 1), 3);
  EXPECT_EQ(clause_end(context(herodotus_coding_options()), r, 5), 7);  // the full stop
}

TEST_F(ClausesTest, TheSubjectsWordsStartAfterAClauseCommaOrAClosedQuotation) {
  SentenceReading r = testing::hand_reading(
      {"\"", "We", "agreed", ",", "\"", "Arnor", "said", "."},
      {C::kQuote, C::kPronoun, C::kVerb, C::kComma, C::kQuote, C::kNoun, C::kVerb, C::kEnd});
  order_elements(r);
  mark_closing_quotes(r);
  CodingOptions project = herodotus_coding_options();
  EXPECT_EQ(upper_start(context(project), r, 6), 5);  // after the closing mark
  EXPECT_EQ(upper_start(context(project), r, 2), 0);
}

}  // namespace
}  // namespace herodotus::code
