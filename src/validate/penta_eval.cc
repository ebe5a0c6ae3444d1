#include "validate/penta_eval.h"

#include <simdjson.h>

#include <fstream>

#include "herodotus/document.h"
#include "herodotus/pipeline.h"
#include "validate/eval_support.h"

namespace herodotus::validate {
namespace {

Status bad_record(const std::string& path, size_t line, const std::string& why) {
  return Status(ErrorCode::kInvalidArgument, path + ":" + std::to_string(line) + ": " + why);
}

// Appends the spans of gold[key] ([[begin, end], ...] in characters) as byte spans.
bool read_spans(simdjson::dom::element gold, const char* key, const std::vector<uint32_t>& offsets,
                std::vector<Span>& out) {
  simdjson::dom::array spans;
  if (gold[key].get_array().get(spans) != simdjson::SUCCESS) return true;  // absent: none
  for (simdjson::dom::element pair : spans) {
    int64_t begin = 0, end = 0;
    simdjson::dom::array ends;
    if (pair.get_array().get(ends) != simdjson::SUCCESS || ends.size() != 2 ||
        ends.at(0).get_int64().get(begin) != simdjson::SUCCESS ||
        ends.at(1).get_int64().get(end) != simdjson::SUCCESS || begin < 0 || end < begin ||
        static_cast<size_t>(end) >= offsets.size())
      return false;
    out.push_back({offsets[begin], offsets[end]});
  }
  return true;
}

bool overlaps_any(Span span, const std::vector<Span>& gold) {
  if (span.empty()) return false;
  for (Span g : gold)
    if (span.begin < g.end && g.begin < span.end) return true;
  return false;
}

// What the pipeline coded in one sentence.
std::vector<PentaEvent> code_record(const PentaRecord& record, const Pipeline& pipeline) {
  Document doc = run_record(pipeline, record.id, record.text, record.date);
  std::vector<PentaEvent> events;
  for (const Event& e : doc.events()) {
    PentaEvent& out = events.emplace_back();
    out.penta = penta_class(e.code);
    out.code = e.code;
    out.source = e.source.code;
    out.target = e.target.code;
    out.rule = e.rule;
    if (!e.source.span.empty()) out.source_span = doc.to_original(e.source.span);
    if (!e.target.span.empty()) out.target_span = doc.to_original(e.target.span);
  }
  return events;
}

}  // namespace

int penta_class(std::string_view code, PentaScheme scheme) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9')
    return -1;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (scheme == PentaScheme::kPhoenix && root == 16) return 3;
  if (root >= 1 && root <= 2) return 0;
  if (root >= 3 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return -1;
}

Result<std::vector<PentaRecord>> read_penta_records(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status(ErrorCode::kNotFound, path + ": cannot read");
  simdjson::dom::parser parser;
  std::vector<PentaRecord> records;
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::dom::element root, gold;
    std::string_view id, date, text;
    int64_t penta = -1;
    if (parser.parse(line).get(root) != simdjson::SUCCESS)
      return bad_record(path, n, "not a JSON object");
    if (root["id"].get_string().get(id) != simdjson::SUCCESS ||
        root["text"].get_string().get(text) != simdjson::SUCCESS ||
        root["gold"].get(gold) != simdjson::SUCCESS ||
        gold["penta"].get_int64().get(penta) != simdjson::SUCCESS || penta < 0 ||
        penta >= kPentaClasses)
      return bad_record(path, n, "a record needs an id, a text and gold.penta from 0 to 4");
    if (root["date"].get_string().get(date) != simdjson::SUCCESS) date = {};
    PentaRecord& record = records.emplace_back();
    record.id = std::string(id);
    record.date = std::string(date);
    record.text = std::string(text);
    record.line = n;
    record.penta = static_cast<int>(penta);
    std::vector<uint32_t> offsets = code_point_offsets(record.text);
    if (!read_spans(gold, "S", offsets, record.sources) ||
        !read_spans(gold, "T", offsets, record.targets) ||
        !read_spans(gold, "R", offsets, record.sources) ||
        !read_spans(gold, "R", offsets, record.targets))
      return bad_record(path, n, "a span is not [begin, end] within the text");
  }
  return records;
}

double PentaReport::precision() const {
  size_t predicted = recalled + false_classes;
  return predicted == 0 ? 0 : double(recalled) / double(predicted);
}

double PentaReport::recall() const {
  return outcomes.empty() ? 0 : double(recalled) / double(outcomes.size());
}

double PentaReport::f1() const {
  double p = precision(), r = recall();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

namespace {

// Scores outcome `o`, its events coded and classed, into `report`.
void score(PentaOutcome& o, PentaReport& report) {
  const PentaRecord& record = *o.record;
  o.predicted = {};
  o.source_right = o.target_right = false;
  for (const PentaEvent& e : o.events) {
    if (e.penta < 0) continue;
    o.predicted[e.penta] = true;
    if (e.penta != record.penta) continue;
    o.source_right |= overlaps_any(e.source_span, record.sources);
    o.target_right |= overlaps_any(e.target_span, record.targets);
  }
  o.recalled = o.predicted[record.penta];
  ++report.gold[record.penta];
  for (int c = 0; c < kPentaClasses; ++c) {
    if (!o.predicted[c] || c == record.penta) continue;
    ++report.false_classes;
    ++report.false_of[c];
  }
  if (!o.recalled) return;
  ++report.recalled;
  ++report.recalled_of[record.penta];
  if (!record.sources.empty()) {
    ++report.sources_scored;
    report.sources_right += o.source_right;
  }
  if (!record.targets.empty()) {
    ++report.targets_scored;
    report.targets_right += o.target_right;
  }
}

}  // namespace

PentaReport run_penta_eval(const std::vector<PentaRecord>& records,
                           const std::shared_ptr<const EventEngine>& engine) {
  PentaReport report;
  auto pipeline = std::move(Pipeline::create(coding_stages(engine))).value();
  for (const PentaRecord& record : records) {
    PentaOutcome& o = report.outcomes.emplace_back();
    o.record = &record;
    o.events = code_record(record, pipeline);
    score(o, report);
  }
  return report;
}

PentaReport rescore_penta(const PentaReport& coded, PentaScheme scheme) {
  PentaReport report;
  for (const PentaOutcome& coded_outcome : coded.outcomes) {
    PentaOutcome& o = report.outcomes.emplace_back(coded_outcome);
    for (PentaEvent& e : o.events) e.penta = penta_class(e.code, scheme);
    score(o, report);
  }
  return report;
}

}  // namespace herodotus::validate
