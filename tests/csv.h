// CSV records of the development data (../shared/data: the CAMEO codebook, the AG News corpus),
// for the unit tests and the benchmarks.
#ifndef HERODOTUS_TESTS_CSV_H_
#define HERODOTUS_TESTS_CSV_H_

#include <string>
#include <vector>

namespace herodotus::testing {

// Splits one CSV record of quoted fields ("" escapes a quote).
inline std::vector<std::string> csv_fields(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
        field += '"', ++i;
      else if (c == '"')
        quoted = false;
      else
        field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.push_back(std::move(field));
      field.clear();
    } else {
      field += c;
    }
  }
  fields.push_back(std::move(field));
  return fields;
}

}  // namespace herodotus::testing

#endif  // HERODOTUS_TESTS_CSV_H_
