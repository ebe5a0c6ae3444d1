#include "lex/wordnet.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/incbin.h"

HERODOTUS_INCBIN(herodotus_wordnet, HERODOTUS_WORDNET)

namespace herodotus::lex {
namespace {

// WordNet's detachment rules (morphy(7WN)): suffix to remove, ending to put in its place.
struct Detachment {
  std::string_view suffix, ending;
};
constexpr Detachment kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                                     {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Detachment kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                                     {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};

template <size_t N>
WordSenses detach(const WordNet& wordnet, std::string_view lower, const Detachment (&rules)[N],
                  WordSenses (WordNet::*find)(std::string_view) const, bool noun) {
  auto wanted = [noun](const WordSenses& s) { return noun ? s.noun() : s.verb(); };
  WordSenses own = (wordnet.*find)(lower);
  if (wanted(own)) return own;
  std::string base;
  for (const Detachment& rule : rules) {
    if (lower.size() <= rule.suffix.size() + 1 || !lower.ends_with(rule.suffix)) continue;
    base.assign(lower.substr(0, lower.size() - rule.suffix.size()));
    base += rule.ending;
    WordSenses found = (wordnet.*find)(base);
    if (wanted(found)) return found;
  }
  return {};
}

// Compares a NUL-terminated lemma with a key as std::string's operator< does (bytes as unsigned
// char, a prefix first), without measuring the lemma first: <0, 0 or >0.
int compare_lemma(const char* lemma, std::string_view key) {
  for (size_t k = 0; k < key.size(); ++k) {
    const auto a = static_cast<unsigned char>(lemma[k]);
    const auto b = static_cast<unsigned char>(key[k]);
    if (a == 0) return -1;  // the lemma is a prefix of the key
    if (a != b) return a < b ? -1 : 1;
  }
  return lemma[key.size()] == 0 ? 0 : 1;
}

}  // namespace

const WordNet& WordNet::builtin() {
  static const WordNet* w = [] {
    auto* wordnet = new WordNet();
    const char* data = herodotus_wordnet_begin;
    size_t size = static_cast<size_t>(herodotus_wordnet_end - herodotus_wordnet_begin);
    format::Header header;
    if (size >= sizeof header) std::memcpy(&header, data, sizeof header);
    if (size < sizeof header || std::memcmp(header.magic, format::kMagic, 8) != 0 ||
        sizeof header + size_t{header.lemmas} * sizeof(format::LemmaRecord) + header.string_bytes !=
            size) {
      // A build fault, not an input problem: the build made the file this code reads.
      std::fprintf(stderr, "herodotus: the embedded WordNet lexicon is damaged; rebuild\n");
      std::abort();
    }
    const char* at = data + sizeof header;
    wordnet->lemmas_ = {reinterpret_cast<const format::LemmaRecord*>(at), header.lemmas};
    at += size_t{header.lemmas} * sizeof(format::LemmaRecord);
    wordnet->strings_ = {at, header.string_bytes};
    return wordnet;
  }();
  return *w;
}

const format::LemmaRecord* WordNet::record(std::string_view lower) const {
  const char* strings = strings_.data();
  auto it = std::lower_bound(lemmas_.begin(), lemmas_.end(), lower,
                             [&](const format::LemmaRecord& r, std::string_view key) {
                               return compare_lemma(strings + r.text, key) < 0;
                             });
  if (it == lemmas_.end() || compare_lemma(strings + it->text, lower) != 0) return nullptr;
  return &*it;
}

WordSenses WordNet::find(std::string_view lower) const {
  const format::LemmaRecord* r = record(lower);
  if (r == nullptr) return {};
  return {r->noun_first, r->verb_first, r->flags, r->files};
}

WordTags WordNet::tags(std::string_view lower) const {
  const format::LemmaRecord* r = record(lower);
  if (r == nullptr) return {};
  return {r->tag_first, r->tags};
}

WordSenses WordNet::noun(std::string_view lower) const {
  return detach(*this, lower, kNounRules, &WordNet::find, true);
}

WordSenses WordNet::verb(std::string_view lower) const {
  return detach(*this, lower, kVerbRules, &WordNet::find, false);
}

bool can_act(const WordSenses& noun) {
  if (!noun.noun()) return true;
  if (noun.flags & (format::kInstrumentOfForce | format::kCommonAgentSense)) return true;
  // entity, abstraction, relation... and person, organism
  return noun.noun_first == kNounTops && (noun.in(kNounPerson) || noun.in(kNounGroup));
}

}  // namespace herodotus::lex
