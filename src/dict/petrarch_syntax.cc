#include "dict/petrarch_syntax.h"

#include <cctype>

#include "dict/petrarch_reader.h"
#include "dict/phrase_syntax.h"
#include "dict/text_lines.h"

namespace herodotus::dict {

std::optional<std::string> CommentFilter::clean(std::string_view line) {
  std::string out;
  size_t i = 0;
  while (i < line.size()) {
    if (in_block_) {
      size_t close = line.find("-->", i);
      if (close == std::string_view::npos) return out.empty() ? std::nullopt : std::optional(out);
      in_block_ = false;
      i = close + 3;
      continue;
    }
    size_t open = line.find("<!", i);
    size_t hash = line.find('#', i);
    if (hash != std::string_view::npos && (open == std::string_view::npos || hash < open)) {
      out.append(line.substr(i, hash - i));
      break;
    }
    if (open == std::string_view::npos) {
      out.append(line.substr(i));
      break;
    }
    out.append(line.substr(i, open - i));
    in_block_ = true;
    i = open + 2;
  }
  if (trim(out).empty()) return std::nullopt;
  return out;
}

bool PetrarchLines::next(std::string_view& body, size_t& line_number) {
  while (n_ < lines_.size()) {
    line_number = ++n_;
    auto cleaned = comments_.clean(lines_[n_ - 1]);
    if (!cleaned) continue;
    if (cleaned->find('\0') != std::string::npos) {
      ctx_.warn(line_number, "NUL byte in the line; the line is skipped");
      continue;
    }
    current_ = std::move(*cleaned);
    body = trim(current_);
    return true;
  }
  return false;
}

Result<Phrase> petrarch_phrase(std::string_view text) {
  Phrase phrase;
  std::string word;
  auto flush = [&](bool adjacent) {
    if (word.empty()) {
      if (!phrase.empty() && adjacent) phrase.back().adjacent = true;
      return;
    }
    phrase.push_back({plain_upper(word), WordMatch::kExactNoEndings, adjacent});
    word.clear();
  };
  for (char c : text) {
    if (c == '_')
      flush(true);
    else if (std::isspace(static_cast<unsigned char>(c)))
      flush(false);
    else
      word += c;
  }
  flush(false);
  if (phrase.empty()) return dictionary_error("empty phrase");
  phrase.back().adjacent = false;
  return phrase;
}

void whole_words(std::vector<PatternElement>& elements) {
  for (PatternElement& e : elements) {
    if (e.kind == PatternElement::Kind::kWord) e.word.match = WordMatch::kExactNoEndings;
    for (auto& option : e.alternatives) whole_words(option);
  }
}

std::string_view code_inside(std::string_view text, size_t& open, size_t& close) {
  open = text.find('[');
  if (open == std::string_view::npos) return {};
  close = text.find_first_of("]}", open + 1);
  if (close == std::string_view::npos) return {};
  return trim(text.substr(open + 1, close - open - 1));
}

std::vector<std::string> regular_verb_forms(const std::string& verb) {
  std::vector<std::string> forms{verb, verb + "S"};
  bool e = !verb.empty() && verb.back() == 'E';
  forms.push_back(e ? verb + "D" : verb + "ED");
  forms.push_back(e ? verb.substr(0, verb.size() - 1) + "ING" : verb + "ING");
  return forms;
}

std::string regular_plural(const std::string& word) {
  if (word.empty()) return word;
  if (word.back() == 'Y') return word.substr(0, word.size() - 1) + "IES";
  if (word.back() == 'S') return word + "ES";
  return word + "S";
}

}  // namespace herodotus::dict
