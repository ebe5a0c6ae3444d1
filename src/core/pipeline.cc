#include "herodotus/pipeline.h"

#include <string>

namespace herodotus {

Pipeline::Pipeline(std::vector<std::unique_ptr<const Stage>> stages) : stages_(std::move(stages)) {}

Result<Pipeline> Pipeline::create(std::vector<std::unique_ptr<const Stage>> stages) {
  Layers available = 0;
  for (const auto& stage : stages) {
    if (stage == nullptr) return Status(ErrorCode::kInvalidArgument, "pipeline has a null stage");
    Layers missing = stage->requires_layers() & ~available;
    if (missing != 0) {
      return Status(ErrorCode::kPipelineOrder,
                    "stage '" + std::string(stage->name()) +
                        "' runs before a stage that provides what it needs (layer mask " +
                        std::to_string(missing) + ")");
    }
    available |= stage->provides_layers();
  }
  return Pipeline(std::move(stages));
}

void Pipeline::run(Document& doc) const {
  if (doc.has_errors()) return;
  for (const auto& stage : stages_) stage->run(doc);
}

}  // namespace herodotus
