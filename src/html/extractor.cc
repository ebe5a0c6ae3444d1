#include "html/extractor.h"

#include <gumbo.h>
#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "core/strings.h"
#include "html/page.h"
#include "text/lexicon.h"
#include "text/word_lists.h"

namespace herodotus::embedded {
extern const std::string_view html_hints;
}

namespace herodotus::html {
namespace {

// ---- Class and id hints (data/lexicon/html_hints.txt) ----------------------------------------

struct Hints {
  std::vector<std::string> boilerplate, content;  // match the start of a word of the attribute
  text::StringSet exact;                          // match a whole word

  Hints() {
    text::WordSets sets = text::lower_case_word_sets(embedded::html_hints);
    boilerplate.assign(sets["[boilerplate]"].begin(), sets["[boilerplate]"].end());
    content.assign(sets["[content]"].begin(), sets["[content]"].end());
    exact = std::move(sets["[short]"]);
  }
};

const Hints& hints() {
  static const Hints* h = new Hints();
  return *h;
}

const char* attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

// The words of an element's class and id, lower-cased: "story-body__inner" gives "story",
// "body", "inner" and the whole "story-body__inner".
void attribute_words(const GumboElement& element, std::vector<std::string>& words) {
  words.clear();
  for (const char* name : {"class", "id"}) {
    const char* value = attribute(element, name);
    if (value == nullptr) continue;
    std::string word, whole;
    for (const char* p = value;; ++p) {
      char c = *p;
      bool inner = c != '\0' && !std::isspace(static_cast<unsigned char>(c));
      if (inner) whole += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (inner && std::isalnum(static_cast<unsigned char>(c))) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        continue;
      }
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
      if (!inner) {
        if (!whole.empty() && std::find(words.begin(), words.end(), whole) == words.end())
          words.push_back(whole);
        whole.clear();
      }
      if (c == '\0') break;
    }
  }
}

bool matches_any(const std::vector<std::string>& words, const std::vector<std::string>& entries) {
  for (const std::string& w : words)
    for (const std::string& e : entries)
      if (w.compare(0, e.size(), e) == 0) return true;
  return false;
}

// +25 for an article container's hint, -25 for boilerplate's.
int class_weight(const std::vector<std::string>& words) {
  const Hints& h = hints();
  int weight = 0;
  if (matches_any(words, h.content)) weight += 25;
  bool exact = std::any_of(words.begin(), words.end(),
                           [&](const std::string& w) { return h.exact.count(w) > 0; });
  if (matches_any(words, h.boilerplate) || exact) weight -= 25;
  return weight;
}

// ---- Elements ---------------------------------------------------------------------------------

bool never_text(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

bool is_heading(GumboTag tag) {
  return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

// Elements a reader never sees: hidden, aria-hidden, display:none, and the page's navigation
// landmarks.
bool hidden(const GumboElement& e) {
  if (attribute(e, "hidden") != nullptr) return true;
  if (const char* a = attribute(e, "aria-hidden"); a != nullptr && std::strcmp(a, "true") == 0)
    return true;
  if (const char* style = attribute(e, "style"); style != nullptr) {
    std::string s;
    for (const char* p = style; *p; ++p)
      if (*p != ' ') s += static_cast<char>(std::tolower(static_cast<unsigned char>(*p)));
    if (s.find("display:none") != std::string::npos ||
        s.find("visibility:hidden") != std::string::npos)
      return true;
  }
  if (const char* role = attribute(e, "role"); role != nullptr) {
    for (const char* r : {"navigation", "complementary", "contentinfo", "banner", "menu", "menubar",
                          "dialog", "alertdialog", "search"})
      if (std::strcmp(role, r) == 0) return true;
  }
  return false;
}

// ---- Blocks and containers --------------------------------------------------------------------

struct Container {
  int parent = -1;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  int weight = 0;                      // class hints
  uint32_t chars = 0, link_chars = 0;  // of all the text beneath
  double score = 0;
  bool scored = false;
};

struct Block {
  std::string text;
  uint32_t chars = 0, link_chars = 0, commas = 0;
  int container = -1;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
};

class PageReader {
 public:
  explicit PageReader(bool use_hints) : use_hints_(use_hints) {}

  void read(const GumboNode* root) {
    visit(root, -1, false, 0);
    flush();
  }

  std::vector<Block>& blocks() { return blocks_; }
  std::vector<Container>& containers() { return containers_; }
  const std::string& first_h1() const { return first_h1_; }

 private:
  void visit(const GumboNode* node, int container, bool in_link, int depth) {
    if (depth > 2 * kMaxDepth) return;
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        append(node->v.text.text, container, in_link);
        return;
      case GUMBO_NODE_DOCUMENT:
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
      default:
        return;
    }
    const GumboVector* children = nullptr;
    GumboTag tag = GUMBO_TAG_HTML;
    if (node->type == GUMBO_NODE_DOCUMENT) {
      children = &node->v.document.children;
    } else {
      const GumboElement& e = node->v.element;
      tag = e.tag;
      children = &e.children;
      if (never_text(tag) || hidden(e)) return;
      if (tag == GUMBO_TAG_BR) {
        flush();
        return;
      }
      if (tag == GUMBO_TAG_A) in_link = true;
      if (is_block(tag) || tag == GUMBO_TAG_UNKNOWN) {
        attribute_words(e, words_);
        int weight = class_weight(words_);
        bool keeps_article = tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML ||
                             tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE;
        if (use_hints_ && weight < 0 && !keeps_article) return;
        if (tag == GUMBO_TAG_FOOTER && use_hints_) return;
        if (is_block(tag)) {
          flush();
          Container c;
          c.parent = container;
          c.tag = tag;
          c.weight = weight;
          containers_.push_back(c);
          container = static_cast<int>(containers_.size()) - 1;
        }
      }
    }
    for (unsigned i = 0; i < children->length; ++i)
      visit(static_cast<const GumboNode*>(children->data[i]), container, in_link, depth + 1);
    if (node->type == GUMBO_NODE_ELEMENT && is_block(tag)) {
      if (tag == GUMBO_TAG_H1 && first_h1_.empty() && current_.container == container)
        first_h1_ = trimmed(current_.text);
      flush();
    }
  }

  static std::string trimmed(const std::string& s) { return std::string(trim(s)); }

  void append(const char* text, int container, bool in_link) {
    if (current_.container != container) flush();
    current_.container = container;
    for (const char* p = text; *p; ++p) {
      char c = *p;
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
      // No-break spaces count as spaces too.
      if (static_cast<unsigned char>(c) == 0xC2 && static_cast<unsigned char>(p[1]) == 0xA0) {
        space = true;
        ++p;
      }
      if (space) {
        if (!current_.text.empty() && current_.text.back() != ' ') current_.text += ' ';
        continue;
      }
      current_.text += c;
      // Characters, not bytes: continuation bytes do not count.
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
        ++current_.chars;
        if (in_link) ++current_.link_chars;
        if (c == ',') ++current_.commas;
      }
    }
  }

  void flush() {
    std::string text = trimmed(current_.text);
    int container = current_.container;
    if (!text.empty() && container >= 0) {
      Block b;
      b.text = std::move(text);
      b.chars = current_.chars;
      b.link_chars = current_.link_chars;
      b.commas = current_.commas;
      b.container = container;
      b.tag = containers_[static_cast<size_t>(container)].tag;
      for (int c = container; c >= 0; c = containers_[static_cast<size_t>(c)].parent) {
        containers_[static_cast<size_t>(c)].chars += b.chars;
        containers_[static_cast<size_t>(c)].link_chars += b.link_chars;
      }
      blocks_.push_back(std::move(b));
    }
    current_ = Block{};
  }

  bool use_hints_;
  std::vector<Block> blocks_;
  std::vector<Container> containers_;
  Block current_;
  std::vector<std::string> words_;
  std::string first_h1_;
};

constexpr uint32_t kMinHintedChars = 200;

double link_density(uint32_t chars, uint32_t link_chars) {
  return chars == 0 ? 0 : double(link_chars) / double(chars);
}

int tag_score(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_MAIN:
      return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_TH:
      return -5;
    default:
      return is_heading(tag) ? -5 : 0;
  }
}

// Elements that hold a paragraph's text themselves: their parent is the paragraph's container.
bool paragraph_element(GumboTag tag) {
  return tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_BLOCKQUOTE ||
         tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_TD;
}

size_t word_count(std::string_view s);

// A paragraph of the article's body rather than a line around it: ten words, or six that end
// a sentence.
bool substantial(std::string_view text) {
  size_t words = word_count(text);
  if (words >= 10) return true;
  char end = text.empty() ? '\0' : text.back();
  return words >= 6 && (end == '.' || end == '?' || end == '!' || end == '"');
}

// The article's blocks: the best-scored container and its siblings that score near it.
std::string main_text(std::vector<Block>& blocks, std::vector<Container>& containers) {
  auto at = [&](int c) -> Container& { return containers[static_cast<size_t>(c)]; };
  for (const Block& b : blocks) {
    if (b.chars < 25 || is_heading(b.tag)) continue;
    double score = 1.0 + b.commas + std::min(b.chars / 100.0, 3.0);
    int c = paragraph_element(b.tag) ? at(b.container).parent : b.container;
    for (int level = 0; c >= 0 && level < 5; ++level, c = at(c).parent) {
      Container& k = at(c);
      if (!k.scored) {
        k.scored = true;
        // A class hint speaks for a container with text enough to be an article's, not for a
        // small box that happens to share the article's class name.
        k.score = tag_score(k.tag) + (k.chars >= kMinHintedChars ? k.weight : 0);
      }
      k.score += score / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
    }
  }
  int top = -1;
  double best = 0;
  for (size_t c = 0; c < containers.size(); ++c) {
    Container& k = containers[c];
    if (!k.scored) continue;
    k.score *= 1.0 - link_density(k.chars, k.link_chars);
    if (top < 0 || k.score > best) {
      top = static_cast<int>(c);
      best = k.score;
    }
  }
  // An ancestor that scores higher holds more of the article ("a table inside the last
  // paragraph" made by a parser in quirks mode).
  if (top >= 0) {
    double last = best, floor = best / 3;
    for (int p = at(top).parent; p >= 0; p = at(p).parent) {
      if (!at(p).scored) continue;
      if (at(p).score < floor) break;
      if (at(p).score > last) {
        top = p;
        best = at(p).score;
        break;
      }
      last = at(p).score;
    }
  }
  std::vector<uint8_t> selected(containers.size(), 0);
  if (top >= 0) {
    selected[static_cast<size_t>(top)] = 1;
    double threshold = std::max(10.0, best * 0.2);
    for (size_t c = 0; c < containers.size(); ++c) {
      const Container& k = containers[c];
      if (static_cast<int>(c) == top || k.parent != at(top).parent || k.parent < 0) continue;
      double density = link_density(k.chars, k.link_chars);
      bool near = k.scored && k.score >= threshold;
      bool paragraph = k.tag == GUMBO_TAG_P && ((k.chars > 80 && density < 0.25) ||
                                                (k.chars > 0 && density == 0 && k.chars <= 80));
      if (near || paragraph) selected[c] = 1;
    }
  }
  auto inside = [&](int c) {
    if (top < 0) return true;
    for (; c >= 0; c = at(c).parent)
      if (selected[static_cast<size_t>(c)]) return true;
    return false;
  };
  std::vector<const Block*> kept;
  for (const Block& b : blocks) {
    if (!inside(b.container)) continue;
    double density = link_density(b.chars, b.link_chars);
    if (density > 0.5 && !is_heading(b.tag)) continue;
    if (!kept.empty() && kept.back()->text == b.text) continue;
    kept.push_back(&b);
  }
  // Before the first paragraph of substance, only headings belong to the article (not its
  // dateline, byline, "Text size" and the like); after the last, nothing does (copyright,
  // "Posted by", "Related News:").
  // A page of teasers (an index, a section front) is headlines that link to articles, each
  // with a line or two: it holds no article.
  size_t linked_headlines = 0;
  for (const Block* b : kept)
    if (is_heading(b->tag) && link_density(b->chars, b->link_chars) >= 0.9) ++linked_headlines;
  size_t words = 0;
  for (const Block* b : kept) words += word_count(b->text);
  // ... or a single teaser: a linked headline over a few lines.
  if ((linked_headlines >= 3 && linked_headlines * 3 >= kept.size()) ||
      (linked_headlines >= 1 && words < 150))
    return {};
  size_t first = 0, last = kept.size();
  while (first < last && !substantial(kept[first]->text)) ++first;
  while (last > first && !substantial(kept[last - 1]->text)) --last;
  std::string out;
  for (size_t k = 0; k < kept.size(); ++k) {
    bool leading_line = k < first && !is_heading(kept[k]->tag);
    bool edge = leading_line || k >= last;
    if (edge && kept.size() > 1 && last > first) continue;
    if (!out.empty()) out += "\n\n";
    out += kept[k]->text;
  }
  return out;
}

size_t word_count(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::string collapse(std::string_view s) {
  return collapse_spaces(trim(s));
}

// ---- Metadata ---------------------------------------------------------------------------------

struct Meta {
  std::string title_tag, og_title, twitter_title, dc_title, meta_title;
  std::string published, author, url, lang, locale, content_language;
  std::vector<std::string> rel_authors;
  std::string time_datetime;
  int h1_count = 0, h2_with_title = 0;
  std::vector<std::string> headings;  // h1 and h2 texts, for the title's check
};

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

void read_meta(const GumboNode* node, Meta& meta, int depth = 0) {
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

// schema.org's Article in JSON-LD: headline, body, date, authors, language.
struct JsonLdArticle {
  std::string headline, name, body, published, lang, url;
  std::vector<std::string> authors;
};

std::string json_string(simdjson::dom::element e) {
  std::string_view s;
  if (e.get_string().get(s) == simdjson::SUCCESS) return std::string(s);
  return {};
}

void read_authors(simdjson::dom::element e, std::vector<std::string>& out) {
  simdjson::dom::array array;
  if (e.get_array().get(array) == simdjson::SUCCESS) {
    for (simdjson::dom::element a : array) read_authors(a, out);
    return;
  }
  std::string name = json_string(e);
  simdjson::dom::element n;
  if (name.empty() && e["name"].get(n) == simdjson::SUCCESS) name = json_string(n);
  name = collapse(name);
  if (!name.empty() && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
}

bool is_article_type(simdjson::dom::element e) {
  simdjson::dom::element type;
  if (e["@type"].get(type) != simdjson::SUCCESS) return false;
  auto article = [](std::string_view t) {
    return t.find("Article") != std::string_view::npos || t == "BlogPosting" || t == "Report" ||
           t == "LiveBlogPosting";
  };
  std::string_view t;
  if (type.get_string().get(t) == simdjson::SUCCESS) return article(t);
  simdjson::dom::array types;
  if (type.get_array().get(types) == simdjson::SUCCESS)
    for (simdjson::dom::element x : types)
      if (x.get_string().get(t) == simdjson::SUCCESS && article(t)) return true;
  return false;
}

void find_article(simdjson::dom::element e, JsonLdArticle& out, int depth = 0) {
  if (depth > 8) return;
  simdjson::dom::array array;
  if (e.get_array().get(array) == simdjson::SUCCESS) {
    for (simdjson::dom::element x : array) find_article(x, out, depth + 1);
    return;
  }
  simdjson::dom::object object;
  if (e.get_object().get(object) != simdjson::SUCCESS) return;
  simdjson::dom::element graph;
  if (e["@graph"].get(graph) == simdjson::SUCCESS) find_article(graph, out, depth + 1);
  if (!is_article_type(e)) return;
  simdjson::dom::element v;
  if (out.headline.empty() && e["headline"].get(v) == simdjson::SUCCESS)
    out.headline = collapse(json_string(v));
  if (out.name.empty() && e["name"].get(v) == simdjson::SUCCESS)
    out.name = collapse(json_string(v));
  if (out.body.empty() && e["articleBody"].get(v) == simdjson::SUCCESS) out.body = json_string(v);
  if (out.published.empty() && e["datePublished"].get(v) == simdjson::SUCCESS)
    out.published = json_string(v);
  if (out.lang.empty() && e["inLanguage"].get(v) == simdjson::SUCCESS) out.lang = json_string(v);
  if (out.url.empty() && e["url"].get(v) == simdjson::SUCCESS) out.url = json_string(v);
  if (out.authors.empty() && e["author"].get(v) == simdjson::SUCCESS) read_authors(v, out.authors);
}

JsonLdArticle read_json_ld(const std::vector<std::string>& scripts) {
  JsonLdArticle article;
  simdjson::dom::parser parser;
  for (const std::string& script : scripts) {
    // Some pages wrap the JSON in CDATA or comment markers.
    std::string_view json = trim(script);
    for (std::string_view open : {"//<![CDATA[", "<![CDATA[", "<!--"})
      if (json.substr(0, open.size()) == open) json = trim(json.substr(open.size()));
    for (std::string_view close : {"//]]>", "]]>", "-->"})
      if (json.size() >= close.size() && json.substr(json.size() - close.size()) == close)
        json = trim(json.substr(0, json.size() - close.size()));
    simdjson::dom::element root;
    if (parser.parse(json.data(), json.size(), true).get(root) != simdjson::SUCCESS)
      continue;  // malformed: ignored
    find_article(root, article);
  }
  return article;
}

// How much of a page's title a candidate covers: the share of the title's characters (in words,
// lower-cased) in words the candidate has too.
double title_coverage(std::string_view candidate, std::string_view title) {
  auto words = [](std::string_view s) {
    std::vector<std::string> out;
    std::string w;
    for (char c : s) {
      if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
        w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else if (!w.empty()) {
        out.push_back(std::move(w));
        w.clear();
      }
    }
    if (!w.empty()) out.push_back(std::move(w));
    return out;
  };
  std::vector<std::string> have = words(candidate), want = words(title);
  size_t total = 0, covered = 0;
  for (const std::string& w : want) {
    total += w.size();
    if (std::find(have.begin(), have.end(), w) != have.end()) covered += w.size();
  }
  return total == 0 ? 0 : double(covered) / double(total);
}

// The title a reader would give: the page's metadata title when it has one, else its <title>
// without the site's name ("Headline | Site", "Site - Headline"), unless that leaves too little.
std::string article_title(const Meta& meta, const JsonLdArticle& ld) {
  // JSON-LD's name and headline should agree; some sites put their own name in one of them
  // (or a category in the headline). The one closer to the page's <title> (or og:title) wins,
  // else name.
  const std::string& page_title = !meta.title_tag.empty() ? meta.title_tag : meta.og_title;
  const std::string* ld_title = !ld.name.empty() ? &ld.name : &ld.headline;
  if (!ld.name.empty() && !ld.headline.empty() && ld.name != ld.headline &&
      title_coverage(ld.headline, page_title) > 0.75 && title_coverage(ld.name, page_title) <= 0.75)
    ld_title = &ld.headline;
  for (const std::string* t :
       {ld_title, &meta.dc_title, &meta.og_title, &meta.meta_title, &meta.twitter_title})
    if (!t->empty()) return *t;
  const std::string& original = meta.title_tag;
  std::string title = original;
  auto separator_at = [&](size_t i) {
    // " | ", " - ", " – ", " — ", " / ", " \\ ", " > ", " » "
    static constexpr std::string_view kSeparators[] = {" | ", " - ",  " \u2013 ", " \u2014 ",
                                                       " / ", " \\ ", " > ",      " \u00BB "};
    for (std::string_view s : kSeparators)
      if (original.compare(i, s.size(), s) == 0) return s.size();
    return size_t{0};
  };
  size_t first = std::string::npos, first_len = 0, last = std::string::npos, last_len = 0;
  for (size_t i = 0; i < original.size(); ++i)
    if (size_t len = separator_at(i); len > 0) {
      if (first == std::string::npos) first = i, first_len = len;
      last = i, last_len = len;
    }
  bool hierarchical = false;
  if (first != std::string::npos) {
    hierarchical = original.find(" / ") != std::string::npos ||
                   original.find(" > ") != std::string::npos ||
                   original.find(" \u00BB ") != std::string::npos;
    title = original.substr(0, last);
    if (word_count(title) < 3) title = original.substr(first + first_len);
  } else if (size_t colon = original.find(": "); colon != std::string::npos) {
    bool heading =
        std::find(meta.headings.begin(), meta.headings.end(), original) != meta.headings.end();
    if (!heading) {
      title = original.substr(original.rfind(':') + 1);
      if (word_count(title) < 3)
        title = original.substr(colon + 1);
      else if (word_count(original.substr(0, colon)) > 5)
        title = original;
    }
  } else if ((original.size() > 150 || original.size() < 15) && meta.h1_count == 1) {
    for (const std::string& h : meta.headings)
      if (!h.empty()) {
        title = h;
        break;
      }
  }
  title = collapse(title);
  size_t words = word_count(title);
  if (words <= 4 && !hierarchical) title = original;
  (void)last_len;
  return title;
}

std::string first_non_empty(std::initializer_list<const std::string*> values) {
  for (const std::string* v : values)
    if (!v->empty()) return *v;
  return {};
}

// Paragraphs of an articleBody: its line breaks, when it has any.
std::string body_paragraphs(const std::string& body) {
  std::string out;
  std::string_view rest = body;
  while (!rest.empty()) {
    size_t newline = rest.find('\n');
    std::string_view line = rest.substr(0, newline);
    rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
    std::string p = collapse(line);
    if (p.empty()) continue;
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
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
