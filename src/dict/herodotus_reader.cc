#include "dict/herodotus_reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "core/strings.h"
#include "dict/phrase_syntax.h"
#include "dict/reader_support.h"
#include "dict/text_lines.h"

namespace herodotus::dict {
namespace {

// One entry as written: its header line and its indented continuation lines.
struct EntryText {
  std::string kind, id, code, phrases;  // "verb", "accuse", "112", "accuse"
  size_t line = 0;
  struct Field {
    std::string key, value;
    size_t line;
  };
  std::vector<Field> fields;
};

std::string without_comment(std::string_view line) {
  size_t hash = line.find('#');
  return std::string(hash == std::string_view::npos ? line : line.substr(0, hash));
}

bool valid_id(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_' ||
           c == '&';
  });
}

std::vector<std::string> split_phrases(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t semicolon = text.find(';', start);
    std::string_view piece = trim(text.substr(
        start, semicolon == std::string_view::npos ? std::string_view::npos : semicolon - start));
    if (!piece.empty()) out.push_back(collapse_spaces(piece));
    if (semicolon == std::string_view::npos) break;
    start = semicolon + 1;
  }
  return out;
}

// The words of a phrase, upper case; each must follow the one before at once.
Phrase consecutive_words(std::string_view text) {
  Phrase phrase;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i == start) continue;
    std::string_view written = text.substr(start, i - start);
    std::string word = plain_upper(written);
    // "US", "UK", "IS": a short word written in capitals is an acronym, not "us" or "is".
    size_t letters = static_cast<size_t>(std::count_if(written.begin(), written.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c));
    }));
    bool capitals =
        letters >= 2 && letters <= 3 && std::none_of(written.begin(), written.end(), [](char c) {
          return std::islower(static_cast<unsigned char>(c));
        });
    // The tokenizer splits a possessive off its word ("People's": PEOPLE 'S) and the coder
    // leaves it out of a phrase, so the phrase leaves it out too.
    if (word.size() > 2 && word.compare(word.size() - 2, 2, "'S") == 0)
      word.resize(word.size() - 2);
    else if (word.size() > 1 && word.back() == '\'')
      word.pop_back();
    phrase.push_back({std::move(word), WordMatch::kExactNoEndings, true, capitals});
  }
  if (!phrase.empty()) phrase.back().adjacent = false;
  return phrase;
}

std::string joined(const Phrase& phrase) {
  std::string out;
  for (const PhraseWord& w : phrase) out += (out.empty() ? "" : " ") + w.text;
  return out;
}

// A date of a range: "1994-07-20", or "1994-07" and "1994" when the day or month is not known,
// which stand for the first day of the period (`end` false) or its last (`end` true). YYYYMMDD,
// or -1 when malformed.
int32_t range_date(std::string_view text, bool end) {
  if (!text.empty() && text.back() == '-') text.remove_suffix(1);
  auto number = [&](size_t at, size_t length) {
    int value = 0;
    for (size_t i = at; i < at + length; ++i) {
      if (i >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i]))) return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  int year = number(0, 4), month = end ? 12 : 1, day = end ? 31 : 1;
  if (year < 0) return -1;
  if (text.size() >= 7) {
    if (text[4] != '-' || (month = number(5, 2)) < 1 || month > 12) return -1;
    if (end)
      day = month == 2 ? 29 : (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
  }
  if (text.size() == 10) {
    if (text[7] != '-' || (day = number(8, 2)) < 1 || day > 31) return -1;
  } else if (text.size() != 4 && text.size() != 7) {
    return -1;
  }
  return year * 10000 + month * 100 + day;
}

// Synset names may hold underscores ("&R01_TALKS"), which the pattern syntax reads as "at once".
// Inside a synset's own id they become dots; in a pattern, a reference takes the longest known
// synset name ("&R01_TALKS_WITH" is &R01.TALKS then "_WITH" when R01.TALKS is a synset).
std::string dotted(std::string_view name) {
  std::string out(name);
  std::replace(out.begin(), out.end(), '_', '.');
  return out;
}

std::string protect_synset_names(std::string_view text,
                                 const std::unordered_map<std::string, uint32_t>& known) {
  std::string out(text);
  for (size_t at = out.find('&'); at != std::string::npos; at = out.find('&', at + 1)) {
    size_t end = at + 1;
    while (end < out.size() &&
           (std::isalnum(static_cast<unsigned char>(out[end])) || out[end] == '_'))
      ++end;
    // Try the whole run, then shorter prefixes ending before an underscore.
    for (size_t cut = end; cut > at + 1;) {
      std::string name = dotted(plain_upper(std::string_view(out).substr(at + 1, cut - at - 1)));
      if (known.count(name)) {
        for (size_t k = at + 1; k < cut; ++k)
          if (out[k] == '_') out[k] = '.';
        break;
      }
      size_t underscore = out.rfind('_', cut - 1);
      if (underscore == std::string::npos || underscore <= at) break;
      cut = underscore;
    }
  }
  return out;
}

class Reader {
 public:
  explicit Reader(LoadedDictionaries& out) : out_(out), d_(out.dictionary) {
    d_.dialect = Dialect::kHerodotus;
  }

  // Splits one source into entries; lines that belong to no entry are warnings.
  void split(const DictionarySource& source,
             std::vector<std::pair<FileContext*, EntryText>>& entries) {
    contexts_.push_back(
        std::make_unique<FileContext>(source.name, out_, DuplicatePolicy::kKeepFirst));
    FileContext* ctx = contexts_.back().get();
    std::vector<std::string> lines = split_lines(source.text);
    EntryText* current = nullptr;
    for (size_t n = 0; n < lines.size(); ++n) {
      const size_t line = n + 1;
      std::string text = without_comment(lines[n]);
      if (trim(text).empty()) continue;
      if (text.find('\0') != std::string::npos) {
        ctx->warn(line, "NUL byte in the line; the line is skipped");
        continue;
      }
      if (std::isspace(static_cast<unsigned char>(text[0]))) {
        if (current == nullptr) {
          ctx->warn(line, "an indented line outside any entry");
          continue;
        }
        std::string_view body = trim(text);
        size_t space = body.find_first_of(" \t");
        EntryText::Field field{
            std::string(body.substr(0, space)),
            space == std::string_view::npos ? std::string() : std::string(trim(body.substr(space))),
            line};
        current->fields.push_back(std::move(field));
        continue;
      }
      // "kind id [code]: phrases"
      EntryText entry;
      entry.line = line;
      // The colon after the header; a paired code ("[036:036]") holds one of its own.
      size_t bracket = text.find('[');
      size_t colon = text.find(':');
      if (bracket != std::string::npos && bracket < colon)
        colon = text.find(':', text.find(']', bracket));
      if (colon == std::string::npos) {
        ctx->warn(line, "an entry line needs 'kind id: phrases'");
        current = nullptr;
        continue;
      }
      std::string_view head = trim(std::string_view(text).substr(0, colon));
      entry.phrases = std::string(trim(std::string_view(text).substr(colon + 1)));
      size_t space = head.find_first_of(" \t");
      entry.kind = std::string(head.substr(0, space));
      std::string_view rest =
          space == std::string_view::npos ? std::string_view() : trim(head.substr(space));
      if (size_t open = rest.find('['); open != std::string_view::npos) {
        size_t close = rest.find(']', open);
        if (close == std::string_view::npos) {
          ctx->warn(line, "unbalanced [ in the code");
          current = nullptr;
          continue;
        }
        entry.code = std::string(trim(rest.substr(open + 1, close - open - 1)));
        rest = trim(rest.substr(0, open));
      }
      entry.id = std::string(rest);
      if (!valid_id(entry.id)) {
        ctx->warn(line, "missing or malformed id '" + entry.id + "'");
        current = nullptr;
        continue;
      }
      entries.emplace_back(ctx, std::move(entry));
      current = &entries.back().second;
    }
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

  static std::vector<std::string> with_plural(const std::string& phrase) {
    std::vector<std::string> out{phrase};
    size_t last = phrase.find_last_of(' ');
    std::string head = last == std::string::npos ? std::string() : phrase.substr(0, last + 1);
    std::string word = last == std::string::npos ? phrase : phrase.substr(last + 1);
    for (const std::string& plural : english_plurals(plain_upper(word)))
      out.push_back(head + plural);
    return out;
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
    for (const std::string& part : split_on(code, '/'))
      dated.codes.push_back(d_.codes.intern(part));
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

  static std::vector<std::string> split_on(std::string_view text, char separator) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size()) {
      size_t at = text.find(separator, start);
      std::string_view piece =
          text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start);
      if (!piece.empty()) out.push_back(plain_upper(piece));
      if (at == std::string_view::npos) break;
      start = at + 1;
    }
    return out;
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
    std::istringstream in(phrase);
    std::string first, marked;
    for (std::string w; in >> w;) {
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
    std::istringstream in(phrase);
    for (std::string w; in >> w;) words.push_back(plain_upper(w));
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

bool ends_with(const std::string& w, std::string_view e) {
  return w.size() >= e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0;
}

bool is_vowel(char c) {
  return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

}  // namespace

std::vector<std::string> english_verb_forms(const std::string& lemma) {
  std::vector<std::string> forms{lemma};
  if (lemma.size() < 2) return forms;
  char last = lemma.back(), before = lemma[lemma.size() - 2];
  if (last == 'Y' && !is_vowel(before)) {
    std::string stem = lemma.substr(0, lemma.size() - 1);
    forms.insert(forms.end(), {stem + "IES", stem + "IED", lemma + "ING"});
    return forms;
  }
  if (last == 'E') {
    std::string stem = lemma.substr(0, lemma.size() - 1);
    forms.insert(forms.end(),
                 {lemma + "S", lemma + "D", ends_with(lemma, "EE") ? lemma + "ING" : stem + "ING"});
    return forms;
  }
  bool sibilant =
      last == 'S' || last == 'X' || last == 'Z' || ends_with(lemma, "CH") || ends_with(lemma, "SH");
  forms.push_back(lemma + (sibilant ? "ES" : "S"));
  forms.push_back(lemma + "ED");
  forms.push_back(lemma + "ING");
  // Consonant-vowel-consonant endings may double ("stop": stopped; "visit": visited): both.
  bool cvc = !is_vowel(last) && is_vowel(before) && last != 'W' && last != 'X' && last != 'Y' &&
             (lemma.size() < 3 || !is_vowel(lemma[lemma.size() - 3]));
  if (cvc) {
    forms.push_back(lemma + last + "ED");
    forms.push_back(lemma + last + "ING");
  }
  return forms;
}

std::vector<std::string> english_plurals(const std::string& noun) {
  if (noun.empty()) return {};
  char last = noun.back();
  char before = noun.size() > 1 ? noun[noun.size() - 2] : ' ';
  if (last == 'Y' && !is_vowel(before)) return {noun.substr(0, noun.size() - 1) + "IES"};
  if (last == 'S' || last == 'X' || last == 'Z' || ends_with(noun, "CH") || ends_with(noun, "SH"))
    return {noun + "ES"};
  if (ends_with(noun, "MAN")) return {noun.substr(0, noun.size() - 3) + "MEN"};
  return {noun + "S"};
}

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
