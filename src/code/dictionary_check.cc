// `herodotus dictionaries check`: the project's dictionaries read whole, every event code checked
// against the CAMEO codebook (herodotus/coding.h).
#include "code/codebook.h"
#include "dict/builtin.h"
#include "dict/herodotus_reader.h"
#include "herodotus/coding.h"

namespace herodotus {
namespace {

// Event codes outside the CAMEO codebook, as problems naming where they are written.
void check_event_codes(const dict::Dictionary& d, std::vector<std::string>& problems) {
  const code::Codebook& cameo = code::Codebook::builtin();
  auto check = [&](const dict::EventCodeSpec& spec, const dict::SourceRef& where) {
    for (dict::CodeId id : {spec.code, spec.paired}) {
      if (id == dict::kNullCode) continue;
      std::string_view text = d.codes.text(id);
      if (cameo.find(text) == nullptr)
        problems.push_back(d.where(where) + ": event code " + std::string(text) +
                           " is not in the CAMEO codebook");
    }
  };
  for (const dict::VerbEntry& verb : d.verbs) {
    check(verb.code, verb.source);
    for (const dict::Pattern& p : verb.patterns) check(p.code, p.source);
  }
}

}  // namespace

Result<DictionaryCheck> check_dictionaries(const std::string& folder) {
  Result<dict::LoadedDictionaries> loaded = Status();
  if (folder.empty()) {
    auto sources = dict::builtin_dictionary_sources();
    if (!sources.ok()) return sources.status();
    loaded = dict::read_herodotus_sources(*sources);
  } else {
    loaded = dict::read_herodotus_folder(folder);
  }
  if (!loaded.ok()) return loaded.status();
  const dict::Dictionary& d = loaded->dictionary;
  DictionaryCheck check;
  check.problems = loaded->warnings;
  check_event_codes(d, check.problems);
  size_t patterns = 0;
  for (const auto& v : d.verbs) patterns += v.patterns.size();
  check.summary = std::to_string(d.actors.size()) + " actors, " + std::to_string(d.agents.size()) +
                  " agents, " + std::to_string(d.verbs.size()) + " verbs, " +
                  std::to_string(patterns) + " patterns, " + std::to_string(d.synsets.size()) +
                  " synsets, " + std::to_string(d.discards.size()) + " discard phrases, " +
                  std::to_string(d.roots.size()) + " phrases (" +
                  std::to_string(loaded->duplicates) + " duplicates)";
  return check;
}

}  // namespace herodotus
