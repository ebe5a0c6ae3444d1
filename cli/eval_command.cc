// herodotus eval gsr RECORDS.xml [--dictionaries PATH]: codes PETRARCH-2's gold-standard records
// with the built-in dictionaries (or others) through the whole pipeline and reports precision and
// recall of (source country, target country, CAMEO root) triples, listing every record that
// differs. The last line: "precision P (correct/produced), recall R (correct/expected), ...".
#include <cstdio>
#include <memory>
#include <string>

#include "commands.h"
#include "common.h"
#include "herodotus/coding.h"
#include "validate/gsr_eval.h"

namespace herodotus::cli {
namespace {

struct EvalOptions {
  std::string records;
  std::string dictionaries;
  bool quiet = false;
};

std::string triples(const std::set<validate::DyadRoot>& set) {
  if (set.empty()) return "none";
  std::string out;
  for (const auto& [source, target, root] : set) {
    if (!out.empty()) out += "  ";
    out += source + " " + target + " " + root;
  }
  return out;
}

int run_gsr(const EvalOptions& options) {
  auto records = validate::read_gsr_records(options.records);
  if (!records.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", records.status().message().c_str());
    return kExitUsage;
  }
  auto dictionaries = options.dictionaries.empty() ? load_builtin_dictionaries()
                                                   : load_dictionaries(options.dictionaries);
  if (!dictionaries.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", dictionaries.status().message().c_str());
    return kExitUsage;
  }
  validate::GsrReport report = validate::run_gsr_eval(*records, *dictionaries);
  std::string out;
  for (const auto& o : report.outcomes) {
    if (options.quiet || o.produced == o.record->expected) continue;
    out += "DIFF " + o.record->id + " (" + options.records + ":" + std::to_string(o.record->line) +
           ")\n";
    out += "  text:     " + o.record->text + "\n";
    out += "  expected: " + triples(o.record->expected) + "\n";
    out += "  produced: " + triples(o.produced) + "\n";
    for (const std::string& rule : o.rules) out += "  rule:     " + rule + "\n";
    out += "\n";
  }
  char summary[256];
  std::snprintf(summary, sizeof summary,
                "precision %.3f (%zu/%zu), recall %.3f (%zu/%zu), %zu of %zu records exact\n",
                report.precision(), report.correct, report.produced, report.recall(),
                report.correct, report.expected, report.records_exact, report.outcomes.size());
  out += summary;
  write_stdout(out);
  return kExitOk;
}

}  // namespace

void add_eval_command(CLI::App& app, std::function<int()>& action) {
  CLI::App* command = app.add_subcommand("eval", "Measure coding accuracy on a gold-standard set");
  command->require_subcommand(1);
  auto options = std::make_shared<EvalOptions>();
  CLI::App* gsr = command->add_subcommand(
      "gsr", "PETRARCH-2's gold-standard records (PETR2_GSR_validation.xml)");
  gsr->add_option("records", options->records, "The records file")->required();
  gsr->add_option("--dictionaries", options->dictionaries,
                  "Dictionaries instead of the built-in ones");
  gsr->add_flag("--quiet", options->quiet, "Print only the summary line");
  gsr->callback([options, &action] { action = [options] { return run_gsr(*options); }; });
}

}  // namespace herodotus::cli
