#include "text/normalize.h"

#include "core/utf8.h"

namespace herodotus::text {
namespace {

enum class Class : uint8_t {
  kKeep,        // copied as it is
  kSpace,       // white space: collapses with its neighbours into one ' '
  kDrop,        // invisible or control: removed
  kApostrophe,  // becomes '
  kQuote,       // becomes "
  kHyphen,      // becomes - inside a word
  kDash,        // a dash between words: " - " (between digits: "-", a range)
  kEllipsis,    // becomes ...
  kInvalid,     // not UTF-8: becomes U+FFFD
};

Class classify(char32_t cp) {
  if (cp < 0x80) {
    if (cp == ' ' || cp == '\t' || cp == '\v' || cp == '\f') return Class::kSpace;
    if (cp < 0x20 || cp == 0x7F) return Class::kDrop;
    return Class::kKeep;
  }
  switch (cp) {
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return Class::kSpace;
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
    case 0x200E:
    case 0x200F:
      return Class::kDrop;
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
    case 0xFF07:
      return Class::kApostrophe;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0xFF02:
      return Class::kQuote;
    case 0x2010:
    case 0x2011:
      return Class::kHyphen;
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return Class::kDash;
    case 0x2026:
      return Class::kEllipsis;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return Class::kSpace;
  if (cp >= 0x80 && cp < 0xA0) return Class::kDrop;  // C1 controls
  if (cp == utf8::kReplacement) return Class::kKeep;
  return Class::kKeep;
}

// What a character of a class that is written in place of the original becomes.
std::string_view replacement(Class cls) {
  switch (cls) {
    case Class::kInvalid:
      return "\xEF\xBF\xBD";  // U+FFFD
    case Class::kApostrophe:
      return "'";
    case Class::kQuote:
      return "\"";
    case Class::kHyphen:
      return "-";
    case Class::kEllipsis:
      return "...";
    default:
      return {};
  }
}

bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

// One line's normalisation: its bytes scanned from the first to the last, with the run of white
// space met and not yet written.
class LineNormalizer {
 public:
  LineNormalizer(std::string_view original, Span line, TextBuilder& out, NormalizeStats& stats)
      : original_(original.substr(0, line.end)),
        end_(line.end),
        out_(out),
        stats_(stats),
        line_start_(out.size()) {}

  void run(uint32_t i) {
    while (i < end_) {
      auto c = static_cast<unsigned char>(original_[i]);
      // Fast path: a run of visible ASCII copies in one piece.
      if (c > 0x20 && c < 0x7F) {
        i = ascii_run(i);
        continue;
      }
      utf8::Decoded d = utf8::decode(original_, i);
      character(d.valid ? classify(d.code_point) : Class::kInvalid, i, d.length, c == ' ');
      i += d.length;
    }
    // Trailing white space is dropped with the pending run.
  }

 private:
  // Two apostrophes or two backquotes are a typewriter's double quotation mark ('' and ``, as in
  // the New York Times' feeds).
  bool doubled_mark(uint32_t at) const {
    return (original_[at] == '\'' || original_[at] == '`') && at + 1 < end_ &&
           original_[at + 1] == original_[at];
  }

  // Visible ASCII from `i`, up to a doubled mark; returns where it ends.
  uint32_t ascii_run(uint32_t i) {
    if (doubled_mark(i)) {
      flush_space(i);
      out_.replace(i, 2, "\"");
      return i + 2;
    }
    uint32_t j = i + 1;
    while (j < end_) {
      auto d = static_cast<unsigned char>(original_[j]);
      if (d <= 0x20 || d >= 0x7F || doubled_mark(j)) break;
      ++j;
    }
    flush_space(i);
    out_.copy(i, original_.substr(i, j - i));
    return j;
  }

  // One character that is not visible ASCII, at `i`, `length` bytes.
  void character(Class cls, uint32_t i, uint32_t length, bool plain_space) {
    switch (cls) {
      case Class::kSpace:
        if (space_length_ == 0) {
          space_begin_ = i;
          space_is_plain_ = plain_space;
        } else {
          space_is_plain_ = false;
        }
        space_length_ = i + length - space_begin_;
        break;
      case Class::kDrop:
        break;
      case Class::kKeep:
        flush_space(i);
        out_.copy(i, original_.substr(i, length));
        break;
      case Class::kInvalid:
        if (stats_.invalid_bytes == 0) stats_.first_invalid = i;
        ++stats_.invalid_bytes;
        [[fallthrough]];
      case Class::kApostrophe:
      case Class::kQuote:
      case Class::kHyphen:
      case Class::kEllipsis:
        flush_space(i);
        out_.replace(i, length, replacement(cls));
        break;
      case Class::kDash:
        dash(i, length);
        break;
    }
  }

  // A dash between two digits is a range ("1990-2000"); elsewhere it separates words and is
  // written " - " so that the tokenizer never glues the words around it into one.
  void dash(uint32_t i, uint32_t length) {
    uint32_t next = i + length;
    bool digit_before = space_length_ == 0 && is_ascii_digit(out_.back());
    bool digit_after = next < end_ && is_ascii_digit(original_[next]);
    if (digit_before && digit_after) {
      out_.replace(i, length, "-");
      return;
    }
    bool had_space = space_length_ > 0;
    flush_space(i);
    if (out_.size() > line_start_ && !had_space)
      out_.replace(i, length, " -");
    else
      out_.replace(i, length, "-");
    space_after_dash_ = true;
  }

  // Emits the pending white space (or the space a dash asked for) before a visible character.
  void flush_space(uint32_t next_orig) {
    if (out_.size() > line_start_) {
      if (space_length_ > 0) {
        if (space_is_plain_)
          out_.copy(space_begin_, " ");
        else
          out_.replace(space_begin_, space_length_, " ");
      } else if (space_after_dash_) {
        out_.replace(next_orig, 0, " ");
      }
    }
    space_length_ = 0;
    space_after_dash_ = false;
  }

  std::string_view original_;  // up to the line's end
  uint32_t end_;
  TextBuilder& out_;
  NormalizeStats& stats_;
  const uint32_t line_start_;
  uint32_t space_begin_ = 0;       // original offset where a pending run of white space began
  uint32_t space_length_ = 0;      // its length in bytes; 0 when none is pending
  bool space_is_plain_ = false;    // the run is exactly one ASCII space
  bool space_after_dash_ = false;  // a spaced dash asks for a space before the next character
};

}  // namespace

bool is_line_break(char32_t cp) {
  return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

void normalize_line(std::string_view original, Span line, TextBuilder& out, NormalizeStats& stats) {
  LineNormalizer(original, line, out, stats).run(line.begin);
}

}  // namespace herodotus::text
