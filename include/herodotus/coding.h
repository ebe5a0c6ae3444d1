// Event coding: load dictionaries (TABARI, PETRARCH or the project's own) into an engine, then
// code segmented stories with the engine's stages.
//
//   LoadReport report;
//   auto engine = load_dictionaries("Validate.project", &report); // or load_builtin_dictionaries()
//   if (!engine.ok()) return fail(engine.status());
//   // extract, clean, segment, quotes, places, the engine's stages, locate
//   auto stages = coding_stages(*engine);
//   auto pipeline = Pipeline::create(std::move(stages));
//   Document doc(std::move(story));
//   pipeline->run(doc);                     // doc.events(), doc.quotes(), doc.places()...
//
// An engine is compiled once and immutable; every thread shares it and its stages.
#ifndef HERODOTUS_CODING_H_
#define HERODOTUS_CODING_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/coding_options.h"
#include "herodotus/pipeline.h"
#include "herodotus/status.h"

namespace herodotus {

struct LoadReport {
  std::string format;  // "tabari", "petrarch", "herodotus", "built-in"
  size_t roots = 0;    // phrases that can be found in a text
  size_t actors = 0, agents = 0, verbs = 0, patterns = 0;
  size_t duplicates = 0;              // phrases entered more than once (the first is kept)
  std::vector<std::string> warnings;  // "file:line: message" for entries that could not be used
  double seconds = 0;                 // load and compile time
};

// Compiled dictionaries and the coder their dialect calls for. Two engines exist:
//   "phrases": the project's coder (and PETRARCH's method), over noun phrases found without a
//     parser; its stages are "phrases" (word classes, noun phrases, clauses set aside), "actors"
//     (what each phrase stands for, pronouns and role nouns), "speakers" (quotations' speakers)
//     and "events" (verb patterns, reported speech, modality);
//   "tabari": TABARI 0.8.4's sparse parse over its own lexer, one "events" stage.
class EventEngine : public std::enable_shared_from_this<EventEngine> {
 public:
  virtual ~EventEngine() = default;
  virtual std::string_view name() const = 0;
  virtual const CodingOptions& options() const = 0;
  // The same dictionaries with other options (compiled data is shared, not copied).
  virtual std::shared_ptr<const EventEngine> with_options(CodingOptions options) const = 0;
  // The stages that code a segmented document, in order.
  virtual std::vector<std::unique_ptr<const Stage>> stages() const = 0;
};

// `path`: a TABARI .project file, a folder in the project's own format
// (docs/dictionary-format.md), or a folder of PETRARCH dictionaries.
Result<std::shared_ptr<const EventEngine>> load_dictionaries(const std::string& path,
                                                             LoadReport* report = nullptr);

// The dictionaries compiled into the library: data/dictionaries and the generated countries.
Result<std::shared_ptr<const EventEngine>> load_builtin_dictionaries(LoadReport* report = nullptr);

// What `herodotus dictionaries check` reports.
struct DictionaryCheck {
  std::vector<std::string> problems;  // "file:line: message", in file order
  std::string summary;  // "1400 actors, 213 agents, 733 verbs, ... phrases (0 duplicates)"
};

// Reads the built-in dictionaries (`folder` empty) or a folder in the project's format, and
// checks every event code against the CAMEO codebook. An error when they cannot be read at all.
Result<DictionaryCheck> check_dictionaries(const std::string& folder = "");

// Which optional stages coding_stages() puts in.
struct CodingStageOptions {
  bool quotes = true;  // quotations and their speakers
  bool places = true;  // place names, and events located at them
};

// The whole pipeline of `herodotus code`: extract, clean, segment, quotes, places, the engine's
// stages, locate.
std::vector<std::unique_ptr<const Stage>> coding_stages(
    const std::shared_ptr<const EventEngine>& engine, CodingStageOptions options = {});

}  // namespace herodotus

#endif  // HERODOTUS_CODING_H_
