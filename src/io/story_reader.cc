#include <algorithm>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>

#include "core/utf8.h"
#include "herodotus/io.h"
#include "io/charset.h"
#include "io/json_story.h"
#include "io/line_reader.h"

namespace herodotus {
namespace fs = std::filesystem;

namespace {

InputFormat format_from_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::kJsonLines;
  if (ext == ".html" || ext == ".htm") return InputFormat::kHtml;
  if (ext == ".txt" || ext == ".text") return InputFormat::kText;
  return InputFormat::kAuto;
}

// A format from the first bytes: '{' opens a JSON Lines feed, '<' an HTML page, else text.
InputFormat sniff(std::string_view head) {
  size_t i = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  if (i < head.size() && head[i] == '{') return InputFormat::kJsonLines;
  if (i < head.size() && head[i] == '<') return InputFormat::kHtml;
  return InputFormat::kText;
}

void fail(Story& story, ErrorCode code, std::string message) {
  story.diagnostics.push_back({Level::kError, code, std::move(message), {}});
}

}  // namespace

struct StoryReader::Impl {
  ReadOptions options;
  // Inputs not yet opened, in order. A file found inside a folder carries its id: its path
  // inside that folder without the extension, so pages named alike in different subfolders
  // ("bbc/source.html", "npr/source.html") stay different stories in the output and the store.
  struct Pending {
    std::string input;
    std::string id;  // empty: the file name without its extension
  };
  std::deque<Pending> pending;
  size_t unusable = 0;
  uint64_t bytes_read = 0;

  // The JSON Lines stream being read, if any.
  std::unique_ptr<io::LineReader> feed;
  std::string feed_name;  // for origins: "feed.jsonl"
  std::string feed_stem;  // for ids of records without one
  size_t feed_line = 0;
  std::string line;
  io::JsonStoryParser parser;

  void reset(Story& story) {
    story = Story();
    story.date = options.date;
  }

  // Expands a folder into its story files, in name order, in place of the folder.
  void expand_folder(const fs::path& folder) {
    std::vector<Pending> files;
    std::error_code error;
    for (fs::recursive_directory_iterator
             it(folder, fs::directory_options::skip_permission_denied, error),
         end;
         !error && it != end; it.increment(error)) {
      const fs::path& path = it->path();
      if (path.filename().string().front() == '.') {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file() && format_from_extension(path) != InputFormat::kAuto) {
        fs::path inside = path.lexically_relative(folder);
        files.push_back({path.string(), inside.replace_extension().generic_string()});
      }
    }
    std::sort(files.begin(), files.end(),
              [](const Pending& a, const Pending& b) { return a.input < b.input; });
    pending.insert(pending.begin(), files.begin(), files.end());
  }

  // The next record of the open feed into `story`; false when the feed is done.
  bool next_record(Story& story) {
    bool too_long = false;
    while (feed->next(line, too_long)) {
      ++feed_line;
      bytes_read += line.size() + 1;
      if (!too_long && line.find_first_not_of(" \t\r") == std::string::npos) continue;
      reset(story);
      story.origin = feed_name + ":" + std::to_string(feed_line);
      if (too_long) {
        story.id = feed_stem + "-" + std::to_string(feed_line);
        fail(story, ErrorCode::kTooLarge,
             story.origin + ": record longer than " + std::to_string(options.max_story_bytes) +
                 " bytes, skipped");
        return true;
      }
      // JSON must be UTF-8: repair first so that one bad byte does not lose the whole story.
      size_t bad = utf8::first_invalid(line);
      size_t replaced = 0;
      if (bad != line.size()) line = utf8::repair(line, &replaced);
      Status status = parser.parse(line, story);
      if (story.id.empty()) story.id = feed_stem + "-" + std::to_string(feed_line);
      if (!status.ok()) {
        story.text.clear();
        story.html.clear();
        fail(story, status.code(), story.origin + ": " + status.message());
        return true;
      }
      if (replaced > 0) {
        story.diagnostics.push_back(
            {Level::kWarning,
             ErrorCode::kInvalidUtf8,
             story.origin + ": " + std::to_string(replaced) +
                 " invalid UTF-8 byte(s) in the record replaced with U+FFFD",
             {}});
      }
      if (story.date.empty())
        story.date = options.date;
      else if (auto date = normalize_date(story.date); date.ok())
        story.date = *date;
      else {
        story.diagnostics.push_back({Level::kWarning,
                                     ErrorCode::kBadDate,
                                     story.origin + ": " + date.status().message(),
                                     {}});
        story.date = options.date;
      }
      return true;
    }
    if (feed->failed()) {
      reset(story);
      story.id = feed_stem;
      story.origin = feed_name;
      fail(story, ErrorCode::kIoError,
           feed_name + ": read error after line " + std::to_string(feed_line));
      feed.reset();
      return true;
    }
    feed.reset();
    return false;
  }

  // A whole text (or HTML) input into `story`.
  void finish_document(Story& story, std::string bytes, InputFormat format) {
    // A page says its own charset (the extract stage reads it), unless the user gave one.
    if (format == InputFormat::kHtml && options.encoding.empty() &&
        io::charset_from_bom(bytes).empty()) {
      if (std::memchr(bytes.data(), '\0', std::min<size_t>(bytes.size(), 4096)) != nullptr) {
        fail(story, ErrorCode::kBinaryInput,
             story.origin + ": binary data (NUL bytes), not an HTML page; not read");
        return;
      }
      story.html = std::move(bytes);
      return;
    }
    std::string_view bom_charset = io::charset_from_bom(bytes);
    std::string charset = !bom_charset.empty() ? std::string(bom_charset) : options.encoding;
    if (!io::is_utf8_name(charset)) {
      auto converted = io::to_utf8(bytes, charset);
      if (!converted.ok()) {
        fail(story, converted.status().code(), story.origin + ": " + converted.status().message());
        return;
      }
      bytes = std::move(converted).value();
    }
    if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) {
      fail(story, ErrorCode::kBinaryInput,
           story.origin + ": binary data (NUL bytes), not text; not read" +
               (charset.empty() ? " (if it is UTF-16 text without a byte order mark, give "
                                  "--encoding UTF-16LE)"
                                : ""));
      return;
    }
    if (format == InputFormat::kHtml) {
      story.html = std::move(bytes);
      return;
    }
    story.text = std::move(bytes);
  }

  // Opens the next pending input; fills `story` when the input is itself one story.
  bool open_next(Story& story) {
    while (!pending.empty()) {
      std::string input = std::move(pending.front().input);
      std::string id = std::move(pending.front().id);
      pending.pop_front();
      if (input == "-") return open_stream(story, stdin, "stdin", "stdin", options.format);
      fs::path path(input);
      if (id.empty()) id = path.stem().string();
      std::error_code error;
      fs::file_status status = fs::status(path, error);
      if (error || !fs::exists(status)) {
        ++unusable;
        reset(story);
        story.id = id;
        story.origin = input;
        fail(story, ErrorCode::kNotFound, input + ": no such file or folder");
        return true;
      }
      if (fs::is_directory(status)) {
        expand_folder(path);
        continue;
      }
      InputFormat format = options.format;
      if (format == InputFormat::kAuto) format = format_from_extension(path);
      std::FILE* file = std::fopen(input.c_str(), "rb");
      if (file == nullptr) {
        ++unusable;
        reset(story);
        story.id = id;
        story.origin = input;
        fail(story, ErrorCode::kIoError, input + ": cannot open: " + std::strerror(errno));
        return true;
      }
      return open_stream(story, file, input, id, format);
    }
    return false;
  }

  // Starts reading `file`: a feed becomes the open feed (and yields its first record), a text or
  // page is read whole into `story`.
  bool open_stream(Story& story, std::FILE* file, const std::string& name, const std::string& stem,
                   InputFormat format) {
    auto reader = std::make_unique<io::LineReader>(file, options.max_story_bytes);
    if (format == InputFormat::kAuto) format = sniff(reader->peek());
    if (format == InputFormat::kJsonLines) {
      feed = std::move(reader);
      feed_name = name;
      feed_stem = stem;
      feed_line = 0;
      if (next_record(story)) return true;
      return open_next(story);
    }
    reset(story);
    story.id = stem;
    story.origin = name;
    std::string bytes;
    bool whole = reader->read_rest(bytes, options.max_story_bytes);
    bytes_read += bytes.size();
    if (!whole) {
      fail(story, ErrorCode::kTooLarge,
           name + ": larger than " + std::to_string(options.max_story_bytes) + " bytes; not read");
      return true;
    }
    if (reader->failed()) {
      fail(story, ErrorCode::kIoError, name + ": read error");
      return true;
    }
    finish_document(story, std::move(bytes), format);
    return true;
  }
};

StoryReader::StoryReader(std::vector<std::string> inputs, ReadOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  for (std::string& input : inputs) impl_->pending.push_back({std::move(input), {}});
}

StoryReader::~StoryReader() = default;

bool StoryReader::next(Story& story) {
  if (impl_->feed && impl_->next_record(story)) return true;
  return impl_->open_next(story);
}

size_t StoryReader::unusable_inputs() const {
  return impl_->unusable;
}

uint64_t StoryReader::bytes_read() const {
  return impl_->bytes_read;
}

uint64_t input_bytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  std::error_code error;
  for (const std::string& input : inputs) {
    if (input == "-") continue;
    fs::path path(input);
    if (fs::is_regular_file(path, error)) {
      total += fs::file_size(path, error);
      continue;
    }
    if (!fs::is_directory(path, error)) continue;
    for (fs::recursive_directory_iterator
             it(path, fs::directory_options::skip_permission_denied, error),
         end;
         !error && it != end; it.increment(error))
      if (it->is_regular_file(error) && format_from_extension(it->path()) != InputFormat::kAuto)
        total += it->file_size(error);
  }
  return total;
}

}  // namespace herodotus
