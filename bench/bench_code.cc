// Event coding speed on the sentences of the AG News ledes, with TABARI's production dictionaries
// (CAMEO.091003.master.verbs, the Levant, Internatnl and CountryInfo actors, PSU agents) and with
// PETRARCH's (CAMEO.2.0.txt, the Phoenix actors, agents, discards and issues). Dictionary loading
// is timed apart from coding.
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>

#include "bench/corpus.h"
#include "code/coder.h"
#include "code/coding_stage.h"
#include "herodotus/coding.h"
#include "herodotus/pipeline.h"
#include "herodotus/stages.h"

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

std::shared_ptr<const CodingDictionaries> dictionaries() {
  static auto loaded = [] {
    auto result = load_dictionaries(production_project());
    return result.ok() ? *result : nullptr;
  }();
  return loaded;
}

std::string petrarch_folder() {
  return std::string(HERODOTUS_SHARED_DATA) + "/petrarch/dictionaries";
}

std::shared_ptr<const CodingDictionaries> petrarch_dictionaries() {
  static auto loaded = [] {
    auto result = load_dictionaries(petrarch_folder());
    return result.ok() ? *result : nullptr;
  }();
  return loaded;
}

// Every sentence of the corpus as the coders receive it: its normalised text (TABARI) and its
// tokens (PETRARCH).
struct CorpusSentence {
  std::string text;
  std::vector<std::string> tokens;
  bool story_start = false;
};

const std::vector<CorpusSentence>& corpus_sentences() {
  static const std::vector<CorpusSentence>* all = [] {
    auto* out = new std::vector<CorpusSentence>;
    auto pipeline = std::move(Pipeline::create(segmentation_stages())).value();
    for (const Story& story :
         load_ag_news(std::string(HERODOTUS_SHARED_DATA) + "/bench/ag_news_test.csv")) {
      Document doc(story);
      pipeline.run(doc);
      for (const Sentence& s : doc.sentences()) {
        CorpusSentence sentence{
            std::string(doc.text_of(s.span)), {}, &s == &doc.sentences().front()};
        for (uint32_t t = s.first_token; t < s.end_token; ++t)
          sentence.tokens.emplace_back(doc.text_of(doc.tokens()[t].span));
        out->push_back(std::move(sentence));
      }
    }
    return out;
  }();
  return *all;
}

const std::vector<std::string>& sentences() {
  static const std::vector<std::string>* all = [] {
    auto* out = new std::vector<std::string>;
    for (const CorpusSentence& s : corpus_sentences()) out->push_back(s.text);
    return out;
  }();
  return *all;
}

size_t code_all(const code::Coder& coder, code::CoderScratch& scratch) {
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
  code::ScratchHolder scratch;
  // The answer is checked before timing: the same events on every pass, and some at all.
  size_t expected = code_all(*d->tabari(), scratch.get());
  if (expected == 0) state.SkipWithError("no events coded");
  for (auto _ : state) {
    size_t events = code_all(*d->tabari(), scratch.get());
    if (events != expected) state.SkipWithError("coding is not deterministic");
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(sentences().size()));
  state.counters["events"] = double(expected);
  state.counters["sentences"] = double(sentences().size());
}
BENCHMARK(BM_CodeSentences)->Unit(benchmark::kMillisecond);

size_t code_all_petrarch(const code::ChunkCoder& coder) {
  size_t events = 0;
  std::vector<std::string_view> tokens;
  for (const CorpusSentence& s : corpus_sentences()) {
    tokens.assign(s.tokens.begin(), s.tokens.end());
    events += coder.code(tokens, s.text, 20040801).events.size();
  }
  return events;
}

std::shared_ptr<const CodingDictionaries> builtin_dictionaries() {
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

// The built-in dictionaries with the project's settings, each story's sentences sharing one
// memory (pronouns, quotations), as the coding stage runs them.
void BM_CodeSentencesBuiltin(benchmark::State& state) {
  auto d = builtin_dictionaries();
  if (d == nullptr || corpus_sentences().size() < 7600) {
    state.SkipWithError("built-in dictionaries or AG News corpus missing");
    return;
  }
  auto code_all_builtin = [&] {
    size_t events = 0;
    code::StoryMemory memory;
    std::vector<std::string_view> tokens;
    for (const CorpusSentence& s : corpus_sentences()) {
      if (s.story_start) memory = code::StoryMemory();
      tokens.assign(s.tokens.begin(), s.tokens.end());
      events += d->petrarch()->code(tokens, s.text, 20040801, false, &memory).events.size();
    }
    return events;
  };
  size_t expected = code_all_builtin();
  if (expected == 0) state.SkipWithError("no events coded");
  for (auto _ : state) {
    if (code_all_builtin() != expected) state.SkipWithError("coding is not deterministic");
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(corpus_sentences().size()));
  state.counters["events"] = double(expected);
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
  if (d == nullptr || corpus_sentences().size() < 7600) {
    state.SkipWithError("PETRARCH dictionaries or AG News corpus missing");
    return;
  }
  size_t expected = code_all_petrarch(*d->petrarch());
  if (expected == 0) state.SkipWithError("no events coded");
  for (auto _ : state) {
    size_t events = code_all_petrarch(*d->petrarch());
    if (events != expected) state.SkipWithError("coding is not deterministic");
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(corpus_sentences().size()));
  state.counters["events"] = double(expected);
  state.counters["sentences"] = double(corpus_sentences().size());
}
BENCHMARK(BM_CodeSentencesPetrarch)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace herodotus::bench
