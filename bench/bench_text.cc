// Per-stage benchmarks on the AG News corpus. Each benchmark checks its answer before timing.
//
//   build/bench/herodotus_bench                                  run the benchmarks
//   build/bench/herodotus_bench --write-corpus=FILE --repeat=N   write the corpus as JSON Lines
//   build/bench/herodotus_bench --write-quote-corpus=FILE ...    the same for PolNeAR's articles
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "bench/corpus.h"
#include "herodotus/json.h"
#include "herodotus/pipeline.h"
#include "herodotus/stages.h"

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

// PolNeAR's 840 training articles: long political news full of quotations.
const std::vector<Story>& quote_corpus() {
  static const std::vector<Story>* stories = [] {
    auto* out = new std::vector<Story>;
    std::error_code error;
    std::filesystem::path dir =
        std::filesystem::path(HERODOTUS_SHARED_DATA) / "quotes/polnear/train/text";
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error))
      files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      std::ifstream in(file, std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      Story story;
      story.id = file.stem().string();
      story.text = text.str();
      out->push_back(std::move(story));
    }
    return out;
  }();
  return *stories;
}

// Cleaning and segmentation of the quotation corpus alone, then with the quote finder or the
// place finder after them: the differences are what finding quotations and places costs.
enum class Extra { kNone, kQuotes, kPlaces };

void BM_ArticleCorpus(benchmark::State& state, Extra extra) {
  if (quote_corpus().size() != 840) state.SkipWithError("PolNeAR training texts missing");
  auto stages = segmentation_stages();
  if (extra == Extra::kQuotes) stages.push_back(make_quote_finder());
  if (extra == Extra::kPlaces) stages.push_back(make_place_finder());
  Pipeline pipeline = std::move(Pipeline::create(std::move(stages))).value();
  size_t bytes = 0, found = 0;
  for (const Story& story : quote_corpus()) {
    Document doc(story);
    pipeline.run(doc);
    bytes += story.text.size();
    found += extra == Extra::kQuotes ? doc.quotes().size() : doc.places().size();
  }
  if (extra != Extra::kNone && found < 5000) state.SkipWithError("quotations or places lost");
  for (auto _ : state) {
    for (const Story& story : quote_corpus()) {
      Document doc(story);
      pipeline.run(doc);
      benchmark::DoNotOptimize(doc.quotes().size() + doc.places().size());
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(bytes));
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(quote_corpus().size()));
  if (extra != Extra::kNone)
    state.counters[extra == Extra::kQuotes ? "quotes/s" : "places/s"] =
        benchmark::Counter(double(found) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK_CAPTURE(BM_ArticleCorpus, segment_only, Extra::kNone)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ArticleCorpus, with_quotes, Extra::kQuotes)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ArticleCorpus, with_places, Extra::kPlaces)->Unit(benchmark::kMillisecond);

// Writes a corpus `repeat` times as a JSON Lines feed for the end-to-end run.
int write_corpus(const std::vector<Story>& stories, const char* path, int repeat) {
  std::FILE* out = std::fopen(path, "wb");
  if (out == nullptr) {
    std::perror(path);
    return 2;
  }
  std::string line;
  for (int r = 0; r < repeat; ++r) {
    for (const Story& story : stories) {
      line.clear();
      JsonLine(line)
          .field("id", story.id + "-" + std::to_string(r + 1))
          .field("date", story.date)
          .field("text", story.text)
          .end();
      std::fwrite(line.data(), 1, line.size(), out);
    }
  }
  std::fclose(out);
  return stories.empty() ? 1 : 0;
}

}  // namespace
}  // namespace herodotus::bench

int main(int argc, char** argv) {
  const char* corpus_path = nullptr;
  const char* quote_corpus_path = nullptr;
  int repeat = 1;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--write-corpus=", 15) == 0) corpus_path = argv[i] + 15;
    if (std::strncmp(argv[i], "--write-quote-corpus=", 21) == 0) quote_corpus_path = argv[i] + 21;
    if (std::strncmp(argv[i], "--repeat=", 9) == 0) repeat = std::atoi(argv[i] + 9);
  }
  using herodotus::bench::write_corpus;
  if (corpus_path != nullptr) return write_corpus(herodotus::bench::corpus(), corpus_path, repeat);
  if (quote_corpus_path != nullptr)
    return write_corpus(herodotus::bench::quote_corpus(), quote_corpus_path, repeat);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
