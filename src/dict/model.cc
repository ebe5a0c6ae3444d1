#include "dict/model.h"

namespace herodotus::dict {

const std::vector<CodeId>* codes_on(const ActorEntry& actor, int32_t date) {
  const DatedCode* latest = nullptr;
  for (const DatedCode& dated : actor.codes) {
    if (!dated.restricted) {
      // A default that is only the null code ("none outside these periods") yields, on an
      // unknown date, to the latest period.
      bool null_default = dated.codes.size() == 1 && dated.codes[0] == kNullCode;
      return date == 0 && null_default && latest != nullptr ? &latest->codes : &dated.codes;
    }
    if (date >= dated.from && date <= dated.to) return &dated.codes;
    if (latest == nullptr || dated.to > latest->to) latest = &dated;
  }
  return date == 0 && latest != nullptr ? &latest->codes : nullptr;
}

std::string Dictionary::where(const SourceRef& ref) const {
  std::string file = ref.file < files.size() ? files[ref.file] : "?";
  return file + ":" + std::to_string(ref.line);
}

}  // namespace herodotus::dict
