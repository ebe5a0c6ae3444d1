// Event coding speed on the sentences of the AG News ledes, with TABARI's production dictionaries
// (CAMEO.091003.master.verbs, the Levant, Internatnl and CountryInfo actors, PSU agents) and with
// PETRARCH's (CAMEO.2.0.txt, the Phoenix actors, agents, discards and issues). Dictionary loading
// is timed apart from coding.
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>

#include "bench/corpus.h"
#include "herodotus/coding.h"
#include "herodotus/pipeline.h"
#include "herodotus/stages.h"
#include "tabari/engine.h"

namespace herodotus::bench {
namespace {

std::string production_project() {
  std::string shared = HERODOTUS_SHARED_DATA;
  std::string path = std::string(HERODOTUS_BINARY_DIR) + "/bench/production.project";
  std::ofstream out(path);
  out << "<actorsfile> " << shared << "/tabari/dictionaries/Levant.080629.actors\n"
      << "<actorsfile> " << shared << "/tabari/dictionaries/Internatnl.120521.actors\n"
      << "<actorsfile> " << shared << "/tabari/dictionaries/CountryInfo.120116.actors\n"
      << "<agentsfile> " << shared << "/tabari/dictionaries/PSU.120522.agents\n"
      << "<verbsfile> " << shared << "/tabari/CAMEO.091003.master.verbs\n"
      << "<optionsfile> " << shared << "/tabari/CAMEO.09b5.options\n";
  return path;
}

std::shared_ptr<const EventEngine> dictionaries() {
  static auto loaded = [] {
    auto result = load_dictionaries(production_project());
    return result.ok() ? *result : nullptr;
  }();
  return loaded;
}

std::string petrarch_folder() {
  return std::string(HERODOTUS_SHARED_DATA) + "/petrarch/dictionaries";
}

std::shared_ptr<const EventEngine> petrarch_dictionaries() {
  static auto loaded = [] {
    auto result = load_dictionaries(petrarch_folder());
    return result.ok() ? *result : nullptr;
  }();
  return loaded;
}

// The corpus's stories cleaned and segmented, as the coding stages receive them.
const std::vector<Document>& segmented_corpus() {
  static const std::vector<Document>* all = [] {
    auto* out = new std::vector<Document>;
    auto pipeline = std::move(Pipeline::create(segmentation_stages())).value();
    for (const Story& story :
         load_ag_news(std::string(HERODOTUS_SHARED_DATA) + "/bench/ag_news_test.csv")) {
      out->emplace_back(story);
      pipeline.run(out->back());
    }
    return out;
  }();
  return *all;
}

size_t corpus_sentences() {
  size_t n = 0;
  for (const Document& doc : segmented_corpus()) n += doc.sentences().size();
  return n;
}

// Every sentence's normalised text, as TABARI's coder reads it.
const std::vector<std::string>& sentences() {
  static const std::vector<std::string>* all = [] {
    auto* out = new std::vector<std::string>;
    for (const Document& doc : segmented_corpus())
      for (const Sentence& s : doc.sentences()) out->emplace_back(doc.text_of(s.span));
    return out;
  }();
  return *all;
}

size_t code_all(const tabari::Coder& coder, tabari::CoderScratch& scratch) {
  size_t events = 0;
  for (const std::string& s : sentences()) events += coder.code(s, 20040801, scratch).events.size();
  return events;
}

void BM_LoadProductionDictionaries(benchmark::State& state) {
  std::string project = production_project();
  for (auto _ : state) {
    auto loaded = load_dictionaries(project);
    if (!loaded.ok()) state.SkipWithError(loaded.status().message().c_str());
    benchmark::DoNotOptimize(loaded);
  }
}
BENCHMARK(BM_LoadProductionDictionaries)->Unit(benchmark::kMillisecond);

void BM_CodeSentences(benchmark::State& state) {
  auto d = dictionaries();
  if (d == nullptr || sentences().size() < 7600) {
    state.SkipWithError("production dictionaries or AG News corpus missing");
    return;
  }
  const tabari::Coder& coder = dynamic_cast<const tabari::TabariEngine&>(*d).coder();
  tabari::ScratchHolder scratch;
  // The answer is checked before timing: the same events on every pass, and some at all.
  size_t expected = code_all(coder, scratch.get());
  if (expected == 0) state.SkipWithError("no events coded");
  for (auto _ : state) {
    size_t events = code_all(coder, scratch.get());
    if (events != expected) state.SkipWithError("coding is not deterministic");
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(sentences().size()));
  state.counters["events"] = double(expected);
  state.counters["sentences"] = double(sentences().size());
}
BENCHMARK(BM_CodeSentences)->Unit(benchmark::kMillisecond);

// The noun-phrase engine's four stages (phrases, actors, speakers, events) over the corpus's
// segmented stories, with `engine`'s dictionaries and settings. Each stage clears what it wrote
// before, so the same documents serve every pass.
void code_corpus(benchmark::State& state, const std::shared_ptr<const EventEngine>& engine) {
  std::vector<Document> docs = segmented_corpus();
  auto stages = engine->stages();
  auto run = [&] {
    size_t events = 0;
    for (Document& doc : docs) {
      for (const auto& stage : stages) stage->run(doc);
      events += doc.events().size();
    }
    return events;
  };
  size_t expected = run();
  if (expected == 0) state.SkipWithError("no events coded");
  for (auto _ : state) {
    if (run() != expected) state.SkipWithError("coding is not deterministic");
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(corpus_sentences()));
  state.counters["events"] = double(expected);
  state.counters["sentences"] = double(corpus_sentences());
}

std::shared_ptr<const EventEngine> builtin_dictionaries() {
  static auto loaded = [] {
    auto result = load_builtin_dictionaries();
    return result.ok() ? *result : nullptr;
  }();
  return loaded;
}

void BM_LoadBuiltinDictionaries(benchmark::State& state) {
  for (auto _ : state) {
    auto loaded = load_builtin_dictionaries();
    if (!loaded.ok()) state.SkipWithError(loaded.status().message().c_str());
    benchmark::DoNotOptimize(loaded);
  }
}
BENCHMARK(BM_LoadBuiltinDictionaries)->Unit(benchmark::kMillisecond);

// The built-in dictionaries with the project's settings (facts and announced acts, references,
// reported speech), each story's sentences sharing the story's memory of its actors.
void BM_CodeSentencesBuiltin(benchmark::State& state) {
  auto d = builtin_dictionaries();
  if (d == nullptr || corpus_sentences() < 17000) {
    state.SkipWithError("built-in dictionaries or AG News corpus missing");
    return;
  }
  code_corpus(state, d);
}
BENCHMARK(BM_CodeSentencesBuiltin)->Unit(benchmark::kMillisecond);

void BM_LoadPetrarchDictionaries(benchmark::State& state) {
  for (auto _ : state) {
    auto loaded = load_dictionaries(petrarch_folder());
    if (!loaded.ok()) state.SkipWithError(loaded.status().message().c_str());
    benchmark::DoNotOptimize(loaded);
  }
}
BENCHMARK(BM_LoadPetrarchDictionaries)->Unit(benchmark::kMillisecond);

void BM_CodeSentencesPetrarch(benchmark::State& state) {
  auto d = petrarch_dictionaries();
  if (d == nullptr || corpus_sentences() < 17000) {
    state.SkipWithError("PETRARCH dictionaries or AG News corpus missing");
    return;
  }
  code_corpus(state, d);
}
BENCHMARK(BM_CodeSentencesPetrarch)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace herodotus::bench
