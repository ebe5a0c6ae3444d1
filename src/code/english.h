// The English words the coding engines read by class (data/lexicon/word_classes.txt, embedded):
// closed classes (determiners, pronouns, prepositions...), the words their rules name by role
// (pronouns of each gender, be forms, conditionals...) and the open-class lists that tell a verb
// from a noun without a parser. Words are upper case, as the engines compare them. TABARI's
// engine reads its pronouns, conjunctions, passive auxiliaries and articles from here too.
#ifndef HERODOTUS_CODE_ENGLISH_H_
#define HERODOTUS_CODE_ENGLISH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "herodotus/status.h"

namespace herodotus::code {

// A word with its hash worked out once, for the many lookups of one word of a sentence.
struct HashedWord {
  std::string_view text;
  size_t hash = 0;
};
inline bool operator==(const std::string& a, const HashedWord& b) {
  return a == b.text;
}
inline bool operator==(const HashedWord& a, const std::string& b) {
  return a.text == b;
}

// Hashing std::string keys by string_view (or a word hashed already), so lookups allocate
// nothing.
struct TransparentHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  size_t operator()(const HashedWord& w) const { return w.hash; }
};
using WordSet = std::unordered_set<std::string, TransparentHash, std::equal_to<>>;

struct English {
  // Closed classes.
  WordSet determiners, possessives, pronouns, prepositions, conjunctions, complementizers, modals,
      auxiliaries, negations, adverbs, number_words;
  // Words by role.
  WordSet male_pronouns, female_pronouns, non_person_pronouns, plural_pronouns, first_person,
      first_person_subjects, first_person_possessives, relative_pronouns, conditionals,
      future_modals, obligation_modals, be_forms, by_passive_auxiliaries, verb_fillers,
      phrase_joiners, articles, subordinators;
  // Open-class lists.
  WordSet adjectives, past_forms, time_words, implicative, intention, leader_nouns, force_nouns,
      event_nouns, light_verbs, event_noun_targets, disaster_nouns, armed_sectors, acts_on_people,
      acts_done_alone, sport_words, honorifics, refusal, claim_verbs, news_agencies, acts_of_giving,
      no_one, peacekeeping_words, troop_nouns, speakers_for, acts_on_places;
  std::vector<std::string> adjective_endings;
  // The first of the closed classes (and of [adverbs], [adjectives]) that holds a word, in the
  // order the word classes ask them: one lookup where there were a dozen. The closed classes come
  // before kAdverb, in this order (word_classes.cc maps them by position).
  enum class Listed : uint8_t {
    kDeterminer,
    kPossessive,
    kPronoun,
    kConjunction,
    kModal,
    kAuxiliary,
    kNegation,
    kComplementizer,
    kPreposition,
    kNumberWord,
    kAdverb,
    kAdjective
  };
  std::unordered_map<std::string, Listed, TransparentHash, std::equal_to<>> listed;
  size_t longest_sport_word = 0;  // letters: no longer word need be looked up in sport_words

  // The lists built into the library, parsed on first use.
  static const English& builtin();
  // Parses a word-class file; a section the engine does not know is an error naming its line.
  static Result<English> parse(std::string_view data);

  bool is_adjective(std::string_view word) const;
};

bool ends_with(std::string_view word, std::string_view ending);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_ENGLISH_H_
