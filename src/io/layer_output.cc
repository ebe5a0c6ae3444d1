// The records of the layers before events, for inspecting each stage alone, and of an extracted
// article and a story's diagnostics (herodotus/output.h).
#include "herodotus/json.h"
#include "herodotus/output.h"

namespace herodotus {
namespace {

void nullable(JsonLine& line, std::string_view key, std::string_view value) {
  if (value.empty())
    line.null_field(key);
  else
    line.field(key, value);
}

std::string json_array(const std::vector<std::string>& values) {
  std::string out = "[";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, values[i]);
  }
  return out + "]";
}

// -1 as null, an index as its 1-based id.
void id_field(JsonLine& line, std::string_view key, int64_t index) {
  if (index < 0)
    line.null_field(key);
  else
    line.field(key, index + 1);
}

}  // namespace

void append_paragraph_jsonl(const Document& doc, uint32_t p, std::string& out) {
  const Paragraph& paragraph = doc.paragraphs()[p];
  JsonLine(out)
      .field("type", "paragraph")
      .field("story_id", doc.id())
      .field("paragraph_id", p + 1)
      .field("text", doc.text_of(paragraph.span))
      .span("span", doc.to_original(paragraph.span))
      .end();
}

void append_sentence_jsonl(const Document& doc, uint32_t s, std::string& out) {
  const Sentence& sentence = doc.sentences()[s];
  JsonLine line(out);
  line.field("type", "sentence")
      .field("story_id", doc.id())
      .field("sentence_id", s + 1)
      .field("paragraph_id", sentence.paragraph + 1)
      .field("text", doc.text_of(sentence.span))
      .span("span", doc.to_original(sentence.span));
  if (sentence.skip != SentenceSkip::kNone)
    line.field("skipped", sentence_skip_name(sentence.skip));
  line.end();
}

void append_token_jsonl(const Document& doc, uint32_t s, uint32_t t, std::string& out) {
  const Token& token = doc.tokens()[t];
  JsonLine line(out);
  line.field("type", "token")
      .field("story_id", doc.id())
      .field("sentence_id", s + 1)
      .field("token_id", t - doc.sentences()[s].first_token + 1)
      .field("text", doc.text_of(token.span))
      .field("kind", token_kind_name(token.kind))
      .span("span", doc.to_original(token.span));
  if (token.word_class != WordClass::kNone)
    line.field("word_class", word_class_name(token.word_class))
        .field("in_name", token.marked(kInName))
        .field("set_aside", token.marked(kSetAside));
  line.end();
}

void append_phrase_jsonl(const Document& doc, uint32_t p, std::string& out) {
  const Phrase& phrase = doc.phrases()[p];
  std::vector<std::string> words;
  for (uint32_t w = phrase.first_word; w < phrase.end_word; ++w)
    words.emplace_back(doc.text_of(doc.tokens()[doc.phrase_words()[w]].span));
  JsonLine line(out);
  line.field("type", "phrase")
      .field("story_id", doc.id())
      .field("sentence_id", phrase.sentence + 1)
      .field("phrase_id", p + 1)
      .field("text", doc.text_of(phrase.span))
      .span("span", doc.to_original(phrase.span))
      .raw_field("words", json_array(words));
  id_field(line, "list", phrase.list);
  if (doc.layers() & kLayerActors) {
    line.field("code", phrase.code);
    id_field(line, "actor", phrase.actor);
    line.field("agency", agency_name(phrase.agency));
  }
  line.end();
}

void append_actor_jsonl(const Document& doc, uint32_t m, std::string& out) {
  const ActorMention& mention = doc.actor_mentions()[m];
  JsonLine line(out);
  line.field("type", "actor")
      .field("story_id", doc.id())
      .field("sentence_id", mention.sentence + 1)
      .field("mention_id", m + 1)
      .field("kind", mention_kind_name(mention.kind))
      .field("text", doc.text_of(mention.span))
      .span("span", doc.to_original(mention.span))
      .field("code", mention.code);
  id_field(line, "phrase_id", mention.phrase);
  id_field(line, "refers_to", mention.refers_to);
  line.end();
}

void append_removal_jsonl(const Document& doc, const Removal& removal, std::string& out) {
  JsonLine(out)
      .field("type", "removed")
      .field("story_id", doc.id())
      .field("reason", removal_reason_name(removal.reason))
      .field("text", removal.span.of(doc.original()))
      .span("span", removal.span)
      .end();
}

void append_article_jsonl(const Document& doc, std::string& out) {
  const Story& story = doc.story();
  std::vector<std::string> diagnostics;
  for (const Diagnostic& d : doc.diagnostics()) diagnostics.push_back(d.message);
  JsonLine line(out);
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

void append_diagnostics_jsonl(const Document& doc, std::string& out) {
  for (const Diagnostic& d : doc.diagnostics()) {
    JsonLine line(out);
    line.field("type", "diagnostic")
        .field("story_id", doc.id())
        .field("level", level_name(d.level))
        .field("code", error_code_name(d.code))
        .field("message", d.message);
    if (!d.span.empty()) line.span("span", d.span);
    line.end();
  }
}

void append_diagnostics_table(const Document& doc, std::string& out) {
  for (const Diagnostic& d : doc.diagnostics()) {
    out += "  ! ";
    out += level_name(d.level);
    out += " (";
    out += error_code_name(d.code);
    out += "): ";
    out += d.message;
    out += '\n';
  }
}

}  // namespace herodotus
