// The "extract" stage: an HTML story's article becomes the story's text (the first stage of a
// pipeline, before cleaning); the page's metadata fills the story's title, url, authors,
// language, publication time, and its date when none was given.
#ifndef HERODOTUS_HTML_EXTRACT_STAGE_H_
#define HERODOTUS_HTML_EXTRACT_STAGE_H_

#include "herodotus/pipeline.h"

namespace herodotus::html {

class ExtractStage final : public Stage {
 public:
  std::string_view name() const override { return "extract"; }
  Layers requires_layers() const override { return 0; }
  Layers provides_layers() const override { return 0; }
  void run(Document& doc) const override;
};

}  // namespace herodotus::html

#endif  // HERODOTUS_HTML_EXTRACT_STAGE_H_
