// The benchmark corpus: the 7,600 headlines and ledes of AG News (../shared/data/bench), one
// story per row, the title as the first paragraph.
#ifndef HERODOTUS_BENCH_CORPUS_H_
#define HERODOTUS_BENCH_CORPUS_H_

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "herodotus/story.h"
#include "tests/csv.h"

namespace herodotus::bench {

using testing::csv_fields;

inline std::vector<Story> load_ag_news(const std::string& path) {
  std::ifstream in(path);
  std::vector<Story> stories;
  std::string line;
  while (std::getline(in, line)) {
    auto fields = csv_fields(line);
    if (fields.size() != 3) continue;
    Story story;
    story.id = "ag-" + std::to_string(stories.size() + 1);
    story.date = "2004-08-01";
    story.text = fields[1] + "\n\n" + fields[2];
    stories.push_back(std::move(story));
  }
  return stories;
}

}  // namespace herodotus::bench

#endif  // HERODOTUS_BENCH_CORPUS_H_
