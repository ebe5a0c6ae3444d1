// Turns one sentence into the words the coder matches dictionaries against, by TABARI's input
// rules (manual 7.3): upper case without diacritics; hyphens, '?' and '!' become blanks; a period
// after a lower-case letter ends a sentence and goes, other periods stay ("U.N."); commas in
// numbers go ("1,500"); ';' is a comma; commas and double quotes are words of their own;
// underscores are blanks; a word over 63 characters is cut.
#ifndef HERODOTUS_CODE_LEXER_H_
#define HERODOTUS_CODE_LEXER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/span.h"

namespace herodotus::tabari {

struct LexedWord {
  uint32_t begin = 0;  // into LexedSentence::upper
  uint32_t length = 0;
  Span span;                 // into the text that was lexed
  bool capitalized = false;  // its first letter was upper case in the text
  bool is_comma = false;
  bool is_quote = false;
  bool is_number = false;  // starts with a digit
};

struct LexedSentence {
  std::string upper;  // the words' upper-case forms, back to back
  std::vector<LexedWord> words;
  bool all_caps = true;  // the text has no lower-case letter

  std::string_view text(size_t i) const {
    return std::string_view(upper).substr(words[i].begin, words[i].length);
  }
  void clear() {
    upper.clear();
    words.clear();
    all_caps = true;
  }
};

struct LexOptions {
  bool fbis = false;       // skip [bracketed] text
  size_t max_words = 127;  // TABARI's limits: longer sentences are truncated
  size_t max_word_length = 63;
};

// Lexes `text` into `out` (cleared first). Spans are offsets into `text` plus `base`.
void lex_sentence(std::string_view text, uint32_t base, const LexOptions& options,
                  LexedSentence& out);

}  // namespace herodotus::tabari

#endif  // HERODOTUS_CODE_LEXER_H_
