// PETRARCH's phrase lists about whole sentences: discards (Phoenix.discards.txt: a sentence, or
// with '+' the story, that holds the phrase is not coded) and issues (Phoenix.IssueCoding.txt:
// "n:refugee [REFUGEES]", a sentence that holds the phrase is about the issue).
#include <cctype>

#include "dict/petrarch_reader.h"
#include "dict/petrarch_syntax.h"
#include "dict/text_lines.h"

namespace herodotus::dict {
namespace {

// The alternatives a written word stands for, each a list of words: its pieces joined by '+',
// each with its own n:/v: expansion, joined by a space (separate words) or a hyphen. Empty when
// the word has no letters.
std::vector<std::vector<std::string>> word_alternatives(std::string_view written) {
  std::vector<std::vector<std::string>> piece_forms;
  for (std::string_view piece : split_at(written, '+')) {
    std::string word;
    char kind = 0;
    if (piece.size() > 2 && piece[1] == ':' && (piece[0] == 'n' || piece[0] == 'v')) {
      kind = piece[0];
      piece.remove_prefix(2);
    }
    for (char c : piece) word += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (word.empty()) continue;
    if (kind == 'n')
      piece_forms.push_back({word, regular_plural(word)});
    else if (kind == 'v')
      piece_forms.push_back(regular_verb_forms(word));
    else
      piece_forms.push_back({word});
  }
  if (piece_forms.empty()) return {};
  std::vector<std::vector<std::string>> alternatives{{}};
  for (size_t k = 0; k < piece_forms.size(); ++k) {
    std::vector<std::vector<std::string>> next;
    for (const auto& alt : alternatives) {
      for (const std::string& form : piece_forms[k]) {
        std::vector<std::string> spaced = alt;
        spaced.push_back(form);
        next.push_back(std::move(spaced));
        if (k > 0) {
          std::vector<std::string> hyphened = alt;
          hyphened.back() += "-" + form;
          next.push_back(std::move(hyphened));
        }
      }
    }
    alternatives = std::move(next);
  }
  return alternatives;
}

// Discards: "PHRASE", "+PHRASE" (the rest of the story), "PHRASE_" (ending a word).
class DiscardsFile {
 public:
  explicit DiscardsFile(FileContext& ctx) : ctx_(ctx) {}

  void read(std::string_view body, size_t line) {
    Discard discard;
    if (body[0] == '+') {
      discard.story_level = true;
      body = trim(body.substr(1));
    }
    if (!body.empty() && body.back() == '_') {
      discard.whole_word = true;
      body.remove_suffix(1);
    }
    std::string text;
    for (char c : body) {
      char u = c == '_' ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (u == ' ' && (text.empty() || text.back() == ' ')) continue;
      text += u;
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (text.empty()) return;
    discard.phrase = text;
    discard.source = ctx_.at(line);
    ctx_.dictionary().discards.push_back(std::move(discard));
  }
  void finish() {}

 private:
  FileContext& ctx_;
};

// Issues: "PHRASE [CODE]" lines, "~PHRASE" exclusions, <ISSUE> section markers.
class IssuesFile {
 public:
  explicit IssuesFile(FileContext& ctx) : ctx_(ctx) {}

  void read(std::string_view body, size_t line) {
    if (body.empty() || body[0] == '<') return;  // <ISSUE ...> section markers
    IssuePhrase issue;
    if (body[0] == '~') {
      body.remove_prefix(body.size() > 1 && body[1] == '~' ? 2 : 1);  // ~~: story level, read as ~
    } else {
      size_t open = body.find('[');
      size_t close = body.find(']', open == std::string_view::npos ? 0 : open);
      if (open == std::string_view::npos || close == std::string_view::npos) {
        ctx_.warn(line, "issue phrase without an [ISSUE_CODE]");
        return;
      }
      issue.code = std::string(trim(body.substr(open + 1, close - open - 1)));
      body = trim(body.substr(0, open));
      if (issue.code.empty()) {
        ctx_.warn(line, "empty issue code");
        return;
      }
    }
    issue.variants = expand_issue_phrase(body);
    if (issue.variants.empty()) {
      ctx_.warn(line, "issue line without a phrase");
      return;
    }
    issue.source = ctx_.at(line);
    ctx_.dictionary().issues.push_back(std::move(issue));
  }
  void finish() {}

 private:
  FileContext& ctx_;
};

}  // namespace

Status read_petrarch_discards(const std::string& path, LoadedDictionaries& out) {
  return read_petrarch_file<DiscardsFile>(path, out);
}

std::vector<std::vector<std::string>> expand_issue_phrase(std::string_view phrase) {
  // Each written word becomes a list of alternatives, each alternative a list of words.
  std::vector<std::vector<std::vector<std::string>>> slots;
  for (std::string_view written : split_at(phrase, ' ')) {
    if (written.empty()) continue;
    auto alternatives = word_alternatives(written);
    if (!alternatives.empty()) slots.push_back(std::move(alternatives));
  }
  std::vector<std::vector<std::string>> variants{{}};
  for (const auto& slot : slots) {
    std::vector<std::vector<std::string>> next;
    for (const auto& v : variants)
      for (const auto& alt : slot) {
        std::vector<std::string> joined = v;
        joined.insert(joined.end(), alt.begin(), alt.end());
        next.push_back(std::move(joined));
      }
    variants = std::move(next);
  }
  if (variants.size() == 1 && variants[0].empty()) variants.clear();
  return variants;
}

Status read_petrarch_issues(const std::string& path, LoadedDictionaries& out) {
  return read_petrarch_file<IssuesFile>(path, out);
}

}  // namespace herodotus::dict
