// Word classes and names on readings built by hand (names.h, word_classes.h).
#include "code/word_classes.h"

#include <gtest/gtest.h>

#include "code/names.h"
#include "code/reading_util.h"

namespace herodotus::code {
namespace {

using C = WordClass;

class WordClassesTest : public ::testing::Test {
 protected:
  std::vector<WordClass> classes(const std::vector<std::string>& words) {
    r_ = testing::hand_reading(words);
    mark_names(ctx_, r_);
    classify_words(ctx_, r_);
    std::vector<WordClass> out;
    for (const Word& w : r_.words) out.push_back(w.wc);
    return out;
  }

  std::shared_ptr<const CoderIndex> index_ = testing::hand_index(
      "actor country.ARN: Arnor\n  code ARN\n"
      "actor org.doctors: Healers Without Borders\n  code NGOHLH\n"
      "agent military: army; soldier\n  code ~MIL\n"
      "verb attack [190]: attack\n"
      "verb talk [040]: talk\n"
      "verb urge [020]: urge\n"
      "verb shell [194]: shelling\n"
      "verb release [0841]: released; releasing\n"
      "verb lay [---]: lay\n"
      "verb down_tools [143]: +down tools\n");
  CodingOptions options_ = herodotus_coding_options();
  CoderContext ctx_{*index_, options_, English::builtin(), 20200101};
  SentenceReading r_;
};

TEST_F(WordClassesTest, ClosedClassesAndDictionaryVerbs) {
  EXPECT_EQ(classes({"Arnor", "will", "not", "attack", "the", "town", "."}),
            (std::vector<WordClass>{C::kNoun, C::kModal, C::kNegation, C::kVerb, C::kDeterminer,
                                    C::kUnknown, C::kEnd}));
}

TEST_F(WordClassesTest, ADictionaryVerbIsANounByItsNeighbours) {
  // After a determiner, and before a verb after a noun ("peace talks have").
  EXPECT_EQ(classes({"Arnor", "condemned", "an", "attack"})[3], C::kNoun);
  EXPECT_EQ(classes({"the", "peace", "talks", "have", "failed"})[2], C::kNoun);
  EXPECT_EQ(classes({"soldiers", "attacked", "the", "town"})[1], C::kVerb);
  // After an adjective it is a noun, but a past form after an auxiliary and an adjective is a
  // verb: the adjective is an adverb there.
  EXPECT_EQ(classes({"a", "long", "attack"})[2], C::kNoun);
  EXPECT_EQ(classes({"Arnor", "has", "long", "attacked", "the", "town"})[3], C::kVerb);
  // Right after a preposition, with the project's clause-aware reading.
  EXPECT_EQ(classes({"Arnor", "spoke", "after", "talks"})[3], C::kNoun);
}

TEST_F(WordClassesTest, AGerundAfterATextSaysWhatTheTextSays) {
  // Inside a determiner-led phrase an -ING form is a noun ("the fighting")...
  EXPECT_EQ(classes({"Arnor", "condemned", "the", "attacking", "army"})[3], C::kNoun);
  // ...but one mostly seen as a gerund, after a text and before an object, is a verb.
  EXPECT_EQ(classes({"Arnor", "issued", "a", "statement", "urging", "the", "army"})[4], C::kVerb);
  EXPECT_EQ(classes({"Arnor", "issued", "a", "statement", "urging", "."})[4], C::kNoun);
  EXPECT_EQ(classes({"Arnor", "sent", "a", "soldier", "urging", "the", "army"})[4], C::kNoun);
}

TEST_F(WordClassesTest, AGerundAfterANounOfNoOneIsANoun) {
  // A tank names no one: "tank shelling" is a compound; soldiers shell.
  EXPECT_EQ(classes({"Arnor", "condemned", "tank", "shelling", "in", "the", "town"})[3], C::kNoun);
  EXPECT_EQ(classes({"Arnor", "saw", "gunmen", "shelling", "in", "the", "town"})[3], C::kVerb);
  // A time is no head either: "last month asking for".
  EXPECT_EQ(classes({"Arnor", "wrote", "last", "month", "shelling", "in", "the", "town"})[4],
            C::kVerb);
}

TEST_F(WordClassesTest, AGerundOpeningAClauseBeforeAVerbIsItsSubject) {
  EXPECT_EQ(classes({"as", "raids", "and", "shelling", "attacked", "again"})[3], C::kNoun);
  EXPECT_EQ(classes({"Arnor", "is", "not", "talking", ",", "but", "shelling", "attacks"})[6],
            C::kVerb);
  EXPECT_EQ(classes({"soldiers", "came", ",", "shelling", "the", "town"})[3], C::kVerb);
}

TEST_F(WordClassesTest, ANounHeadBeforeAnInfinitiveIsNoVerb) {
  // "a hunger strike to protest": TO after it starts no object, so the compound's head is a noun.
  EXPECT_EQ(classes({"Arnor", "began", "a", "border", "attack", "to", "protest"})[4], C::kNoun);
}

TEST_F(WordClassesTest, ADictionaryVerbAfterReIsThatVerb) {
  EXPECT_EQ(classes({"Arnor", "will", "re-attack", "the", "town"})[2], C::kVerb);
  EXPECT_EQ(classes({"Arnor", "will", "re-arm", "the", "town"})[2], C::kUnknown);
}

TEST_F(WordClassesTest, ParticlesAreNoPhrases) {
  // "ruled out talks", "was struck off the roll": the particle is an adverb, no phrase of its own.
  EXPECT_EQ(classes({"Arnor", "ruled", "out", "talks"})[2], C::kAdverb);
  EXPECT_EQ(classes({"it", "was", "struck", "off", "the", "roll"})[3], C::kAdverb);
}

TEST_F(WordClassesTest, NounsJoinedBeforeTheirHead) {
  // "a gun and bomb attack": a noun joined to a noun of a determiner-led phrase, before a noun.
  EXPECT_EQ(classes({"Arnor", "saw", "a", "gun", "and", "attack", "plan"})[5], C::kNoun);
  // Without the determiner it is a verb of its own: "fire rockets and attack troops".
  EXPECT_EQ(classes({"gunmen", "fire", "rockets", "and", "attack", "troops"})[4], C::kVerb);
}

TEST_F(WordClassesTest, AnUninflectedFormLeftOutIsAVerbWhereOnlyAVerbStands) {
  // The entry leaves "release" out (mostly a noun); after a modal, DO or TO before an object it
  // is the verb.
  EXPECT_EQ(classes({"Arnor", "will", "not", "release", "the", "soldier"})[3], C::kVerb);
  EXPECT_EQ(classes({"Arnor", "did", "release", "soldiers"})[2], C::kVerb);
  EXPECT_EQ(classes({"Arnor", "agreed", "to", "release", "the", "soldier"})[3], C::kVerb);
  EXPECT_EQ(classes({"Arnor", "sought", "an", "end", "to", "release", "in", "the", "town"})[5],
            C::kUnknown);
  EXPECT_EQ(classes({"Arnor", "saw", "the", "release", "of", "soldiers"})[3], C::kUnknown);
  // Only with the project's settings.
  options_.bare_lemmas = false;
  EXPECT_EQ(classes({"Arnor", "will", "release", "the", "soldier"})[2], C::kUnknown);
}

TEST_F(WordClassesTest, UnknownParticiplesByPosition) {
  EXPECT_EQ(classes({"the", "affected", "villages"})[1], C::kAdjective);
  EXPECT_EQ(classes({"crowds", "trashed", "the", "office"})[1], C::kOtherVerb);
}

TEST_F(WordClassesTest, AParticleAfterAVerbIsAnAdverb) {
  // "down" begins "down tools", a multi-word verb; right after a verb it is a particle.
  EXPECT_EQ(classes({"they", "will", "lay", "down", "their", "arms"})[3], C::kAdverb);
  EXPECT_EQ(classes({"workers", "down", "tools"})[1], C::kVerb);
}

TEST_F(WordClassesTest, AGerundAfterAPrepositionWithItsObjectIsAVerb) {
  auto c = classes({"Arnor", "accused", "the", "king", "of", "compromising", "his", "office"});
  EXPECT_EQ(c[5], C::kOtherVerb);
  // So is a participle after a comma, before its object; "including" joins as a preposition.
  c = classes({"Arnor", "attacked", "the", "army", ",", "ousting", "the", "king"});
  EXPECT_EQ(c[5], C::kOtherVerb);
  c = classes({"the", "army", ",", "including", "the", "king", ",", "attacked"});
  EXPECT_NE(c[3], C::kOtherVerb);
  // With no object after it, it may be the noun of the phrase: "the cost of living".
  c = classes({"the", "cost", "of", "living", "rose"});
  EXPECT_NE(c[3], C::kOtherVerb);
}

TEST_F(WordClassesTest, NamesAreNounsAndKeepTheirJoiners) {
  auto c = classes({"Healers", "Without", "Borders", "met", "the", "army"});
  EXPECT_EQ(c[0], C::kNoun);
  EXPECT_EQ(c[1], C::kPreposition);  // inside the name, still a preposition...
  EXPECT_TRUE(r_.words[0].proper && !r_.words[1].proper && r_.words[2].proper);
  // ...but with whole names the name is one: its words share a name number.
  EXPECT_GE(r_.words[0].name, 0);
  EXPECT_EQ(r_.words[1].name, r_.words[0].name);
  EXPECT_TRUE(r_.words[5].proper);  // an agent
}

TEST_F(WordClassesTest, ClosingQuotationMarks) {
  classes({"\"", "Arnor", "is", "a", "friend", ",", "\"", "he", "said", "."});
  EXPECT_FALSE(r_.words[0].closes_quote);
  EXPECT_TRUE(r_.words[6].closes_quote);  // the second of a pair, and after a comma
}

}  // namespace
}  // namespace herodotus::code
