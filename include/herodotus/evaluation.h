// Validation suites and accuracy evaluations over published data sets, as `herodotus validate`
// and `herodotus eval` run them (library herodotus::eval, apart from the core library). Each
// returns what the command prints: a listing of what went wrong, entry by entry, and the summary
// line that the tests (tests/eval/run.sh) and the docs quote.
//
//   auto report = validate_tabari("Validate.project", "", {});
//   if (report.ok()) puts(report->summary.c_str());   // "441 passed, 3 failed"
#ifndef HERODOTUS_EVALUATION_H_
#define HERODOTUS_EVALUATION_H_

#include <memory>
#include <string>
#include <vector>

#include "herodotus/coding.h"
#include "herodotus/status.h"

namespace herodotus {

struct EvaluationOptions {
  bool listing = true;   // list every failing record, miss and error (false: the summary alone)
  bool explain = false;  // validation suites: how each failing record was read
};

struct EvaluationReport {
  std::vector<std::string> warnings;  // entries and settings that could not be used
  std::string listing;                // what went wrong, entry by entry
  std::string summary;                // the last line, with its newline
  std::string note;                   // what was not scored, for standard error; may be empty
  bool all_passed = true;             // validation suites: no record failed
};

// TABARI's validation suite: a .project file and its records (`text_file`, or the project's
// <textfile>), coded with the project's dictionaries and options. Summary: "N passed, M failed".
Result<EvaluationReport> validate_tabari(const std::string& project, const std::string& text_file,
                                         const EvaluationOptions& options);

// PETRARCH's unit-test records with the dictionaries they name, read from `dictionaries` (empty:
// dictionaries/ beside the records, else the records' folder). Summary: "N passed, M failed".
Result<EvaluationReport> validate_petrarch(const std::string& records,
                                           const std::string& dictionaries,
                                           const EvaluationOptions& options);

// PETRARCH-2's gold-standard records coded through the whole pipeline with `engine`: precision
// and recall of (source country, target country, CAMEO root).
Result<EvaluationReport> evaluate_gsr(const std::string& records,
                                      const std::shared_ptr<const EventEngine>& engine,
                                      const EvaluationOptions& options);

// Real news sentences in five classes (ConfliBERT's conflibert_train.jsonl: statement, verbal
// and material cooperation, verbal and material conflict) coded through the whole pipeline with
// `engine`: precision, recall and F1 of the classes, and how often the source and target spans
// of a recalled sentence overlap the annotated ones.
Result<EvaluationReport> evaluate_penta(const std::string& records,
                                        const std::shared_ptr<const EventEngine>& engine,
                                        const EvaluationOptions& options);

// Direct quotations and their speakers against a PolNeAR split (a folder with text/ and
// attributions/): precision, recall, F1 and speaker accuracy.
Result<EvaluationReport> evaluate_quotes(const std::string& folder,
                                         const EvaluationOptions& options);

// Article extraction against hand-extracted text (a folder with input/ and GoldStandard/): token
// precision, recall and F1.
Result<EvaluationReport> evaluate_extraction(const std::string& folder,
                                             const EvaluationOptions& options);

// Article titles against readability's test pages.
Result<EvaluationReport> evaluate_titles(const std::string& folder,
                                         const EvaluationOptions& options);

// Toponyms found and placed, on GeoVirus or TR-News.
Result<EvaluationReport> evaluate_places(const std::string& file, const EvaluationOptions& options);

}  // namespace herodotus

#endif  // HERODOTUS_EVALUATION_H_
