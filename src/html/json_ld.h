// schema.org's Article in a page's JSON-LD (<script type="application/ld+json">): the publisher's
// own headline, text, date, authors and language.
#ifndef HERODOTUS_HTML_JSON_LD_H_
#define HERODOTUS_HTML_JSON_LD_H_

#include <string>
#include <vector>

namespace herodotus::html {

struct JsonLdArticle {
  std::string headline, name, body, published, lang, url;
  std::vector<std::string> authors;
};

// The first Article (or BlogPosting, Report, ...) of the scripts, looking into arrays and @graph;
// each field from the first that has it. Malformed scripts are passed over.
JsonLdArticle read_json_ld(const std::vector<std::string>& scripts);

// Paragraphs of an articleBody: its line breaks, when it has any.
std::string body_paragraphs(const std::string& body);

}  // namespace herodotus::html

#endif  // HERODOTUS_HTML_JSON_LD_H_
