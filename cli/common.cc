#include "common.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace herodotus::cli {

void add_input_options(CLI::App& command, InputOptions& options) {
  command
      .add_option("inputs", options.inputs,
                  "Stories to read: .txt, .jsonl, .html files, folders of them, - for standard "
                  "input")
      ->required()
      ->type_name("INPUT...");
  command.add_option("--date", options.date,
                     "Story date (YYYY-MM-DD) for inputs that carry none, such as plain text");
  command.add_option("--encoding", options.encoding,
                     "Character encoding of text inputs (default UTF-8; a UTF-16 byte order mark "
                     "is honoured)");
  command
      .add_option("--input-format", options.input_format,
                  "Read every input as this format instead of by extension")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "html"}));
  command.add_option("--threads", options.threads, "Worker threads (default: one per core)");
  command
      .add_option("--format", options.format,
                  "Output format: jsonl (json: the same), table (default: table on a terminal, "
                  "jsonl otherwise)")
      ->check(CLI::IsMember({"jsonl", "json", "table"}));
}

bool resolve_read_options(const InputOptions& options, ReadOptions& read, OutputFormat& format) {
  if (!options.date.empty()) {
    auto date = normalize_date(options.date);
    if (!date.ok()) {
      std::fprintf(stderr, "herodotus: --date: %s\n", date.status().message().c_str());
      return false;
    }
    read.date = *date;
  }
  if (Status status = check_encoding(options.encoding); !status.ok()) {
    std::fprintf(stderr, "herodotus: --encoding: %s\n", status.message().c_str());
    return false;
  }
  read.encoding = options.encoding;
  auto input_format = parse_input_format(options.input_format);
  if (!input_format.ok()) {
    std::fprintf(stderr, "herodotus: --input-format: %s\n",
                 input_format.status().message().c_str());
    return false;
  }
  read.format = *input_format;
  if (options.format.empty()) {
    format = isatty(STDOUT_FILENO) ? OutputFormat::kTable : OutputFormat::kJsonLines;
  } else {
    format = options.format == "table" ? OutputFormat::kTable : OutputFormat::kJsonLines;
  }
  return true;
}

void write_stdout(std::string_view text) {
  if (!text.empty()) std::fwrite(text.data(), 1, text.size(), stdout);
}

int exit_code(const StoryReader& reader, const BatchSummary& summary) {
  if (reader.unusable_inputs() > 0) return kExitUsage;
  if (summary.stories_with_errors > 0) return kExitStoryErrors;
  return kExitOk;
}

namespace {

// "1,234,567".
std::string grouped(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// The progress line on standard error: redrawn at most ten times a second, and only on a
// terminal.
class ProgressLine {
 public:
  // `shown`: standard error is a terminal that no story output shares.
  ProgressLine(const StoryReader& reader, uint64_t total_bytes, bool shown)
      : reader_(reader), total_(total_bytes), shown_(shown) {}

  void update(size_t stories) {
    if (!shown_) return;
    auto now = Clock::now();
    if (now - drawn_ < std::chrono::milliseconds(100)) return;
    drawn_ = now;
    double seconds = elapsed();
    char line[160];
    int n = std::snprintf(line, sizeof line, "\r  %s stories  %.0f/s", grouped(stories).c_str(),
                          seconds > 0 ? double(stories) / seconds : 0.0);
    uint64_t read = reader_.bytes_read();
    if (total_ > 0 && read > 0 && n > 0 && n < int(sizeof line)) {
      double share = std::min(1.0, double(read) / double(total_));
      double left = share > 0 ? seconds * (1 - share) / share : 0;
      std::snprintf(line + n, sizeof line - size_t(n), "  %3.0f%%  %d:%02d left", share * 100,
                    int(left) / 60, int(left) % 60);
    }
    std::fprintf(stderr, "%s\033[K", line);
    std::fflush(stderr);
    drawn_any_ = true;
  }

  void clear() {
    if (drawn_any_) std::fprintf(stderr, "\r\033[K");
  }

  double elapsed() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

 private:
  using Clock = std::chrono::steady_clock;
  const StoryReader& reader_;
  uint64_t total_;
  bool shown_;
  bool drawn_any_ = false;
  Clock::time_point start_ = Clock::now(), drawn_{};
};

}  // namespace

int run_stories(const InputOptions& input, const ReadOptions& read,
                std::vector<std::unique_ptr<const Stage>> stages, const StoryHandlers& handlers) {
  auto pipeline = Pipeline::create(std::move(stages));
  if (!pipeline.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", pipeline.status().to_string().c_str());
    return kExitUsage;
  }
  StoryReader reader(input.inputs, read);
  bool output_on_terminal = !handlers.emit && isatty(STDOUT_FILENO) == 1;
  ProgressLine progress(reader, input_bytes(input.inputs),
                        isatty(STDERR_FILENO) == 1 && !output_on_terminal);
  BatchOptions batch;
  batch.threads = input.threads;
  size_t emitted = 0;
  BatchSummary summary = run_batch(
      reader, batch,
      [&](Story&& story, BatchItem& item) {
        Document doc(std::move(story));
        pipeline->run(doc);
        handlers.write(doc, item);
        item.had_error = doc.has_errors();
      },
      [&](BatchItem& item) {
        if (handlers.emit)
          handlers.emit(item);
        else
          write_stdout(item.output);
        progress.update(++emitted);
      },
      handlers.end_chunk);
  progress.clear();
  if (handlers.finish) handlers.finish(summary);
  // When the output went to a database or a pipe, standard error says what was done.
  if (handlers.always_summarize || (isatty(STDERR_FILENO) == 1 && !output_on_terminal)) {
    double seconds = progress.elapsed();
    std::fprintf(stderr,
                 "herodotus: %s stories (%s with errors), %s events, %s quotes, %s places in "
                 "%.1f s (%.0f stories/s)\n",
                 grouped(summary.stories).c_str(), grouped(summary.stories_with_errors).c_str(),
                 grouped(summary.counts.events).c_str(), grouped(summary.counts.quotes).c_str(),
                 grouped(summary.counts.places).c_str(), seconds,
                 seconds > 0 ? double(summary.stories) / seconds : 0.0);
  }
  return exit_code(reader, summary);
}

}  // namespace herodotus::cli
