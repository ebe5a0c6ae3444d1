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

bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

bool is_line_break(char32_t cp) {
  return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

void normalize_line(std::string_view original, Span line, TextBuilder& out, NormalizeStats& stats) {
  const uint32_t line_start = out.size();
  uint32_t space_begin = 0;       // original offset where a pending run of white space began
  uint32_t space_length = 0;      // its length in bytes; 0 when none is pending
  bool space_is_plain = false;    // the run is exactly one ASCII space
  bool space_after_dash = false;  // a spaced dash asks for a space before the next character

  // Emits the pending white space (or the space a dash asked for) before a visible character.
  auto flush_space = [&](uint32_t next_orig) {
    if (out.size() > line_start) {
      if (space_length > 0) {
        if (space_is_plain)
          out.copy(space_begin, " ");
        else
          out.replace(space_begin, space_length, " ");
      } else if (space_after_dash) {
        out.replace(next_orig, 0, " ");
      }
    }
    space_length = 0;
    space_after_dash = false;
  };

  uint32_t i = line.begin;
  while (i < line.end) {
    auto c = static_cast<unsigned char>(original[i]);
    // Fast path: a run of visible ASCII copies in one piece.
    if (c > 0x20 && c < 0x7F) {
      // Two apostrophes or two backquotes are a typewriter's double quotation mark ('' and ``,
      // as in the New York Times' feeds).
      auto doubled_mark = [&](uint32_t at) {
        return (original[at] == '\'' || original[at] == '`') && at + 1 < line.end &&
               original[at + 1] == original[at];
      };
      if (doubled_mark(i)) {
        flush_space(i);
        out.replace(i, 2, "\"");
        i += 2;
        continue;
      }
      uint32_t j = i + 1;
      while (j < line.end) {
        auto d = static_cast<unsigned char>(original[j]);
        if (d <= 0x20 || d >= 0x7F || doubled_mark(j)) break;
        ++j;
      }
      flush_space(i);
      out.copy(i, original.substr(i, j - i));
      i = j;
      continue;
    }
    utf8::Decoded d = utf8::decode(original.substr(0, line.end), i);
    Class cls = d.valid ? classify(d.code_point) : Class::kInvalid;
    switch (cls) {
      case Class::kSpace:
        if (space_length == 0) {
          space_begin = i;
          space_is_plain = (c == ' ');
        } else {
          space_is_plain = false;
        }
        space_length = i + d.length - space_begin;
        break;
      case Class::kDrop:
        break;
      case Class::kKeep:
        flush_space(i);
        out.copy(i, original.substr(i, d.length));
        break;
      case Class::kInvalid:
        if (stats.invalid_bytes == 0) stats.first_invalid = i;
        ++stats.invalid_bytes;
        flush_space(i);
        out.replace(i, d.length, "\xEF\xBF\xBD");
        break;
      case Class::kApostrophe:
        flush_space(i);
        out.replace(i, d.length, "'");
        break;
      case Class::kQuote:
        flush_space(i);
        out.replace(i, d.length, "\"");
        break;
      case Class::kHyphen:
        flush_space(i);
        out.replace(i, d.length, "-");
        break;
      case Class::kEllipsis:
        flush_space(i);
        out.replace(i, d.length, "...");
        break;
      case Class::kDash: {
        // A dash between two digits is a range ("1990-2000"); elsewhere it separates words and is
        // written " - " so that the tokenizer never glues the words around it into one.
        uint32_t next = i + d.length;
        bool digit_before = space_length == 0 && is_ascii_digit(out.back());
        bool digit_after = next < line.end && is_ascii_digit(original[next]);
        if (digit_before && digit_after) {
          out.replace(i, d.length, "-");
          break;
        }
        bool had_space = space_length > 0;
        flush_space(i);
        if (out.size() > line_start && !had_space)
          out.replace(i, d.length, " -");
        else
          out.replace(i, d.length, "-");
        space_after_dash = true;
        break;
      }
    }
    i += d.length;
  }
  // Trailing white space is dropped with the pending run.
}

}  // namespace herodotus::text
