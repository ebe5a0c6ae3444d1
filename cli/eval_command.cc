// herodotus eval extract FOLDER and eval titles FOLDER: article extraction against hand-extracted
// texts, and titles against readability's (docs/html.md).
//
// herodotus eval quotes POLNEAR_SPLIT: direct quotations and speakers against PolNeAR's
// annotations (docs/quotes.md), listing what was missed, found wrongly or given the
// wrong speaker; the last line holds precision, recall, F1 and speaker accuracy.
//
// herodotus eval gsr RECORDS.xml [--dictionaries PATH]: codes PETRARCH-2's gold-standard records
// with the built-in dictionaries (or others) through the whole pipeline and reports precision and
// recall of (source country, target country, CAMEO root) triples, listing every record that
// differs. The last line: "precision P (correct/produced), recall R (correct/expected), ...".
//
// herodotus eval penta RECORDS.jsonl [--dictionaries PATH]: codes ConfliBERT's five-class news
// sentences the same way and reports the classes' precision, recall and F1 and how often the
// actors' spans are right, listing every sentence scored as wrong and a table per class.
#include <cstdio>
#include <memory>
#include <string>

#include "commands.h"
#include "common.h"
#include "herodotus/coding.h"
#include "herodotus/evaluation.h"

namespace herodotus::cli {
namespace {

struct EvalOptions {
  std::string records;
  std::string dictionaries;
  bool quiet = false;
};

// The options of the evaluations that read one folder of a data set.
struct FolderEvalOptions {
  std::string folder;
  bool quiet = false;
};

// The listing and the summary line on standard output.
int print(const Result<EvaluationReport>& report) {
  if (!report.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", report.status().message().c_str());
    return kExitUsage;
  }
  write_stdout(report->listing + report->summary);
  return kExitOk;
}

using CodingEvaluation = Result<EvaluationReport> (*)(const std::string&,
                                                      const std::shared_ptr<const EventEngine>&,
                                                      const EvaluationOptions&);

int run_coding_eval(const EvalOptions& options, CodingEvaluation evaluate) {
  auto engine = options.dictionaries.empty() ? load_builtin_dictionaries()
                                             : load_dictionaries(options.dictionaries);
  if (!engine.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", engine.status().message().c_str());
    return kExitUsage;
  }
  return print(evaluate(options.records, *engine, {.listing = !options.quiet}));
}

// "herodotus eval NAME RECORDS [--dictionaries PATH] [--quiet]": records coded by an engine.
void add_coding_eval(CLI::App& eval, std::function<int()>& action, const char* name,
                     const char* description, CodingEvaluation evaluate) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* command = eval.add_subcommand(name, description);
  command->add_option("records", options->records, "The records file")->required();
  command->add_option("--dictionaries", options->dictionaries,
                      "Dictionaries instead of the built-in ones");
  command->add_flag("--quiet", options->quiet, "Print only the summary line");
  command->callback([options, evaluate, &action] {
    action = [options, evaluate] { return run_coding_eval(*options, evaluate); };
  });
}

int run_quotes(const FolderEvalOptions& options) {
  return print(evaluate_quotes(options.folder, {.listing = !options.quiet}));
}

int run_extract(const FolderEvalOptions& options) {
  return print(evaluate_extraction(options.folder, {.listing = !options.quiet}));
}

int run_titles(const FolderEvalOptions& options) {
  return print(evaluate_titles(options.folder, {.listing = !options.quiet}));
}

int run_places(const FolderEvalOptions& options) {
  return print(evaluate_places(options.folder, {.listing = !options.quiet}));
}

// "herodotus eval NAME FOLDER [--quiet]".
void add_folder_eval(CLI::App& eval, std::function<int()>& action, const char* name,
                     const char* description, const char* folder_help,
                     int (*run)(const FolderEvalOptions&)) {
  auto options = std::make_shared<FolderEvalOptions>();
  CLI::App* command = eval.add_subcommand(name, description);
  command->add_option("folder", options->folder, folder_help)->required();
  command->add_flag("--quiet", options->quiet, "Print only the summary line");
  command->callback([options, run, &action] { action = [options, run] { return run(*options); }; });
}

}  // namespace

void add_eval_command(CLI::App& app, std::function<int()>& action) {
  CLI::App* command = app.add_subcommand("eval", "Measure coding accuracy on a gold-standard set");
  command->require_subcommand(1);
  add_coding_eval(*command, action, "gsr",
                  "PETRARCH-2's gold-standard records (PETR2_GSR_validation.xml)", evaluate_gsr);
  add_coding_eval(*command, action, "penta",
                  "Real news sentences in five classes (conflibert_train.jsonl)", evaluate_penta);

  add_folder_eval(*command, action, "quotes", "Direct quotations and their speakers on PolNeAR",
                  "The PolNeAR split, a folder with text/ and attributions/", run_quotes);
  add_folder_eval(*command, action, "extract",
                  "Article extraction against hand-extracted text (token precision, recall, F1)",
                  "A folder with input/ pages and GoldStandard/ texts (l3s-gn1, cleanportaleval)",
                  run_extract);
  add_folder_eval(*command, action, "titles", "Article titles against readability's",
                  "readability's test pages: folders with source.html and expected-metadata.json",
                  run_titles);
  add_folder_eval(*command, action, "places", "Toponyms found and placed (GeoVirus, TR-News)",
                  "GeoVirus.xml or TR-News.xml", run_places);
}

}  // namespace herodotus::cli
