// What the evaluations share: reading a data file whole, and the byte offset of every character
// (the data sets count characters; spans count UTF-8 bytes).
#ifndef HERODOTUS_VALIDATE_EVAL_SUPPORT_H_
#define HERODOTUS_VALIDATE_EVAL_SUPPORT_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/status.h"

namespace herodotus::validate {

Result<std::string> read_file(const std::filesystem::path& path);

// The byte offset of every code point of `text`, and one past the end.
std::vector<uint32_t> code_point_offsets(std::string_view text);

}  // namespace herodotus::validate

#endif  // HERODOTUS_VALIDATE_EVAL_SUPPORT_H_
