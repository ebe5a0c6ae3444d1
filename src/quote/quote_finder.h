// The "quotes" stage: direct quotations and the mentions of their speakers.
//
// Quotation marks are paired within each paragraph (curly marks by their shape, straight ones by
// the spacing the tokenizer read; single quotes inside double ones are nested, not new
// quotations). A quotation left open at the end of a paragraph whose next paragraph opens with
// a quotation mark runs on into it. Each quotation then gets a speaker from its cue:
//
//   '"...," X said' / '"...," said X' / '"...," according to X'   the words after the closing mark
//   'X said: "..."' / 'X told Y "..."' / 'X said it was "a disaster"'   a cue verb before it
//   '"..."' after 'He added:' or after another quotation of the same paragraph, or opening the
//   paragraph after a quotation paragraph                         the speaker of the context
//
// A short quotation with no cue is a name or a scare quote ('the so-called "peace plan"', a
// title in capitals) and is left out. Which actor a speaker's mention stands for ("he") is the
// speakers stage's work: it reads the actor mentions the actors stage resolved.
#ifndef HERODOTUS_QUOTE_QUOTE_FINDER_H_
#define HERODOTUS_QUOTE_QUOTE_FINDER_H_

#include "herodotus/pipeline.h"

namespace herodotus::quote {

class QuoteFinder final : public Stage {
 public:
  std::string_view name() const override { return "quotes"; }
  Layers requires_layers() const override {
    return kLayerText | kLayerParagraphs | kLayerSentences | kLayerTokens;
  }
  Layers provides_layers() const override { return kLayerQuotes; }
  void run(Document& doc) const override;
};

}  // namespace herodotus::quote

#endif  // HERODOTUS_QUOTE_QUOTE_FINDER_H_
