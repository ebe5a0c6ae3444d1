// herodotus dictionaries check [FOLDER]: reads the built-in dictionaries (or a folder in the
// project's format), checks every event code against the CAMEO codebook, and prints each problem
// with its file and line, then what was read. Exit 0 when clean, 1 with problems, 2 when the
// dictionaries cannot be read at all.
#include <cstdio>
#include <memory>
#include <string>

#include "code/codebook.h"
#include "commands.h"
#include "common.h"
#include "dict/builtin.h"
#include "dict/herodotus_reader.h"

namespace herodotus::cli {
namespace {

struct CheckOptions {
  std::string folder;
};

// Event codes outside the CAMEO codebook, as warnings naming where they are written.
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

int run_check(const CheckOptions& options) {
  Result<dict::LoadedDictionaries> loaded = Status();
  if (options.folder.empty()) {
    auto sources = dict::builtin_dictionary_sources();
    if (!sources.ok()) {
      std::fprintf(stderr, "herodotus: %s\n", sources.status().message().c_str());
      return kExitUsage;
    }
    loaded = dict::read_herodotus_sources(*sources);
  } else {
    loaded = dict::read_herodotus_folder(options.folder);
  }
  if (!loaded.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", loaded.status().message().c_str());
    return kExitUsage;
  }
  const dict::Dictionary& d = loaded->dictionary;
  std::vector<std::string> problems = loaded->warnings;
  check_event_codes(d, problems);
  std::string out;
  for (const std::string& p : problems) out += p + "\n";
  size_t patterns = 0;
  for (const auto& v : d.verbs) patterns += v.patterns.size();
  out += std::to_string(d.actors.size()) + " actors, " + std::to_string(d.agents.size()) +
         " agents, " + std::to_string(d.verbs.size()) + " verbs, " + std::to_string(patterns) +
         " patterns, " + std::to_string(d.synsets.size()) + " synsets, " +
         std::to_string(d.discards.size()) + " discard phrases, " + std::to_string(d.roots.size()) +
         " phrases (" + std::to_string(loaded->duplicates) + " duplicates); " +
         std::to_string(problems.size()) + " problems\n";
  write_stdout(out);
  return problems.empty() ? kExitOk : kExitStoryErrors;
}

}  // namespace

void add_dictionaries_command(CLI::App& app, std::function<int()>& action) {
  CLI::App* command =
      app.add_subcommand("dictionaries", "Inspect dictionaries in the project's format");
  command->require_subcommand(1);
  auto options = std::make_shared<CheckOptions>();
  CLI::App* check =
      command->add_subcommand("check", "Read and check the built-in dictionaries or a folder");
  check->add_option("folder", options->folder,
                    "A folder in the project's format (default: the built-in ones)");
  check->callback([options, &action] { action = [options] { return run_check(*options); }; });
}

}  // namespace herodotus::cli
