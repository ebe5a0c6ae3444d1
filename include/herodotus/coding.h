// Event coding: load dictionaries (TABARI, PETRARCH or the project's own), then code stories with
// the "code" stage.
//
//   LoadReport report;
//   auto dictionaries = load_dictionaries("Validate.project", &report);
//   if (!dictionaries.ok()) return fail(dictionaries.status());
//   auto stages = segmentation_stages();
//   stages.push_back(make_coding_stage(*dictionaries));
//   auto pipeline = Pipeline::create(std::move(stages));
//
// Loaded dictionaries are compiled once and immutable; every thread shares them.
#ifndef HERODOTUS_CODING_H_
#define HERODOTUS_CODING_H_

#include <memory>
#include <string>
#include <vector>

#include "herodotus/pipeline.h"
#include "herodotus/status.h"

namespace herodotus {

class CodingDictionaries;  // compiled dictionaries and the coder's options

struct LoadReport {
  std::string format;  // "tabari", "petrarch", "herodotus", "built-in"
  size_t roots = 0;    // phrases that can be found in a text
  size_t actors = 0, agents = 0, verbs = 0, patterns = 0;
  size_t duplicates = 0;              // phrases entered more than once (the first is kept)
  std::vector<std::string> warnings;  // "file:line: message" for entries that could not be used
  double seconds = 0;                 // load and compile time
};

// `path`: a TABARI .project file, a folder in the project's own format
// (docs/dictionary-format.md), or a folder of PETRARCH dictionaries.
Result<std::shared_ptr<const CodingDictionaries>> load_dictionaries(const std::string& path,
                                                                    LoadReport* report = nullptr);

// The dictionaries compiled into the binary: data/dictionaries and the generated countries.
Result<std::shared_ptr<const CodingDictionaries>> load_builtin_dictionaries(
    LoadReport* report = nullptr);

// The "code" stage: events for every sentence (needs sentences; provides kLayerEvents).
std::unique_ptr<const Stage> make_coding_stage(
    std::shared_ptr<const CodingDictionaries> dictionaries);

}  // namespace herodotus

#endif  // HERODOTUS_CODING_H_
