// herodotus validate tabari FILE.project
// herodotus validate petrarch RECORDS.xml [--dictionaries DIR]
//
// Codes a validation suite with its own dictionaries and prints every failing record with what was
// expected and what was produced, ending with "N passed, M failed".
#include <cstdio>
#include <memory>
#include <string>

#include "commands.h"
#include "common.h"
#include "herodotus/evaluation.h"

namespace herodotus::cli {
namespace {

struct ValidateOptions {
  std::string project;       // TABARI .project, or PETRARCH records file
  std::string dictionaries;  // PETRARCH: the folder of the files <Environment> names
  std::string text_file;     // overrides the project's <textfile>
  bool explain = false;
  bool quiet = false;
};

// Warnings and the note on standard error, the listing and the counts on standard output.
int report(const Result<EvaluationReport>& report) {
  if (!report.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", report.status().message().c_str());
    return kExitUsage;
  }
  for (const std::string& warning : report->warnings)
    std::fprintf(stderr, "warning: %s\n", warning.c_str());
  write_stdout(report->listing + report->summary);
  std::fprintf(stderr, "%s", report->note.c_str());
  return report->all_passed ? kExitOk : kExitStoryErrors;
}

EvaluationOptions evaluation_options(const ValidateOptions& options) {
  return {.listing = !options.quiet, .explain = options.explain};
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
  t->callback([tabari, &action] {
    action = [tabari] {
      return report(
          validate_tabari(tabari->project, tabari->text_file, evaluation_options(*tabari)));
    };
  });

  auto petrarch = std::make_shared<ValidateOptions>();
  CLI::App* p = command->add_subcommand("petrarch", "PETRARCH's unit-test records: an XML file");
  p->add_option("records", petrarch->project, "The records file (PETR.UnitTest.records.xml)")
      ->required();
  p->add_option("--dictionaries", petrarch->dictionaries,
                "Folder of the dictionaries the records name (default: dictionaries/ beside them)");
  p->add_flag("--explain", petrarch->explain, "Print how each failing record was chunked");
  p->add_flag("--quiet", petrarch->quiet, "Print only the final counts");
  p->callback([petrarch, &action] {
    action = [petrarch] {
      return report(validate_petrarch(petrarch->project, petrarch->dictionaries,
                                      evaluation_options(*petrarch)));
    };
  });
}

}  // namespace herodotus::cli
