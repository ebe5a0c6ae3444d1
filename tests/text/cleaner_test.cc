#include "text/cleaner.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace herodotus {
namespace {

using testing::segment;

std::vector<RemovalReason> reasons(const Document& doc) {
  std::vector<RemovalReason> out;
  for (const Removal& r : doc.removals()) out.push_back(r.reason);
  return out;
}

TEST(Cleaner, AdMarkersGo) {
  Document doc =
      segment("First line of the story.\nHide Ad\nADVERTISEMENT\nAdvertisement\nLast line.");
  EXPECT_EQ(doc.text(), "First line of the story.\nLast line.");
  EXPECT_EQ(reasons(doc), std::vector<RemovalReason>(3, RemovalReason::kAdMarker));
}

TEST(Cleaner, TeaserTakesItsHeadline) {
  Document doc =
      segment("Story text.\n\nRead More\n'Headline of another story': a teaser...\n\nMore story.");
  EXPECT_EQ(doc.text(), "Story text.\nMore story.");
  EXPECT_EQ(reasons(doc), (std::vector{RemovalReason::kTeaser, RemovalReason::kTeaser}));
}

TEST(Cleaner, TeaserLeavesALongParagraph) {
  std::string paragraph =
      "This paragraph is long enough to be story text rather than a headline, because it goes on "
      "and on with clauses, names, places and numbers, 1,000 of them, for well over forty words "
      "in all, as real paragraphs of news stories often do when they report events.";
  Document doc = segment("Read more\n" + paragraph);
  EXPECT_EQ(doc.text(), paragraph);
}

TEST(Cleaner, ReadMoreWithHeadlineOnOneLine) {
  Document doc = segment("Story.\nRead more: Gangs attack police stations\nMore.");
  EXPECT_EQ(doc.text(), "Story.\nMore.");
}

TEST(Cleaner, PromptsAndCredits) {
  Document doc = segment(
      "Story.\nSign up to our newsletter for the week's top stories\nShare this article\n"
      "Photo: Reuters\n(Photo by John Doe/AFP via Getty Images)\nFollow us on Twitter\nEnd.");
  EXPECT_EQ(doc.text(), "Story.\nEnd.");
}

TEST(Cleaner, PromptRulesMatchWholeWordsOnly) {
  Document doc = segment("Subscribers to the state channel saw the speech live.");
  EXPECT_EQ(doc.text(), "Subscribers to the state channel saw the speech live.");
}

TEST(Cleaner, RepeatedLineKeptOnce) {
  Document doc = segment(
      "A caption under the photo of the meeting.\nStory text.\n"
      "A caption under the photo of the meeting.\n");
  EXPECT_EQ(doc.text(), "A caption under the photo of the meeting.\nStory text.");
  EXPECT_EQ(reasons(doc), (std::vector{RemovalReason::kRepeated}));
}

TEST(Cleaner, ShortRepeatedLinesStay) {
  Document doc = segment("Yes.\nHe said no.\nYes.");
  EXPECT_EQ(doc.text(), "Yes.\nHe said no.\nYes.");
}

TEST(Cleaner, DoubledLineKeepsOneCopy) {
  Document doc = segment("A caption under the photo.A caption under the photo.\nStory.");
  EXPECT_EQ(doc.text(), "A caption under the photo.\nStory.");
  ASSERT_EQ(doc.removals().size(), 1u);
  EXPECT_EQ(doc.removals()[0].reason, RemovalReason::kDoubledCopy);
  EXPECT_EQ(doc.removals()[0].span.of(doc.original()), "A caption under the photo.");
}

TEST(Cleaner, DoubledLineWithDifferentSpacing) {
  Document doc = segment("A caption  under the photo. A caption under  the photo.");
  EXPECT_EQ(doc.text(), "A caption under the photo.");
}

TEST(Cleaner, TripledLine) {
  Document doc =
      segment("Caption of the day here.Caption of the day here.Caption of the day here.");
  EXPECT_EQ(doc.text(), "Caption of the day here.");
}

TEST(Cleaner, HardWrappedBlocksBecomeParagraphs) {
  Document doc = segment(
      "CARACAS (Wire) - Police fired tear\ngas at thousands of marchers\non Saturday.\n\n"
      "The protesters demanded\nthe release of prisoners.\n");
  EXPECT_EQ(doc.text(),
            "CARACAS (Wire) - Police fired tear gas at thousands of marchers on Saturday.\n"
            "The protesters demanded the release of prisoners.");
  ASSERT_EQ(doc.paragraphs().size(), 2u);
  // The joins are spaces in place of the line breaks: spans still reach the original.
  Span first = doc.to_original(doc.paragraphs()[0].span);
  EXPECT_EQ(first.of(doc.original()),
            "CARACAS (Wire) - Police fired tear\ngas at thousands of marchers\non Saturday.");
}

TEST(Cleaner, ScrapedLinesStayParagraphs) {
  Document doc = segment("Headline\n\nFirst paragraph.\nSecond paragraph.");
  EXPECT_EQ(doc.paragraphs().size(), 3u);
}

TEST(Cleaner, WindowsAndOldMacLineEnds) {
  Document doc = segment("First.\r\nSecond.\rThird.");
  EXPECT_EQ(doc.text(), "First.\nSecond.\nThird.");
}

TEST(Cleaner, EmptyStoryIsAWarning) {
  Document doc = segment("   \n\n");
  ASSERT_EQ(doc.diagnostics().size(), 1u);
  EXPECT_EQ(doc.diagnostics()[0].code, ErrorCode::kEmptyStory);
  EXPECT_EQ(doc.diagnostics()[0].level, Level::kWarning);
  EXPECT_TRUE(doc.sentences().empty());
}

TEST(Cleaner, RemovalSpansAreOriginalLines) {
  std::string text = "Story “text”.\nHide Ad\nMore.";
  Document doc = segment(text);
  ASSERT_EQ(doc.removals().size(), 1u);
  EXPECT_EQ(doc.removals()[0].span.of(doc.original()), "Hide Ad");
}

}  // namespace
}  // namespace herodotus
