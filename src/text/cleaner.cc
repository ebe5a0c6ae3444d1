#include "text/cleaner.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/utf8.h"
#include "text/normalize.h"

namespace herodotus::text {
namespace {

// A repeated line must be at least this long to count as a repeat: short lines ("Yes.", "***")
// legitimately occur twice.
constexpr uint32_t kMinRepeatBytes = 20;
// A teaser's headline is at most this many words; a longer line is story text and stays.
constexpr uint32_t kMaxHeadlineWords = 40;

struct RawLine {
  Span span;  // original text, without its terminator
  bool blank;
};

// Splits the original text into lines at \n, \r\n, \r, U+0085, U+2028 and U+2029.
std::vector<RawLine> split_lines(std::string_view original) {
  std::vector<RawLine> lines;
  uint32_t start = 0;
  bool blank = true;
  uint32_t i = 0;
  const auto n = static_cast<uint32_t>(original.size());
  while (i < n) {
    auto c = static_cast<unsigned char>(original[i]);
    uint32_t length = 1;
    bool is_break = false;
    if (c == '\n' || c == '\r') {
      is_break = true;
      if (c == '\r' && i + 1 < n && original[i + 1] == '\n') length = 2;
    } else if (c >= 0x80) {
      utf8::Decoded d = utf8::decode(original, i);
      length = d.length;
      is_break = d.valid && is_line_break(d.code_point);
      // Non-ASCII white space still counts as blank; anything else does not.
      if (!is_break && !(d.valid && (d.code_point == 0xA0 ||
                                     (d.code_point >= 0x2000 && d.code_point <= 0x200B) ||
                                     d.code_point == 0xFEFF || d.code_point == 0x3000)))
        blank = false;
    } else if (c != ' ' && c != '\t' && c != '\f' && c != '\v') {
      blank = false;
    }
    if (is_break) {
      lines.push_back({{start, i}, blank});
      start = i + length;
      blank = true;
    }
    i += length;
  }
  if (start < n) lines.push_back({{start, n}, blank});
  return lines;
}

// Hard-wrapped text (e-mail, wire copy) has short lines grouped in blocks by blank lines; scraped
// pages have one paragraph per line, often long. Blocks are paragraphs only in the first case.
bool is_hard_wrapped(const std::vector<RawLine>& lines) {
  uint32_t non_blank = 0, short_lines = 0, followed = 0;
  bool has_blank_between = false, seen_text = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) {
      has_blank_between |= seen_text;
      continue;
    }
    seen_text = true;
    ++non_blank;
    if (lines[i].span.size() <= 100) ++short_lines;
    if (i + 1 < lines.size() && !lines[i + 1].blank) ++followed;
  }
  return has_blank_between && non_blank >= 4 && short_lines * 10 >= non_blank * 9 &&
         followed * 2 >= non_blank;
}

// If `line` is k >= 2 copies of one text (optionally separated by single spaces), the length of
// one copy; otherwise 0. Captions scraped twice often arrive glued: "A caption.A caption."
uint32_t single_copy_length(std::string_view line) {
  const auto n = static_cast<uint32_t>(line.size());
  for (uint32_t copies = 2; copies <= 3; ++copies) {
    for (uint32_t separator = 0; separator <= 1; ++separator) {
      uint32_t body = n - (copies - 1) * separator;
      if (n < (copies - 1) * separator || body % copies != 0) continue;
      uint32_t m = body / copies;
      if (m < kMinRepeatBytes) continue;
      std::string_view first = line.substr(0, m);
      bool all_equal = true;
      for (uint32_t k = 1; k < copies && all_equal; ++k) {
        uint32_t at = k * (m + separator);
        if (separator == 1 && line[at - 1] != ' ')
          all_equal = false;
        else if (line.substr(at, m) != first)
          all_equal = false;
      }
      if (all_equal) return m;
    }
  }
  return 0;
}

// The key a line is matched against the boilerplate rules with: lower case, without trailing
// punctuation and decorations.
void line_key(std::string_view line, std::string& key, uint32_t& words) {
  while (!line.empty()) {
    char c = line.back();
    if (c == '.' || c == ':' || c == '!' || c == '|' || c == '>' || c == '-' || c == ' ' ||
        c == '*')
      line.remove_suffix(1);
    else if (line.size() >= 2 && line.substr(line.size() - 2) == "\xC2\xBB")
      line.remove_suffix(2);  // »
    else
      break;
  }
  ascii_lower(line, key);
  words = line.empty() ? 0 : 1;
  for (char c : line) words += (c == ' ');
}

class RepeatIndex {
 public:
  // True if `line` (a view into the normalised text) was kept before.
  bool seen(std::string_view text, Span line) const {
    auto range = spans_.equal_range(hash(line.of(text)));
    for (auto it = range.first; it != range.second; ++it)
      if (it->second.of(text) == line.of(text)) return true;
    return false;
  }
  void add(std::string_view text, Span line) { spans_.emplace(hash(line.of(text)), line); }

 private:
  static size_t hash(std::string_view s) { return std::hash<std::string_view>{}(s); }
  std::unordered_multimap<size_t, Span> spans_;
};

// Judges a story's normalised lines one by one: boilerplate rules, a teaser's headline, lines
// already kept. Removals are recorded on the document.
class LineJudge {
 public:
  LineJudge(const Lexicon& lexicon, Document& doc, TextBuilder& out)
      : lexicon_(lexicon), doc_(doc), out_(out) {}

  // Whether the line (read at `line`, normalised at `kept`) stays. A line that holds its text
  // twice is cut to one copy first, and `kept` with it.
  bool keeps(const RawLine& line, Span& kept) {
    uint32_t words = 0;
    line_key(kept.of(out_.text()), key_, words);
    std::optional<LineVerdict> verdict = lexicon_.classify_line(key_, words);
    if (verdict) {
      remove(line.span, verdict->reason);
      teaser_pending_ = verdict->takes_next_headline;
      return false;
    }
    if (teaser_pending_) {
      teaser_pending_ = false;
      if (words <= kMaxHeadlineWords) {
        remove(line.span, RemovalReason::kTeaser);
        return false;
      }
    }
    if (uint32_t copy = single_copy_length(kept.of(out_.text())); copy > 0) {
      Span extra{kept.begin + copy, kept.end};
      remove(doc_.to_original(extra), RemovalReason::kDoubledCopy);
      out_.truncate(kept.begin + copy);
      kept.end = kept.begin + copy;
    }
    if (kept.size() >= kMinRepeatBytes) {
      if (repeats_.seen(out_.text(), kept)) {
        remove(line.span, RemovalReason::kRepeated);
        return false;
      }
      repeats_.add(out_.text(), kept);
    }
    return true;
  }

 private:
  void remove(Span span, RemovalReason reason) {
    doc_.mutable_removals().push_back({span, reason});
  }

  const Lexicon& lexicon_;
  Document& doc_;
  TextBuilder& out_;
  RepeatIndex repeats_;
  std::string key_;
  bool teaser_pending_ = false;  // the previous kept-or-dropped line was a teaser marker
};

// Invalid bytes replaced, or no text at all.
void add_diagnostics(Document& doc, const NormalizeStats& stats) {
  if (stats.invalid_bytes > 0) {
    doc.add_diagnostic({Level::kWarning,
                        ErrorCode::kInvalidUtf8,
                        std::to_string(stats.invalid_bytes) +
                            " invalid UTF-8 byte(s) replaced with U+FFFD, the first at byte " +
                            std::to_string(stats.first_invalid),
                        {stats.first_invalid, stats.first_invalid + 1}});
  }
  if (doc.text().empty()) {
    doc.add_diagnostic(
        {Level::kWarning,
         ErrorCode::kEmptyStory,
         doc.original().empty() ? "the story is empty" : "no text left after cleaning",
         {}});
  }
}

}  // namespace

void Cleaner::run(Document& doc) const {
  std::string_view original = doc.original();
  std::string& text = doc.mutable_text();
  OffsetMap& offsets = doc.mutable_offsets();
  text.clear();
  offsets.clear();
  text.reserve(original.size());
  TextBuilder out(text, offsets);
  NormalizeStats stats;

  const std::vector<RawLine> lines = split_lines(original);
  const bool hard_wrapped = is_hard_wrapped(lines);
  LineJudge judge(lexicon_, doc, out);
  bool blank_since_kept = false;  // a blank line separates this line from the last kept one
  uint32_t last_kept_end = 0;     // original offset where the last kept line ends

  for (const RawLine& line : lines) {
    if (line.blank) {
      blank_since_kept = true;
      continue;
    }
    // Separator first, so that the line's own text starts where its Span says.
    const uint32_t before_separator = out.size();
    if (out.size() > 0) {
      bool same_paragraph = hard_wrapped && !blank_since_kept;
      out.replace(last_kept_end, 0, same_paragraph ? " " : "\n");
    }
    const uint32_t start = out.size();
    normalize_line(original, line.span, out, stats);
    Span kept{start, out.size()};
    if (kept.empty() || !judge.keeps(line, kept)) {
      out.truncate(before_separator);
      continue;
    }
    last_kept_end = line.span.end;
    blank_since_kept = false;
  }
  add_diagnostics(doc, stats);
  doc.add_layers(kLayerText);
}

}  // namespace herodotus::text
