// A story as read from an input: its identity, its metadata and its raw text, before any stage.
#ifndef HERODOTUS_STORY_H_
#define HERODOTUS_STORY_H_

#include <string>
#include <vector>

#include "herodotus/diagnostic.h"

namespace herodotus {

struct Story {
  std::string id;    // the JSON Lines `id`, else the file name without its extension
  std::string date;  // YYYY-MM-DD, or empty when unknown
  std::string title;
  std::string url;
  std::string source;
  std::string text;  // the story text as UTF-8 (converted from its declared encoding)
  std::string html;  // the page, when the input was HTML and has not been extracted yet
  // From an HTML page's metadata (the extract stage): when it was published (as the page writes
  // it, ISO 8601 mostly), by whom, in which language.
  std::string published;
  std::vector<std::string> authors;
  std::string lang;
  std::string origin;  // where it came from, for messages: "feed.jsonl:12", "story.txt"
  // Problems met while reading; a story that could not be read at all has an error here and no
  // text, and is still passed on so that the problem reaches the output.
  std::vector<Diagnostic> diagnostics;

  bool readable() const;
};

}  // namespace herodotus

#endif  // HERODOTUS_STORY_H_
