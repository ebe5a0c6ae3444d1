// The guiding example: ../shared/data/seed/belarus-joint-forces.txt as a scraper saved it.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_util.h"

namespace herodotus {
namespace {

class SeedTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    doc_ = new Document(testing::segment(
        testing::read_file(testing::shared_data_path("seed/belarus-joint-forces.txt")),
        "belarus-joint-forces"));
  }
  static void TearDownTestSuite() { delete doc_; }

  static size_t count_in_text(std::string_view needle) {
    size_t count = 0;
    std::string_view text = doc_->text();
    for (size_t at = text.find(needle); at != std::string_view::npos;
         at = text.find(needle, at + 1))
      ++count;
    return count;
  }

  static Document* doc_;
};

Document* SeedTest::doc_ = nullptr;

TEST_F(SeedTest, NoAdMarkers) {
  EXPECT_EQ(count_in_text("Hide Ad"), 0u);
}

TEST_F(SeedTest, NoTeaser) {
  EXPECT_EQ(count_in_text("Read More"), 0u);
  EXPECT_EQ(count_in_text("Mobilise everyone"), 0u);
  EXPECT_EQ(count_in_text("trolling"), 0u);
}

TEST_F(SeedTest, CaptionKeptOnce) {
  EXPECT_EQ(count_in_text("meets with his Belarus' counterpart Alexander Lukashenko"), 1u);
}

TEST_F(SeedTest, NoSentenceEndsInAnHonorific) {
  for (const std::string& s : testing::sentence_texts(*doc_)) {
    for (std::string_view honorific : {" Mr", " Ms", " Mr.", " Ms.", " Mrs", " Mrs."}) {
      EXPECT_FALSE(s.size() >= honorific.size() &&
                   s.compare(s.size() - honorific.size(), honorific.size(), honorific) == 0)
          << s;
    }
  }
}

TEST_F(SeedTest, TwoParagraphQuoteIntact) {
  // The quote opens in one paragraph and goes on in the next: both paragraphs survive whole.
  const auto& paragraphs = doc_->paragraphs();
  auto first = std::find_if(paragraphs.begin(), paragraphs.end(), [](const Paragraph& p) {
    return doc_->text_of(p.span).find("\"Given the worsening") != std::string_view::npos;
  });
  ASSERT_NE(first, paragraphs.end());
  EXPECT_EQ(doc_->text_of(first->span),
            "He said: \"Given the worsening of the situation on the western borders of the Union "
            "State, we agreed to deploy a regional group of forces of the Russian Federation and "
            "the Republic of Belarus. This complies with our documents. It says that if the threat "
            "level reaches the level as it is now, we begin to use the Union State group of "
            "forces.");
  ASSERT_NE(first + 1, paragraphs.end());
  EXPECT_EQ(doc_->text_of((first + 1)->span),
            "\"The basis (I have always said this) of this group is the army, the Armed Forces of "
            "the Republic of Belarus. I must inform you that the formation of this group has "
            "begun. It's been going on for, I think, two days.\"");
}

TEST_F(SeedTest, SentenceSpansPointIntoTheOriginal) {
  for (const Sentence& s : doc_->sentences()) {
    Span original = doc_->to_original(s.span);
    ASSERT_LE(original.end, doc_->original().size());
    std::string_view o = original.of(doc_->original());
    std::string_view n = doc_->text_of(s.span);
    // Same first and last bytes whenever the normalised text kept them verbatim.
    if (n.front() != '"' && n.front() != '\'') {
      EXPECT_EQ(o.front(), n.front()) << n;
    }
    if (n.back() == '.') {
      EXPECT_EQ(o.back(), '.') << n;
    }
  }
}

TEST_F(SeedTest, SplitsAsACarefulReaderWould) {
  std::vector<std::string> sentences = testing::sentence_texts(*doc_);
  ASSERT_EQ(sentences.size(), 26u);
  EXPECT_EQ(sentences[7],
            "\"I have already said that today Ukraine is not just contemplating, but planning "
            "strikes on the territory of Belarus.\" he said.");
  EXPECT_EQ(sentences[10],
            "Mr Lukashenko said he had a one-on-one meeting with his ally Mr Putin after the "
            "informal CIS summit in St Petersburg and subsequently \"gave an order\" to form the "
            "group.");
}

}  // namespace
}  // namespace herodotus
