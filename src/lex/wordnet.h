// WordNet 3.0, compiled into the library at build time (tools/compile_wordnet.cc): what kind of
// thing a noun names and what kind of act a verb names, by WordNet's lexicographer files, for
// any inflected form. The coder asks it whether a phrase's head can act ("the talks", "a tale"
// cannot; "the rebels", "the ministry" can). The same table gives each word form the parts of
// speech the Brill tagger's lexicon saw it with, most frequent first: what tells "attacks" in
// "terrorist attacks" (a noun first) from "lifts" in "Saudi Arabia lifts" (a verb first).
#ifndef HERODOTUS_LEX_WORDNET_H_
#define HERODOTUS_LEX_WORDNET_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "lex/wordnet_format.h"

namespace herodotus::lex {

// WordNet's lexicographer files the coder names (lexnames(5WN)).
enum LexFile : uint8_t {
  kNounTops = 3,  // entity, person, organism...
  kNounAct = 4,
  kNounAnimal = 5,
  kNounArtifact = 6,
  kNounCommunication = 10,
  kNounGroup = 14,
  kNounLocation = 15,
  kNounPerson = 18,
  kNounTime = 28,
  kVerbCommunication = 32,
  kVerbCompetition = 33,
  kVerbSocial = 41,
};

// A word's senses as a noun and as a verb.
struct WordSenses {
  uint8_t noun_first = format::kNoSense;  // the file of its most frequent noun sense
  uint8_t verb_first = format::kNoSense;
  uint8_t flags = 0;   // format::kInstrumentOfForce, format::kCommonAgentSense
  uint64_t files = 0;  // bit n: some sense is in file n

  bool noun() const { return noun_first != format::kNoSense; }
  bool verb() const { return verb_first != format::kNoSense; }
  bool in(LexFile file) const { return (files >> file) & 1; }
};

// A word form's parts of speech in Brill's lexicon.
struct WordTags {
  uint8_t first = format::kTagNone;  // the most frequent (a format::Tag)
  uint16_t all = 0;                  // bit n: seen as format::Tag n

  bool known() const { return first != format::kTagNone; }
  bool has(format::Tag tag) const { return (all >> tag) & 1; }
  bool first_is_noun() const {
    return first == format::kTagNoun || first == format::kTagPlural;
  }
  // A finite or bare verb first: "lifts", "rejected", "urge".
  bool first_is_verb() const {
    return first >= format::kTagBase && first <= format::kTagParticiple;
  }
  bool can_be_verb() const {
    return (all >> format::kTagBase) & ((1u << (format::kTagGerund - format::kTagBase + 1)) - 1);
  }
};

class WordNet {
 public:
  // The lexicon built into the library.
  static const WordNet& builtin();

  // The senses of a lower-case word or words ("talks", "united nations") as a noun: the form
  // itself, an irregular plural, or its singular by WordNet's rules ("ministries" -> "ministry").
  // A word WordNet does not list as a noun gives senses with noun() false.
  WordSenses noun(std::string_view lower) const;
  // Likewise as a verb ("fought", "raided" -> "raid").
  WordSenses verb(std::string_view lower) const;

  // The parts of speech of a lower-case form as it is ("attacks", "rejected"): no detachment,
  // Brill's lexicon lists inflected forms.
  WordTags tags(std::string_view lower) const;

  size_t size() const { return lemmas_.size(); }

 private:
  const format::LemmaRecord* record(std::string_view lower) const;
  WordSenses find(std::string_view lower) const;

  std::span<const format::LemmaRecord> lemmas_;
  std::string_view strings_;
};

// Whether a noun can name an actor: one of its common senses is a person, a group or
// organisation, or a place (standing for its people or government): "regulators", "the army
// command"; or it is an instrument of force, which acts for whoever wields it ("Syrian
// warplanes", "Israeli tanks"); or it is one of WordNet's top-level nouns with a person or group
// sense ("people"). A tale, a raid, talks, a report cannot. Nouns WordNet does not know
// ("Rabbitohs", "gas-field") are given the benefit of the doubt.
bool can_act(const WordSenses& noun);

// A noun whose most frequent sense is a message or a text: a report, a motion, a letter.
inline bool names_communication(const WordSenses& noun) {
  return noun.noun_first == kNounCommunication;
}

// A noun whose most frequent sense is a time: a week, Tuesday, the year.
inline bool names_time(const WordSenses& noun) {
  return noun.noun_first == kNounTime;
}

}  // namespace herodotus::lex

#endif  // HERODOTUS_LEX_WORDNET_H_
