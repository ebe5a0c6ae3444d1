#include "herodotus/status.h"

#include <gtest/gtest.h>

#include "herodotus/pipeline.h"

namespace herodotus {
namespace {

TEST(Status, OkAndError) {
  Status ok;
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(ok.to_string(), "ok");
  Status bad(ErrorCode::kNotFound, "cannot open 'x.txt'");
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.to_string(), "not_found: cannot open 'x.txt'");
}

TEST(Status, EveryCodeHasAName) {
  for (int code = 0; code <= static_cast<int>(ErrorCode::kInternal); ++code)
    EXPECT_NE(error_code_name(static_cast<ErrorCode>(code)), "unknown") << code;
}

TEST(Result, ValueOrStatus) {
  Result<int> value = 7;
  ASSERT_TRUE(value.ok());
  EXPECT_EQ(*value, 7);
  Result<int> error = Status(ErrorCode::kBadDate, "no");
  EXPECT_FALSE(error.ok());
  EXPECT_EQ(error.status().code(), ErrorCode::kBadDate);
}

class FakeStage : public Stage {
 public:
  FakeStage(const char* name, Layers needs, Layers gives)
      : name_(name), needs_(needs), gives_(gives) {}
  std::string_view name() const override { return name_; }
  Layers requires_layers() const override { return needs_; }
  Layers provides_layers() const override { return gives_; }
  void run(Document& doc) const override { doc.add_layers(gives_); }

 private:
  const char* name_;
  Layers needs_, gives_;
};

TEST(Pipeline, ChecksStageOrderBeforeRunning) {
  std::vector<std::unique_ptr<const Stage>> wrong;
  wrong.push_back(std::make_unique<FakeStage>("segment", kLayerText, kLayerSentences));
  wrong.push_back(std::make_unique<FakeStage>("clean", 0, kLayerText));
  auto pipeline = Pipeline::create(std::move(wrong));
  ASSERT_FALSE(pipeline.ok());
  EXPECT_EQ(pipeline.status().code(), ErrorCode::kPipelineOrder);
  EXPECT_NE(pipeline.status().message().find("'segment'"), std::string::npos);

  std::vector<std::unique_ptr<const Stage>> right;
  right.push_back(std::make_unique<FakeStage>("clean", 0, kLayerText));
  right.push_back(std::make_unique<FakeStage>("segment", kLayerText, kLayerSentences));
  auto good = Pipeline::create(std::move(right));
  ASSERT_TRUE(good.ok());
  Document doc(Story{});
  good->run(doc);
  EXPECT_EQ(doc.layers(), kLayerText | kLayerSentences);
}

TEST(Pipeline, UnreadableStoryPassesThroughUntouched) {
  std::vector<std::unique_ptr<const Stage>> stages;
  stages.push_back(std::make_unique<FakeStage>("clean", 0, kLayerText));
  auto pipeline = Pipeline::create(std::move(stages));
  Story story;
  story.diagnostics.push_back({Level::kError, ErrorCode::kBinaryInput, "binary", {}});
  Document doc(std::move(story));
  pipeline->run(doc);
  EXPECT_EQ(doc.layers(), 0u);
  EXPECT_TRUE(doc.has_errors());
}

}  // namespace
}  // namespace herodotus
