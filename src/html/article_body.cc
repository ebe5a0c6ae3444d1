#include "html/article_body.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "html/elements.h"
#include "html/page_text.h"

namespace herodotus::html {
namespace {

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

// A paragraph of the article's body rather than a line around it: ten words, or six that end
// a sentence.
bool substantial(std::string_view text) {
  size_t words = word_count(text);
  if (words >= 10) return true;
  char end = text.empty() ? '\0' : text.back();
  return words >= 6 && (end == '.' || end == '?' || end == '!' || end == '"');
}

// The containers of one page, looked up by index.
class Containers {
 public:
  explicit Containers(std::vector<Container>& all) : all_(all) {}

  Container& at(int c) { return all_[static_cast<size_t>(c)]; }
  size_t size() const { return all_.size(); }

  // Each paragraph's score flows to its container and up to four levels above it, less at each.
  void score(const std::vector<Block>& blocks) {
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
  }

  // The best container once link text counts against each (-1 when none scored), and its score.
  int best(double& best) {
    int top = -1;
    best = 0;
    for (size_t c = 0; c < all_.size(); ++c) {
      Container& k = all_[c];
      if (!k.scored) continue;
      k.score *= 1.0 - link_density(k.chars, k.link_chars);
      if (top < 0 || k.score > best) {
        top = static_cast<int>(c);
        best = k.score;
      }
    }
    if (top >= 0) top = higher_ancestor(top, best);
    return top;
  }

  // An ancestor that scores higher holds more of the article ("a table inside the last
  // paragraph" made by a parser in quirks mode).
  int higher_ancestor(int top, double& best) {
    double last = best, floor = best / 3;
    for (int p = at(top).parent; p >= 0; p = at(p).parent) {
      if (!at(p).scored) continue;
      if (at(p).score < floor) break;
      if (at(p).score > last) {
        best = at(p).score;
        return p;
      }
      last = at(p).score;
    }
    return top;
  }

  // The top container and those of its siblings that score near it or are paragraphs of text.
  std::vector<uint8_t> selected(int top, double best) {
    std::vector<uint8_t> selected(all_.size(), 0);
    if (top < 0) return selected;
    selected[static_cast<size_t>(top)] = 1;
    double threshold = std::max(10.0, best * 0.2);
    for (size_t c = 0; c < all_.size(); ++c) {
      const Container& k = all_[c];
      if (static_cast<int>(c) == top || k.parent != at(top).parent || k.parent < 0) continue;
      double density = link_density(k.chars, k.link_chars);
      bool near = k.scored && k.score >= threshold;
      bool paragraph = k.tag == GUMBO_TAG_P && ((k.chars > 80 && density < 0.25) ||
                                                (k.chars > 0 && density == 0 && k.chars <= 80));
      if (near || paragraph) selected[c] = 1;
    }
    return selected;
  }

 private:
  std::vector<Container>& all_;
};

// The blocks inside a selected container (all of them when none was), without link lists and
// repeated lines.
std::vector<const Block*> kept_blocks(const std::vector<Block>& blocks, Containers& containers,
                                      int top, const std::vector<uint8_t>& selected) {
  auto inside = [&](int c) {
    if (top < 0) return true;
    for (; c >= 0; c = containers.at(c).parent)
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
  return kept;
}

// A page of teasers (an index, a section front) is headlines that link to articles, each with a
// line or two: it holds no article. So does a single teaser: a linked headline over a few lines.
bool teasers(const std::vector<const Block*>& kept) {
  size_t linked_headlines = 0;
  for (const Block* b : kept)
    if (is_heading(b->tag) && link_density(b->chars, b->link_chars) >= 0.9) ++linked_headlines;
  size_t words = 0;
  for (const Block* b : kept) words += word_count(b->text);
  return (linked_headlines >= 3 && linked_headlines * 3 >= kept.size()) ||
         (linked_headlines >= 1 && words < 150);
}

// Before the first paragraph of substance, only headings belong to the article (not its
// dateline, byline, "Text size" and the like); after the last, nothing does (copyright,
// "Posted by", "Related News:").
std::string joined_without_edges(const std::vector<const Block*>& kept) {
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

}  // namespace

std::string main_text(const std::vector<Block>& blocks, std::vector<Container>& all) {
  Containers containers(all);
  containers.score(blocks);
  double best = 0;
  int top = containers.best(best);
  std::vector<const Block*> kept =
      kept_blocks(blocks, containers, top, containers.selected(top, best));
  if (teasers(kept)) return {};
  return joined_without_edges(kept);
}

}  // namespace herodotus::html
