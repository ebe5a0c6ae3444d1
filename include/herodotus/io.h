// Reading stories: plain text, JSON Lines feeds, HTML pages, folders of these and standard input.
//
//   ReadOptions options;
//   options.date = "2022-10-10";              // for inputs that carry no date
//   StoryReader reader({"feed.jsonl", "stories/", "-"}, options);
//   Story story;
//   while (reader.next(story)) { ... }        // one story at a time, in bounded memory
//
// A file that cannot be read, a malformed JSON line or a binary file still yields a Story: one
// with an error diagnostic and no text, so that the problem reaches the output and the run goes on.
#ifndef HERODOTUS_IO_H_
#define HERODOTUS_IO_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/status.h"
#include "herodotus/story.h"

namespace herodotus {

enum class InputFormat : uint8_t { kAuto, kText, kJsonLines, kHtml };

// "auto", "text", "jsonl", "html".
Result<InputFormat> parse_input_format(std::string_view name);

struct ReadOptions {
  std::string date;      // YYYY-MM-DD for stories whose input gives none
  std::string encoding;  // charset of text inputs; empty: UTF-8, or UTF-16 when a BOM says so
  InputFormat format = InputFormat::kAuto;  // kAuto: by file extension; standard input is sniffed
  size_t max_story_bytes = size_t{64} << 20;
};

// Checks that ICU knows the charset `name` ("windows-1251", "ISO-8859-2", "Shift_JIS").
Status check_encoding(std::string_view name);

// Accepts 2022-10-10, 2022-10-10T08:15:00Z, "2022-10-10 08:15", 20221010 and 2022/10/10; returns
// YYYY-MM-DD, or kBadDate for anything that is not a calendar date.
Result<std::string> normalize_date(std::string_view date);

// The size of the story files `inputs` name (files, and the story files of folders), for a
// progress estimate; standard input counts nothing.
uint64_t input_bytes(const std::vector<std::string>& inputs);

class StoryReader {
 public:
  // `inputs`: files, folders (read recursively, files in name order, by extension: .txt .text
  // .jsonl .ndjson .html .htm) and "-" for standard input.
  StoryReader(std::vector<std::string> inputs, ReadOptions options);
  ~StoryReader();
  StoryReader(const StoryReader&) = delete;
  StoryReader& operator=(const StoryReader&) = delete;

  // Fills `story` with the next story; false when every input is done.
  bool next(Story& story);
  // Named inputs that could not be opened at all (the command line should exit with 2).
  size_t unusable_inputs() const;
  // Bytes of input read so far (for progress: see input_bytes).
  uint64_t bytes_read() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace herodotus

#endif  // HERODOTUS_IO_H_
