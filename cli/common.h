// What every command shares: how inputs are named and read, how output is formatted, and the
// exit codes (0 success, 1 some stories had errors, 2 unusable arguments or files). Each option is
// defined here once, with its help text.
#ifndef HERODOTUS_CLI_COMMON_H_
#define HERODOTUS_CLI_COMMON_H_

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "herodotus/batch.h"
#include "herodotus/document.h"
#include "herodotus/io.h"
#include "herodotus/output.h"
#include "herodotus/pipeline.h"

namespace herodotus::cli {

enum ExitCode : int { kExitOk = 0, kExitStoryErrors = 1, kExitUsage = 2 };

enum class OutputFormat { kJsonLines, kTable };

struct InputOptions {
  std::vector<std::string> inputs;
  std::string date;
  std::string encoding;
  std::string input_format = "auto";
  unsigned threads = 0;
  std::string format;  // "jsonl", "table" or empty: table on a terminal, else jsonl
};

// Adds INPUT... and the reading, threading and format options to `command`.
void add_input_options(CLI::App& command, InputOptions& options);

// Checks the options and turns them into ReadOptions; prints the problem and returns false when
// they cannot be used.
bool resolve_read_options(const InputOptions& options, ReadOptions& read, OutputFormat& format);

// Writes `text` to standard output.
void write_stdout(std::string_view text);

// The exit code for a finished run.
int exit_code(const StoryReader& reader, const BatchSummary& summary);

// What a command does with the stories run_stories codes.
struct StoryHandlers {
  // Fills a story's output, counts and payload (on a worker thread).
  std::function<void(const Document&, BatchItem&)> write{};
  // Takes each story's item in input order; when empty, its output goes to standard output.
  std::function<void(BatchItem&)> emit{};
  // After each chunk's items (a store commits them); false stops the run.
  std::function<bool()> end_chunk{};
  // Sees the totals at the end.
  std::function<void(const BatchSummary&)> finish{};
  // Whether the summary line goes to standard error at the end even when it is no terminal
  // (the output went to a database, not to standard output).
  bool always_summarize = false;
};

// Runs `stages` over every story of the inputs on all cores. On a terminal, standard error shows
// a progress line (stories, rate, share of the input read and the time left) while it runs and a
// summary at the end. Returns the exit code.
int run_stories(const InputOptions& input, const ReadOptions& read,
                std::vector<std::unique_ptr<const Stage>> stages, const StoryHandlers& handlers);

}  // namespace herodotus::cli

#endif  // HERODOTUS_CLI_COMMON_H_
