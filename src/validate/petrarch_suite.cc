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

#include "core/strings.h"
#include "dict/petrarch_reader.h"
#include "herodotus/document.h"
#include "herodotus/pipeline.h"
#include "herodotus/stages.h"

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

PetrarchReport run_petrarch_suite(const dict::LoadedDictionaries& loaded,
                                  const PetrarchSuite& suite, bool explain) {
  PetrarchReport report;
  auto compiled = std::make_shared<const dict::CompiledDictionary>(loaded.dictionary);
  code::PetrarchOptions options;
  auto apply = [&](const std::vector<std::pair<std::string, std::string>>& settings,
                   const std::string& where) {
    for (const auto& [name, value] : settings)
      if (Status s = code::apply_petrarch_option(name, value, options); !s.ok())
        report.warnings.push_back(where + ": " + s.message());
  };
  apply(suite.options, "<Environment>");
  code::ChunkCoder coder(compiled, options);
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
    // The record is one sentence to PETRARCH: its tokens are coded together, whatever the
    // segmenter made of them.
    Story story;
    story.id = record.id;
    story.text = record.text;
    Document doc(std::move(story));
    pipeline->run(doc);
    std::vector<std::string_view> tokens;
    for (const Token& token : doc.tokens()) tokens.push_back(doc.text_of(token.span));

    PetrarchOutcome outcome;
    outcome.record = &record;
    outcome.result = coder.code_with(tokens, doc.text(), record.date, options, explain);
    const code::ChunkResult& r = outcome.result;
    if (!record.error.empty()) {
      code::ChunkOutcome wanted =
          record.error == "dateline"          ? code::ChunkOutcome::kDateline
          : record.error == "sentencediscard" ? code::ChunkOutcome::kSentenceDiscard
          : record.error == "storydiscard"    ? code::ChunkOutcome::kStoryDiscard
                                              : code::ChunkOutcome::kCoded;
      // bad_input_parse is an error in the <Parse> tree, which Herodotus does not read: those
      // records cannot pass.
      outcome.passed =
          wanted != code::ChunkOutcome::kCoded && r.outcome == wanted && r.events.empty();
    } else {
      std::set<std::tuple<std::string, std::string, std::string>> expected, produced;
      for (const auto& e : record.expected) expected.emplace(e.source, e.target, e.code);
      for (const auto& e : r.events) produced.emplace(e.source, e.target, e.code);
      outcome.passed = r.outcome == code::ChunkOutcome::kCoded && expected == produced;
    }
    (outcome.passed ? report.passed : report.failed)++;
    report.outcomes.push_back(std::move(outcome));
  }
  return report;
}

std::string describe_chunk_result(const code::ChunkResult& result) {
  switch (result.outcome) {
    case code::ChunkOutcome::kSentenceDiscard:
      return "sentencediscard";
    case code::ChunkOutcome::kStoryDiscard:
      return "storydiscard";
    case code::ChunkOutcome::kDateline:
      return "dateline";
    case code::ChunkOutcome::kCoded:
      break;
  }
  std::vector<PetrarchExpectedEvent> events;
  for (const auto& e : result.events) events.push_back({e.source, e.target, e.code});
  return describe_events(events);
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
