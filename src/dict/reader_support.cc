#include "dict/reader_support.h"

#include <cctype>

#include "dict/phrase_syntax.h"
#include "dict/text_lines.h"

namespace herodotus::dict {

Status dictionary_error(std::string message) {
  return Status(ErrorCode::kDictionary, std::move(message));
}

namespace {
Status bad(std::string message) {
  return dictionary_error(std::move(message));
}
}  // namespace

FileContext::FileContext(const std::string& path, LoadedDictionaries& out,
                         DuplicatePolicy duplicates)
    : out_(out), duplicates_(duplicates) {
  file_ = static_cast<uint32_t>(out.dictionary.files.size());
  out.dictionary.files.push_back(path);
}

void FileContext::warn(size_t line, const std::string& message) {
  out_.warnings.push_back(out_.dictionary.files[file_] + ":" + std::to_string(line) + ": " +
                          message);
}

std::pair<uint32_t, bool> FileContext::add_root(Phrase phrase, RootKind kind, uint32_t entry,
                                                std::string text, size_t line) {
  // An actor and an agent (or a verb) may share a phrase: the kind is part of the key.
  std::string key(1, static_cast<char>('A' + static_cast<int>(kind)));
  for (const PhraseWord& w : phrase) {
    key += w.text;
    key += static_cast<char>('0' + static_cast<int>(w.match));
    key += w.adjacent ? '_' : ' ';
  }
  Root root;
  root.length = phrase_length(phrase);
  root.phrase = std::move(phrase);
  root.kind = kind;
  root.entry = entry;
  root.text = std::move(text);
  root.source = at(line);
  auto [it, inserted] =
      out_.seen_roots.emplace(key, static_cast<uint32_t>(out_.dictionary.roots.size()));
  if (!inserted) {
    ++out_.duplicates;
    if (duplicates_ == DuplicatePolicy::kKeepLast)
      out_.dictionary.roots[it->second] = std::move(root);
    return {it->second, false};
  }
  out_.dictionary.roots.push_back(std::move(root));
  return {it->second, true};
}

void ActorGroupReader::start(std::string_view body, size_t line) {
  finish();
  size_t open = body.find('[');
  open_ = true;
  line_ = line;
  phrases_.emplace_back(std::string(trim(body.substr(0, open))), line);
  if (open == std::string_view::npos) return;
  if (Status s = parse_code_blocks(body.substr(open), ctx_.dictionary().codes, codes_); !s.ok()) {
    ctx_.warn(line, s.message());
    open_ = false;
    phrases_.clear();
    codes_.clear();
  }
}

void ActorGroupReader::add_codes(std::string_view body, size_t line) {
  if (!open_) {
    ctx_.warn(line, "code line without an actor");
    return;
  }
  if (Status s = parse_code_blocks(body, ctx_.dictionary().codes, codes_); !s.ok())
    ctx_.warn(line, s.message());
}

void ActorGroupReader::add_synonym(std::string_view body, size_t line) {
  if (!open_) {
    ctx_.warn(line, "synonym without an actor");
    return;
  }
  phrases_.emplace_back(std::string(trim(body.substr(1))), line);
}

void ActorGroupReader::finish() {
  if (!open_) return;
  open_ = false;
  std::vector<std::pair<std::string, size_t>> phrases = std::move(phrases_);
  std::vector<DatedCode> codes = std::move(codes_);
  phrases_.clear();
  codes_.clear();
  if (codes.empty() && uncoded_ == Uncoded::kSkipWithWarning) {
    ctx_.warn(line_, "actor '" + phrases.front().first + "' has no code");
    return;
  }
  std::string problem;
  ActorEntry entry;
  entry.codes = order_codes(std::move(codes), problem);
  if (entry.codes.empty()) {
    DatedCode null_code;
    null_code.codes.push_back(kNullCode);
    entry.codes.push_back(null_code);
  }
  if (!problem.empty()) ctx_.warn(line_, problem);
  entry.source = ctx_.at(line_);
  Dictionary& d = ctx_.dictionary();
  auto index = static_cast<uint32_t>(d.actors.size());
  entry.first_phrase = static_cast<uint32_t>(d.roots.size());
  d.actors.push_back(std::move(entry));
  for (auto& [text, phrase_line] : phrases) {
    auto phrase = parse_(text);
    if (!phrase.ok()) {
      ctx_.warn(phrase_line, phrase.status().message());
      continue;
    }
    ctx_.add_root(std::move(phrase).value(), RootKind::kActor, index, text, phrase_line);
  }
}

bool has_brackets(FileContext& ctx, size_t line, size_t open, size_t close,
                  const std::string& no_open) {
  if (open == std::string_view::npos) {
    ctx.warn(line, no_open);
    return false;
  }
  if (close == std::string_view::npos || close < open) {
    ctx.warn(line, "missing right bracket ]");
    return false;
  }
  return true;
}

std::optional<AgentCode> parse_agent_code(FileContext& ctx, size_t line, std::string_view code) {
  bool prefix = !code.empty() && code.back() == '~';
  bool suffix = !code.empty() && code.front() == '~';
  if (prefix == suffix) {
    ctx.warn(line, "agent code [" + std::string(code) + "] needs a ~ at its start or its end");
    return std::nullopt;
  }
  std::string bare(trim(prefix ? code.substr(0, code.size() - 1) : code.substr(1)));
  if (bare.empty()) {
    ctx.warn(line, "empty agent code");
    return std::nullopt;
  }
  return AgentCode{std::move(bare), prefix};
}

// Parses the inside of one actor code block: "ISR", "HOB < 950601", "HOBGOV 950601 - 990815",
// "UAE >920101", "ELR/GAL", "---".
Result<DatedCode> parse_code_block(std::string_view inside, CodeTable& codes) {
  inside = trim(inside);
  if (inside.empty()) return bad("empty code block []");
  size_t end = 0;
  while (end < inside.size() && !std::isspace(static_cast<unsigned char>(inside[end])) &&
         inside[end] != '<' && inside[end] != '>')
    ++end;
  std::string_view code_text = inside.substr(0, end);
  std::string date_text;
  for (char c : inside.substr(end))
    if (!std::isspace(static_cast<unsigned char>(c))) date_text += c;
  if (code_text.empty() || std::isdigit(static_cast<unsigned char>(code_text[0])))
    return bad("no code in [" + std::string(inside) + "]");
  DatedCode dated;
  if (code_text == "---" || code_text == "###" || code_text == "+++") {
    dated.codes.push_back(code_text == "---"   ? kNullCode
                          : code_text == "###" ? kDiscardCode
                                               : kComplexCode);
  } else {
    for (std::string_view one : split_at(code_text, '/')) {
      if (one.empty()) return bad("empty code in [" + std::string(inside) + "]");
      for (char c : one) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '~')
          return bad("bad character '" + std::string(1, c) + "' in code [" + std::string(inside) +
                     "]");
      }
      dated.codes.push_back(codes.intern(dictionary_upper(one)));
    }
  }
  if (date_text.empty()) return dated;
  dated.restricted = true;
  auto bad_date = [&] { return bad("bad date restriction in [" + std::string(inside) + "]"); };
  if (date_text[0] == '<' || date_text[0] == '>') {
    int32_t date = parse_dictionary_date(date_text.substr(1));
    if (date < 0) return bad_date();
    if (date_text[0] == '<')
      dated.to = date;
    else
      dated.from = date;
    return dated;
  }
  auto dash = date_text.find('-');
  if (dash == std::string::npos) return bad_date();
  int32_t from = parse_dictionary_date(date_text.substr(0, dash));
  int32_t to = parse_dictionary_date(date_text.substr(dash + 1));
  if (from < 0 || to < 0 || to < from) return bad_date();
  dated.from = from;
  dated.to = to;
  return dated;
}

// Reads every [..] block of `text` (the part of a line after its phrase).
Status parse_code_blocks(std::string_view text, CodeTable& codes, std::vector<DatedCode>& out) {
  size_t at = 0;
  while (true) {
    size_t open = text.find('[', at);
    if (open == std::string_view::npos) {
      if (text.find(']', at) != std::string_view::npos) return bad("missing left bracket [");
      if (!trim(text.substr(at)).empty())
        return bad("text after the codes: '" + std::string(trim(text.substr(at))) + "'");
      return Status();
    }
    if (!trim(text.substr(at, open - at)).empty())
      return bad("text between codes: '" + std::string(trim(text.substr(at, open - at))) + "'");
    size_t close = text.find(']', open);
    if (close == std::string_view::npos) return bad("missing right bracket ]");
    auto dated = parse_code_block(text.substr(open + 1, close - open - 1), codes);
    if (!dated.ok()) return dated.status();
    out.push_back(std::move(dated).value());
    at = close + 1;
  }
}

// Orders an actor's codes as TABARI uses them: restricted ones first, in file order, then the
// default; a lone restriction gets a null default (manual 6.5.2).
std::vector<DatedCode> order_codes(std::vector<DatedCode> codes, std::string& problem) {
  std::vector<DatedCode> restricted, defaults;
  for (DatedCode& c : codes) (c.restricted ? restricted : defaults).push_back(std::move(c));
  if (defaults.size() > 1)
    problem = "more than one code without a date restriction; the first is used";
  if (!defaults.empty()) {
    restricted.push_back(std::move(defaults.front()));
  } else if (!restricted.empty()) {
    DatedCode null_default;
    null_default.codes.push_back(kNullCode);
    restricted.push_back(std::move(null_default));
  }
  return restricted;
}

}  // namespace herodotus::dict
