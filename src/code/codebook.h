// The CAMEO 1.1b3 codebook as project data (data/cameo/cameo.tsv, embedded at build time): for
// each event code its root, QuadClass, Goldstein score, PLOVER category and name.
#ifndef HERODOTUS_CODE_CODEBOOK_H_
#define HERODOTUS_CODE_CODEBOOK_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "herodotus/status.h"

namespace herodotus::code {

struct CameoCode {
  std::string code;  // "138"
  std::string root;  // "13"
  int quad_class =
      0;  // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
  double goldstein = 0;
  std::string plover;  // "THREATEN"; empty when PLOVER has no category for the code
  std::string name;
};

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
