#include "dict/herodotus_reader.h"

// The project's dictionary format: entries (actor, agent, verb with patterns, synset, discard)
// into the internal model, and the sources they are read from.
#include "dict/herodotus_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "dict/herodotus_syntax.h"
#include "dict/phrase_syntax.h"
#include "dict/text_lines.h"

namespace herodotus::dict {
namespace {

class Reader {
 public:
  explicit Reader(LoadedDictionaries& out) : out_(out), d_(out.dictionary) {
    d_.dialect = Dialect::kHerodotus;
  }

  // Cuts one source into entries.
  void split(const DictionarySource& source,
             std::vector<std::pair<FileContext*, EntryText>>& entries) {
    contexts_.push_back(
        std::make_unique<FileContext>(source.name, out_, DuplicatePolicy::kKeepFirst));
    split_entries(source, *contexts_.back(), entries);
  }

  void read(FileContext& ctx, const EntryText& e) {
    if (e.kind == "actor")
      actor(ctx, e);
    else if (e.kind == "agent")
      agent(ctx, e);
    else if (e.kind == "verb")
      verb(ctx, e);
    else if (e.kind == "discard")
      discard(ctx, e);
    else if (e.kind != "synset")
      ctx.warn(e.line, "unknown entry kind '" + e.kind + "'");
  }

  void synset(FileContext& ctx, const EntryText& e) {
    std::string name = plain_upper(e.id);
    if (name.empty() || name[0] != '&') {
      ctx.warn(e.line, "a synset id starts with &");
      return;
    }
    name = dotted(name.substr(1));
    if (d_.synset_index.count(name)) {
      ctx.warn(e.line, "synset " + e.id + " is defined twice; the later one is skipped");
      return;
    }
    Synset synset{name, {}, ctx.at(e.line)};
    for (const std::string& phrase : split_phrases(e.phrases)) {
      for (const std::string& form : with_plural(phrase)) {
        std::vector<PatternElement> member;
        for (PhraseWord w : consecutive_words(form)) {
          PatternElement element;
          element.kind = PatternElement::Kind::kWord;
          element.adjacent = w.adjacent;
          element.word = std::move(w);
          member.push_back(std::move(element));
        }
        if (!member.empty()) synset.members.push_back(std::move(member));
      }
    }
    if (synset.members.empty()) {
      ctx.warn(e.line, "synset " + e.id + " has no phrases");
      return;
    }
    d_.synset_index.emplace(name, static_cast<uint32_t>(d_.synsets.size()));
    d_.synsets.push_back(std::move(synset));
  }

 private:
  bool claim_id(FileContext& ctx, const EntryText& e) {
    if (!ids_.insert(e.kind + ":" + e.id).second) {
      ctx.warn(e.line, e.kind + " id '" + e.id + "' is used twice; the later entry is skipped");
      return false;
    }
    return true;
  }

  void add_phrases(FileContext& ctx, const std::vector<std::string>& phrases, RootKind kind,
                   uint32_t entry, size_t line) {
    for (const std::string& p : phrases) {
      Phrase phrase = consecutive_words(p);
      if (phrase.empty()) continue;
      ctx.add_root(std::move(phrase), kind, entry, p, line);
    }
  }

  void actor(FileContext& ctx, const EntryText& e) {
    if (!claim_id(ctx, e)) return;
    ActorEntry actor;
    actor.id = e.id;
    actor.source = ctx.at(e.line);
    std::vector<DatedCode> codes;
    std::vector<std::pair<std::vector<std::string>, size_t>> adjectives, capitals;
    for (const auto& f : e.fields) {
      if (f.key == "code") {
        auto code = dated_code(ctx, f);
        if (code) codes.push_back(std::move(*code));
      } else if (f.key == "adjective") {
        adjectives.emplace_back(split_phrases(f.value), f.line);
      } else if (f.key == "capital") {
        capitals.emplace_back(split_phrases(f.value), f.line);
      } else if (f.key == "gender") {
        if (f.value == "male")
          actor.gender = Gender::kMale;
        else if (f.value == "female")
          actor.gender = Gender::kFemale;
        else
          ctx.warn(f.line, "gender is male or female");
      } else if (f.key == "role") {
        for (const std::string& r : split_phrases(f.value))
          actor.roles.push_back(joined(consecutive_words(r)));
      } else {
        ctx.warn(f.line, "unknown actor key '" + f.key + "'");
      }
    }
    if (codes.empty()) {
      ctx.warn(e.line, "actor " + e.id + " has no code");
      return;
    }
    std::string problem;
    actor.codes = order_codes(std::move(codes), problem);
    if (!problem.empty()) ctx.warn(e.line, problem);
    auto index = static_cast<uint32_t>(d_.actors.size());
    actor.first_phrase = static_cast<uint32_t>(d_.roots.size());
    // The government the capital stands for: the actor's undated code with GOV.
    const DatedCode& fallback = actor.codes.back();
    std::string government = fallback.codes.empty() || fallback.codes[0] == kNullCode
                                 ? std::string()
                                 : std::string(d_.codes.text(fallback.codes[0])) + "GOV";
    d_.actors.push_back(std::move(actor));
    add_phrases(ctx, split_phrases(e.phrases), RootKind::kActor, index, e.line);
    for (const auto& [phrases, line] : adjectives)
      add_phrases(ctx, phrases, RootKind::kActor, index, line);
    if (!capitals.empty()) {
      if (government.empty()) {
        ctx.warn(capitals.front().second, "a capital needs an undated actor code");
        return;
      }
      ActorEntry seat;
      seat.id = e.id + ".capital";
      seat.source = ctx.at(capitals.front().second);
      DatedCode code;
      code.codes.push_back(d_.codes.intern(government));
      seat.codes.push_back(std::move(code));
      auto seat_index = static_cast<uint32_t>(d_.actors.size());
      d_.actors.push_back(std::move(seat));
      for (const auto& [phrases, line] : capitals)
        add_phrases(ctx, phrases, RootKind::kActor, seat_index, line);
    }
  }

  // "BLRGOV", "BLRGOV 1994-07-20..", "BLRLEG 1990-03-04..1994-07-19", "BLR ..1991-08-24"
  std::optional<DatedCode> dated_code(FileContext& ctx, const EntryText::Field& f) {
    std::string_view value = trim(f.value);
    size_t space = value.find_first_of(" \t");
    std::string_view code = value.substr(0, space);
    std::string_view range =
        space == std::string_view::npos ? std::string_view() : trim(value.substr(space));
    if (code.empty()) {
      ctx.warn(f.line, "code without a value");
      return std::nullopt;
    }
    DatedCode dated;
    for (std::string_view part : split_at(code, '/'))
      if (!part.empty()) dated.codes.push_back(d_.codes.intern(plain_upper(part)));
    if (!range.empty()) {
      size_t dots = range.find("..");
      if (dots == std::string_view::npos) {
        ctx.warn(f.line, "a date range is FROM..TO, FROM.. or ..TO (YYYY-MM-DD)");
        return std::nullopt;
      }
      std::string_view from = trim(range.substr(0, dots)), to = trim(range.substr(dots + 2));
      dated.restricted = true;
      if (!from.empty()) dated.from = range_date(from, false);
      if (!to.empty()) dated.to = range_date(to, true);
      if (dated.from < 0 || dated.to < 0 || dated.from > dated.to) {
        ctx.warn(f.line, "bad date range '" + std::string(range) + "'");
        return std::nullopt;
      }
    }
    return dated;
  }

  void agent(FileContext& ctx, const EntryText& e) {
    if (!claim_id(ctx, e)) return;
    std::string code;
    size_t code_line = e.line;
    for (const auto& f : e.fields) {
      if (f.key == "code") {
        code = f.value;
        code_line = f.line;
      } else {
        ctx.warn(f.line, "unknown agent key '" + f.key + "'");
      }
    }
    AgentEntry agent;
    agent.source = ctx.at(e.line);
    if (code.size() > 1 && code.front() == '~') {
      code.erase(0, 1);
    } else if (code.size() > 1 && code.back() == '~') {
      code.pop_back();
      agent.prefix = true;
    } else {
      ctx.warn(code_line, "agent " + e.id + " needs a code ~XXX or XXX~");
      return;
    }
    agent.code = d_.codes.intern(plain_upper(code));
    auto index = static_cast<uint32_t>(d_.agents.size());
    d_.agents.push_back(agent);
    for (const std::string& phrase : split_phrases(e.phrases))
      add_phrases(ctx, with_plural(phrase), RootKind::kAgent, index, e.line);
  }

  // A verb id written twice, or a form two entries list, is one verb: the later entry's patterns
  // join the first entry's (tried after them), and the first entry's code stands.
  void verb(FileContext& ctx, const EntryText& e) {
    std::vector<Pattern> patterns;
    for (const auto& f : e.fields) {
      if (f.key != "pattern") {
        ctx.warn(f.line, "unknown verb key '" + f.key + "'");
        continue;
      }
      if (auto p = pattern(ctx, f)) patterns.push_back(std::move(*p));
    }
    std::vector<std::string> phrases = split_phrases(e.phrases);
    if (phrases.empty()) {
      ctx.warn(e.line, "verb " + e.id + " lists no forms");
      return;
    }
    uint32_t index;
    if (auto known = verb_ids_.find(e.id); known != verb_ids_.end()) {
      index = known->second;
      append(d_.verbs[index].patterns, patterns);
    } else {
      if (e.code.empty()) {
        ctx.warn(e.line, "verb " + e.id + " needs a code: verb ID [CODE]: forms");
        return;
      }
      auto spec = parse_event_code(e.code, d_.codes, false);
      if (!spec.ok()) {
        ctx.warn(e.line, spec.status().message());
        return;
      }
      VerbEntry verb;
      verb.id = e.id;
      verb.code = *spec;
      verb.source = ctx.at(e.line);
      verb.patterns = patterns;
      index = static_cast<uint32_t>(d_.verbs.size());
      verb_ids_.emplace(e.id, index);
      d_.verbs.push_back(std::move(verb));
    }
    std::vector<uint32_t> owners;
    bool lemma = true;
    for (const std::string& phrase : phrases) {
      add_verb_phrase(ctx, phrase, index, e.line, lemma, owners);
      lemma = false;
    }
    if (d_.verbs[index].root_text.empty()) d_.verbs[index].root_text = lemma_of(phrases.front());
    std::sort(owners.begin(), owners.end());
    owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
    for (uint32_t owner : owners)
      if (owner != index) append(d_.verbs[owner].patterns, patterns);
  }

  static void append(std::vector<Pattern>& to, const std::vector<Pattern>& from) {
    to.insert(to.end(), from.begin(), from.end());
  }

  // The word that takes the forms, upper case: "call for" -> CALL, "wire +tap" -> TAP.
  static std::string lemma_of(const std::string& phrase) {
    std::string_view first, marked;
    for (std::string_view w : split_words(phrase)) {
      if (first.empty()) first = w;
      if (w[0] == '+') marked = w.substr(1);
    }
    std::string lemma = plain_upper(marked.empty() ? first : marked);
    if (!lemma.empty() && lemma.back() == '=') lemma.pop_back();
    return lemma;
  }

  // "accuse", "met", "call for", "wire +tap": the marked (or first) word takes the forms, unless
  // it ends with '=' ("stated=": that form only). `owners` collects the entries that already held
  // a form.
  void add_verb_phrase(FileContext& ctx, const std::string& phrase, uint32_t entry, size_t line,
                       bool lemma, std::vector<uint32_t>& owners) {
    std::vector<std::string> words;
    for (std::string_view w : split_words(phrase)) words.push_back(plain_upper(w));
    size_t verb_at = 0;
    for (size_t k = 0; k < words.size(); ++k)
      if (words[k][0] == '+') verb_at = k;
    if (words[verb_at][0] == '+') words[verb_at].erase(0, 1);
    bool exact = !words[verb_at].empty() && words[verb_at].back() == '=';
    if (exact) words[verb_at].pop_back();
    if (words[verb_at].empty()) {
      ctx.warn(line, "'+' marks no word in '" + phrase + "'");
      return;
    }
    std::vector<std::string> forms = lemma && !exact ? english_verb_forms(words[verb_at])
                                                     : std::vector<std::string>{words[verb_at]};
    for (const std::string& form : forms) {
      if (words.size() == 1) {
        auto [root, added] = ctx.add_root(Phrase{{form, WordMatch::kExactNoEndings, false}},
                                          RootKind::kVerb, entry, form, line);
        if (!added) owners.push_back(d_.roots[root].entry);
        continue;
      }
      MultiWordVerb mw;
      mw.verb = form;
      for (size_t k = verb_at; k-- > 0;) mw.before.push_back(words[k]);
      for (size_t k = verb_at + 1; k < words.size(); ++k) mw.after.push_back(words[k]);
      mw.entry = entry;
      d_.multiword_verbs.push_back(std::move(mw));
    }
  }

  // "ID: UPPER * LOWER [CODE]"
  std::optional<Pattern> pattern(FileContext& ctx, const EntryText::Field& f) {
    std::string_view value = f.value;
    size_t colon = value.find(':');
    size_t open = value.rfind('[');
    size_t close = value.rfind(']');
    if (colon == std::string_view::npos || !valid_id(trim(value.substr(0, colon)))) {
      ctx.warn(f.line, "a pattern is 'pattern ID: ... * ... [CODE]'");
      return std::nullopt;
    }
    if (open == std::string_view::npos || close == std::string_view::npos || close < open ||
        open < colon) {
      ctx.warn(f.line, "pattern without a [CODE]");
      return std::nullopt;
    }
    std::string id(trim(value.substr(0, colon)));
    if (!ids_.insert("pattern:" + id).second) {
      ctx.warn(f.line, "pattern id '" + id + "' is used twice; the later one is skipped");
      return std::nullopt;
    }
    std::string text(trim(value.substr(colon + 1, open - colon - 1)));
    auto spec = parse_event_code(trim(value.substr(open + 1, close - open - 1)), d_.codes, false);
    if (!spec.ok()) {
      ctx.warn(f.line, spec.status().message());
      return std::nullopt;
    }
    auto elements =
        parse_pattern_elements(protect_synset_names(text, d_.synset_index), d_, true, false);
    if (!elements.ok()) {
      ctx.warn(f.line, elements.status().message());
      return std::nullopt;
    }
    for (PatternElement& element : *elements)
      if (element.kind == PatternElement::Kind::kWord)
        element.word.match = WordMatch::kExactNoEndings;
    Pattern pattern;
    if (Status s = build_pattern(std::move(elements).value(), d_, pattern); !s.ok()) {
      ctx.warn(f.line, s.message());
      return std::nullopt;
    }
    pattern.code = *spec;
    pattern.text = text;
    pattern.id = id;
    pattern.source = ctx.at(f.line);
    return pattern;
  }

  void discard(FileContext& ctx, const EntryText& e) {
    if (!claim_id(ctx, e)) return;
    bool story = false;
    for (const auto& f : e.fields) {
      if (f.key == "scope" && (f.value == "story" || f.value == "sentence"))
        story = f.value == "story";
      else
        ctx.warn(f.line, "unknown discard key '" + f.key + "' (scope story|sentence)");
    }
    for (const std::string& phrase : split_phrases(e.phrases)) {
      Discard discard;
      discard.phrase = joined(consecutive_words(phrase));
      discard.story_level = story;
      discard.whole_word = true;
      discard.source = ctx.at(e.line);
      d_.discards.push_back(std::move(discard));
    }
  }

  LoadedDictionaries& out_;
  Dictionary& d_;
  std::vector<std::unique_ptr<FileContext>> contexts_;
  std::unordered_set<std::string> ids_;
  std::unordered_map<std::string, uint32_t> verb_ids_;
};

}  // namespace

Result<LoadedDictionaries> read_herodotus_sources(const std::vector<DictionarySource>& sources) {
  LoadedDictionaries out;
  out.options = herodotus_coding_options();
  Reader reader(out);
  std::vector<std::pair<FileContext*, EntryText>> entries;
  entries.reserve(4096);
  for (const DictionarySource& source : sources) reader.split(source, entries);
  // Synsets first: a pattern may use one from any file.
  for (auto& [ctx, entry] : entries)
    if (entry.kind == "synset") reader.synset(*ctx, entry);
  for (auto& [ctx, entry] : entries) reader.read(*ctx, entry);
  return out;
}

Result<std::vector<DictionarySource>> herodotus_folder_sources(const std::string& folder) {
  namespace fs = std::filesystem;
  std::error_code error;
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(folder, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file() && it->path().extension() == ".txt") files.push_back(it->path());
  }
  if (error) return Status(ErrorCode::kNotFound, folder + ": " + error.message());
  std::sort(files.begin(), files.end());
  std::vector<DictionarySource> sources;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status(ErrorCode::kIoError, file.string() + ": cannot read");
    std::stringstream buffer;
    buffer << in.rdbuf();
    sources.push_back({file.string(), buffer.str()});
  }
  return sources;
}

Result<LoadedDictionaries> read_herodotus_folder(const std::string& folder) {
  auto sources = herodotus_folder_sources(folder);
  if (!sources.ok()) return sources.status();
  if (sources->empty())
    return Status(ErrorCode::kDictionary, folder + ": no *.txt dictionary files");
  return read_herodotus_sources(*sources);
}

bool looks_like_herodotus_folder(const std::string& folder) {
  auto sources = herodotus_folder_sources(folder);
  if (!sources.ok()) return false;
  for (const DictionarySource& source : *sources) {
    for (const std::string& line : split_lines(source.text)) {
      for (std::string_view kind : {"actor ", "agent ", "verb ", "synset ", "discard "})
        if (line.rfind(kind, 0) == 0 && line.find(':') != std::string::npos) return true;
    }
  }
  return false;
}

}  // namespace herodotus::dict
