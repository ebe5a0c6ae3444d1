#include "code/coding_stage.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <unordered_set>

#include "dict/builtin.h"
#include "dict/herodotus_reader.h"
#include "dict/petrarch_reader.h"
#include "dict/tabari_reader.h"
#include "geo/gazetteer.h"

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

// "VERB: - pattern [code]": the rule that made an event, as the dictionary writes it.
std::string rule_text(const dict::VerbEntry* verb, const dict::Pattern* pattern,
                      std::string_view code) {
  // The project's own format names its entries: "accuse.war_crimes: * + OF WAR CRIMES [1122]".
  if (pattern != nullptr && !pattern->id.empty())
    return pattern->id + ": " + pattern->text + " [" + std::string(code) + "]";
  if (pattern == nullptr && verb != nullptr && !verb->id.empty())
    return verb->id + ": [" + std::string(code) + "]";
  std::string out;
  if (verb != nullptr) out = verb->root_text + ":";
  if (pattern != nullptr) out += " - " + pattern->text;
  out += " [" + std::string(code) + "]";
  return out;
}

// "file:line" of that rule.
std::string rule_source(const dict::VerbEntry* verb, const dict::Pattern* pattern,
                        const dict::Dictionary& d) {
  const dict::SourceRef* ref = pattern != nullptr ? &pattern->source
                               : verb != nullptr  ? &verb->source
                                                  : nullptr;
  if (ref == nullptr) return {};
  // The project's dictionaries are a tree of files: their path says where (the built-in ones are
  // named "data/dictionaries/..."); other formats are a handful of files in one folder.
  std::string file = ref->file >= d.files.size() ? "?"
                     : d.dialect == dict::Dialect::kHerodotus
                         ? d.files[ref->file]
                         : std::filesystem::path(d.files[ref->file]).filename().string();
  return file + ":" + std::to_string(ref->line);
}

}  // namespace

namespace {

// Where an event happened: the first place of its sentence after a cue ("in Sochi", "near
// Bakhmut"), else its first city or region that is not an actor, else the story's dateline. A
// country named without a cue is most often an actor ("Belarus and Russia agreed").
void locate_events(Document& doc) {
  const auto& places = doc.places();
  int32_t dateline = -1;
  for (size_t p = 0; p < places.size(); ++p)
    if (places[p].dateline) dateline = static_cast<int32_t>(p);
  const geo::Gazetteer& gazetteer = geo::Gazetteer::builtin();
  for (Event& e : doc.mutable_events()) {
    int32_t cued = -1, plain = -1;
    for (size_t p = 0; p < places.size(); ++p) {
      const Place& place = places[p];
      if (place.sentence != e.sentence || place.actor) continue;
      if (place.cued && cued < 0) cued = static_cast<int32_t>(p);
      if (!place.cued && plain < 0 && gazetteer.place(place.entry).kind != geo::format::kCountry)
        plain = static_cast<int32_t>(p);
    }
    e.location = cued >= 0 ? cued : plain >= 0 ? plain : dateline;
  }
}

}  // namespace

void CodingStage::run(Document& doc) const {
  doc.mutable_events().clear();
  if (const Coder* tabari = dictionaries_->tabari())
    run_tabari(doc, *tabari);
  else
    run_petrarch(doc, *dictionaries_->petrarch());
  if (doc.layers() & kLayerPlaces) locate_events(doc);
  doc.add_layers(kLayerEvents);
}

void CodingStage::run_tabari(Document& doc, const Coder& coder) const {
  // One scratch per thread: the coder itself is shared and immutable.
  thread_local ScratchHolder scratch_holder;
  CoderScratch* scratch = &scratch_holder.get();
  const dict::Dictionary& d = coder.dictionary().dictionary();
  const int32_t date = date_number(doc.date());
  ForwardState forward;
  ForwardState* forward_state = coder.options().forward.enabled ? &forward : nullptr;
  auto& events = doc.mutable_events();
  const auto& sentences = doc.sentences();
  std::unordered_set<std::string_view> seen;
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    std::string_view text = doc.text_of(sentence.span);
    if (!seen.insert(text).second) continue;  // repeated text repeats no events
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
      event.rule = rule_text(e.verb, e.pattern, event.code);
      event.rule_source = rule_source(e.verb, e.pattern, d);
      event.date = iso_date(e.date);
      events.push_back(std::move(event));
    }
  }
}

namespace {

// What the coder needs of the quotations touching sentence s: their tokens in it, and their
// speakers' mentions in it (to resolve) or their speakers resolved earlier. `mention_of[q]` is
// the index in `out.mentions` of quotation q's speaker, or -1 when it is not in this sentence.
void sentence_quotes(const Sentence& sentence, const std::vector<Quote>& quotes,
                     SentenceQuotes& out, std::vector<int32_t>& mention_of) {
  out.clear();
  mention_of.assign(quotes.size(), -1);
  auto local = [&](uint32_t token) {
    return static_cast<int32_t>(std::clamp(token, sentence.first_token, sentence.end_token) -
                                sentence.first_token);
  };
  for (size_t q = 0; q < quotes.size(); ++q) {
    const Quote& quote = quotes[q];
    if (quote.has_speaker() && quote.speaker_first_token >= sentence.first_token &&
        quote.speaker_first_token < sentence.end_token) {
      int32_t begin = local(quote.speaker_first_token), end = local(quote.speaker_end_token);
      auto same = std::find_if(out.mentions.begin(), out.mentions.end(),
                               [&](const auto& m) { return m.begin == begin && m.end == end; });
      if (same == out.mentions.end()) {
        out.mentions.push_back({begin, end, {}, {}});
        same = out.mentions.end() - 1;
      }
      mention_of[q] = static_cast<int32_t>(same - out.mentions.begin());
    }
    if (quote.end_token <= sentence.first_token || quote.first_token >= sentence.end_token)
      continue;
    out.quotations.push_back(
        {local(quote.first_token), local(quote.end_token), quote.speaker_code, mention_of[q]});
  }
}

}  // namespace

void code_story(const Document& doc, std::vector<Quote>& quotes, const ChunkCoder& coder,
                bool explain,
                const std::function<void(uint32_t, const std::vector<std::string_view>&,
                                         const ChunkResult&)>& coded) {
  const int32_t date = date_number(doc.date());
  const auto& sentences = doc.sentences();
  const auto& tokens = doc.tokens();
  thread_local std::vector<std::string_view> words;
  thread_local SentenceQuotes sentence_quotations;
  thread_local std::vector<int32_t> mention_of;
  StoryMemory memory;  // the actors mentioned so far, for pronouns
  std::unordered_set<std::string_view> seen;
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    if (!seen.insert(doc.text_of(sentence.span)).second)
      continue;  // repeated text repeats no events
    words.clear();
    for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t)
      words.push_back(doc.text_of(tokens[t].span));
    sentence_quotes(sentence, quotes, sentence_quotations, mention_of);
    ChunkResult result =
        coder.code(words, doc.text_of(sentence.span), date, explain, &memory, &sentence_quotations);
    for (size_t q = 0; q < quotes.size(); ++q) {
      if (mention_of[q] < 0) continue;
      const auto& mention = sentence_quotations.mentions[static_cast<size_t>(mention_of[q])];
      quotes[q].speaker_code = mention.code;
      if (!mention.name.empty()) quotes[q].speaker_name = mention.name;
    }
    coded(s, words, result);
    if (result.outcome == ChunkOutcome::kStoryDiscard) return;
  }
}

void CodingStage::run_petrarch(Document& doc, const ChunkCoder& coder) const {
  const dict::Dictionary& d = coder.dictionary().dictionary();
  auto& events = doc.mutable_events();
  const auto& tokens = doc.tokens();
  code_story(
      doc, doc.mutable_quotes(), coder, false,
      [&](uint32_t s, const std::vector<std::string_view>& words, const ChunkResult& result) {
        // A story-level discard phrase (PETRARCH's "+" discards) drops the whole story's
        // events.
        if (result.outcome == ChunkOutcome::kStoryDiscard) {
          events.clear();
          return;
        }
        if (result.outcome != ChunkOutcome::kCoded) return;
        const Sentence& sentence = doc.sentences()[s];
        auto token_span = [&](int32_t t) -> Span {
          if (t < 0 || t >= static_cast<int32_t>(words.size())) return {};
          return tokens[sentence.first_token + static_cast<uint32_t>(t)].span;
        };
        for (const ChunkEvent& e : result.events) {
          Event event;
          event.sentence = s;
          event.source = {e.source, token_span(e.source_token)};
          event.target = {e.target, token_span(e.target_token)};
          event.code = e.code;
          Span first = token_span(e.verb_token), last = token_span(e.verb_last_token);
          event.verb = {first.begin, std::max(first.end, last.end)};
          event.rule = rule_text(e.verb, e.pattern, event.code);
          if (!e.note.empty()) event.rule += " (" + e.note + ")";
          event.rule_source = rule_source(e.verb, e.pattern, d);
          event.date = doc.date();
          event.issues = result.issues;
          events.push_back(std::move(event));
        }
      });
}

}  // namespace code

std::unique_ptr<const Stage> make_coding_stage(
    std::shared_ptr<const CodingDictionaries> dictionaries) {
  return std::make_unique<code::CodingStage>(std::move(dictionaries));
}

namespace {

// Compiles what a reader loaded, with the coder its dialect calls for, and reports on it.
std::shared_ptr<const CodingDictionaries> compile(dict::LoadedDictionaries loaded,
                                                  std::string format,
                                                  std::chrono::steady_clock::time_point start,
                                                  LoadReport* report) {
  LoadReport r;
  r.format = std::move(format);
  const dict::Dictionary& d = loaded.dictionary;
  r.roots = d.roots.size();
  r.actors = d.actors.size();
  r.agents = d.agents.size();
  r.verbs = d.verbs.size();
  for (const auto& v : d.verbs) r.patterns += v.patterns.size();
  r.duplicates = loaded.duplicates;
  r.warnings = loaded.warnings;
  const bool tabari = d.dialect == dict::Dialect::kTabari;
  auto chunk_options = [](dict::Dialect dialect) {
    return dialect == dict::Dialect::kHerodotus ? code::herodotus_options()
                                                : code::PetrarchOptions();
  };

  code::CoderOptions options = loaded.options;
  auto compiled = std::make_shared<const dict::CompiledDictionary>(std::move(loaded.dictionary));
  auto dictionaries =
      tabari ? std::make_shared<const CodingDictionaries>(std::move(compiled), std::move(options))
             : std::make_shared<const CodingDictionaries>(std::move(compiled),
                                                          chunk_options(d.dialect));
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (report != nullptr) *report = std::move(r);
  return dictionaries;
}

}  // namespace

Result<std::shared_ptr<const CodingDictionaries>> load_dictionaries(const std::string& path,
                                                                    LoadReport* report) {
  namespace fs = std::filesystem;
  auto start = std::chrono::steady_clock::now();
  std::error_code error;
  if (!fs::exists(path, error))
    return Status(ErrorCode::kNotFound, path + ": no such file or folder");
  if (!fs::is_directory(path, error)) {
    auto loaded = dict::read_tabari_project(path);
    if (!loaded.ok()) return loaded.status();
    return compile(std::move(loaded).value(), "tabari", start, report);
  }
  if (dict::looks_like_herodotus_folder(path)) {
    auto loaded = dict::read_herodotus_folder(path);
    if (!loaded.ok()) return loaded.status();
    return compile(std::move(loaded).value(), "herodotus", start, report);
  }
  auto loaded = dict::read_petrarch_folder(path);
  if (!loaded.ok()) return loaded.status();
  return compile(std::move(loaded).value(), "petrarch", start, report);
}

Result<std::shared_ptr<const CodingDictionaries>> load_builtin_dictionaries(LoadReport* report) {
  auto start = std::chrono::steady_clock::now();
  auto sources = dict::builtin_dictionary_sources();
  if (!sources.ok()) return sources.status();
  auto loaded = dict::read_herodotus_sources(*sources);
  if (!loaded.ok()) return loaded.status();
  return compile(std::move(loaded).value(), "built-in", start, report);
}

}  // namespace herodotus
