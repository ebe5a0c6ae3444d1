#include "text/tokenizer.h"

#include "core/utf8.h"
#include "text/chars.h"

namespace herodotus::text {
namespace {

class ParagraphTokenizer {
 public:
  ParagraphTokenizer(std::string_view text, Span paragraph, const Lexicon& lexicon,
                     std::vector<Token>& tokens)
      : text_(text.substr(0, paragraph.end)),
        end_(paragraph.end),
        begin_(paragraph.begin),
        lexicon_(lexicon),
        tokens_(tokens),
        first_token_(tokens.size()) {}

  void run() {
    uint32_t i = begin_;
    while (i < end_) {
      if (text_[i] == ' ') {
        space_before_ = true;
        ++i;
        continue;
      }
      utf8::Decoded d = utf8::decode(text_, i);
      char32_t cp = d.code_point;
      if (is_letter(cp))
        i = scan_word(i);
      else if (is_digit(cp))
        i = scan_number(i);
      else if (cp == '"' || cp == 0xAB || cp == 0xBB || cp == 0x2039 || cp == 0x203A)
        i = scan_double_quote(i, d);
      else if (cp == '\'')
        i = scan_apostrophe(i);
      else if (cp == '.' || cp == '!' || cp == '?')
        i = scan_run(i, "!?.", TokenKind::kPunct);
      else if (cp == '-')
        i = scan_run(i, "-", TokenKind::kPunct);
      else if (cp < 0x80 && is_ascii_punct(static_cast<char>(cp)))
        i = emit(i, i + 1, TokenKind::kPunct);
      else
        i = emit(i, i + d.length, TokenKind::kSymbol);
    }
    // A token is followed by space when the next one has space before it (or it ends the line).
    for (size_t k = first_token_; k < tokens_.size(); ++k) {
      bool last = k + 1 == tokens_.size();
      if (last || tokens_[k + 1].has(kSpaceBefore)) tokens_[k].flags |= kSpaceAfter;
    }
  }

 private:
  static bool is_ascii_punct(char c) {
    switch (c) {
      case ',':
      case ';':
      case ':':
      case '(':
      case ')':
      case '[':
      case ']':
      case '{':
      case '}':
      case '/':
      case '\\':
        return true;
      default:
        return false;
    }
  }

  char32_t at(uint32_t i) const { return i < end_ ? utf8::decode(text_, i).code_point : 0; }
  uint32_t length_at(uint32_t i) const { return utf8::decode(text_, i).length; }

  uint32_t emit(uint32_t begin, uint32_t end, TokenKind kind, uint8_t flags = 0) {
    Token t;
    t.span = {begin, end};
    t.kind = kind;
    t.flags = flags | (space_before_ ? kSpaceBefore : 0);
    tokens_.push_back(t);
    space_before_ = false;
    return end;
  }

  // A run of the same class of punctuation: "...", "?!", "--".
  uint32_t scan_run(uint32_t i, std::string_view members, TokenKind kind) {
    uint32_t j = i + 1;
    while (j < end_ && members.find(text_[j]) != std::string_view::npos) ++j;
    return emit(i, j, kind);
  }

  // Letters in the run starting at i (a dotted segment of an acronym), and where it ends.
  uint32_t letters_from(uint32_t i, uint32_t* stop) const {
    uint32_t count = 0;
    while (i < end_) {
      char32_t cp = at(i);
      if (!is_letter(cp)) break;
      ++count;
      i += length_at(i);
    }
    *stop = i;
    return count;
  }

  // A word's extent and what its scan found in it.
  struct ScannedWord {
    uint32_t end;
    uint32_t letters;
    bool dotted;  // U.S, a.m, Ph.D
    bool has_lower, has_apostrophe;
  };

  uint32_t scan_word(uint32_t i) {
    const uint32_t begin = i;
    const bool first_upper = is_upper(at(i));
    const ScannedWord word = word_at(i);
    const uint32_t end = word.end;

    uint8_t flags = 0;
    if (first_upper) flags |= kCapitalised;
    if (word.letters >= 2 && !word.has_lower) flags |= kAllCaps;

    // Clitics: "doesn't" -> "does" "n't"; "Belarus's" -> "Belarus" "'s".
    uint32_t clitic = word.has_apostrophe ? clitic_start(begin, end) : begin;
    if (clitic > begin) {
      emit(begin, clitic, TokenKind::kWord, flags);
      return emit(clitic, end, TokenKind::kWord, kClitic);
    }
    if (keeps_period(begin, word, first_upper))
      return emit(begin, end + 1, TokenKind::kWord, flags | kAbbreviation);
    return emit(begin, end, TokenKind::kWord, flags);
  }

  // The word starting at i: letters and digits, joined by inner hyphens and apostrophes
  // ("70-year-old", "doesn't") and by the periods of a dotted acronym ("U.S").
  ScannedWord word_at(uint32_t i) const {
    uint32_t segment_letters = 0;
    uint32_t letters = 0;
    bool dotted = false, has_lower = false, has_apostrophe = false;
    while (i < end_) {
      auto c = static_cast<unsigned char>(text_[i]);
      // ASCII letters and digits, the bulk of any English word, without decoding.
      if (c < 0x80) {
        bool lower = c >= 'a' && c <= 'z';
        bool upper = c >= 'A' && c <= 'Z';
        if (lower || upper || (c >= '0' && c <= '9')) {
          letters += (lower || upper) ? 1 : 0;
          has_lower |= lower;
          ++segment_letters;
          ++i;
          continue;
        }
      } else {
        utf8::Decoded d = utf8::decode(text_, i);
        if (is_alnum(d.code_point)) {
          if (is_letter(d.code_point)) {
            ++letters;
            has_lower |= is_lower(d.code_point);
          }
          ++segment_letters;
          i += d.length;
          continue;
        }
      }
      char32_t cp = c < 0x80 ? c : utf8::decode(text_, i).code_point;
      char32_t next = at(i + 1);
      if ((cp == '-' || cp == '\'') && i + 1 < end_ && is_alnum(next)) {
        has_apostrophe |= cp == '\'';
        segment_letters = 0;
        ++i;
        continue;
      }
      if (cp == '.' && segment_letters <= 2 && is_letter(next)) {
        uint32_t stop = 0;
        uint32_t following = letters_from(i + 1, &stop);
        if (following <= 2 && stop < end_ && text_[stop] == '.') {
          dotted = true;
          segment_letters = 0;
          ++i;
          continue;
        }
      }
      break;
    }
    return {i, letters, dotted, has_lower, has_apostrophe};
  }

  // An abbreviation keeps its period: "Mr." "U.S." "J." but not "Belarus." or "...".
  bool keeps_period(uint32_t begin, const ScannedWord& word, bool first_upper) const {
    const uint32_t end = word.end;
    if (end >= end_ || text_[end] != '.' || (end + 1 < end_ && text_[end + 1] == '.')) return false;
    bool initial = word.letters == 1 && end - begin <= 4 && first_upper;
    AbbreviationClass cls = lexicon_.abbreviation(text_.substr(begin, end - begin));
    bool before_number = false;
    if (cls == AbbreviationClass::kNumber) {
      uint32_t k = end + 1;
      while (k < end_ && text_[k] == ' ') ++k;
      before_number = k < end_ && is_digit(at(k));
    }
    return word.dotted || initial ||
           (cls != AbbreviationClass::kNone &&
            (cls != AbbreviationClass::kNumber || before_number));
  }

  uint32_t clitic_start(uint32_t begin, uint32_t end) const {
    auto ends_with = [&](std::string_view suffix) {
      if (end - begin <= suffix.size()) return false;
      for (size_t k = 0; k < suffix.size(); ++k) {
        char c = text_[end - suffix.size() + k];
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        if (c != suffix[k]) return false;
      }
      return true;
    };
    if (ends_with("n't")) return end - 3;
    for (std::string_view s : {"'re", "'ve", "'ll"})
      if (ends_with(s)) return end - 3;
    for (std::string_view s : {"'s", "'d", "'m"})
      if (ends_with(s)) return end - 2;
    return begin;
  }

  uint32_t scan_number(uint32_t i) {
    const uint32_t begin = i;
    while (i < end_) {
      char32_t cp = at(i);
      if (is_alnum(cp)) {
        i += length_at(i);
        continue;
      }
      char32_t next = at(i + 1);
      // 1,000  3.5  10:30  1990-2000  70-year-old
      if ((cp == ',' || cp == '.' || cp == ':') && i + 1 < end_ && is_digit(next)) {
        ++i;
        continue;
      }
      if (cp == '-' && i + 1 < end_ && is_alnum(next)) {
        ++i;
        continue;
      }
      break;
    }
    return emit(begin, i, TokenKind::kNumber);
  }

  uint32_t scan_double_quote(uint32_t i, utf8::Decoded d) {
    uint32_t end = i + d.length;
    uint8_t direction;
    if (d.code_point == 0xAB || d.code_point == 0x2039) {
      direction = kOpensQuote;
    } else if (d.code_point == 0xBB || d.code_point == 0x203A) {
      direction = kClosesQuote;
    } else {
      bool space_after = end >= end_ || text_[end] == ' ';
      if (space_before_ && !space_after)
        direction = kOpensQuote;
      else if (!space_before_ && space_after)
        direction = kClosesQuote;
      else if (!space_before_ && tokens_.size() > first_token_ &&
               tokens_.back().kind == TokenKind::kPunct && open_double_ > 0)
        direction = kClosesQuote;  // ."He  (a closing mark glued to the next sentence)
      else
        direction = open_double_ > 0 ? kClosesQuote : kOpensQuote;
    }
    if (direction == kOpensQuote)
      ++open_double_;
    else if (open_double_ > 0)
      --open_double_;
    return emit(i, end, TokenKind::kQuote, direction);
  }

  uint32_t scan_apostrophe(uint32_t i) {
    uint32_t end = i + 1;
    bool letter_after = end < end_ && is_alnum(at(end));
    bool after_word =
        !space_before_ && tokens_.size() > first_token_ && tokens_.back().kind == TokenKind::kWord;
    if (after_word && !letter_after) {
      // Belarus' (possessive) or the end of a 'quoted phrase'.
      if (open_single_ > 0) {
        --open_single_;
        return emit(i, end, TokenKind::kQuote, kClosesQuote);
      }
      std::string_view prev = tokens_.back().span.of(text_);
      if (!prev.empty() && (prev.back() == 's' || prev.back() == 'S'))
        return emit(i, end, TokenKind::kWord, kClitic);
      return emit(i, end, TokenKind::kQuote, kClosesQuote);
    }
    if (letter_after &&
        (space_before_ || tokens_.size() == first_token_ || tokens_.back().has(kOpensQuote) ||
         tokens_.back().kind == TokenKind::kPunct)) {
      ++open_single_;
      return emit(i, end, TokenKind::kQuote, kOpensQuote);
    }
    if (open_single_ > 0) --open_single_;
    return emit(i, end, TokenKind::kQuote, kClosesQuote);
  }

  std::string_view text_;
  uint32_t end_;
  uint32_t begin_;
  const Lexicon& lexicon_;
  std::vector<Token>& tokens_;
  size_t first_token_;
  bool space_before_ = true;
  int open_double_ = 0;
  int open_single_ = 0;
};

}  // namespace

void tokenize(std::string_view text, Span paragraph, const Lexicon& lexicon,
              std::vector<Token>& tokens) {
  ParagraphTokenizer(text, paragraph, lexicon, tokens).run();
}

}  // namespace herodotus::text
