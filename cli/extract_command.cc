// herodotus extract PAGE.html...: the article of each page, one JSON object per line (title,
// text, published, authors, lang, url), or a readable form on a terminal.
#include <cstdio>
#include <memory>

#include "commands.h"
#include "common.h"
#include "herodotus/stages.h"

namespace herodotus::cli {
namespace {

int run_extract(const InputOptions& input) {
  ReadOptions read;
  OutputFormat format;
  if (!resolve_read_options(input, read, format)) return kExitUsage;
  std::vector<std::unique_ptr<const Stage>> stages;
  stages.push_back(make_extractor());
  return run_stories(input, read, std::move(stages),
                     StoryHandlers{.write =
                                       [&](const Document& doc, BatchItem& item) {
                                         if (format == OutputFormat::kTable)
                                           append_article_table(doc, item.output);
                                         else
                                           append_article_jsonl(doc, item.output);
                                       },
                                   .finish = [](const BatchSummary&) {}});
}

}  // namespace

void add_extract_command(CLI::App& app, std::function<int()>& action) {
  auto options = std::make_shared<InputOptions>();
  CLI::App* command = app.add_subcommand(
      "extract", "The article of each HTML page: title, text, published, authors, lang, url");
  add_input_options(*command, *options);
  command->callback([options, &action] { action = [options] { return run_extract(*options); }; });
}

}  // namespace herodotus::cli
