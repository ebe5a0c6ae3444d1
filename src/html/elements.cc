#include "html/elements.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "text/lexicon.h"
#include "text/word_lists.h"

namespace herodotus::embedded {
extern const std::string_view html_hints;
}

namespace herodotus::html {
namespace {

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

bool matches_any(const std::vector<std::string>& words, const std::vector<std::string>& entries) {
  for (const std::string& w : words)
    for (const std::string& e : entries)
      if (w.compare(0, e.size(), e) == 0) return true;
  return false;
}

}  // namespace

const char* attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

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

int class_weight(const std::vector<std::string>& words) {
  const Hints& h = hints();
  int weight = 0;
  if (matches_any(words, h.content)) weight += 25;
  bool exact = std::any_of(words.begin(), words.end(),
                           [&](const std::string& w) { return h.exact.count(w) > 0; });
  if (matches_any(words, h.boilerplate) || exact) weight -= 25;
  return weight;
}

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

}  // namespace herodotus::html
