// Per-stage benchmarks on the AG News corpus. Each benchmark checks its answer before timing.
//
//   build/bench/herodotus_bench                                  run the benchmarks
//   build/bench/herodotus_bench --write-corpus=FILE --repeat=N   write the corpus as JSON Lines
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "bench/corpus.h"
#include "herodotus/pipeline.h"
#include "herodotus/stages.h"
#include "io/json_writer.h"

namespace herodotus::bench {
namespace {

const std::vector<Story>& corpus() {
  static const std::vector<Story>* stories = new std::vector<Story>(
      load_ag_news(std::string(HERODOTUS_SHARED_DATA) + "/bench/ag_news_test.csv"));
  return *stories;
}

size_t corpus_bytes() {
  size_t bytes = 0;
  for (const Story& s : corpus()) bytes += s.text.size();
  return bytes;
}

Pipeline make_pipeline(bool segment) {
  std::vector<std::unique_ptr<const Stage>> stages;
  stages.push_back(make_cleaner());
  if (segment) stages.push_back(make_segmenter());
  return std::move(Pipeline::create(std::move(stages))).value();
}

// Runs the pipeline over the whole corpus once; returns the sentence count.
size_t run_corpus(const Pipeline& pipeline) {
  size_t sentences = 0;
  for (const Story& story : corpus()) {
    Document doc(story);
    pipeline.run(doc);
    sentences += doc.sentences().size();
  }
  return sentences;
}

void check_corpus(benchmark::State& state) {
  if (corpus().size() != 7600) state.SkipWithError("AG News corpus missing or incomplete");
}

void BM_Clean(benchmark::State& state) {
  check_corpus(state);
  Pipeline pipeline = make_pipeline(false);
  for (auto _ : state) benchmark::DoNotOptimize(run_corpus(pipeline));
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(corpus_bytes()));
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(corpus().size()));
}
BENCHMARK(BM_Clean)->Unit(benchmark::kMillisecond);

void BM_CleanAndSegment(benchmark::State& state) {
  check_corpus(state);
  Pipeline pipeline = make_pipeline(true);
  size_t sentences = run_corpus(pipeline);
  // Every story has a headline and a lede: at least two sentences each.
  if (sentences < 2 * corpus().size()) state.SkipWithError("segmentation lost sentences");
  for (auto _ : state) benchmark::DoNotOptimize(run_corpus(pipeline));
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(corpus_bytes()));
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(corpus().size()));
  state.counters["sentences/s"] = benchmark::Counter(double(sentences) * double(state.iterations()),
                                                     benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CleanAndSegment)->Unit(benchmark::kMillisecond);

// Writes the corpus `repeat` times as a JSON Lines feed for the end-to-end run.
int write_corpus(const char* path, int repeat) {
  std::FILE* out = std::fopen(path, "wb");
  if (out == nullptr) {
    std::perror(path);
    return 2;
  }
  std::string line;
  for (int r = 0; r < repeat; ++r) {
    for (const Story& story : corpus()) {
      line.clear();
      io::JsonLine(line)
          .field("id", story.id + "-" + std::to_string(r + 1))
          .field("date", story.date)
          .field("text", story.text)
          .end();
      std::fwrite(line.data(), 1, line.size(), out);
    }
  }
  std::fclose(out);
  return corpus().empty() ? 1 : 0;
}

}  // namespace
}  // namespace herodotus::bench

int main(int argc, char** argv) {
  const char* corpus_path = nullptr;
  int repeat = 1;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--write-corpus=", 15) == 0) corpus_path = argv[i] + 15;
    if (std::strncmp(argv[i], "--repeat=", 9) == 0) repeat = std::atoi(argv[i] + 9);
  }
  if (corpus_path != nullptr) return herodotus::bench::write_corpus(corpus_path, repeat);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
