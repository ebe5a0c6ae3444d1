#include "html/extractor.h"

#include <gumbo.h>

#include <algorithm>
#include <initializer_list>
#include <memory>

#include "html/article_body.h"
#include "html/blocks.h"
#include "html/json_ld.h"
#include "html/metadata.h"
#include "html/page.h"
#include "html/page_text.h"
#include "html/title.h"

namespace herodotus::html {
namespace {

std::string first_non_empty(std::initializer_list<const std::string*> values) {
  for (const std::string* v : values)
    if (!v->empty()) return *v;
  return {};
}

}  // namespace

Article extract_article(std::string_view page) {
  Article article;
  PageCharset charset = sniff_charset(page);
  article.charset = charset.name + " (" + charset.how + ")";
  std::string utf8 = page_to_utf8(page, charset);
  PreparedPage prepared = prepare_page(utf8);
  if (prepared.flattened)
    article.notes.push_back("elements nested deeper than " + std::to_string(kMaxDepth) +
                            " levels were flattened");
  if (prepared.truncated)
    article.notes.push_back("the page was cut at " + std::to_string(kMaxParsedBytes >> 20) +
                            " MB of markup");
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 16;  // Gumbo keeps a copy of the open elements per error: keep few
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&options, prepared.html.data(), prepared.html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });

  Meta meta;
  read_meta(output->root, meta);
  JsonLdArticle ld = read_json_ld(prepared.json_ld);

  std::string text, h1;
  for (bool use_hints : {true, false}) {
    PageReader reader(use_hints);
    reader.read(output->document);
    text = main_text(reader.blocks(), reader.containers());
    h1 = reader.first_h1();
    if (text.size() >= 250) break;  // too little text: read again without the class hints
  }
  // schema.org's articleBody is the publisher's own account of the text: it wins over a reading
  // of the page that found much less.
  if (!ld.body.empty() && word_count(text) < word_count(ld.body) * 6 / 10)
    text = body_paragraphs(ld.body);

  article.title = article_title(meta, ld);
  // The headline opens the text, as the page shows it (its <h1>), unless the text has it.
  std::string headline = !h1.empty() ? h1 : article.title;
  if (!text.empty() && !headline.empty() && text.compare(0, headline.size(), headline) != 0)
    text = headline + "\n\n" + text;
  article.text = std::move(text);
  if (article.text.empty())
    article.notes.push_back("no article in the page (an index of teasers, or no text)");

  article.published = first_non_empty({&ld.published, &meta.published, &meta.time_datetime});
  article.authors = ld.authors;
  if (article.authors.empty() && !meta.author.empty() && meta.author.rfind("http", 0) != 0)
    article.authors.push_back(meta.author);
  if (article.authors.empty()) article.authors = meta.rel_authors;
  article.lang = first_non_empty({&meta.lang, &ld.lang, &meta.content_language, &meta.locale});
  std::replace(article.lang.begin(), article.lang.end(), '_', '-');
  article.url = first_non_empty({&meta.url, &ld.url});
  return article;
}

}  // namespace herodotus::html
