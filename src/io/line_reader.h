// Reads a stream line by line in bounded memory: a line longer than the limit is skipped to its
// end instead of growing a buffer without bound (a 1 GB JSON Lines file costs one buffer).
#ifndef HERODOTUS_IO_LINE_READER_H_
#define HERODOTUS_IO_LINE_READER_H_

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace herodotus::io {

class LineReader {
 public:
  // Takes ownership of `file` unless it is stdin.
  LineReader(std::FILE* file, size_t max_line_bytes);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line without its "\n" or "\r\n"; false at the end of the stream. When the line was
  // longer than the limit, `line` is empty and `too_long` is set.
  bool next(std::string& line, bool& too_long);
  // The bytes buffered ahead, reading a first block if none are: for sniffing a format.
  std::string_view peek();
  // Everything left in the stream; false (and `out` cleared) when it exceeds `max_bytes`.
  bool read_rest(std::string& out, size_t max_bytes);
  bool failed() const { return failed_; }

 private:
  bool refill();

  std::FILE* file_;
  size_t max_line_;
  std::vector<char> buffer_;
  size_t begin_ = 0;
  size_t end_ = 0;
  bool eof_ = false;
  bool failed_ = false;
};

}  // namespace herodotus::io

#endif  // HERODOTUS_IO_LINE_READER_H_
