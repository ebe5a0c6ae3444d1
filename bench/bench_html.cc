// Article extraction speed on the 621 news pages of L3S-GN1 (../shared/data/boilerplate/l3s-gn1):
// extraction alone (charset, preparation, Gumbo, the article reader), and extraction with the
// whole pipeline after it (clean, segment, quotes, code with the built-in dictionaries).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "herodotus/coding.h"
#include "herodotus/pipeline.h"
#include "herodotus/stages.h"
#include "html/extractor.h"

namespace herodotus::bench {
namespace {

const std::vector<std::string>& pages() {
  static const std::vector<std::string>* all = [] {
    auto* out = new std::vector<std::string>;
    std::error_code error;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(HERODOTUS_SHARED_DATA) / "boilerplate/l3s-gn1/input", error))
      files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      std::ifstream in(file, std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      out->push_back(bytes.str());
    }
    return out;
  }();
  return *all;
}

size_t pages_bytes() {
  size_t bytes = 0;
  for (const std::string& p : pages()) bytes += p.size();
  return bytes;
}

void BM_ExtractArticles(benchmark::State& state) {
  if (pages().size() != 621) state.SkipWithError("L3S-GN1 pages missing");
  size_t text = 0;
  for (const std::string& p : pages()) text += html::extract_article(p).text.size();
  if (text < 621 * 500) state.SkipWithError("extraction lost text");
  for (auto _ : state)
    for (const std::string& p : pages()) benchmark::DoNotOptimize(html::extract_article(p));
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(pages_bytes()));
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(pages().size()));
}
BENCHMARK(BM_ExtractArticles)->Unit(benchmark::kMillisecond);

void BM_ExtractAndCode(benchmark::State& state) {
  auto engine = load_builtin_dictionaries();
  if (pages().size() != 621 || !engine.ok()) {
    state.SkipWithError("L3S-GN1 pages or dictionaries missing");
    return;
  }
  Pipeline pipeline =
      std::move(Pipeline::create(coding_stages(*engine, {.quotes = true, .places = false})))
          .value();
  auto run = [&] {
    size_t events = 0;
    for (const std::string& p : pages()) {
      Story story;
      story.id = "page";
      story.html = p;
      Document doc(std::move(story));
      pipeline.run(doc);
      events += doc.events().size();
    }
    return events;
  };
  size_t events = run();
  if (events == 0) state.SkipWithError("no events coded");
  for (auto _ : state) benchmark::DoNotOptimize(run());
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(pages_bytes()));
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(pages().size()));
  state.counters["events"] = double(events);
}
BENCHMARK(BM_ExtractAndCode)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace herodotus::bench
