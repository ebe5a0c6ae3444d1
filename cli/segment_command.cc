// herodotus segment INPUT...: what the coder sees. Sentences by default; paragraphs or tokens with
// --view; the boilerplate the cleaner removed with --show-removed.
#include <cstdio>

#include "commands.h"
#include "common.h"
#include "herodotus/pipeline.h"
#include "herodotus/stages.h"
#include "io/json_writer.h"

namespace herodotus::cli {
namespace {

struct SegmentOptions {
  InputOptions input;
  std::string view = "sentences";
  bool show_removed = false;
};

// The normalised text of a span on one line: paragraph joins are already spaces.
std::string_view text_of(const Document& doc, Span span) {
  return doc.text_of(span);
}

void write_jsonl(const Document& doc, const SegmentOptions& options, std::string& out) {
  if (options.show_removed) {
    for (const Removal& removal : doc.removals()) {
      io::JsonLine(out)
          .field("type", "removed")
          .field("story_id", doc.id())
          .field("reason", removal_reason_name(removal.reason))
          .field("text", removal.span.of(doc.original()))
          .span("span", removal.span)
          .end();
    }
  }
  if (options.view == "paragraphs") {
    for (size_t p = 0; p < doc.paragraphs().size(); ++p) {
      const Paragraph& paragraph = doc.paragraphs()[p];
      io::JsonLine(out)
          .field("type", "paragraph")
          .field("story_id", doc.id())
          .field("paragraph_id", p + 1)
          .field("text", text_of(doc, paragraph.span))
          .span("span", doc.to_original(paragraph.span))
          .end();
    }
  } else {
    for (size_t s = 0; s < doc.sentences().size(); ++s) {
      const Sentence& sentence = doc.sentences()[s];
      if (options.view == "tokens") {
        for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
          const Token& token = doc.tokens()[t];
          io::JsonLine(out)
              .field("type", "token")
              .field("story_id", doc.id())
              .field("sentence_id", s + 1)
              .field("token_id", t - sentence.first_token + 1)
              .field("text", text_of(doc, token.span))
              .field("kind", token_kind_name(token.kind))
              .span("span", doc.to_original(token.span))
              .end();
        }
        continue;
      }
      io::JsonLine(out)
          .field("type", "sentence")
          .field("story_id", doc.id())
          .field("sentence_id", s + 1)
          .field("paragraph_id", sentence.paragraph + 1)
          .field("text", text_of(doc, sentence.span))
          .span("span", doc.to_original(sentence.span))
          .end();
    }
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
  if (options.view == "paragraphs") {
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

int run_segment(const SegmentOptions& options) {
  ReadOptions read;
  OutputFormat format;
  if (!resolve_read_options(options.input, read, format)) return kExitUsage;
  return run_stories(
      options.input, read, segmentation_stages(),
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
  command->add_option("--view", options->view, "What to print")
      ->check(CLI::IsMember({"sentences", "paragraphs", "tokens"}));
  command->add_flag("--show-removed", options->show_removed,
                    "Also print the boilerplate the cleaner removed, with the reason");
  command->callback([options, &action] { action = [options] { return run_segment(*options); }; });
}

}  // namespace herodotus::cli
