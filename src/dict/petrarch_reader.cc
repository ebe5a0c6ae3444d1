#include "dict/petrarch_reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <unordered_map>

#include "dict/phrase_syntax.h"
#include "dict/reader_support.h"
#include "dict/text_lines.h"

namespace herodotus::dict {
namespace {

// Removes PETRARCH comments: "<!-- ... -->" (possibly over several lines) and everything after
// the first '#'.
class CommentFilter {
 public:
  // The line without comments; nullopt when the whole line is a comment.
  std::optional<std::string> clean(std::string_view line) {
    std::string out;
    size_t i = 0;
    while (i < line.size()) {
      if (in_block_) {
        size_t close = line.find("-->", i);
        if (close == std::string_view::npos) return out.empty() ? std::nullopt : std::optional(out);
        in_block_ = false;
        i = close + 3;
        continue;
      }
      size_t open = line.find("<!", i);
      size_t hash = line.find('#', i);
      if (hash != std::string_view::npos && (open == std::string_view::npos || hash < open)) {
        out.append(line.substr(i, hash - i));
        break;
      }
      if (open == std::string_view::npos) {
        out.append(line.substr(i));
        break;
      }
      out.append(line.substr(i, open - i));
      in_block_ = true;
      i = open + 2;
    }
    if (trim(out).empty()) return std::nullopt;
    return out;
  }

 private:
  bool in_block_ = false;
};

// A PETRARCH dictionary file's entry lines in order: comments removed and the rest trimmed; a
// line with a NUL byte is skipped with a warning naming it.
class EntryLines {
 public:
  EntryLines(const std::vector<std::string>& lines, FileContext& ctx) : lines_(lines), ctx_(ctx) {}

  // The next entry line and its 1-based number; false after the last.
  bool next(std::string_view& body, size_t& line_number) {
    while (n_ < lines_.size()) {
      line_number = ++n_;
      auto cleaned = comments_.clean(lines_[n_ - 1]);
      if (!cleaned) continue;
      if (cleaned->find('\0') != std::string::npos) {
        ctx_.warn(line_number, "NUL byte in the line; the line is skipped");
        continue;
      }
      current_ = std::move(*cleaned);
      body = trim(current_);
      return true;
    }
    return false;
  }

 private:
  const std::vector<std::string>& lines_;
  FileContext& ctx_;
  CommentFilter comments_;
  size_t n_ = 0;
  std::string current_;
};

std::string upper(std::string_view s) {
  return plain_upper(s);
}

// A PETRARCH phrase: words separated by '_' must follow each other, by ' ' may have words
// between; every word is matched whole. A trailing '_' means nothing more.
Result<Phrase> petrarch_phrase(std::string_view text) {
  Phrase phrase;
  std::string word;
  auto flush = [&](bool adjacent) {
    if (word.empty()) {
      if (!phrase.empty() && adjacent) phrase.back().adjacent = true;
      return;
    }
    phrase.push_back({upper(word), WordMatch::kExactNoEndings, adjacent});
    word.clear();
  };
  for (char c : text) {
    if (c == '_')
      flush(true);
    else if (std::isspace(static_cast<unsigned char>(c)))
      flush(false);
    else
      word += c;
  }
  flush(false);
  if (phrase.empty()) return dictionary_error("empty phrase");
  phrase.back().adjacent = false;
  return phrase;
}

// Whole-word matching everywhere in a pattern.
void whole_words(std::vector<PatternElement>& elements) {
  for (PatternElement& e : elements) {
    if (e.kind == PatternElement::Kind::kWord) e.word.match = WordMatch::kExactNoEndings;
    for (auto& option : e.alternatives) whole_words(option);
  }
}

std::string_view code_inside(std::string_view text, size_t& open, size_t& close) {
  open = text.find('[');
  if (open == std::string_view::npos) return {};
  close = text.find_first_of("]}", open + 1);
  if (close == std::string_view::npos) return {};
  return trim(text.substr(open + 1, close - open - 1));
}

}  // namespace

std::vector<std::string> regular_verb_forms(const std::string& verb) {
  std::vector<std::string> forms{verb, verb + "S"};
  bool e = !verb.empty() && verb.back() == 'E';
  forms.push_back(e ? verb + "D" : verb + "ED");
  forms.push_back(e ? verb.substr(0, verb.size() - 1) + "ING" : verb + "ING");
  return forms;
}

std::string regular_plural(const std::string& word) {
  if (word.empty()) return word;
  if (word.back() == 'Y') return word.substr(0, word.size() - 1) + "IES";
  if (word.back() == 'S') return word + "ES";
  return word + "S";
}

Status read_petrarch_verbs(const std::string& path, LoadedDictionaries& out) {
  auto lines = read_lines(path);
  if (!lines.ok()) return lines.status();
  FileContext ctx(path, out, DuplicatePolicy::kKeepLast);
  Dictionary& d = out.dictionary;
  d.dialect = Dialect::kPetrarch;
  std::optional<uint32_t> synset;
  bool synset_plurals = true;
  EventCodeSpec block_code;
  std::vector<uint32_t> block_entries;
  std::vector<Pattern> block_patterns;
  bool in_block = false;

  auto close_block = [&] {
    for (uint32_t entry : block_entries) d.verbs[entry].patterns = block_patterns;
    block_entries.clear();
    block_patterns.clear();
  };

  auto add_form = [&](const std::string& form, uint32_t entry, size_t line) {
    if (form.find('_') != std::string::npos || form.find('+') != std::string::npos) {
      // A multi-word verb: "+CORDONED_OFF", "WIRE_+TAPPED".
      std::vector<std::string> words;
      size_t start = 0;
      while (start <= form.size()) {
        size_t underscore = form.find('_', start);
        std::string piece = form.substr(
            start, underscore == std::string::npos ? std::string::npos : underscore - start);
        if (!piece.empty()) words.push_back(piece);
        if (underscore == std::string::npos) break;
        start = underscore + 1;
      }
      auto verb = std::find_if(words.begin(), words.end(),
                               [](const std::string& w) { return w[0] == '+'; });
      if (verb == words.end()) {
        ctx.warn(line, "multi-word verb '" + form + "' marks no word with +");
        return;
      }
      MultiWordVerb mw;
      mw.verb = upper(verb->substr(1));
      for (auto it = std::make_reverse_iterator(verb); it != words.rend(); ++it)
        mw.before.push_back(upper(*it));
      for (auto it = verb + 1; it != words.end(); ++it) mw.after.push_back(upper(*it));
      mw.entry = entry;
      d.multiword_verbs.push_back(std::move(mw));
      return;
    }
    auto phrase = petrarch_phrase(form);
    if (!phrase.ok()) {
      ctx.warn(line, phrase.status().message());
      return;
    }
    ctx.add_root(std::move(phrase).value(), RootKind::kVerb, entry, form, line);
  };

  EntryLines entry_lines(*lines, ctx);
  std::string_view body;
  size_t line_number = 0;
  while (entry_lines.next(body, line_number)) {
    if (body.rfind("---", 0) == 0) {
      // A block header: "--- GRANT [070] ---".
      close_block();
      synset.reset();
      in_block = true;
      size_t open, close;
      std::string_view code = code_inside(body, open, close);
      block_code = EventCodeSpec();
      if (!code.empty()) {
        auto spec = parse_event_code(code, d.codes, false);
        if (spec.ok())
          block_code = *spec;
        else
          ctx.warn(line_number, spec.status().message());
      }
      continue;
    }
    if (body[0] == '&') {
      std::string name = upper(trim(body.substr(1)));
      synset_plurals = name.empty() || name.back() != '_';
      while (!name.empty() && name.back() == '_') name.pop_back();
      if (name.empty()) {
        ctx.warn(line_number, "synset without a name");
        synset.reset();
        continue;
      }
      if (auto it = d.synset_index.find(name); it != d.synset_index.end()) {
        synset = it->second;
      } else {
        synset = static_cast<uint32_t>(d.synsets.size());
        d.synset_index.emplace(name, *synset);
        d.synsets.push_back({name, {}, ctx.at(line_number)});
      }
      continue;
    }
    if (body[0] == '+' && synset) {
      // Synset members: consecutive words matched whole, with a plural unless marked '_'.
      std::string member(trim(body.substr(1)));
      bool plurals = synset_plurals && !member.empty() && member.back() != '_';
      auto phrase = petrarch_phrase(member);
      if (!phrase.ok()) {
        ctx.warn(line_number, phrase.status().message());
        continue;
      }
      auto add_member = [&](const Phrase& words) {
        std::vector<PatternElement> elements;
        for (size_t k = 0; k < words.size(); ++k) {
          PatternElement e;
          e.kind = PatternElement::Kind::kWord;
          e.word = words[k];
          e.word.adjacent = e.adjacent = k + 1 < words.size();
          elements.push_back(std::move(e));
        }
        d.synsets[*synset].members.push_back(std::move(elements));
      };
      add_member(*phrase);
      if (plurals) {
        Phrase plural = *phrase;
        plural.back().text = regular_plural(plural.back().text);
        add_member(plural);
      }
      continue;
    }
    synset.reset();
    if (body[0] == '~') continue;  // PETRARCH-2 transformations: not used by this coder
    if (body[0] == '-') {
      if (!in_block || block_entries.empty()) {
        ctx.warn(line_number, "pattern before any verb");
        continue;
      }
      std::string_view rest = body.substr(1);
      size_t open, close;
      std::string_view code = code_inside(rest, open, close);
      if (open == std::string_view::npos) {
        ctx.warn(line_number, "missing left bracket [");
        continue;
      }
      if (close == std::string_view::npos) {
        ctx.warn(line_number, "missing right bracket ]");
        continue;
      }
      auto spec = parse_event_code(code, d.codes, false);
      if (!spec.ok()) {
        ctx.warn(line_number, spec.status().message());
        continue;
      }
      std::string text(trim(rest.substr(0, open)));
      // PETRARCH-2 heads "(PREP {MODIFIER HEAD})" become plain words on a flat word sequence;
      // "X_ " is "X " in PETRARCH-1.
      std::string flat;
      for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '(' || c == ')' || c == '{' || c == '}') {
          flat += ' ';
          continue;
        }
        if (c == '_' &&
            (i + 1 == text.size() || std::isspace(static_cast<unsigned char>(text[i + 1]))))
          continue;
        flat += c;
      }
      auto elements = parse_pattern_elements(flat, d, true, false);
      if (!elements.ok()) {
        ctx.warn(line_number, elements.status().message());
        continue;
      }
      whole_words(*elements);
      Pattern pattern;
      if (Status s = build_pattern(std::move(elements).value(), d, pattern); !s.ok()) {
        ctx.warn(line_number, s.message());
        continue;
      }
      pattern.code = *spec;
      pattern.text = text;
      pattern.source = ctx.at(line_number);
      block_patterns.push_back(std::move(pattern));
      continue;
    }
    // A verb line: "FORM {IRREGULAR FORMS} [CODE]".
    if (!in_block) {
      ctx.warn(line_number, "verb outside a --- block");
      continue;
    }
    std::string line_text(body);
    std::optional<std::string> listed;
    if (size_t b = line_text.find('{'); b != std::string::npos) {
      size_t e = line_text.find('}', b);
      listed = line_text.substr(b + 1, e == std::string::npos ? std::string::npos : e - b - 1);
      line_text.erase(b, e == std::string::npos ? std::string::npos : e - b + 1);
    }
    size_t open = line_text.find('[');
    std::string form = upper(trim(std::string_view(line_text).substr(0, open)));
    if (form.empty()) {
      ctx.warn(line_number, "verb line without a verb");
      continue;
    }
    // "LASH OUT" written with a space: PETRARCH-1 reads the first word only.
    if (auto space = form.find_first_of(" \t"); space != std::string::npos)
      form = form.substr(0, space);
    EventCodeSpec spec = block_code;
    if (open != std::string::npos) {
      size_t code_open, code_close;
      std::string_view code = code_inside(line_text, code_open, code_close);
      if (!code.empty()) {
        auto own = parse_event_code(code, d.codes, false);
        if (own.ok())
          spec = *own;
        else
          ctx.warn(line_number, own.status().message());
      }
    }
    VerbEntry entry;
    entry.code = spec;
    entry.root_text = form;
    entry.source = ctx.at(line_number);
    auto index = static_cast<uint32_t>(d.verbs.size());
    d.verbs.push_back(std::move(entry));
    block_entries.push_back(index);
    std::vector<std::string> forms;
    if (listed) {
      forms.push_back(form);
      std::string_view items = *listed;
      size_t i = 0;
      while (i < items.size()) {
        while (i < items.size() && std::isspace(static_cast<unsigned char>(items[i]))) ++i;
        size_t start = i;
        while (i < items.size() && !std::isspace(static_cast<unsigned char>(items[i]))) ++i;
        if (i > start) forms.push_back(upper(items.substr(start, i - start)));
      }
    } else if (form.find('+') != std::string::npos) {
      // Regular forms of a multi-word verb change its '+' word only.
      size_t plus = form.find('+');
      size_t end = form.find('_', plus);
      std::string verb =
          form.substr(plus + 1, end == std::string::npos ? std::string::npos : end - plus - 1);
      for (const std::string& f : regular_verb_forms(verb))
        forms.push_back(form.substr(0, plus + 1) + f +
                        (end == std::string::npos ? "" : form.substr(end)));
    } else {
      forms = regular_verb_forms(form);
    }
    for (const std::string& f : forms) add_form(f, index, line_number);
  }
  close_block();
  return Status();
}

Status read_petrarch_actors(const std::string& path, LoadedDictionaries& out) {
  auto lines = read_lines(path);
  if (!lines.ok()) return lines.status();
  FileContext ctx(path, out, DuplicatePolicy::kKeepLast);
  ActorGroupReader group(ctx, petrarch_phrase, ActorGroupReader::Uncoded::kNullCode);
  EntryLines entry_lines(*lines, ctx);
  std::string_view body;
  size_t line_number = 0;
  while (entry_lines.next(body, line_number)) {
    if (body[0] == '[')
      group.add_codes(body, line_number);
    else if (body[0] == '+')
      group.add_synonym(body, line_number);
    else
      group.start(body, line_number);
  }
  group.finish();
  return Status();
}

Status read_petrarch_agents(const std::string& path, LoadedDictionaries& out) {
  auto lines = read_lines(path);
  if (!lines.ok()) return lines.status();
  FileContext ctx(path, out, DuplicatePolicy::kKeepLast);
  Dictionary& d = out.dictionary;
  std::unordered_map<std::string, std::vector<std::string>> macros;
  EntryLines entry_lines(*lines, ctx);
  std::string_view body;
  size_t line_number = 0;
  while (entry_lines.next(body, line_number)) {
    if (body[0] == '!' && body.find('=') != std::string_view::npos) {
      // "!PERSON! = MAN, MEN, WOMAN"
      size_t eq = body.find('=');
      std::string name = upper(trim(body.substr(0, eq)));
      std::vector<std::string> items;
      std::string_view rest = body.substr(eq + 1);
      size_t start = 0;
      while (start <= rest.size()) {
        size_t comma = rest.find(',', start);
        std::string item = upper(trim(rest.substr(
            start, comma == std::string_view::npos ? std::string_view::npos : comma - start)));
        if (!item.empty()) items.push_back(item);
        if (comma == std::string_view::npos) break;
        start = comma + 1;
      }
      macros[name] = std::move(items);
      continue;
    }
    size_t open, close;
    std::string_view code = code_inside(body, open, close);
    if (open == std::string_view::npos) {
      ctx.warn(line_number, "agent without a [code]");
      continue;
    }
    if (close == std::string_view::npos) {
      ctx.warn(line_number, "missing right bracket ]");
      continue;
    }
    std::string bare(code);
    bool prefix = !bare.empty() && bare.back() == '~';
    bool suffix = !bare.empty() && bare.front() == '~';
    if (prefix == suffix) {
      ctx.warn(line_number, "agent code [" + bare + "] needs a ~ at its start or its end");
      continue;
    }
    bare = std::string(trim(prefix ? std::string_view(bare).substr(0, bare.size() - 1)
                                   : std::string_view(bare).substr(1)));
    if (bare.empty()) {
      ctx.warn(line_number, "empty agent code");
      continue;
    }
    std::string_view head = body.substr(0, open);
    std::string phrase_text;
    std::optional<std::string> plural;
    size_t brace = head.find('{');
    if (brace != std::string_view::npos) {
      size_t end = head.find('}', brace);
      plural = upper(trim(head.substr(
          brace + 1, end == std::string_view::npos ? std::string_view::npos : end - brace - 1)));
      phrase_text = upper(trim(head.substr(0, brace)));
    } else {
      phrase_text = upper(trim(head));
    }
    AgentEntry agent;
    agent.code = d.codes.intern(upper(bare));
    agent.prefix = prefix;
    agent.source = ctx.at(line_number);
    auto index = static_cast<uint32_t>(d.agents.size());
    d.agents.push_back(agent);
    std::vector<std::string> forms;
    size_t bang = phrase_text.find('!');
    size_t bang_end =
        bang == std::string::npos ? std::string::npos : phrase_text.find('!', bang + 1);
    if (bang != std::string::npos && bang_end != std::string::npos) {
      std::string name = phrase_text.substr(bang, bang_end - bang + 1);
      auto it = macros.find(name);
      if (it == macros.end()) {
        ctx.warn(line_number, "unknown substitution " + name);
        continue;
      }
      for (const std::string& item : it->second)
        forms.push_back(phrase_text.substr(0, bang) + item + phrase_text.substr(bang_end + 1));
    } else {
      forms.push_back(phrase_text);
      if (!plural) {
        // The plural of the last word.
        size_t last = phrase_text.find_last_of("_ ");
        std::string stem = last == std::string::npos ? "" : phrase_text.substr(0, last + 1);
        std::string word = last == std::string::npos ? phrase_text : phrase_text.substr(last + 1);
        forms.push_back(stem + regular_plural(word));
      } else if (!plural->empty()) {
        forms.push_back(*plural);
      }
    }
    for (const std::string& form : forms) {
      auto phrase = petrarch_phrase(form);
      if (!phrase.ok()) {
        ctx.warn(line_number, phrase.status().message());
        continue;
      }
      ctx.add_root(std::move(phrase).value(), RootKind::kAgent, index, form, line_number);
    }
  }
  return Status();
}

Status read_petrarch_discards(const std::string& path, LoadedDictionaries& out) {
  auto lines = read_lines(path);
  if (!lines.ok()) return lines.status();
  FileContext ctx(path, out, DuplicatePolicy::kKeepLast);
  EntryLines entry_lines(*lines, ctx);
  std::string_view body;
  size_t line_number = 0;
  while (entry_lines.next(body, line_number)) {
    Discard discard;
    if (body[0] == '+') {
      discard.story_level = true;
      body = trim(body.substr(1));
    }
    if (!body.empty() && body.back() == '_') {
      discard.whole_word = true;
      body.remove_suffix(1);
    }
    std::string text;
    for (char c : body) {
      char u = c == '_' ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (u == ' ' && (text.empty() || text.back() == ' ')) continue;
      text += u;
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (text.empty()) continue;
    discard.phrase = text;
    discard.source = ctx.at(line_number);
    out.dictionary.discards.push_back(std::move(discard));
  }
  return Status();
}

std::vector<std::vector<std::string>> expand_issue_phrase(std::string_view phrase) {
  // Each written word becomes a list of alternatives, each alternative a list of words.
  std::vector<std::vector<std::vector<std::string>>> slots;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && phrase[i] == ' ') ++i;
    size_t start = i;
    while (i < phrase.size() && phrase[i] != ' ') ++i;
    if (i == start) break;
    std::string_view written = phrase.substr(start, i - start);
    // Pieces joined by '+', each with its own n:/v: expansion.
    std::vector<std::vector<std::string>> piece_forms;
    size_t p = 0;
    while (p <= written.size()) {
      size_t plus = written.find('+', p);
      std::string_view piece =
          written.substr(p, plus == std::string_view::npos ? std::string_view::npos : plus - p);
      std::string word;
      char kind = 0;
      if (piece.size() > 2 && piece[1] == ':' && (piece[0] == 'n' || piece[0] == 'v')) {
        kind = piece[0];
        piece.remove_prefix(2);
      }
      for (char c : piece) word += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (!word.empty()) {
        if (kind == 'n')
          piece_forms.push_back({word, regular_plural(word)});
        else if (kind == 'v')
          piece_forms.push_back(regular_verb_forms(word));
        else
          piece_forms.push_back({word});
      }
      if (plus == std::string_view::npos) break;
      p = plus + 1;
    }
    if (piece_forms.empty()) continue;
    // Every combination of the pieces' forms, joined by a space (separate words) or a hyphen.
    std::vector<std::vector<std::string>> alternatives{{}};
    for (size_t k = 0; k < piece_forms.size(); ++k) {
      std::vector<std::vector<std::string>> next;
      for (const auto& alt : alternatives) {
        for (const std::string& form : piece_forms[k]) {
          std::vector<std::string> spaced = alt;
          spaced.push_back(form);
          next.push_back(std::move(spaced));
          if (k > 0) {
            std::vector<std::string> hyphened = alt;
            hyphened.back() += "-" + form;
            next.push_back(std::move(hyphened));
          }
        }
      }
      alternatives = std::move(next);
    }
    slots.push_back(std::move(alternatives));
  }
  std::vector<std::vector<std::string>> variants{{}};
  for (const auto& slot : slots) {
    std::vector<std::vector<std::string>> next;
    for (const auto& v : variants)
      for (const auto& alt : slot) {
        std::vector<std::string> joined = v;
        joined.insert(joined.end(), alt.begin(), alt.end());
        next.push_back(std::move(joined));
      }
    variants = std::move(next);
  }
  if (variants.size() == 1 && variants[0].empty()) variants.clear();
  return variants;
}

Status read_petrarch_issues(const std::string& path, LoadedDictionaries& out) {
  auto lines = read_lines(path);
  if (!lines.ok()) return lines.status();
  FileContext ctx(path, out, DuplicatePolicy::kKeepLast);
  EntryLines entry_lines(*lines, ctx);
  std::string_view body;
  size_t line_number = 0;
  while (entry_lines.next(body, line_number)) {
    if (body.empty() || body[0] == '<') continue;  // <ISSUE ...> section markers
    IssuePhrase issue;
    if (body[0] == '~') {
      body.remove_prefix(body.size() > 1 && body[1] == '~' ? 2 : 1);  // ~~: story level, read as ~
    } else {
      size_t open = body.find('[');
      size_t close = body.find(']', open == std::string_view::npos ? 0 : open);
      if (open == std::string_view::npos || close == std::string_view::npos) {
        ctx.warn(line_number, "issue phrase without an [ISSUE_CODE]");
        continue;
      }
      issue.code = std::string(trim(body.substr(open + 1, close - open - 1)));
      body = trim(body.substr(0, open));
      if (issue.code.empty()) {
        ctx.warn(line_number, "empty issue code");
        continue;
      }
    }
    issue.variants = expand_issue_phrase(body);
    if (issue.variants.empty()) {
      ctx.warn(line_number, "issue line without a phrase");
      continue;
    }
    issue.source = ctx.at(line_number);
    out.dictionary.issues.push_back(std::move(issue));
  }
  return Status();
}

Result<LoadedDictionaries> read_petrarch_files(const std::string& verbs,
                                               const std::vector<std::string>& actors,
                                               const std::string& agents,
                                               const std::string& discards,
                                               const std::string& issues) {
  LoadedDictionaries out;
  out.dictionary.dialect = Dialect::kPetrarch;
  out.options = petrarch_coding_options();
  for (const std::string& f : actors)
    if (Status s = read_petrarch_actors(f, out); !s.ok()) return s;
  if (!agents.empty())
    if (Status s = read_petrarch_agents(agents, out); !s.ok()) return s;
  if (!verbs.empty())
    if (Status s = read_petrarch_verbs(verbs, out); !s.ok()) return s;
  if (!discards.empty())
    if (Status s = read_petrarch_discards(discards, out); !s.ok()) return s;
  if (!issues.empty())
    if (Status s = read_petrarch_issues(issues, out); !s.ok()) return s;
  // Patterns stay in file order: PETRARCH tries them as written.
  return out;
}

Result<LoadedDictionaries> read_petrarch_folder(const std::string& folder) {
  namespace fs = std::filesystem;
  std::error_code error;
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    if (entry.is_regular_file()) names.push_back(entry.path().filename().string());
  }
  if (error) return Status(ErrorCode::kNotFound, folder + ": " + error.message());
  std::sort(names.begin(), names.end());
  auto has = [&](const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  auto path = [&](const std::string& name) { return (fs::path(folder) / name).string(); };
  // The production set when it is there, else PETRARCH's validation set.
  std::string verbs, agents, discards, issues;
  std::vector<std::string> actors;
  for (const std::string& n : names)
    if (n.find("Issue") != std::string::npos && n.size() > 4 &&
        n.compare(n.size() - 4, 4, ".txt") == 0)
      issues = path(n);
  if (has("CAMEO.2.0.txt")) {
    verbs = path("CAMEO.2.0.txt");
    for (const std::string& n : names)
      if (n.rfind("Phoenix.", 0) == 0 && n.find(".actors.txt") != std::string::npos)
        actors.push_back(path(n));
    if (has("Phoenix.agents.txt")) agents = path("Phoenix.agents.txt");
    if (has("Phoenix.discards.txt")) discards = path("Phoenix.discards.txt");
  } else {
    for (const std::string& n : names) {
      if (n.find(".verbs.txt") != std::string::npos && verbs.empty())
        verbs = path(n);
      else if (n.find(".actors.txt") != std::string::npos)
        actors.push_back(path(n));
      else if (n.find("agents") != std::string::npos && agents.empty())
        agents = path(n);
      else if (n.find("discards") != std::string::npos && discards.empty())
        discards = path(n);
    }
  }
  if (verbs.empty() || actors.empty())
    return Status(ErrorCode::kDictionary,
                  folder + ": no PETRARCH verbs and actors dictionaries found");
  return read_petrarch_files(verbs, actors, agents, discards, issues);
}

}  // namespace herodotus::dict
