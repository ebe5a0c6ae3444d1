// The PETRARCH coder's rules on a small dictionary written here, one behaviour per test.
#include "code/chunk_coder.h"

#include <gtest/gtest.h>

#include <sstream>

#include "dict/herodotus_reader.h"
#include "dict/petrarch_reader.h"
#include "scratch_dir.h"

namespace herodotus::code {
namespace {

class ChunkCoderTest : public ::testing::Test {
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
    coder_ = std::make_unique<ChunkCoder>(
        std::make_shared<const dict::CompiledDictionary>(std::move(loaded->dictionary)),
        PetrarchOptions());
  }

  // "SRC TGT CODE" for each event, or the outcome. Tokens are the words of `text` split at spaces.
  std::vector<std::string> code(const std::string& text, const PetrarchOptions* options = nullptr,
                                int32_t date = 20000101) {
    last_ = run(text, options, date);
    switch (last_.outcome) {
      case ChunkOutcome::kSentenceDiscard:
        return {"sentence discard"};
      case ChunkOutcome::kStoryDiscard:
        return {"story discard"};
      case ChunkOutcome::kDateline:
        return {"dateline"};
      case ChunkOutcome::kCoded:
        break;
    }
    std::vector<std::string> out;
    for (const ChunkEvent& e : last_.events)
      out.push_back(e.source + " " + e.target + " " + e.code);
    return out;
  }

  ChunkResult run(const std::string& text, const PetrarchOptions* options, int32_t date) {
    words_.clear();
    std::istringstream in(text);
    for (std::string w; in >> w;) words_.push_back(w);
    std::vector<std::string_view> tokens(words_.begin(), words_.end());
    return coder_->code_with(tokens, text, date, options != nullptr ? *options : coder_->options());
  }

  std::unique_ptr<ChunkCoder> coder_;
  std::vector<std::string> words_;
  ChunkResult last_;
};

using Events = std::vector<std::string>;

TEST_F(ChunkCoderTest, SourceVerbTarget) {
  EXPECT_EQ(code("Arnor attacked Gondor on Friday ."), (Events{"ARN GON 190"}));
  // The verb's tokens and the phrases' last words are reported for spans.
  ASSERT_EQ(last_.events.size(), 1u);
  EXPECT_EQ(last_.events[0].verb_token, 1);
  EXPECT_EQ(last_.events[0].source_token, 0);
  EXPECT_EQ(last_.events[0].target_token, 2);
}

TEST_F(ChunkCoderTest, PatternBeatsBlockCode) {
  EXPECT_EQ(code("Arnor attacked Gondor with rockets ."), (Events{"ARN GON 195"}));
}

TEST_F(ChunkCoderTest, NullBlockCodeNeedsAPattern) {
  EXPECT_EQ(code("Arnor will restore diplomatic ties with Gondor ."), (Events{"ARN GON 064"}));
  EXPECT_EQ(code("Arnor will restore ties with Gondor ."), Events{});
}

TEST_F(ChunkCoderTest, AgentsJoinTheActorOfTheirPhrase) {
  EXPECT_EQ(code("Gondor soldiers attacked the Arnor government ."), (Events{"GONMIL ARNGOV 190"}));
  EXPECT_EQ(code("Soldiers from Gondor attacked Arnor ."), (Events{"GONMIL ARN 190"}));
  EXPECT_EQ(code("Arnor 's government criticized Gondor ."), (Events{"ARNGOV GON 111"}));
}

TEST_F(ChunkCoderTest, CompoundsGiveOneEventPerPair) {
  EXPECT_EQ(code("Arnor and Rohan attacked Gondor and Osgiliath ."),
            (Events{"ARN GON 190", "ARN OSG 190", "ROH GON 190", "ROH OSG 190"}));
}

TEST_F(ChunkCoderTest, PairedCodesGoBothWays) {
  EXPECT_EQ(code("Arnor met Gondor in the capital ."), (Events{"ARN GON 040", "GON ARN 040"}));
}

TEST_F(ChunkCoderTest, DictionaryVerbAfterADeterminerIsANoun) {
  // "an attack" is no verb: the sentence's verb is CRITICIZED.
  EXPECT_EQ(code("Arnor criticized an attack by Gondor ."), (Events{"ARN GON 111"}));
}

TEST_F(ChunkCoderTest, PassiveVoiceSwapsSourceAndTarget) {
  EXPECT_EQ(code("Arnor was opposed by Gondor ."), (Events{"GON ARN 112"}));
}

TEST_F(ChunkCoderTest, CommaClausesAreRemoved) {
  // The appositive (4 words) goes; the reporting clause (3 words) goes at the end.
  EXPECT_EQ(code("Arnor , the state 's fiercest foe , criticized Gondor , officials said today ."),
            (Events{"ARN GON 111"}));
  PetrarchOptions off;
  off.comma_max = 0;
  off.comma_emax = 0;
  off.require_dyad = false;
  Events kept = code(
      "Arnor , the state 's fiercest foe , criticized Gondor , an official said on Friday .", &off);
  // Kept, the reporting clause is coded; the appositive's comma now cuts CRITICIZED off from
  // its subject (the words before a verb stop at a clause comma), so that verb has no source.
  EXPECT_EQ(kept, (Events{"---GOV --- 010"}));
}

TEST_F(ChunkCoderTest, RequireDyadDropsNullParticipants) {
  EXPECT_EQ(code("Crowds attacked Gondor ."), Events{});
  PetrarchOptions loose;
  loose.require_dyad = false;
  EXPECT_EQ(code("Crowds attacked Gondor .", &loose), (Events{"--- GON 190"}));
}

TEST_F(ChunkCoderTest, NewActorsStandForUncodedPhrases) {
  PetrarchOptions options;
  options.new_actor_length = 3;
  EXPECT_EQ(code("The Hobbit League attacked Gondor .", &options),
            (Events{"\"THE HOBBIT LEAGUE\" GON 190"}));
  EXPECT_EQ(code("The big old Hobbit League attacked Gondor .", &options), Events{});  // too long
}

TEST_F(ChunkCoderTest, DateRestrictedActors) {
  EXPECT_EQ(code("Sam Gamgee attacked Gondor .", nullptr, 20100105), (Events{"ORCHOB GON 190"}));
  EXPECT_EQ(code("Sam Gamgee attacked Gondor .", nullptr, 20100110), (Events{"HOB GON 190"}));
}

TEST_F(ChunkCoderTest, DiscardsAndDatelines) {
  EXPECT_EQ(code("Months later Arnor attacked Gondor ."), (Events{"sentence discard"}));
  EXPECT_EQ(code("Arnor football fans attacked Gondor ."), (Events{"story discard"}));
  EXPECT_EQ(code("MINAS TIRITH : Arnor and Rohan attacked Gondor ."), (Events{"dateline"}));
}

TEST_F(ChunkCoderTest, IssuesAreCountedUnlessExcluded) {
  code("Arnor criticized Gondor over the ceasefire and two ceasefires .");
  EXPECT_EQ(last_.issues, (std::vector<std::pair<std::string, uint32_t>>{{"PEACE", 2}}));
  code("Arnor criticized Gondor over the ceasefire talks .");
  EXPECT_TRUE(last_.issues.empty());
}

TEST_F(ChunkCoderTest, OptionsByName) {
  PetrarchOptions o;
  EXPECT_TRUE(apply_petrarch_option("require_dyad", "False", o).ok());
  EXPECT_FALSE(o.require_dyad);
  EXPECT_TRUE(apply_petrarch_option("comma_max", "6", o).ok());
  EXPECT_EQ(o.comma_max, 6);
  EXPECT_FALSE(apply_petrarch_option("comma_max", "six", o).ok());
  EXPECT_FALSE(apply_petrarch_option("no_such_option", "1", o).ok());
}

}  // namespace
}  // namespace herodotus::code

namespace herodotus::code {
namespace {

// The project's own dictionaries and settings: facts only, references, reported speech and
// quotations, names kept whole, clause-aware commas, people first. Sentences are coded in order
// as one story, sharing its memory.
class StoryCoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = dict::read_herodotus_sources(
        {{"test.txt",
          "actor country.ARN: Arnor\n  code ARN\n  adjective Arnorian\n  capital Annuminas\n"
          "actor country.GON: Gondor\n  code GON\n  adjective Gondorian\n"
          "actor country.ROH: Rohan\n  code ROH\n"
          "actor person.elessar: Aragorn Elessar; Elessar\n  code ARNGOV\n  gender male\n  role "
          "king; high king\n"
          "actor person.eowyn: Eowyn\n  code ROHOPP\n  gender female\n  role shieldmaiden\n"
          "actor org.doctors: Healers Without Borders\n  code NGOHLH\n"
          "agent military: army; soldier\n  code ~MIL\n"
          "agent minister: defence minister\n  code ~GOV\n"
          "verb attack [190]: attack\n"
          "verb say [010]: say; said\n"
          "verb tell [010]: tell; told\n"
          "verb urge [020]: urge\n"
          "verb warn [---]: warn\n  pattern warn.strikes: * + AGAINST STRIKES [1384]\n"
          "verb violate [---]: violate\n  pattern violate.ceasefire: * CEASEFIRE [196]\n"
          "  pattern violate.border: * BORDER [1384]\n  pattern violate.rights: * RIGHTS [181]\n"
          "verb feared [---]: feared=\n  pattern feared.dead: * DEAD [---]\n"
          "verb meet [040:040]: meet; met\n"}});
    ASSERT_TRUE(loaded.ok());
    ASSERT_TRUE(loaded->warnings.empty()) << loaded->warnings.front();
    coder_ = std::make_unique<ChunkCoder>(
        std::make_shared<const dict::CompiledDictionary>(std::move(loaded->dictionary)),
        herodotus_options());
  }

  // The events of one more sentence of the story, "SRC TGT CODE".
  // `quotes`: the sentence's quotations, as the quote stage would give them.
  std::vector<std::string> next(const std::string& text, SentenceQuotes* quotes = nullptr) {
    words_.emplace_back();
    std::istringstream in(text);
    for (std::string w; in >> w;) words_.back().push_back(w);
    std::vector<std::string_view> tokens(words_.back().begin(), words_.back().end());
    ChunkResult r = coder_->code(tokens, text, 20200101, false, &memory_, quotes);
    std::vector<std::string> out;
    for (const ChunkEvent& e : r.events) out.push_back(e.source + " " + e.target + " " + e.code);
    return out;
  }

  std::unique_ptr<ChunkCoder> coder_;
  StoryMemory memory_;
  std::vector<std::vector<std::string>> words_;
};

using Events = std::vector<std::string>;

TEST_F(StoryCoderTest, OnlyWhatHappenedIsCoded) {
  EXPECT_EQ(next("Arnor attacked Gondor ."), (Events{"ARN GON 190"}));
  EXPECT_EQ(next("Arnor did not attack Gondor ."), Events{});
  EXPECT_EQ(next("Arnor would attack Gondor ."), Events{});  // conditional
  EXPECT_EQ(next("Arnor might attack Gondor ."), Events{});
  EXPECT_EQ(next("Gondor asked Arnor to attack Rohan ."), Events{});  // not Arnor's act
  // An announced act is an intention or a threat, a refused one a rejection (CAMEO 03, 13, 12).
  EXPECT_EQ(next("Arnor plans to attack Gondor ."), (Events{"ARN GON 1384"}));
  EXPECT_EQ(next("Arnor will attack Gondor ."), (Events{"ARN GON 1384"}));
  EXPECT_EQ(next("Arnor will meet Gondor ."), (Events{"ARN GON 036", "GON ARN 036"}));
  EXPECT_EQ(next("Arnor will not meet Gondor ."), (Events{"ARN GON 125"}));  // only Arnor refuses
  EXPECT_EQ(next("If Arnor attacked Gondor , nobody would know ."), Events{});
  EXPECT_EQ(next("Arnor began to attack Gondor ."), (Events{"ARN GON 190"}));
}

TEST_F(StoryCoderTest, PassivesNameTheDoerOnlyWithBy) {
  EXPECT_EQ(next("Gondor was attacked by Arnor ."), (Events{"ARN GON 190"}));
  EXPECT_EQ(next("Arnorian soldiers were attacked in Gondor ."), Events{});  // nobody named
}

TEST_F(StoryCoderTest, PronounsAndRoleNounsFollowTheSubject) {
  EXPECT_EQ(next("Aragorn Elessar met Eowyn in Gondor ."),
            (Events{"ARNGOV ROHOPP 040", "ROHOPP ARNGOV 040"}));
  EXPECT_EQ(next("He attacked Gondor ."), (Events{"ARNGOV GON 190"}));
  EXPECT_EQ(next("She urged Arnorian soldiers to leave ."), (Events{"ROHOPP ARNMIL 020"}));
  EXPECT_EQ(next("The king attacked Rohan ."), (Events{"ARNGOV ROH 190"}));
  // "his defence minister": his country with the agent's sector.
  EXPECT_EQ(next("Elessar told his defence minister about it ."), Events{});  // same code: no event
  EXPECT_EQ(next("Eowyn told his defence minister about it ."), (Events{"ROHOPP ARNGOV 010"}));
}

TEST_F(StoryCoderTest, ReportedHostileActsAreAccusationsOrThreats) {
  // Another actor's act: the speaker's accusation, never the act.
  EXPECT_EQ(next("Arnor said Gondor was planning strikes on Rohan ."), (Events{"ARN GON 112"}));
  EXPECT_EQ(next("Elessar told reporters that he had been told that Gondor attacked Rohan ."),
            (Events{"ARNGOV GON 112"}));
  // The speaker's own act, not done: a threat.
  EXPECT_EQ(next("Arnor warned Gondor against strikes on Annuminas ."), (Events{"ARN GON 1384"}));
  // A noun of force counts as what is reported only as a verb's object, not in a phrase after
  // a preposition ("after the war").
  EXPECT_EQ(next("Arnor said its trade recovered after the war in Gondor ."), Events{});
  // A plain statement is an event only toward its addressee.
  EXPECT_EQ(next("Arnor said Gondor would come ."), Events{});
  EXPECT_EQ(next("Elessar told Eowyn that the weather was fine ."), (Events{"ARNGOV ROHOPP 010"}));
}

TEST_F(StoryCoderTest, QuotationsBelongToTheirSpeaker) {
  // 'Eowyn said : " Gondor is a friend .': the speaker's mention is token 0, the quotation
  // tokens 4 to 8; the coder resolves the mention.
  SentenceQuotes opening;
  opening.mentions.push_back({0, 1, {}, {}});
  opening.quotations.push_back({4, 8, {}, 0});
  EXPECT_EQ(next("Eowyn said : \" Gondor is a friend .", &opening), Events{});
  EXPECT_EQ(opening.mentions[0].code, "ROHOPP");
  EXPECT_EQ(opening.mentions[0].name, "Eowyn");
  // Still inside her quotation: another actor's hostile act is her accusation; "I" is her.
  SentenceQuotes going_on;
  going_on.quotations.push_back({0, 5, "ROHOPP", -1});
  EXPECT_EQ(next("Elessar violates our rights .", &going_on), (Events{"ROHOPP ARNGOV 112"}));
  going_on.quotations[0].end = 8;
  EXPECT_EQ(next("I urge the Gondorian army to stay . \"", &going_on),
            (Events{"ROHOPP GONMIL 020"}));
  // The quotation is closed: back to plain coding.
  EXPECT_EQ(next("Arnor attacked Gondor ."), (Events{"ARN GON 190"}));
  // '" ... , " she said': the pronoun in the clause set aside still names the speaker.
  SentenceQuotes after;
  after.mentions.push_back({6, 7, {}, {}});
  after.quotations.push_back({1, 5, {}, 0});
  next("\" Arnor attacked us , \" she said .", &after);
  EXPECT_EQ(after.mentions[0].code, "ROHOPP");
}

TEST_F(StoryCoderTest, ListsWhoseFirstMemberEndsInAPossessive) {
  // Once a crash: the first conjunct's modifiers are carried to the bare nouns after it, and a
  // conjunct ending in a possessive marker has none.
  EXPECT_EQ(next("Four casinos - Bally 's , Caesars , Harrah 's and Trump Taj Mahal - reported "
                 "declines ."),
            Events{});
}

TEST_F(StoryCoderTest, NamesStayWholeAndPeopleComeFirst) {
  EXPECT_EQ(next("Healers Without Borders urged Arnor to stop ."), (Events{"NGOHLH ARN 020"}));
  EXPECT_EQ(next("Arnorian king Aragorn Elessar attacked Gondor ."), (Events{"ARNGOV GON 190"}));
}

TEST_F(StoryCoderTest, ClausesAreReadAsAParserWould) {
  // A relative clause goes whatever its length; the sentence's own verb after it stays.
  EXPECT_EQ(next("Elessar , who met the old and tired leaders of Rohan last week in the north , "
                 "attacked Gondor ."),
            (Events{"ARNGOV GON 190"}));
  // A null pattern means no event.
  EXPECT_EQ(next("Gondor soldiers were feared dead ."), Events{});
}

}  // namespace
}  // namespace herodotus::code
