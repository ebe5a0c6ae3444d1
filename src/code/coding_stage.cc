#include "code/coding_stage.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "dict/tabari_reader.h"

namespace herodotus {
namespace code {

int32_t date_number(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return 0;
  int32_t value = 0;
  for (char c : iso) {
    if (c == '-') continue;
    if (c < '0' || c > '9') return 0;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string iso_date(int32_t yyyymmdd) {
  if (yyyymmdd <= 0) return {};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", yyyymmdd / 10000, (yyyymmdd / 100) % 100,
                yyyymmdd % 100);
  return buffer;
}

namespace {

std::string rule_text(const CodedEvent& e, const dict::Dictionary& d) {
  std::string out;
  if (e.verb != nullptr) out = e.verb->root_text + ":";
  if (e.pattern != nullptr) {
    out += " - " + e.pattern->text;
  }
  out += " [" + std::string(d.codes.text(e.code)) + "]";
  return out;
}

std::string rule_source(const CodedEvent& e, const dict::Dictionary& d) {
  const dict::SourceRef* ref = e.pattern != nullptr ? &e.pattern->source : e.verb != nullptr ? &e.verb->source : nullptr;
  if (ref == nullptr) return {};
  std::string file = ref->file < d.files.size() ? std::filesystem::path(d.files[ref->file]).filename().string() : "?";
  return file + ":" + std::to_string(ref->line);
}

}  // namespace

void CodingStage::run(Document& doc) const {
  // One scratch per thread: the coder itself is shared and immutable.
  thread_local ScratchHolder scratch_holder;
  CoderScratch* scratch = &scratch_holder.get();
  const Coder& coder = dictionaries_->coder();
  const dict::Dictionary& d = coder.dictionary().dictionary();
  const int32_t date = date_number(doc.date());
  ForwardState forward;
  ForwardState* forward_state = coder.options().forward.enabled ? &forward : nullptr;
  auto& events = doc.mutable_events();
  events.clear();
  const auto& sentences = doc.sentences();
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    std::string_view text = doc.text_of(sentence.span);
    SentenceResult result = coder.code(text, date, *scratch, forward_state);
    if (result.outcome != SentenceOutcome::kCoded) continue;
    const LexedSentence& lexed = Coder::lexed(*scratch);
    auto word_span = [&](int32_t w) -> Span {
      if (w < 0 || w >= static_cast<int32_t>(lexed.words.size())) return {};
      Span span = lexed.words[w].span;
      return {span.begin + sentence.span.begin, span.end + sentence.span.begin};
    };
    for (const CodedEvent& e : result.events) {
      Event event;
      event.sentence = s;
      event.source = {e.source, word_span(e.source_word)};
      event.target = {e.target, word_span(e.target_word)};
      event.code = std::string(d.codes.text(e.code));
      Span first = word_span(e.verb_word), last = word_span(e.verb_last_word);
      event.verb = {first.begin, std::max(first.end, last.end)};
      event.rule = rule_text(e, d);
      event.rule_source = rule_source(e, d);
      event.date = iso_date(e.date);
      events.push_back(std::move(event));
    }
  }
  doc.add_layers(kLayerEvents);
}

}  // namespace code

std::unique_ptr<const Stage> make_coding_stage(std::shared_ptr<const CodingDictionaries> dictionaries) {
  return std::make_unique<code::CodingStage>(std::move(dictionaries));
}

Result<std::shared_ptr<const CodingDictionaries>> load_dictionaries(const std::string& path, LoadReport* report) {
  namespace fs = std::filesystem;
  auto start = std::chrono::steady_clock::now();
  std::error_code error;
  if (!fs::exists(path, error)) return Status(ErrorCode::kNotFound, path + ": no such file or folder");
  if (fs::is_directory(path, error)) {
    return Status(ErrorCode::kUnsupported,
                  path + ": a folder of dictionaries (PETRARCH or the project's own format) is not "
                         "supported by this build yet; give a TABARI .project file");
  }
  auto loaded = dict::read_tabari_project(path);
  if (!loaded.ok()) return loaded.status();
  LoadReport r;
  r.format = "tabari";
  const dict::Dictionary& d = loaded->dictionary;
  r.roots = d.roots.size();
  r.actors = d.actors.size();
  r.agents = d.agents.size();
  r.verbs = d.verbs.size();
  for (const auto& v : d.verbs) r.patterns += v.patterns.size();
  r.duplicates = loaded->duplicates;
  r.warnings = loaded->warnings;
  code::CoderOptions options = loaded->options;
  auto compiled = std::make_shared<const dict::CompiledDictionary>(std::move(loaded->dictionary));
  auto dictionaries = std::make_shared<const CodingDictionaries>(std::move(compiled), std::move(options));
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (report != nullptr) *report = std::move(r);
  return std::shared_ptr<const CodingDictionaries>(dictionaries);
}

}  // namespace herodotus
