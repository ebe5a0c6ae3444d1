// The "segment" stage: paragraphs, tokens and sentences of the normalised text.
//
// Each line of the normalised text is a paragraph (the cleaner made it so). Sentences end at
// . ! ? and ellipses, together with any closing quotation marks and brackets after them, when
// the next token can open a sentence: not a lower-case word ("Belarus." he said), not glued to
// the mark (Amazon.com). Titles (Mr., Gen., St.) never end a sentence; abbreviations that may
// (U.S., Inc., an initial) do only before a usual sentence opener ("The", "He", "In").
#ifndef HERODOTUS_TEXT_SEGMENTER_H_
#define HERODOTUS_TEXT_SEGMENTER_H_

#include "herodotus/pipeline.h"
#include "text/lexicon.h"

namespace herodotus::text {

class Segmenter final : public Stage {
 public:
  explicit Segmenter(const Lexicon& lexicon = Lexicon::builtin()) : lexicon_(lexicon) {}

  std::string_view name() const override { return "segment"; }
  Layers requires_layers() const override { return kLayerText; }
  Layers provides_layers() const override {
    return kLayerParagraphs | kLayerSentences | kLayerTokens;
  }
  void run(Document& doc) const override;

 private:
  // Appends the sentences of the paragraph whose tokens are [first, end).
  void split_sentences(const Document& doc, uint32_t paragraph, uint32_t first, uint32_t end,
                       std::vector<Sentence>& sentences) const;
  bool ends_sentence(std::string_view text, const std::vector<Token>& tokens, uint32_t terminal,
                     uint32_t next) const;

  const Lexicon& lexicon_;
};

}  // namespace herodotus::text

#endif  // HERODOTUS_TEXT_SEGMENTER_H_
