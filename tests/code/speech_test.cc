// How a verb is told (modality), what CAMEO makes of an act announced or refused, and reported
// speech, on readings built by hand (speech.h).
#include "code/speech.h"

#include <gtest/gtest.h>

#include "code/events.h"
#include "code/reading_util.h"

namespace herodotus::code {
namespace {

using C = WordClass;

class SpeechTest : public ::testing::Test {
 protected:
  Modality told(const std::vector<std::string>& words, const std::vector<WordClass>& classes,
                int verb) {
    SentenceReading r = testing::hand_reading(words, classes);
    order_elements(r);
    return modality(ctx_, r, verb);
  }

  std::shared_ptr<const CoderIndex> index_ = testing::hand_index(
      "actor country.ARN: Arnor\n  code ARN\nactor country.GON: Gondor\n  code GON\n"
      "verb attack [190]: attack\nverb say [010]: say; said\n");
  CodingOptions options_ = herodotus_coding_options();
  CoderContext ctx_{*index_, options_, English::builtin(), 20200101};
};

TEST_F(SpeechTest, Modality) {
  EXPECT_EQ(told({"Arnor", "attacked"}, {C::kNoun, C::kVerb}, 1), Modality::kFact);
  EXPECT_EQ(told({"Arnor", "did", "not", "attack"}, {C::kNoun, C::kAuxiliary, C::kNegation, C::kVerb},
                 3),
            Modality::kNotAnEvent);
  EXPECT_EQ(told({"Arnor", "will", "attack"}, {C::kNoun, C::kModal, C::kVerb}, 2),
            Modality::kIntended);
  EXPECT_EQ(told({"Arnor", "will", "not", "attack"}, {C::kNoun, C::kModal, C::kNegation, C::kVerb},
                 3),
            Modality::kRefused);
  EXPECT_EQ(told({"Arnor", "could", "attack"}, {C::kNoun, C::kModal, C::kVerb}, 2),
            Modality::kNotAnEvent);
  EXPECT_EQ(told({"Arnor", "plans", "to", "attack"}, {C::kNoun, C::kUnknown, C::kTo, C::kVerb}, 3),
            Modality::kIntended);
  EXPECT_EQ(told({"Arnor", "managed", "to", "attack"}, {C::kNoun, C::kOtherVerb, C::kTo, C::kVerb},
                 3),
            Modality::kFact);
  EXPECT_EQ(told({"Arnor", "was", "asked", "to", "attack"},
                 {C::kNoun, C::kAuxiliary, C::kOtherVerb, C::kTo, C::kVerb}, 4),
            Modality::kNotAnEvent);
  EXPECT_EQ(told({"if", "Arnor", "attacked"}, {C::kComplementizer, C::kNoun, C::kVerb}, 2),
            Modality::kNotAnEvent);
  // WOULD is the future after a statement verb, a condition elsewhere.
  EXPECT_EQ(told({"Arnor", "said", "it", "would", "attack"},
                 {C::kNoun, C::kVerb, C::kPronoun, C::kModal, C::kVerb}, 4),
            Modality::kIntended);
  EXPECT_EQ(told({"Arnor", "would", "attack"}, {C::kNoun, C::kModal, C::kVerb}, 2),
            Modality::kNotAnEvent);
  // A gerund after AGAINST or WITHOUT did not happen.
  EXPECT_EQ(told({"Arnor", "warned", "against", "attacking"},
                 {C::kNoun, C::kVerb, C::kPreposition, C::kVerb}, 3),
            Modality::kNotAnEvent);
  EXPECT_EQ(told({"Arnor", "left", "after", "attacking"},
                 {C::kNoun, C::kVerb, C::kPreposition, C::kVerb}, 3),
            Modality::kFact);
}

TEST_F(SpeechTest, AnnouncedAndRefusedActs) {
  EXPECT_EQ(announced_code("190", Modality::kIntended), "1384");
  EXPECT_EQ(announced_code("0612", Modality::kIntended), "0311");
  EXPECT_EQ(announced_code("040", Modality::kIntended), "036");
  EXPECT_EQ(announced_code("040", Modality::kRefused), "125");
  EXPECT_EQ(announced_code("112", Modality::kIntended), "112");  // a statement as it is
  EXPECT_EQ(announced_code("190", Modality::kRefused), "");      // "will not attack": nothing
  EXPECT_EQ(announced_code("190", Modality::kNotAnEvent), "");
}

TEST_F(SpeechTest, AStatementOfAnotherActorsAttackIsAnAccusation) {
  // Arnor said Gondor attacked .
  SentenceReading r = testing::hand_reading({"Arnor", "said", "Gondor", "attacked", "."},
                                            {C::kNoun, C::kVerb, C::kNoun, C::kVerb, C::kEnd});
  testing::add_hand_chunk(r, 0, 0, "ARN");
  testing::add_hand_chunk(r, 2, 2, "GON");
  order_elements(r);
  std::vector<CodedEvent> events = code_verbs(ctx_, r);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source + " " + events[0].target + " " + events[0].code, "ARN GON 112");
  EXPECT_NE(events[0].note.find("accusation"), std::string::npos);
}

}  // namespace
}  // namespace herodotus::code
