// libFuzzer target for the HTML path: any bytes as a page, through charset sniffing, preparation,
// Gumbo and the article reader, then the rest of the pipeline (clean, segment, quotes, places).
// Nothing may crash, leak or read out of bounds (built with address and undefined-behaviour
// sanitizers).
//
//   make fuzz                       a longer run
//   build-fuzz/html_fuzz -runs=N    by hand
#include <cstddef>
#include <cstdint>
#include <string>

#include "herodotus/pipeline.h"
#include "herodotus/stages.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace herodotus;
  static const Pipeline* pipeline = [] {
    auto stages = segmentation_stages();
    stages.push_back(make_quote_finder());
    stages.push_back(make_place_finder());
    return new Pipeline(std::move(Pipeline::create(std::move(stages))).value());
  }();
  Story story;
  story.id = "fuzz";
  story.html.assign(reinterpret_cast<const char*>(data), size);
  Document doc(std::move(story));
  pipeline->run(doc);
  return 0;
}
