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

// One pass over a sentence's bytes, building words as TABARI's input rules say.
class Lexer {
 public:
  Lexer(std::string_view text, uint32_t base, const LexOptions& options, LexedSentence& out)
      : text_(text), base_(base), options_(options), out_(out) {}

  void run() {
    out_.clear();
    const auto n = static_cast<uint32_t>(text_.size());
    int bracket_depth = 0;
    for (uint32_t i = 0; i < n;) {
      auto c = static_cast<unsigned char>(text_[i]);
      if (options_.fbis && (c == '[' || c == ']')) {  // FBIS: [bracketed] text is skipped
        close_word(i);
        bracket_depth += c == '[' ? 1 : (bracket_depth > 0 ? -1 : 0);
        ++i;
      } else if (bracket_depth > 0) {
        ++i;
      } else if (c >= 0x80) {
        i = non_ascii(i);
      } else if (!punctuation(static_cast<char>(c), i)) {
        word_byte(static_cast<char>(c), i);
        ++i;
      } else {
        ++i;
      }
    }
    close_word(n);
    trim_trailing_periods();
  }

 private:
  void close_word(uint32_t end) {
    if (!in_word_) return;
    in_word_ = false;
    current_.length = static_cast<uint32_t>(out_.upper.size()) - current_.begin;
    current_.span.end = base_ + end;
    if (current_.length > 0 && out_.words.size() < options_.max_words)
      out_.words.push_back(current_);
    else
      out_.upper.resize(current_.begin);
  }

  void start_word(uint32_t at) {
    current_ = LexedWord();
    current_.begin = static_cast<uint32_t>(out_.upper.size());
    current_.span.begin = base_ + at;
    in_word_ = true;
  }

  // A comma or a quotation mark: a word of its own.
  void single(uint32_t at, char c, bool comma) {
    close_word(at);
    start_word(at);
    out_.upper += c;
    current_.is_comma = comma;
    current_.is_quote = !comma;
    close_word(at + 1);
  }

  // A non-ASCII character at i: its ASCII form joins the word, or it ends one. Returns where the
  // next character starts.
  uint32_t non_ascii(uint32_t i) {
    utf8::Decoded d = utf8::decode(text_, i);
    std::string folded = d.valid ? fold_non_ascii(d.code_point) : std::string();
    if (d.valid && u_islower(static_cast<UChar32>(d.code_point))) out_.all_caps = false;
    if (folded.empty()) {
      close_word(i);
    } else {
      if (!in_word_) {
        start_word(i);
        current_.capitalized = u_isupper(static_cast<UChar32>(d.code_point));
      }
      out_.upper += folded;
    }
    return i + d.length;
  }

  // Blanks and punctuation; true when the byte was consumed here.
  bool punctuation(char ch, uint32_t i) {
    const auto n = static_cast<uint32_t>(text_.size());
    if (is_ascii_lower(ch)) out_.all_caps = false;
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
        return true;
      case ',':
        // A comma between digits belongs to the number: 1,500 -> 1500.
        if (in_word_ && i > 0 && is_ascii_digit(text_[i - 1]) && i + 1 < n &&
            is_ascii_digit(text_[i + 1]))
          return true;
        single(i, ',', true);
        return true;
      case ';':
        single(i, ',', true);
        return true;
      case '"':
        single(i, '"', false);
        return true;
      case '.':
        // The full stop after a lower-case letter ends the sentence; U.N. keeps its periods; a
        // stray period is no word.
        if (i > 0 && is_ascii_lower(text_[i - 1])) {
          close_word(i);
          return true;
        }
        return !in_word_;
      default:
        return false;
    }
  }

  void word_byte(char ch, uint32_t i) {
    if (!in_word_) {
      start_word(i);
      current_.capitalized = ch >= 'A' && ch <= 'Z';
      current_.is_number = is_ascii_digit(ch);
    }
    if (out_.upper.size() - current_.begin >= options_.max_word_length) {
      // TABARI breaks a word at its 63rd character.
      close_word(i);
      start_word(i);
    }
    out_.upper += (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
  }

  // A word left with only a trailing period ("SATURDAY." in an all-caps text) loses it.
  void trim_trailing_periods() {
    for (LexedWord& w : out_.words) {
      while (w.length > 1 && out_.upper[w.begin + w.length - 1] == '.' &&
             out_.upper[w.begin + w.length - 2] != '.' && w.length >= 2 &&
             std::string_view(out_.upper).substr(w.begin, w.length - 1).find('.') ==
                 std::string_view::npos)
        --w.length;
    }
  }

  std::string_view text_;
  uint32_t base_;
  const LexOptions& options_;
  LexedSentence& out_;
  LexedWord current_;
  bool in_word_ = false;
};

}  // namespace

void lex_sentence(std::string_view text, uint32_t base, const LexOptions& options,
                  LexedSentence& out) {
  Lexer(text, base, options, out).run();
}

}  // namespace herodotus::tabari
