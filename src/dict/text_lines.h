// Reading a dictionary file as numbered lines, and cutting a line into its pieces.
#ifndef HERODOTUS_DICT_TEXT_LINES_H_
#define HERODOTUS_DICT_TEXT_LINES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/strings.h"
#include "herodotus/status.h"

namespace herodotus::dict {

// The file's lines without their terminators; invalid UTF-8 is left alone (dictionaries are
// ASCII in practice, and matching works on bytes). A line may hold a stray NUL byte: readers
// skip such lines with a warning (a file with many NULs is refused as binary).
Result<std::vector<std::string>> read_lines(const std::string& path);
// The same for text already in memory: lines split at \n, \r\n or \r.
std::vector<std::string> split_lines(std::string_view text);

using herodotus::trim;

// The line without a trailing "; comment".
std::string_view strip_comment(std::string_view line);

// The pieces of `text` between `separator`s, empty ones included ("a,,b," gives "a", "", "b", "").
std::vector<std::string_view> split_at(std::string_view text, char separator);
// The runs of `text` between white space.
std::vector<std::string_view> split_words(std::string_view text);

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_TEXT_LINES_H_
