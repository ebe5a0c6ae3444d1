// The noun-phrase engine as the tests use it: over dictionaries written in the test, coding text
// through the pipeline of `herodotus code`.
#ifndef HERODOTUS_TESTS_CODE_ENGINE_UTIL_H_
#define HERODOTUS_TESTS_CODE_ENGINE_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "code/engine.h"
#include "dict/tabari_reader.h"
#include "herodotus/coding.h"
#include "herodotus/document.h"
#include "herodotus/pipeline.h"

namespace herodotus::testing {

inline std::shared_ptr<const code::PhraseEngine> phrase_engine(dict::LoadedDictionaries loaded,
                                                               CodingOptions options) {
  auto compiled = std::make_shared<const dict::CompiledDictionary>(std::move(loaded.dictionary));
  return std::make_shared<const code::PhraseEngine>(
      std::make_shared<const code::CoderIndex>(std::move(compiled)), std::move(options));
}

// `text` as one story through extract, clean, segment, quotes, places and the engine's stages.
inline Document code_text(const std::shared_ptr<const EventEngine>& engine, std::string text,
                          std::string date = "2000-01-01") {
  auto pipeline = Pipeline::create(coding_stages(engine));
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().message();
  Story story;
  story.id = "test";
  story.date = std::move(date);
  story.text = std::move(text);
  Document doc(std::move(story));
  pipeline->run(doc);
  return doc;
}

// "SRC TGT CODE" for each event of the document, or of sentence `sentence` only.
inline std::vector<std::string> event_lines(const Document& doc, int sentence = -1) {
  std::vector<std::string> out;
  for (const Event& e : doc.events())
    if (sentence < 0 || e.sentence == static_cast<uint32_t>(sentence))
      out.push_back(e.source.code + " " + e.target.code + " " + e.code);
  return out;
}

}  // namespace herodotus::testing

#endif  // HERODOTUS_TESTS_CODE_ENGINE_UTIL_H_
