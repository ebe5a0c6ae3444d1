#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "herodotus/io.h"
#include "test_util.h"

namespace herodotus {
namespace {
namespace fs = std::filesystem;

// A scratch folder removed after each test.
class StoryReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("herodotus-reader-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, std::string_view bytes) {
    fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path.string();
  }

  static std::vector<Story> read_all(std::vector<std::string> inputs, ReadOptions options = {}) {
    StoryReader reader(std::move(inputs), std::move(options));
    std::vector<Story> stories;
    Story story;
    while (reader.next(story)) stories.push_back(std::move(story));
    return stories;
  }

  fs::path dir_;
};

TEST_F(StoryReaderTest, PlainTextTakesIdFromFileNameAndDateFromOptions) {
  std::string path = write("belarus-joint-forces.txt", "Belarus and Russia agreed.");
  ReadOptions options;
  options.date = "2022-10-10";
  auto stories = read_all({path}, options);
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0].id, "belarus-joint-forces");
  EXPECT_EQ(stories[0].date, "2022-10-10");
  EXPECT_EQ(stories[0].text, "Belarus and Russia agreed.");
  EXPECT_TRUE(stories[0].readable());
}

TEST_F(StoryReaderTest, JsonLinesFields) {
  std::string path =
      write("feed.jsonl",
            "{\"id\":\"a\",\"date\":\"2022-10-10T08:00:00Z\",\"text\":\"One.\","
            "\"title\":\"T\",\"url\":\"https://x\",\"source\":\"S\",\"extra\":[1,{}]}\n"
            "\n"
            "{\"id\":42,\"text\":\"Two \\u201cquoted\\u201d.\"}\n");
  ReadOptions options;
  options.date = "2000-01-01";
  auto stories = read_all({path}, options);
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0].id, "a");
  EXPECT_EQ(stories[0].date, "2022-10-10");
  EXPECT_EQ(stories[0].title, "T");
  EXPECT_EQ(stories[0].url, "https://x");
  EXPECT_EQ(stories[0].source, "S");
  EXPECT_EQ(stories[1].id, "42");
  EXPECT_EQ(stories[1].date, "2000-01-01");  // none in the record: the option's
  EXPECT_EQ(stories[1].text, "Two “quoted”.");
  EXPECT_EQ(stories[1].origin, path + ":3");
}

TEST_F(StoryReaderTest, MalformedLineIsADiagnosticAndTheRestIsRead) {
  std::string path = write("feed.jsonl",
                           "{\"id\":\"a\",\"text\":\"One.\"}\n"
                           "{\"id\":\"b\",\"text\":\"unterminated}\n"
                           "{\"id\":\"c\"}\n"
                           "[1,2]\n"
                           "{\"id\":\"d\",\"text\":\"Four.\"}");  // no final newline
  auto stories = read_all({path});
  ASSERT_EQ(stories.size(), 5u);
  EXPECT_TRUE(stories[0].readable());
  ASSERT_FALSE(stories[1].readable());
  EXPECT_EQ(stories[1].diagnostics[0].code, ErrorCode::kMalformedJson);
  EXPECT_NE(stories[1].diagnostics[0].message.find("feed.jsonl:2"), std::string::npos);
  EXPECT_EQ(stories[1].id, "feed-2");
  EXPECT_EQ(stories[2].diagnostics[0].code, ErrorCode::kMissingField);
  EXPECT_EQ(stories[2].id, "c");
  EXPECT_EQ(stories[3].diagnostics[0].code, ErrorCode::kMalformedJson);
  EXPECT_TRUE(stories[4].readable());
  EXPECT_EQ(stories[4].text, "Four.");
}

TEST_F(StoryReaderTest, BadDateIsAWarning) {
  std::string path =
      write("feed.jsonl", "{\"id\":\"a\",\"date\":\"2022-13-45\",\"text\":\"One.\"}\n");
  auto stories = read_all({path});
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_TRUE(stories[0].readable());
  EXPECT_EQ(stories[0].date, "");
  ASSERT_EQ(stories[0].diagnostics.size(), 1u);
  EXPECT_EQ(stories[0].diagnostics[0].code, ErrorCode::kBadDate);
}

TEST_F(StoryReaderTest, InvalidUtf8InAJsonLineIsRepaired) {
  std::string path = write("feed.jsonl", "{\"id\":\"a\",\"text\":\"caf\xE9 noir\"}\n");
  auto stories = read_all({path});
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_TRUE(stories[0].readable());
  EXPECT_EQ(stories[0].text, "caf\xEF\xBF\xBD noir");
  ASSERT_EQ(stories[0].diagnostics.size(), 1u);
  EXPECT_EQ(stories[0].diagnostics[0].code, ErrorCode::kInvalidUtf8);
}

TEST_F(StoryReaderTest, OverlongRecordIsSkippedWithADiagnostic) {
  std::string big(5000, 'x');
  std::string path = write(
      "feed.jsonl", "{\"id\":\"big\",\"text\":\"" + big + "\"}\n{\"id\":\"b\",\"text\":\"ok\"}\n");
  ReadOptions options;
  options.max_story_bytes = 1000;
  auto stories = read_all({path}, options);
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0].diagnostics[0].code, ErrorCode::kTooLarge);
  EXPECT_EQ(stories[1].text, "ok");
}

TEST_F(StoryReaderTest, BinaryFileIsRefused) {
  std::string path = write("image.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  auto stories = read_all({path});
  ASSERT_EQ(stories.size(), 1u);
  ASSERT_FALSE(stories[0].readable());
  EXPECT_EQ(stories[0].diagnostics[0].code, ErrorCode::kBinaryInput);
  EXPECT_TRUE(stories[0].text.empty());
}

TEST_F(StoryReaderTest, Utf16WithByteOrderMark) {
  std::string path = write("utf16.txt", std::string("\xFF\xFE"
                                                    "O\0k\0.\0",
                                                    8));
  auto stories = read_all({path});
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0].text, "Ok.");
}

TEST_F(StoryReaderTest, DeclaredEncodingIsConverted) {
  // "Минск" in windows-1251.
  std::string path = write("cp1251.txt", "\xCC\xE8\xED\xF1\xEA");
  ReadOptions options;
  options.encoding = "windows-1251";
  auto stories = read_all({path}, options);
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0].text, "Минск");
}

TEST_F(StoryReaderTest, UnknownEncodingIsRejected) {
  EXPECT_FALSE(check_encoding("klingon-8").ok());
  EXPECT_TRUE(check_encoding("ISO-8859-2").ok());
  EXPECT_TRUE(check_encoding("utf-8").ok());
}

TEST_F(StoryReaderTest, FoldersAreReadRecursivelyInNameOrder) {
  write("b.txt", "B.");
  write("a.txt", "A.");
  write("sub/c.jsonl", "{\"id\":\"c1\",\"text\":\"C1.\"}\n{\"id\":\"c2\",\"text\":\"C2.\"}\n");
  write("notes.md", "not a story");
  write(".hidden/d.txt", "hidden");
  auto stories = read_all({dir_.string()});
  std::vector<std::string> ids;
  for (const Story& s : stories) ids.push_back(s.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "c1", "c2"}));
}

TEST_F(StoryReaderTest, PagesNamedAlikeInSubfoldersKeepDifferentIds) {
  write("bbc/source.html", "<p>One.</p>");
  write("npr/source.html", "<p>Two.</p>");
  write("top.txt", "Three.");
  auto stories = read_all({dir_.string(), (dir_ / "npr" / "source.html").string()});
  std::vector<std::string> ids;
  for (const Story& s : stories) ids.push_back(s.id);
  // Named on the command line, a file keeps its own name as id.
  EXPECT_EQ(ids, (std::vector<std::string>{"bbc/source", "npr/source", "top", "source"}));
}

TEST_F(StoryReaderTest, MissingInputIsUnusable) {
  std::string good = write("ok.txt", "Fine.");
  StoryReader reader({(dir_ / "missing.txt").string(), good}, {});
  Story story;
  ASSERT_TRUE(reader.next(story));
  EXPECT_EQ(story.diagnostics[0].code, ErrorCode::kNotFound);
  ASSERT_TRUE(reader.next(story));
  EXPECT_EQ(story.text, "Fine.");
  EXPECT_FALSE(reader.next(story));
  EXPECT_EQ(reader.unusable_inputs(), 1u);
}

TEST_F(StoryReaderTest, ForcedFormat) {
  std::string path = write("feed.data", "{\"id\":\"x\",\"text\":\"Forced.\"}\n");
  ReadOptions options;
  options.format = InputFormat::kJsonLines;
  auto stories = read_all({path}, options);
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0].id, "x");
}

TEST_F(StoryReaderTest, UnknownExtensionIsSniffed) {
  std::string feed = write("feed.data", "  {\"id\":\"x\",\"text\":\"Sniffed.\"}\n");
  std::string text = write("story.data", "Just text.");
  auto stories = read_all({feed, text});
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0].id, "x");
  EXPECT_EQ(stories[1].text, "Just text.");
}

// Reads /proc/self/status for the resident set size, in kB.
long resident_kb() {
  std::ifstream status("/proc/self/status");
  std::string key;
  while (status >> key) {
    if (key == "VmRSS:") {
      long kb = 0;
      status >> kb;
      return kb;
    }
    std::getline(status, key);
  }
  return 0;
}

TEST_F(StoryReaderTest, LargeFeedStreamsInBoundedMemory) {
  // 200 MB of records: reading them must not hold more than a few buffers.
  std::string path = (dir_ / "big.jsonl").string();
  {
    std::ofstream out(path, std::ios::binary);
    std::string record =
        "{\"id\":\"s\",\"date\":\"2022-10-10\",\"text\":\"" + std::string(2000, 'a') + "\"}\n";
    for (int i = 0; i < 100'000; ++i) out << record;
  }
  long before = resident_kb();
  long peak = before;
  size_t count = 0;
  StoryReader reader({path}, {});
  Story story;
  while (reader.next(story)) {
    if (++count % 5000 == 0) peak = std::max(peak, resident_kb());
  }
  EXPECT_EQ(count, 100'000u);
  EXPECT_LT(peak - before, 64 * 1024) << "resident memory grew by " << (peak - before) << " kB";
}

}  // namespace
}  // namespace herodotus
