// The coding API (herodotus/coding.h): dictionaries loaded into the engine their dialect calls
// for, and the stages of `herodotus code`.
#include "herodotus/coding.h"

#include <chrono>

#include "code/engine.h"
#include "dict/load.h"
#include "herodotus/stages.h"
#include "tabari/engine.h"

namespace herodotus {
namespace {

// Compiles what a reader loaded into the engine its dialect calls for, and reports on it.
std::shared_ptr<const EventEngine> compile(dict::LoadedDictionaries loaded, std::string format,
                                           std::chrono::steady_clock::time_point start,
                                           LoadReport* report) {
  LoadReport r;
  r.format = std::move(format);
  const dict::Dictionary& d = loaded.dictionary;
  r.roots = d.roots.size();
  r.actors = d.actors.size();
  r.agents = d.agents.size();
  r.verbs = d.verbs.size();
  for (const auto& v : d.verbs) r.patterns += v.patterns.size();
  r.duplicates = loaded.duplicates;
  r.warnings = loaded.warnings;
  const bool tabari = d.dialect == dict::Dialect::kTabari;
  auto compiled = std::make_shared<const dict::CompiledDictionary>(std::move(loaded.dictionary));
  std::shared_ptr<const EventEngine> engine;
  if (tabari)
    engine = std::make_shared<const tabari::TabariEngine>(std::move(compiled), loaded.options);
  else
    engine = std::make_shared<const code::PhraseEngine>(
        std::make_shared<const code::CoderIndex>(std::move(compiled)), loaded.options);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (report != nullptr) *report = std::move(r);
  return engine;
}

}  // namespace

Result<std::shared_ptr<const EventEngine>> load_dictionaries(const std::string& path,
                                                             LoadReport* report) {
  auto start = std::chrono::steady_clock::now();
  std::string format;
  auto loaded = dict::read_dictionaries(path, format);
  if (!loaded.ok()) return loaded.status();
  return compile(std::move(loaded).value(), format, start, report);
}

Result<std::shared_ptr<const EventEngine>> load_builtin_dictionaries(LoadReport* report) {
  auto start = std::chrono::steady_clock::now();
  auto loaded = dict::read_builtin_dictionaries();
  if (!loaded.ok()) return loaded.status();
  return compile(std::move(loaded).value(), "built-in", start, report);
}

std::vector<std::unique_ptr<const Stage>> coding_stages(
    const std::shared_ptr<const EventEngine>& engine, CodingStageOptions options) {
  auto stages = segmentation_stages();
  if (options.quotes) stages.push_back(make_quote_finder());
  if (options.places) stages.push_back(make_place_finder());
  for (auto& stage : engine->stages()) stages.push_back(std::move(stage));
  if (options.places) stages.push_back(make_event_locator());
  return stages;
}

}  // namespace herodotus
