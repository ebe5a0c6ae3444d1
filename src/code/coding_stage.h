// The "code" stage and what it needs: compiled dictionaries with the coder options they came with.
#ifndef HERODOTUS_CODE_CODING_STAGE_H_
#define HERODOTUS_CODE_CODING_STAGE_H_

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "code/chunk_coder.h"
#include "code/coder.h"
#include "herodotus/coding.h"

namespace herodotus {

// Compiled dictionaries with the coder their dialect calls for: TABARI's sparse parse over the
// words of a sentence, or PETRARCH's over the noun phrases the chunker finds in its tokens.
class CodingDictionaries {
 public:
  CodingDictionaries(std::shared_ptr<const dict::CompiledDictionary> compiled,
                     code::CoderOptions options)
      : tabari_(std::make_unique<code::Coder>(std::move(compiled), std::move(options))) {}
  CodingDictionaries(std::shared_ptr<const dict::CompiledDictionary> compiled,
                     code::PetrarchOptions options)
      : petrarch_(std::make_unique<code::ChunkCoder>(std::move(compiled), options)) {}

  // Exactly one of the two is set.
  const code::Coder* tabari() const { return tabari_.get(); }
  const code::ChunkCoder* petrarch() const { return petrarch_.get(); }
  const dict::CompiledDictionary& compiled() const {
    return tabari_ ? tabari_->dictionary() : petrarch_->dictionary();
  }

 private:
  std::unique_ptr<const code::Coder> tabari_;
  std::unique_ptr<const code::ChunkCoder> petrarch_;
};

namespace code {

class CodingStage final : public Stage {
 public:
  explicit CodingStage(std::shared_ptr<const CodingDictionaries> dictionaries)
      : dictionaries_(std::move(dictionaries)) {}

  std::string_view name() const override { return "code"; }
  Layers requires_layers() const override { return kLayerSentences; }
  Layers provides_layers() const override { return kLayerEvents; }
  void run(Document& doc) const override;

 private:
  void run_tabari(Document& doc, const Coder& coder) const;
  void run_petrarch(Document& doc, const ChunkCoder& coder) const;

  std::shared_ptr<const CodingDictionaries> dictionaries_;
};

// Codes a story's sentences in order with the noun-phrase coder, carrying its actors from sentence
// to sentence (for pronouns) and giving it each sentence's quotations; writes the speakers it
// resolves into `quotes` (the document's, or a copy). Calls `coded(sentence, words, result)` for
// every sentence coded; a sentence repeated in the story is coded once. Stops after a story
// discard, which it reports with its outcome.
void code_story(
    const Document& doc, std::vector<Quote>& quotes, const ChunkCoder& coder, bool explain,
    const std::function<void(uint32_t sentence, const std::vector<std::string_view>& words,
                             const ChunkResult& result)>& coded);

// "2022-10-10" -> 20221010; 0 when empty or malformed.
int32_t date_number(std::string_view iso_date);
std::string iso_date(int32_t yyyymmdd);

}  // namespace code
}  // namespace herodotus

#endif  // HERODOTUS_CODE_CODING_STAGE_H_
