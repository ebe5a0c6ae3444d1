// An HTML page read as the article extractor sees it: a sequence of text blocks (paragraphs,
// headings, list items, cells) in document order, each in a container (the block element that
// holds it), leaving out what is never article text (elements.h).
#ifndef HERODOTUS_HTML_BLOCKS_H_
#define HERODOTUS_HTML_BLOCKS_H_

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <vector>

namespace herodotus::html {

// A block element and the text beneath it; the article is found by scoring these.
struct Container {
  int parent = -1;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  int weight = 0;                      // class hints
  uint32_t chars = 0, link_chars = 0;  // of all the text beneath
  double score = 0;
  bool scored = false;
};

// A run of text between block boundaries: a paragraph, a heading, a list item, a cell.
struct Block {
  std::string text;  // white space collapsed
  uint32_t chars = 0, link_chars = 0, commas = 0;
  int container = -1;                // the innermost block element holding it
  GumboTag tag = GUMBO_TAG_UNKNOWN;  // that element's tag
};

// Reads the blocks and containers of a parsed page. With `use_hints`, containers whose class or
// id says boilerplate (and footers) are left out with everything in them.
class PageReader {
 public:
  explicit PageReader(bool use_hints) : use_hints_(use_hints) {}

  void read(const GumboNode* root);

  std::vector<Block>& blocks() { return blocks_; }
  std::vector<Container>& containers() { return containers_; }
  const std::string& first_h1() const { return first_h1_; }

 private:
  void visit(const GumboNode* node, int container, bool in_link, int depth);
  // Adds text to the current block, white space collapsed; counts its characters, link text and
  // commas.
  void append(const char* text, int container, bool in_link);
  // Ends the current block, adding its counts to its container and the containers above.
  void flush();

  bool use_hints_;
  std::vector<Block> blocks_;
  std::vector<Container> containers_;
  Block current_;
  std::vector<std::string> words_;
  std::string first_h1_;
};

}  // namespace herodotus::html

#endif  // HERODOTUS_HTML_BLOCKS_H_
