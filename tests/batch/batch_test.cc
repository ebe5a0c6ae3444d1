#include "herodotus/batch.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace herodotus {
namespace {

TEST(Batch, OutputsComeInInputOrderOnAnyNumberOfThreads) {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("herodotus-batch-" + std::to_string(::getpid()) + ".jsonl"))
                         .string();
  {
    std::ofstream out(path);
    for (int i = 0; i < 2000; ++i)
      out << "{\"id\":\"s" << i << "\",\"text\":\"story " << i << "\"}\n";
    out << "not json\n";
  }
  for (unsigned threads : {1u, 2u, 4u, 7u}) {
    StoryReader reader({path}, {});
    BatchOptions options;
    options.threads = threads;
    options.chunk_stories = 37;  // many chunks, none full at the end
    std::vector<std::string> seen;
    BatchSummary summary = run_batch(
        reader, options,
        [](Story&& story, BatchItem& item) {
          item.output = story.id;
          item.had_error = !story.readable();
          item.counts.sentences = 1;
        },
        [&](const BatchItem& item) { seen.push_back(item.output); });
    ASSERT_EQ(seen.size(), 2001u) << threads;
    for (int i = 0; i < 2000; ++i) ASSERT_EQ(seen[i], "s" + std::to_string(i)) << threads;
    EXPECT_EQ(summary.stories, 2001u);
    EXPECT_EQ(summary.stories_with_errors, 1u);
    EXPECT_EQ(summary.counts.sentences, 2001u);
  }
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace herodotus
