// The subcommands. Each adds itself to the application and, when chosen, sets `action` to the
// function that runs it.
#ifndef HERODOTUS_CLI_COMMANDS_H_
#define HERODOTUS_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <functional>

namespace herodotus::cli {

void add_segment_command(CLI::App& app, std::function<int()>& action);
void add_validate_command(CLI::App& app, std::function<int()>& action);
void add_code_command(CLI::App& app, std::function<int()>& action);
void add_dictionaries_command(CLI::App& app, std::function<int()>& action);
void add_eval_command(CLI::App& app, std::function<int()>& action);
void add_extract_command(CLI::App& app, std::function<int()>& action);
void add_export_command(CLI::App& app, std::function<int()>& action);
void add_query_command(CLI::App& app, std::function<int()>& action);

}  // namespace herodotus::cli

#endif  // HERODOTUS_CLI_COMMANDS_H_
