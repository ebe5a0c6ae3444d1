// Writing what the stages found: the JSON Lines records of the output contract
// (docs/output-schema.md) and the one-line forms a terminal shows. Every span printed indexes the
// story's original text.
//
//   std::string out;
//   for (const Event& e : doc.events()) append_event_jsonl(doc, e, out);
//   for (const Quote& q : doc.quotes()) append_quote_jsonl(doc, q, out);
//   fwrite(out.data(), 1, out.size(), stdout);
#ifndef HERODOTUS_OUTPUT_H_
#define HERODOTUS_OUTPUT_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "herodotus/document.h"

namespace herodotus {

// {"type":"event", "story_id", "sentence_id", "date", "source", "target", "cameo", "root",
//  "quad_class", "goldstein", "plover", "span", "rule", "rule_source", "verb", "location",
//  "issues"}
void append_event_jsonl(const Document& doc, const Event& event, std::string& out);
// "  2022-10-10  BLRGOV -> UKR  138  Threaten with military force   "warned""
void append_event_table(const Document& doc, const Event& event, std::string& out);

// {"type":"quote", "story_id", "sentence_id", "kind" (direct or partial), "text", "span",
//  "speaker": {"code", "text", "span"} or null, "cue": {"text", "span"} or null}
void append_quote_jsonl(const Document& doc, const Quote& quote, std::string& out);
// '  "Last thing they need is another conflict."  -- Lukashenko (BLRGOV)'
void append_quote_table(const Document& doc, const Quote& quote, std::string& out);

// {"type":"place", "story_id", "sentence_id", "text", "span", "name", "country", "lat", "lon",
//  "geonames_id", "kind" (country, region, city, area), "role" (location or actor)}
void append_place_jsonl(const Document& doc, const Place& place, std::string& out);
// "  @ Sochi  Sochi (RUS, 43.60, 39.73)"
void append_place_table(const Document& doc, const Place& place, std::string& out);

// The layers before them, for inspecting each stage alone (`herodotus segment --view`):
// {"type":"paragraph", "story_id", "paragraph_id", "text", "span"}
void append_paragraph_jsonl(const Document& doc, uint32_t paragraph, std::string& out);
// {"type":"sentence", "story_id", "sentence_id", "paragraph_id", "text", "span"}, and
// "skipped" when a coding engine did not read it
void append_sentence_jsonl(const Document& doc, uint32_t sentence, std::string& out);
// {"type":"token", "story_id", "sentence_id", "token_id", "text", "kind", "span"}, and
// "word_class", "in_name", "set_aside" once the phrases stage ran
void append_token_jsonl(const Document& doc, uint32_t sentence, uint32_t token, std::string& out);
// {"type":"phrase", "story_id", "sentence_id", "phrase_id", "text", "span", "words", "list",
//  "code", "actor"}: a noun phrase, its own words, and (once the actors stage ran) its code and
// the actor mention it names
void append_phrase_jsonl(const Document& doc, uint32_t phrase, std::string& out);
// {"type":"actor", "story_id", "sentence_id", "mention_id", "kind" (name, place, pronoun,
//  role_noun), "text", "span", "code", "phrase_id", "refers_to"}
void append_actor_jsonl(const Document& doc, uint32_t mention, std::string& out);
// {"type":"removed", "story_id", "reason", "text", "span"}: boilerplate the cleaner removed
void append_removal_jsonl(const Document& doc, const Removal& removal, std::string& out);

// {"type":"article", "story_id", "title", "text", "published", "authors", "lang", "url",
//  "diagnostics"}: what the extract stage read from a page
void append_article_jsonl(const Document& doc, std::string& out);
void append_article_table(const Document& doc, std::string& out);

// {"type":"diagnostic", "story_id", "level", "code", "message", "span"} for each diagnostic
void append_diagnostics_jsonl(const Document& doc, std::string& out);
// "  ! warning (invalid_utf8): ..." lines
void append_diagnostics_table(const Document& doc, std::string& out);

// How the noun-phrase engine read each sentence (word classes, clauses set aside, phrases and
// their codes, actor mentions), each line starting with `prefix`; nothing for a document its
// stages did not read.
void append_explanation(const Document& doc, std::string_view prefix, std::string& out);

}  // namespace herodotus

#endif  // HERODOTUS_OUTPUT_H_
