#include "html/title.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

#include "html/page_text.h"

namespace herodotus::html {
namespace {

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

// The page's <title> without the site's name ("Headline | Site", "Site - Headline"), unless that
// leaves too little; a heading instead of a <title> too long or too short to be the headline.
std::string title_from_tag(const Meta& meta) {
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
  size_t first = std::string::npos, first_len = 0, last = std::string::npos;
  for (size_t i = 0; i < original.size(); ++i)
    if (size_t len = separator_at(i); len > 0) {
      if (first == std::string::npos) first = i, first_len = len;
      last = i;
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
  return title;
}

}  // namespace

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
  return title_from_tag(meta);
}

}  // namespace herodotus::html
