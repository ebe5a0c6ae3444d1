#include "dict/index.h"

#include <gtest/gtest.h>

#include "dict/phrase_syntax.h"

namespace herodotus::dict {
namespace {

PhraseWord word(const char* text, WordMatch match) {
  return {text, match, false};
}

TEST(WordMatches, RegularEndings) {
  struct Row {
    const char* dictionary;
    WordMatch match;
    Endings endings;
    const char* text;
    bool expected;
  } rows[] = {
      {"ARNOR", WordMatch::kStem, Endings::kNoun, "ARNORIAN", true},
      {"ARNOR", WordMatch::kStem, Endings::kNoun, "ARN", false},
      {"ESTONIA", WordMatch::kExact, Endings::kNoun, "ESTONIA'S", true},
      {"ESTONIA", WordMatch::kExact, Endings::kNoun, "ESTONIAS", true},
      {"ESTONIA", WordMatch::kExact, Endings::kNoun, "ESTONIAB", false},
      {"DEPART", WordMatch::kExact, Endings::kVerb, "DEPARTED", true},
      {"DEPART", WordMatch::kExact, Endings::kVerb, "DEPARTING", true},
      {"DEPART", WordMatch::kExact, Endings::kVerb, "DEPARTX", false},
      {"DEPLORE", WordMatch::kExact, Endings::kVerb, "DEPLORED", true},
      {"DEPLORE", WordMatch::kExact, Endings::kVerb, "DEPLORING", true},
      {"DEPLORE", WordMatch::kExact, Endings::kVerb, "DEPLOREZ", false},
      {"DONATE", WordMatch::kExact, Endings::kVerb, "DONATE'S", false},  // no noun endings on verbs
      {"BAN", WordMatch::kExactNoEndings, Endings::kVerb, "BANING", false},
      {"MOUSE", WordMatch::kExactNoEndings, Endings::kNoun, "MOUSES", false},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(word_matches(word(r.dictionary, r.match), r.text, true, r.endings), r.expected)
        << r.dictionary << " vs " << r.text;
  }
  // Only the last word of a root takes endings.
  EXPECT_FALSE(
      word_matches(word("ITHILEN", WordMatch::kExact), "ITHILEN'S", false, Endings::kNoun));
}

TEST(CompiledDictionary, CandidatesLongestFirst) {
  Dictionary d;
  for (const char* text : {"UN_", "UNITED_STATES", "UNITED_ARAB_EMIRATES", "UNIT"}) {
    Root root;
    root.phrase = std::move(parse_phrase(text)).value();
    root.length = phrase_length(root.phrase);
    root.text = text;
    d.roots.push_back(root);
  }
  CompiledDictionary compiled(std::move(d));
  const auto& united = compiled.candidates("UNITED");
  // UNITED_* roots first (longest first), then the stem UNIT; UN_ cannot match "UNITED" but is
  // a prefix key, so it is a candidate the caller rules out.
  ASSERT_EQ(united.size(), 4u);
  EXPECT_EQ(compiled.dictionary().roots[united[0]].text, "UNITED_ARAB_EMIRATES");
  EXPECT_EQ(compiled.dictionary().roots[united[1]].text, "UNITED_STATES");
  EXPECT_TRUE(compiled.candidates("ZAMBIA").empty());
}

}  // namespace
}  // namespace herodotus::dict
