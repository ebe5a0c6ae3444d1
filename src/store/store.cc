#include "herodotus/store.h"

#include <cctype>
#include <cstdlib>

#include "store/database.h"
#include "store/schema.h"

namespace herodotus::store {
namespace {

std::optional<int> as_int(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  return static_cast<int>(std::strtol(s->c_str(), nullptr, 10));
}

std::optional<double> as_double(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  return std::strtod(s->c_str(), nullptr);
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// The columns read_events selects, in EventRecord's order. NULLs sort first in SQLite and last
// in PostgreSQL: the order uses COALESCE so that both give the same; text compares bytes in
// both (the schema gives PostgreSQL's text columns the "C" collation).
constexpr const char* kEventSelect =
    "SELECT e.date, e.source_code, e.source_name, e.source_country, e.target_code, "
    "e.target_name, e.target_country, e.cameo, e.root, e.quad_class, e.goldstein, e.plover, "
    "e.location_name, e.location_country, e.location_lat, e.location_lon, e.story_id, "
    "e.event_id, e.sentence_id, s.url FROM events e JOIN stories s ON s.story_id = e.story_id";
constexpr const char* kEventOrder =
    " ORDER BY COALESCE(e.date, ''), COALESCE(e.source_code, ''), COALESCE(e.target_code, ''), "
    "e.cameo, e.story_id, e.event_id";

EventRecord record_of(const Row& r) {
  EventRecord e;
  e.date = r[0];
  e.source_code = r[1];
  e.source_name = r[2];
  e.source_country = r[3];
  e.target_code = r[4];
  e.target_name = r[5];
  e.target_country = r[6];
  e.cameo = r[7].value_or("");
  e.root = r[8];
  e.quad_class = as_int(r[9]);
  e.goldstein = as_double(r[10]);
  e.plover = r[11];
  e.location_name = r[12];
  e.location_country = r[13];
  e.location_lat = as_double(r[14]);
  e.location_lon = as_double(r[15]);
  e.story_id = r[16].value_or("");
  e.event_id = as_int(r[17]).value_or(0);
  e.sentence_id = as_int(r[18]).value_or(0);
  e.url = r[19];
  return e;
}

bool same_day_dyad_code(const EventRecord& a, const EventRecord& b) {
  return a.date && b.date && *a.date == *b.date && a.source_code == b.source_code &&
         a.target_code == b.target_code && a.cameo == b.cameo;
}

}  // namespace

Store::Store(std::unique_ptr<Database> database) : database_(std::move(database)) {}
Store::~Store() = default;

Status Store::query(const std::string& sql, std::span<const Value> params,
                    const std::function<void(const Row&)>& each) {
  return database_->query(sql, params, each);
}

Result<std::unique_ptr<Store>> Store::open(const std::string& target, Mode mode) {
  auto database = Database::open(target);
  if (!database.ok()) return database.status();
  std::unique_ptr<Store> store(new Store(std::move(*database)));
  Status s = mode == Mode::kWrite ? store->create_schema() : store->check_version();
  if (!s.ok()) return s;
  return store;
}

Status Store::create_schema() {
  // One transaction, and the version row written only if absent: two writers opening a new
  // store at once both succeed.
  if (Status s = database_->begin(); !s.ok()) return s;
  Status s;
  for (const std::string& sql : schema_statements(database_->text_type()))
    if (s = database_->execute(sql); !s.ok()) break;
  if (s.ok())
    s = database_->run(
        "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
        std::vector<Value>{std::string("schema_version"), std::to_string(kSchemaVersion)});
  if (s.ok()) s = database_->commit();
  if (!s.ok()) {
    database_->rollback();
    return s;
  }
  return check_version();
}

Status Store::check_version() {
  std::optional<std::string> version;
  Status s = database_->query("SELECT value FROM meta WHERE key = $1",
                              std::vector<Value>{std::string("schema_version")},
                              [&](const Row& row) { version = row[0]; });
  if (!s.ok() || !version)
    return Status(ErrorCode::kDatabase, "not a Herodotus store (no schema version" +
                                            (s.ok() ? std::string(")") : ": " + s.message() + ")"));
  if (*version != std::to_string(kSchemaVersion))
    return Status(ErrorCode::kDatabase, "the store has schema version " + *version +
                                            "; this Herodotus writes version " +
                                            std::to_string(kSchemaVersion));
  return {};
}

const std::string& Store::insert_sql(size_t table, size_t rows) {
  auto [it, added] = inserts_.try_emplace({table, rows});
  if (added) it->second = insert_statement(tables()[table], rows);
  return it->second;
}

const std::string& Store::delete_sql(size_t table, size_t stories) {
  auto [it, added] = deletes_.try_emplace({table, stories});
  if (added) it->second = delete_statement(tables()[table], stories);
  return it->second;
}

Status Store::write(std::span<const StoryRows> stories) {
  if (stories.empty()) return {};
  // A story id twice in one chunk: the later one replaces the earlier, as across chunks.
  std::map<std::string_view, size_t> last;
  for (size_t i = 0; i < stories.size(); ++i) last[stories[i].story_id] = i;
  std::vector<Value> ids;
  std::vector<const StoryRows*> kept;  // in input order
  for (const auto& [id, index] : last) ids.emplace_back(std::string(id));
  for (size_t i = 0; i < stories.size(); ++i)
    if (last[stories[i].story_id] == i) kept.push_back(&stories[i]);

  if (Status s = database_->begin(); !s.ok()) return s;
  auto fail = [&](Status s) {
    database_->rollback();
    return s;
  };
  // Few statements, many rows each: a chunk's deletes are one statement per table, and its
  // rows go in statements of up to kRowsPerInsert rows (a round trip each on PostgreSQL).
  constexpr size_t kRowsPerInsert = 64;
  std::vector<Value> params;
  for (size_t t = 0; t < kTableCount; ++t) {
    if (Status s = database_->run(delete_sql(t, ids.size()), ids); !s.ok()) return fail(s);
    size_t rows = 0;
    auto flush = [&] {
      if (rows == 0) return Status();
      Status s = database_->run(insert_sql(t, rows), params);
      params.clear();
      rows = 0;
      return s;
    };
    for (const StoryRows* story : kept) {
      for (const std::vector<Value>& row : story->tables[t]) {
        params.insert(params.end(), row.begin(), row.end());
        if (++rows == kRowsPerInsert)
          if (Status s = flush(); !s.ok()) return fail(s);
      }
    }
    if (Status s = flush(); !s.ok()) return fail(s);
  }
  if (Status s = database_->commit(); !s.ok()) return fail(s);
  return {};
}

Status Store::read_events(const EventFilter& filter, bool dedup,
                          const std::function<void(const EventRecord&)>& each) {
  std::string sql = kEventSelect;
  std::vector<Value> params;
  auto where = [&](const std::string& condition, Value value) {
    params.push_back(std::move(value));
    sql += (params.size() == 1 ? " WHERE " : " AND ") + condition + " $" +
           std::to_string(params.size());
  };
  if (!filter.source.empty()) where("e.source_code LIKE", upper(filter.source) + "%");
  if (!filter.target.empty()) where("e.target_code LIKE", upper(filter.target) + "%");
  if (!filter.from.empty()) where("e.date >=", filter.from);
  if (!filter.to.empty()) where("e.date <=", filter.to);
  if (!filter.root.empty()) where("e.root =", filter.root);
  sql += kEventOrder;

  if (!dedup) return database_->query(sql, params, [&](const Row& r) { each(record_of(r)); });
  // Rows come sorted by date, dyad and code: duplicates are neighbours.
  std::optional<EventRecord> kept;
  Status s = database_->query(sql, params, [&](const Row& r) {
    EventRecord e = record_of(r);
    if (kept && same_day_dyad_code(*kept, e)) {
      kept->duplicates.push_back(e.story_id + ":" + std::to_string(e.event_id));
      return;
    }
    if (kept) each(*kept);
    kept = std::move(e);
  });
  if (s.ok() && kept) each(*kept);
  return s;
}

Result<std::vector<std::pair<std::string, int64_t>>> Store::counts() {
  std::vector<std::pair<std::string, int64_t>> out;
  for (const Table& table : tables()) {
    int64_t n = 0;
    Status s = database_->query("SELECT COUNT(*) FROM " + std::string(table.name), {},
                                [&](const Row& row) { n = std::atoll(row[0]->c_str()); });
    if (!s.ok()) return s;
    out.emplace_back(std::string(table.name), n);
  }
  return out;
}

}  // namespace herodotus::store
