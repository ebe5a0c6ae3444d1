// The article in an HTML page: its text and metadata.
//
// The page is decoded (html/page.h), parsed by Gumbo (a complete HTML5 parser), and read as a
// sequence of text blocks (paragraphs, headings, list items, cells) in document order, leaving
// out what is never article text (navigation, forms, hidden elements, and blocks whose class, id
// or role says advertising, sharing, comments, related links and the like:
// data/lexicon/html_hints.txt). Containers are scored by the paragraphs they hold (their length
// and commas, flowing to parent and grandparent), by their class hints and by their share of
// text that is not link text; the best container and those of its siblings that score near it
// are the article. A schema.org JSON-LD articleBody replaces a DOM reading that found much less
// text. Metadata comes from meta tags, JSON-LD, <time> and <link rel=canonical>.
#ifndef HERODOTUS_HTML_EXTRACTOR_H_
#define HERODOTUS_HTML_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

namespace herodotus::html {

struct Article {
  std::string title;
  std::string text;       // paragraphs separated by blank lines; the headline first
  std::string published;  // as the page writes it (ISO 8601 mostly); empty when unknown
  std::vector<std::string> authors;
  std::string lang;                // "en", "de-DE"; empty when unknown
  std::string url;                 // canonical
  std::string charset;             // what the page was decoded from, and how it was known
  std::vector<std::string> notes;  // what went wrong or was repaired, for diagnostics
};

// Reads an article from a page's raw bytes (any charset). Never fails: a page with no article
// gives empty text and a note.
Article extract_article(std::string_view page);

}  // namespace herodotus::html

#endif  // HERODOTUS_HTML_EXTRACTOR_H_
