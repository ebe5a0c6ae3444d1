// What every PETRARCH dictionary file shares (../shared/data/petrarch/dictionaries.rst): comments
// ("<!-- ... -->" and '#'), entry lines, whole-word phrases and the "[code]" written on a line.
#ifndef HERODOTUS_DICT_PETRARCH_SYNTAX_H_
#define HERODOTUS_DICT_PETRARCH_SYNTAX_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dict/model.h"
#include "dict/reader_support.h"
#include "dict/text_lines.h"

namespace herodotus::dict {

// Removes PETRARCH comments: "<!-- ... -->" (possibly over several lines) and everything after
// the first '#'.
class CommentFilter {
 public:
  // The line without comments; nullopt when the whole line is a comment.
  std::optional<std::string> clean(std::string_view line);

 private:
  bool in_block_ = false;
};

// A PETRARCH dictionary file's entry lines in order: comments removed and the rest trimmed; a
// line with a NUL byte is skipped with a warning naming it.
class PetrarchLines {
 public:
  PetrarchLines(const std::vector<std::string>& lines, FileContext& ctx)
      : lines_(lines), ctx_(ctx) {}

  // The next entry line (never empty) and its 1-based number; false after the last.
  bool next(std::string_view& body, size_t& line_number);

 private:
  const std::vector<std::string>& lines_;
  FileContext& ctx_;
  CommentFilter comments_;
  size_t n_ = 0;
  std::string current_;
};

// Reads a PETRARCH dictionary file (a phrase entered again replaces the earlier entry) with a
// `Reader`: made with the file's context, given each entry line by read(body, line), and
// finish() after the last.
template <typename Reader>
Status read_petrarch_file(const std::string& path, LoadedDictionaries& out) {
  auto lines = read_lines(path);
  if (!lines.ok()) return lines.status();
  FileContext ctx(path, out, DuplicatePolicy::kKeepLast);
  Reader reader(ctx);
  PetrarchLines entry_lines(*lines, ctx);
  std::string_view body;
  size_t line_number = 0;
  while (entry_lines.next(body, line_number)) reader.read(body, line_number);
  reader.finish();
  return Status();
}

// A PETRARCH phrase: words separated by '_' must follow each other, by ' ' may have words
// between; every word is matched whole. A trailing '_' means nothing more.
Result<Phrase> petrarch_phrase(std::string_view text);

// Whole-word matching everywhere in a pattern.
void whole_words(std::vector<PatternElement>& elements);

// The code between the first '[' and the next ']' (or '}'), trimmed; `open` and `close` are
// where the brackets are, npos when missing (`close` is left alone when `open` is).
std::string_view code_inside(std::string_view text, size_t& open, size_t& close);

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_PETRARCH_SYNTAX_H_
