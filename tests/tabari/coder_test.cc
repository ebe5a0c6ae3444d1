// TABARI's coder on a small dictionary written here, one behaviour per test.
#include "tabari/coder.h"

#include <gtest/gtest.h>

#include "dict/tabari_reader.h"
#include "scratch_dir.h"

namespace herodotus::tabari {
namespace {

class CoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::ScratchDir dir;
    dict::LoadedDictionaries loaded;
    ASSERT_TRUE(
        dict::read_tabari_actors(dir.write("t.actors",
                                           "<ADJECTIVE>\nEVIL\n</ADJECTIVE>\n"
                                           "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nMORDOR [ORC]\n"
                                           "SAURON [ORC <950101] [ORCGOV]\nNASGUL [###]\n"),
                                 loaded)
            .ok());
    ASSERT_TRUE(dict::read_tabari_agents(
                    dir.write("t.agents", "POLICE_ [~COP]\nPRESIDENT_ [~GOVPRS]\n"), loaded)
                    .ok());
    ASSERT_TRUE(
        dict::read_tabari_verbs(dir.write("t.verbs",
                                          "ATTACK [190]\n- * WITH ROCKETS [195]\n"
                                          "MEET [040:040]\nSAID [010?]\nURGE [102]\n"
                                          "ACCUSE [112]\n- REFUSED TO * [---]\nBLAST [+++]\n"),
                                loaded)
            .ok());
    ASSERT_TRUE(loaded.warnings.empty()) << loaded.warnings.front();
    dict::finish_dictionary(loaded.dictionary);
    options_.minimum_words = 3;
    coder_ = std::make_unique<Coder>(
        std::make_shared<const dict::CompiledDictionary>(std::move(loaded.dictionary)), options_);
  }

  // "SRC TGT CODE" for each event, or the outcome.
  std::vector<std::string> code(std::string_view text, int32_t date = 20000101) {
    SentenceResult r = coder_->code(text, date, scratch_.get());
    if (r.skip == SentenceSkip::kDiscarded) return {"###"};
    if (r.skip == SentenceSkip::kComplex) return {"+++"};
    std::vector<std::string> out;
    for (const code::CodedEvent& e : r.events) out.push_back(e.source + " " + e.target + " " + e.code);
    return out;
  }

  CodingOptions options_;
  std::unique_ptr<Coder> coder_;
  ScratchHolder scratch_;
};

using Events = std::vector<std::string>;

TEST_F(CoderTest, SourceVerbTarget) {
  EXPECT_EQ(code("Arnor attacked Gondor on Friday"), (Events{"ARN GON 190"}));
}

TEST_F(CoderTest, PatternBeatsRootCode) {
  EXPECT_EQ(code("Arnor attacked Gondor with rockets"), (Events{"ARN GON 195"}));
}

TEST_F(CoderTest, PassiveVoiceSwapsSourceAndTarget) {
  EXPECT_EQ(code("Gondor was attacked by Arnor"), (Events{"ARN GON 190"}));
}

TEST_F(CoderTest, CompoundTargetGivesOneEventPerActor) {
  EXPECT_EQ(code("Arnor attacked Gondor and Rohan"), (Events{"ARN GON 190", "ARN ROH 190"}));
}

TEST_F(CoderTest, CompoundSourceWithAdjective) {
  EXPECT_EQ(code("Arnor and evil Mordor attacked Gondor"), (Events{"ARN GON 190", "ORC GON 190"}));
}

TEST_F(CoderTest, PairedCodesGiveTheReverseEvent) {
  EXPECT_EQ(code("Arnor will meet Gondor in Minas"), (Events{"ARN GON 040", "GON ARN 040"}));
}

TEST_F(CoderTest, AgentsJoinTheActorCode) {
  EXPECT_EQ(code("Arnor police attacked the Gondor president"), (Events{"ARNCOP GONGOVPRS 190"}));
}

TEST_F(CoderTest, SubordinateCodeOnlyWhenNothingElse) {
  EXPECT_EQ(code("Arnor said it urged Gondor"), (Events{"ARN GON 102"}));
  EXPECT_EQ(code("Arnor said Gondor was tired"), (Events{"ARN GON 010"}));
}

TEST_F(CoderTest, PronounRefersToTheFirstActor) {
  EXPECT_EQ(code("Gondor urged Rohan and then it accused Arnor"),
            (Events{"GON ROH 102", "GON ARN 112"}));
}

TEST_F(CoderTest, NullPatternCodesNothing) {
  EXPECT_EQ(code("Arnor refused to accuse Gondor"), (Events{}));
}

TEST_F(CoderTest, DeterminerMakesAVerbANoun) {
  EXPECT_EQ(code("Arnor denounced an attack on Gondor"), (Events{}));
}

TEST_F(CoderTest, DateRestrictedActor) {
  EXPECT_EQ(code("Sauron attacked Gondor at dawn", 19940101), (Events{"ORC GON 190"}));
  EXPECT_EQ(code("Sauron attacked Gondor at dawn", 19960101), (Events{"ORCGOV GON 190"}));
}

TEST_F(CoderTest, DiscardAndComplexCodes) {
  EXPECT_EQ(code("The Nasgul attacked Gondor"), (Events{"###"}));
  EXPECT_EQ(code("Arnor blasted Gondor again"), (Events{"+++"}));
}

TEST_F(CoderTest, CommaClauseIsDropped) {
  // "Rohan's old friend" (3 words) is a nonrestrictive clause: Gondor stays the target.
  EXPECT_EQ(code("Arnor attacked Gondor, Rohan's old friend, on Friday"), (Events{"ARN GON 190"}));
}

TEST_F(CoderTest, TooShortSentencesAreNotCoded) {
  SentenceResult r = coder_->code("Arnor attacked", 20000101, scratch_.get());
  EXPECT_EQ(r.skip, SentenceSkip::kTooShort);
}

}  // namespace
}  // namespace herodotus::tabari
