#include "quote/quote_finder.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <string>
#include <vector>

#include "text/lexicon.h"
#include "text/word_lists.h"

namespace herodotus::embedded {
extern const std::string_view reporting;
}

namespace herodotus::quote {
namespace {

constexpr uint32_t kNoToken = std::numeric_limits<uint32_t>::max();
// How far a speaker's phrase may reach from its cue, in tokens: "Republican presidential
// candidate and former Florida Governor Jeb Bush" is ten.
constexpr uint32_t kMaxSpeakerTokens = 10;
// A quotation with no cue is speech when it has at least this many words...
constexpr uint32_t kMinUncuedWords = 6;
// ...or opens its sentence, ends it and has at least this many.
constexpr uint32_t kMinUncuedSentenceWords = 3;

// data/lexicon/reporting.txt.
struct ReportingWords {
  text::StringSet cue_verbs, between, name_stops, clause_openers, title_cues, speaker_pronouns,
      determiners;
  text::StringSet cue_phrase_first;  // "according" (of "according to")
  text::StringSet cue_phrase_second;

  ReportingWords() {
    text::WordSets sets = text::lower_case_word_sets(embedded::reporting);
    cue_verbs = std::move(sets["[cue verbs]"]);
    between = std::move(sets["[between]"]);
    name_stops = std::move(sets["[name stops]"]);
    clause_openers = std::move(sets["[clause openers]"]);
    title_cues = std::move(sets["[title cues]"]);
    speaker_pronouns = std::move(sets["[speaker pronouns]"]);
    determiners = std::move(sets["[determiners]"]);
    for (const std::string& phrase : sets["[cue phrases]"]) {  // "according_to"
      size_t join = phrase.find('_');
      cue_phrase_first.insert(phrase.substr(0, join));
      if (join != std::string::npos) cue_phrase_second.insert(phrase.substr(join + 1));
    }
  }
};

const ReportingWords& reporting_words() {
  static const ReportingWords* words = new ReportingWords();
  return *words;
}

// Which kind of quotation mark a token is, and which way it faces.
enum class MarkKind : uint8_t { kNone, kDouble, kSingle };
struct Mark {
  MarkKind kind = MarkKind::kNone;
  bool opens = false;
  bool certain = false;  // curly marks and guillemets face one way; straight ones are read
};

// A stretch between paired quotation marks, within one paragraph.
struct Piece {
  uint32_t open = kNoToken;     // the opening mark
  uint32_t close = kNoToken;    // the closing mark; kNoToken when the paragraph ends first
  uint32_t first = 0, end = 0;  // the quoted tokens
  uint32_t paragraph = 0;
  bool continued = false;  // opens a paragraph after one that left the quotation open
};

// A speaker's mention and the cue that links it to a quotation.
struct Speaker {
  uint32_t first = 0, end = 0;
  uint32_t cue_first = 0, cue_end = 0;
  bool found() const { return end > first; }
};

class Finder {
 public:
  explicit Finder(Document& doc)
      : doc_(doc),
        text_(doc.text()),
        tokens_(doc.tokens()),
        sentences_(doc.sentences()),
        words_(reporting_words()) {}

  void run() {
    pair_marks();
    in_quote_.assign(tokens_.size(), 0);
    for (const Piece& p : pieces_)
      for (uint32_t t = p.open; t < (p.close == kNoToken ? p.end : p.close + 1); ++t)
        in_quote_[t] = 1;
    speakers_.assign(pieces_.size(), Speaker{});
    for (size_t i = 0; i < pieces_.size(); ++i) attribute(i);
  }

 private:
  // ---- Tokens ---------------------------------------------------------------------------------

  std::string_view word(uint32_t t) const { return doc_.text_of(tokens_[t].span); }
  bool is_word(uint32_t t) const {
    return tokens_[t].kind == TokenKind::kWord || tokens_[t].kind == TokenKind::kNumber;
  }
  bool is(uint32_t t, std::string_view w) const { return word(t) == w; }
  // Whether token t, in lower case, is in `set`; without allocating.
  bool listed(const text::StringSet& set, uint32_t t) const {
    return text::contains_lower(set, word(t));
  }
  bool lower_case(uint32_t t) const { return !tokens_[t].has(kCapitalised); }
  bool is_cue_verb(uint32_t t) const { return is_word(t) && listed(words_.cue_verbs, t); }
  // "according to" at t.
  bool is_cue_phrase(uint32_t t, uint32_t end) const {
    return t + 1 < end && listed(words_.cue_phrase_first, t) &&
           listed(words_.cue_phrase_second, t + 1);
  }

  const Sentence& sentence(uint32_t index) const { return sentences_[index]; }
  uint32_t sentence_of(uint32_t token) const {
    auto it = std::upper_bound(sentences_.begin(), sentences_.end(), token,
                               [](uint32_t t, const Sentence& s) { return t < s.first_token; });
    return static_cast<uint32_t>(it - sentences_.begin()) - 1;
  }

  Mark mark_of(uint32_t t) const {
    const Token& token = tokens_[t];
    if (token.kind != TokenKind::kQuote) return {};
    std::string_view original = doc_.to_original(token.span).of(doc_.original());
    bool opens = token.has(kOpensQuote);
    // A curly mark faces its way unless the spacing plainly says otherwise ('unusual,“ said').
    bool glued_before = !token.has(kSpaceBefore), glued_after = !token.has(kSpaceAfter);
    bool certain = glued_before == glued_after;
    if (original == "\u201C" || original == "\u201E" || original == "\u00AB")
      return {MarkKind::kDouble, certain || opens, certain};
    if (original == "\u201D" || original == "\u00BB")
      return {MarkKind::kDouble, !certain && opens, certain};
    if (original == "\u2018" || original == "\u2039")
      return {MarkKind::kSingle, certain || opens, certain};
    if (original == "\u2019" || original == "\u203A")
      return {MarkKind::kSingle, !certain && opens, certain};
    if (word(t) == "'") return {MarkKind::kSingle, opens, false};
    return {MarkKind::kDouble, opens, false};
  }

  // ---- Pairing ------------------------------------------------------------------------------

  void add_piece(uint32_t open, uint32_t close, uint32_t end, uint32_t paragraph, bool continued) {
    Piece p;
    p.open = open;
    p.close = close;
    p.first = open + 1;
    p.end = close == kNoToken ? end : close;
    p.paragraph = paragraph;
    p.continued = continued;
    bool has_word = false;
    for (uint32_t t = p.first; t < p.end && !has_word; ++t) has_word = is_word(t);
    if (has_word) pieces_.push_back(p);
  }

  void pair_marks() {
    const auto& paragraphs = doc_.paragraphs();
    bool left_open = false;  // the paragraph before ended inside a double quotation
    for (uint32_t pi = 0; pi < paragraphs.size(); ++pi) {
      const Paragraph& paragraph = paragraphs[pi];
      if (paragraph.first_sentence >= paragraph.end_sentence) {
        left_open = false;
        continue;
      }
      uint32_t begin = sentence(paragraph.first_sentence).first_token;
      uint32_t end = sentence(paragraph.end_sentence - 1).end_token;
      if (begin >= end) continue;
      Mark first = mark_of(begin);
      bool continued = left_open && first.kind == MarkKind::kDouble && first.opens;
      left_open = false;
      uint32_t open_double = kNoToken, open_single = kNoToken;
      for (uint32_t t = begin; t < end; ++t) {
        Mark m = mark_of(t);
        if (m.kind == MarkKind::kDouble) {
          open_single = kNoToken;  // a single mark left open was an apostrophe
          if (open_double == kNoToken) {
            if (m.opens) open_double = t;  // a closing mark with nothing open is a stray
          } else if (m.opens && m.certain) {
            // Two opening marks: the first quotation was never closed.
            add_piece(open_double, kNoToken, t, pi, continued && open_double == begin);
            open_double = t;
          } else {
            add_piece(open_double, t, t, pi, continued && open_double == begin);
            open_double = kNoToken;
          }
        } else if (m.kind == MarkKind::kSingle && open_double == kNoToken) {
          // Single marks inside double ones are a quotation within the quotation.
          if (open_single == kNoToken || m.opens) {
            if (m.opens) open_single = t;
          } else {
            add_piece(open_single, t, t, pi, false);
            open_single = kNoToken;
          }
        }
      }
      if (open_double != kNoToken) {
        add_piece(open_double, kNoToken, end, pi, continued && open_double == begin);
        left_open = true;
      }
    }
  }

  // ---- Speakers -----------------------------------------------------------------------------

  // A bracket group ending at token t ("Cruz (R-Texas) said"): the token before its "(", or t
  // itself when t is not a closing bracket.
  uint32_t skip_bracket_back(uint32_t t, uint32_t floor) const {
    if (!is(t, ")")) return t;
    for (uint32_t k = t; k > floor; --k)
      if (is(k - 1, "(")) return k - 1;
    return t;
  }

  // The start of the run of name words that ends at `end` (a bracket group inside it kept:
  // "Cruz (R-Texas)"); `end` itself when there is none.
  uint32_t name_run_start(uint32_t end, uint32_t floor) const {
    uint32_t k = end, count = 0;
    while (k > floor && count < kMaxSpeakerTokens) {
      uint32_t t = k - 1;
      if (in_quote_[t]) break;
      if (is(t, ")")) {
        uint32_t open = skip_bracket_back(t, floor);
        if (open == t || open == floor) break;
        k = open;
        continue;
      }
      if (!is_word(t)) break;
      if (lower_case(t) && (listed(words_.clause_openers, t) || is_cue_verb(t))) break;
      --k;
      ++count;
    }
    return k;
  }

  // The speaker's words right before a cue verb: 'Mr Lukashenko said', 'Smith has also told'.
  Speaker phrase_before(uint32_t verb, uint32_t sentence_index, int depth = 0) const {
    const Sentence& s = sentence(sentence_index);
    uint32_t k = verb;
    while (k > s.first_token && !in_quote_[k - 1] && listed(words_.between, k - 1)) --k;
    uint32_t end = k;
    uint32_t start = name_run_start(end, s.first_token);
    if (start < end) return {start, end, verb, verb + 1};
    if (end == s.first_token || !is(end - 1, ",") || depth > 1) return {};
    // A comma clause stands between the speaker and the cue. 'Col. Warren, a military
    // spokesman, said' and "Sanders's campaign manager, Jeff Weaver, said": the name before the
    // clause (or the clause itself); 'Ms Tsikhanouskaya, who visited Scotland, said': the name
    // before the relative clause; 'Cruz said, adding:' the speaker of the clause's cue.
    uint32_t clause_end = end - 1, clause_begin = clause_end;
    while (clause_begin > s.first_token && !in_quote_[clause_begin - 1] &&
           !is(clause_begin - 1, ","))
      --clause_begin;
    for (uint32_t v = clause_end; v-- > clause_begin;)
      if (is_cue_verb(v) && lower_case(v)) {
        Speaker inner = phrase_before(v, sentence_index, depth + 1);
        if (inner.found()) return {inner.first, inner.end, verb, verb + 1};
        break;
      }
    if (clause_begin > s.first_token && is(clause_begin - 1, ",")) {
      uint32_t name_end = clause_begin - 1;
      uint32_t name_start = name_run_start(name_end, s.first_token);
      if (name_start < name_end) return {name_start, name_end, verb, verb + 1};
    }
    bool relative = clause_begin < clause_end && lower_case(clause_begin) &&
                    listed(words_.clause_openers, clause_begin);
    if (clause_begin == s.first_token) {
      // The clause opens the sentence: 'Ms Tsikhanouskaya, who ..., said' has its subject
      // there; 'Hillary Clinton posted a comment, saying' too.
      Speaker subject = sentence_subject(sentence_index, clause_end);
      if (subject.found()) return {subject.first, subject.end, verb, verb + 1};
    }
    if (relative || clause_begin >= clause_end) return {};
    uint32_t last = std::min(clause_end, clause_begin + kMaxSpeakerTokens);
    return {clause_begin, last, verb, verb + 1};
  }

  // The words that open a sentence, up to a comma, a clause opener or a cue verb: the subject a
  // comma clause interrupts.
  Speaker sentence_subject(uint32_t sentence_index, uint32_t limit) const {
    const Sentence& s = sentence(sentence_index);
    uint32_t k = s.first_token;
    while (k < limit && !is_word(k) && !in_quote_[k]) ++k;
    uint32_t first = k;
    while (k < limit && k - first < kMaxSpeakerTokens && is_word(k) && !in_quote_[k] &&
           !(lower_case(k) && (listed(words_.clause_openers, k) || is_cue_verb(k))))
      ++k;
    if (k == first) return {};
    return {first, k, 0, 0};
  }

  // The speaker's words right after a cue: '..., said Mr Smith in a statement'.
  Speaker phrase_after(uint32_t from, uint32_t end, uint32_t cue_first, uint32_t cue_end) const {
    uint32_t k = from;
    while (k < end && k - from < kMaxSpeakerTokens && is_word(k) && !in_quote_[k]) {
      if (lower_case(k) && listed(words_.name_stops, k)) break;
      ++k;
    }
    if (k == from) return {};
    return {from, k, cue_first, cue_end};
  }

  // Whether a quotation's last word is followed by a comma, a dash, or a question or
  // exclamation mark: its attribution follows ('"...," he surmised', '"...?" Trump asked').
  bool ends_open(const Piece& p) const {
    if (p.end == 0 || p.end <= p.first) return false;
    uint32_t last = p.end - 1;
    return is(last, ",") || is(last, "?") || is(last, "!") || is(last, "-") || is(last, "--");
  }

  // The cue after a quotation's closing mark: '"...," X said', '"...," said X', '"...," according
  // to X'; after a quotation that ends open, any verb ('"...," he surmised'); or the start of the
  // next sentence ('"...?" Trump asked reporters.' when the question mark ended the sentence).
  Speaker speaker_after(const Piece& p) const {
    if (p.close == kNoToken) return {};
    uint32_t si = sentence_of(p.close);
    uint32_t end = sentence(si).end_token;
    uint32_t k = p.close + 1;
    while (k < end && (is(k, ",") || is(k, "-") || is(k, "--"))) ++k;
    const bool open = ends_open(p);
    if (k >= end) {
      if (si + 1 >= sentences_.size()) return {};
      const Sentence& next = sentence(si + 1);
      // A sentence of the paragraph that follows may hold the cue: a short one ('He added.'),
      // or any after a quotation that ended open.
      if (next.paragraph != sentence(si).paragraph ||
          (!open && next.end_token - next.first_token > 8))
        return {};
      k = next.first_token;
      end = next.end_token;
    }
    if (is_cue_verb(k) && lower_case(k)) return phrase_after(k + 1, end, k, k + 1);
    if (is_cue_phrase(k, end)) return phrase_after(k + 2, end, k, k + 2);
    for (uint32_t j = k; j < end && j - k <= kMaxSpeakerTokens; ++j) {
      if (in_quote_[j]) return {};
      if (is(j, "(")) {
        while (j < end && !is(j, ")")) ++j;
        continue;
      }
      if (!is_word(j)) break;
      if (j > k && is_cue_verb(j) && lower_case(j)) {
        uint32_t last = j;
        while (last > k && listed(words_.between, last - 1)) --last;
        if (last == k) return {};
        return {k, last, j, j + 1};
      }
    }
    if (!open || k + 1 >= end || !is_word(k) || !is_word(k + 1)) return {};
    // No cue verb, but the quotation asks for an attribution: 'he surmised', 'Mr. Rubel
    // recalled', 'wrote the senator'.
    if (!lower_case(k) || listed(words_.speaker_pronouns, k)) {
      uint32_t j = k;
      while (j < end && j - k < kMaxSpeakerTokens && is_word(j) &&
             (!lower_case(j) || j == k || (tokens_[j - 1].has(kAbbreviation) && !lower_case(j))))
        ++j;
      if (j < end && j > k && is_word(j) && lower_case(j) && !listed(words_.name_stops, j))
        return {k, j, j, j + 1};
      return {};
    }
    if (listed(words_.name_stops, k)) return {};
    uint32_t name = k + 1;
    if (!lower_case(name) || listed(words_.determiners, name))
      return phrase_after(name, end, k, k + 1);
    return {};
  }

  // The cue before a quotation in its sentence: 'X said: "..."', 'X told Y "..."', 'X said the
  // plan was "a disaster"', 'According to X, "..."', or a headline's 'X: "..."'.
  Speaker speaker_before(const Piece& p) const {
    uint32_t si = sentence_of(p.open);
    const Sentence& s = sentence(si);
    for (uint32_t v = p.open; v-- > s.first_token;) {
      if (in_quote_[v]) break;
      if (is_cue_phrase(v, p.open)) return phrase_after(v + 2, p.open, v, v + 2);
      if (!is_cue_verb(v) || !lower_case(v)) continue;
      Speaker before = phrase_before(v, si);
      if (before.found()) return before;
      // 'Ciolacu welcomed the deal and said it would "..."': the subject of the first verb.
      uint32_t k = v;
      while (k > s.first_token && listed(words_.between, k - 1)) --k;
      if (k > s.first_token && is(k - 1, "and")) {
        Speaker subject = sentence_subject(si, k - 1);
        if (subject.found()) return {subject.first, subject.end, v, v + 1};
      }
      // 'said Smith: "..."': a name after the cue.
      if (v + 1 < p.open && !lower_case(v + 1)) return phrase_after(v + 1, p.open, v, v + 1);
      return {};
    }
    // 'Trump: "I think she will"', '... - Mark Blumenthal and Jon Cohen: "..."': a name and a
    // colon.
    if (p.open > s.first_token + 1 && is(p.open - 1, ":")) {
      uint32_t colon = p.open - 1;
      uint32_t first = name_run_start(colon, s.first_token);
      if (first < colon && !lower_case(first)) return {first, colon, colon, colon + 1};
    }
    return {};
  }

  // A sentence that ends with its attribution: '..., a "joint regional group of forces" ...,
  // Belarusian president Aleksandr Lukashenko has announced.', '..., said a spokesman.'
  Speaker sentence_final_cue(const Piece& p) const {
    uint32_t si = sentence_of(p.open);
    const Sentence& s = sentence(si);
    uint32_t end = s.end_token;
    while (end > s.first_token && !is_word(end - 1)) {
      if (in_quote_[end - 1]) return {};
      --end;
    }
    uint32_t comma = end;
    while (comma > s.first_token && !is(comma - 1, ",")) {
      if (in_quote_[comma - 1] || !is_word(comma - 1)) return {};
      --comma;
    }
    if (comma == s.first_token || comma <= p.open || end - comma > kMaxSpeakerTokens + 2) return {};
    if (is_cue_verb(comma) && lower_case(comma))
      return phrase_after(comma + 1, end, comma, comma + 1);
    uint32_t verb = end - 1;
    if (!is_cue_verb(verb) || !lower_case(verb)) return {};
    uint32_t last = verb;
    while (last > comma && listed(words_.between, last - 1)) --last;
    if (last == comma) return {};
    return {comma, last, verb, verb + 1};
  }

  // 'He added:' closing the sentence before: the cue of the quotation that follows.
  Speaker speaker_of_colon_before(const Piece& p) const {
    uint32_t si = sentence_of(p.open);
    if (p.open != sentence(si).first_token || si == 0) return {};
    const Sentence& before = sentence(si - 1);
    if (before.end_token == before.first_token || !is(before.end_token - 1, ":")) return {};
    for (uint32_t v = before.end_token - 1; v-- > before.first_token;) {
      if (in_quote_[v]) break;
      if (is_cue_verb(v) && lower_case(v)) return phrase_before(v, si - 1);
    }
    return {};
  }

  bool title_before(const Piece& p) const {
    return p.open > 0 && !in_quote_[p.open - 1] && is_word(p.open - 1) &&
           listed(words_.title_cues, p.open - 1);
  }

  bool opens_sentence(const Piece& p) const {
    return p.open == sentence(sentence_of(p.open)).first_token;
  }

  // A short run of capitalised words with no sentence punctuation: a name or a title.
  bool looks_like_title(const Piece& p, uint32_t words) const {
    if (words > 8) return false;
    for (uint32_t t = p.first; t < p.end; ++t) {
      if (is(t, ".") || is(t, "?") || is(t, "!")) return false;
      if (is_word(t) && tokens_[t].kind == TokenKind::kWord && lower_case(t) && word(t).size() > 3)
        return false;
    }
    return true;
  }

  void attribute(size_t i) {
    const Piece& p = pieces_[i];
    uint32_t words = 0;
    bool ends_sentence = false;
    for (uint32_t t = p.first; t < p.end; ++t) {
      if (is_word(t)) ++words;
      ends_sentence = is(t, ".") || is(t, "?") || is(t, "!");
    }
    if (title_before(p)) return;
    bool at_start = opens_sentence(p);
    Speaker speaker = at_start ? speaker_after(p) : speaker_before(p);
    if (!speaker.found()) speaker = at_start ? speaker_before(p) : speaker_after(p);
    if (!speaker.found()) speaker = sentence_final_cue(p);
    bool cued = speaker.found();
    if (!cued) speaker = speaker_from_context(i, at_start);
    // A quotation with a speaker is speech, however short ('"And soon."' after the speaker's
    // first quotation); one without must be long, or a whole sentence.
    bool speech = speaker.found() || words >= kMinUncuedWords ||
                  (at_start && ends_sentence && words >= kMinUncuedSentenceWords);
    if (!cued && looks_like_title(p, words)) speech = false;
    if (!speech) return;
    speakers_[i] = speaker;
    emit(p, speaker, !at_start && !p.continued && !introduced(p));
  }

  // A quotation with no cue of its own: its paragraph's quotation before it, the paragraph it
  // runs on from, a cue ending the sentence before ('He added:'), or the quotation that closed
  // the paragraph before.
  Speaker speaker_from_context(size_t i, bool at_start) const {
    const Piece& p = pieces_[i];
    Speaker colon = speaker_of_colon_before(p);
    if (colon.found()) return colon;
    if (i == 0 || !at_start) return {};
    const Piece& prev = pieces_[i - 1];
    const Speaker& prev_speaker = speakers_[i - 1];
    if (!prev_speaker.found()) return {};
    Speaker inherited = prev_speaker;
    inherited.cue_first = inherited.cue_end = 0;
    if (p.continued || prev.paragraph == p.paragraph) return inherited;
    // The paragraph before ended with that quotation, and this one opens with a quotation.
    const Paragraph& before = doc_.paragraphs()[p.paragraph - 1];
    bool adjacent = prev.paragraph + 1 == p.paragraph && before.end_sentence > 0 &&
                    p.open == sentence(doc_.paragraphs()[p.paragraph].first_sentence).first_token;
    if (!adjacent) return {};
    uint32_t last = sentence(before.end_sentence - 1).end_token;
    uint32_t after_close = prev.close == kNoToken ? last : prev.close + 1;
    // '... end of quote." he said.' also closes a quotation paragraph.
    bool closes_paragraph = last - after_close <= 4;
    return closes_paragraph ? inherited : Speaker{};
  }

  // 'X said: "..."', 'X said, "..."', 'X said "..."': the quotation is the whole of what is
  // reported, as one that opens its sentence is.
  bool introduced(const Piece& p) const {
    if (p.open == 0) return true;
    uint32_t before = p.open - 1;
    return is(before, ":") || is(before, ",") || is(before, "-") ||
           (is_cue_verb(before) && lower_case(before));
  }

  void emit(const Piece& p, const Speaker& speaker, bool partial) {
    Quote q;
    q.partial = partial;
    q.first_token = p.first;
    q.end_token = p.end;
    // Trailing punctuation stays ("...another conflict."); marks of an inner quotation too.
    q.span = {tokens_[p.first].span.begin, tokens_[p.end - 1].span.end};
    q.sentence = sentence_of(p.first);
    if (speaker.found()) {
      q.speaker_first_token = speaker.first;
      q.speaker_end_token = speaker.end;
      q.speaker = {tokens_[speaker.first].span.begin, tokens_[speaker.end - 1].span.end};
      if (speaker.cue_end > speaker.cue_first)
        q.cue = {tokens_[speaker.cue_first].span.begin, tokens_[speaker.cue_end - 1].span.end};
      q.speaker_name = std::string(doc_.text_of(q.speaker));
    }
    doc_.mutable_quotes().push_back(std::move(q));
  }

  Document& doc_;
  std::string_view text_;
  const std::vector<Token>& tokens_;
  const std::vector<Sentence>& sentences_;
  const ReportingWords& words_;
  std::vector<Piece> pieces_;
  std::vector<Speaker> speakers_;
  std::vector<uint8_t> in_quote_;  // per token: inside a quotation or one of its marks
};

}  // namespace

void QuoteFinder::run(Document& doc) const {
  doc.mutable_quotes().clear();
  if (!doc.sentences().empty()) Finder(doc).run();
  doc.add_layers(kLayerQuotes);
}

}  // namespace herodotus::quote

namespace herodotus {

std::unique_ptr<const Stage> make_quote_finder() {
  return std::make_unique<quote::QuoteFinder>();
}

}  // namespace herodotus
