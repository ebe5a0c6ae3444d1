#include "dict/herodotus_syntax.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/strings.h"
#include "dict/english_forms.h"
#include "dict/phrase_syntax.h"
#include "dict/text_lines.h"

namespace herodotus::dict {
namespace {

std::string without_comment(std::string_view line) {
  size_t hash = line.find('#');
  return std::string(hash == std::string_view::npos ? line : line.substr(0, hash));
}

// An indented line: "key value".
EntryText::Field field_of(std::string_view text, size_t line) {
  std::string_view body = trim(text);
  size_t space = body.find_first_of(" \t");
  return {std::string(body.substr(0, space)),
          space == std::string_view::npos ? std::string() : std::string(trim(body.substr(space))),
          line};
}

// A header line: "kind id [code]: phrases"; nothing (with a warning) when malformed.
std::optional<EntryText> header_of(const std::string& text, size_t line, FileContext& ctx) {
  EntryText entry;
  entry.line = line;
  // The colon after the header; a paired code ("[036:036]") holds one of its own.
  size_t bracket = text.find('[');
  size_t colon = text.find(':');
  if (bracket != std::string::npos && bracket < colon)
    colon = text.find(':', text.find(']', bracket));
  if (colon == std::string::npos) {
    ctx.warn(line, "an entry line needs 'kind id: phrases'");
    return std::nullopt;
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
      ctx.warn(line, "unbalanced [ in the code");
      return std::nullopt;
    }
    entry.code = std::string(trim(rest.substr(open + 1, close - open - 1)));
    rest = trim(rest.substr(0, open));
  }
  entry.id = std::string(rest);
  if (!valid_id(entry.id)) {
    ctx.warn(line, "missing or malformed id '" + entry.id + "'");
    return std::nullopt;
  }
  return entry;
}

}  // namespace

void split_entries(const DictionarySource& source, FileContext& ctx,
                   std::vector<std::pair<FileContext*, EntryText>>& entries) {
  std::vector<std::string> lines = split_lines(source.text);
  EntryText* current = nullptr;
  for (size_t n = 0; n < lines.size(); ++n) {
    const size_t line = n + 1;
    std::string text = without_comment(lines[n]);
    if (trim(text).empty()) continue;
    if (text.find('\0') != std::string::npos) {
      ctx.warn(line, "NUL byte in the line; the line is skipped");
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(text[0]))) {
      if (current == nullptr)
        ctx.warn(line, "an indented line outside any entry");
      else
        current->fields.push_back(field_of(text, line));
      continue;
    }
    std::optional<EntryText> entry = header_of(text, line, ctx);
    if (!entry) {
      current = nullptr;
      continue;
    }
    entries.emplace_back(&ctx, std::move(*entry));
    current = &entries.back().second;
  }
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
  for (std::string_view piece : split_at(text, ';')) {
    piece = trim(piece);
    if (!piece.empty()) out.push_back(collapse_spaces(piece));
  }
  return out;
}

Phrase consecutive_words(std::string_view text) {
  Phrase phrase;
  for (std::string_view written : split_words(text)) {
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

std::vector<std::string> with_plural(const std::string& phrase) {
  std::vector<std::string> out{phrase};
  size_t last = phrase.find_last_of(' ');
  std::string head = last == std::string::npos ? std::string() : phrase.substr(0, last + 1);
  std::string word = last == std::string::npos ? phrase : phrase.substr(last + 1);
  for (const std::string& plural : english_plurals(plain_upper(word))) out.push_back(head + plural);
  return out;
}

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

}  // namespace herodotus::dict
