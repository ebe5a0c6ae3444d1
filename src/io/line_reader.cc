#include "io/line_reader.h"

#include <cstring>

namespace herodotus::io {

namespace {
constexpr size_t kBlockBytes = size_t{1} << 20;
}

LineReader::LineReader(std::FILE* file, size_t max_line_bytes)
    : file_(file), max_line_(max_line_bytes), buffer_(kBlockBytes) {}

LineReader::~LineReader() {
  if (file_ != nullptr && file_ != stdin) std::fclose(file_);
}

bool LineReader::refill() {
  if (eof_) return false;
  begin_ = 0;
  end_ = std::fread(buffer_.data(), 1, buffer_.size(), file_);
  if (end_ < buffer_.size()) {
    eof_ = true;
    if (std::ferror(file_)) failed_ = true;
  }
  return end_ > 0;
}

std::string_view LineReader::peek() {
  if (begin_ == end_) refill();
  return {buffer_.data() + begin_, end_ - begin_};
}

bool LineReader::next(std::string& line, bool& too_long) {
  line.clear();
  too_long = false;
  bool any = false;
  while (true) {
    if (begin_ == end_ && !refill()) {
      if (too_long) line.clear();
      return any;
    }
    any = true;
    const char* start = buffer_.data() + begin_;
    const auto* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
    size_t length = newline != nullptr ? size_t(newline - start) : end_ - begin_;
    if (!too_long) {
      if (line.size() + length > max_line_) {
        too_long = true;
        line.clear();
        line.shrink_to_fit();
      } else {
        line.append(start, length);
      }
    }
    begin_ += length;
    if (newline != nullptr) {
      ++begin_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return true;
    }
  }
}

bool LineReader::read_rest(std::string& out, size_t max_bytes) {
  out.clear();
  while (true) {
    if (begin_ == end_ && !refill()) return true;
    if (out.size() + (end_ - begin_) > max_bytes) {
      out.clear();
      // Drain the rest so that the caller can go on with the next input.
      while (refill()) {
      }
      return false;
    }
    out.append(buffer_.data() + begin_, end_ - begin_);
    begin_ = end_;
  }
}

}  // namespace herodotus::io
