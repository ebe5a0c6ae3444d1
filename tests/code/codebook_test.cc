// The project's CAMEO codebook against the CAMEO 1.1b3 codebook and PLOVER's conversion table in
// ../shared/data/cameo.
#include "code/codebook.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <sstream>

#include "csv.h"
#include "test_util.h"

namespace herodotus::code {
namespace {

using testing::csv_fields;

TEST(Codebook, MatchesTheCameoCodebook) {
  const Codebook& book = Codebook::builtin();
  std::istringstream in(testing::read_file(testing::shared_data_path("cameo/codebook.csv")));
  std::string line;
  std::getline(in, line);  // header
  size_t count = 0;
  while (std::getline(in, line)) {
    // Descriptions may hold quoted line breaks: read on until the quotes balance.
    while (std::count(line.begin(), line.end(), '"') % 2 == 1) {
      std::string more;
      if (!std::getline(in, more)) break;
      line += "\n" + more;
    }
    auto fields = csv_fields(line);
    ASSERT_GE(fields.size(), 4u) << line;
    const CameoCode* code = book.find(fields[0]);
    ASSERT_NE(code, nullptr) << "missing " << fields[0];
    EXPECT_EQ(code->root, fields[3]) << fields[0];
    EXPECT_NEAR(code->goldstein, std::stod(fields[2]), 1e-9) << fields[0];
    int root = std::stoi(code->root);
    int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    EXPECT_EQ(code->quad_class, quad) << fields[0];
    ++count;
  }
  EXPECT_EQ(count, 312u);
  EXPECT_EQ(book.codes().size(), count);
}

TEST(Codebook, MatchesPloverConversion) {
  const Codebook& book = Codebook::builtin();
  std::istringstream in(
      testing::read_file(testing::shared_data_path("cameo/CAMEO2PLOVER-2021.txt")));
  std::string line;
  std::map<std::string, std::string> first_listing;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string code = line.substr(0, colon);
    std::string rest = line.substr(colon + 1);
    std::string category;
    for (char c : rest) {
      if (c == ',' || c == '#') break;
      if (!std::isspace(static_cast<unsigned char>(c))) category += c;
    }
    first_listing.emplace(code, category);
  }
  size_t checked = 0;
  for (const auto& [code, category] : first_listing) {
    const CameoCode* c = book.find(code);
    if (c == nullptr) continue;  // the table lists codes CAMEO 1.1b3 lacks (1214)
    EXPECT_EQ(c->plover, category) << code;
    ++checked;
  }
  EXPECT_GT(checked, 250u);
  // Roots 01 and 02 have no PLOVER category.
  EXPECT_EQ(book.find("010")->plover, "");
  EXPECT_EQ(book.find("138")->plover, "THREATEN");
}

TEST(Codebook, ParseErrorsNameTheLine) {
  auto bad =
      Codebook::parse("code\troot\tquad_class\tgoldstein\tplover\tname\n010\t01\t9\t0.0\t-\tx\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "cameo.tsv:2: quad_class must be 1-4");
}

}  // namespace
}  // namespace herodotus::code
