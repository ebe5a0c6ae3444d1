// The CAMEO 1.1b3 codebook built into the library (data/cameo/cameo.tsv): for each event code its
// root, QuadClass, Goldstein score, PLOVER category and name.
//
//   if (const CameoCode* c = find_cameo_code("138")) print(c->name, c->goldstein);  // -7.0
#ifndef HERODOTUS_CAMEO_H_
#define HERODOTUS_CAMEO_H_

#include <string>
#include <string_view>
#include <vector>

namespace herodotus {

struct CameoCode {
  std::string code;  // "138"
  std::string root;  // "13"
  // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
  int quad_class = 0;
  double goldstein = 0;
  std::string plover;  // "THREATEN"; empty when PLOVER has no category for the code
  std::string name;
};

// The entry for an event code, or null for codes outside CAMEO (a validation suite's "174K").
const CameoCode* find_cameo_code(std::string_view code);

// Every code, in the codebook's order.
const std::vector<CameoCode>& cameo_codes();

}  // namespace herodotus

#endif  // HERODOTUS_CAMEO_H_
