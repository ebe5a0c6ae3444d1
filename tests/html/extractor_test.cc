// The article extractor: charsets, what is article text and what is not, metadata, and pages
// built to break it.
#include "html/extractor.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "html/page.h"

namespace herodotus::html {
namespace {

std::string paragraphs(int n, const std::string& word) {
  std::string out;
  for (int i = 0; i < n; ++i)
    out += "<p>The " + word + " talks resumed on Tuesday, officials said, and " + word +
           " delegations met for six hours in the capital, according to a statement.</p>\n";
  return out;
}

std::string page(const std::string& body, const std::string& head = "") {
  return "<!DOCTYPE html><html lang=\"en\"><head><title>Talks resume in the capital | Example "
         "News</title>" +
         head + "</head><body>" + body + "</body></html>";
}

TEST(Charset, FromByteOrderMarkMetaBytesOrDetector) {
  EXPECT_EQ(sniff_charset("\xEF\xBB\xBF<p>x</p>").name, "UTF-8");
  EXPECT_EQ(sniff_charset("<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8</p>").name,
            "windows-1251");
  EXPECT_EQ(sniff_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                          "charset=ISO-8859-1\"><p>caf\xe9</p>")
                .name,
            "windows-1252");
  // A declared single-byte charset loses to bytes that are valid UTF-8 beyond ASCII.
  EXPECT_EQ(sniff_charset("<meta charset=\"iso-8859-1\"><p>caf\xc3\xa9</p>").name, "UTF-8");
  EXPECT_EQ(sniff_charset("<p>plain</p>").how, "valid UTF-8");
  PageCharset guessed = sniff_charset(
      "<p>caf\xe9 cr\xe8me br\xfbl\xe9"
      "e na\xefve</p>");
  EXPECT_NE(guessed.name, "UTF-8");
  EXPECT_EQ(page_to_utf8("<p>caf\xe9</p>", {"windows-1252", "meta"}), "<p>caf\xc3\xa9</p>");
}

TEST(Prepare, DropsScriptsKeepsJsonLdAndBoundsNesting) {
  PreparedPage p = prepare_page(
      "<script>var a = '<p>not text</p>';</script><!-- c --><script "
      "type=\"application/ld+json\">{\"a\":1}</script><p>kept</p>");
  EXPECT_EQ(p.html, "<p>kept</p>");
  ASSERT_EQ(p.json_ld.size(), 1u);
  EXPECT_EQ(p.json_ld[0], "{\"a\":1}");
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  deep += "bottom";
  PreparedPage flat = prepare_page(deep);
  EXPECT_TRUE(flat.flattened);
  // A script with no end tag drops only its tag; an open <title> closes at the next tag.
  EXPECT_EQ(prepare_page("<script src=x><p>text</p>").html, "<p>text</p>");
  EXPECT_EQ(prepare_page("<title>T</titlebroken><p>x</p>").html,
            "<title>T</title></titlebroken><p>x</p>");
}

TEST(Extractor, ArticleWithoutItsSurroundings) {
  Article a = extract_article(
      page("<nav><a href=/>Home</a> <a href=/world>World</a></nav>"
           "<div class=\"share-bar\"><p>Share this article on every network you know of, please, "
           "right now, today.</p></div>"
           "<article><h1>Talks resume in the capital</h1><p class=dateline>10 October 2022</p>" +
           paragraphs(4, "peace") +
           "<figure><img src=a.jpg><figcaption>Delegates arrive, in a photo by an agency, on "
           "Tuesday.</figcaption></figure></article>"
           "<div id=\"comments\"><p>Great article, thanks, I agree with every word of it, "
           "really.</p></div><footer><p>Copyright 2022 Example News, all rights reserved, and more "
           "words.</p></footer>"));
  EXPECT_EQ(a.text.rfind("Talks resume in the capital\n\nThe peace talks resumed", 0), 0u)
      << a.text;
  for (const char* gone :
       {"Home", "Share this", "Delegates arrive", "Great article", "Copyright", "10 October 2022"})
    EXPECT_EQ(a.text.find(gone), std::string::npos) << gone;
  EXPECT_EQ(a.title, "Talks resume in the capital");  // the site's name goes
  EXPECT_EQ(a.lang, "en");
}

TEST(Extractor, MetadataFromMetaTagsJsonLdAndLinks) {
  Article a = extract_article(
      page("<article>" + paragraphs(3, "border") + "</article>",
           "<meta property=\"og:title\" content=\"Border talks resume\">"
           "<meta property=\"article:published_time\" content=\"2022-10-10T09:00:00Z\">"
           "<link rel=\"canonical\" href=\"https://example.com/talks\">"
           "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"name\":"
           "\"Jane Roe\"},{\"name\":\"John Doe\"}]}</script>"));
  EXPECT_EQ(a.title, "Border talks resume");
  EXPECT_EQ(a.published, "2022-10-10T09:00:00Z");
  EXPECT_EQ(a.url, "https://example.com/talks");
  ASSERT_EQ(a.authors.size(), 2u);
  EXPECT_EQ(a.authors[1], "John Doe");
}

TEST(Extractor, JsonLdBodyWhenThePageHoldsLittle) {
  Article a = extract_article(
      page("<div id=app></div>",
           "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
           "\"articleBody\":\"First paragraph of the body.\\nSecond paragraph of the body.\"}"
           "</script>"));
  EXPECT_NE(a.text.find("First paragraph of the body.\n\nSecond paragraph"), std::string::npos)
      << a.text;
}

TEST(Extractor, AnIndexOfTeasersHoldsNoArticle) {
  std::string teasers;
  for (int i = 0; i < 6; ++i)
    teasers += "<div class=item><h2><a href=/a" + std::to_string(i) + ">Headline number " +
               std::to_string(i) +
               "</a></h2><p>A line about the story, long enough to read as a teaser line.</p>"
               "</div>";
  Article a = extract_article(page("<div id=main>" + teasers + "</div>"));
  EXPECT_TRUE(a.text.empty()) << a.text;
  EXPECT_FALSE(a.notes.empty());
}

TEST(Extractor, LegacyCharsetsAreConverted) {
  // "Привет" in windows-1251, declared.
  Article a = extract_article(
      "<html><head><meta charset=\"windows-1251\"></head><body><article><p>\xcf\xf0\xe8\xe2\xe5"
      "\xf2, \xec\xe8\xf0! \xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0! \xcf\xf0\xe8\xe2\xe5\xf2, "
      "\xec\xe8\xf0!</p></article></body></html>");
  EXPECT_NE(a.text.find("\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82"), std::string::npos)
      << a.text;
  EXPECT_EQ(a.charset, "windows-1251 (meta)");
}

TEST(Extractor, PagesBuiltToBreakIt) {
  auto start = std::chrono::steady_clock::now();
  // Nesting a hundred thousand deep (Gumbo alone is quadratic in depth).
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div><b>";
  Article a = extract_article(deep + "text");
  EXPECT_FALSE(a.notes.empty());
  // Binary bytes, a truncated tag, an unclosed comment, nothing at all.
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>((i * 7919) & 0xFF);
  extract_article(binary);
  extract_article("<html><body><p>cut off in the mid");
  extract_article("<p>before<!-- never closed <p>after");
  EXPECT_TRUE(extract_article("").text.empty());
  // Fifty megabytes: a long article in a page full of script.
  std::string huge = "<html><body><script>" + std::string(30 << 20, 'x') + "</script><article>";
  for (int i = 0; huge.size() < (size_t{50} << 20); ++i) huge += paragraphs(1, std::to_string(i));
  Article big = extract_article(huge + "</article></body></html>");
  EXPECT_GT(big.text.size(), size_t{1} << 20);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(60));
}

}  // namespace
}  // namespace herodotus::html
