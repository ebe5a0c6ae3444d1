// herodotus validate tabari FILE.project: codes a TABARI validation suite with its own
// dictionaries and prints every failing record with what was expected and what was produced,
// ending with "N passed, M failed".
#include <cstdio>
#include <memory>
#include <string>

#include "commands.h"
#include "common.h"
#include "dict/tabari_reader.h"
#include "validate/tabari_suite.h"

namespace herodotus::cli {
namespace {

struct ValidateOptions {
  std::string project;
  std::string text_file;  // overrides the project's <textfile>
  bool explain = false;
  bool quiet = false;
};

std::string one_line(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string expected_text(const validate::ValidationRecord& record) {
  switch (record.expectation) {
    case validate::Expectation::kNoEvents: return "{ --- }";
    case validate::Expectation::kDiscard: return "{ ### }";
    case validate::Expectation::kComplex: return "{ +++ }";
    default: break;
  }
  std::string out;
  for (const auto& e : record.expected) {
    if (!out.empty()) out += "  ";
    out += "{ " + e.source + " / " + e.target + " / " + e.code + " }";
    if (!e.date.empty()) out += " " + e.date;
  }
  return out;
}

int run_tabari(const ValidateOptions& options) {
  auto loaded = dict::read_tabari_project(options.project);
  if (!loaded.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", loaded.status().message().c_str());
    return kExitUsage;
  }
  for (const std::string& warning : loaded->warnings) std::fprintf(stderr, "warning: %s\n", warning.c_str());
  std::string text = options.text_file;
  if (text.empty()) {
    if (loaded->text_files.empty()) {
      std::fprintf(stderr, "herodotus: %s names no <textfile>; give --text\n", options.project.c_str());
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
  for (const std::string& warning : report.warnings) std::fprintf(stderr, "warning: %s\n", warning.c_str());
  std::string out;
  for (const auto& outcome : report.outcomes) {
    if (outcome.passed || options.quiet) continue;
    const auto& record = *outcome.record;
    out += "FAIL " + record.id + " (" + text + ":" + std::to_string(record.line) + ")\n";
    out += "  text:     " + one_line(record.text) + "\n";
    out += "  expected: " + expected_text(record) + "\n";
    out += "  produced: " + validate::describe_events(outcome.result, loaded->dictionary) + "\n";
    if (!outcome.explanation.empty()) out += outcome.explanation;
    out += "\n";
  }
  out += std::to_string(report.passed) + " passed, " + std::to_string(report.failed) + " failed\n";
  write_stdout(out);
  std::fprintf(stderr, "(%zu option records applied, %zu records not checked)\n", report.option_records,
               report.unchecked);
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
}

}  // namespace herodotus::cli
