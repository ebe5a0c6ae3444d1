// herodotus eval extract FOLDER and eval titles FOLDER: article extraction against hand-extracted
// texts, and titles against readability's (see validate/extract_eval.h).
//
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
#include "validate/extract_eval.h"
#include "validate/geo_eval.h"
#include "validate/gsr_eval.h"
#include "validate/quote_eval.h"

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

int run_quotes(const FolderEvalOptions& options) {
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

int run_extract(const FolderEvalOptions& options) {
  auto report = validate::run_extract_eval(options.folder);
  if (!report.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", report.status().message().c_str());
    return kExitUsage;
  }
  std::string out;
  char line[512];
  if (!options.quiet)
    for (const auto& p : report->pages) {
      std::snprintf(line, sizeof line, "PAGE %s  precision %.3f recall %.3f F1 %.3f\n",
                    p.page.c_str(), p.precision, p.recall, p.f1);
      out += line;
    }
  std::snprintf(line, sizeof line, "%zu pages: precision %.3f, recall %.3f, F1 %.3f\n",
                report->pages.size(), report->precision, report->recall, report->f1);
  out += line;
  write_stdout(out);
  return kExitOk;
}

int run_titles(const FolderEvalOptions& options) {
  auto report = validate::run_title_eval(options.folder);
  if (!report.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", report.status().message().c_str());
    return kExitUsage;
  }
  std::string out;
  if (!options.quiet)
    for (const auto& w : report->wrong)
      out += "TITLE " + w.page + "\n  expected: " + w.expected + "\n  found:    " + w.found + "\n";
  char line[256];
  std::snprintf(line, sizeof line, "%zu pages: title accuracy %.3f (%zu/%zu)\n", report->pages,
                report->accuracy(), report->correct, report->pages);
  out += line;
  write_stdout(out);
  return kExitOk;
}

int run_places(const FolderEvalOptions& options) {
  auto report = validate::run_geo_eval(options.folder);
  if (!report.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", report.status().message().c_str());
    return kExitUsage;
  }
  std::string out;
  if (!options.quiet) {
    for (const auto& m : report->missed) out += "MISSED   " + m.article + "  " + m.text + "\n";
    for (const auto& m : report->spurious)
      out += "SPURIOUS " + m.article + "  " + m.text + " (" + m.detail + ")\n";
    for (const auto& m : report->far)
      out += "FAR      " + m.article + "  " + m.text + " (" + m.detail + ")\n";
  }
  char line[512];
  std::snprintf(line, sizeof line,
                "%zu articles: precision %.3f (%zu/%zu), recall %.3f (%zu/%zu), within 161 km "
                "%.3f (%zu/%zu); %zu annotations not found in the text%s\n",
                report->articles, report->precision(), report->found_correct, report->found,
                report->recall(), report->gold_matched, report->gold, report->accuracy(),
                report->within_161km, report->with_coordinates, report->unplaced,
                report->demonyms_scored ? "" : "; demonyms not scored (the set marks none)");
  out += line;
  write_stdout(out);
  return kExitOk;
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
  auto options = std::make_shared<EvalOptions>();
  CLI::App* gsr = command->add_subcommand(
      "gsr", "PETRARCH-2's gold-standard records (PETR2_GSR_validation.xml)");
  gsr->add_option("records", options->records, "The records file")->required();
  gsr->add_option("--dictionaries", options->dictionaries,
                  "Dictionaries instead of the built-in ones");
  gsr->add_flag("--quiet", options->quiet, "Print only the summary line");
  gsr->callback([options, &action] { action = [options] { return run_gsr(*options); }; });

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
