// The "clean" stage: from a story's original text to the normalised text the other stages read.
//
// Works line by line. Each line is normalised (normalize.h) and then judged: boilerplate lines
// (ad markers, teasers with their headlines, prompts, photo credits) and lines already printed
// in the story are left out, and a line holding the same text twice keeps one copy. What is left
// becomes one paragraph per line, separated by '\n'; in hard-wrapped text (short lines, blank
// lines between blocks) each block becomes one paragraph instead. Every removal is recorded.
#ifndef HERODOTUS_TEXT_CLEANER_H_
#define HERODOTUS_TEXT_CLEANER_H_

#include "herodotus/pipeline.h"
#include "text/lexicon.h"

namespace herodotus::text {

class Cleaner final : public Stage {
 public:
  explicit Cleaner(const Lexicon& lexicon = Lexicon::builtin()) : lexicon_(lexicon) {}

  std::string_view name() const override { return "clean"; }
  Layers requires_layers() const override { return 0; }
  Layers provides_layers() const override { return kLayerText; }
  void run(Document& doc) const override;

 private:
  const Lexicon& lexicon_;
};

}  // namespace herodotus::text

#endif  // HERODOTUS_TEXT_CLEANER_H_
