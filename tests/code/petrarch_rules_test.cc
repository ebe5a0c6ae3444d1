// The noun-phrase engine with PETRARCH's settings, on a small PETRARCH dictionary written here:
// one rule per test, each sentence coded through the whole pipeline.
#include <gtest/gtest.h>

#include "code/engine_util.h"
#include "dict/petrarch_reader.h"
#include "scratch_dir.h"

namespace herodotus::code {
namespace {

using Events = std::vector<std::string>;

class PetrarchRulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::ScratchDir dir;
    auto loaded = dict::read_petrarch_files(
        dir.write("t.verbs.txt",
                  "--- ATTACK [190] ---\nATTACK\n- * WITH ROCKETS [195]\n\n"
                  "--- MEET [040:040] ---\nMEET {MEETS MET MEETING}\n\n"
                  "--- CRITICIZE [111] ---\nCRITICIZE\n\n"
                  "--- OPPOSE [112] ---\nOPPOSE\n\n"
                  "--- SAY [010] ---\nSAID\n\n"
                  "--- RESTORE [---] ---\nRESTORE\n- * DIPLOMATIC [064]\n"),
        {dir.write("t.actors.txt",
                   "ARNOR [ARN]\nGONDOR [GON]\nOSGILIATH [OSG]\nROHAN [ROH]\n"
                   "SAM_GAMGEE\n[ORCHOB 20100101-20100109]\n[HOB]\n")},
        dir.write("t.agents.txt", "SOLDIER [~MIL]\nGOVERNMENT [~GOV]\nOFFICIAL [~GOV]\n"),
        dir.write("t.discards.txt", "MONTHS LATER\n+FOOTBALL\n"),
        dir.write("t.Issues.txt", "n:ceasefire [PEACE]\n~ceasefire talks\n"));
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    ASSERT_TRUE(loaded->warnings.empty()) << loaded->warnings.front();
    engine_ = testing::phrase_engine(std::move(loaded).value(), petrarch_coding_options());
  }

  Events code(const std::string& text, const CodingOptions* options = nullptr,
              std::string date = "2000-01-01") {
    auto engine = options != nullptr ? engine_->with_options(*options) : engine_;
    doc_ = testing::code_text(engine, text, std::move(date));
    return testing::event_lines(doc_);
  }

  SentenceSkip skip() const { return doc_.sentences().at(0).skip; }

  CodingOptions options() const { return engine_->options(); }

  std::shared_ptr<const EventEngine> engine_;
  Document doc_;
};

TEST_F(PetrarchRulesTest, SourceVerbTarget) {
  EXPECT_EQ(code("Arnor attacked Gondor on Friday."), (Events{"ARN GON 190"}));
  // The verb's words and the phrases' last words are the events' spans.
  ASSERT_EQ(doc_.events().size(), 1u);
  EXPECT_EQ(doc_.text_of(doc_.events()[0].verb), "attacked");
  EXPECT_EQ(doc_.text_of(doc_.events()[0].source.span), "Arnor");
  EXPECT_EQ(doc_.text_of(doc_.events()[0].target.span), "Gondor");
}

TEST_F(PetrarchRulesTest, PatternBeatsBlockCode) {
  EXPECT_EQ(code("Arnor attacked Gondor with rockets."), (Events{"ARN GON 195"}));
  EXPECT_EQ(doc_.events()[0].rule, "ATTACK: - * WITH ROCKETS [195]");
}

TEST_F(PetrarchRulesTest, NullBlockCodeNeedsAPattern) {
  EXPECT_EQ(code("Arnor will restore diplomatic ties with Gondor."), (Events{"ARN GON 064"}));
  EXPECT_EQ(code("Arnor will restore ties with Gondor."), Events{});
}

TEST_F(PetrarchRulesTest, AgentsJoinTheActorOfTheirPhrase) {
  EXPECT_EQ(code("Gondor soldiers attacked the Arnor government."), (Events{"GONMIL ARNGOV 190"}));
  EXPECT_EQ(code("Soldiers from Gondor attacked Arnor."), (Events{"GONMIL ARN 190"}));
  EXPECT_EQ(code("Arnor's government criticized Gondor."), (Events{"ARNGOV GON 111"}));
}

TEST_F(PetrarchRulesTest, ListsGiveOneEventPerPair) {
  EXPECT_EQ(code("Arnor and Rohan attacked Gondor and Osgiliath."),
            (Events{"ARN GON 190", "ARN OSG 190", "ROH GON 190", "ROH OSG 190"}));
}

TEST_F(PetrarchRulesTest, PairedCodesGoBothWays) {
  EXPECT_EQ(code("Arnor met Gondor in the capital."), (Events{"ARN GON 040", "GON ARN 040"}));
}

TEST_F(PetrarchRulesTest, DictionaryVerbAfterADeterminerIsANoun) {
  // "an attack" is no verb: the sentence's verb is CRITICIZED.
  EXPECT_EQ(code("Arnor criticized an attack by Gondor."), (Events{"ARN GON 111"}));
}

TEST_F(PetrarchRulesTest, PassiveVoiceSwapsSourceAndTarget) {
  EXPECT_EQ(code("Arnor was opposed by Gondor."), (Events{"GON ARN 112"}));
}

TEST_F(PetrarchRulesTest, CommaClausesAreSetAside) {
  // The appositive (4 words) goes; the reporting clause (3 words) goes at the end.
  EXPECT_EQ(code("Arnor, the state's fiercest foe, criticized Gondor, officials said today."),
            (Events{"ARN GON 111"}));
  CodingOptions off = options();
  off.commas.max = 0;
  off.commas.end_max = 0;
  off.require_dyad = false;
  // Kept, the reporting clause is coded; the appositive's comma now cuts CRITICIZED off from
  // its subject (the words before a verb stop at a clause comma), so that verb has no source.
  EXPECT_EQ(
      code("Arnor, the state's fiercest foe, criticized Gondor, an official said on Friday.", &off),
      (Events{"---GOV --- 010"}));
}

TEST_F(PetrarchRulesTest, RequireDyadDropsNullParticipants) {
  EXPECT_EQ(code("Crowds attacked Gondor."), Events{});
  CodingOptions loose = options();
  loose.require_dyad = false;
  EXPECT_EQ(code("Crowds attacked Gondor.", &loose), (Events{"--- GON 190"}));
}

TEST_F(PetrarchRulesTest, NewActorsStandForUncodedPhrases) {
  CodingOptions loose = options();
  loose.new_actor_length = 3;
  EXPECT_EQ(code("The Hobbit League attacked Gondor.", &loose),
            (Events{"\"THE HOBBIT LEAGUE\" GON 190"}));
  EXPECT_EQ(code("The big old Hobbit League attacked Gondor.", &loose), Events{});  // too long
}

TEST_F(PetrarchRulesTest, DateRestrictedActors) {
  EXPECT_EQ(code("Sam Gamgee attacked Gondor.", nullptr, "2010-01-05"), (Events{"ORCHOB GON 190"}));
  EXPECT_EQ(code("Sam Gamgee attacked Gondor.", nullptr, "2010-01-10"), (Events{"HOB GON 190"}));
}

TEST_F(PetrarchRulesTest, DiscardsAndDatelines) {
  EXPECT_EQ(code("Months later Arnor attacked Gondor."), Events{});
  EXPECT_EQ(skip(), SentenceSkip::kDiscarded);
  // A story-level discard drops the whole story, sentences before it included.
  EXPECT_EQ(code("Rohan attacked Gondor. Arnor football fans attacked Gondor."), Events{});
  EXPECT_EQ(doc_.sentences().at(1).skip, SentenceSkip::kStoryDiscarded);
  EXPECT_EQ(code("MINAS TIRITH: Arnor and Rohan attacked Gondor."), Events{});
  EXPECT_EQ(skip(), SentenceSkip::kDateline);
}

TEST_F(PetrarchRulesTest, RepeatedSentencesAreCodedOnce) {
  EXPECT_EQ(code("Arnor attacked Gondor. Rohan criticized Gondor. Arnor attacked Gondor."),
            (Events{"ARN GON 190", "ROH GON 111"}));
  EXPECT_EQ(doc_.sentences().at(2).skip, SentenceSkip::kRepeated);
}

TEST_F(PetrarchRulesTest, IssuesAreCountedUnlessExcluded) {
  code("Arnor criticized Gondor over the ceasefire and two ceasefires.");
  ASSERT_EQ(doc_.events().size(), 1u);
  EXPECT_EQ(doc_.events()[0].issues, (std::vector<std::pair<std::string, uint32_t>>{{"PEACE", 2}}));
  code("Arnor criticized Gondor over the ceasefire talks.");
  ASSERT_EQ(doc_.events().size(), 1u);
  EXPECT_TRUE(doc_.events()[0].issues.empty());
}

}  // namespace
}  // namespace herodotus::code
