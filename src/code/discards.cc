#include "code/discards.h"

#include <cctype>
#include <string>

namespace herodotus::code {

SentenceSkip discard_phrases(const CoderContext& ctx, std::string_view text) {
  const dict::Dictionary& d = ctx.d();
  if (d.discards.empty()) return SentenceSkip::kNone;
  // Upper case, single-spaced, with a space at each end.
  std::string upper = " ";
  for (char c : text) {
    char u = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (std::isspace(static_cast<unsigned char>(u))) u = ' ';
    if (u == ' ' && upper.back() == ' ') continue;
    upper += u;
  }
  upper += ' ';
  bool sentence_level = false;
  // True for a story-level phrase at `at`; notes a sentence-level one.
  auto story_level_at = [&](uint32_t id, size_t at) {
    const dict::Discard& discard = d.discards[id];
    if (upper.compare(at, discard.phrase.size(), discard.phrase) != 0) return false;
    size_t end = at + discard.phrase.size();
    if (discard.whole_word && end < upper.size() &&
        std::isalnum(static_cast<unsigned char>(upper[end])))
      return false;
    if (discard.story_level) return true;
    sentence_level = true;
    return false;
  };
  for (size_t at = 1; at < upper.size(); ++at) {
    if (std::isalnum(static_cast<unsigned char>(upper[at - 1])) ||
        !std::isalnum(static_cast<unsigned char>(upper[at])))
      continue;  // a word starts here
    for (uint32_t id : ctx.index.short_discards())
      if (story_level_at(id, at)) return SentenceSkip::kStoryDiscarded;
    if (at + CoderIndex::kDiscardKey > upper.size()) continue;
    const auto* ids =
        ctx.index.discards(std::string_view(upper).substr(at, CoderIndex::kDiscardKey));
    if (ids == nullptr) continue;
    for (uint32_t id : *ids)
      if (story_level_at(id, at)) return SentenceSkip::kStoryDiscarded;
  }
  return sentence_level ? SentenceSkip::kDiscarded : SentenceSkip::kNone;
}

bool is_dateline(const SentenceReading& r) {
  const int n = r.size();
  int i = 0;
  while (i < n && !r.form(i).empty() && std::isalpha(static_cast<unsigned char>(r.form(i)[0]))) {
    if (!r.words[static_cast<size_t>(i)].capitals) return false;  // "Eowyn said:" is no dateline
    ++i;
    if (i < n && (r.form(i) == ":" || r.form(i) == "--")) return !r.all_caps;
  }
  return false;
}

namespace {

// "New York (CNN)French President...": a place in title case and a news agency in parentheses;
// the index of the closing parenthesis, or -1.
int agency_dateline_end(const CoderContext& ctx, const SentenceReading& r, int longest) {
  const int n = r.size();
  for (int i = 1; i + 2 < n && i <= longest; ++i) {
    if (r.form(i) == "(")
      return ctx.english.news_agencies.count(r.form(i + 1)) && r.form(i + 2) == ")" ? i + 2 : -1;
    if (!r.words[static_cast<size_t>(i)].capitalized && r.form(i) != ",") return -1;
  }
  return -1;
}

}  // namespace

int dateline_end(const CoderContext& ctx, const SentenceReading& r) {
  constexpr int kLongest = 12;
  const int n = r.size();
  if (r.all_caps || n < 3) return -1;
  const Word& first = r.words[0];
  if (!std::isalpha(static_cast<unsigned char>(first.form[0]))) return -1;
  if (!first.capitals || first.form.size() < 3)
    return first.capitalized ? agency_dateline_end(ctx, r, kLongest) : -1;
  for (int i = 1; i < n && i <= kLongest; ++i) {
    std::string_view form = r.form(i);
    if (form == "-" || form == "--" || form == "\u2013" || form == "\u2014") return i;
    const Word& w = r.words[static_cast<size_t>(i)];
    bool allowed = w.capitalized || w.wc == WordClass::kNumber || form == "," || form == "(" ||
                   form == ")" || form == ".";
    if (!allowed) return -1;
  }
  return -1;
}

}  // namespace herodotus::code
