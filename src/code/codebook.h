// The CAMEO 1.1b3 codebook as project data (data/cameo/cameo.tsv, embedded at build time), parsed
// into the entries herodotus/cameo.h gives out.
#ifndef HERODOTUS_CODE_CODEBOOK_H_
#define HERODOTUS_CODE_CODEBOOK_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "herodotus/cameo.h"
#include "herodotus/status.h"

namespace herodotus::code {

class Codebook {
 public:
  static const Codebook& builtin();
  // Parses the TSV format of data/cameo/cameo.tsv; errors name the line.
  static Result<Codebook> parse(std::string_view tsv);

  // The entry for an event code, or null for codes outside CAMEO (a validation suite's "174K").
  const CameoCode* find(std::string_view code) const;
  const std::vector<CameoCode>& codes() const { return codes_; }

 private:
  std::vector<CameoCode> codes_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_CODEBOOK_H_
