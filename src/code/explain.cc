#include "code/explain.h"

#include <algorithm>

#include "herodotus/output.h"

namespace herodotus::code {
namespace {

// Words joined by one space: "the Belarusian military".
std::string words_of(const Document& doc, uint32_t first, uint32_t end) {
  std::string out;
  for (uint32_t t = first; t < end; ++t) {
    if (!out.empty()) out += ' ';
    out += doc.text_of(doc.tokens()[t].span);
  }
  return out;
}

}  // namespace

void explain_sentence(const Document& doc, uint32_t s, std::string_view prefix, std::string& out) {
  const Sentence& sentence = doc.sentences()[s];
  out += prefix;
  for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
    const Token& token = doc.tokens()[t];
    out += doc.text_of(token.span);
    if (token.word_class != WordClass::kNone) {
      out += '/';
      out += word_class_name(token.word_class);
    }
    if (token.marked(kSetAside)) out += "(aside)";
    out += t + 1 < sentence.end_token ? " " : "\n";
  }
  if (sentence.skip != SentenceSkip::kNone) {
    out +=
        std::string(prefix) + "  skipped: " + std::string(sentence_skip_name(sentence.skip)) + "\n";
    return;
  }
  const auto& phrases = doc.phrases();
  auto first =
      std::lower_bound(phrases.begin(), phrases.end(), s,
                       [](const Phrase& p, uint32_t sentence) { return p.sentence < sentence; });
  std::string line;
  for (auto p = first; p != phrases.end() && p->sentence == s; ++p) {
    std::string words;
    for (uint32_t w = p->first_word; w < p->end_word; ++w) {
      if (!words.empty()) words += ' ';
      words += doc.text_of(doc.tokens()[doc.phrase_words()[w]].span);
    }
    line += " [" + words + " =" + p->code;
    if (p->agency != Agency::kActor) line += " " + std::string(agency_name(p->agency));
    if (p->list >= 0) line += " list" + std::to_string(p->list);
    line += "]";
  }
  if (!line.empty()) out += std::string(prefix) + "  phrases:" + line + "\n";
  line.clear();
  const auto& mentions = doc.actor_mentions();
  for (const ActorMention& m : mentions) {
    if (m.sentence != s) continue;
    line += line.empty() ? " " : "; ";
    line += words_of(doc, m.first_token, m.end_token) + " " + m.code + " " +
            std::string(mention_kind_name(m.kind));
    if (m.refers_to >= 0) {
      const ActorMention& to = mentions[static_cast<size_t>(m.refers_to)];
      line += " -> " + words_of(doc, to.first_token, to.end_token);
    }
  }
  if (!line.empty()) out += std::string(prefix) + "  actors:" + line + "\n";
}

}  // namespace herodotus::code

namespace herodotus {

void append_explanation(const Document& doc, std::string_view prefix, std::string& out) {
  if (!(doc.layers() & kLayerPhrases)) return;
  for (uint32_t s = 0; s < doc.sentences().size(); ++s) code::explain_sentence(doc, s, prefix, out);
}

}  // namespace herodotus
