// The noun-phrase engine with the project's settings (facts only, references, reported speech and
// quotations, whole names, clause-aware commas, people first) on a small dictionary in the
// project's format: stories coded through the whole pipeline, one rule per test.
#include <gtest/gtest.h>

#include "code/engine_util.h"
#include "code/political.h"
#include "dict/herodotus_reader.h"

namespace herodotus::code {
namespace {

using Events = std::vector<std::string>;

class ProjectRulesTest : public ::testing::Test {
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
          "actor org.mission: Peacekeeping Mission\n  code IGOPKO\n"
          "actor person.hurin.faramir: Faramir Hurin\n  code GONGOV\n  gender male\n"
          "actor person.hurin.beren: Beren Hurin\n  code ROHGOV\n  gender male\n"
          "actor person.denethor: Denethor\n  code GONGOV 2000..2010\n  gender male\n"
          "agent military: army; soldier\n  code ~MIL\n"
          "agent minister: defence minister\n  code ~GOV\n"
          "agent spokesman: spokesman\n  code ~GOV\n"
          "verb attack [190]: attack\n"
          "verb say [010]: say; said\n"
          "verb tell [010]: tell; told\n"
          "verb claim [010]: claim\n"
          "verb urge [020]: urge\n"
          "verb warn [---]: warn\n  pattern warn.strikes: * + AGAINST STRIKES [1384]\n"
          "verb violate [---]: violate\n  pattern violate.ceasefire: * CEASEFIRE [196]\n"
          "  pattern violate.border: * BORDER [1384]\n  pattern violate.rights: * RIGHTS [181]\n"
          "verb feared [---]: feared=\n  pattern feared.dead: * DEAD [---]\n"
          "verb meet [040:040]: meet; met\n"
          "verb clash [190:190]: clash\n"
          "verb visit [042:043]: visit\n"
          "verb donate [070]: donate\n"
          "verb offer [033]: offer\n"
          "verb receive [043]: receive\n"
          "verb impose [---]: impose\n  pattern impose.curfew: * CURFEW [1723]\n"
          "verb release [0841]: release\n"
          "verb decline_comment [011]: declined to comment\n"
          "verb resign [0831]: resign\n"
          "verb demonstrate [1411]: demonstrate\n"
          "verb kill [1823]: kill\n"
          "verb express [---]: express\n  pattern express.concern: * CONCERN [012]\n"
          "verb allow [---]: allow\n  pattern allow.inspectors: * INSPECTORS [0862]\n"
          "verb withdraw [---]: withdraw; withdrew\n  pattern withdraw.troops: * SOLDIERS [1661]\n"
          "verb shoot [---]: shoot; shot\n  pattern shoot.soldiers: * SOLDIERS [1822]\n"}});
    ASSERT_TRUE(loaded.ok());
    ASSERT_TRUE(loaded->warnings.empty()) << loaded->warnings.front();
    engine_ = testing::phrase_engine(std::move(loaded).value(), herodotus_coding_options());
  }

  // The events of each sentence of `text`, coded as one story.
  std::vector<Events> story(const std::string& text) {
    doc_ = testing::code_text(engine_, text, "2020-01-01");
    std::vector<Events> out;
    for (size_t s = 0; s < doc_.sentences().size(); ++s)
      out.push_back(testing::event_lines(doc_, static_cast<int>(s)));
    return out;
  }
  Events code(const std::string& sentence) { return story(sentence).at(0); }

  std::shared_ptr<const EventEngine> engine_;
  Document doc_;
};

TEST_F(ProjectRulesTest, OnlyWhatHappenedIsCoded) {
  EXPECT_EQ(code("Arnor attacked Gondor."), (Events{"ARN GON 190"}));
  EXPECT_EQ(code("Arnor did not attack Gondor."), Events{});
  // A subject that names no one negates its verb.
  EXPECT_EQ(code("No Arnorian soldier attacked Gondor."), Events{});
  EXPECT_EQ(code("Arnorian soldiers attacked Gondor."), (Events{"ARNMIL GON 190"}));
  EXPECT_EQ(code("Arnor would attack Gondor."), Events{});  // conditional
  EXPECT_EQ(code("Arnor might attack Gondor."), Events{});
  EXPECT_EQ(code("Gondor asked Arnor to attack Rohan."), Events{});  // not Arnor's act
  // An announced act is an intention or a threat, a refused one a rejection (CAMEO 03, 13, 12).
  EXPECT_EQ(code("Arnor plans to attack Gondor."), (Events{"ARN GON 1384"}));
  EXPECT_EQ(code("Arnor is willing to attack Gondor."), (Events{"ARN GON 1384"}));
  EXPECT_EQ(code("Arnor will attack Gondor."), (Events{"ARN GON 1384"}));
  EXPECT_EQ(code("Arnor will meet Gondor."), (Events{"ARN GON 036", "GON ARN 036"}));
  EXPECT_EQ(code("Arnor will not meet Gondor."), (Events{"ARN GON 125"}));  // only Arnor refuses
  EXPECT_EQ(code("Arnor is not willing to meet Gondor."), (Events{"ARN GON 125"}));
  EXPECT_EQ(code("Arnor refused to meet Gondor."), (Events{"ARN GON 125"}));
  EXPECT_EQ(code("Arnor is unwilling to meet Gondor."), (Events{"ARN GON 125"}));
  EXPECT_EQ(code("If Arnor attacked Gondor, nobody would know."), Events{});
  EXPECT_EQ(code("Arnor began to attack Gondor."), (Events{"ARN GON 190"}));
  // The second of two verbs joined by AND, in its plain form, is told as the first; a past
  // form is an act of its own.
  EXPECT_EQ(code("Gondor asked Arnor to meet Rohan and attack Eowyn."), Events{});
  EXPECT_EQ(code("Arnor plans to meet Rohan and attack Gondor."),
            (Events{"ARN ROH 036", "ROH ARN 036", "ARN GON 1384"}));
  EXPECT_EQ(code("Gondor asked Arnor to meet Rohan and attacked Eowyn."),
            (Events{"GON ROHOPP 190"}));
  // A gerund after FOR tells a reason or a purpose, not an act.
  EXPECT_EQ(code("Rohan is known for attacking Gondor."), Events{});
}

TEST_F(ProjectRulesTest, PassivesNameTheDoerOnlyWithBy) {
  EXPECT_EQ(code("Gondor was attacked by Arnor."), (Events{"ARN GON 190"}));
  // Nobody named as doing it: the event stands with its source unknown.
  EXPECT_EQ(code("Arnorian soldiers were attacked in Gondor."), (Events{"--- ARNMIL 190"}));
  EXPECT_EQ(code("The old bridge was attacked."), Events{});  // nobody on either side
}

TEST_F(ProjectRulesTest, AnEventWithOneSideUnknownStands) {
  EXPECT_EQ(code("Arnor attacked the old bridge."), (Events{"ARN --- 190"}));
  EXPECT_EQ(code("Somebody attacked Gondor."), (Events{"--- GON 190"}));
  // The known side must have a country or an organisation, not only a kind of actor.
  EXPECT_EQ(code("Soldiers attacked the old bridge."), Events{});
}

TEST_F(ProjectRulesTest, OnlyWhatCanActIsASource) {
  // A tale is a thing (WordNet): it does nothing, though an act may be aimed at whose it is.
  EXPECT_EQ(code("The Arnorian tale attacked Gondor."), (Events{"--- GON 190"}));
  EXPECT_EQ(code("Gondor attacked the Arnorian tale."), (Events{"GON ARN 190"}));
  // An attack does violence for whoever launched it, and nothing else.
  EXPECT_EQ(code("The Arnorian raid attacked Gondor."), (Events{"ARN GON 190"}));
  EXPECT_EQ(code("The Arnorian raid urged Gondor."), (Events{"--- GON 020"}));
  // Soldiers, and the weapons and craft they wield, act for their country.
  EXPECT_EQ(code("Arnorian soldiers attacked Gondor."), (Events{"ARNMIL GON 190"}));
  EXPECT_EQ(code("Arnorian warplanes attacked Gondor."), (Events{"ARN GON 190"}));
  // A report speaks for its authors, but does nothing material.
  EXPECT_EQ(code("An Arnorian report urged Gondor."), (Events{"ARN GON 020"}));
  EXPECT_EQ(code("An Arnorian report attacked Gondor."), (Events{"--- GON 190"}));
  // A time at the end of a phrase is not its head.
  EXPECT_EQ(code("Arnor last week attacked Gondor."), (Events{"ARN GON 190"}));
  // "It" does not refer to a thing, nor back beyond the sentence before.
  EXPECT_EQ(story("Arnor met Gondor. The day was quiet. It attacked Gondor."),
            (std::vector<Events>{{"ARN GON 040", "GON ARN 040"}, {}, {"--- GON 190"}}));
  EXPECT_EQ(story("The day was quiet. Arnor met Gondor. It attacked Gondor."),
            (std::vector<Events>{{}, {"ARN GON 040", "GON ARN 040"}, {"ARN GON 190"}}));
}

TEST_F(ProjectRulesTest, EventsSaidWithANounAreCoded) {
  // Its own phrase names the doer; ON, AGAINST, TO, OF the target; BY the doer.
  EXPECT_EQ(code("The Arnorian attack on Gondor ended."), (Events{"ARN GON 190"}));
  EXPECT_EQ(code("The attack on Gondor by Arnor ended."), (Events{"ARN GON 190"}));
  // A light verb's subject launched it.
  EXPECT_EQ(code("Arnor launched attacks against Gondor."), (Events{"ARN GON 190"}));
  // BETWEEN: both sides, each toward the other for a reciprocal verb.
  EXPECT_EQ(code("Clashes between Arnor and Gondor ended."),
            (Events{"ARN GON 190", "GON ARN 190"}));
  // A place after IN is where it happened; a side unknown stays unknown.
  EXPECT_EQ(code("The attack on Gondor in Annuminas ended."), (Events{"--- GON 190"}));
  // The subject of BE ON is out on it.
  EXPECT_EQ(code("Elessar was on a visit to Gondor."),
            (Events{"ARNGOV GON 042", "GON ARNGOV 043"}));
  // A reciprocal noun with no doer named does not pair the members of the list after it.
  EXPECT_EQ(code("The visit to Gondor and Rohan ended."), Events{});
  // Nothing named, no event; told as a plan, none either.
  EXPECT_EQ(code("The attack ended."), Events{});
  EXPECT_EQ(code("Arnor plans to launch attacks against Gondor."), Events{});
}

TEST_F(ProjectRulesTest, ANameNoDictionaryKnowsRightAfterTheVerbIsItsObject) {
  EXPECT_EQ(code("Arnor attacked Saruman near Gondor."), (Events{"ARN --- 190"}));
  // A time is no name.
  EXPECT_EQ(code("Arnor attacked Tuesday near Gondor."), (Events{"ARN GON 190"}));
}

TEST_F(ProjectRulesTest, TroopsThatArriveAreNoVisitors) {
  EXPECT_EQ(code("Elessar visited Gondor."), (Events{"ARNGOV GON 042", "GON ARNGOV 043"}));
  EXPECT_EQ(code("Arnorian soldiers visited Gondor."), Events{});
  EXPECT_EQ(code("Arnorian soldiers visited Gondor to join a peacekeeping mission."),
            (Events{"ARNMIL GON 074"}));
}

TEST_F(ProjectRulesTest, ANamedPersonKnownByRoleAloneIsAKnownSide) {
  EXPECT_EQ(code("Defence Minister Maurizio Sacconi declined to comment."),
            (Events{"---GOV --- 011"}));
  // A role named by common nouns alone needs a country.
  EXPECT_EQ(code("The defence minister declined to comment."), Events{});
}

TEST_F(ProjectRulesTest, OneWhoSpeaksForABodyIsOfIt) {
  EXPECT_EQ(code("A spokesman for Gondor declined to comment."), (Events{"GON --- 011"}));
  EXPECT_EQ(code("A spokesman for the old bridge declined to comment."), Events{});
}

TEST_F(ProjectRulesTest, AnActsUnknownTargetIsWhatItIsAbout) {
  // The words the pattern matched say what the act is; the phrase after them, whom or what.
  EXPECT_EQ(code("Arnor expressed concern over the old bridge."), (Events{"ARN --- 012"}));
  ASSERT_EQ(doc_.events().size(), 1u);
  EXPECT_EQ(doc_.text_of(doc_.events()[0].target.span), "the old bridge");
  // People the pattern names are whom it is about.
  EXPECT_EQ(code("Arnor allowed inspectors into the old bridge."), (Events{"ARN --- 0862"}));
  ASSERT_EQ(doc_.events().size(), 1u);
  EXPECT_EQ(doc_.text_of(doc_.events()[0].target.span), "inspectors");
  // A measure on a place is done to the place after IN, coded or not.
  EXPECT_EQ(code("Arnor imposed a curfew in the old town after attacks on Gondorian soldiers."),
            (Events{"ARN --- 1723"}));
  ASSERT_EQ(doc_.events().size(), 1u);
  EXPECT_EQ(doc_.text_of(doc_.events()[0].target.span), "the old town");
  // Forces withdrawn, sent or given are what the act moves, not whom it is done to; forces
  // shot at are.
  EXPECT_EQ(code("Arnor withdrew Arnorian soldiers into Gondor."), (Events{"ARN GON 1661"}));
  EXPECT_EQ(code("Arnor withdrew soldiers into Gondor."), (Events{"ARN GON 1661"}));
  EXPECT_EQ(code("Arnor withdrew soldiers."), (Events{"ARN ---MIL 1661"}));
  EXPECT_EQ(code("Rohan shot soldiers into Gondor."), (Events{"ROH ---MIL 1822"}));
  // An act done to people is done to those named right after the verb, not to a place further on.
  EXPECT_EQ(code("Arnor released prisoners into Gondor."), (Events{"ARN --- 0841"}));
  EXPECT_EQ(doc_.text_of(doc_.events()[0].target.span), "prisoners");
}

TEST_F(ProjectRulesTest, AListNoDictionaryCodesIsPassedOverForACodedPhrase) {
  EXPECT_EQ(code("Arnor attacked tents and huts on Gondor."), (Events{"ARN GON 190"}));
  // With no coded phrase after it the list stays the target, unknown.
  EXPECT_EQ(code("Arnor attacked tents and huts."), (Events{"ARN --- 190"}));
}

TEST_F(ProjectRulesTest, ATimeIsNoTarget) {
  // The act stands with its target unknown, not "Tuesday".
  EXPECT_EQ(code("Arnor attacked on Tuesday."), (Events{"ARN --- 190"}));
  ASSERT_EQ(doc_.events().size(), 1u);
  EXPECT_TRUE(doc_.events()[0].target.span.empty());
}

TEST_F(ProjectRulesTest, WhatIsGivenGoesToThePhraseAfterTo) {
  EXPECT_EQ(code("Arnor donated Gondorian tents to Rohan."), (Events{"ARN ROH 070"}));
  // With no phrase after TO that names an actor, the object stays the target.
  EXPECT_EQ(code("Arnor donated Gondorian tents to the old bridge."), (Events{"ARN GON 070"}));
  // Given to a peacekeeping mission, it goes to the country the mission keeps the peace in.
  EXPECT_EQ(code("Arnor donated tents to the Peacekeeping Mission in Gondor."),
            (Events{"ARN GON 070"}));
  EXPECT_EQ(code("Arnor attacked the Peacekeeping Mission in Gondor."), (Events{"ARN IGOPKO 190"}));
  // An offer of aid goes to the phrase after TO too, past an infinitive's TO.
  EXPECT_EQ(code("Arnor offered to send Gondorian tents to Rohan."), (Events{"ARN ROH 033"}));
}

TEST_F(ProjectRulesTest, APersonOutOfOfficeKeepsTheCountry) {
  // Denethor is GONGOV in 2000-2010 only; in 2020 he is still Gondor's, and the phrase's own
  // words give his sector.
  EXPECT_EQ(code("Denethor attacked Arnor."), (Events{"GON ARN 190"}));
  EXPECT_EQ(code("Defence minister Denethor attacked Arnor."), (Events{"GONGOV ARN 190"}));
}

TEST_F(ProjectRulesTest, APlaceAloneIsItsCountryAsATarget) {
  // The gazetteer's Kharkiv (a city of 1.4 million) stands for Ukraine as a target...
  EXPECT_EQ(code("Arnor attacked Kharkiv."), (Events{"ARN UKR 190"}));
  EXPECT_EQ(code("The attack on Kharkiv by Arnor ended."), (Events{"ARN UKR 190"}));
  // ...never as a source, and not where it is only where something happened.
  EXPECT_EQ(code("Kharkiv attacked Gondor."), (Events{"--- GON 190"}));
  EXPECT_EQ(code("Arnor met Gondor in Kharkiv."), (Events{"ARN GON 040", "GON ARN 040"}));
}

TEST_F(ProjectRulesTest, AnAgentOfNoCountryIsOfTheStorysCountry) {
  // The story's places name Ukraine (the gazetteer's) three times: its soldiers and its defence
  // minister are Ukraine's...
  const std::string about_ukraine = "Fighting went on in Ukraine. Kharkiv and Kyiv were quiet. ";
  EXPECT_EQ(story(about_ukraine + "The defence minister attacked the soldiers.").at(2),
            (Events{"UKRGOV UKRMIL 190"}));
  // ...unless the sentence names Ukraine for the other side: that minister is someone else's.
  EXPECT_EQ(story(about_ukraine + "The defence minister attacked Kharkiv.").at(2),
            (Events{"---GOV UKR 190"}));
  // A country the story gives licenses no event the sentence alone would not.
  EXPECT_EQ(story(about_ukraine + "The soldiers attacked the old bridge.").at(2), Events{});
  // Two countries named alike: no story country.
  EXPECT_EQ(story("Fighting went on in Ukraine and Russia. The soldiers attacked Rohan.").at(1),
            (Events{"---MIL ROH 190"}));
}

TEST_F(ProjectRulesTest, DisastersAreNotAttacks) {
  EXPECT_EQ(code("Gondor was attacked."), (Events{"--- GON 190"}));
  // With a storm in the sentence, violence needs an armed actor to do it.
  EXPECT_EQ(code("Gondor was attacked during the storm."), Events{});
  EXPECT_EQ(code("Arnor attacked Gondor during the storm."), Events{});
  EXPECT_EQ(code("Arnorian soldiers attacked Gondor during the storm."),
            (Events{"ARNMIL GON 190"}));
  // Other events are not violence.
  EXPECT_EQ(code("Arnor urged Gondor during the storm."), (Events{"ARN GON 020"}));
}

TEST_F(ProjectRulesTest, ActsOnPeopleAreDoneToPeople) {
  EXPECT_EQ(code("Arnor released Gondorian soldiers."), (Events{"ARN GONMIL 0841"}));
  // A text or a thing released is another sense of the verb.
  EXPECT_EQ(code("Arnor released a video."), Events{});
  EXPECT_EQ(code("A statement released by Arnor was read."), Events{});
  // So is a participle right after one: a text released somewhere, by nobody named.
  EXPECT_EQ(code("A statement released on Monday in Gondor was read."), Events{});
  // A phrase that names an actor is who was acted on, whatever its head.
  EXPECT_EQ(code("The Gondorian ships were released."), (Events{"--- GON 0841"}));
  // A visit is made to and hosted for people and places, not things: "received a transfusion".
  EXPECT_EQ(code("Elessar received a video."), Events{});
  EXPECT_EQ(code("Elessar visited Gondor."), (Events{"ARNGOV GON 042", "GON ARNGOV 043"}));
}

TEST_F(ProjectRulesTest, APassiveWithNoByIsTheNamedAttacksDoing) {
  EXPECT_EQ(code("Gondorian soldiers were killed."), (Events{"--- GONMIL 1823"}));
  // An attack after the verb that names whose it is, or is followed by BY and an actor.
  EXPECT_EQ(code("Gondorian soldiers were killed in Arnorian air strikes."),
            (Events{"ARN GONMIL 1823"}));
  EXPECT_EQ(code("Gondorian soldiers were killed in air strikes by Arnorian soldiers."),
            (Events{"ARNMIL GONMIL 1823"}));
  // Anything else after the verb is no doer.
  EXPECT_EQ(code("Gondorian soldiers were killed in Arnor."), (Events{"--- GONMIL 1823"}));
}

TEST_F(ProjectRulesTest, APersonNamedInFullIsTheirLastNameAlone) {
  // After the full name, with an honorific or not, and before it (a headline).
  EXPECT_EQ(
      story("Faramir Hurin attacked Arnor. Hurin attacked Rohan. Mr Hurin attacked Arnor.").at(1),
      (Events{"GONGOV ROH 190"}));
  EXPECT_EQ(story("Faramir Hurin attacked Arnor. Mr Hurin attacked Rohan.").at(1),
            (Events{"GONGOV ROH 190"}));
  EXPECT_EQ(story("Hurin attacked Rohan. Faramir Hurin attacked Arnor.").at(0),
            (Events{"GONGOV ROH 190"}));
  // Without the full name in the story, or with two people of that name, nobody.
  EXPECT_EQ(code("Hurin attacked Rohan."), (Events{"--- ROH 190"}));
  EXPECT_EQ(story("Faramir Hurin attacked Arnor. Beren Hurin attacked Gondor. Hurin attacked "
                  "Rohan.")
                .at(2),
            (Events{"--- ROH 190"}));
}

TEST_F(ProjectRulesTest, AShortMainClauseAfterAnOpeningOneIsRead) {
  // The clause after the last comma is a reporting clause only when a verb is left outside it.
  EXPECT_EQ(code("On Monday, Arnor attacked Gondor."), (Events{"ARN GON 190"}));
  EXPECT_EQ(code("Arnor attacked Gondor, Rohan said."), (Events{"ARN GON 190"}));
}

TEST_F(ProjectRulesTest, SomeActsNeedNobodyActedOn) {
  EXPECT_EQ(code("Arnor declined to comment."), (Events{"ARN --- 011"}));
  // A code's three-digit parent in the list counts for it (141 for 1411...).
  EXPECT_EQ(code("Gondorian soldiers demonstrated in the capital."), (Events{"GONMIL --- 1411"}));
  // Other acts need a target...
  EXPECT_EQ(code("Arnor attacked."), Events{});
  // ...and an unknown side still needs a country on the other.
  EXPECT_EQ(code("The soldiers declined to comment."), Events{});
  // Announced or refused, such an act still needs nobody.
  EXPECT_EQ(code("Elessar will resign."), (Events{"ARNGOV --- 035"}));
  EXPECT_EQ(code("Elessar refused to resign."), (Events{"ARNGOV --- 124"}));
}

TEST_F(ProjectRulesTest, AParticipleWithByAfterAPhraseIsPassive) {
  // A reduced relative clause: the actor after BY did it.
  EXPECT_EQ(code("Gondorian soldiers attacked by Arnor were buried."), (Events{"ARN GONMIL 190"}));
  // After BY a phrase that can act, named or not, is the agent too.
  EXPECT_EQ(code("Gondorian soldiers attacked by gunmen were buried."), (Events{"--- GONMIL 190"}));
  // Any form of BE: "were attacked by"; BY a time names nobody.
  EXPECT_EQ(code("Gondorian soldiers were attacked by Arnor."), (Events{"ARN GONMIL 190"}));
  EXPECT_EQ(code("Gondorian soldiers were attacked by late Tuesday."), (Events{"--- GONMIL 190"}));
  // The relative ends with its agent: the main verb after it is coded too.
  EXPECT_EQ(code("Gondorian soldiers attacked by Arnor attacked Rohan."),
            (Events{"ARN GONMIL 190", "GONMIL ROH 190"}));
  // BY and no actor: no agent to swap in.
  EXPECT_EQ(code("Arnorian soldiers attacked by mistake the Gondorian army."),
            (Events{"ARNMIL GONMIL 190"}));
}

TEST_F(ProjectRulesTest, ANameTakesTheRoleSetBesideItBetweenCommas) {
  // Faramir is in no dictionary; the apposition says whose minister he is.
  EXPECT_EQ(code("Faramir, the Gondorian defence minister, attacked Arnor."),
            (Events{"GONGOV ARN 190"}));
  EXPECT_EQ(code("Faramir attacked Arnor."), (Events{"--- ARN 190"}));
}

TEST_F(ProjectRulesTest, CapitalsInATitleCaseHeadlineMarkNoNames) {
  EXPECT_EQ(code("Arnor Attacks Gondorian Ports"), (Events{"ARN GON 190"}));
  // In a sentence, a capitalised dictionary verb form is part of a name.
  EXPECT_EQ(code("The Arnor Attacks Museum opened in Gondor."), Events{});
}

TEST_F(ProjectRulesTest, OnlyStoriesAboutPoliticalActorsGiveEvents) {
  // A captain and a coach of two countries, five times: sport, not politics. A country named
  // alone, or an actor of a political sector, is a political actor; a country's adjective before
  // a person of no sector is not.
  const std::string sport =
      "The Arnorian captain attacked the Gondorian coach. The Arnorian captain attacked the "
      "Gondorian coach again. The Gondorian coach attacked the Arnorian captain. The Arnorian "
      "captain attacked the Gondorian coach later. ";
  auto events = [&](const std::string& text) {
    size_t n = 0;
    for (const Events& e : story(text)) n += e.size();
    return n;
  };
  EXPECT_EQ(events(sport + "The Gondorian coach attacked the Arnorian captain once more."), 0u);

  // One sentence of five about Arnor and Gondor is not enough (under 40 %); two are.
  EXPECT_EQ(events(sport + "Arnor attacked Gondor."), 0u);
  EXPECT_EQ(events("Arnorian soldiers attacked Gondor. The Arnorian captain attacked the Gondorian "
                   "coach. The Gondorian coach attacked the Arnorian captain. The Arnorian "
                   "captain attacked the Gondorian coach later. Arnor attacked Gondor."),
            5u);
  // A story too short to tell its subject is coded whatever it is about.
  EXPECT_EQ(code("The Arnorian captain attacked the Gondorian coach."), (Events{"ARN GON 190"}));
}

TEST_F(ProjectRulesTest, SportStoriesGiveNoEvents) {
  auto events = [&](const std::string& text) {
    size_t n = 0;
    for (const Events& e : story(text)) n += e.size();
    return n;
  };
  // Countries named alone, but four different sport words in two sentences of five (40 %).
  const std::string politics =
      "Arnor attacked Gondor. Arnor attacked Gondor again. Gondor attacked Arnor. "
      "Arnor attacked Gondor later. ";
  EXPECT_EQ(events(politics + "Arnor attacked Gondor once more."), 5u);
  EXPECT_EQ(events(politics + "The coach of the team attacked Gondor before the match. The "
                              "league season went on."),
            0u);
  // Three sport words are not enough, however often.
  EXPECT_EQ(events(politics + "The coach of the team attacked Gondor before the match. The "
                              "team and the coach went on."),
            5u);
  // Four, in one sentence of six (under 30 %), are not either.
  EXPECT_EQ(events(politics + "Arnor attacked Gondor once more. The coach of the team attacked "
                              "Gondor before the league match."),
            6u);
}

TEST_F(ProjectRulesTest, APoliticalSideCanBeRequiredOfEachEvent) {
  CodingOptions options = engine_->options();
  options.political_side_required = true;
  engine_ = engine_->with_options(options);
  EXPECT_EQ(code("The Arnorian captain attacked the Gondorian coach."), Events{});
  EXPECT_EQ(code("Arnor attacked the Gondorian coach."), (Events{"ARN GON 190"}));
  EXPECT_EQ(code("Arnorian soldiers attacked the Gondorian coach."), (Events{"ARNMIL GON 190"}));
}

TEST_F(ProjectRulesTest, CountriesListedTogetherArePairedOnlyByReciprocalVerbs) {
  EXPECT_EQ(code("Soldiers from Arnor, Gondor and Rohan attacked."), Events{});
  EXPECT_EQ(code("Arnor, Gondor and Rohan attacked Eowyn."),
            (Events{"ARN ROHOPP 190", "GON ROHOPP 190", "ROH ROHOPP 190"}));
  EXPECT_EQ(code("Arnor and Gondor met."), (Events{"ARN GON 040", "GON ARN 040"}));
}

TEST_F(ProjectRulesTest, ADatelineIsNoActor) {
  EXPECT_EQ(code("ANNUMINAS - Soldiers attacked Gondor."), (Events{"---MIL GON 190"}));
  EXPECT_EQ(code("ANNUMINAS, Arnor, May 3 (Reuters) - Soldiers attacked Gondor."),
            (Events{"---MIL GON 190"}));
  // In title case with a news agency in parentheses, dash or not.
  EXPECT_EQ(code("Annuminas (CNN)Soldiers attacked Gondor."), (Events{"---MIL GON 190"}));
  // Without the dash it is the capital, standing for its government.
  EXPECT_EQ(code("Annuminas attacked Gondor."), (Events{"ARNGOV GON 190"}));
  EXPECT_EQ(code("Annuminas (Gondor) attacked Rohan."), (Events{"ARNGOV ROH 190"}));
}

TEST(PoliticalTest, PoliticalCodes) {
  EXPECT_TRUE(political_code("RUSGOV"));
  EXPECT_TRUE(political_code("---COP"));
  EXPECT_TRUE(political_code("BRALAB"));  // unions, protesters, students... are social actors
  EXPECT_TRUE(political_code("IGOUNO"));
  EXPECT_TRUE(political_code("NGOHRI"));
  EXPECT_FALSE(political_code("USABUS"));
  EXPECT_FALSE(political_code("PAKCVL"));
  EXPECT_FALSE(political_code("RUS"));  // a country, political only when named alone
  EXPECT_FALSE(political_code("---"));
}

TEST_F(ProjectRulesTest, PronounsAndRoleNounsFollowTheSubject) {
  EXPECT_EQ(story("Aragorn Elessar met Eowyn in Gondor. He attacked Gondor. She urged Arnorian "
                  "soldiers to leave. The king attacked Rohan. Elessar told his defence minister "
                  "about it. Eowyn told his defence minister about it."),
            (std::vector<Events>{{"ARNGOV ROHOPP 040", "ROHOPP ARNGOV 040"},
                                 {"ARNGOV GON 190"},
                                 {"ROHOPP ARNMIL 020"},
                                 {"ARNGOV ROH 190"},
                                 {},  // "his defence minister": his country, the same code
                                 {"ROHOPP ARNGOV 010"}}));
  // The actor layer says who each reference stands for.
  const auto& mentions = doc_.actor_mentions();
  auto he = std::find_if(mentions.begin(), mentions.end(),
                         [&](const ActorMention& m) { return doc_.text_of(m.span) == "He"; });
  ASSERT_NE(he, mentions.end());
  EXPECT_EQ(he->kind, MentionKind::kPronoun);
  EXPECT_EQ(he->code, "ARNGOV");
  ASSERT_GE(he->refers_to, 0);
  EXPECT_EQ(doc_.text_of(mentions[static_cast<size_t>(he->refers_to)].span), "Aragorn Elessar");
}

TEST_F(ProjectRulesTest, ReportedHostileActsAreAccusationsOrThreats) {
  // Another actor's act: the speaker's accusation, never the act.
  EXPECT_EQ(code("Arnor said Gondor was planning strikes on Rohan."), (Events{"ARN GON 112"}));
  EXPECT_EQ(code("Elessar told reporters that he had been told that Gondor attacked Rohan."),
            (Events{"ARNGOV GON 112"}));
  // Told in the passive, the one accused is the doer after BY; with none, nobody is accused
  // (the victim least of all).
  EXPECT_EQ(code("Arnor said Rohan was attacked by Gondor."), (Events{"ARN GON 112"}));
  EXPECT_EQ(code("Arnor said Eowyn was not attacked by gunfire."), Events{});
  EXPECT_EQ(code("Arnor said it was attacked from Gondor."), (Events{"ARN GON 112"}));
  // A clause whose subject no dictionary codes accuses nobody, not the phrase after its verb.
  EXPECT_EQ(code("Rohan said armed guards attacked Gondorian soldiers."), Events{});
  // A state's own forces' act, reported by that state, is no accusation: the act is coded, by
  // the forces, the reported clause's subject.
  EXPECT_EQ(code("The Arnorian government said the Arnorian army attacked Gondor."),
            (Events{"ARNMIL GON 190"}));
  EXPECT_EQ(code("The Arnorian government said the Gondorian army attacked Rohan."),
            (Events{"ARN GONMIL 112"}));
  // The speaker's own act claimed: a claim of responsibility, not the act.
  EXPECT_EQ(code("Arnor claimed that it had attacked Gondor."), (Events{"ARN GON 015"}));
  EXPECT_EQ(code("Arnor said that it had attacked Gondor."), (Events{"ARN GON 190"}));
  // The speaker's own act, not done: a threat.
  EXPECT_EQ(code("Arnor warned Gondor against strikes on Annuminas."), (Events{"ARN GON 1384"}));
  // A noun of force counts as what is reported only as a verb's object, not in a phrase after
  // a preposition ("after the war").
  EXPECT_EQ(code("Arnor said its trade recovered after the war in Gondor."), Events{});
  // A plain statement is an event only toward its addressee.
  EXPECT_EQ(code("Arnor said Gondor would come."), Events{});
  EXPECT_EQ(code("Elessar told Eowyn that the weather was fine."), (Events{"ARNGOV ROHOPP 010"}));
}

TEST_F(ProjectRulesTest, AStatementThatAnotherMustActIsADemand) {
  EXPECT_EQ(code("Arnor said Gondor must first come."), (Events{"ARN GON 100"}));
  // Of itself it is no demand; nor of nobody in particular.
  EXPECT_EQ(code("Arnor said it must come."), Events{});
  EXPECT_EQ(code("Arnor said the weather must change."), Events{});
  // Said of a nested statement, the demand is the nested speaker's.
  EXPECT_EQ(code("Rohan said Elessar told Gondor that Eowyn must come."),
            (Events{"ARNGOV ROHOPP 100"}));
}

TEST_F(ProjectRulesTest, AReportedClauseHasItsOwnSubject) {
  EXPECT_EQ(code("Rohan said on Tuesday that Gondor met Arnor."),
            (Events{"GON ARN 040", "ARN GON 040"}));
  // A pronoun there is the speaker; a phrase not right before the verb is no subject.
  EXPECT_EQ(code("Rohan said it met Arnor."), (Events{"ROH ARN 040", "ARN ROH 040"}));
  EXPECT_EQ(code("Rohan said the Gondorian tents and met Arnor."),
            (Events{"ROH GON 010", "ROH ARN 040", "ARN ROH 040"}));
  // The second of two verbs joined by AND shares the first one's subject.
  EXPECT_EQ(code("Rohan said Gondor came quickly and met Arnor."),
            (Events{"GON ARN 040", "ARN GON 040"}));
}

TEST_F(ProjectRulesTest, QuotationsBelongToTheirSpeaker) {
  std::vector<Events> events = story(
      "Eowyn said: \"Gondor is a friend. Elessar violates our rights. I urge the Gondorian army "
      "to stay.\"\n\nArnor attacked Gondor.\n\n\"Arnor attacked us,\" she said.");
  ASSERT_EQ(events.size(), 5u);
  EXPECT_EQ(events[0], Events{});
  // Inside her quotation: another actor's hostile act is her accusation; "I" is her.
  EXPECT_EQ(events[1], (Events{"ROHOPP ARNGOV 112"}));
  EXPECT_EQ(events[2], (Events{"ROHOPP GONMIL 020"}));
  // The quotation is closed: back to plain coding.
  EXPECT_EQ(events[3], (Events{"ARN GON 190"}));
  // The quotations' speakers: the pronoun in the clause set aside still names her.
  ASSERT_EQ(doc_.quotes().size(), 2u);
  EXPECT_EQ(doc_.quotes()[0].speaker_code, "ROHOPP");
  EXPECT_EQ(doc_.quotes()[0].speaker_name, "Eowyn");
  EXPECT_EQ(doc_.quotes()[1].speaker_code, "ROHOPP");
  EXPECT_EQ(doc_.quotes()[1].speaker_name, "Eowyn");
}

TEST_F(ProjectRulesTest, ListsWhoseFirstMemberEndsInAPossessive) {
  // Once a crash: the first conjunct's modifiers are carried to the bare nouns after it, and a
  // conjunct ending in a possessive marker has none.
  EXPECT_EQ(code("Four casinos - Bally's, Caesars, Harrah's and Trump Taj Mahal - reported "
                 "declines."),
            Events{});
}

TEST_F(ProjectRulesTest, NamesStayWholeAndPeopleComeFirst) {
  EXPECT_EQ(code("Healers Without Borders urged Arnor to stop."), (Events{"NGOHLH ARN 020"}));
  EXPECT_EQ(code("Arnorian king Aragorn Elessar attacked Gondor."), (Events{"ARNGOV GON 190"}));
}

TEST_F(ProjectRulesTest, ClausesAreReadAsAParserWould) {
  // A relative clause goes whatever its length; the sentence's own verb after it stays.
  EXPECT_EQ(code("Elessar, who met the old and tired leaders of Rohan last week in the north, "
                 "attacked Gondor."),
            (Events{"ARNGOV GON 190"}));
  // Between an opening phrase and a closing clause, the sentence's only verb stays its own.
  EXPECT_EQ(code("Last week, Arnor attacked Gondor, which is not a party."),
            (Events{"ARN GON 190"}));
  // A clause of time or cause has its own subject and verb.
  EXPECT_EQ(code("Eowyn rested after Arnor attacked Gondor."), (Events{"ARN GON 190"}));
  EXPECT_EQ(code("Gondorian soldiers were attacked after Arnor attacked Rohan."),
            (Events{"--- GONMIL 190", "ARN ROH 190"}));
  // A null pattern means no event.
  EXPECT_EQ(code("Gondor soldiers were feared dead."), Events{});
}

}  // namespace
}  // namespace herodotus::code
