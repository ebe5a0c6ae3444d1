#include "dict/tabari_reader.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "dict/reader_test_util.h"
#include "scratch_dir.h"

namespace herodotus::dict {
namespace {

using testing::ScratchDir;

TEST(TabariReader, ActorsWithSynonymsAndDates) {
  ScratchDir dir;
  std::string path =
      dir.write("test.actors",
                "<NOUN>\nSHEEP\n</NOUN>\n"
                "ARNOR  [ARN] ; comment\n"
                "GOLLUM ; synonyms\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 950601 - 990815]\n"
                "\t[HOBREB > 990816]\n"
                "THE_SHIRE [FRO/BIL/SAM]\n"
                "EAST GERMANY [GME <901103]\n"
                "~~FINISH\nAFTER [XXX]\n");
  LoadedDictionaries out;
  ASSERT_TRUE(read_tabari_actors(path, out).ok());
  EXPECT_TRUE(out.warnings.empty()) << out.warnings.front();
  const Dictionary& d = out.dictionary;
  ASSERT_EQ(d.actors.size(), 4u);
  // Roots: SHEEP (noun), ARNOR, GOLLUM, SMEAGOL, THE_SHIRE, EAST GERMANY.
  EXPECT_EQ(d.roots.size(), 6u);
  const ActorEntry& gollum = d.actors[1];
  EXPECT_EQ(d.codes.text((*codes_on(gollum, 19950101))[0]), "HOB");
  EXPECT_EQ(d.codes.text((*codes_on(gollum, 19970101))[0]), "HOBGOV");
  EXPECT_EQ(d.codes.text((*codes_on(gollum, 20010101))[0]), "HOBREB");
  EXPECT_EQ(codes_on(d.actors[2], 20000101)->size(), 3u);  // a coded compound
  // A lone restriction gets a null default.
  EXPECT_EQ((*codes_on(d.actors[3], 19950101))[0], kNullCode);
  EXPECT_EQ(d.codes.text((*codes_on(d.actors[3], 19890101))[0]), "GME");
}

TEST(TabariReader, BrokenEntriesAreWarningsWithFileAndLine) {
  ScratchDir dir;
  std::string path = dir.write("broken.actors",
                               "GOOD [AAA]\n"
                               "NOCODE [991201-010114]\n"
                               "BADDATE [BBB 951301-960101]\n"
                               "UNCLOSED [CCC\n"
                               "LONELY\n"
                               "ALSO_GOOD [DDD]\n"
                               "GOOD [EEE]\n");
  LoadedDictionaries out;
  ASSERT_TRUE(read_tabari_actors(path, out).ok());
  EXPECT_TRUE(has_warning(out, "broken.actors:2: no code in [991201-010114]"));
  EXPECT_TRUE(has_warning(out, "broken.actors:3: bad date restriction"));
  EXPECT_TRUE(has_warning(out, "broken.actors:4: missing right bracket ]"));
  EXPECT_TRUE(has_warning(out, "broken.actors:5: actor 'LONELY' has no code"));
  EXPECT_EQ(out.duplicates, 1u);  // the second GOOD
  EXPECT_EQ(out.dictionary.roots.size(), 2u);
}

TEST(TabariReader, AgentsNeedATilde) {
  ScratchDir dir;
  std::string path = dir.write("test.agents", "POLICE_ [~COP]\nACTIVISTS_ [NGM~]\nBROKEN_ [GOV]\n");
  LoadedDictionaries out;
  ASSERT_TRUE(read_tabari_agents(path, out).ok());
  ASSERT_EQ(out.dictionary.agents.size(), 2u);
  EXPECT_FALSE(out.dictionary.agents[0].prefix);
  EXPECT_TRUE(out.dictionary.agents[1].prefix);
  EXPECT_TRUE(has_warning(out, "test.agents:3: agent code [GOV] needs a ~"));
}

TEST(TabariReader, VerbsPatternsFormsSynsetsAndTime) {
  ScratchDir dir;
  std::string path =
      dir.write("test.verbs",
                "- * ORPHAN [001]\n"
                "<SYNSETS>\n&MONEY\n+DOLLAR\n+EURO\n</SYNSETS>\n"
                "<TIME>\nYESTERDAY [-1]\n</TIME>\n"
                "BREAK_ [1717]\n{ BROKE_ BROKEN_ }\n- * TREATY [161]\n- * &MONEY [903]\n"
                "- SAID WOULD NEVER * [120]\n"
                "MEET [031:031]\n- NO * [112]\n- * { A | B [1]\n");
  LoadedDictionaries out;
  ASSERT_TRUE(read_tabari_verbs(path, out).ok());
  finish_dictionary(out.dictionary);
  const Dictionary& d = out.dictionary;
  EXPECT_TRUE(has_warning(out, "test.verbs:1: pattern before any verb"));
  EXPECT_TRUE(has_warning(out, "test.verbs:17: '{' without a closing '}'"));
  ASSERT_EQ(d.verbs.size(), 2u);
  ASSERT_EQ(d.times.size(), 1u);
  EXPECT_EQ(d.times[0].code.shift_days, -1);
  EXPECT_EQ(d.verbs[0].patterns.size(), 3u);
  // Longest first: SAID WOULD NEVER (14) before TREATY (6) before the synset (0).
  EXPECT_EQ(d.verbs[0].patterns[0].text, "SAID WOULD NEVER *");
  EXPECT_EQ(d.verbs[0].patterns[2].text, "* &MONEY");
  // BREAK_, BROKE_, BROKEN_, MEET, YESTERDAY.
  EXPECT_EQ(d.roots.size(), 5u);
  EXPECT_TRUE(d.verbs[1].code.is_paired);
}

TEST(TabariReader, NulByteSkipsOneLine) {
  ScratchDir dir;
  std::string text(5000, '#');
  text += "\nGOOD [AAA]\nBADXLINE [BBB]\nALSO [CCC]\n";
  text[text.find('X')] = '\0';
  std::string path = dir.write("nul.actors", std::string_view(text.data(), text.size()));
  LoadedDictionaries out;
  ASSERT_TRUE(read_tabari_actors(path, out).ok());
  EXPECT_TRUE(has_warning(out, "nul.actors:3: NUL byte"));
  EXPECT_EQ(out.dictionary.actors.size(), 2u);
}

TEST(TabariReader, MissingFileIsAnError) {
  LoadedDictionaries out;
  Status s = read_tabari_actors("/nonexistent/x.actors", out);
  EXPECT_EQ(s.code(), ErrorCode::kNotFound);
  auto project = read_tabari_project("/nonexistent/x.project");
  EXPECT_FALSE(project.ok());
}

}  // namespace
}  // namespace herodotus::dict
