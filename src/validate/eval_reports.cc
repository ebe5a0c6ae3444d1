// `herodotus eval`: the accuracy evaluations run and reported (herodotus/evaluation.h).
#include <cstdio>

#include "herodotus/evaluation.h"
#include "validate/extract_eval.h"
#include "validate/geo_eval.h"
#include "validate/gsr_eval.h"
#include "validate/penta_eval.h"
#include "validate/quote_eval.h"

namespace herodotus {
namespace {

std::string triples(const std::set<validate::DyadRoot>& set) {
  if (set.empty()) return "none";
  std::string out;
  for (const auto& [source, target, root] : set) {
    if (!out.empty()) out += "  ";
    out += source + " " + target + " " + root;
  }
  return out;
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

constexpr const char* kPentaNames[validate::kPentaClasses] = {
    "statement", "verbal cooperation", "material cooperation", "verbal conflict",
    "material conflict"};

// A sentence the five-class evaluation scores as wrong in some way, with its events; "" when it
// is right.
std::string penta_listing(const validate::PentaOutcome& o, const std::string& file) {
  const validate::PentaRecord& r = *o.record;
  bool false_class = false;
  for (int c = 0; c < validate::kPentaClasses; ++c) false_class |= o.predicted[c] && c != r.penta;
  const char* what = nullptr;
  if (!o.recalled)
    what = o.events.empty() ? "MISSED" : "OTHER";  // no event, or events of other classes only
  else if (false_class)
    what = "FALSE";  // the class, and others too
  else if (!r.sources.empty() && !o.source_right)
    what = "SOURCE";
  else if (!r.targets.empty() && !o.target_right)
    what = "TARGET";
  if (what == nullptr) return {};
  std::string out = std::string(what) + " " + r.id + " (" + file + ":" + std::to_string(r.line) +
                    ") gold " + kPentaNames[r.penta] + "\n  text:  " + r.text + "\n";
  for (const auto& e : o.events) {
    out += "  event: " + e.code + " " + (e.source.empty() ? "-" : e.source) + " [" +
           std::string(e.source_span.of(r.text)) + "] -> " + (e.target.empty() ? "-" : e.target) +
           " [" + std::string(e.target_span.of(r.text)) + "] (" +
           (e.penta < 0 ? "no class" : kPentaNames[e.penta]) + ")  " + e.rule + "\n";
  }
  return out + "\n";
}

template <typename... Args>
std::string format(const char* pattern, Args... args) {
  char line[640];
  std::snprintf(line, sizeof line, pattern, args...);
  return line;
}

}  // namespace

Result<EvaluationReport> evaluate_gsr(const std::string& records_file,
                                      const std::shared_ptr<const EventEngine>& engine,
                                      const EvaluationOptions& options) {
  auto records = validate::read_gsr_records(records_file);
  if (!records.ok()) return records.status();
  validate::GsrReport run = validate::run_gsr_eval(*records, engine);
  EvaluationReport report;
  for (const auto& o : run.outcomes) {
    if (!options.listing || o.produced == o.record->expected) continue;
    std::string& out = report.listing;
    out +=
        "DIFF " + o.record->id + " (" + records_file + ":" + std::to_string(o.record->line) + ")\n";
    out += "  text:     " + o.record->text + "\n";
    out += "  expected: " + triples(o.record->expected) + "\n";
    out += "  produced: " + triples(o.produced) + "\n";
    for (const std::string& rule : o.rules) out += "  rule:     " + rule + "\n";
    out += "\n";
  }
  report.summary =
      format("precision %.3f (%zu/%zu), recall %.3f (%zu/%zu), %zu of %zu records exact\n",
             run.precision(), run.correct, run.produced, run.recall(), run.correct, run.expected,
             run.records_exact, run.outcomes.size());
  return report;
}

Result<EvaluationReport> evaluate_penta(const std::string& records_file,
                                        const std::shared_ptr<const EventEngine>& engine,
                                        const EvaluationOptions& options) {
  auto records = validate::read_penta_records(records_file);
  if (!records.ok()) return records.status();
  validate::PentaReport run = validate::run_penta_eval(*records, engine);
  EvaluationReport report;
  if (options.listing) {
    for (const auto& o : run.outcomes) report.listing += penta_listing(o, records_file);
    report.listing += "class                 sentences  recalled  predicted wrongly\n";
    for (int c = 0; c < validate::kPentaClasses; ++c)
      report.listing += format("%-21s %9zu  %8zu  %17zu\n", kPentaNames[c], run.gold[c],
                               run.recalled_of[c], run.false_of[c]);
  }
  // The annotators' own classes put reducing relations (16) with verbal conflict: the same
  // events scored so, on a line before the summary (docs/coding.md says why both).
  validate::PentaReport phoenix = validate::rescore_penta(run, validate::PentaScheme::kPhoenix);
  report.summary = format(
      "with reducing relations (16) as verbal conflict, as the annotators class it: precision "
      "%.3f (%zu/%zu), recall %.3f (%zu/%zu), F1 %.3f\n",
      phoenix.precision(), phoenix.recalled, phoenix.recalled + phoenix.false_classes,
      phoenix.recall(), phoenix.recalled, phoenix.outcomes.size(), phoenix.f1());
  report.summary += format(
      "%zu sentences: precision %.3f (%zu/%zu), recall %.3f (%zu/%zu), F1 %.3f; "
      "source spans %.3f (%zu/%zu), target spans %.3f (%zu/%zu)\n",
      run.outcomes.size(), run.precision(), run.recalled, run.recalled + run.false_classes,
      run.recall(), run.recalled, run.outcomes.size(), run.f1(),
      run.sources_scored == 0 ? 0.0 : double(run.sources_right) / double(run.sources_scored),
      run.sources_right, run.sources_scored,
      run.targets_scored == 0 ? 0.0 : double(run.targets_right) / double(run.targets_scored),
      run.targets_right, run.targets_scored);
  return report;
}

Result<EvaluationReport> evaluate_quotes(const std::string& folder,
                                         const EvaluationOptions& options) {
  auto articles = validate::read_polnear(folder);
  if (!articles.ok()) return articles.status();
  validate::QuoteEvalReport run = validate::run_quote_eval(*articles);
  EvaluationReport report;
  if (options.listing) {
    for (const auto& m : run.missed) report.listing += quote_line("MISSED ", m);
    for (const auto& m : run.spurious) report.listing += quote_line("SPURIOUS", m);
    for (const auto& m : run.wrong_speaker) report.listing += quote_line("SPEAKER", m);
  }
  report.summary = format(
      "%zu articles: precision %.3f (%zu/%zu), recall %.3f (%zu/%zu), F1 %.3f, "
      "speaker accuracy %.3f (%zu/%zu); %zu wrongly found are inside indirect "
      "attributions; %zu partial quotations, %zu inside annotated attributions\n",
      run.articles, run.precision(), run.found_correct, run.found, run.recall(), run.gold_matched,
      run.gold, run.f1(), run.speaker_accuracy(), run.speaker_correct, run.with_source,
      run.spurious_in_indirect, run.partial, run.partial_in_content);
  return report;
}

Result<EvaluationReport> evaluate_extraction(const std::string& folder,
                                             const EvaluationOptions& options) {
  auto run = validate::run_extract_eval(folder);
  if (!run.ok()) return run.status();
  EvaluationReport report;
  if (options.listing)
    for (const auto& p : run->pages)
      report.listing += format("PAGE %s  precision %.3f recall %.3f F1 %.3f\n", p.page.c_str(),
                               p.precision, p.recall, p.f1);
  report.summary = format("%zu pages: precision %.3f, recall %.3f, F1 %.3f\n", run->pages.size(),
                          run->precision, run->recall, run->f1);
  return report;
}

Result<EvaluationReport> evaluate_titles(const std::string& folder,
                                         const EvaluationOptions& options) {
  auto run = validate::run_title_eval(folder);
  if (!run.ok()) return run.status();
  EvaluationReport report;
  if (options.listing)
    for (const auto& w : run->wrong)
      report.listing +=
          "TITLE " + w.page + "\n  expected: " + w.expected + "\n  found:    " + w.found + "\n";
  report.summary = format("%zu pages: title accuracy %.3f (%zu/%zu)\n", run->pages, run->accuracy(),
                          run->correct, run->pages);
  return report;
}

Result<EvaluationReport> evaluate_places(const std::string& file,
                                         const EvaluationOptions& options) {
  auto run = validate::run_geo_eval(file);
  if (!run.ok()) return run.status();
  EvaluationReport report;
  if (options.listing) {
    for (const auto& m : run->missed)
      report.listing += "MISSED   " + m.article + "  " + m.text + "\n";
    for (const auto& m : run->spurious)
      report.listing += "SPURIOUS " + m.article + "  " + m.text + " (" + m.detail + ")\n";
    for (const auto& m : run->far)
      report.listing += "FAR      " + m.article + "  " + m.text + " (" + m.detail + ")\n";
  }
  report.summary = format(
      "%zu articles: precision %.3f (%zu/%zu), recall %.3f (%zu/%zu), within 161 km "
      "%.3f (%zu/%zu); %zu annotations not found in the text%s\n",
      run->articles, run->precision(), run->found_correct, run->found, run->recall(),
      run->gold_matched, run->gold, run->accuracy(), run->within_161km, run->with_coordinates,
      run->unplaced, run->demonyms_scored ? "" : "; demonyms not scored (the set marks none)");
  return report;
}

}  // namespace herodotus
