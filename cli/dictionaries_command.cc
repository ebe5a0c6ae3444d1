// herodotus dictionaries check [FOLDER]: reads the built-in dictionaries (or a folder in the
// project's format), checks every event code against the CAMEO codebook, and prints each problem
// with its file and line, then what was read. Exit 0 when clean, 1 with problems, 2 when the
// dictionaries cannot be read at all.
#include <cstdio>
#include <memory>
#include <string>

#include "commands.h"
#include "common.h"
#include "herodotus/coding.h"

namespace herodotus::cli {
namespace {

struct CheckOptions {
  std::string folder;
};

int run_check(const CheckOptions& options) {
  auto check = check_dictionaries(options.folder);
  if (!check.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", check.status().message().c_str());
    return kExitUsage;
  }
  std::string out;
  for (const std::string& p : check->problems) out += p + "\n";
  out += check->summary + "; " + std::to_string(check->problems.size()) + " problems\n";
  write_stdout(out);
  return check->problems.empty() ? kExitOk : kExitStoryErrors;
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
