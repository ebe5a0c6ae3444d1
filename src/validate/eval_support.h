// What the evaluations share: reading a data file whole, the byte offset of every character (the
// data sets count characters; spans count UTF-8 bytes), and running one record through a pipeline.
#ifndef HERODOTUS_VALIDATE_EVAL_SUPPORT_H_
#define HERODOTUS_VALIDATE_EVAL_SUPPORT_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/document.h"
#include "herodotus/pipeline.h"
#include "herodotus/status.h"

namespace herodotus::validate {

Result<std::string> read_file(const std::filesystem::path& path);

// The byte offset of every code point of `text`, and one past the end.
std::vector<uint32_t> code_point_offsets(std::string_view text);

// One record of a data set as a story of its own (`date` YYYY-MM-DD, or empty), through `pipeline`.
Document run_record(const Pipeline& pipeline, std::string id, std::string text,
                    std::string date = {});

}  // namespace herodotus::validate

#endif  // HERODOTUS_VALIDATE_EVAL_SUPPORT_H_
