// Reading PolNeAR's brat annotations and scoring quotations against them.
#include "validate/quote_eval.h"

#include <gtest/gtest.h>

#include "scratch_dir.h"

namespace herodotus::validate {
namespace {

// "Élysée" holds two-byte characters: brat counts characters, spans count bytes.
constexpr std::string_view kText =
    "\u00C9lys\u00E9e staff said the plan was fine.\n\n"
    "\u201CWe will win,\u201D Smith said. \u201CAnd soon.\u201D\n";

TEST(QuoteEval, ReadsDirectQuotesWithTheirSources) {
  testing::ScratchDir dir;
  dir.write("split/text/story.txt", kText);
  // T1: an indirect Content; T3: a direct one in two fragments written out of order, with a line
  // break in its text; a second annotator's file is ignored.
  dir.write("split/attributions/story_aaaa.ann",
            "T1\tContent 18 36\tthe plan was fine.\n"
            "T2\tSource 0 12\t\u00C9lys\u00E9e staff\n"
            "E1\tAttribution:T9 Content:T1 Source:T2\n"
            "T3\tContent 65 76;38 52\t\u201CWe will win,\u201D\n"
            "\u201CAnd soon.\u201D\n"
            "T4\tSource 53 58\tSmith\n"
            "E2\tAttribution:T8 Content:T3 Source:T4\n");
  dir.write("split/attributions/story_bbbb.ann", "T1\tContent 0 5\tnothing\n");
  auto articles = read_polnear(dir.path() + "/split");
  ASSERT_TRUE(articles.ok()) << articles.status().message();
  ASSERT_EQ(articles->size(), 1u);
  const PolnearArticle& a = (*articles)[0];
  EXPECT_NE(a.annotation.find("story_aaaa.ann"), std::string::npos);
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].content.of(a.text).substr(0, 3), "\u201C");
  EXPECT_EQ(a.quotes[0].content.of(a.text).substr(a.quotes[0].content.of(a.text).size() - 3),
            "\u201D");
  ASSERT_EQ(a.quotes[0].sources.size(), 1u);
  EXPECT_EQ(a.quotes[0].sources[0].of(a.text), "Smith");
  ASSERT_EQ(a.indirect.size(), 1u);
  EXPECT_EQ(a.indirect[0].of(a.text), "the plan was fine.");

  QuoteEvalReport report = run_quote_eval(*articles);
  EXPECT_EQ(report.gold, 1u);
  EXPECT_EQ(report.found, 2u);  // the two pieces around "Smith said" both match the one Content
  EXPECT_EQ(report.found_correct, 2u);
  EXPECT_EQ(report.gold_matched, 1u);
  EXPECT_EQ(report.speaker_correct, 1u);
  EXPECT_DOUBLE_EQ(report.f1(), 1.0);
}

TEST(QuoteEval, BadOffsetsNameTheFileAndLine) {
  testing::ScratchDir dir;
  dir.write("split/text/story.txt", kText);
  dir.write("split/attributions/story_aaaa.ann", "T1\tContent 10 9000\tx\n");
  auto articles = read_polnear(dir.path() + "/split");
  ASSERT_FALSE(articles.ok());
  EXPECT_NE(articles.status().message().find("story_aaaa.ann:1:"), std::string::npos)
      << articles.status().message();
}

TEST(QuoteEval, MissingFoldersAreAnError) {
  testing::ScratchDir dir;
  EXPECT_FALSE(read_polnear(dir.path()).ok());
}

}  // namespace
}  // namespace herodotus::validate
