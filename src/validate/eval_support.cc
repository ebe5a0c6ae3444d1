#include "validate/eval_support.h"

#include <fstream>
#include <sstream>

#include "core/utf8.h"

namespace herodotus::validate {

Result<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, path.string() + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<uint32_t> code_point_offsets(std::string_view text) {
  std::vector<uint32_t> offsets;
  for (size_t i = 0; i < text.size(); i += utf8::decode(text, i).length)
    offsets.push_back(static_cast<uint32_t>(i));
  offsets.push_back(static_cast<uint32_t>(text.size()));
  return offsets;
}

Document run_record(const Pipeline& pipeline, std::string id, std::string text, std::string date) {
  Story story;
  story.id = std::move(id);
  story.date = std::move(date);
  story.text = std::move(text);
  Document doc(std::move(story));
  pipeline.run(doc);
  return doc;
}

}  // namespace herodotus::validate
