#include "code/quotations.h"

#include <algorithm>

#include "herodotus/document.h"

namespace herodotus::code {
namespace {

// The sentence holding token t.
uint32_t sentence_of(const Document& doc, uint32_t t) {
  const auto& sentences = doc.sentences();
  auto it = std::upper_bound(sentences.begin(), sentences.end(), t,
                             [](uint32_t token, const Sentence& s) { return token < s.end_token; });
  return static_cast<uint32_t>(it - sentences.begin());
}

// The name an actor mention stands for: the words of the mention that named it.
std::string name_of(const Document& doc, int32_t mention) {
  const auto& mentions = doc.actor_mentions();
  while (mention >= 0 && mentions[static_cast<size_t>(mention)].kind != MentionKind::kName)
    mention = mentions[static_cast<size_t>(mention)].refers_to;
  return mention < 0 ? std::string()
                     : std::string(doc.text_of(mentions[static_cast<size_t>(mention)].span));
}

}  // namespace

void resolve_speakers(Document& doc) {
  const auto& sentences = doc.sentences();
  const auto& phrases = doc.phrases();
  for (Quote& quote : doc.mutable_quotes()) {
    if (!quote.has_speaker()) continue;
    uint32_t s = sentence_of(doc, quote.speaker_first_token);
    if (s >= sentences.size() || sentences[s].skip != SentenceSkip::kNone) continue;
    uint32_t begin = quote.speaker_first_token;
    uint32_t end = std::min(quote.speaker_end_token, sentences[s].end_token);
    // The last coded phrase of the sentence that overlaps the mention.
    auto first =
        std::lower_bound(phrases.begin(), phrases.end(), s,
                         [](const Phrase& p, uint32_t sentence) { return p.sentence < sentence; });
    std::string code, name;
    int32_t actor = -1;
    for (auto p = first; p != phrases.end() && p->sentence == s; ++p) {
      if (p->end_token <= begin || p->first_token >= end) continue;
      if (p->code.rfind("---", 0) == 0) continue;
      code = p->code;
      actor = p->actor;
      name = name_of(doc, p->actor);
    }
    quote.speaker_code = code;
    quote.speaker_actor = actor;
    if (!name.empty()) quote.speaker_name = name;
  }
}

void find_quotation(const CoderContext& ctx, const Document& doc, SentenceReading& r) {
  r.quote_begin = r.quote_end = -1;
  r.quote_speaker.clear();
  r.quote_speaker_actor = -1;
  if (!ctx.options.resolve_pronouns || !ctx.options.reported_speech) return;
  const Sentence& sentence = doc.sentences()[r.sentence];
  // The first word at or after token t.
  auto word_at = [&](uint32_t t) {
    int k = 0;
    while (k < r.size() && r.words[static_cast<size_t>(k)].token < t) ++k;
    return k;
  };
  for (const Quote& q : doc.quotes()) {
    if (q.end_token <= sentence.first_token || q.first_token >= sentence.end_token) continue;
    // A speaker named only after this sentence is not known yet when it is read.
    bool known = q.has_speaker() && q.speaker_first_token < sentence.end_token;
    if (!known || q.speaker_code.empty() || q.speaker_code.rfind("---", 0) == 0) continue;
    if (r.quote_begin >= 0 && q.speaker_code != r.quote_speaker) continue;
    int begin = word_at(std::clamp(q.first_token, sentence.first_token, sentence.end_token));
    int end = word_at(std::clamp(q.end_token, sentence.first_token, sentence.end_token));
    r.quote_begin = r.quote_begin < 0 ? begin : std::min(r.quote_begin, begin);
    r.quote_end = std::max(r.quote_end, end);
    if (r.quote_speaker.empty()) r.quote_speaker_actor = q.speaker_actor;
    r.quote_speaker = q.speaker_code;
  }
}

void code_first_person(const CoderContext& ctx, SentenceReading& r, Document& doc) {
  if (r.quote_begin < 0) return;
  auto& phrases = doc.mutable_phrases();
  for (size_t k = 0; k < r.chunks.size(); ++k) {
    Chunk& c = r.chunks[k];
    if (c.words.empty() || c.first < r.quote_begin || c.first >= r.quote_end) continue;
    std::string_view w = r.form(c.words[0]);
    if (c.words.size() == 1 && ctx.english.first_person.count(w)) {
      c.code = r.quote_speaker;
      c.actor = r.quote_speaker_actor;
    } else if (ctx.english.first_person_possessives.count(w) && c.code.size() > 3 &&
               c.code.rfind("---", 0) == 0) {
      // The phrase has agents and no country: "our army".
      c.code = r.quote_speaker.substr(0, 3) + c.code.substr(3);
    } else {
      continue;
    }
    c.coded = true;
    Phrase& phrase = phrases[r.first_phrase + k];
    phrase.code = c.code;
    phrase.actor = c.actor;
  }
}

}  // namespace herodotus::code
