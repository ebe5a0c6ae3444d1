#include "dict/herodotus_reader.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "dict/countries.h"
#include "dict/reader_test_util.h"
#include "scratch_dir.h"

namespace herodotus::dict {
namespace {

std::string phrase_text(const Root& r) {
  std::string out;
  for (const auto& w : r.phrase) out += (out.empty() ? "" : " ") + w.text;
  return out;
}

const Root* find_root(const Dictionary& d, RootKind kind, const std::string& text) {
  auto it = std::find_if(d.roots.begin(), d.roots.end(),
                         [&](const Root& r) { return r.kind == kind && phrase_text(r) == text; });
  return it == d.roots.end() ? nullptr : &*it;
}

LoadedDictionaries read(const std::string& text) {
  auto loaded = read_herodotus_sources({{"test.txt", text}});
  EXPECT_TRUE(loaded.ok());
  return std::move(loaded).value();
}

TEST(HerodotusReader, ActorsWithDatesAdjectivesCapitalsAndPeople) {
  LoadedDictionaries out = read(
      "# countries\n"
      "actor country.BLR: Belarus; Republic of Belarus\n"
      "  code BLR\n"
      "  adjective Belarusian; Belarusians\n"
      "  capital Minsk\n"
      "\n"
      "actor person.lukashenko: Alexander Lukashenko; Lukashenka   # two spellings\n"
      "  code BLRGOV 1994-07-20..\n"
      "  code BLRLEG 1990-03-04..1994-07-19\n"
      "  gender male\n"
      "  role president\n");
  ASSERT_TRUE(out.warnings.empty()) << out.warnings.front();
  const Dictionary& d = out.dictionary;
  EXPECT_EQ(d.dialect, Dialect::kHerodotus);
  ASSERT_EQ(d.actors.size(), 3u);  // Belarus, its capital, Lukashenko
  const Root* minsk = find_root(d, RootKind::kActor, "MINSK");
  ASSERT_NE(minsk, nullptr);
  EXPECT_EQ(d.codes.text((*codes_on(d.actors[minsk->entry], 20220101))[0]), "BLRGOV");
  ASSERT_NE(find_root(d, RootKind::kActor, "REPUBLIC OF BELARUS"), nullptr);
  ASSERT_NE(find_root(d, RootKind::kActor, "BELARUSIANS"), nullptr);
  const Root* luka = find_root(d, RootKind::kActor, "LUKASHENKA");
  ASSERT_NE(luka, nullptr);
  const ActorEntry& person = d.actors[luka->entry];
  EXPECT_EQ(person.id, "person.lukashenko");
  EXPECT_EQ(person.gender, Gender::kMale);
  EXPECT_EQ(person.roles, (std::vector<std::string>{"PRESIDENT"}));
  EXPECT_EQ(d.codes.text((*codes_on(person, 20221010))[0]), "BLRGOV");
  EXPECT_EQ(d.codes.text((*codes_on(person, 19920101))[0]), "BLRLEG");
  EXPECT_TRUE(codes_on(person, 19800101) == nullptr ||
              (*codes_on(person, 19800101))[0] == kNullCode);
  // A story without a date: the latest period, whichever order the file gives.
  EXPECT_EQ(d.codes.text((*codes_on(person, 0))[0]), "BLRGOV");
}

TEST(HerodotusReader, AgentsGetPlurals) {
  LoadedDictionaries out = read(
      "agent military: soldier; armed forces\n  code ~MIL\nagent refugee: refugee\n  code REF~\n");
  ASSERT_TRUE(out.warnings.empty()) << out.warnings.front();
  const Dictionary& d = out.dictionary;
  ASSERT_EQ(d.agents.size(), 2u);
  EXPECT_NE(find_root(d, RootKind::kAgent, "SOLDIERS"), nullptr);
  EXPECT_NE(find_root(d, RootKind::kAgent, "ARMED FORCESES"), nullptr);  // harmless over-generation
  EXPECT_FALSE(d.agents[0].prefix);
  EXPECT_TRUE(d.agents[1].prefix);
}

TEST(HerodotusReader, VerbsFormsMultiWordAndPatterns) {
  LoadedDictionaries out = read(
      "synset &R19_WEAPON: rocket; drone\n"
      "verb accuse [112]: accuse\n"
      "  pattern accuse.war_crimes: * + OF WAR_CRIMES [1122]\n"
      "verb meet [036:036]: meet; met\n"
      "verb call_for [---]: call for\n"
      "  pattern call_for.ceasefire: * CEASEFIRE [0241]\n"
      "verb fire [---]: fire\n"
      "  pattern fire.weapon: * &R19_WEAPON [190]\n");
  ASSERT_TRUE(out.warnings.empty()) << out.warnings.front();
  const Dictionary& d = out.dictionary;
  ASSERT_EQ(d.verbs.size(), 4u);
  EXPECT_NE(find_root(d, RootKind::kVerb, "ACCUSED"), nullptr);
  EXPECT_NE(find_root(d, RootKind::kVerb, "ACCUSING"), nullptr);
  EXPECT_NE(find_root(d, RootKind::kVerb, "MET"), nullptr);
  EXPECT_EQ(find_root(d, RootKind::kVerb, "METS"), nullptr);  // only the lemma is inflected
  ASSERT_EQ(d.verbs[0].patterns.size(), 1u);
  EXPECT_EQ(d.verbs[0].patterns[0].id, "accuse.war_crimes");
  EXPECT_EQ(d.codes.text(d.verbs[0].patterns[0].code.code), "1122");
  EXPECT_TRUE(d.verbs[1].code.is_paired);
  auto called = std::find_if(d.multiword_verbs.begin(), d.multiword_verbs.end(),
                             [](const MultiWordVerb& m) { return m.verb == "CALLED"; });
  ASSERT_NE(called, d.multiword_verbs.end());
  EXPECT_EQ(called->after, (std::vector<std::string>{"FOR"}));
  EXPECT_EQ(d.verbs[3].patterns.size(), 1u);  // the synset with an underscore in its name resolved
}

TEST(HerodotusReader, ProblemsNameFileAndLine) {
  LoadedDictionaries out = read(
      "actor a.one: Arnor\n"                            // 1: no code
      "verb attack: attack\n"                           // 2: no [CODE]
      "verb strike [190]: strike\n"                     // 3
      "  pattern strike.x: * + NOW\n"                   // 4: pattern without a code
      "  colour red\n"                                  // 5: unknown key
      "actor a.two: Gondor\n  code GON 2001-13-01..\n"  // 6, 7: bad date
      "agent x: police\n  code COP\n"                   // 8, 9: no ~
      "actor a.two: Rohan\n"                            // 10: an actor id used twice
      "  code ROH\n"                                    // 11
      "nonsense line\n");                               // 12
  for (const char* where : {"test.txt:1:", "test.txt:2:", "test.txt:4:", "test.txt:5:",
                            "test.txt:7:", "test.txt:9:", "test.txt:10:", "test.txt:12:"})
    EXPECT_TRUE(has_warning(out, where)) << where;
}

TEST(HerodotusReader, EntriesOfOneVerbMerge) {
  // The same id twice, and a form two entries list: one verb, its patterns in file order.
  LoadedDictionaries out = read(
      "verb hold [---]: hold; held\n"
      "  pattern hold.talks: * TALKS [043]\n"
      "verb hold [---]: hold\n"
      "  pattern hold.hostage: * + HOSTAGE [181]\n"
      "verb stage [---]: stage; held\n"
      "  pattern stage.protest: * PROTEST [141]\n");
  ASSERT_TRUE(out.warnings.empty()) << out.warnings.front();
  const Dictionary& d = out.dictionary;
  ASSERT_EQ(d.verbs.size(), 2u);
  std::vector<std::string> ids;
  for (const Pattern& p : d.verbs[0].patterns) ids.push_back(p.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"hold.talks", "hold.hostage", "stage.protest"}));
  EXPECT_EQ(d.verbs[0].root_text, "HOLD");
  EXPECT_EQ(d.verbs[1].patterns.size(), 1u);
}

TEST(HerodotusReader, PartialDatesAndExactForms) {
  LoadedDictionaries out = read(
      "actor person.x: Xavier Quux\n  code ARNGOV 2013..2019-11\n"
      "verb state [010]: stated=\n");
  ASSERT_TRUE(out.warnings.empty()) << out.warnings.front();
  const Dictionary& d = out.dictionary;
  EXPECT_EQ(d.codes.text((*codes_on(d.actors[0], 20130101))[0]), "ARNGOV");
  EXPECT_EQ(d.codes.text((*codes_on(d.actors[0], 20191130))[0]), "ARNGOV");
  EXPECT_TRUE(codes_on(d.actors[0], 20191201) == nullptr ||
              (*codes_on(d.actors[0], 20191201))[0] == kNullCode);
  EXPECT_NE(find_root(d, RootKind::kVerb, "STATED"), nullptr);
  EXPECT_EQ(find_root(d, RootKind::kVerb, "STATEDS"), nullptr);  // '=': no generated forms
}

TEST(HerodotusReader, EnglishForms) {
  auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  auto stop = english_verb_forms("STOP");
  EXPECT_TRUE(has(stop, "STOPPED") && has(stop, "STOPPING") && has(stop, "STOPS"));
  auto visit = english_verb_forms("VISIT");
  EXPECT_TRUE(has(visit, "VISITED") && has(visit, "VISITING"));
  auto try_ = english_verb_forms("TRY");
  EXPECT_TRUE(has(try_, "TRIED") && has(try_, "TRIES") && has(try_, "TRYING"));
  auto accuse = english_verb_forms("ACCUSE");
  EXPECT_TRUE(has(accuse, "ACCUSED") && has(accuse, "ACCUSING") && has(accuse, "ACCUSES"));
  EXPECT_TRUE(has(english_verb_forms("AGREE"), "AGREEING"));
  EXPECT_EQ(english_plurals("PARTY"), (std::vector<std::string>{"PARTIES"}));
  EXPECT_EQ(english_plurals("ENVOY"), (std::vector<std::string>{"ENVOYS"}));
  EXPECT_EQ(english_plurals("CHURCH"), (std::vector<std::string>{"CHURCHES"}));
  EXPECT_EQ(english_plurals("CHAIRMAN"), (std::vector<std::string>{"CHAIRMEN"}));
}

TEST(HerodotusReader, FolderAndDetection) {
  testing::ScratchDir dir;
  std::string verbs = dir.write("dicts/verbs/19.txt", "verb attack [190]: attack\n");
  dir.write("dicts/actors/a.txt", "actor country.ARN: Arnor\n  code ARN\n");
  dir.write("petrarch/x.verbs.txt", "--- ATTACK [190] ---\nATTACK\n");
  std::string folder = std::filesystem::path(verbs).parent_path().parent_path().string();
  EXPECT_TRUE(looks_like_herodotus_folder(folder));
  EXPECT_FALSE(looks_like_herodotus_folder(std::filesystem::path(folder).parent_path().string() +
                                           "/petrarch"));
  auto loaded = read_herodotus_folder(folder);
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->dictionary.actors.size(), 1u);
  EXPECT_EQ(loaded->dictionary.verbs.size(), 1u);
  EXPECT_NE(loaded->dictionary.files[0].find("actors/a.txt"), std::string::npos);  // sorted order
}

TEST(Countries, EntriesFromRegistryJson) {
  auto text = country_entries_from_json(R"([
    {"name":{"common":"Belarus","official":"Republic of Belarus"},"cca3":"BLR",
     "altSpellings":["BY","Bielaruś","Белоруссия"],"capital":["Minsk"],
     "demonyms":{"eng":{"f":"Belarusian","m":"Belarusian"}}},
    {"name":{"common":"Kosovo","official":"Republic of Kosovo"},"cca3":"UNK","altSpellings":["XK"],
     "capital":["Pristina"],"demonyms":{"eng":{"f":"Kosovar","m":"Kosovar"}}}])");
  ASSERT_TRUE(text.ok()) << text.status().message();
  EXPECT_NE(text->find("actor country.BLR: Belarus; Republic of Belarus; Bielaruś\n  code BLR\n"),
            std::string::npos)
      << *text;
  EXPECT_NE(text->find("adjective Belarusian; Belarusians"), std::string::npos);
  EXPECT_NE(text->find("capital Minsk"), std::string::npos);
  EXPECT_EQ(text->find("; BY"), std::string::npos);  // a two-letter code is an English word
  EXPECT_NE(text->find("actor country.KSV: Kosovo"), std::string::npos);
  EXPECT_FALSE(country_entries_from_json("{}").ok());
  // What the generator writes, the reader reads without a problem.
  auto loaded = read_herodotus_sources({{"generated/countries.txt", *text}});
  ASSERT_TRUE(loaded.ok());
  EXPECT_TRUE(loaded->warnings.empty()) << loaded->warnings.front();
}

}  // namespace
}  // namespace herodotus::dict
