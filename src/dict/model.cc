#include "dict/model.h"

namespace herodotus::dict {

const std::vector<CodeId>* codes_on(const ActorEntry& actor, int32_t date) {
  for (const DatedCode& dated : actor.codes) {
    if (!dated.restricted) return &dated.codes;
    if (date >= dated.from && date <= dated.to) return &dated.codes;
  }
  return nullptr;
}

std::string Dictionary::where(const SourceRef& ref) const {
  std::string file = ref.file < files.size() ? files[ref.file] : "?";
  return file + ":" + std::to_string(ref.line);
}

}  // namespace herodotus::dict
