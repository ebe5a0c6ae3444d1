// Which of a page's text blocks are the article's. Containers are scored by the paragraphs they
// hold (their length and commas, flowing to parent and grandparent), by their class hints and
// by their share of text that is not link text; the best container and those of its siblings
// that score near it are the article, without the lines before its first paragraph of substance
// (dateline, byline) and after its last (copyright, "Related News:").
#ifndef HERODOTUS_HTML_ARTICLE_BODY_H_
#define HERODOTUS_HTML_ARTICLE_BODY_H_

#include <string>
#include <vector>

#include "html/blocks.h"

namespace herodotus::html {

// The article's blocks, separated by blank lines; empty for a page of teasers (an index, a
// section front). Scores the containers as it goes.
std::string main_text(const std::vector<Block>& blocks, std::vector<Container>& containers);

}  // namespace herodotus::html

#endif  // HERODOTUS_HTML_ARTICLE_BODY_H_
