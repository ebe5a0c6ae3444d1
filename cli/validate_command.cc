// herodotus validate tabari FILE.project
// herodotus validate petrarch RECORDS.xml [--dictionaries DIR]
//
// Codes a validation suite with its own dictionaries and prints every failing record with what was
// expected and what was produced, ending with "N passed, M failed".
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include "commands.h"
#include "common.h"
#include "core/strings.h"
#include "dict/tabari_reader.h"
#include "validate/petrarch_suite.h"
#include "validate/tabari_suite.h"

namespace herodotus::cli {
namespace {

struct ValidateOptions {
  std::string project;       // TABARI .project, or PETRARCH records file
  std::string dictionaries;  // PETRARCH: the folder of the files <Environment> names
  std::string text_file;     // overrides the project's <textfile>
  bool explain = false;
  bool quiet = false;
};

std::string expected_text(const validate::ValidationRecord& record) {
  switch (record.expectation) {
    case validate::Expectation::kNoEvents:
      return "{ --- }";
    case validate::Expectation::kDiscard:
      return "{ ### }";
    case validate::Expectation::kComplex:
      return "{ +++ }";
    default:
      break;
  }
  std::string out;
  for (const auto& e : record.expected) {
    if (!out.empty()) out += "  ";
    out += "{ " + e.source + " / " + e.target + " / " + e.code + " }";
    if (!e.date.empty()) out += " " + e.date;
  }
  return out;
}

// A failing record as both suites print it: where it is, its text, what was expected and what
// the coder produced, and the explanation when asked for.
void append_failure(const std::string& id, const std::string& where, const std::string& text,
                    const std::string& expected, const std::string& produced,
                    const std::string& explanation, std::string& out) {
  out += "FAIL " + id + " (" + where + ")\n";
  out += "  text:     " + text + "\n";
  out += "  expected: " + expected + "\n";
  out += "  produced: " + produced + "\n";
  out += explanation;
  out += "\n";
}

int run_tabari(const ValidateOptions& options) {
  auto loaded = dict::read_tabari_project(options.project);
  if (!loaded.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", loaded.status().message().c_str());
    return kExitUsage;
  }
  for (const std::string& warning : loaded->warnings)
    std::fprintf(stderr, "warning: %s\n", warning.c_str());
  std::string text = options.text_file;
  if (text.empty()) {
    if (loaded->text_files.empty()) {
      std::fprintf(stderr, "herodotus: %s names no <textfile>; give --text\n",
                   options.project.c_str());
      return kExitUsage;
    }
    text = loaded->text_files.front();
  }
  auto records = validate::read_tabari_records(text);
  if (!records.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", records.status().message().c_str());
    return kExitUsage;
  }
  validate::SuiteReport report = validate::run_tabari_suite(*loaded, *records, options.explain);
  for (const std::string& warning : report.warnings)
    std::fprintf(stderr, "warning: %s\n", warning.c_str());
  std::string out;
  for (const auto& outcome : report.outcomes) {
    if (outcome.passed || options.quiet) continue;
    const auto& record = *outcome.record;
    append_failure(record.id, text + ":" + std::to_string(record.line),
                   collapse_spaces(record.text), expected_text(record),
                   validate::describe_events(outcome.result), outcome.explanation, out);
  }
  out += std::to_string(report.passed) + " passed, " + std::to_string(report.failed) + " failed\n";
  write_stdout(out);
  std::fprintf(stderr, "(%zu option records applied, %zu records not checked)\n",
               report.option_records, report.unchecked);
  return report.failed == 0 ? kExitOk : kExitStoryErrors;
}

std::string expected_text(const validate::PetrarchRecord& record) {
  return record.error.empty() ? validate::describe_events(record.expected) : record.error;
}

int run_petrarch(const ValidateOptions& options) {
  namespace fs = std::filesystem;
  auto suite = validate::read_petrarch_records(options.project);
  if (!suite.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", suite.status().message().c_str());
    return kExitUsage;
  }
  // By default the dictionaries sit in "dictionaries/" beside the records, else beside them.
  std::string folder = options.dictionaries;
  if (folder.empty()) {
    fs::path beside = fs::path(options.project).parent_path();
    std::error_code error;
    folder = fs::is_directory(beside / "dictionaries", error) ? (beside / "dictionaries").string()
                                                              : beside.string();
  }
  auto loaded = validate::load_petrarch_suite_dictionaries(*suite, folder);
  if (!loaded.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", loaded.status().message().c_str());
    return kExitUsage;
  }
  for (const std::string& warning : loaded->warnings)
    std::fprintf(stderr, "warning: %s\n", warning.c_str());
  validate::PetrarchReport report = validate::run_petrarch_suite(*loaded, *suite, options.explain);
  for (const std::string& warning : report.warnings)
    std::fprintf(stderr, "warning: %s\n", warning.c_str());
  std::string out;
  for (const auto& outcome : report.outcomes) {
    if (outcome.passed || options.quiet) continue;
    const auto& record = *outcome.record;
    append_failure(record.id, options.project + ":" + std::to_string(record.line), record.text,
                   expected_text(record), validate::describe_outcome(outcome), outcome.explanation,
                   out);
  }
  out += std::to_string(report.passed) + " passed, " + std::to_string(report.failed) + " failed\n";
  write_stdout(out);
  std::fprintf(stderr, "(%zu records not scored: sentence=\"false\" or a category not included)\n",
               report.skipped);
  return report.failed == 0 ? kExitOk : kExitStoryErrors;
}

}  // namespace

void add_validate_command(CLI::App& app, std::function<int()>& action) {
  CLI::App* command = app.add_subcommand(
      "validate", "Code a validation suite with its own dictionaries and report the failures");
  command->require_subcommand(1);
  auto tabari = std::make_shared<ValidateOptions>();
  CLI::App* t = command->add_subcommand("tabari", "TABARI's validation suite: a .project file");
  t->add_option("project", tabari->project, "The .project file (Validate.project)")->required();
  t->add_option("--text", tabari->text_file, "Records to code instead of the project's <textfile>");
  t->add_flag("--explain", tabari->explain, "Print how each failing record was parsed");
  t->add_flag("--quiet", tabari->quiet, "Print only the final counts");
  t->callback([tabari, &action] { action = [tabari] { return run_tabari(*tabari); }; });

  auto petrarch = std::make_shared<ValidateOptions>();
  CLI::App* p = command->add_subcommand("petrarch", "PETRARCH's unit-test records: an XML file");
  p->add_option("records", petrarch->project, "The records file (PETR.UnitTest.records.xml)")
      ->required();
  p->add_option("--dictionaries", petrarch->dictionaries,
                "Folder of the dictionaries the records name (default: dictionaries/ beside them)");
  p->add_flag("--explain", petrarch->explain, "Print how each failing record was chunked");
  p->add_flag("--quiet", petrarch->quiet, "Print only the final counts");
  p->callback([petrarch, &action] { action = [petrarch] { return run_petrarch(*petrarch); }; });
}

}  // namespace herodotus::cli
