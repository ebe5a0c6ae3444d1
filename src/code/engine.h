// The noun-phrase engine: the project's coder (and PETRARCH's method) as four stages over the
// Document. Immutable; its stages share its compiled index.
#ifndef HERODOTUS_CODE_ENGINE_H_
#define HERODOTUS_CODE_ENGINE_H_

#include <memory>
#include <vector>

#include "code/coder_index.h"
#include "herodotus/coding.h"

namespace herodotus::code {

class PhraseEngine final : public EventEngine {
 public:
  PhraseEngine(std::shared_ptr<const CoderIndex> index, CodingOptions options)
      : index_(std::move(index)), options_(std::move(options)) {}

  std::string_view name() const override { return "phrases"; }
  const CodingOptions& options() const override { return options_; }
  std::shared_ptr<const EventEngine> with_options(CodingOptions options) const override;
  std::vector<std::unique_ptr<const Stage>> stages() const override;

  const CoderIndex& index() const { return *index_; }
  // What the engine's phases read for a story dated `date` (YYYYMMDD).
  CoderContext context(int32_t date) const;

 private:
  std::shared_ptr<const CoderIndex> index_;
  CodingOptions options_;
};

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_ENGINE_H_
