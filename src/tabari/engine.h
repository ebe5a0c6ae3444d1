// The TABARI engine: TABARI's dictionaries coded by TABARI's method (coder.h), one "events" stage
// that reads each sentence with TABARI's own lexer. Immutable; shared by every thread.
#ifndef HERODOTUS_TABARI_ENGINE_H_
#define HERODOTUS_TABARI_ENGINE_H_

#include <memory>
#include <vector>

#include "herodotus/coding.h"
#include "tabari/coder.h"

namespace herodotus::tabari {

class TabariEngine final : public EventEngine {
 public:
  TabariEngine(std::shared_ptr<const dict::CompiledDictionary> compiled, CodingOptions options)
      : coder_(std::move(compiled), std::move(options)) {}

  std::string_view name() const override { return "tabari"; }
  const CodingOptions& options() const override { return coder_.options(); }
  std::shared_ptr<const EventEngine> with_options(CodingOptions options) const override;
  std::vector<std::unique_ptr<const Stage>> stages() const override;

  const Coder& coder() const { return coder_; }

 private:
  Coder coder_;
};

// Codes every sentence of `doc` with `coder`: events, and why sentences were not coded
// (too short, discarded, complex, repeated).
void code_document(const Coder& coder, Document& doc);

}  // namespace herodotus::tabari

#endif  // HERODOTUS_TABARI_ENGINE_H_
