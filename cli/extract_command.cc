// herodotus extract PAGE.html...: the article of each page, one JSON object per line (title,
// text, published, authors, lang, url), or a readable form on a terminal.
#include <cstdio>
#include <memory>

#include "commands.h"
#include "common.h"
#include "herodotus/stages.h"
#include "io/json_writer.h"

namespace herodotus::cli {
namespace {

std::string json_array(const std::vector<std::string>& values) {
  std::string out = "[";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ',';
    io::append_json_string(out, values[i]);
  }
  return out + "]";
}

void nullable(io::JsonLine& line, std::string_view key, const std::string& value) {
  if (value.empty())
    line.null_field(key);
  else
    line.field(key, value);
}

void append_article_jsonl(const Document& doc, std::string& out) {
  const Story& story = doc.story();
  std::vector<std::string> diagnostics;
  for (const Diagnostic& d : doc.diagnostics()) diagnostics.push_back(d.message);
  io::JsonLine line(out);
  line.field("type", "article").field("story_id", doc.id());
  nullable(line, "title", story.title);
  line.field("text", story.text);
  nullable(line, "published", story.published);
  line.raw_field("authors", json_array(story.authors));
  nullable(line, "lang", story.lang);
  nullable(line, "url", story.url);
  line.raw_field("diagnostics", json_array(diagnostics));
  line.end();
}

void append_article_table(const Document& doc, std::string& out) {
  const Story& story = doc.story();
  out += "== " + doc.id() + "\n";
  auto row = [&](const char* name, const std::string& value) {
    if (!value.empty()) out += std::string("  ") + name + ": " + value + "\n";
  };
  row("title", story.title);
  row("published", story.published);
  std::string authors;
  for (const std::string& a : story.authors) authors += (authors.empty() ? "" : "; ") + a;
  row("authors", authors);
  row("lang", story.lang);
  row("url", story.url);
  append_diagnostics_table(doc, out);
  out += "\n" + story.text + "\n\n";
}

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
