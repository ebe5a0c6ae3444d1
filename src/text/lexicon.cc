#include "text/lexicon.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/strings.h"

namespace herodotus::embedded {
extern const std::string_view boilerplate;
extern const std::string_view abbreviations;
extern const std::string_view sentence_openers;
}  // namespace herodotus::embedded

namespace herodotus::text {
namespace {

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Calls `fn(line_number, line)` for each non-blank, non-comment line.
template <typename Fn>
Status for_each_line(std::string_view file, std::string_view name, Fn fn) {
  size_t line_number = 0;
  while (!file.empty()) {
    size_t nl = file.find('\n');
    std::string_view line = file.substr(0, nl);
    file.remove_prefix(nl == std::string_view::npos ? file.size() : nl + 1);
    ++line_number;
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    Status status = fn(line_number, line);
    if (!status.ok()) {
      return Status(status.code(), std::string(name) + ":" + std::to_string(line_number) + ": " +
                                       status.message());
    }
  }
  return Status();
}

Status bad(std::string message) {
  return Status(ErrorCode::kDictionary, std::move(message));
}

std::optional<RemovalReason> reason_named(std::string_view name) {
  if (name == "ad_marker") return RemovalReason::kAdMarker;
  if (name == "teaser") return RemovalReason::kTeaser;
  if (name == "prompt") return RemovalReason::kPrompt;
  if (name == "credit") return RemovalReason::kCredit;
  return std::nullopt;
}

// Splits on spaces and tabs.
template <typename Fn>
void for_each_word(std::string_view line, Fn fn) {
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) fn(line.substr(start, i - start));
  }
}

}  // namespace

void ascii_lower(std::string_view in, std::string& out) {
  out.resize(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    out[i] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  }
}

Result<Lexicon> Lexicon::parse(std::string_view boilerplate, std::string_view abbreviations,
                               std::string_view openers) {
  Lexicon lexicon;
  if (Status status = lexicon.parse_boilerplate(boilerplate); !status.ok()) return status;
  if (Status status = lexicon.parse_abbreviations(abbreviations); !status.ok()) return status;
  if (Status status = lexicon.parse_openers(openers); !status.ok()) return status;
  return lexicon;
}

// Boilerplate: sections "[reason mode N]" followed by entries.
Status Lexicon::parse_boilerplate(std::string_view file) {
  std::optional<LineRule> section;
  return for_each_line(file, "boilerplate.txt", [&](size_t, std::string_view line) {
    if (line.front() == '[') {
      auto rule = parse_section(line);
      if (!rule.ok()) return rule.status();
      section = *rule;
      return Status();
    }
    if (!section) return bad("entry before any section header");
    std::string entry;
    ascii_lower(line, entry);
    return add_line_entry(*section, std::move(entry));
  });
}

Result<Lexicon::LineRule> Lexicon::parse_section(std::string_view line) {
  if (line.back() != ']') return bad("section header without ']'");
  std::vector<std::string_view> parts;
  for_each_word(line.substr(1, line.size() - 2), [&](std::string_view w) { parts.push_back(w); });
  if (parts.size() < 2) return bad("section header needs a reason and a mode");
  auto reason = reason_named(parts[0]);
  if (!reason) return bad("unknown removal reason '" + std::string(parts[0]) + "'");
  LineRule rule{*reason, Mode::kExact, 0, false, {}};
  if (parts[1] == "exact") {
    if (parts.size() != 2) return bad("an exact section takes no word limit");
  } else if (parts[1] == "prefix" || parts[1] == "contains") {
    rule.mode = parts[1] == "prefix" ? Mode::kPrefix : Mode::kContains;
    if (parts.size() != 3) return bad("a prefix or contains section needs a word limit");
    rule.max_words = static_cast<uint32_t>(std::atoi(std::string(parts[2]).c_str()));
    if (rule.max_words == 0) return bad("word limit must be a positive number");
  } else {
    return bad("unknown match mode '" + std::string(parts[1]) + "'");
  }
  rule.takes_next_headline = rule.reason == RemovalReason::kTeaser && rule.mode == Mode::kExact;
  return rule;
}

Status Lexicon::add_line_entry(const LineRule& section, std::string entry) {
  if (section.mode == Mode::kExact) {
    auto [it, inserted] =
        exact_lines_.emplace(entry, LineVerdict{section.reason, section.takes_next_headline});
    if (!inserted) return bad("duplicate entry '" + entry + "'");
    uint32_t words = 1;
    for (char c : entry) words += (c == ' ');
    max_exact_words_ = std::max(max_exact_words_, words);
    return Status();
  }
  LineRule rule = section;
  rule.entry = std::move(entry);
  auto index = static_cast<uint16_t>(partial_rules_.size());
  if (rule.mode == Mode::kPrefix)
    prefix_rules_by_byte_[static_cast<unsigned char>(rule.entry[0])].push_back(index);
  max_partial_words_ = std::max(max_partial_words_, rule.max_words);
  partial_rules_.push_back(std::move(rule));
  return Status();
}

Status Lexicon::parse_abbreviations(std::string_view file) {
  AbbreviationClass current = AbbreviationClass::kNone;
  return for_each_line(file, "abbreviations.txt", [&](size_t, std::string_view line) {
    if (line.front() == '[') {
      if (line == "[title]")
        current = AbbreviationClass::kTitle;
      else if (line == "[number]")
        current = AbbreviationClass::kNumber;
      else if (line == "[inner]")
        current = AbbreviationClass::kInner;
      else if (line == "[final]")
        current = AbbreviationClass::kFinal;
      else
        return bad("unknown section " + std::string(line));
      return Status();
    }
    if (current == AbbreviationClass::kNone) return bad("entry before any section header");
    Status word_status;
    for_each_word(line, [&](std::string_view word) {
      bool has_capital = false;
      for (char c : word) has_capital |= (c >= 'A' && c <= 'Z');
      auto& table = has_capital ? abbreviations_exact_case_ : abbreviations_any_case_;
      if (!table.emplace(std::string(word), current).second && word_status.ok()) {
        word_status = bad("duplicate abbreviation '" + std::string(word) + "'");
      }
    });
    return word_status;
  });
}

Status Lexicon::parse_openers(std::string_view file) {
  return for_each_line(file, "sentence_openers.txt", [&](size_t, std::string_view line) {
    for_each_word(line, [&](std::string_view word) {
      std::string lower;
      ascii_lower(word, lower);
      openers_.insert(std::move(lower));
    });
    return Status();
  });
}

const Lexicon& Lexicon::builtin() {
  static const Lexicon* lexicon = [] {
    auto parsed = parse(embedded::boilerplate, embedded::abbreviations, embedded::sentence_openers);
    if (!parsed.ok()) {
      // The embedded files are part of the build; a unit test parses them, so this is a build bug.
      std::fprintf(stderr, "herodotus: built-in lexicon is broken: %s\n",
                   parsed.status().to_string().c_str());
      std::abort();
    }
    return new Lexicon(std::move(parsed).value());
  }();
  return *lexicon;
}

std::optional<LineVerdict> Lexicon::classify_line(std::string_view key, uint32_t words) const {
  // Most lines of a story are longer than any entry: they cost one comparison.
  if (words <= max_exact_words_) {
    if (auto it = exact_lines_.find(key); it != exact_lines_.end()) return it->second;
  }
  if (words > max_partial_words_ || key.empty()) return std::nullopt;
  // Rules are tried in file order: the first match gives the reason.
  std::optional<uint16_t> best;
  for (uint16_t index : prefix_rules_by_byte_[static_cast<unsigned char>(key[0])]) {
    const LineRule& rule = partial_rules_[index];
    std::string_view entry = rule.entry;
    if (words > rule.max_words || key.size() < entry.size() ||
        key.compare(0, entry.size(), entry) != 0)
      continue;
    // Whole words only: "subscribe to" must not match "subscribers to".
    if (key.size() > entry.size() && is_word_char(entry.back()) && is_word_char(key[entry.size()]))
      continue;
    best = index;
    break;
  }
  for (uint16_t index = 0; index < partial_rules_.size(); ++index) {
    if (best && index >= *best) break;
    const LineRule& rule = partial_rules_[index];
    if (rule.mode != Mode::kContains || words > rule.max_words) continue;
    if (key.find(rule.entry) != std::string_view::npos) {
      best = index;
      break;
    }
  }
  if (best) return LineVerdict{partial_rules_[*best].reason, false};
  return std::nullopt;
}

AbbreviationClass Lexicon::abbreviation(std::string_view word) const {
  if (word.empty() || word.size() > 12) return AbbreviationClass::kNone;
  if (auto it = abbreviations_exact_case_.find(word); it != abbreviations_exact_case_.end())
    return it->second;
  char buffer[12];
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buffer[i] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  }
  if (auto it = abbreviations_any_case_.find(std::string_view(buffer, word.size()));
      it != abbreviations_any_case_.end())
    return it->second;
  return AbbreviationClass::kNone;
}

bool Lexicon::is_sentence_opener(std::string_view word) const {
  if (word.empty() || word.size() > 16) return false;
  char buffer[16];
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buffer[i] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  }
  return openers_.find(std::string_view(buffer, word.size())) != openers_.end();
}

bool contains_lower(const StringSet& set, std::string_view word) {
  char buffer[32];
  if (word.size() > sizeof buffer) return false;
  for (size_t i = 0; i < word.size(); ++i)
    buffer[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  return set.find(std::string_view(buffer, word.size())) != set.end();
}

}  // namespace herodotus::text
