#include "validate/petrarch_suite.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <memory>
#include <pugixml.hpp>
#include <set>
#include <sstream>
#include <tuple>

#include "code/coder_index.h"
#include "code/explain.h"
#include "code/stages.h"
#include "core/strings.h"
#include "dict/coding_options.h"
#include "dict/petrarch_reader.h"
#include "herodotus/document.h"
#include "herodotus/pipeline.h"
#include "herodotus/stages.h"
#include "validate/eval_support.h"

namespace herodotus::validate {
namespace {

std::string trimmed(const char* text) {
  return collapse_spaces(text);
}

// 1-based line of a byte offset.
size_t line_at(const std::string& content, ptrdiff_t offset) {
  if (offset < 0) return 0;
  size_t end = std::min(static_cast<size_t>(offset), content.size());
  return 1 + static_cast<size_t>(
                 std::count(content.begin(), content.begin() + static_cast<ptrdiff_t>(end), '\n'));
}

std::string name_lower(std::string_view s) {
  std::string out;
  for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool true_value(const char* value) {
  return name_lower(value).find("true") != std::string::npos;
}

}  // namespace

Result<PetrarchSuite> read_petrarch_records(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, path + ": cannot read");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string content = buffer.str();
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(content.data(), content.size());
  if (!parsed)
    return Status(ErrorCode::kInvalidArgument,
                  path + ":" + std::to_string(line_at(content, parsed.offset)) +
                      ": not well-formed XML: " + parsed.description());
  pugi::xml_node root = doc.child("Validation");
  if (!root) return Status(ErrorCode::kInvalidArgument, path + ": no <Validation> element");

  PetrarchSuite suite;
  pugi::xml_node environment = root.child("Environment");
  suite.verbs_file = trimmed(environment.child_value("Verbfile"));
  suite.agents_file = trimmed(environment.child_value("Agentfile"));
  suite.discards_file = trimmed(environment.child_value("Discardfile"));
  for (pugi::xml_node actor : environment.children("Actorfile"))
    suite.actor_files.push_back(trimmed(actor.child_value()));
  std::istringstream include(environment.child_value("Include"));
  for (std::string category; include >> category;) suite.include.push_back(category);
  for (pugi::xml_node config : environment.children("Config"))
    suite.options.emplace_back(config.attribute("option").value(),
                               config.attribute("value").value());

  std::vector<std::pair<std::string, std::string>> pending;
  for (pugi::xml_node node : root.child("Sentences").children()) {
    std::string_view name = node.name();
    if (name == "Config") {
      if (node.attribute("option"))
        pending.emplace_back(node.attribute("option").value(), node.attribute("value").value());
      continue;
    }
    if (name != "Sentence") continue;
    PetrarchRecord record;
    record.id = node.attribute("id").value();
    record.category = node.attribute("category").value();
    record.line = line_at(content, node.offset_debug());
    record.valid = true_value(node.attribute("sentence").value());
    std::string date = node.attribute("date").value();
    bool digits = date.size() == 8 && std::all_of(date.begin(), date.end(),
                                                  [](char c) { return c >= '0' && c <= '9'; });
    if (!digits)
      return Status(ErrorCode::kInvalidArgument, path + ":" + std::to_string(record.line) +
                                                     ": record " + record.id +
                                                     " has no YYYYMMDD date");
    record.date = std::stoi(date);
    record.text = collapse_spaces(node.child_value("Text"));
    for (pugi::xml_node coding : node.children("EventCoding")) {
      if (coding.attribute("error")) {
        record.error = coding.attribute("error").value();
        continue;
      }
      if (coding.attribute("noevents")) continue;
      record.expected.push_back({coding.attribute("sourcecode").value(),
                                 coding.attribute("targetcode").value(),
                                 coding.attribute("eventcode").value()});
    }
    record.options = std::move(pending);
    pending.clear();
    suite.records.push_back(std::move(record));
  }
  return suite;
}

Result<dict::LoadedDictionaries> load_petrarch_suite_dictionaries(const PetrarchSuite& suite,
                                                                  const std::string& folder) {
  namespace fs = std::filesystem;
  auto in_folder = [&](const std::string& name) {
    return name.empty() ? name : (fs::path(folder) / name).string();
  };
  std::vector<std::string> actors;
  for (const std::string& a : suite.actor_files) actors.push_back(in_folder(a));
  return dict::read_petrarch_files(in_folder(suite.verbs_file), actors,
                                   in_folder(suite.agents_file), in_folder(suite.discards_file));
}

namespace {

// The record is one sentence to PETRARCH: its tokens are coded together, whatever the segmenter
// made of them.
void one_sentence(Document& doc) {
  if (doc.tokens().empty()) return;
  Sentence all;
  all.span = {0, static_cast<uint32_t>(doc.text().size())};
  all.end_token = static_cast<uint32_t>(doc.tokens().size());
  doc.mutable_sentences().assign(1, all);
  Paragraph paragraph;
  paragraph.span = all.span;
  paragraph.end_sentence = 1;
  doc.mutable_paragraphs().assign(1, paragraph);
}

SentenceSkip wanted_skip(const std::string& error) {
  if (error == "dateline") return SentenceSkip::kDateline;
  if (error == "sentencediscard") return SentenceSkip::kDiscarded;
  if (error == "storydiscard") return SentenceSkip::kStoryDiscarded;
  return SentenceSkip::kNone;
}

}  // namespace

PetrarchReport run_petrarch_suite(const dict::LoadedDictionaries& loaded,
                                  const PetrarchSuite& suite, bool explain) {
  PetrarchReport report;
  auto index = std::make_shared<const code::CoderIndex>(
      std::make_shared<const dict::CompiledDictionary>(loaded.dictionary));
  CodingOptions options = petrarch_coding_options();
  auto apply = [&](const std::vector<std::pair<std::string, std::string>>& settings,
                   const std::string& where) {
    for (const auto& [name, value] : settings)
      if (Status s = dict::apply_petrarch_option(name, value, options); !s.ok())
        report.warnings.push_back(where + ": " + s.message());
  };
  apply(suite.options, "<Environment>");
  auto pipeline = Pipeline::create(segmentation_stages());

  bool valid_only =
      std::find(suite.include.begin(), suite.include.end(), "valid") != suite.include.end();
  for (const PetrarchRecord& record : suite.records) {
    apply(record.options, record.id);
    bool included = suite.include.empty() || std::find(suite.include.begin(), suite.include.end(),
                                                       record.category) != suite.include.end();
    if (!included || (valid_only && !record.valid)) {
      ++report.skipped;
      continue;
    }
    Document doc = run_record(*pipeline, record.id, record.text);
    one_sentence(doc);
    const code::CoderContext ctx{*index, options, code::English::builtin(), record.date};
    code::find_phrases(ctx, doc);
    code::find_actors(ctx, doc);
    code::find_events(ctx, doc);

    PetrarchOutcome outcome;
    outcome.record = &record;
    outcome.skip = doc.sentences().empty() ? SentenceSkip::kNone : doc.sentences()[0].skip;
    for (const Event& e : doc.events())
      outcome.produced.push_back({e.source.code, e.target.code, e.code});
    if (explain && !doc.sentences().empty())
      code::explain_sentence(doc, 0, "  | ", outcome.explanation);
    if (!record.error.empty()) {
      // bad_input_parse is an error in the <Parse> tree, which Herodotus does not read: those
      // records cannot pass.
      SentenceSkip wanted = wanted_skip(record.error);
      outcome.passed =
          wanted != SentenceSkip::kNone && outcome.skip == wanted && outcome.produced.empty();
    } else {
      std::set<std::tuple<std::string, std::string, std::string>> expected, produced;
      for (const auto& e : record.expected) expected.emplace(e.source, e.target, e.code);
      for (const auto& e : outcome.produced) produced.emplace(e.source, e.target, e.code);
      outcome.passed = outcome.skip == SentenceSkip::kNone && expected == produced;
    }
    (outcome.passed ? report.passed : report.failed)++;
    report.outcomes.push_back(std::move(outcome));
  }
  return report;
}

std::string describe_outcome(const PetrarchOutcome& outcome) {
  switch (outcome.skip) {
    case SentenceSkip::kDiscarded:
      return "sentencediscard";
    case SentenceSkip::kStoryDiscarded:
      return "storydiscard";
    case SentenceSkip::kDateline:
      return "dateline";
    default:
      break;
  }
  return describe_events(outcome.produced);
}

std::string describe_events(const std::vector<PetrarchExpectedEvent>& events) {
  if (events.empty()) return "no events";
  std::string out;
  for (const auto& e : events) {
    if (!out.empty()) out += "  ";
    out += "{ " + e.source + " / " + e.target + " / " + e.code + " }";
  }
  return out;
}

}  // namespace herodotus::validate
