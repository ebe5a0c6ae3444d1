// herodotus code [--dictionaries PATH] INPUT...: events (and diagnostics) for every story.
#include <unistd.h>

#include <cstdio>
#include <memory>

#include "commands.h"
#include "common.h"
#include "herodotus/coding.h"
#include "herodotus/stages.h"
#include "herodotus/store.h"

namespace herodotus::cli {
namespace {

struct CodeOptions {
  InputOptions input;
  std::string dictionaries;
  bool explain = false;
  bool no_quotes = false;
  std::string db;  // a SQLite file or a postgresql:// URL: rows go there instead of stdout
};

void count(const Document& doc, BatchItem& item) {
  item.counts.sentences = doc.sentences().size();
  item.counts.events = doc.events().size();
  item.counts.quotes = doc.quotes().size();
  item.counts.places = doc.places().size();
}

// --db: each story's rows are built on its worker and written in input order, one transaction
// per chunk of stories; a story's diagnostics go to the store, its errors to standard error too.
int code_into_store(const CodeOptions& options, const ReadOptions& read,
                    std::vector<std::unique_ptr<const Stage>> stages) {
  auto store = store::Store::open(options.db);
  if (!store.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", store.status().message().c_str());
    return kExitUsage;
  }
  std::vector<store::StoryRows> chunk;
  Status failure;
  bool stderr_terminal = isatty(STDERR_FILENO) == 1;
  int code = run_stories(
      options.input, read, std::move(stages),
      StoryHandlers{.write =
                        [](const Document& doc, BatchItem& item) {
                          if (doc.has_errors()) append_diagnostics_table(doc, item.output);
                          if (!item.output.empty()) item.output = doc.id() + ":\n" + item.output;
                          item.payload = store::rows_of(doc);
                          count(doc, item);
                        },
                    .emit =
                        [&](BatchItem& item) {
                          // Over the progress line, when there is one.
                          if (!item.output.empty())
                            std::fprintf(stderr, "%s%s", stderr_terminal ? "\r\033[K" : "",
                                         item.output.c_str());
                          chunk.push_back(
                              std::any_cast<store::StoryRows&&>(std::move(item.payload)));
                        },
                    .end_chunk =
                        [&] {
                          failure = (*store)->write(chunk);
                          chunk.clear();
                          return failure.ok();
                        },
                    .always_summarize = true});
  if (!failure.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", failure.message().c_str());
    return kExitUsage;
  }
  return code;
}

int run_code(const CodeOptions& options) {
  ReadOptions read;
  OutputFormat format;
  if (!resolve_read_options(options.input, read, format)) return kExitUsage;
  LoadReport report;
  auto engine = options.dictionaries.empty() ? load_builtin_dictionaries(&report)
                                             : load_dictionaries(options.dictionaries, &report);
  if (!engine.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", engine.status().message().c_str());
    return kExitUsage;
  }
  if (!report.warnings.empty()) {
    std::fprintf(stderr, "herodotus: %zu dictionary entries skipped, for example:\n",
                 report.warnings.size());
    for (size_t i = 0; i < report.warnings.size() && i < 5; ++i)
      std::fprintf(stderr, "  %s\n", report.warnings[i].c_str());
  }
  auto stages = coding_stages(*engine, {.quotes = !options.no_quotes, .places = true});
  if (!options.db.empty()) return code_into_store(options, read, std::move(stages));
  return run_stories(
      options.input, read, std::move(stages),
      StoryHandlers{.write =
                        [&](const Document& doc, BatchItem& item) {
                          if (format == OutputFormat::kTable) {
                            item.output += "== " + doc.id() +
                                           (doc.date().empty() ? "" : "  " + doc.date()) + "\n";
                            if (options.explain) append_explanation(doc, "  | ", item.output);
                            append_diagnostics_table(doc, item.output);
                            for (const Event& e : doc.events())
                              append_event_table(doc, e, item.output);
                            for (const Quote& q : doc.quotes())
                              append_quote_table(doc, q, item.output);
                            for (const Place& p : doc.places())
                              append_place_table(doc, p, item.output);
                          } else {
                            for (const Event& e : doc.events())
                              append_event_jsonl(doc, e, item.output);
                            for (const Quote& q : doc.quotes())
                              append_quote_jsonl(doc, q, item.output);
                            for (const Place& p : doc.places())
                              append_place_jsonl(doc, p, item.output);
                            append_diagnostics_jsonl(doc, item.output);
                          }
                          count(doc, item);
                        },
                    .finish =
                        [&](const BatchSummary& summary) {
                          if (format == OutputFormat::kTable)
                            std::printf(
                                "%zu stories, %zu sentences, %zu events, %zu quotes, %zu places\n",
                                summary.stories, summary.counts.sentences, summary.counts.events,
                                summary.counts.quotes, summary.counts.places);
                        }});
}

}  // namespace

void add_code_command(CLI::App& app, std::function<int()>& action) {
  auto options = std::make_shared<CodeOptions>();
  CLI::App* command =
      app.add_subcommand("code", "Code events: who did what to whom, where and when");
  add_input_options(*command, options->input);
  command->add_option("--dictionaries", options->dictionaries,
                      "Code with these instead of the built-in dictionaries: a TABARI .project "
                      "file, or a folder in the project's format or PETRARCH's");
  command->add_flag(
      "--explain", options->explain,
      "With --format table: how each sentence was read (word classes, phrases, codes)");
  command->add_option("--db", options->db,
                      "Write the stories, events, quotes and places into this store instead of "
                      "printing them: a SQLite file (created when missing) or a postgresql:// "
                      "URL; re-coding a story replaces its rows");
  command->add_flag("--no-quotes", options->no_quotes,
                    "Events only: no quotation records, and quoted words are not told apart from "
                    "the writer's");
  command->callback([options, &action] { action = [options] { return run_code(*options); }; });
}

}  // namespace herodotus::cli
