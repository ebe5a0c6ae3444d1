// The event store, on SQLite always and on PostgreSQL when HERODOTUS_TEST_POSTGRESQL names a
// server (`make test` starts a throwaway one: scripts/with-postgresql.sh).
#include "herodotus/store.h"
#include "store/database.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>

#include "scratch_dir.h"
#include "store/schema.h"
#include "test_util.h"

namespace herodotus::store {
namespace {

StoryRows coded(const std::string& id, const std::string& date, const std::string& text) {
  Story story;
  story.id = id;
  story.date = date;
  story.url = "https://example.org/" + id;
  story.text = text;
  Document doc(std::move(story));
  testing::coding_pipeline().run(doc);
  return rows_of(doc);
}

const char* kMeeting =
    "Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in Sochi on "
    "Friday. \"We will defend the Union State,\" Lukashenko told reporters.";
const char* kAttack = "Russian forces shelled the Ukrainian city of Kharkiv.";

enum class Backend { kSqlite, kPostgresql };

class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::kSqlite) {
      target_ = scratch_.path() + "/events.db";
      return;
    }
    const char* url = std::getenv("HERODOTUS_TEST_POSTGRESQL");
    if (url == nullptr || *url == '\0')
      GTEST_SKIP() << "HERODOTUS_TEST_POSTGRESQL is not set (make test sets it)";
    target_ = url;
    // A clean database for each test.
    auto database = Database::open(target_);
    ASSERT_TRUE(database.ok()) << database.status().message();
    for (const Table& t : tables())
      ASSERT_TRUE((*database)->execute("DROP TABLE IF EXISTS " + std::string(t.name)).ok());
    ASSERT_TRUE((*database)->execute("DROP TABLE IF EXISTS meta").ok());
  }

  std::unique_ptr<Store> open() {
    auto store = Store::open(target_);
    EXPECT_TRUE(store.ok()) << store.status().message();
    return store.ok() ? std::move(store).value() : nullptr;
  }

  std::map<std::string, int64_t> counts(Store& store) {
    auto c = store.counts();
    EXPECT_TRUE(c.ok());
    return {c->begin(), c->end()};
  }

  testing::ScratchDir scratch_;
  std::string target_;
};

TEST_P(StoreTest, StoriesWithTheirEventsQuotesAndPlaces) {
  auto store = open();
  ASSERT_TRUE(store);
  std::vector<StoryRows> chunk = {coded("meeting", "2022-09-16", kMeeting),
                                  coded("attack", "2022-09-17", kAttack)};
  ASSERT_TRUE(store->write(chunk).ok());
  auto n = counts(*store);
  EXPECT_EQ(n["stories"], 2);
  EXPECT_EQ(n["sentences"], 3);
  EXPECT_EQ(n["events"],
            int64_t(chunk[0].tables[kEvents].size() + chunk[1].tables[kEvents].size()));
  EXPECT_GE(n["events"], 3);
  EXPECT_EQ(n["quotes"], 1);
  EXPECT_GE(n["places"], 4);  // Russian, Belarusian, Sochi, Russian, Ukrainian, Kharkiv
  EXPECT_GE(n["actors"], 3);

  // The quote's speaker and the meeting's place, with spans into the text as read.
  std::vector<Row> quotes;
  ASSERT_TRUE(store
                  ->query("SELECT speaker_code, speaker_name, span_begin, span_end FROM quotes", {},
                          [&](const Row& r) { quotes.push_back(r); })
                  .ok());
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0][0].value_or(""), "BLRGOV");
  std::string text = kMeeting;
  size_t begin = std::stoul(*quotes[0][2]), end = std::stoul(*quotes[0][3]);
  EXPECT_EQ(text.substr(begin, end - begin), "We will defend the Union State,");
  std::vector<EventRecord> events;
  ASSERT_TRUE(
      store->read_events({}, false, [&](const EventRecord& e) { events.push_back(e); }).ok());
  bool met_in_sochi = false;
  for (const EventRecord& e : events) {
    EXPECT_EQ(e.url.value_or(""), "https://example.org/" + e.story_id);
    if (e.story_id == "meeting" && e.location_name.value_or("") == "Sochi") met_in_sochi = true;
  }
  EXPECT_TRUE(met_in_sochi);
}

TEST_P(StoreTest, RecodingAStoryReplacesItsRows) {
  auto store = open();
  ASSERT_TRUE(store);
  std::vector<StoryRows> chunk = {coded("meeting", "2022-09-16", kMeeting),
                                  coded("attack", "2022-09-17", kAttack)};
  ASSERT_TRUE(store->write(chunk).ok());
  auto before = counts(*store);
  ASSERT_TRUE(store->write(chunk).ok());
  EXPECT_EQ(counts(*store), before);
  // The same id with other words: the old rows go.
  std::vector<StoryRows> edited = {coded("attack", "2022-09-17", "Nothing happened today.")};
  ASSERT_TRUE(store->write(edited).ok());
  auto after = counts(*store);
  EXPECT_EQ(after["stories"], 2);
  EXPECT_EQ(after["events"], int64_t(chunk[0].tables[kEvents].size()));
  // A store opened again keeps what it holds.
  store.reset();
  store = open();
  ASSERT_TRUE(store);
  EXPECT_EQ(counts(*store), after);
}

TEST_P(StoreTest, TheLaterOfTwoStoriesWithOneIdInAChunkWins) {
  auto store = open();
  ASSERT_TRUE(store);
  std::vector<StoryRows> chunk = {coded("same", "2022-09-16", kMeeting),
                                  coded("same", "2022-09-17", kAttack)};
  ASSERT_TRUE(store->write(chunk).ok());
  auto n = counts(*store);
  EXPECT_EQ(n["stories"], 1);
  EXPECT_EQ(n["events"], int64_t(chunk[1].tables[kEvents].size()));
  EXPECT_EQ(n["quotes"], 0);
}

TEST_P(StoreTest, ReadingChangesNothingAndNeedsAStore) {
  {
    auto database = Database::open(target_);
    ASSERT_TRUE(database.ok());
  }
  // An empty database is no store, and opening it to read creates nothing.
  auto reader = Store::open(target_, Store::Mode::kRead);
  ASSERT_FALSE(reader.ok());
  EXPECT_NE(reader.status().message().find("not a Herodotus store"), std::string::npos);
  ASSERT_FALSE(Store::open(target_, Store::Mode::kRead).ok());
  ASSERT_TRUE(open());
  EXPECT_TRUE(Store::open(target_, Store::Mode::kRead).ok());
}

TEST_P(StoreTest, AFailedChunkLeavesNothingOfItself) {
  auto store = open();
  ASSERT_TRUE(store);
  std::vector<StoryRows> first = {coded("meeting", "2022-09-16", kMeeting)};
  ASSERT_TRUE(store->write(first).ok());
  auto before = counts(*store);
  // A chunk whose second story breaks a key: its first story must not land either.
  std::vector<StoryRows> broken = {coded("attack", "2022-09-17", kAttack),
                                   coded("broken", "2022-09-18", kAttack)};
  ASSERT_FALSE(broken[1].tables[kEvents].empty());
  broken[1].tables[kEvents].push_back(broken[1].tables[kEvents][0]);
  Status status = store->write(broken);
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(status.code(), ErrorCode::kDatabase);
  EXPECT_EQ(counts(*store), before);
  // And the store still takes the next chunk.
  std::vector<StoryRows> next = {coded("attack", "2022-09-17", kAttack)};
  EXPECT_TRUE(store->write(next).ok());
}

TEST_P(StoreTest, FiltersAndTheOneADayRule) {
  auto store = open();
  ASSERT_TRUE(store);
  // The same attack reported by three outlets on one day, and once the day after.
  std::vector<StoryRows> chunk = {
      coded("wire-a", "2022-09-17", kAttack), coded("wire-b", "2022-09-17", kAttack),
      coded("wire-c", "2022-09-17", kAttack), coded("wire-d", "2022-09-18", kAttack),
      coded("meeting", "2022-09-16", kMeeting)};
  ASSERT_TRUE(store->write(chunk).ok());
  size_t per_story = chunk[0].tables[kEvents].size();
  ASSERT_GE(per_story, 1u);

  auto read = [&](const EventFilter& filter, bool dedup) {
    std::vector<EventRecord> out;
    EXPECT_TRUE(
        store->read_events(filter, dedup, [&](const EventRecord& e) { out.push_back(e); }).ok());
    return out;
  };
  EventFilter attacks;
  attacks.source = "rus";  // a prefix, in any case
  attacks.from = "2022-09-17";
  auto all = read(attacks, false);
  EXPECT_EQ(all.size(), 4 * per_story);
  auto once = read(attacks, true);
  ASSERT_EQ(once.size(), 2 * per_story);
  EXPECT_EQ(once[0].story_id, "wire-a");
  EXPECT_EQ(once[0].duplicates.size(), 2u);
  EXPECT_EQ(once[0].duplicates[0].substr(0, 7), "wire-b:");
  EXPECT_TRUE(once.back().duplicates.empty());  // the day after stands alone

  EventFilter one_day;
  one_day.from = one_day.to = "2022-09-18";
  EXPECT_EQ(read(one_day, false).size(), per_story);
  EventFilter root;
  root.root = all[0].root.value_or("");
  for (const EventRecord& e : read(root, false)) EXPECT_EQ(e.root, all[0].root);
  EventFilter nobody;
  nobody.target = "XYZ";
  EXPECT_TRUE(read(nobody, false).empty());
}

TEST_P(StoreTest, AStoreOfAnotherSchemaVersionIsRefused) {
  {
    auto store = open();
    ASSERT_TRUE(store);
  }
  auto database = Database::open(target_);
  ASSERT_TRUE(database.ok());
  ASSERT_TRUE(
      (*database)->execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'").ok());
  auto store = Store::open(target_);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("schema version 999"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgresql),
                         [](const auto& info) {
                           return info.param == Backend::kSqlite ? "Sqlite" : "Postgresql";
                         });

TEST(Database, UnusableTargetsAreErrorsNamingThem) {
  auto sqlite = Database::open("/nonexistent-folder/events.db");
  ASSERT_FALSE(sqlite.ok());
  EXPECT_NE(sqlite.status().message().find("/nonexistent-folder/events.db"), std::string::npos);
  auto postgres = Database::open("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2");
  ASSERT_FALSE(postgres.ok());
  EXPECT_EQ(postgres.status().message().find("secret"), std::string::npos);  // no password
}

TEST(Rows, ActorCountries) {
  EXPECT_EQ(actor_country("BLRGOV"), "BLR");
  EXPECT_EQ(actor_country("RUS"), "RUS");
  EXPECT_EQ(actor_country("IGOUNO"), "");
  EXPECT_EQ(actor_country("---GOV"), "");
}

}  // namespace
}  // namespace herodotus::store
