#include "code/coded_event.h"

#include <filesystem>

#include "io/dates.h"

namespace herodotus::code {
namespace {

// "VERB: - pattern [code]": the rule that made an event, as the dictionary writes it.
std::string rule_text(const dict::VerbEntry* verb, const dict::Pattern* pattern,
                      std::string_view code) {
  // The project's own format names its entries: "accuse.war_crimes: * + OF WAR CRIMES [1122]".
  if (pattern != nullptr && !pattern->id.empty())
    return pattern->id + ": " + pattern->text + " [" + std::string(code) + "]";
  if (pattern == nullptr && verb != nullptr && !verb->id.empty())
    return verb->id + ": [" + std::string(code) + "]";
  std::string out;
  if (verb != nullptr) out = verb->root_text + ":";
  if (pattern != nullptr) out += " - " + pattern->text;
  out += " [" + std::string(code) + "]";
  return out;
}

// "file:line" of that rule.
std::string rule_source(const dict::VerbEntry* verb, const dict::Pattern* pattern,
                        const dict::Dictionary& d) {
  const dict::SourceRef* ref = pattern != nullptr ? &pattern->source
                               : verb != nullptr  ? &verb->source
                                                  : nullptr;
  if (ref == nullptr) return {};
  // The project's dictionaries are a tree of files: their path says where (the built-in ones are
  // named "data/dictionaries/..."); other formats are a handful of files in one folder.
  std::string file = ref->file >= d.files.size() ? "?"
                     : d.dialect == dict::Dialect::kHerodotus
                         ? d.files[ref->file]
                         : std::filesystem::path(d.files[ref->file]).filename().string();
  return file + ":" + std::to_string(ref->line);
}

}  // namespace

void add_events(const std::vector<CodedEvent>& events, uint32_t sentence,
                const dict::Dictionary& dictionary,
                const std::vector<std::pair<std::string, uint32_t>>& issues, Document& doc) {
  for (const CodedEvent& e : events) {
    Event event;
    event.sentence = sentence;
    event.source = {e.source, e.source_span};
    event.target = {e.target, e.target_span};
    event.code = e.code;
    event.verb = e.verb;
    event.rule = rule_text(e.entry, e.pattern, e.code);
    if (!e.note.empty()) event.rule += " (" + e.note + ")";
    event.rule_source = rule_source(e.entry, e.pattern, dictionary);
    event.date = e.date != 0 ? io::iso_date(e.date) : doc.date();
    event.issues = issues;
    doc.mutable_events().push_back(std::move(event));
  }
}

}  // namespace herodotus::code
