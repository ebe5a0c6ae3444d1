// The title a reader would give a page: its metadata title (JSON-LD, Dublin Core, Open Graph,
// meta, Twitter) when it has one, else its <title> without the site's name.
#ifndef HERODOTUS_HTML_TITLE_H_
#define HERODOTUS_HTML_TITLE_H_

#include <string>

#include "html/json_ld.h"
#include "html/metadata.h"

namespace herodotus::html {

std::string article_title(const Meta& meta, const JsonLdArticle& ld);

}  // namespace herodotus::html

#endif  // HERODOTUS_HTML_TITLE_H_
