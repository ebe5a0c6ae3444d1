#include "html/metadata.h"

#include <cctype>

#include "html/elements.h"
#include "html/page.h"
#include "html/page_text.h"

namespace herodotus::html {
namespace {

std::string node_text(const GumboNode* node, int depth = 0) {
  if (depth > 2 * kMaxDepth) return {};
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA)
    return node->v.text.text;
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  if (never_text(node->v.element.tag) && node->v.element.tag != GUMBO_TAG_HEAD) return {};
  std::string out;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i)
    out += node_text(static_cast<const GumboNode*>(children.data[i]), depth + 1);
  return out;
}

// One <meta> property: the title, date, author, url and language a page declares.
void read_meta_property(const std::string& key, const std::string& equiv, const std::string& value,
                        Meta& meta) {
  auto set = [&](std::string& field) {
    if (field.empty()) field = value;
  };
  if (key == "og:title") set(meta.og_title);
  if (key == "twitter:title") set(meta.twitter_title);
  if (key == "dc.title" || key == "dc:title" || key == "dcterm:title") set(meta.dc_title);
  if (key == "title" || key == "parsely-title") set(meta.meta_title);
  if (key == "article:published_time" || key == "datepublished" || key == "pubdate" ||
      key == "publishdate" || key == "publish-date" || key == "date" || key == "dc.date" ||
      key == "dc.date.issued" || key == "dcterms.created" || key == "sailthru.date" ||
      key == "parsely-pub-date" || key == "og:published_time" || key == "article.published")
    set(meta.published);
  if (key == "author" || key == "dc.creator" || key == "dc:creator" || key == "parsely-author" ||
      key == "sailthru.author" || key == "byl")
    set(meta.author);
  if (key == "og:url") set(meta.url);
  if (key == "og:locale") set(meta.locale);
  if (equiv == "content-language") set(meta.content_language);
}

}  // namespace

void read_meta(const GumboNode* node, Meta& meta, int depth) {
  if (node->type != GUMBO_NODE_ELEMENT || depth > 2 * kMaxDepth) return;
  const GumboElement& e = node->v.element;
  auto lower_attr = [&](const char* name) {
    const char* v = attribute(e, name);
    std::string s = v == nullptr ? "" : v;
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  switch (e.tag) {
    case GUMBO_TAG_HTML:
      if (const char* lang = attribute(e, "lang")) meta.lang = lang;
      break;
    case GUMBO_TAG_TITLE:
      if (meta.title_tag.empty()) meta.title_tag = collapse(node_text(node));
      return;
    case GUMBO_TAG_META: {
      const char* content = attribute(e, "content");
      if (content == nullptr) return;
      // A property attribute may name several properties: "og:title twitter:title".
      std::string keys = lower_attr("property");
      if (keys.empty()) keys = lower_attr("name");
      if (keys.empty()) keys = lower_attr("itemprop");
      std::string equiv = lower_attr("http-equiv");
      std::string value = collapse(content);
      size_t at = 0;
      do {
        size_t space = keys.find(' ', at);
        std::string key = keys.substr(at, space == std::string::npos ? space : space - at);
        at = space == std::string::npos ? keys.size() : space + 1;
        read_meta_property(key, equiv, value, meta);
      } while (at < keys.size());
      return;
    }
    case GUMBO_TAG_LINK: {
      std::string rel = lower_attr("rel");
      if (rel == "canonical") {
        if (const char* href = attribute(e, "href")) meta.url = href;  // canonical wins
      }
      return;
    }
    case GUMBO_TAG_A: {
      if (lower_attr("rel") == "author") {
        std::string name = collapse(node_text(node));
        if (!name.empty() && name.size() < 80) meta.rel_authors.push_back(name);
      }
      break;
    }
    case GUMBO_TAG_TIME:
      if (meta.time_datetime.empty())
        if (const char* dt = attribute(e, "datetime")) meta.time_datetime = dt;
      break;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: {
      if (e.tag == GUMBO_TAG_H1) ++meta.h1_count;
      meta.headings.push_back(collapse(node_text(node)));
      break;
    }
    default:
      break;
  }
  for (unsigned i = 0; i < e.children.length; ++i)
    read_meta(static_cast<const GumboNode*>(e.children.data[i]), meta, depth + 1);
}

}  // namespace herodotus::html
