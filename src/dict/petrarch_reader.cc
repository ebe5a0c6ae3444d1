// A PETRARCH dictionary set: which files of a folder make it, and the order they are read in.
#include "dict/petrarch_reader.h"

#include <algorithm>
#include <filesystem>

namespace herodotus::dict {

Result<LoadedDictionaries> read_petrarch_files(const std::string& verbs,
                                               const std::vector<std::string>& actors,
                                               const std::string& agents,
                                               const std::string& discards,
                                               const std::string& issues) {
  LoadedDictionaries out;
  out.dictionary.dialect = Dialect::kPetrarch;
  out.options = petrarch_coding_options();
  for (const std::string& f : actors)
    if (Status s = read_petrarch_actors(f, out); !s.ok()) return s;
  if (!agents.empty())
    if (Status s = read_petrarch_agents(agents, out); !s.ok()) return s;
  if (!verbs.empty())
    if (Status s = read_petrarch_verbs(verbs, out); !s.ok()) return s;
  if (!discards.empty())
    if (Status s = read_petrarch_discards(discards, out); !s.ok()) return s;
  if (!issues.empty())
    if (Status s = read_petrarch_issues(issues, out); !s.ok()) return s;
  // Patterns stay in file order: PETRARCH tries them as written.
  return out;
}

Result<LoadedDictionaries> read_petrarch_folder(const std::string& folder) {
  namespace fs = std::filesystem;
  std::error_code error;
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    if (entry.is_regular_file()) names.push_back(entry.path().filename().string());
  }
  if (error) return Status(ErrorCode::kNotFound, folder + ": " + error.message());
  std::sort(names.begin(), names.end());
  auto has = [&](const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  auto path = [&](const std::string& name) { return (fs::path(folder) / name).string(); };
  // The production set when it is there, else PETRARCH's validation set.
  std::string verbs, agents, discards, issues;
  std::vector<std::string> actors;
  for (const std::string& n : names)
    if (n.find("Issue") != std::string::npos && n.size() > 4 &&
        n.compare(n.size() - 4, 4, ".txt") == 0)
      issues = path(n);
  if (has("CAMEO.2.0.txt")) {
    verbs = path("CAMEO.2.0.txt");
    for (const std::string& n : names)
      if (n.rfind("Phoenix.", 0) == 0 && n.find(".actors.txt") != std::string::npos)
        actors.push_back(path(n));
    if (has("Phoenix.agents.txt")) agents = path("Phoenix.agents.txt");
    if (has("Phoenix.discards.txt")) discards = path("Phoenix.discards.txt");
  } else {
    for (const std::string& n : names) {
      if (n.find(".verbs.txt") != std::string::npos && verbs.empty())
        verbs = path(n);
      else if (n.find(".actors.txt") != std::string::npos)
        actors.push_back(path(n));
      else if (n.find("agents") != std::string::npos && agents.empty())
        agents = path(n);
      else if (n.find("discards") != std::string::npos && discards.empty())
        discards = path(n);
    }
  }
  if (verbs.empty() || actors.empty())
    return Status(ErrorCode::kDictionary,
                  folder + ": no PETRARCH verbs and actors dictionaries found");
  return read_petrarch_files(verbs, actors, agents, discards, issues);
}

}  // namespace herodotus::dict
