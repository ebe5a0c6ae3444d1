// herodotus: reads news and writes down what happened.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <functional>

#include "commands.h"
#include "common.h"
#include "herodotus/version.h"

int main(int argc, char** argv) {
  using namespace herodotus::cli;
  // Output is written in large blocks by the batch runner; a big buffer keeps writes few.
  static char buffer[1 << 16];
  std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);

  CLI::App app(
      "Herodotus reads news and writes down what happened: who did what to whom, where "
      "and when.",
      "herodotus");
  app.set_version_flag("--version", std::string(herodotus::kVersion));
  app.require_subcommand(1);
  std::function<int()> action;
  add_code_command(app, action);
  add_segment_command(app, action);
  add_extract_command(app, action);
  add_export_command(app, action);
  add_query_command(app, action);
  add_validate_command(app, action);
  add_dictionaries_command(app, action);
  add_eval_command(app, action);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  int code = action ? action() : kExitUsage;
  std::fflush(stdout);
  return code;
}
