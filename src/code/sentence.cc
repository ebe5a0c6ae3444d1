#include "code/sentence.h"

#include <algorithm>
#include <cctype>

#include "code/political.h"
#include "dict/index.h"

namespace herodotus::code {

bool SentenceReading::all_set_aside(const Chunk& chunk) const {
  return std::all_of(chunk.words.begin(), chunk.words.end(),
                     [&](int w) { return words[static_cast<size_t>(w)].set_aside; });
}

bool SentenceReading::is_clause_comma(int i) const {
  const Word& w = words[static_cast<size_t>(i)];
  return w.wc == WordClass::kComma && w.element < 0 && !w.set_aside;
}

bool SentenceReading::verbish(int i) const {
  if (i < 0 || i >= size()) return false;
  WordClass c = wc(i);
  return c == WordClass::kVerb || c == WordClass::kOtherVerb || c == WordClass::kAuxiliary ||
         c == WordClass::kModal;
}

void SentenceReading::items(int a, int b, std::vector<Item>& out) const {
  out.clear();
  auto chunk_items = [&](int c) {
    const Chunk& chunk = chunks[static_cast<size_t>(c)];
    if (all_set_aside(chunk)) return;
    out.push_back({Item::kEnterChunk, c});
    for (int w : chunk.words)
      if (!words[static_cast<size_t>(w)].set_aside) out.push_back({Item::kWord, w});
    out.push_back({Item::kLeaveChunk, c});
  };
  for (const Element& el : elements) {
    if (el.last < a || el.first >= b) continue;
    if (el.kind == Element::kToken) {
      if (!words[static_cast<size_t>(el.index)].set_aside) out.push_back({Item::kWord, el.index});
    } else if (el.kind == Element::kChunk) {
      chunk_items(el.index);
    } else {
      out.push_back({Item::kEnterCompound, el.index});
      for (int c : compounds[static_cast<size_t>(el.index)].chunks) chunk_items(c);
      out.push_back({Item::kLeaveCompound, el.index});
    }
  }
}

namespace {

// The texts are UTF-8 and the program runs in the "C" locale, where only ASCII letters have a
// case: the ASCII tests below are what std::islower and std::toupper would answer, without a
// library call per character.
bool has_lower(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

void mark_closing_quotes(SentenceReading& r) {
  int open = 0;
  for (int i = 0; i < r.size(); ++i) {
    if (r.wc(i) != WordClass::kQuote) continue;
    bool after_punctuation =
        i > 0 && (r.wc(i - 1) == WordClass::kEnd || r.wc(i - 1) == WordClass::kComma);
    Word& w = r.words[static_cast<size_t>(i)];
    w.closes_quote = open % 2 == 1 || after_punctuation;
    open = w.closes_quote ? 0 : 1;
  }
}

void append_upper(const Document& doc, uint32_t t, std::string& out) {
  std::string_view text = doc.text_of(doc.tokens()[t].span);
  const size_t at = out.size();
  out.resize(at + text.size());
  for (size_t k = 0; k < text.size(); ++k) {
    const char c = text[k];
    out[at + k] = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
  }
}

void read_words(const Document& doc, uint32_t s, SentenceReading& out) {
  const Sentence& sentence = doc.sentences()[s];
  const auto& tokens = doc.tokens();
  out.sentence = s;
  out.first_token = sentence.first_token;
  out.words.clear();
  out.chunks.clear();
  out.compounds.clear();
  out.elements.clear();
  out.upper.clear();
  out.signature = 0;
  out.all_caps = true;
  out.title_case = false;
  out.quote_begin = out.quote_end = -1;
  out.quote_speaker.clear();
  out.quote_speaker_actor = -1;
  thread_local std::vector<uint32_t> begins;  // where each word's form starts in `upper`
  begins.clear();
  for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
    std::string_view text = doc.text_of(tokens[t].span);
    const bool lower = has_lower(text);
    if (lower) out.all_caps = false;
    // "Dol_Amroth": an underscore joins the words of a name; it is not punctuation.
    if (text == "_") continue;
    Word w;
    w.token = t;
    w.span = tokens[t].span;
    w.capitalized = !text.empty() && std::isupper(static_cast<unsigned char>(text[0]));
    w.capitals = !lower;
    w.wc = tokens[t].word_class;
    w.proper = tokens[t].marked(kInName);
    w.set_aside = tokens[t].marked(kSetAside);
    begins.push_back(static_cast<uint32_t>(out.upper.size()));
    append_upper(doc, t, out.upper);
    out.words.push_back(w);
  }
  // Views into `upper` once it has stopped growing.
  std::string_view upper = out.upper;
  for (size_t k = 0; k < out.words.size(); ++k) {
    uint32_t end = k + 1 < begins.size() ? begins[k + 1] : static_cast<uint32_t>(upper.size());
    out.words[k].form = upper.substr(begins[k], end - begins[k]);
    out.signature |= dict::prefix_bit(out.words[k].form);
  }
  int long_words = 0, capitalized = 0;
  for (size_t k = 1; k < out.words.size(); ++k) {
    const Word& w = out.words[k];
    if (w.form.size() < 4 || !std::isalpha(static_cast<unsigned char>(w.form[0]))) continue;
    ++long_words;
    capitalized += w.capitalized ? 1 : 0;
  }
  out.title_case = !out.all_caps && long_words >= 3 && capitalized * 10 >= long_words * 9;
  mark_closing_quotes(out);
}

namespace {

// The words an event names a phrase by: from its start to the end of the actor it names and the
// words after that up to a preposition or clause ("French President Emmanuel Macron" of
// "French President Emmanuel Macron in Paris", "Venezuelan police"); the whole phrase when it
// names no actor.
Span event_span(const Document& doc, const SentenceReading& r, const Chunk& c,
                const Phrase& phrase) {
  if (c.words.empty()) return phrase.span;
  const uint32_t begin = r.words[static_cast<size_t>(c.words.front())].span.begin;
  if (phrase.actor < 0) return {begin, r.words[static_cast<size_t>(c.words.back())].span.end};
  const ActorMention& mention = doc.actor_mentions()[static_cast<size_t>(phrase.actor)];
  if (mention.sentence != phrase.sentence) return mention.span;
  Span span{std::min(begin, mention.span.begin), mention.span.end};
  for (int w : c.words) {
    const Word& word = r.words[static_cast<size_t>(w)];
    if (word.span.end <= mention.span.end) continue;
    if (word.wc == WordClass::kPreposition || word.wc == WordClass::kTo ||
        word.wc == WordClass::kComma || word.wc == WordClass::kComplementizer ||
        word.wc == WordClass::kConjunction)
      break;
    span.end = word.span.end;
  }
  return span;
}

}  // namespace

void read_sentence(const Document& doc, uint32_t s, uint32_t first_phrase, SentenceReading& out) {
  read_words(doc, s, out);
  out.first_phrase = first_phrase;
  const Sentence& sentence = doc.sentences()[s];
  // The sentence's word for each of its tokens.
  std::vector<int> word_of(sentence.end_token - sentence.first_token, -1);
  for (size_t k = 0; k < out.words.size(); ++k)
    word_of[out.words[k].token - sentence.first_token] = static_cast<int>(k);
  auto local = [&](uint32_t token) { return word_of[token - sentence.first_token]; };
  const auto& phrases = doc.phrases();
  int32_t first_list = -1;
  for (uint32_t p = first_phrase; p < phrases.size() && phrases[p].sentence == s; ++p) {
    const Phrase& phrase = phrases[p];
    Chunk c;
    for (uint32_t w = phrase.first_word; w < phrase.end_word; ++w)
      c.words.push_back(local(doc.phrase_words()[w]));
    c.first = local(phrase.first_token);
    c.last = local(phrase.end_token - 1);
    if (phrase.list >= 0 && first_list < 0) first_list = phrase.list;
    c.compound = phrase.list < 0 ? -1 : phrase.list - first_list;
    c.code = phrase.code;
    c.coded = phrase.coded();
    c.agency = phrase.agency;
    c.country_from_story = phrase.country_from_story;
    c.political = political_phrase(doc, phrase);
    c.actor = phrase.actor;
    c.span = event_span(doc, out, c, phrase);
    if (c.compound >= 0) {
      if (static_cast<size_t>(c.compound) >= out.compounds.size()) {
        const PhraseList& list = doc.phrase_lists()[static_cast<size_t>(phrase.list)];
        out.compounds.push_back({{}, local(list.first_token), local(list.end_token - 1)});
      }
      out.compounds[static_cast<size_t>(c.compound)].chunks.push_back(
          static_cast<int>(out.chunks.size()));
    }
    out.chunks.push_back(std::move(c));
  }
  order_elements(out);
}

void order_elements(SentenceReading& r) {
  // Phrases and lists in the order they were found, which is text order.
  std::vector<Element> found;
  for (size_t c = 0; c < r.chunks.size(); ++c) {
    const Chunk& chunk = r.chunks[c];
    if (chunk.compound < 0) {
      found.push_back({Element::kChunk, static_cast<int>(c), chunk.first, chunk.last});
    } else {
      const Compound& compound = r.compounds[static_cast<size_t>(chunk.compound)];
      if (compound.chunks.front() == static_cast<int>(c))
        found.push_back({Element::kCompound, chunk.compound, compound.first, compound.last});
    }
  }
  // Plain words in between become elements of their own.
  r.elements.clear();
  size_t e = 0;
  for (int i = 0; i < r.size();) {
    if (e < found.size() && found[e].first == i) {
      r.elements.push_back(found[e]);
      i = found[e].last + 1;
      ++e;
      continue;
    }
    r.elements.push_back({Element::kToken, i, i, i});
    ++i;
  }
  for (Word& w : r.words) w.element = -1;
  for (size_t k = 0; k < r.elements.size(); ++k)
    for (int t = r.elements[k].first; t <= r.elements[k].last; ++t)
      if (r.elements[k].kind != Element::kToken)
        r.words[static_cast<size_t>(t)].element = static_cast<int>(k);
}

void write_phrases(const SentenceReading& r, Document& doc) {
  auto& tokens = doc.mutable_tokens();
  for (const Word& w : r.words) {
    Token& t = tokens[w.token];
    t.word_class = w.wc;
    t.marks = static_cast<uint8_t>((w.proper ? kInName : 0) | (w.set_aside ? kSetAside : 0));
  }
  // The sentence, the tokens and the span of words [first, last], into a phrase or a list.
  auto place = [&](auto& into, int first, int last) {
    into.sentence = r.sentence;
    into.first_token = r.words[static_cast<size_t>(first)].token;
    into.end_token = r.words[static_cast<size_t>(last)].token + 1;
    into.span = {tokens[into.first_token].span.begin, tokens[into.end_token - 1].span.end};
  };
  auto& phrases = doc.mutable_phrases();
  auto& words = doc.mutable_phrase_words();
  auto& lists = doc.mutable_phrase_lists();
  const auto first_list = static_cast<int32_t>(lists.size());
  const auto first_phrase = static_cast<uint32_t>(phrases.size());
  for (const Chunk& c : r.chunks) {
    Phrase p;
    place(p, c.first, c.last);
    p.first_word = static_cast<uint32_t>(words.size());
    for (int w : c.words) words.push_back(r.words[static_cast<size_t>(w)].token);
    p.end_word = static_cast<uint32_t>(words.size());
    p.list = c.compound < 0 ? -1 : first_list + c.compound;
    phrases.push_back(std::move(p));
  }
  for (const Compound& c : r.compounds) {
    PhraseList list;
    place(list, c.first, c.last);
    list.first_phrase = first_phrase + static_cast<uint32_t>(c.chunks.front());
    list.end_phrase = first_phrase + static_cast<uint32_t>(c.chunks.back()) + 1;
    lists.push_back(list);
  }
}

int32_t add_actor_mention(const SentenceReading& r, int chunk, int first, int last,
                          MentionKind kind, std::string code, int32_t refers_to, Document& doc) {
  const auto& tokens = doc.tokens();
  ActorMention m;
  m.sentence = r.sentence;
  m.first_token = r.words[static_cast<size_t>(first)].token;
  m.end_token = r.words[static_cast<size_t>(last)].token + 1;
  m.span = {tokens[m.first_token].span.begin, tokens[m.end_token - 1].span.end};
  m.phrase = static_cast<int32_t>(r.first_phrase) + chunk;
  m.kind = kind;
  m.code = std::move(code);
  m.refers_to = refers_to;
  doc.mutable_actor_mentions().push_back(std::move(m));
  return static_cast<int32_t>(doc.actor_mentions().size() - 1);
}

bool first_person_chunk(const SentenceReading& r, int chunk, const WordSet& first_person) {
  const Chunk& c = r.chunks[static_cast<size_t>(chunk)];
  return c.words.size() == 1 && first_person.count(r.form(c.words[0])) > 0;
}

}  // namespace herodotus::code
