// Noun phrases and lists from classified words built by hand (chunks.h).
#include "code/chunks.h"

#include <gtest/gtest.h>

#include "code/reading_util.h"

namespace herodotus::code {
namespace {

using C = WordClass;

class ChunksTest : public ::testing::Test {
 protected:
  // Each phrase's words, joined by spaces, in order.
  std::vector<std::string> phrases(const std::vector<std::string>& words,
                                   const std::vector<WordClass>& classes) {
    r_ = testing::hand_reading(words, classes);
    build_chunks(ctx_, r_);
    std::vector<std::string> out;
    for (const Chunk& c : r_.chunks) {
      std::string text;
      for (int w : c.words) text += (text.empty() ? "" : " ") + words[static_cast<size_t>(w)];
      out.push_back(text);
    }
    return out;
  }

  std::shared_ptr<const CoderIndex> index_ = testing::hand_index("verb attack [190]: attack\n");
  CodingOptions options_ = herodotus_coding_options();
  CoderContext ctx_{*index_, options_, English::builtin(), 20200101};
  SentenceReading r_;
};

TEST_F(ChunksTest, ListsJoinedByCommasAndAConjunction) {
  EXPECT_EQ(phrases({"Arnor", ",", "Rohan", "and", "Gondor", "attacked", "Osgiliath"},
                    {C::kNoun, C::kComma, C::kNoun, C::kConjunction, C::kNoun, C::kVerb, C::kNoun}),
            (std::vector<std::string>{"Arnor", "Rohan", "Gondor", "Osgiliath"}));
  ASSERT_EQ(r_.compounds.size(), 1u);
  EXPECT_EQ(r_.compounds[0].chunks, (std::vector<int>{0, 1, 2}));
  // Elements in order: the list, the verb, the last phrase.
  ASSERT_EQ(r_.elements.size(), 3u);
  EXPECT_EQ(r_.elements[0].kind, Element::kCompound);
  EXPECT_EQ(r_.elements[1].kind, Element::kToken);
  EXPECT_EQ(r_.words[5].element, -1);
  EXPECT_EQ(r_.words[6].element, 2);
}

TEST_F(ChunksTest, OfInFromJoinTwoPhrases) {
  EXPECT_EQ(phrases({"the", "mayor", "of", "Nablus", "attacked"},
                    {C::kDeterminer, C::kNoun, C::kPreposition, C::kNoun, C::kVerb}),
            (std::vector<std::string>{"the mayor of Nablus"}));
}

TEST_F(ChunksTest, APhraseAfterBareNounsBelongsToEach) {
  EXPECT_EQ(phrases({"lawmakers", "and", "officials", "in", "Fornost"},
                    {C::kNoun, C::kConjunction, C::kNoun, C::kPreposition, C::kNoun}),
            (std::vector<std::string>{"lawmakers in Fornost", "officials in Fornost"}));
}

TEST_F(ChunksTest, TheFirstConjunctsModifiersCarryToABareNoun) {
  EXPECT_EQ(phrases({"Danish", "media", "and", "government"},
                    {C::kAdjective, C::kNoun, C::kConjunction, C::kNoun}),
            (std::vector<std::string>{"Danish media", "Danish government"}));
}

TEST_F(ChunksTest, APhraseOfTimeAttachesToTheVerb) {
  // "the Ministry of Magic on Wednesday": the name stays one phrase, the time apart.
  EXPECT_EQ(phrases({"the", "Ministry", "of", "Magic", "on", "Wednesday"},
                    {C::kDeterminer, C::kNoun, C::kPreposition, C::kNoun, C::kPreposition,
                     C::kNoun}),
            (std::vector<std::string>{"the Ministry of Magic", "Wednesday"}));
}

}  // namespace
}  // namespace herodotus::code
