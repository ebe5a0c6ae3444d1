#include "common.h"

#include <unistd.h>

#include <cstdio>

#include "io/json_writer.h"

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

void append_diagnostics_jsonl(const Document& doc, std::string& out) {
  for (const Diagnostic& d : doc.diagnostics()) {
    io::JsonLine line(out);
    line.field("type", "diagnostic")
        .field("story_id", doc.id())
        .field("level", level_name(d.level))
        .field("code", error_code_name(d.code))
        .field("message", d.message);
    if (!d.span.empty()) line.span("span", d.span);
    line.end();
  }
}

void append_diagnostics_table(const Document& doc, std::string& out) {
  for (const Diagnostic& d : doc.diagnostics()) {
    out += "  ! ";
    out += level_name(d.level);
    out += " (";
    out += error_code_name(d.code);
    out += "): ";
    out += d.message;
    out += '\n';
  }
}

void write_stdout(std::string_view text) {
  if (!text.empty()) std::fwrite(text.data(), 1, text.size(), stdout);
}

int exit_code(const StoryReader& reader, const BatchSummary& summary) {
  if (reader.unusable_inputs() > 0) return kExitUsage;
  if (summary.stories_with_errors > 0) return kExitStoryErrors;
  return kExitOk;
}

int run_stories(const InputOptions& input, const ReadOptions& read,
                std::vector<std::unique_ptr<const Stage>> stages,
                const std::function<void(const Document&, BatchItem&)>& write,
                const std::function<void(const BatchSummary&)>& finish) {
  auto pipeline = Pipeline::create(std::move(stages));
  if (!pipeline.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", pipeline.status().to_string().c_str());
    return kExitUsage;
  }
  StoryReader reader(input.inputs, read);
  BatchOptions batch;
  batch.threads = input.threads;
  BatchSummary summary = run_batch(
      reader, batch,
      [&](Story&& story, BatchItem& item) {
        Document doc(std::move(story));
        pipeline->run(doc);
        write(doc, item);
        item.had_error = doc.has_errors();
      },
      [&](const BatchItem& item) { write_stdout(item.output); });
  finish(summary);
  return exit_code(reader, summary);
}

}  // namespace herodotus::cli
