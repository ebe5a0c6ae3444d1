#include "dict/petrarch_reader.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "dict/reader_test_util.h"
#include "scratch_dir.h"

namespace herodotus::dict {
namespace {

using testing::ScratchDir;

bool has_root(const Dictionary& d, RootKind kind, const std::string& first_word) {
  return std::any_of(d.roots.begin(), d.roots.end(), [&](const Root& r) {
    return r.kind == kind && r.phrase[0].text == first_word;
  });
}

TEST(PetrarchReader, RegularForms) {
  EXPECT_EQ(regular_verb_forms("ATTACK"),
            (std::vector<std::string>{"ATTACK", "ATTACKS", "ATTACKED", "ATTACKING"}));
  EXPECT_EQ(regular_verb_forms("RELEASE"),
            (std::vector<std::string>{"RELEASE", "RELEASES", "RELEASED", "RELEASING"}));
  EXPECT_EQ(regular_plural("PARTY"), "PARTIES");
  EXPECT_EQ(regular_plural("BUS"), "BUSES");
  EXPECT_EQ(regular_plural("MINISTER"), "MINISTERS");
}

TEST(PetrarchReader, VerbBlocksFormsAndPatterns) {
  ScratchDir dir;
  LoadedDictionaries out;
  ASSERT_TRUE(read_petrarch_verbs(dir.write("t.verbs.txt",
                                            "&CURRENCY\n+DOLLARS\n+SWISS FRANCS\n\n"
                                            "--- BREAK [1717] ---\n"
                                            "BREAK { BROKE BROKEN }\n"
                                            "+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN }\n"
                                            "- * TREATY [161]  # a comment\n"
                                            "- + * IN $ [075]\n\n"
                                            "--- MEET [040:040] ---\nMEET {MEETS MET MEETING}\n"),
                                  out)
                  .ok());
  EXPECT_TRUE(out.warnings.empty()) << out.warnings.front();
  const Dictionary& d = out.dictionary;
  // Irregular forms listed: no regular forms generated.
  EXPECT_TRUE(has_root(d, RootKind::kVerb, "BROKE"));
  EXPECT_FALSE(has_root(d, RootKind::kVerb, "BREAKED"));
  // Regular forms generated for a block verb without a list? MEET lists its own.
  EXPECT_TRUE(has_root(d, RootKind::kVerb, "MET"));
  ASSERT_FALSE(d.multiword_verbs.empty());
  EXPECT_EQ(d.multiword_verbs[0].verb, "BREAK");
  EXPECT_EQ(d.multiword_verbs[0].after, (std::vector<std::string>{"DOWN"}));
  ASSERT_EQ(d.synsets.size(), 1u);
  EXPECT_EQ(d.synsets[0].members.size(), 4u);  // each member and its plural
  // Patterns stay in file order under their block's verbs.
  auto block = std::find_if(d.verbs.begin(), d.verbs.end(),
                            [](const VerbEntry& v) { return v.root_text == "BREAK"; });
  ASSERT_NE(block, d.verbs.end());
  ASSERT_EQ(block->patterns.size(), 2u);
  EXPECT_EQ(d.codes.text(block->patterns[0].code.code), "161");
  EXPECT_EQ(d.codes.text(block->patterns[1].code.code), "075");
}

TEST(PetrarchReader, BrokenVerbLineIsAWarningWithFileAndLine) {
  ScratchDir dir;
  LoadedDictionaries out;
  ASSERT_TRUE(read_petrarch_verbs(
                  dir.write("bad.verbs.txt", "--- WARN [160] ---\nWARN\n- * ABOUT [162\n"), out)
                  .ok());
  EXPECT_TRUE(has_warning(out, "bad.verbs.txt:3"))
      << (out.warnings.empty() ? "" : out.warnings.front());
}

TEST(PetrarchReader, AgentsWithMacrosAndPlurals) {
  ScratchDir dir;
  LoadedDictionaries out;
  ASSERT_TRUE(read_petrarch_agents(dir.write("t.agents.txt",
                                             "!MINST! = MINISTER, MINISTRY\n"
                                             "PRESIDENT [~GOV]\n"
                                             "PARLIAMENTARY_OPPOSITION {} [~OPP]\n"
                                             "!MINST!_OF_WAR [~MIL]\n"),
                                   out)
                  .ok());
  EXPECT_TRUE(out.warnings.empty()) << out.warnings.front();
  const Dictionary& d = out.dictionary;
  auto has_phrase = [&](const std::string& text) {
    return std::any_of(d.roots.begin(), d.roots.end(), [&](const Root& r) {
      std::string joined;
      for (const auto& w : r.phrase) joined += (joined.empty() ? "" : " ") + w.text;
      return r.kind == RootKind::kAgent && joined == text;
    });
  };
  EXPECT_TRUE(has_phrase("PRESIDENT"));
  EXPECT_TRUE(has_phrase("PRESIDENTS"));                  // plural generated
  EXPECT_FALSE(has_phrase("PARLIAMENTARY OPPOSITIONS"));  // {} : no plural
  EXPECT_TRUE(has_phrase("MINISTER OF WAR"));
  EXPECT_TRUE(has_phrase("MINISTRY OF WAR"));
}

TEST(PetrarchReader, ActorsKeepTheLastOfTwoEntries) {
  ScratchDir dir;
  LoadedDictionaries out;
  ASSERT_TRUE(read_petrarch_actors(dir.write("t.actors.txt",
                                             "GONDOR [GON]\nMINAS_TIRITH [GON]\n"
                                             "SAM_GAMGEE\n[ORCHOB 20100101-20100109]\n[HOB]\n"
                                             "GONDOR [GONX]\n"),
                                   out)
                  .ok());
  const Dictionary& d = out.dictionary;
  EXPECT_EQ(out.duplicates, 1u);
  auto gondor = std::find_if(d.roots.begin(), d.roots.end(), [](const Root& r) {
    return r.kind == RootKind::kActor && r.phrase.size() == 1 && r.phrase[0].text == "GONDOR";
  });
  ASSERT_NE(gondor, d.roots.end());
  EXPECT_EQ(d.codes.text((*codes_on(d.actors[gondor->entry], 20000101))[0]), "GONX");
}

TEST(PetrarchReader, DiscardsAtSentenceAndStoryLevel) {
  ScratchDir dir;
  LoadedDictionaries out;
  ASSERT_TRUE(
      read_petrarch_discards(
          dir.write("t.discards.txt", "# comment\nMONTHS LATER\n+World Golf   # x\nBOND_\n"), out)
          .ok());
  const auto& d = out.dictionary.discards;
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].phrase, "MONTHS LATER");
  EXPECT_FALSE(d[0].story_level);
  EXPECT_EQ(d[1].phrase, "WORLD GOLF");
  EXPECT_TRUE(d[1].story_level);
  EXPECT_TRUE(d[2].whole_word);
}

TEST(PetrarchReader, IssuePhrasesExpand) {
  auto variants = expand_issue_phrase("pre+n:school");
  std::vector<std::vector<std::string>> expected{
      {"PRE", "SCHOOL"}, {"PRE-SCHOOL"}, {"PRE", "SCHOOLS"}, {"PRE-SCHOOLS"}};
  std::sort(variants.begin(), variants.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(variants, expected);
  EXPECT_EQ(expand_issue_phrase("faculty n:member").size(), 2u);
  EXPECT_EQ(expand_issue_phrase("v:strike").size(), 4u);
}

TEST(PetrarchReader, IssuesFileWithExclusionsAndErrors) {
  ScratchDir dir;
  LoadedDictionaries out;
  ASSERT_TRUE(
      read_petrarch_issues(dir.write("t.Issues.txt",
                                     "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
                                     "n:teacher [TEACHERS]\n~a head start\nhead start\n</ISSUE>\n"),
                           out)
          .ok());
  const auto& issues = out.dictionary.issues;
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].code, "TEACHERS");
  EXPECT_TRUE(issues[1].code.empty());              // the exclusion
  EXPECT_TRUE(has_warning(out, "t.Issues.txt:4"));  // no [CODE]
}

TEST(PetrarchReader, FolderPicksTheFilesByName) {
  ScratchDir dir;
  dir.write("x/Test.verbs.txt", "--- MEET [040] ---\nMEET\n");
  dir.write("x/Test.actors.txt", "GONDOR [GON]\n");
  dir.write("x/Test.agents.txt", "PRESIDENT [~GOV]\n");
  dir.write("x/Test.discards.txt", "MONTHS LATER\n");
  std::string verbs = dir.write("x/Test.IssueCoding.txt", "n:teacher [TEACHERS]\n");
  auto loaded = read_petrarch_folder(std::filesystem::path(verbs).parent_path().string());
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->dictionary.dialect, Dialect::kPetrarch);
  EXPECT_EQ(loaded->dictionary.actors.size(), 1u);
  EXPECT_EQ(loaded->dictionary.agents.size(), 1u);
  EXPECT_EQ(loaded->dictionary.discards.size(), 1u);
  EXPECT_EQ(loaded->dictionary.issues.size(), 1u);
  EXPECT_FALSE(read_petrarch_folder(dir.write("empty/none.txt", "")).ok());
}

}  // namespace
}  // namespace herodotus::dict
