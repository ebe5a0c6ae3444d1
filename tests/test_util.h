// Helpers shared by the unit tests.
#ifndef HERODOTUS_TESTS_TEST_UTIL_H_
#define HERODOTUS_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "herodotus/coding.h"
#include "herodotus/document.h"
#include "herodotus/pipeline.h"
#include "herodotus/stages.h"

namespace herodotus::testing {

inline std::string source_path(const std::string& relative) {
  return std::string(HERODOTUS_SOURCE_DIR) + "/" + relative;
}

// A file of the development data (../shared/data). A test file that calls this is built only when
// that data is present (tests/CMakeLists.txt looks for the call), so it needs no check of its own.
inline std::string shared_data_path(const std::string& relative) {
  return std::string(HERODOTUS_SHARED_DATA) + "/" + relative;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline const Pipeline& segmentation_pipeline() {
  static const Pipeline* pipeline =
      new Pipeline(std::move(Pipeline::create(segmentation_stages())).value());
  return *pipeline;
}

// A document cleaned and segmented from `text`.
inline Document segment(std::string text, std::string id = "test") {
  Story story;
  story.id = std::move(id);
  story.text = std::move(text);
  Document doc(std::move(story));
  segmentation_pipeline().run(doc);
  return doc;
}

// The whole pipeline `herodotus code` runs with the built-in dictionaries: extract, clean,
// segment, quotes, places, the engine's stages, locate.
inline const Pipeline& coding_pipeline() {
  static const Pipeline* pipeline = [] {
    auto engine = load_builtin_dictionaries();
    EXPECT_TRUE(engine.ok());
    return new Pipeline(std::move(Pipeline::create(coding_stages(*engine))).value());
  }();
  return *pipeline;
}

// A document coded from `text` by coding_pipeline().
inline Document code(std::string text, std::string id = "test", std::string date = "") {
  Story story;
  story.id = std::move(id);
  story.date = std::move(date);
  story.text = std::move(text);
  Document doc(std::move(story));
  coding_pipeline().run(doc);
  return doc;
}

inline std::vector<std::string> sentence_texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences()) out.emplace_back(doc.text_of(s.span));
  return out;
}

inline std::vector<std::string> token_texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Token& t : doc.tokens()) out.emplace_back(doc.text_of(t.span));
  return out;
}

}  // namespace herodotus::testing

#endif  // HERODOTUS_TESTS_TEST_UTIL_H_
