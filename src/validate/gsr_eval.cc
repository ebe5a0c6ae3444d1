#include "validate/gsr_eval.h"

#include <fstream>
#include <sstream>

#include "core/strings.h"
#include "herodotus/coding.h"
#include "herodotus/document.h"
#include "herodotus/pipeline.h"
#include "herodotus/stages.h"
#include "validate/eval_support.h"

namespace herodotus::validate {
namespace {

// The value of name="value" in a tag, or "".
std::string attribute(std::string_view tag, std::string_view name) {
  size_t at = 0;
  while ((at = tag.find(name, at)) != std::string_view::npos) {
    size_t q = at + name.size();
    while (q < tag.size() && tag[q] == ' ') ++q;
    bool starts_word = at == 0 || tag[at - 1] == ' ' || tag[at - 1] == '<';
    if (starts_word && q < tag.size() && tag[q] == '=') {
      ++q;
      while (q < tag.size() && tag[q] == ' ') ++q;
      if (q < tag.size() && (tag[q] == '"' || tag[q] == '\'')) {
        char quote = tag[q];
        size_t end = tag.find(quote, q + 1);
        if (end != std::string_view::npos) return std::string(tag.substr(q + 1, end - q - 1));
      }
    }
    at += name.size();
  }
  return {};
}

// YYYYMMDD, or YYMMDD as one record writes it (years 2000-2099).
std::string iso(std::string_view date) {
  std::string yyyymmdd = date.size() == 6 ? "20" + std::string(date) : std::string(date);
  if (yyyymmdd.size() != 8) return {};
  return yyyymmdd.substr(0, 4) + "-" + yyyymmdd.substr(4, 2) + "-" + yyyymmdd.substr(6, 2);
}

}  // namespace

DyadRoot dyad_root(std::string_view source, std::string_view target, std::string_view code) {
  return {std::string(source.substr(0, 3)), std::string(target.substr(0, 3)),
          std::string(code.substr(0, 2))};
}

Result<std::vector<GsrRecord>> read_gsr_records(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status(ErrorCode::kNotFound, path + ": cannot read");
  std::vector<GsrRecord> records;
  GsrRecord* current = nullptr;
  bool in_text = false;
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    std::string_view l = trim(line);
    if (l.rfind("<Sentence ", 0) == 0) {
      records.push_back({});
      current = &records.back();
      current->id = attribute(l, "id");
      current->category = attribute(l, "category");
      current->date = iso(attribute(l, "date"));
      current->line = n;
      if (current->id.empty() || current->date.empty())
        return Status(ErrorCode::kInvalidArgument,
                      path + ":" + std::to_string(n) + ": a record needs an id and a date");
      continue;
    }
    if (current == nullptr) continue;
    if (l.rfind("<EventCoding", 0) == 0) {
      std::string code = attribute(l, "eventcode");
      if (!code.empty())
        current->expected.insert(
            dyad_root(attribute(l, "sourcecode"), attribute(l, "targetcode"), code));
      continue;
    }
    if (l.rfind("<Text>", 0) == 0) {
      in_text = true;
      continue;
    }
    if (l.rfind("</Text>", 0) == 0) {
      in_text = false;
      current->text = collapse_spaces(current->text);
      continue;
    }
    if (in_text) current->text += std::string(l) + " ";
    if (l.rfind("</Sentence>", 0) == 0) current = nullptr;
  }
  return records;
}

GsrReport run_gsr_eval(const std::vector<GsrRecord>& records,
                       const std::shared_ptr<const EventEngine>& engine) {
  GsrReport report;
  auto stages = coding_stages(engine);
  auto pipeline = std::move(Pipeline::create(std::move(stages))).value();
  for (const GsrRecord& record : records) {
    GsrOutcome outcome;
    outcome.record = &record;
    if (!record.text.empty()) {
      Document doc = run_record(pipeline, record.id, record.text, record.date);
      for (const Event& e : doc.events()) {
        outcome.produced.insert(dyad_root(e.source.code, e.target.code, e.code));
        outcome.rules.push_back(e.rule);
      }
    }
    size_t correct = 0;
    for (const DyadRoot& t : outcome.produced) correct += record.expected.count(t);
    report.expected += record.expected.size();
    report.produced += outcome.produced.size();
    report.correct += correct;
    if (outcome.produced == record.expected) ++report.records_exact;
    report.outcomes.push_back(std::move(outcome));
  }
  return report;
}

}  // namespace herodotus::validate
