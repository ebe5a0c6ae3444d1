#include "text/segmenter.h"

#include "core/utf8.h"
#include "text/chars.h"
#include "text/tokenizer.h"

namespace herodotus::text {
namespace {

bool is_terminal_punct(std::string_view t) {
  if (t.empty()) return false;
  for (char c : t)
    if (c != '.' && c != '!' && c != '?') return false;
  return true;
}

bool is_closer(const Token& token, std::string_view t) {
  if (token.kind == TokenKind::kQuote) return token.has(kClosesQuote) || !token.has(kSpaceBefore);
  return token.kind == TokenKind::kPunct && (t == ")" || t == "]" || t == "}");
}

char32_t first_code_point(std::string_view t) {
  return t.empty() ? 0 : utf8::decode(t, 0).code_point;
}

}  // namespace

bool Segmenter::ends_sentence(std::string_view text, const std::vector<Token>& tokens,
                              uint32_t terminal, uint32_t next) const {
  const Token& mark = tokens[terminal];
  const Token& following = tokens[next];
  std::string_view following_text = following.span.of(text);
  // Glued to the mark: "Amazon.com", "3.5" or a missing space we cannot trust.
  if (!following.has(kSpaceBefore)) return false;
  // Punctuation that continues a sentence.
  if (following.kind == TokenKind::kPunct &&
      (following_text == "," || following_text == ";" || following_text == ":" ||
       following_text == ")" || is_terminal_punct(following_text)))
    return false;
  // "Belarus." he said.   "Why?" she asked.
  if (following.kind == TokenKind::kWord && is_lower(first_code_point(following_text)))
    return false;

  if (mark.kind == TokenKind::kWord && mark.has(kAbbreviation)) {
    std::string_view word = mark.span.of(text);
    word.remove_suffix(1);
    AbbreviationClass cls = lexicon_.abbreviation(word);
    bool dotted = word.find('.') != std::string_view::npos;
    if (dotted || cls == AbbreviationClass::kNone) cls = AbbreviationClass::kFinal;  // U.S. / J.
    switch (cls) {
      case AbbreviationClass::kTitle:
      case AbbreviationClass::kNumber:
      case AbbreviationClass::kInner:
      case AbbreviationClass::kNone:
        return false;
      case AbbreviationClass::kFinal:
        // "...to the U.S. The talks" ends; "the U.S. Army" does not.
        if (following.kind == TokenKind::kQuote && following.has(kOpensQuote)) return true;
        return following.kind == TokenKind::kWord && following.has(kCapitalised) &&
               lexicon_.is_sentence_opener(following_text);
    }
  }
  return true;
}

void Segmenter::split_sentences(const Document& doc, uint32_t paragraph, uint32_t first,
                                uint32_t end, std::vector<Sentence>& sentences) const {
  std::string_view text = doc.text();
  const std::vector<Token>& tokens = doc.tokens();
  auto close = [&](uint32_t from, uint32_t to) {
    if (from >= to) return;
    sentences.push_back({{tokens[from].span.begin, tokens[to - 1].span.end}, paragraph, from, to});
  };
  uint32_t start = first;
  for (uint32_t i = first; i < end; ++i) {
    const Token& token = tokens[i];
    std::string_view t = token.span.of(text);
    bool terminal = (token.kind == TokenKind::kPunct && is_terminal_punct(t)) ||
                    (token.kind == TokenKind::kWord && token.has(kAbbreviation));
    if (!terminal) continue;
    // The sentence takes the closing quotation marks and brackets after its mark.
    uint32_t next = i + 1;
    while (next < end &&
           (is_closer(tokens[next], tokens[next].span.of(text)) ||
            (tokens[next].kind == TokenKind::kPunct &&
             is_terminal_punct(tokens[next].span.of(text)) && !tokens[next].has(kSpaceBefore))))
      ++next;
    if (next >= end) break;
    if (ends_sentence(text, tokens, i, next)) {
      close(start, next);
      start = next;
    }
    i = next - 1;
  }
  close(start, end);
}

void Segmenter::run(Document& doc) const {
  std::string_view text = doc.text();
  auto& paragraphs = doc.mutable_paragraphs();
  auto& sentences = doc.mutable_sentences();
  auto& tokens = doc.mutable_tokens();
  paragraphs.clear();
  sentences.clear();
  tokens.clear();
  // A news story averages about six bytes per token.
  tokens.reserve(text.size() / 5 + 1);

  uint32_t begin = 0;
  const auto n = static_cast<uint32_t>(text.size());
  while (begin < n) {
    uint32_t end = begin;
    while (end < n && text[end] != '\n') ++end;
    Span span{begin, end};
    if (!span.empty()) {
      auto index = static_cast<uint32_t>(paragraphs.size());
      auto first_token = static_cast<uint32_t>(tokens.size());
      tokenize(text, span, lexicon_, tokens);
      auto first_sentence = static_cast<uint32_t>(sentences.size());
      split_sentences(doc, index, first_token, static_cast<uint32_t>(tokens.size()), sentences);
      paragraphs.push_back({span, first_sentence, static_cast<uint32_t>(sentences.size())});
    }
    begin = end + 1;
  }
  doc.add_layers(kLayerParagraphs | kLayerSentences | kLayerTokens);
}

}  // namespace herodotus::text
