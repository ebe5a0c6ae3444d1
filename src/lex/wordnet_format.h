// The compiled WordNet lexicon's layout, shared by the compiler (tools/compile_wordnet.cc, run at
// build time from Debian's wordnet-base) and the reader (lex/wordnet.h), which reads it in place.
//
//   Header | LemmaRecord[lemmas], sorted by text | strings (NUL-terminated)
//
// One record per word form WordNet lists as a noun or verb lemma, or as an irregular form of one
// ("children", "fought"): for each part of speech, the lexicographer file of its most frequent
// sense (WordNet orders senses by frequency) and the set of files any sense of it is in.
#ifndef HERODOTUS_LEX_WORDNET_FORMAT_H_
#define HERODOTUS_LEX_WORDNET_FORMAT_H_

#include <cstdint>

namespace herodotus::lex::format {

inline constexpr char kMagic[8] = {'H', 'W', 'N', 'E', 'T', '0', '2', '\0'};

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

struct LemmaRecord {
  uint32_t text = 0;  // offset of the lower-case lemma in the strings, words joined by spaces
  uint8_t noun_first = kNoSense, verb_first = kNoSense;  // lexicographer file numbers
  uint8_t flags = 0;
  uint8_t reserved = 0;
  uint64_t files = 0;  // bit n: some sense is in lexicographer file n (nouns 3-28, verbs 29-43)
};
static_assert(sizeof(LemmaRecord) == 16);

}  // namespace herodotus::lex::format

#endif  // HERODOTUS_LEX_WORDNET_FORMAT_H_
