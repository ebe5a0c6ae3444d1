// What a page declares about itself: its <title>, meta tags (Open Graph, Twitter, Dublin Core,
// parse.ly and others), <html lang>, <link rel=canonical>, rel=author links, the first <time>,
// and its h1 and h2 headings.
#ifndef HERODOTUS_HTML_METADATA_H_
#define HERODOTUS_HTML_METADATA_H_

#include <gumbo.h>

#include <string>
#include <vector>

namespace herodotus::html {

struct Meta {
  std::string title_tag, og_title, twitter_title, dc_title, meta_title;
  std::string published, author, url, lang, locale, content_language;
  std::vector<std::string> rel_authors;
  std::string time_datetime;
  int h1_count = 0, h2_with_title = 0;
  std::vector<std::string> headings;  // h1 and h2 texts, for the title's check
};

// Reads the metadata of the page under `node`; the first value of each kind stands (a canonical
// link's url wins over og:url).
void read_meta(const GumboNode* node, Meta& meta, int depth = 0);

}  // namespace herodotus::html

#endif  // HERODOTUS_HTML_METADATA_H_
