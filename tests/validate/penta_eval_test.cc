// Reading five-class records and scoring classes and actor spans against them.
#include "validate/penta_eval.h"

#include <gtest/gtest.h>

#include "scratch_dir.h"

namespace herodotus::validate {
namespace {

TEST(PentaEval, ClassOfACameoRoot) {
  EXPECT_EQ(penta_class("010"), 0);
  EXPECT_EQ(penta_class("0231"), 0);
  EXPECT_EQ(penta_class("036"), 1);
  EXPECT_EQ(penta_class("057"), 1);
  EXPECT_EQ(penta_class("061"), 2);
  EXPECT_EQ(penta_class("0874"), 2);
  EXPECT_EQ(penta_class("090"), 3);
  EXPECT_EQ(penta_class("1384"), 3);
  EXPECT_EQ(penta_class("140"), 4);
  EXPECT_EQ(penta_class("2042"), 4);
  EXPECT_EQ(penta_class("000"), -1);
  EXPECT_EQ(penta_class("---"), -1);
  EXPECT_EQ(penta_class("2"), -1);
  // Reducing relations is material conflict by roots, verbal conflict by Phoenix's classes.
  EXPECT_EQ(penta_class("163"), 4);
  EXPECT_EQ(penta_class("163", PentaScheme::kPhoenix), 3);
  EXPECT_EQ(penta_class("173", PentaScheme::kPhoenix), 4);
  EXPECT_EQ(penta_class("112", PentaScheme::kPhoenix), 3);
}

TEST(PentaEval, ReadsCharacterSpansAsBytes) {
  testing::ScratchDir dir;
  // "Élysée" is six characters and eight bytes.
  dir.write(
      "records.jsonl",
      "{\"id\": \"a\", \"date\": \"2020-01-01\", \"text\": \"\u00C9lys\u00E9e aides met Russia.\","
      " \"gold\": {\"penta\": 1, \"S\": [[0, 12]], \"T\": [[17, 23]], \"R\": [[7, 12]]}}\n"
      "\n"
      "{\"id\": \"b\", \"text\": \"Nothing here.\", \"gold\": {\"penta\": 0}}\n");
  auto records = read_penta_records(dir.path() + "/records.jsonl");
  ASSERT_TRUE(records.ok()) << records.status().message();
  ASSERT_EQ(records->size(), 2u);
  const PentaRecord& a = (*records)[0];
  EXPECT_EQ(a.penta, 1);
  EXPECT_EQ(a.line, 1u);
  ASSERT_EQ(a.sources.size(), 2u);  // S, then R
  EXPECT_EQ(a.sources[0].of(a.text), "\u00C9lys\u00E9e aides");
  EXPECT_EQ(a.sources[1].of(a.text), "aides");
  ASSERT_EQ(a.targets.size(), 2u);  // T, then R
  EXPECT_EQ(a.targets[0].of(a.text), "Russia");
  EXPECT_EQ((*records)[1].line, 3u);
  EXPECT_TRUE((*records)[1].sources.empty());
}

TEST(PentaEval, NamesTheLineOfABadRecord) {
  testing::ScratchDir dir;
  dir.write("class.jsonl",
            "{\"id\": \"a\", \"text\": \"x\", \"gold\": {\"penta\": 0}}\n"
            "{\"id\": \"b\", \"text\": \"x\", \"gold\": {\"penta\": 7}}\n");
  auto records = read_penta_records(dir.path() + "/class.jsonl");
  ASSERT_FALSE(records.ok());
  EXPECT_NE(records.status().message().find("class.jsonl:2:"), std::string::npos)
      << records.status().message();

  dir.write("span.jsonl",
            "{\"id\": \"a\", \"text\": \"short\", \"gold\": {\"penta\": 0, \"S\": [[2, 9]]}}\n");
  records = read_penta_records(dir.path() + "/span.jsonl");
  ASSERT_FALSE(records.ok());
  EXPECT_NE(records.status().message().find("span.jsonl:1: a span"), std::string::npos)
      << records.status().message();

  dir.write("json.jsonl", "{\"id\": \"a\",\n");
  EXPECT_FALSE(read_penta_records(dir.path() + "/json.jsonl").ok());
  EXPECT_FALSE(read_penta_records(dir.path() + "/absent.jsonl").ok());
}

// One sentence with a material conflict the built-in dictionaries code, scored three ways.
TEST(PentaEval, ScoresClassesAndSpans) {
  auto engine = load_builtin_dictionaries();
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  const std::string text = "Russian troops attacked Ukrainian soldiers near Kharkiv.";
  std::vector<PentaRecord> records(3);
  for (PentaRecord& r : records) {
    r.id = "r";
    r.date = "2022-05-01";
    r.text = text;
  }
  records[0].penta = 4;  // right class, right spans
  records[0].sources = {{0, 14}};
  records[0].targets = {{24, 42}};
  records[1].penta = 4;  // right class, the spans swapped
  records[1].sources = {{24, 42}};
  records[1].targets = {{0, 14}};
  records[2].penta = 1;  // another class: a miss, and a false material conflict
  PentaReport report = run_penta_eval(records, *engine);
  ASSERT_EQ(report.outcomes.size(), 3u);
  EXPECT_TRUE(report.outcomes[0].recalled);
  EXPECT_TRUE(report.outcomes[0].source_right);
  EXPECT_TRUE(report.outcomes[0].target_right);
  EXPECT_TRUE(report.outcomes[1].recalled);
  EXPECT_FALSE(report.outcomes[1].source_right);
  EXPECT_FALSE(report.outcomes[1].target_right);
  EXPECT_FALSE(report.outcomes[2].recalled);
  EXPECT_EQ(report.recalled, 2u);
  EXPECT_EQ(report.false_classes, 1u);
  EXPECT_EQ(report.false_of[4], 1u);
  EXPECT_EQ(report.sources_scored, 2u);
  EXPECT_EQ(report.sources_right, 1u);
  EXPECT_DOUBLE_EQ(report.precision(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(report.recall(), 2.0 / 3.0);
}

// The same coded events rescored with other classes: sanctions are verbal conflict by Phoenix's.
TEST(PentaEval, RescoresWithAnotherScheme) {
  auto engine = load_builtin_dictionaries();
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  std::vector<PentaRecord> records(1);
  records[0].id = "r";
  records[0].date = "2022-05-01";
  records[0].text = "The European Union imposed sanctions on Russia.";
  records[0].penta = 3;
  PentaReport roots = run_penta_eval(records, *engine);
  ASSERT_EQ(roots.outcomes.size(), 1u);
  ASSERT_FALSE(roots.outcomes[0].events.empty());
  EXPECT_EQ(roots.outcomes[0].events[0].code.substr(0, 2), "16");
  EXPECT_FALSE(roots.outcomes[0].recalled);
  EXPECT_EQ(roots.false_classes, 1u);
  PentaReport phoenix = rescore_penta(roots, PentaScheme::kPhoenix);
  EXPECT_TRUE(phoenix.outcomes[0].recalled);
  EXPECT_EQ(phoenix.false_classes, 0u);
  EXPECT_EQ(phoenix.recalled, 1u);
}

}  // namespace
}  // namespace herodotus::validate
