#include "dict/phrase_syntax.h"

#include <algorithm>
#include <cctype>

namespace herodotus::dict {
namespace {

Status bad(std::string message) {
  return Status(ErrorCode::kDictionary, std::move(message));
}

// One piece of a phrase or pattern between connectors, with what joins it to the next piece.
struct Piece {
  std::string text;
  char connector = ' ';     // '_' or '~': the next piece must follow at once; ' ': it need not
  bool exact = false;       // written with a trailing or joining '_'
  bool no_endings = false;  // written with a trailing '='
};

bool is_token_char(char c) {
  return c == '*' || c == '$' || c == '+' || c == '%' || c == '^' || c == '@' || c == '{' ||
         c == '}' || c == '|';
}

bool is_space(char c) {
  return std::isspace(static_cast<unsigned char>(c)) != 0;
}

Result<std::vector<Piece>> split_pieces(std::string_view text) {
  std::vector<Piece> pieces;
  Piece current;
  auto flush = [&](char connector) {
    if (current.text.empty()) {
      // A connector with nothing before it joins the previous piece ("}_X", "*_POLICE").
      if (!pieces.empty() && connector != ' ') pieces.back().connector = connector;
      return;
    }
    current.connector = connector;
    pieces.push_back(std::move(current));
    current = Piece();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    char next = i + 1 < text.size() ? text[i + 1] : '\0';
    bool next_ends = next == '\0' || is_space(next) || next == '|' || next == '}';
    if (is_space(c)) {
      flush(' ');
    } else if (c == '_') {
      if (next_ends) {
        // A trailing underscore: the word matches exactly, the next word may come later.
        if (!current.text.empty())
          current.exact = true;
        else if (!pieces.empty())
          pieces.back().exact = true;
        flush(' ');
      } else {
        if (!current.text.empty())
          current.exact = true;
        else if (!pieces.empty())
          pieces.back().exact = true;
        flush('_');
      }
    } else if (c == '~') {
      // A stem that must be followed at once ("REAL~_PLEASANT", "BACK~POLICY").
      if (next == '_') ++i;
      flush(next_ends ? ' ' : '~');
    } else if (c == '=' && next_ends) {
      current.no_endings = true;
      current.exact = true;
      flush(' ');
    } else if (is_token_char(c) && current.text.empty()) {
      current.text = c;
      // A token touching the next piece is joined to it only by an explicit connector.
      if (next == '_' || next == '~') continue;
      flush(' ');
    } else {
      current.text += c;
    }
  }
  flush(' ');
  return pieces;
}

PatternElement element_for(const Piece& piece) {
  PatternElement e;
  e.adjacent = piece.connector == '_' || piece.connector == '~';
  switch (piece.text.size() == 1 ? piece.text[0] : '\0') {
    case '*':
      e.kind = PatternElement::Kind::kVerb;
      return e;
    case '$':
      e.kind = PatternElement::Kind::kSource;
      return e;
    case '+':
      e.kind = PatternElement::Kind::kTarget;
      return e;
    case '%':
      e.kind = PatternElement::Kind::kCompound;
      return e;
    case '^':
      e.kind = PatternElement::Kind::kSkip;
      return e;
    case '@':
      e.kind = PatternElement::Kind::kAttribution;
      return e;
    default:
      break;
  }
  e.kind = PatternElement::Kind::kWord;
  e.word.text = piece.text;
  e.word.adjacent = e.adjacent;
  if (piece.no_endings)
    e.word.match = WordMatch::kExactNoEndings;
  else if (piece.exact && piece.connector != '~')
    e.word.match = WordMatch::kExact;
  else
    e.word.match = WordMatch::kStem;
  return e;
}

class ElementParser {
 public:
  ElementParser(const std::vector<Piece>& pieces, const Dictionary& dictionary)
      : pieces_(pieces), dictionary_(dictionary) {}

  // Parses elements until '|' or '}' (inside alternatives) or the end.
  Result<std::vector<PatternElement>> sequence(bool in_alternatives) {
    std::vector<PatternElement> out;
    while (at_ < pieces_.size()) {
      const Piece& piece = pieces_[at_];
      if (piece.text == "|" || piece.text == "}") {
        if (!in_alternatives) return bad("'" + piece.text + "' outside { }");
        return out;
      }
      ++at_;
      if (piece.text == "{") {
        PatternElement alternatives;
        alternatives.kind = PatternElement::Kind::kAlternatives;
        while (true) {
          auto option = sequence(true);
          if (!option.ok()) return option.status();
          if (option->empty()) return bad("empty alternative in { }");
          alternatives.alternatives.push_back(std::move(option).value());
          if (at_ >= pieces_.size()) return bad("'{' without a closing '}'");
          const Piece& closer = pieces_[at_++];
          if (closer.text == "}") {
            alternatives.adjacent = closer.connector == '_' || closer.connector == '~';
            break;
          }
        }
        out.push_back(std::move(alternatives));
        continue;
      }
      if (piece.text[0] == '&') {
        std::string name = piece.text.substr(1);
        auto it = dictionary_.synset_index.find(name);
        if (it == dictionary_.synset_index.end()) return bad("unknown synset &" + name);
        PatternElement e;
        e.kind = PatternElement::Kind::kSynset;
        e.synset = it->second;
        e.adjacent = piece.connector == '_' || piece.connector == '~';
        out.push_back(std::move(e));
        continue;
      }
      out.push_back(element_for(piece));
    }
    if (in_alternatives) return bad("'{' without a closing '}'");
    return out;
  }

 private:
  const std::vector<Piece>& pieces_;
  const Dictionary& dictionary_;
  size_t at_ = 0;
};

bool contains_choice(const std::vector<PatternElement>& elements) {
  return std::any_of(elements.begin(), elements.end(), [](const PatternElement& e) {
    return e.kind == PatternElement::Kind::kAlternatives || e.kind == PatternElement::Kind::kSynset;
  });
}

uint32_t alnum_length(std::string_view text) {
  uint32_t n = 0;
  for (char c : text) n += std::isalnum(static_cast<unsigned char>(c)) ? 1 : 0;
  return n;
}

}  // namespace

std::string dictionary_upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '-')
      c = '_';
    else
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string plain_upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

uint32_t phrase_length(const Phrase& phrase) {
  uint32_t n = 0;
  for (const PhraseWord& w : phrase) n += alnum_length(w.text);
  return n;
}

Result<Phrase> parse_phrase(std::string_view text) {
  std::string upper = dictionary_upper(text);
  auto pieces = split_pieces(upper);
  if (!pieces.ok()) return pieces.status();
  Phrase phrase;
  for (const Piece& piece : *pieces) {
    if (piece.text.size() == 1 && is_token_char(piece.text[0]))
      return bad("'" + piece.text + "' is not allowed in a phrase");
    PatternElement e = element_for(piece);
    phrase.push_back(e.word);
  }
  if (phrase.empty()) return bad("empty phrase");
  phrase.back().adjacent = false;
  return phrase;
}

Result<std::vector<PatternElement>> parse_pattern_elements(std::string_view text,
                                                           const Dictionary& dictionary,
                                                           bool require_verb,
                                                           bool hyphens_are_underscores) {
  std::string upper = hyphens_are_underscores ? dictionary_upper(text) : plain_upper(text);
  auto pieces = split_pieces(upper);
  if (!pieces.ok()) return pieces.status();
  ElementParser parser(*pieces, dictionary);
  auto elements = parser.sequence(false);
  if (!elements.ok()) return elements.status();
  if (elements->empty()) return bad("empty pattern");
  size_t verbs = std::count_if(elements->begin(), elements->end(), [](const PatternElement& e) {
    return e.kind == PatternElement::Kind::kVerb;
  });
  if (require_verb && verbs == 0) return bad("pattern has no verb marker '*'");
  if (verbs > 1) return bad("pattern has more than one '*'");
  if (!require_verb && verbs > 0) return bad("'*' is not allowed here");
  return elements;
}

uint32_t elements_length(const std::vector<PatternElement>& elements,
                         const Dictionary& dictionary) {
  uint32_t n = 0;
  for (const PatternElement& e : elements) {
    switch (e.kind) {
      case PatternElement::Kind::kWord:
        n += alnum_length(e.word.text);
        break;
      case PatternElement::Kind::kAlternatives: {
        uint32_t longest = 0;
        for (const auto& option : e.alternatives)
          longest = std::max(longest, elements_length(option, dictionary));
        n += longest;
        break;
      }
      case PatternElement::Kind::kSynset:
        // A synset counts nothing toward a pattern's length: "* DOLLAR" is tried before
        // "* &CURRENCY" (validation SYNSET-07).
        break;
      default:
        break;
    }
  }
  return n;
}

Status build_pattern(std::vector<PatternElement> elements, const Dictionary& dictionary,
                     Pattern& pattern) {
  auto verb = std::find_if(elements.begin(), elements.end(), [](const PatternElement& e) {
    return e.kind == PatternElement::Kind::kVerb;
  });
  if (verb == elements.end()) return bad("pattern has no verb marker '*'");
  pattern.lower_adjacent = verb->adjacent;
  pattern.upper.assign(std::make_move_iterator(elements.begin()), std::make_move_iterator(verb));
  pattern.lower.assign(std::make_move_iterator(verb + 1), std::make_move_iterator(elements.end()));
  pattern.upper_adjacent = !pattern.upper.empty() && pattern.upper.back().adjacent;
  pattern.length =
      elements_length(pattern.upper, dictionary) + elements_length(pattern.lower, dictionary);
  pattern.has_alternatives = contains_choice(pattern.upper) || contains_choice(pattern.lower);
  return Status();
}

}  // namespace herodotus::dict
