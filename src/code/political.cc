#include "code/political.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>
#include <vector>

#include "code/sentence.h"

namespace herodotus::code {
namespace {

// The sectors of a code (its second and later three-letter parts) that are not political or
// social actors by themselves: businesses, and people as such (voters, tourists, passengers).
// Every other sector is: governments, militaries, police, courts, parties, opposition, rebels,
// protesters, unions, students, refugees, churches, the media, rights groups...
constexpr std::array<std::string_view, 2> kPrivateSectors = {"BUS", "CVL"};
// International codes that are political in themselves: intergovernmental and non-governmental
// organisations, international militarized groups.
constexpr std::array<std::string_view, 3> kPoliticalInternational = {"IGO", "NGO", "IMG"};

bool is_determiner(const Document& doc, uint32_t token) {
  return doc.tokens()[token].word_class == WordClass::kDeterminer;
}

}  // namespace

bool political_code(std::string_view code) {
  if (code.size() < 3) return false;
  for (std::string_view international : kPoliticalInternational)
    if (code.starts_with(international)) return true;
  for (size_t at = 3; at + 3 <= code.size(); at += 3) {
    std::string_view sector = code.substr(at, 3);
    if (std::find(kPrivateSectors.begin(), kPrivateSectors.end(), sector) == kPrivateSectors.end())
      return true;
  }
  return false;
}

bool political_phrase(const Document& doc, const Phrase& phrase) {
  if (!phrase.coded() || phrase.agency != Agency::kActor) return false;
  if (political_code(phrase.code)) return true;
  if (phrase.code.size() != 3 || phrase.actor < 0) return false;
  // A country alone: every word of the phrase but its determiners is the actor mention's.
  const ActorMention& mention = doc.actor_mentions()[static_cast<size_t>(phrase.actor)];
  for (uint32_t w = phrase.first_word; w < phrase.end_word; ++w) {
    uint32_t token = doc.phrase_words()[w];
    bool inside = token >= mention.first_token && token < mention.end_token;
    if (!inside && !is_determiner(doc, token)) return false;
  }
  return true;
}

double political_share(const Document& doc) {
  const auto& sentences = doc.sentences();
  std::vector<bool> political(sentences.size(), false);
  for (const Phrase& p : doc.phrases())
    if (!political[p.sentence] && political_phrase(doc, p)) political[p.sentence] = true;
  size_t read = 0, named = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (sentences[s].skip != SentenceSkip::kNone) continue;
    ++read;
    if (political[s]) ++named;
  }
  if (read < kTopicSentences) return 1.0;
  return static_cast<double>(named) / static_cast<double>(read);
}

bool sport_story(const English& english, const Document& doc, double share_min) {
  // Sentences the discards dropped count: "penalty shootout" is sport too.
  auto counts = [](const Sentence& s) {
    return s.skip != SentenceSkip::kRepeated && s.skip != SentenceSkip::kDateline;
  };
  const auto& sentences = doc.sentences();
  const size_t read =
      static_cast<size_t>(std::count_if(sentences.begin(), sentences.end(), counts));
  if (read < kTopicSentences) return false;
  thread_local std::string upper;
  thread_local std::unordered_set<std::string_view> named;
  named.clear();
  size_t with_sport = 0;
  for (const Sentence& sentence : sentences) {
    if (!counts(sentence)) continue;
    bool any = false;
    for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      const Token& token = doc.tokens()[t];
      // Sport words are nouns, verbs and adjectives, none longer than the longest listed; the
      // closed classes are read by the word classes (a discarded sentence has none).
      if (token.kind != TokenKind::kWord || token.span.size() > english.longest_sport_word ||
          (token.word_class != WordClass::kNone && token.word_class < WordClass::kVerb))
        continue;
      upper.clear();
      append_upper(doc, t, upper);
      auto word = english.sport_words.find(upper);
      if (word == english.sport_words.end()) continue;
      named.insert(*word);
      any = true;
    }
    if (any) ++with_sport;
  }
  if (named.size() < kSportWordsMin) return false;
  return static_cast<double>(with_sport) >= share_min * static_cast<double>(read);
}

}  // namespace herodotus::code
