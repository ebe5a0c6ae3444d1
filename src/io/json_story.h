// One JSON Lines record to a Story: `id`, `date`, `text` or `html`, optional `title`, `url`,
// `source`; other fields are ignored.
#ifndef HERODOTUS_IO_JSON_STORY_H_
#define HERODOTUS_IO_JSON_STORY_H_

#include <simdjson.h>

#include <string>

#include "herodotus/status.h"
#include "herodotus/story.h"

namespace herodotus::io {

class JsonStoryParser {
 public:
  // Parses `line` into `story` (fields it sets are overwritten; others left alone). `line` may be
  // reallocated to give the parser its padding.
  Status parse(std::string& line, Story& story);

 private:
  simdjson::dom::parser parser_;
};

}  // namespace herodotus::io

#endif  // HERODOTUS_IO_JSON_STORY_H_
