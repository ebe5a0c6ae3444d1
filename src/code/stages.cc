#include "code/stages.h"

#include <algorithm>
#include <unordered_set>

#include "code/actors.h"
#include "code/chunks.h"
#include "code/clauses.h"
#include "code/discards.h"
#include "code/events.h"
#include "code/names.h"
#include "code/political.h"
#include "code/quotations.h"
#include "code/references.h"
#include "code/word_classes.h"

namespace herodotus::code {
namespace {

// Calls `read(s, first_phrase)` for every sentence that was read, with where its phrases start.
template <typename Read>
void for_each_read_sentence(const Document& doc, Read read) {
  const auto& sentences = doc.sentences();
  const auto& phrases = doc.phrases();
  uint32_t first_phrase = 0;
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    while (first_phrase < phrases.size() && phrases[first_phrase].sentence < s) ++first_phrase;
    if (sentences[s].skip == SentenceSkip::kNone) read(s, first_phrase);
  }
}

}  // namespace

void find_phrases(const CoderContext& ctx, Document& doc) {
  doc.mutable_phrases().clear();
  doc.mutable_phrase_words().clear();
  doc.mutable_phrase_lists().clear();
  for (Token& t : doc.mutable_tokens()) {
    t.word_class = WordClass::kNone;
    t.marks = 0;
  }
  thread_local SentenceReading r;
  std::unordered_set<std::string_view> seen;
  bool story_discarded = false;
  auto& sentences = doc.mutable_sentences();
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    Sentence& sentence = sentences[s];
    std::string_view text = doc.text_of(sentence.span);
    sentence.skip = SentenceSkip::kNone;
    if (story_discarded) {
      sentence.skip = SentenceSkip::kStoryDiscarded;
      continue;
    }
    if (!seen.insert(text).second) {  // repeated text repeats no events
      sentence.skip = SentenceSkip::kRepeated;
      continue;
    }
    sentence.skip = discard_phrases(ctx, text);
    story_discarded = sentence.skip == SentenceSkip::kStoryDiscarded;
    if (sentence.skip != SentenceSkip::kNone) continue;
    read_words(doc, s, r);
    if (is_dateline(r)) {
      sentence.skip = SentenceSkip::kDateline;
      continue;
    }
    mark_names(ctx, r);
    classify_words(ctx, r);
    for (int k = 0, end = dateline_end(ctx, r); k <= end; ++k) {
      r.words[static_cast<size_t>(k)].wc = WordClass::kPunct;
      r.words[static_cast<size_t>(k)].set_aside = true;
    }
    build_chunks(ctx, r);
    set_aside_comma_clauses(ctx, r);
    write_phrases(r, doc);
  }
  doc.add_layers(kLayerPhrases);
}

void find_actors(const CoderContext& ctx, Document& doc) {
  doc.mutable_actor_mentions().clear();
  for (Phrase& p : doc.mutable_phrases()) {
    p.code = "---";
    p.country_from_story = false;
    p.actor = -1;
    p.agency = Agency::kActor;
  }
  thread_local SentenceReading r;
  thread_local std::vector<ChunkActor> actors;
  StoryMemory memory;
  Surnames surnames;
  for_each_read_sentence(doc, [&](uint32_t s, uint32_t first_phrase) {
    read_sentence(doc, s, first_phrase, r);
    code_phrases(ctx, r, actors, doc);
    if (ctx.options.surnames) surnames.note(r, actors, doc);
    if (ctx.options.resolve_pronouns) {
      resolve_references(ctx, memory, r, actors, doc);
      remember(r, actors, memory);
      resolve_set_aside_references(ctx, memory, r, actors, doc);
    }
    auto& phrases = doc.mutable_phrases();
    for (size_t k = 0; k < r.chunks.size(); ++k) {
      phrases[first_phrase + k].code = r.chunks[k].code;
      phrases[first_phrase + k].agency = r.chunks[k].agency;
      phrases[first_phrase + k].actor = r.chunks[k].actor;
    }
  });
  if (ctx.options.surnames) surnames.apply(ctx, doc);
  if (ctx.options.story_country_for_agents) give_story_country(doc);
  doc.add_layers(kLayerActors);
}

void find_speakers(const CoderContext& ctx, Document& doc) {
  for (Quote& q : doc.mutable_quotes()) {
    q.speaker_code.clear();
    q.speaker_actor = -1;
    if (q.has_speaker()) q.speaker_name = std::string(doc.text_of(q.speaker));
  }
  resolve_speakers(doc);
  if (ctx.options.resolve_pronouns && ctx.options.reported_speech && !doc.quotes().empty()) {
    thread_local SentenceReading r;
    const auto& quotes = doc.quotes();
    for_each_read_sentence(doc, [&](uint32_t s, uint32_t first_phrase) {
      const Sentence& sentence = doc.sentences()[s];
      bool quoted = std::any_of(quotes.begin(), quotes.end(), [&](const Quote& q) {
        return q.end_token > sentence.first_token && q.first_token < sentence.end_token;
      });
      if (!quoted) return;
      read_sentence(doc, s, first_phrase, r);
      find_quotation(ctx, doc, r);
      code_first_person(ctx, r, doc);
    });
  }
  doc.add_layers(kLayerSpeakers);
}

void find_events(const CoderContext& ctx, Document& doc) {
  doc.mutable_events().clear();
  doc.add_layers(kLayerEvents);
  const auto& sentences = doc.sentences();
  // A story-level discard phrase (PETRARCH's "+" discards) drops the whole story's events.
  if (std::any_of(sentences.begin(), sentences.end(),
                  [](const Sentence& s) { return s.skip == SentenceSkip::kStoryDiscarded; }))
    return;
  // Sport, products, markets, reviews, fiction: no events unless enough of the story is about
  // political actors.
  if (ctx.options.political_share_min > 0 && political_share(doc) < ctx.options.political_share_min)
    return;
  if (ctx.options.sport_share_min > 0 && sport_story(ctx.english, doc, ctx.options.sport_share_min))
    return;
  thread_local SentenceReading r;
  for_each_read_sentence(doc, [&](uint32_t s, uint32_t first_phrase) {
    read_sentence(doc, s, first_phrase, r);
    find_quotation(ctx, doc, r);
    std::vector<CodedEvent> events = code_verbs(ctx, r);
    if (events.empty()) return;
    add_events(events, s, ctx.d(), code_issues(ctx, r), doc);
  });
}

}  // namespace herodotus::code
