#include "html/blocks.h"

#include "core/strings.h"
#include "html/elements.h"
#include "html/page.h"

namespace herodotus::html {

void PageReader::read(const GumboNode* root) {
  visit(root, -1, false, 0);
  flush();
}

void PageReader::visit(const GumboNode* node, int container, bool in_link, int depth) {
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
      first_h1_ = std::string(trim(current_.text));
    flush();
  }
}

void PageReader::append(const char* text, int container, bool in_link) {
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

void PageReader::flush() {
  std::string text = std::string(trim(current_.text));
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

}  // namespace herodotus::html
