// The explanation of how the engine read a sentence, from the Document's layers (explain.h).
#include "code/explain.h"

#include <gtest/gtest.h>

#include "code/engine_util.h"
#include "dict/herodotus_reader.h"

namespace herodotus::code {
namespace {

TEST(Explain, WordClassesPhrasesAndMentions) {
  auto loaded = dict::read_herodotus_sources(
      {{"test.txt",
        "actor country.ARN: Arnor\n  code ARN\n"
        "actor person.elessar: Elessar\n  code ARNGOV\n  gender male\n"
        "verb attack [190]: attack\n"}});
  ASSERT_TRUE(loaded.ok());
  auto engine = testing::phrase_engine(std::move(loaded).value(), herodotus_coding_options());
  Document doc = testing::code_text(engine, "Elessar, the king, met nobody. He attacked Rohan.");
  std::string out;
  explain_sentence(doc, 1, "| ", out);
  EXPECT_EQ(out,
            "| He/pron attacked/VERB Rohan/noun ./end\n"
            "|   phrases: [He =ARNGOV] [Rohan =---]\n"
            "|   actors: He ARNGOV pronoun -> Elessar\n");
  out.clear();
  explain_sentence(doc, 0, "| ", out);
  EXPECT_NE(out.find(",/comma(aside) the/det(aside)"), std::string::npos) << out;
}

TEST(Explain, ASkippedSentenceSaysWhy) {
  auto loaded = dict::read_herodotus_sources({{"test.txt", "verb attack [190]: attack\n"}});
  ASSERT_TRUE(loaded.ok());
  auto engine = testing::phrase_engine(std::move(loaded).value(), herodotus_coding_options());
  Document doc = testing::code_text(engine, "Crowds gathered. Rain fell. Crowds gathered.");
  std::string out;
  explain_sentence(doc, 2, "", out);
  EXPECT_EQ(out, "Crowds gathered .\n  skipped: repeated\n");
}

}  // namespace
}  // namespace herodotus::code
