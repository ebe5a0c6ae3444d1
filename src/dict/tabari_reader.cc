#include "dict/tabari_reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "dict/coding_options.h"
#include "dict/phrase_syntax.h"
#include "dict/reader_support.h"
#include "dict/text_lines.h"

namespace herodotus::dict {
namespace {

bool is_comment_line(std::string_view raw) {
  return !raw.empty() && (raw[0] == '#' || raw[0] == '/');
}

bool is_finish(std::string_view trimmed) {
  return trimmed.rfind("~~FINISH", 0) == 0;
}

// A TABARI dictionary file's entry lines up to ~~FINISH, as written and trimmed; blank and
// comment lines are passed over, and a line with a NUL byte is skipped with a warning naming it.
class EntryLines {
 public:
  EntryLines(const std::vector<std::string>& lines, FileContext& ctx) : lines_(lines), ctx_(ctx) {}

  // The next entry line and its 1-based number; false after the last.
  bool next(std::string_view& raw, std::string_view& trimmed, size_t& line_number) {
    while (n_ < lines_.size()) {
      line_number = ++n_;
      raw = lines_[n_ - 1];
      trimmed = trim(raw);
      if (is_finish(trimmed)) {
        n_ = lines_.size();
        return false;
      }
      if (trimmed.empty() || is_comment_line(trimmed)) continue;
      if (raw.find('\0') != std::string_view::npos) {
        ctx_.warn(line_number, "NUL byte in the line; the line is skipped");
        continue;
      }
      return true;
    }
    return false;
  }

 private:
  const std::vector<std::string>& lines_;
  FileContext& ctx_;
  size_t n_ = 0;
};

// No verb entry or synset yet.
constexpr uint32_t kNoEntry = UINT32_MAX;

// The <NOUN> and <ADJECTIVE> lists an actors or agents file may hold.
enum class ListSection { kNone, kNoun, kAdjective };

bool section_tag(std::string_view t, ListSection& section) {
  if (t == "<NOUN>" || t == "<NOUNS>")
    section = ListSection::kNoun;
  else if (t == "<ADJECTIVE>" || t == "<ADJ>" || t == "<ADJECTIVES>")
    section = ListSection::kAdjective;
  else if (t == "</NOUN>" || t == "</NOUNS>" || t == "</ADJECTIVE>" || t == "</ADJ>" ||
           t == "</ADJECTIVES>")
    section = ListSection::kNone;
  else
    return false;
  return true;
}

void add_list_word(FileContext& ctx, std::string_view text, ListSection section, size_t line) {
  auto phrase = parse_phrase(text);
  if (!phrase.ok()) {
    ctx.warn(line, phrase.status().message());
    return;
  }
  ctx.add_root(std::move(phrase).value(),
               section == ListSection::kNoun ? RootKind::kNoun : RootKind::kAdjective, 0,
               std::string(text), line);
}

}  // namespace

Status read_tabari_actors(const std::string& path, LoadedDictionaries& out) {
  auto lines = read_lines(path);
  if (!lines.ok()) return lines.status();
  FileContext ctx(path, out);
  ListSection section = ListSection::kNone;
  ActorGroupReader group(ctx, parse_phrase, ActorGroupReader::Uncoded::kSkipWithWarning);
  EntryLines entry_lines(*lines, ctx);
  std::string_view raw, t;
  size_t line_number = 0;
  while (entry_lines.next(raw, t, line_number)) {
    if (section_tag(t, section)) {
      group.finish();
      continue;
    }
    std::string_view body = trim(strip_comment(t));
    if (body.empty()) continue;
    if (section != ListSection::kNone) {
      add_list_word(ctx, body, section, line_number);
      continue;
    }
    bool indented = std::isspace(static_cast<unsigned char>(raw[0])) != 0;
    if (body[0] == '[' && (indented || group.open())) {
      group.add_codes(body, line_number);  // a date restriction line for the actor above
      continue;
    }
    if (body[0] == '+') {
      group.add_synonym(body, line_number);
      continue;
    }
    group.start(body, line_number);
  }
  group.finish();
  return Status();
}

Status read_tabari_agents(const std::string& path, LoadedDictionaries& out) {
  auto lines = read_lines(path);
  if (!lines.ok()) return lines.status();
  FileContext ctx(path, out);
  ListSection section = ListSection::kNone;
  EntryLines entry_lines(*lines, ctx);
  std::string_view raw, t;
  size_t line_number = 0;
  while (entry_lines.next(raw, t, line_number)) {
    if (section_tag(t, section)) continue;
    std::string_view body = trim(strip_comment(t));
    if (body.empty()) continue;
    if (section != ListSection::kNone) {
      add_list_word(ctx, body, section, line_number);
      continue;
    }
    auto open = body.find('['), close = body.find(']');
    if (open == std::string_view::npos) {
      ctx.warn(line_number, "missing left bracket [");
      continue;
    }
    if (close == std::string_view::npos || close < open) {
      ctx.warn(line_number, "missing right bracket ]");
      continue;
    }
    std::string code(trim(body.substr(open + 1, close - open - 1)));
    std::string phrase_text(trim(body.substr(0, open)));
    bool prefix = !code.empty() && code.back() == '~';
    bool suffix = !code.empty() && code.front() == '~';
    if (prefix == suffix) {
      ctx.warn(line_number, "agent code [" + code + "] needs a ~ at its start or its end");
      continue;
    }
    std::string bare = prefix ? code.substr(0, code.size() - 1) : code.substr(1);
    bare = std::string(trim(bare));
    if (bare.empty()) {
      ctx.warn(line_number, "empty agent code");
      continue;
    }
    auto phrase = parse_phrase(phrase_text);
    if (!phrase.ok()) {
      ctx.warn(line_number, phrase.status().message());
      continue;
    }
    AgentEntry agent;
    agent.code = out.dictionary.codes.intern(dictionary_upper(bare));
    agent.prefix = prefix;
    agent.source = ctx.at(line_number);
    auto index = static_cast<uint32_t>(out.dictionary.agents.size());
    out.dictionary.agents.push_back(agent);
    ctx.add_root(std::move(phrase).value(), RootKind::kAgent, index, phrase_text, line_number);
  }
  return Status();
}

Status read_tabari_verbs(const std::string& path, LoadedDictionaries& out) {
  auto lines = read_lines(path);
  if (!lines.ok()) return lines.status();
  FileContext ctx(path, out);
  Dictionary& dictionary = out.dictionary;
  enum class Section { kVerbs, kSynsets, kTime, kAttribution } section = Section::kVerbs;
  std::vector<VerbEntry>* entries = &dictionary.verbs;
  RootKind kind = RootKind::kVerb;
  uint32_t current = kNoEntry;  // the entry patterns and forms attach to
  uint32_t synset = kNoEntry;

  EntryLines entry_lines(*lines, ctx);
  std::string_view raw, t;
  size_t line_number = 0;
  while (entry_lines.next(raw, t, line_number)) {
    std::string upper_tag = dictionary_upper(t);
    if (upper_tag == "<SYNSETS>" || upper_tag == "<SYNSET>") {
      section = Section::kSynsets;
      continue;
    }
    if (upper_tag == "<TIME>" || upper_tag == "<ATTRIB>" || upper_tag == "<ATTRIBUTION>") {
      section = upper_tag == "<TIME>" ? Section::kTime : Section::kAttribution;
      entries = section == Section::kTime ? &dictionary.times : &dictionary.attributions;
      kind = section == Section::kTime ? RootKind::kTime : RootKind::kAttribution;
      current = kNoEntry;
      continue;
    }
    if (upper_tag.size() > 2 && upper_tag[0] == '<' && upper_tag[1] == '/') {
      section = Section::kVerbs;
      entries = &dictionary.verbs;
      kind = RootKind::kVerb;
      current = kNoEntry;
      synset = kNoEntry;
      continue;
    }
    std::string_view body = trim(strip_comment(t));
    if (body.empty()) continue;

    if (section == Section::kSynsets) {
      if (body[0] == '&') {
        std::string name = dictionary_upper(trim(body.substr(1)));
        if (name.empty()) {
          ctx.warn(line_number, "synset without a name");
          synset = kNoEntry;
          continue;
        }
        if (auto it = dictionary.synset_index.find(name); it != dictionary.synset_index.end()) {
          synset = it->second;  // a repeated name adds to the same set
          continue;
        }
        synset = static_cast<uint32_t>(dictionary.synsets.size());
        dictionary.synset_index.emplace(name, synset);
        dictionary.synsets.push_back({name, {}, ctx.at(line_number)});
      } else if (body[0] == '+') {
        if (synset == kNoEntry) {
          ctx.warn(line_number, "synset member without a synset");
          continue;
        }
        auto member = parse_pattern_elements(body.substr(1), dictionary, false);
        if (!member.ok()) {
          ctx.warn(line_number, member.status().message());
          continue;
        }
        bool self = std::any_of(member->begin(), member->end(), [&](const PatternElement& e) {
          return e.kind == PatternElement::Kind::kSynset && e.synset == synset;
        });
        if (self) {
          ctx.warn(line_number, "a synset cannot contain itself");
          continue;
        }
        dictionary.synsets[synset].members.push_back(std::move(member).value());
      } else {
        ctx.warn(line_number, "expected &NAME or +member inside <SYNSETS>");
      }
      continue;
    }

    if (body[0] == '-') {
      if (current == kNoEntry) {
        ctx.warn(line_number, "pattern before any verb");
        continue;
      }
      std::string_view rest = body.substr(1);
      auto open = rest.find('['), close = rest.rfind(']');
      if (open == std::string_view::npos) {
        ctx.warn(line_number, "missing left bracket [");
        continue;
      }
      if (close == std::string_view::npos || close < open) {
        ctx.warn(line_number, "missing right bracket ]");
        continue;
      }
      auto code = parse_event_code(rest.substr(open + 1, close - open - 1), dictionary.codes,
                                   section == Section::kTime);
      if (!code.ok()) {
        ctx.warn(line_number, code.status().message());
        continue;
      }
      auto elements = parse_pattern_elements(rest.substr(0, open), dictionary, true);
      if (!elements.ok()) {
        ctx.warn(line_number, elements.status().message());
        continue;
      }
      Pattern pattern;
      if (Status s = build_pattern(std::move(elements).value(), dictionary, pattern); !s.ok()) {
        ctx.warn(line_number, s.message());
        continue;
      }
      pattern.code = *code;
      pattern.text = std::string(trim(rest.substr(0, open)));
      pattern.source = ctx.at(line_number);
      (*entries)[current].patterns.push_back(std::move(pattern));
      continue;
    }

    if (body[0] == '{') {
      if (current == kNoEntry) {
        ctx.warn(line_number, "verb forms before any verb");
        continue;
      }
      auto close = body.find('}');
      if (close == std::string_view::npos) {
        ctx.warn(line_number, "verb forms without a closing }");
        continue;
      }
      std::string_view forms = body.substr(1, close - 1);
      size_t i = 0;
      while (i < forms.size()) {
        while (i < forms.size() && std::isspace(static_cast<unsigned char>(forms[i]))) ++i;
        size_t start = i;
        while (i < forms.size() && !std::isspace(static_cast<unsigned char>(forms[i]))) ++i;
        if (i == start) break;
        std::string form(forms.substr(start, i - start));
        auto phrase = parse_phrase(form);
        if (!phrase.ok()) {
          ctx.warn(line_number, phrase.status().message());
          continue;
        }
        ctx.add_root(std::move(phrase).value(), kind, current, form, line_number);
      }
      continue;
    }

    // A root: "PHRASE [code]".
    auto open = body.find('['), close = body.rfind(']');
    std::string phrase_text(trim(body.substr(0, open)));
    EventCodeSpec spec;
    if (open == std::string_view::npos) {
      if (section != Section::kAttribution) {
        ctx.warn(line_number, "no code in [...] for '" + phrase_text + "'");
        current = kNoEntry;
        continue;
      }
    } else {
      if (close == std::string_view::npos || close < open) {
        ctx.warn(line_number, "missing right bracket ]");
        current = kNoEntry;
        continue;
      }
      auto code = parse_event_code(body.substr(open + 1, close - open - 1), dictionary.codes,
                                   section == Section::kTime);
      if (!code.ok()) {
        ctx.warn(line_number, code.status().message());
        current = kNoEntry;
        continue;
      }
      spec = *code;
    }
    auto phrase = parse_phrase(phrase_text);
    if (!phrase.ok()) {
      ctx.warn(line_number, phrase.status().message());
      current = kNoEntry;
      continue;
    }
    VerbEntry entry;
    entry.code = spec;
    entry.root_text = phrase_text;
    entry.source = ctx.at(line_number);
    current = static_cast<uint32_t>(entries->size());
    entries->push_back(std::move(entry));
    ctx.add_root(std::move(phrase).value(), kind, current, phrase_text, line_number);
  }
  return Status();
}

Status read_tabari_options(const std::string& path, LoadedDictionaries& out) {
  auto lines = read_lines(path);
  if (!lines.ok()) return lines.status();
  for (size_t n = 0; n < lines->size(); ++n) {
    std::string_view t = trim((*lines)[n]);
    if (t.rfind("~~", 0) == 0) break;  // ~~FINISH, or a line of tildes
    if (Status s = apply_tabari_option_line(t, out.options); !s.ok())
      out.warnings.push_back(path + ":" + std::to_string(n + 1) + ": " + s.message());
  }
  return Status();
}

void finish_dictionary(Dictionary& dictionary) {
  auto sort_patterns = [](std::vector<VerbEntry>& entries) {
    for (VerbEntry& verb : entries) {
      std::stable_sort(verb.patterns.begin(), verb.patterns.end(),
                       [](const Pattern& a, const Pattern& b) { return a.length > b.length; });
    }
  };
  sort_patterns(dictionary.verbs);
  sort_patterns(dictionary.times);
  sort_patterns(dictionary.attributions);
}

Result<LoadedDictionaries> read_tabari_project(const std::string& path) {
  auto lines = read_lines(path);
  if (!lines.ok()) return lines.status();
  namespace fs = std::filesystem;
  fs::path folder = fs::path(path).parent_path();
  std::vector<std::string> actors, agents, verbs, options;
  LoadedDictionaries out;
  for (size_t n = 0; n < lines->size(); ++n) {
    std::string_view t = trim((*lines)[n]);
    if (t.empty() || t[0] != '<') continue;
    auto close = t.find('>');
    if (close == std::string_view::npos) continue;
    std::string tag = dictionary_upper(t.substr(1, close - 1));
    std::string value(trim(t.substr(close + 1)));
    if (value.empty() || value[0] == '<') continue;  // session records: <session 1> <coder ...>
    std::string file = (folder / value).lexically_normal().string();
    if (tag == "ACTORSFILE")
      actors.push_back(file);
    else if (tag == "AGENTSFILE")
      agents.push_back(file);
    else if (tag == "VERBSFILE")
      verbs.push_back(file);
    else if (tag == "OPTIONSFILE")
      options.push_back(file);
    else if (tag == "TEXTFILE")
      out.text_files.push_back(file);
  }
  if (actors.empty() && verbs.empty())
    return Status(ErrorCode::kDictionary, path + ": names no <actorsfile> and no <verbsfile>");
  for (const auto& f : options)
    if (Status s = read_tabari_options(f, out); !s.ok()) return s;
  for (const auto& f : actors)
    if (Status s = read_tabari_actors(f, out); !s.ok()) return s;
  for (const auto& f : agents)
    if (Status s = read_tabari_agents(f, out); !s.ok()) return s;
  for (const auto& f : verbs)
    if (Status s = read_tabari_verbs(f, out); !s.ok()) return s;
  finish_dictionary(out.dictionary);
  return out;
}

}  // namespace herodotus::dict
