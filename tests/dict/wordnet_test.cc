#include "lex/wordnet.h"

#include <gtest/gtest.h>

namespace herodotus::lex {
namespace {

const WordNet& wn() {
  return WordNet::builtin();
}

TEST(WordNetTest, HoldsWordNetsNounsAndVerbsAndBrillsWords) {
  // WordNet 3.0 has 117,798 noun and 11,529 verb lemmas, many both; Brill's lexicon adds the
  // inflected and closed-class forms WordNet lacks.
  EXPECT_GT(wn().size(), 150000u);
  EXPECT_LT(wn().size(), 200000u);
}

TEST(WordNetTest, BrillsLexiconGivesTagsMostFrequentFirst) {
  WordTags attacks = wn().tags("attacks");
  EXPECT_TRUE(attacks.first_is_noun());  // NNS before VBZ
  EXPECT_TRUE(attacks.can_be_verb());
  EXPECT_TRUE(attacks.has(format::kTagThird));
  EXPECT_TRUE(wn().tags("lifts").first_is_verb());  // VBZ before NNS
  EXPECT_TRUE(wn().tags("rejected").first_is_verb());
  EXPECT_EQ(wn().tags("terrorist").first, format::kTagAdjective);
  EXPECT_FALSE(wn().tags("agreement").can_be_verb());
  EXPECT_EQ(wn().tags("the").first, format::kTagOther);
  // Forms as they are: no detachment, and capitalised keys (names) are left out.
  EXPECT_FALSE(wn().tags("attackses").known());
  EXPECT_FALSE(wn().tags("xyzzy").known());
}

TEST(WordNetTest, MostFrequentNounSenseGivesItsKind) {
  EXPECT_EQ(wn().noun("tale").noun_first, kNounCommunication);
  EXPECT_EQ(wn().noun("government").noun_first, kNounGroup);
  EXPECT_EQ(wn().noun("minister").noun_first, kNounPerson);
  EXPECT_EQ(wn().noun("raid").noun_first, kNounAct);
  // Less frequent senses are kept as a set: a talent is also a talented person.
  EXPECT_TRUE(wn().noun("talent").in(kNounPerson));
  EXPECT_FALSE(wn().noun("talent").noun_first == kNounPerson);
}

TEST(WordNetTest, PluralsAndIrregularFormsFindTheirLemma) {
  EXPECT_EQ(wn().noun("ministries").noun_first, wn().noun("ministry").noun_first);
  EXPECT_EQ(wn().noun("churches").noun_first, wn().noun("church").noun_first);
  EXPECT_EQ(wn().noun("women").noun_first, kNounPerson);
  EXPECT_EQ(wn().noun("children").noun_first, kNounPerson);
  EXPECT_TRUE(wn().verb("fought").in(kVerbCompetition));
  EXPECT_TRUE(wn().verb("raided").verb());
  EXPECT_TRUE(wn().verb("negotiating").in(kVerbCommunication));
}

TEST(WordNetTest, MultiWordLemmasUseSpaces) {
  EXPECT_TRUE(wn().noun("united nations").noun());
  EXPECT_TRUE(wn().noun("security council").noun());
}

TEST(WordNetTest, UnknownWordsHaveNoSenses) {
  EXPECT_FALSE(wn().noun("rabbitohs").noun());
  EXPECT_FALSE(wn().verb("tale").verb());
  EXPECT_FALSE(wn().noun("").noun());
}

TEST(WordNetTest, WhatCanAct) {
  EXPECT_TRUE(can_act(wn().noun("rebels")));
  EXPECT_TRUE(can_act(wn().noun("ministry")));
  EXPECT_TRUE(can_act(wn().noun("village")));    // a place: its people
  EXPECT_TRUE(can_act(wn().noun("rabbitohs")));  // unknown: the benefit of the doubt
  EXPECT_FALSE(can_act(wn().noun("tale")));
  EXPECT_FALSE(can_act(wn().noun("talks")));
  EXPECT_FALSE(can_act(wn().noun("raid")));
  EXPECT_FALSE(can_act(wn().noun("campaign")));  // noun.event
  EXPECT_FALSE(can_act(wn().noun("report")));
  // A common sense that is a person or group is enough; a rare one is not.
  EXPECT_TRUE(can_act(wn().noun("command")));
  EXPECT_TRUE(can_act(wn().noun("talent")));
  // Weapons and craft act for whoever wields them.
  EXPECT_TRUE(can_act(wn().noun("warplanes")));
  EXPECT_TRUE(can_act(wn().noun("missiles")));
  EXPECT_TRUE(can_act(wn().noun("helicopters")));
  EXPECT_TRUE(can_act(wn().noun("tanks")));
  EXPECT_TRUE(wn().noun("artillery").flags & format::kInstrumentOfForce);
  EXPECT_FALSE(wn().noun("painting").flags & format::kInstrumentOfForce);
  // WordNet's top-level nouns act only when some sense is a person or group.
  EXPECT_FALSE(can_act(wn().noun("abstraction")));
  EXPECT_TRUE(can_act(wn().noun("people")));
}

}  // namespace
}  // namespace herodotus::lex
