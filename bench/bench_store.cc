// The event store: building a coded story's rows, and writing them into SQLite one transaction
// per chunk of 256 stories, as `herodotus code --db` does. AG News, coded once beforehand with
// the built-in dictionaries.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "bench/corpus.h"
#include "herodotus/coding.h"
#include "herodotus/stages.h"
#include "herodotus/store.h"

namespace herodotus::bench {
namespace {

const std::vector<Document>& coded_corpus() {
  static const std::vector<Document>* docs = [] {
    auto* out = new std::vector<Document>();
    auto engine = load_builtin_dictionaries();
    if (!engine.ok()) return out;
    auto pipeline = Pipeline::create(coding_stages(*engine));
    for (Story& story : load_ag_news(HERODOTUS_SHARED_DATA "/bench/ag_news_test.csv")) {
      out->emplace_back(std::move(story));
      pipeline->run(out->back());
    }
    return out;
  }();
  return *docs;
}

void BM_StoreRows(benchmark::State& state) {
  const auto& docs = coded_corpus();
  if (docs.empty()) return state.SkipWithError("AG News corpus or dictionaries missing");
  for (auto _ : state)
    for (const Document& doc : docs) benchmark::DoNotOptimize(store::rows_of(doc));
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(docs.size()));
}
BENCHMARK(BM_StoreRows)->Unit(benchmark::kMillisecond);

void BM_StoreWriteSqlite(benchmark::State& state) {
  const auto& docs = coded_corpus();
  if (docs.empty()) return state.SkipWithError("AG News corpus or dictionaries missing");
  std::vector<store::StoryRows> rows;
  for (const Document& doc : docs) rows.push_back(store::rows_of(doc));
  std::string path = (std::filesystem::temp_directory_path() / "herodotus-bench-store.db").string();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  auto store = store::Store::open(path);
  if (!store.ok()) return state.SkipWithError(store.status().message().c_str());
  constexpr size_t kChunk = 256;
  for (auto _ : state)
    for (size_t i = 0; i < rows.size(); i += kChunk) {
      std::span<const store::StoryRows> chunk(rows.data() + i, std::min(kChunk, rows.size() - i));
      if (!(*store)->write(chunk).ok()) state.SkipWithError("write failed");
    }
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(rows.size()));
  store->reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}
BENCHMARK(BM_StoreWriteSqlite)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace herodotus::bench
