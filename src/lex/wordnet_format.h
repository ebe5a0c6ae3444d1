// The compiled lexicon's layout, shared by the compiler (tools/compile_wordnet.cc, run at build
// time from Debian's wordnet-base and npm's brill) and the reader (lex/wordnet.h), which reads it
// in place.
//
//   Header | LemmaRecord[lemmas], sorted by text | strings (NUL-terminated)
//
// One record per word form WordNet lists as a noun or verb lemma, or as an irregular form of one
// ("children", "fought"): for each part of speech, the lexicographer file of its most frequent
// sense (WordNet orders senses by frequency) and the set of files any sense of it is in. Every
// lower-case form of the Brill tagger's lexicon (89,000 words tagged in the Wall Street Journal
// and Brown corpora) has a record too, with the parts of speech it was seen with.
#ifndef HERODOTUS_LEX_WORDNET_FORMAT_H_
#define HERODOTUS_LEX_WORDNET_FORMAT_H_

#include <cstdint>

namespace herodotus::lex::format {

inline constexpr char kMagic[8] = {'H', 'W', 'N', 'E', 'T', '0', '3', '\0'};

struct Header {
  char magic[8];
  uint32_t lemmas = 0, string_bytes = 0;
};

inline constexpr uint8_t kNoSense = 0xFF;

// LemmaRecord::flags.
// Some sense of it as a noun is a weapon, a military vehicle or craft, or an aircraft (WordNet's
// weapon, weaponry, munition, military_vehicle, warship, armored_vehicle, aircraft, and what
// they include): the means by which an actor acts ("Syrian warplanes attacked").
inline constexpr uint8_t kInstrumentOfForce = 1;
// One of its common noun senses (those seen in WordNet's sense-tagged corpus; all of them when
// none was) is a person, a group or a place ("regulators", "the command", "talent").
inline constexpr uint8_t kCommonAgentSense = 2;

// Parts of speech, coarser than the Penn Treebank's tags Brill's lexicon uses (NN, NNS, VBZ...).
enum Tag : uint8_t {
  kTagNoun,        // NN: a singular or mass noun
  kTagPlural,      // NNS
  kTagProper,      // NNP, NNPS
  kTagBase,        // VB: "to attack"
  kTagPresent,     // VBP: "they attack"
  kTagThird,       // VBZ: "it attacks"
  kTagPast,        // VBD: "it attacked"
  kTagParticiple,  // VBN: "was attacked"
  kTagGerund,      // VBG: "attacking"
  kTagAdjective,   // JJ, JJR, JJS
  kTagAdverb,      // RB, RBR, RBS
  kTagOther,       // everything else: determiners, prepositions, numbers...
  kTagNone = 0xFF  // not in Brill's lexicon
};

struct LemmaRecord {
  uint32_t text = 0;  // offset of the lower-case lemma in the strings, words joined by spaces
  uint8_t noun_first = kNoSense, verb_first = kNoSense;  // lexicographer file numbers
  uint8_t flags = 0;
  uint8_t tag_first = kTagNone;  // the form's most frequent tag in Brill's lexicon
  uint64_t files = 0;  // bit n: some sense is in lexicographer file n (nouns 3-28, verbs 29-43)
  uint16_t tags = 0;   // bit n: Brill's lexicon gives the form Tag n
  uint8_t reserved[6] = {};
};
static_assert(sizeof(LemmaRecord) == 24);

}  // namespace herodotus::lex::format

#endif  // HERODOTUS_LEX_WORDNET_FORMAT_H_
