#include "herodotus/stages.h"

#include "text/cleaner.h"
#include "text/segmenter.h"

namespace herodotus {

std::unique_ptr<const Stage> make_cleaner() {
  return std::make_unique<text::Cleaner>();
}
std::unique_ptr<const Stage> make_segmenter() {
  return std::make_unique<text::Segmenter>();
}

std::vector<std::unique_ptr<const Stage>> segmentation_stages() {
  std::vector<std::unique_ptr<const Stage>> stages;
  stages.push_back(make_extractor());
  stages.push_back(make_cleaner());
  stages.push_back(make_segmenter());
  return stages;
}

}  // namespace herodotus
