// herodotus eval quotes POLNEAR_SPLIT: direct quotations and speakers against PolNeAR's
// annotations (see validate/quote_eval.h), listing what was missed, found wrongly or given the
// wrong speaker; the last line holds precision, recall, F1 and speaker accuracy.
//
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
#include "validate/quote_eval.h"

namespace herodotus::cli {
namespace {

struct EvalOptions {
  std::string records;
  std::string dictionaries;
  bool quiet = false;
};

struct QuoteEvalOptions {
  std::string folder;
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

// One line of a listing: where the quotation is and its first words.
std::string quote_line(const char* label, const validate::QuoteMiss& miss) {
  std::string words(miss.span.of(miss.article->text).substr(0, 90));
  for (char& c : words)
    if (c == '\n') c = ' ';
  std::string where = miss.line > 0 ? miss.article->annotation + ":" + std::to_string(miss.line)
                                    : miss.article->name;
  return std::string(label) + " " + where + "  [" + miss.speaker + "]  " + words + "\n";
}

int run_quotes(const QuoteEvalOptions& options) {
  auto articles = validate::read_polnear(options.folder);
  if (!articles.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", articles.status().message().c_str());
    return kExitUsage;
  }
  validate::QuoteEvalReport report = validate::run_quote_eval(*articles);
  std::string out;
  if (!options.quiet) {
    for (const auto& m : report.missed) out += quote_line("MISSED ", m);
    for (const auto& m : report.spurious) out += quote_line("SPURIOUS", m);
    for (const auto& m : report.wrong_speaker) out += quote_line("SPEAKER", m);
  }
  char summary[400];
  std::snprintf(summary, sizeof summary,
                "%zu articles: precision %.3f (%zu/%zu), recall %.3f (%zu/%zu), F1 %.3f, "
                "speaker accuracy %.3f (%zu/%zu); %zu wrongly found are inside indirect "
                "attributions; %zu partial quotations, %zu inside annotated attributions\n",
                report.articles, report.precision(), report.found_correct, report.found,
                report.recall(), report.gold_matched, report.gold, report.f1(),
                report.speaker_accuracy(), report.speaker_correct, report.with_source,
                report.spurious_in_indirect, report.partial, report.partial_in_content);
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

  auto quote_options = std::make_shared<QuoteEvalOptions>();
  CLI::App* quotes = command->add_subcommand(
      "quotes",
      "Direct quotations and their speakers on PolNeAR (a folder with text/ and "
      "attributions/)");
  quotes->add_option("folder", quote_options->folder, "The PolNeAR split, e.g. polnear/dev")
      ->required();
  quotes->add_flag("--quiet", quote_options->quiet, "Print only the summary line");
  quotes->callback([quote_options, &action] {
    action = [quote_options] { return run_quotes(*quote_options); };
  });
}

}  // namespace herodotus::cli
