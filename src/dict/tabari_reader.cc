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

// A verbs file being read: verb roots ("PHRASE [code]") with their forms ("{FORMS}") and patterns
// ("- $ * + [code]"), and its <SYNSETS>, <TIME> and <ATTRIB> sections.
class VerbsFile {
 public:
  explicit VerbsFile(FileContext& ctx) : ctx_(ctx), d_(ctx.dictionary()) {}

  void read(std::string_view t, size_t line) {
    if (section_tag(dictionary_upper(t))) return;
    std::string_view body = trim(strip_comment(t));
    if (body.empty()) return;
    if (section_ == Section::kSynsets)
      read_synset_line(body, line);
    else if (body[0] == '-')
      add_pattern(body, line);
    else if (body[0] == '{')
      add_forms(body, line);
    else
      add_root(body, line);
  }

 private:
  enum class Section { kVerbs, kSynsets, kTime, kAttribution };

  // Opens or closes a section; false for any other line.
  bool section_tag(const std::string& tag) {
    if (tag == "<SYNSETS>" || tag == "<SYNSET>") {
      section_ = Section::kSynsets;
      return true;
    }
    if (tag == "<TIME>" || tag == "<ATTRIB>" || tag == "<ATTRIBUTION>") {
      section_ = tag == "<TIME>" ? Section::kTime : Section::kAttribution;
      entries_ = section_ == Section::kTime ? &d_.times : &d_.attributions;
      kind_ = section_ == Section::kTime ? RootKind::kTime : RootKind::kAttribution;
      current_ = kNoEntry;
      return true;
    }
    if (tag.size() > 2 && tag[0] == '<' && tag[1] == '/') {
      section_ = Section::kVerbs;
      entries_ = &d_.verbs;
      kind_ = RootKind::kVerb;
      current_ = kNoEntry;
      synset_ = kNoEntry;
      return true;
    }
    return false;
  }

  // The code inside [ ]: an event code, or a shift in days in the <TIME> section.
  Result<EventCodeSpec> event_code(std::string_view inside) {
    return parse_event_code(inside, d_.codes, section_ == Section::kTime);
  }

  // "&NAME" starts a synset (a name used before adds to it), "+member" adds to it.
  void read_synset_line(std::string_view body, size_t line) {
    if (body[0] == '&') {
      std::string name = dictionary_upper(trim(body.substr(1)));
      if (name.empty()) {
        ctx_.warn(line, "synset without a name");
        synset_ = kNoEntry;
        return;
      }
      if (auto it = d_.synset_index.find(name); it != d_.synset_index.end()) {
        synset_ = it->second;
        return;
      }
      synset_ = static_cast<uint32_t>(d_.synsets.size());
      d_.synset_index.emplace(name, synset_);
      d_.synsets.push_back({name, {}, ctx_.at(line)});
    } else if (body[0] == '+') {
      add_synset_member(body, line);
    } else {
      ctx_.warn(line, "expected &NAME or +member inside <SYNSETS>");
    }
  }

  void add_synset_member(std::string_view body, size_t line) {
    if (synset_ == kNoEntry) {
      ctx_.warn(line, "synset member without a synset");
      return;
    }
    auto member = parse_pattern_elements(body.substr(1), d_, false);
    if (!member.ok()) {
      ctx_.warn(line, member.status().message());
      return;
    }
    bool self = std::any_of(member->begin(), member->end(), [&](const PatternElement& e) {
      return e.kind == PatternElement::Kind::kSynset && e.synset == synset_;
    });
    if (self) {
      ctx_.warn(line, "a synset cannot contain itself");
      return;
    }
    d_.synsets[synset_].members.push_back(std::move(member).value());
  }

  // "- $ * + [code]": a pattern of the root above.
  void add_pattern(std::string_view body, size_t line) {
    if (current_ == kNoEntry) {
      ctx_.warn(line, "pattern before any verb");
      return;
    }
    std::string_view rest = body.substr(1);
    auto open = rest.find('['), close = rest.rfind(']');
    if (!has_brackets(ctx_, line, open, close)) return;
    auto code = event_code(rest.substr(open + 1, close - open - 1));
    if (!code.ok()) {
      ctx_.warn(line, code.status().message());
      return;
    }
    auto elements = parse_pattern_elements(rest.substr(0, open), d_, true);
    if (!elements.ok()) {
      ctx_.warn(line, elements.status().message());
      return;
    }
    Pattern pattern;
    if (Status s = build_pattern(std::move(elements).value(), d_, pattern); !s.ok()) {
      ctx_.warn(line, s.message());
      return;
    }
    pattern.code = *code;
    pattern.text = std::string(trim(rest.substr(0, open)));
    pattern.source = ctx_.at(line);
    (*entries_)[current_].patterns.push_back(std::move(pattern));
  }

  // "{GAVE GIVEN}": irregular forms of the root above.
  void add_forms(std::string_view body, size_t line) {
    if (current_ == kNoEntry) {
      ctx_.warn(line, "verb forms before any verb");
      return;
    }
    auto close = body.find('}');
    if (close == std::string_view::npos) {
      ctx_.warn(line, "verb forms without a closing }");
      return;
    }
    for (std::string_view written : split_words(body.substr(1, close - 1))) {
      std::string form(written);
      auto phrase = parse_phrase(form);
      if (!phrase.ok()) {
        ctx_.warn(line, phrase.status().message());
        continue;
      }
      ctx_.add_root(std::move(phrase).value(), kind_, current_, form, line);
    }
  }

  // A root: "PHRASE [code]" (attributions need no code). Forms and patterns attach to it; to
  // nothing when it cannot be read.
  void add_root(std::string_view body, size_t line) {
    current_ = kNoEntry;
    auto open = body.find('['), close = body.rfind(']');
    std::string phrase_text(trim(body.substr(0, open)));
    EventCodeSpec spec;
    if (open == std::string_view::npos) {
      if (section_ != Section::kAttribution) {
        ctx_.warn(line, "no code in [...] for '" + phrase_text + "'");
        return;
      }
    } else {
      if (!has_brackets(ctx_, line, open, close)) return;
      auto code = event_code(body.substr(open + 1, close - open - 1));
      if (!code.ok()) {
        ctx_.warn(line, code.status().message());
        return;
      }
      spec = *code;
    }
    auto phrase = parse_phrase(phrase_text);
    if (!phrase.ok()) {
      ctx_.warn(line, phrase.status().message());
      return;
    }
    VerbEntry entry;
    entry.code = spec;
    entry.root_text = phrase_text;
    entry.source = ctx_.at(line);
    current_ = static_cast<uint32_t>(entries_->size());
    entries_->push_back(std::move(entry));
    ctx_.add_root(std::move(phrase).value(), kind_, current_, phrase_text, line);
  }

  FileContext& ctx_;
  Dictionary& d_;
  Section section_ = Section::kVerbs;
  std::vector<VerbEntry>* entries_ = &d_.verbs;  // the section's entries
  RootKind kind_ = RootKind::kVerb;
  uint32_t current_ = kNoEntry;  // the entry patterns and forms attach to
  uint32_t synset_ = kNoEntry;
};

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
    if (!has_brackets(ctx, line_number, open, close)) continue;
    std::optional<AgentCode> code =
        parse_agent_code(ctx, line_number, trim(body.substr(open + 1, close - open - 1)));
    if (!code) continue;
    std::string phrase_text(trim(body.substr(0, open)));
    auto phrase = parse_phrase(phrase_text);
    if (!phrase.ok()) {
      ctx.warn(line_number, phrase.status().message());
      continue;
    }
    AgentEntry agent;
    agent.code = out.dictionary.codes.intern(dictionary_upper(code->bare));
    agent.prefix = code->prefix;
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
  VerbsFile verbs(ctx);
  EntryLines entry_lines(*lines, ctx);
  std::string_view raw, t;
  size_t line_number = 0;
  while (entry_lines.next(raw, t, line_number)) verbs.read(t, line_number);
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
