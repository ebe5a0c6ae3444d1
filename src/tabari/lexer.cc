#include "tabari/lexer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "core/utf8.h"

namespace herodotus::tabari {
namespace {

bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

// The upper-case ASCII form of a non-ASCII letter without its diacritics ("é" -> "E", "ß" -> "SS");
// empty for characters with no such form.
std::string fold_non_ascii(char32_t cp) {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(error);
  if (U_FAILURE(error)) return {};
  icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), error);
  if (U_FAILURE(error)) return {};
  std::string out;
  for (int32_t i = 0; i < decomposed.length(); ++i) {
    UChar c = decomposed.charAt(i);
    if (c < 0x80) out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  }
  if (out.empty() && u_isalpha(static_cast<UChar32>(cp))) {
    // Letters with no ASCII base (Cyrillic, Arabic...) keep their upper-case UTF-8 form.
    icu::UnicodeString upper = icu::UnicodeString(static_cast<UChar32>(cp)).toUpper();
    upper.toUTF8String(out);
  }
  return out;
}

}  // namespace

void lex_sentence(std::string_view text, uint32_t base, const LexOptions& options,
                  LexedSentence& out) {
  out.clear();
  LexedWord current;
  bool in_word = false;
  auto close_word = [&](uint32_t end) {
    if (!in_word) return;
    in_word = false;
    current.length = static_cast<uint32_t>(out.upper.size()) - current.begin;
    current.span.end = base + end;
    if (current.length > 0 && out.words.size() < options.max_words)
      out.words.push_back(current);
    else
      out.upper.resize(current.begin);
  };
  auto start_word = [&](uint32_t at) {
    current = LexedWord();
    current.begin = static_cast<uint32_t>(out.upper.size());
    current.span.begin = base + at;
    in_word = true;
  };
  auto single = [&](uint32_t at, uint32_t length, char c, bool comma) {
    close_word(at);
    start_word(at);
    out.upper += c;
    current.is_comma = comma;
    current.is_quote = !comma;
    close_word(at + length);
  };

  const auto n = static_cast<uint32_t>(text.size());
  int bracket_depth = 0;
  for (uint32_t i = 0; i < n;) {
    auto c = static_cast<unsigned char>(text[i]);
    if (options.fbis && (c == '[' || c == ']')) {
      close_word(i);
      bracket_depth += c == '[' ? 1 : (bracket_depth > 0 ? -1 : 0);
      ++i;
      continue;
    }
    if (bracket_depth > 0) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      utf8::Decoded d = utf8::decode(text, i);
      std::string folded = d.valid ? fold_non_ascii(d.code_point) : std::string();
      if (d.valid && u_islower(static_cast<UChar32>(d.code_point))) out.all_caps = false;
      if (folded.empty()) {
        close_word(i);
      } else {
        if (!in_word) {
          start_word(i);
          current.capitalized = u_isupper(static_cast<UChar32>(d.code_point));
        }
        out.upper += folded;
      }
      i += d.length;
      continue;
    }
    char ch = static_cast<char>(c);
    if (is_ascii_lower(ch)) out.all_caps = false;
    switch (ch) {
      case ' ':
      case '\t':
      case '\n':
      case '\r':
      case '-':
      case '?':
      case '!':
      case '_':
        close_word(i);
        ++i;
        continue;
      case ',':
        // A comma between digits belongs to the number: 1,500 -> 1500.
        if (in_word && i > 0 && is_ascii_digit(text[i - 1]) && i + 1 < n &&
            is_ascii_digit(text[i + 1])) {
          ++i;
          continue;
        }
        single(i, 1, ',', true);
        ++i;
        continue;
      case ';':
        single(i, 1, ',', true);
        ++i;
        continue;
      case '"':
        single(i, 1, '"', false);
        ++i;
        continue;
      case '.':
        // The full stop after a lower-case letter ends the sentence; U.N. keeps its periods.
        if (i > 0 && is_ascii_lower(text[i - 1])) {
          close_word(i);
          ++i;
          continue;
        }
        if (!in_word) {
          // A stray period is no word.
          ++i;
          continue;
        }
        break;
      default:
        break;
    }
    if (!in_word) {
      start_word(i);
      current.capitalized = ch >= 'A' && ch <= 'Z';
      current.is_number = is_ascii_digit(ch);
    }
    if (out.upper.size() - current.begin >= options.max_word_length) {
      // TABARI breaks a word at its 63rd character.
      close_word(i);
      start_word(i);
    }
    out.upper += (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
    ++i;
  }
  close_word(n);
  // A word left with only a trailing period ("SATURDAY." in an all-caps text) loses it.
  for (LexedWord& w : out.words) {
    while (w.length > 1 && out.upper[w.begin + w.length - 1] == '.' &&
           out.upper[w.begin + w.length - 2] != '.' && w.length >= 2 &&
           std::string_view(out.upper).substr(w.begin, w.length - 1).find('.') ==
               std::string_view::npos)
      --w.length;
  }
}

}  // namespace herodotus::tabari
