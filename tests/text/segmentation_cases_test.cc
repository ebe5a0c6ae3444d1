// Runs the table of hard segmentation cases in segmentation_cases.txt.
#include <gtest/gtest.h>

#include <sstream>

#include "test_util.h"

namespace herodotus {
namespace {

struct Case {
  std::string name;
  int line = 0;
  std::string input;
  std::vector<std::string> expected;
};

std::vector<Case> load_cases() {
  std::istringstream in(
      testing::read_file(testing::source_path("tests/text/segmentation_cases.txt")));
  std::vector<Case> cases;
  std::string line;
  int number = 0;
  bool in_expected = false;
  while (std::getline(in, line)) {
    ++number;
    if (line.rfind("===", 0) == 0) {
      cases.push_back({line.substr(4), number, "", {}});
      in_expected = false;
    } else if (cases.empty() || (line.empty() && !in_expected) || line[0] == '#') {
      continue;
    } else if (line == "---") {
      in_expected = true;
    } else if (in_expected) {
      if (!line.empty()) cases.back().expected.push_back(line);
    } else {
      cases.back().input += line + "\n";
    }
  }
  return cases;
}

TEST(SegmentationCases, TableHasEnoughCases) {
  EXPECT_GE(load_cases().size(), 60u);
}

TEST(SegmentationCases, EveryCaseSplitsAsExpected) {
  int failures = 0;
  for (const Case& c : load_cases()) {
    Document doc = testing::segment(c.input);
    std::vector<std::string> actual = testing::sentence_texts(doc);
    if (actual != c.expected) {
      ++failures;
      std::ostringstream message;
      message << "case '" << c.name << "' (segmentation_cases.txt:" << c.line << ")\n  input:\n    "
              << c.input << "  expected:\n";
      for (const auto& s : c.expected) message << "    [" << s << "]\n";
      message << "  actual:\n";
      for (const auto& s : actual) message << "    [" << s << "]\n";
      ADD_FAILURE() << message.str();
    }
  }
  EXPECT_EQ(failures, 0);
}

}  // namespace
}  // namespace herodotus
