// `herodotus validate`: TABARI's and PETRARCH's validation suites run and reported
// (herodotus/evaluation.h).
#include <filesystem>

#include "core/strings.h"
#include "herodotus/evaluation.h"
#include "validate/petrarch_suite.h"
#include "validate/tabari_suite.h"

namespace herodotus {
namespace {

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

std::string expected_text(const validate::PetrarchRecord& record) {
  return record.error.empty() ? validate::describe_events(record.expected) : record.error;
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

std::string counts(size_t passed, size_t failed) {
  return std::to_string(passed) + " passed, " + std::to_string(failed) + " failed\n";
}

}  // namespace

Result<EvaluationReport> validate_tabari(const std::string& project, const std::string& text_file,
                                         const EvaluationOptions& options) {
  auto loaded = dict::read_tabari_project(project);
  if (!loaded.ok()) return loaded.status();
  EvaluationReport report;
  report.warnings = loaded->warnings;
  std::string text = text_file;
  if (text.empty()) {
    if (loaded->text_files.empty())
      return Status(ErrorCode::kInvalidArgument, project + " names no <textfile>; give --text");
    text = loaded->text_files.front();
  }
  auto records = validate::read_tabari_records(text);
  if (!records.ok()) return records.status();
  validate::SuiteReport suite = validate::run_tabari_suite(*loaded, *records, options.explain);
  report.warnings.insert(report.warnings.end(), suite.warnings.begin(), suite.warnings.end());
  for (const auto& outcome : suite.outcomes) {
    if (outcome.passed || !options.listing) continue;
    const auto& record = *outcome.record;
    append_failure(record.id, text + ":" + std::to_string(record.line),
                   collapse_spaces(record.text), expected_text(record),
                   validate::describe_events(outcome.result), outcome.explanation, report.listing);
  }
  report.summary = counts(suite.passed, suite.failed);
  report.note = "(" + std::to_string(suite.option_records) + " option records applied, " +
                std::to_string(suite.unchecked) + " records not checked)\n";
  report.all_passed = suite.failed == 0;
  return report;
}

Result<EvaluationReport> validate_petrarch(const std::string& records,
                                           const std::string& dictionaries,
                                           const EvaluationOptions& options) {
  namespace fs = std::filesystem;
  auto suite = validate::read_petrarch_records(records);
  if (!suite.ok()) return suite.status();
  // By default the dictionaries sit in "dictionaries/" beside the records, else beside them.
  std::string folder = dictionaries;
  if (folder.empty()) {
    fs::path beside = fs::path(records).parent_path();
    std::error_code error;
    folder = fs::is_directory(beside / "dictionaries", error) ? (beside / "dictionaries").string()
                                                              : beside.string();
  }
  auto loaded = validate::load_petrarch_suite_dictionaries(*suite, folder);
  if (!loaded.ok()) return loaded.status();
  EvaluationReport report;
  report.warnings = loaded->warnings;
  validate::PetrarchReport run = validate::run_petrarch_suite(*loaded, *suite, options.explain);
  report.warnings.insert(report.warnings.end(), run.warnings.begin(), run.warnings.end());
  for (const auto& outcome : run.outcomes) {
    if (outcome.passed || !options.listing) continue;
    const auto& record = *outcome.record;
    append_failure(record.id, records + ":" + std::to_string(record.line), record.text,
                   expected_text(record), validate::describe_outcome(outcome), outcome.explanation,
                   report.listing);
  }
  report.summary = counts(run.passed, run.failed);
  report.note = "(" + std::to_string(run.skipped) +
                " records not scored: sentence=\"false\" or a category not included)\n";
  report.all_passed = run.failed == 0;
  return report;
}

}  // namespace herodotus
