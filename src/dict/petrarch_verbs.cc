// PETRARCH's verbs file: "--- GRANT [070] ---" blocks of verb lines ("GIVE {GAVE GIVEN}") and the
// patterns that follow them ("- * FUNDS [071]"), in PETRARCH-1's syntax and PETRARCH-2's, and
// synsets ("&CURRENCY" with "+DOLLAR" members).
#include <algorithm>
#include <cctype>
#include <optional>

#include "dict/petrarch_reader.h"
#include "dict/petrarch_syntax.h"
#include "dict/phrase_syntax.h"
#include "dict/text_lines.h"

namespace herodotus::dict {
namespace {

// PETRARCH-2 heads "(PREP {MODIFIER HEAD})" as plain words on a flat word sequence; "X_ " is
// "X " in PETRARCH-1.
std::string flat_pattern_text(const std::string& text) {
  std::string flat;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '(' || c == ')' || c == '{' || c == '}') {
      flat += ' ';
      continue;
    }
    if (c == '_' && (i + 1 == text.size() || std::isspace(static_cast<unsigned char>(text[i + 1]))))
      continue;
    flat += c;
  }
  return flat;
}

// Takes "{IRREGULAR FORMS}" out of a verb line, returning what was inside.
std::optional<std::string> take_listed_forms(std::string& line_text) {
  size_t b = line_text.find('{');
  if (b == std::string::npos) return std::nullopt;
  size_t e = line_text.find('}', b);
  std::string listed =
      line_text.substr(b + 1, e == std::string::npos ? std::string::npos : e - b - 1);
  line_text.erase(b, e == std::string::npos ? std::string::npos : e - b + 1);
  return listed;
}

// The forms of a verb line: the verb and the forms it lists, else its regular forms (of its '+'
// word when it has several).
std::vector<std::string> verb_line_forms(const std::string& form,
                                         const std::optional<std::string>& listed) {
  if (listed) {
    std::vector<std::string> forms{form};
    for (std::string_view item : split_words(*listed)) forms.push_back(plain_upper(item));
    return forms;
  }
  size_t plus = form.find('+');
  if (plus == std::string::npos) return regular_verb_forms(form);
  // Regular forms of a multi-word verb change its '+' word only.
  std::vector<std::string> forms;
  size_t end = form.find('_', plus);
  std::string verb =
      form.substr(plus + 1, end == std::string::npos ? std::string::npos : end - plus - 1);
  for (const std::string& f : regular_verb_forms(verb))
    forms.push_back(form.substr(0, plus + 1) + f +
                    (end == std::string::npos ? "" : form.substr(end)));
  return forms;
}

class VerbsFile {
 public:
  explicit VerbsFile(FileContext& ctx) : ctx_(ctx), d_(ctx.dictionary()) {
    d_.dialect = Dialect::kPetrarch;
  }

  void read(std::string_view body, size_t line) {
    if (body.rfind("---", 0) == 0) {
      start_block(body, line);
    } else if (body[0] == '&') {
      start_synset(body, line);
    } else if (body[0] == '+' && synset_) {
      add_synset_member(body, line);
    } else {
      synset_.reset();
      if (body[0] == '~') return;  // PETRARCH-2 transformations: not used by this coder
      if (body[0] == '-')
        add_pattern(body, line);
      else
        add_verb(body, line);
    }
  }

  void finish() { close_block(); }

 private:
  // The block's patterns go to each of its verbs.
  void close_block() {
    for (uint32_t entry : block_entries_) d_.verbs[entry].patterns = block_patterns_;
    block_entries_.clear();
    block_patterns_.clear();
  }

  // The code in `text`'s brackets, or `otherwise` when it has none or a malformed one (warned).
  EventCodeSpec code_or(std::string_view text, const EventCodeSpec& otherwise, size_t line) {
    size_t open, close;
    std::string_view code = code_inside(text, open, close);
    if (code.empty()) return otherwise;
    auto spec = parse_event_code(code, d_.codes, false);
    if (spec.ok()) return *spec;
    ctx_.warn(line, spec.status().message());
    return otherwise;
  }

  // "--- GRANT [070] ---"
  void start_block(std::string_view body, size_t line) {
    close_block();
    synset_.reset();
    in_block_ = true;
    block_code_ = code_or(body, EventCodeSpec(), line);
  }

  // "&CURRENCY", or "&CURRENCY_" for members without plurals.
  void start_synset(std::string_view body, size_t line) {
    std::string name = plain_upper(trim(body.substr(1)));
    synset_plurals_ = name.empty() || name.back() != '_';
    while (!name.empty() && name.back() == '_') name.pop_back();
    if (name.empty()) {
      ctx_.warn(line, "synset without a name");
      synset_.reset();
      return;
    }
    if (auto it = d_.synset_index.find(name); it != d_.synset_index.end()) {
      synset_ = it->second;
    } else {
      synset_ = static_cast<uint32_t>(d_.synsets.size());
      d_.synset_index.emplace(name, *synset_);
      d_.synsets.push_back({name, {}, ctx_.at(line)});
    }
  }

  // "+DOLLAR": consecutive words matched whole, with a plural unless marked '_'.
  void add_synset_member(std::string_view body, size_t line) {
    std::string member(trim(body.substr(1)));
    bool plurals = synset_plurals_ && !member.empty() && member.back() != '_';
    auto phrase = petrarch_phrase(member);
    if (!phrase.ok()) {
      ctx_.warn(line, phrase.status().message());
      return;
    }
    add_synset_words(*phrase);
    if (plurals) {
      Phrase plural = *phrase;
      plural.back().text = regular_plural(plural.back().text);
      add_synset_words(plural);
    }
  }

  void add_synset_words(const Phrase& words) {
    std::vector<PatternElement> elements;
    for (size_t k = 0; k < words.size(); ++k) {
      PatternElement e;
      e.kind = PatternElement::Kind::kWord;
      e.word = words[k];
      e.word.adjacent = e.adjacent = k + 1 < words.size();
      elements.push_back(std::move(e));
    }
    d_.synsets[*synset_].members.push_back(std::move(elements));
  }

  // "- $ * FUNDS [071]": a pattern of the block's verbs.
  void add_pattern(std::string_view body, size_t line) {
    if (!in_block_ || block_entries_.empty()) {
      ctx_.warn(line, "pattern before any verb");
      return;
    }
    std::string_view rest = body.substr(1);
    size_t open = std::string_view::npos, close = std::string_view::npos;
    std::string_view code = code_inside(rest, open, close);
    if (!has_brackets(ctx_, line, open, close)) return;
    auto spec = parse_event_code(code, d_.codes, false);
    if (!spec.ok()) {
      ctx_.warn(line, spec.status().message());
      return;
    }
    std::string text(trim(rest.substr(0, open)));
    auto elements = parse_pattern_elements(flat_pattern_text(text), d_, true, false);
    if (!elements.ok()) {
      ctx_.warn(line, elements.status().message());
      return;
    }
    whole_words(*elements);
    Pattern pattern;
    if (Status s = build_pattern(std::move(elements).value(), d_, pattern); !s.ok()) {
      ctx_.warn(line, s.message());
      return;
    }
    pattern.code = *spec;
    pattern.text = text;
    pattern.source = ctx_.at(line);
    block_patterns_.push_back(std::move(pattern));
  }

  // A verb line: "FORM {IRREGULAR FORMS} [CODE]".
  void add_verb(std::string_view body, size_t line) {
    if (!in_block_) {
      ctx_.warn(line, "verb outside a --- block");
      return;
    }
    std::string line_text(body);
    std::optional<std::string> listed = take_listed_forms(line_text);
    size_t open = line_text.find('[');
    std::string form = plain_upper(trim(std::string_view(line_text).substr(0, open)));
    if (form.empty()) {
      ctx_.warn(line, "verb line without a verb");
      return;
    }
    // "LASH OUT" written with a space: PETRARCH-1 reads the first word only.
    if (auto space = form.find_first_of(" \t"); space != std::string::npos)
      form = form.substr(0, space);
    VerbEntry entry;
    entry.code = code_or(line_text, block_code_, line);
    entry.root_text = form;
    entry.source = ctx_.at(line);
    auto index = static_cast<uint32_t>(d_.verbs.size());
    d_.verbs.push_back(std::move(entry));
    block_entries_.push_back(index);
    for (const std::string& f : verb_line_forms(form, listed)) add_form(f, index, line);
  }

  void add_form(const std::string& form, uint32_t entry, size_t line) {
    if (form.find('_') != std::string::npos || form.find('+') != std::string::npos) {
      add_multiword_form(form, entry, line);
      return;
    }
    auto phrase = petrarch_phrase(form);
    if (!phrase.ok()) {
      ctx_.warn(line, phrase.status().message());
      return;
    }
    ctx_.add_root(std::move(phrase).value(), RootKind::kVerb, entry, form, line);
  }

  // A multi-word verb: "+CORDONED_OFF", "WIRE_+TAPPED".
  void add_multiword_form(const std::string& form, uint32_t entry, size_t line) {
    std::vector<std::string> words;
    for (std::string_view piece : split_at(form, '_'))
      if (!piece.empty()) words.emplace_back(piece);
    auto verb =
        std::find_if(words.begin(), words.end(), [](const std::string& w) { return w[0] == '+'; });
    if (verb == words.end()) {
      ctx_.warn(line, "multi-word verb '" + form + "' marks no word with +");
      return;
    }
    MultiWordVerb mw;
    mw.verb = plain_upper(verb->substr(1));
    for (auto it = std::make_reverse_iterator(verb); it != words.rend(); ++it)
      mw.before.push_back(plain_upper(*it));
    for (auto it = verb + 1; it != words.end(); ++it) mw.after.push_back(plain_upper(*it));
    mw.entry = entry;
    d_.multiword_verbs.push_back(std::move(mw));
  }

  FileContext& ctx_;
  Dictionary& d_;
  std::optional<uint32_t> synset_;  // the synset "+MEMBER" lines add to
  bool synset_plurals_ = true;
  bool in_block_ = false;
  EventCodeSpec block_code_;
  std::vector<uint32_t> block_entries_;  // the block's verbs
  std::vector<Pattern> block_patterns_;
};

}  // namespace

Status read_petrarch_verbs(const std::string& path, LoadedDictionaries& out) {
  return read_petrarch_file<VerbsFile>(path, out);
}

}  // namespace herodotus::dict
