// The "code" stage and what it needs: compiled dictionaries with the coder options they came with.
#ifndef HERODOTUS_CODE_CODING_STAGE_H_
#define HERODOTUS_CODE_CODING_STAGE_H_

#include <memory>

#include "code/coder.h"
#include "herodotus/coding.h"

namespace herodotus {

class CodingDictionaries {
 public:
  CodingDictionaries(std::shared_ptr<const dict::CompiledDictionary> compiled, code::CoderOptions options)
      : coder_(std::move(compiled), std::move(options)) {}
  const code::Coder& coder() const { return coder_; }

 private:
  code::Coder coder_;
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
  std::shared_ptr<const CodingDictionaries> dictionaries_;
};

// "2022-10-10" -> 20221010; 0 when empty or malformed.
int32_t date_number(std::string_view iso_date);
std::string iso_date(int32_t yyyymmdd);

}  // namespace code
}  // namespace herodotus

#endif  // HERODOTUS_CODE_CODING_STAGE_H_
