// herodotus segment INPUT...: what the coder sees. Sentences by default; paragraphs or tokens with
// --view; the boilerplate the cleaner removed with --show-removed. The noun-phrase engine's own
// layers with --view words (tokens with their word classes), phrases and actors, read with the
// built-in dictionaries or --dictionaries.
#include <cstdio>

#include "commands.h"
#include "common.h"
#include "herodotus/coding.h"
#include "herodotus/pipeline.h"
#include "herodotus/stages.h"

namespace herodotus::cli {
namespace {

struct SegmentOptions {
  InputOptions input;
  std::string view = "sentences";
  std::string dictionaries;
  bool show_removed = false;
};

bool engine_view(const SegmentOptions& options) {
  return options.view == "words" || options.view == "phrases" || options.view == "actors";
}

// The normalised text of a span on one line: paragraph joins are already spaces.
std::string_view text_of(const Document& doc, Span span) {
  return doc.text_of(span);
}

void write_jsonl(const Document& doc, const SegmentOptions& options, std::string& out) {
  if (options.show_removed)
    for (const Removal& removal : doc.removals()) append_removal_jsonl(doc, removal, out);
  const auto sentences = static_cast<uint32_t>(doc.sentences().size());
  if (options.view == "paragraphs") {
    for (uint32_t p = 0; p < doc.paragraphs().size(); ++p) append_paragraph_jsonl(doc, p, out);
  } else if (options.view == "tokens" || options.view == "words") {
    for (uint32_t s = 0; s < sentences; ++s)
      for (uint32_t t = doc.sentences()[s].first_token; t < doc.sentences()[s].end_token; ++t)
        append_token_jsonl(doc, s, t, out);
  } else if (options.view == "phrases") {
    for (uint32_t p = 0; p < doc.phrases().size(); ++p) append_phrase_jsonl(doc, p, out);
  } else if (options.view == "actors") {
    for (uint32_t m = 0; m < doc.actor_mentions().size(); ++m) append_actor_jsonl(doc, m, out);
  } else {
    for (uint32_t s = 0; s < sentences; ++s) append_sentence_jsonl(doc, s, out);
  }
  append_diagnostics_jsonl(doc, out);
}

void write_table(const Document& doc, const SegmentOptions& options, std::string& out) {
  char header[256];
  std::snprintf(header, sizeof header, "%zu paragraphs, %zu sentences, %zu removed",
                doc.paragraphs().size(), doc.sentences().size(), doc.removals().size());
  out += "== ";
  out += doc.id();
  if (!doc.date().empty()) {
    out += "  ";
    out += doc.date();
  }
  out += "  (";
  out += header;
  out += ")\n";
  append_diagnostics_table(doc, out);
  if (engine_view(options)) {
    append_explanation(doc, "  ", out);
  } else if (options.view == "paragraphs") {
    for (size_t p = 0; p < doc.paragraphs().size(); ++p) {
      char number[32];
      std::snprintf(number, sizeof number, "%4zu  ", p + 1);
      out += number;
      out += text_of(doc, doc.paragraphs()[p].span);
      out += '\n';
    }
  } else {
    for (size_t s = 0; s < doc.sentences().size(); ++s) {
      const Sentence& sentence = doc.sentences()[s];
      char number[32];
      std::snprintf(number, sizeof number, "%4zu  ", s + 1);
      out += number;
      if (options.view == "tokens") {
        for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
          if (t > sentence.first_token) out += " | ";
          out += text_of(doc, doc.tokens()[t].span);
        }
      } else {
        out += text_of(doc, sentence.span);
      }
      out += '\n';
    }
  }
  if (options.show_removed) {
    for (const Removal& removal : doc.removals()) {
      out += "     - removed (";
      out += removal_reason_name(removal.reason);
      out += "): ";
      out += removal.span.of(doc.original());
      out += '\n';
    }
  }
  out += '\n';
}

// The stages a view needs: the segmentation stages, and for the engine's layers the stages of
// `herodotus code` up to the events.
std::vector<std::unique_ptr<const Stage>> view_stages(
    const SegmentOptions& options, const std::shared_ptr<const EventEngine>& engine) {
  if (!engine) return segmentation_stages();
  std::vector<std::unique_ptr<const Stage>> stages;
  for (auto& stage : coding_stages(engine, {.quotes = true, .places = true}))
    if (stage->name() != "events" && stage->name() != "locate") stages.push_back(std::move(stage));
  return stages;
}

int run_segment(const SegmentOptions& options) {
  ReadOptions read;
  OutputFormat format;
  if (!resolve_read_options(options.input, read, format)) return kExitUsage;
  std::shared_ptr<const EventEngine> engine;
  if (engine_view(options)) {
    auto loaded = options.dictionaries.empty() ? load_builtin_dictionaries()
                                               : load_dictionaries(options.dictionaries);
    if (!loaded.ok()) {
      std::fprintf(stderr, "herodotus: %s\n", loaded.status().message().c_str());
      return kExitUsage;
    }
    engine = *loaded;
  }
  return run_stories(
      options.input, read, view_stages(options, engine),
      StoryHandlers{
          .write =
              [&](const Document& doc, BatchItem& item) {
                if (format == OutputFormat::kTable)
                  write_table(doc, options, item.output);
                else
                  write_jsonl(doc, options, item.output);
                item.counts.sentences = doc.sentences().size();
                item.counts.removals = doc.removals().size();
              },
          .finish =
              [&](const BatchSummary& summary) {
                if (format == OutputFormat::kTable)
                  std::printf("%zu stories, %zu sentences, %zu boilerplate stretches removed%s\n",
                              summary.stories, summary.counts.sentences, summary.counts.removals,
                              summary.stories_with_errors > 0 ? " (some stories had errors)" : "");
              }});
}

}  // namespace

void add_segment_command(CLI::App& app, std::function<int()>& action) {
  auto options = std::make_shared<SegmentOptions>();
  CLI::App* command = app.add_subcommand(
      "segment",
      "Print the paragraphs, sentences or tokens the coder sees, with spans into the "
      "original text");
  add_input_options(*command, options->input);
  command
      ->add_option("--view", options->view,
                   "What to print: sentences, paragraphs, tokens; words (tokens with their word "
                   "classes), phrases (noun phrases and their codes) or actors (actor mentions "
                   "and what they refer to), as the coding engine reads them")
      ->check(CLI::IsMember({"sentences", "paragraphs", "tokens", "words", "phrases", "actors"}));
  command->add_option("--dictionaries", options->dictionaries,
                      "For words, phrases and actors: read with these dictionaries instead of "
                      "the built-in ones (a folder in the project's format or PETRARCH's)");
  command->add_flag("--show-removed", options->show_removed,
                    "Also print the boilerplate the cleaner removed, with the reason");
  command->callback([options, &action] { action = [options] { return run_segment(*options); }; });
}

}  // namespace herodotus::cli
