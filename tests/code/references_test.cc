// Pronouns and role nouns resolved against a story's memory built by hand (references.h).
#include "code/references.h"

#include <gtest/gtest.h>

#include "code/reading_util.h"
#include "herodotus/document.h"

namespace herodotus::code {
namespace {

using C = WordClass;

class ReferencesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Two actors met earlier: Lukashenko (mention 0, the last subject) and Belarus (mention 1).
    lukashenko_roles_ = {"PRESIDENT"};
    memory_.entries.push_back({{"BLR", dict::Gender::kUnknown, false, nullptr, 1, {}}, false, 0});
    memory_.entries.push_back(
        {{"BLRGOV", dict::Gender::kMale, true, &lukashenko_roles_, 0, {}}, true, 0});
    doc_.mutable_actor_mentions().resize(2);
  }

  // The reading's words as tokens of the Document, so that mentions get spans.
  void tokens_for(const SentenceReading& r) {
    auto& tokens = doc_.mutable_tokens();
    tokens.clear();
    for (const Word& w : r.words) tokens.push_back({w.span, TokenKind::kWord, 0});
  }

  std::shared_ptr<const CoderIndex> index_ = testing::hand_index("verb warn [130]: warn\n");
  CodingOptions options_ = herodotus_coding_options();
  CoderContext ctx_{*index_, options_, English::builtin(), 20200101};
  std::vector<std::string> lukashenko_roles_;
  StoryMemory memory_;
  Document doc_;
};

TEST_F(ReferencesTest, HeIsTheLatestMaleSubject) {
  SentenceReading r = testing::hand_reading({"he", "warned", "Ukraine"},
                                            {C::kPronoun, C::kVerb, C::kNoun});
  testing::add_hand_chunk(r, 0, 0);
  testing::add_hand_chunk(r, 2, 2, "UKR");
  tokens_for(r);
  std::vector<ChunkActor> actors(2);
  actors[0].reference = Reference::kPronoun;
  actors[1].who = {"UKR", dict::Gender::kUnknown, false, nullptr, -1, {}};
  resolve_references(ctx_, memory_, r, actors, doc_);
  EXPECT_EQ(r.chunks[0].code, "BLRGOV");
  ASSERT_EQ(doc_.actor_mentions().size(), 3u);
  const ActorMention& he = doc_.actor_mentions()[2];
  EXPECT_EQ(he.kind, MentionKind::kPronoun);
  EXPECT_EQ(he.refers_to, 0);
  EXPECT_EQ(r.chunks[0].actor, 2);
  // Remembered: the sentence's actors, then its subject again.
  remember(r, actors, memory_);
  ASSERT_EQ(memory_.entries.size(), 5u);
  EXPECT_EQ(memory_.entries.back().who.code, "BLRGOV");
  EXPECT_TRUE(memory_.entries.back().subject);
}

TEST_F(ReferencesTest, ItIsNoPersonAndTheRoleNounNamesOne) {
  SentenceReading r = testing::hand_reading({"it", "warned", "the", "president"},
                                            {C::kPronoun, C::kVerb, C::kDeterminer, C::kNoun});
  testing::add_hand_chunk(r, 0, 0);
  testing::add_hand_chunk(r, 2, 3);
  tokens_for(r);
  std::vector<ChunkActor> actors(2);
  actors[0].reference = Reference::kPronoun;
  actors[1].reference = Reference::kRoleNoun;
  resolve_references(ctx_, memory_, r, actors, doc_);
  EXPECT_EQ(r.chunks[0].code, "BLR");     // "it": a country, not the man
  EXPECT_EQ(r.chunks[1].code, "BLRGOV");  // "the president": the person with that role
  EXPECT_EQ(doc_.actor_mentions().back().kind, MentionKind::kRoleNoun);
}

TEST_F(ReferencesTest, ASetAsideReferenceWaitsForTheSpeakersTurn) {
  SentenceReading r = testing::hand_reading({"he", "said"}, {C::kPronoun, C::kVerb});
  testing::add_hand_chunk(r, 0, 0);
  r.words[0].set_aside = true;
  tokens_for(r);
  std::vector<ChunkActor> actors(1);
  actors[0].reference = Reference::kPronoun;
  resolve_references(ctx_, memory_, r, actors, doc_);
  EXPECT_EQ(r.chunks[0].code, "---");
  resolve_set_aside_references(ctx_, memory_, r, actors, doc_);
  EXPECT_EQ(r.chunks[0].code, "BLRGOV");
}

}  // namespace
}  // namespace herodotus::code
