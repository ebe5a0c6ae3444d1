#include "store/schema.h"

namespace herodotus::store {

const std::array<Table, kTableCount>& tables() {
  // Spans are [begin, end) byte offsets into the story's text as read (stories.text).
  static const std::array<Table, kTableCount> kTables = {{
      {"stories",
       {{"story_id", "TEXT"},
        {"date", "TEXT"},
        {"title", "TEXT"},
        {"url", "TEXT"},
        {"source", "TEXT"},
        {"origin", "TEXT"},
        {"text", "TEXT"},
        {"sentences", "INTEGER"},
        {"events", "INTEGER"},
        {"quotes", "INTEGER"},
        {"places", "INTEGER"},
        {"errors", "INTEGER"}},
       1},
      {"sentences",
       {{"story_id", "TEXT"},
        {"sentence_id", "INTEGER"},
        {"span_begin", "INTEGER"},
        {"span_end", "INTEGER"},
        {"text", "TEXT"}},
       2},
      {"events",
       {{"story_id", "TEXT"},
        {"event_id", "INTEGER"},
        {"sentence_id", "INTEGER"},
        {"date", "TEXT"},
        {"source_code", "TEXT"},
        {"source_name", "TEXT"},
        {"source_country", "TEXT"},
        {"source_begin", "INTEGER"},
        {"source_end", "INTEGER"},
        {"target_code", "TEXT"},
        {"target_name", "TEXT"},
        {"target_country", "TEXT"},
        {"target_begin", "INTEGER"},
        {"target_end", "INTEGER"},
        {"cameo", "TEXT"},
        {"root", "TEXT"},
        {"quad_class", "INTEGER"},
        {"goldstein", "DOUBLE PRECISION"},
        {"plover", "TEXT"},
        {"verb", "TEXT"},
        {"verb_begin", "INTEGER"},
        {"verb_end", "INTEGER"},
        {"rule", "TEXT"},
        {"rule_source", "TEXT"},
        {"location_name", "TEXT"},
        {"location_country", "TEXT"},
        {"location_lat", "DOUBLE PRECISION"},
        {"location_lon", "DOUBLE PRECISION"},
        {"span_begin", "INTEGER"},
        {"span_end", "INTEGER"}},
       2},
      {"quotes",
       {{"story_id", "TEXT"},
        {"quote_id", "INTEGER"},
        {"sentence_id", "INTEGER"},
        {"kind", "TEXT"},
        {"text", "TEXT"},
        {"span_begin", "INTEGER"},
        {"span_end", "INTEGER"},
        {"speaker_code", "TEXT"},
        {"speaker_name", "TEXT"},
        {"speaker_mention", "TEXT"},
        {"speaker_begin", "INTEGER"},
        {"speaker_end", "INTEGER"},
        {"cue", "TEXT"},
        {"cue_begin", "INTEGER"},
        {"cue_end", "INTEGER"}},
       2},
      {"places",
       {{"story_id", "TEXT"},
        {"place_id", "INTEGER"},
        {"sentence_id", "INTEGER"},
        {"text", "TEXT"},
        {"span_begin", "INTEGER"},
        {"span_end", "INTEGER"},
        {"name", "TEXT"},
        {"country", "TEXT"},
        {"lat", "DOUBLE PRECISION"},
        {"lon", "DOUBLE PRECISION"},
        {"geonames_id", "INTEGER"},
        {"kind", "TEXT"},
        {"role", "TEXT"}},
       2},
      {"actors",
       {{"story_id", "TEXT"},
        {"code", "TEXT"},
        {"name", "TEXT"},
        {"country", "TEXT"},
        {"events", "INTEGER"},
        {"quotes", "INTEGER"}},
       2},
      {"diagnostics",
       {{"story_id", "TEXT"},
        {"diagnostic_id", "INTEGER"},
        {"level", "TEXT"},
        {"code", "TEXT"},
        {"message", "TEXT"}},
       2},
  }};
  return kTables;
}

std::vector<std::string> schema_statements(std::string_view text_type) {
  std::vector<std::string> out;
  std::string text(text_type);
  out.push_back("CREATE TABLE IF NOT EXISTS meta (key " + text + " PRIMARY KEY, value " + text +
                ")");
  for (const Table& table : tables()) {
    std::string sql = "CREATE TABLE IF NOT EXISTS " + std::string(table.name) + " (";
    for (const Column& c : table.columns)
      sql += std::string(c.name) + " " + (c.type == "TEXT" ? text : std::string(c.type)) + ", ";
    sql += "PRIMARY KEY (";
    for (size_t i = 0; i < table.key_columns; ++i)
      sql += (i > 0 ? ", " : "") + std::string(table.columns[i].name);
    sql += "))";
    out.push_back(std::move(sql));
  }
  // The questions `herodotus query` asks: by date, by dyad, by code.
  out.push_back("CREATE INDEX IF NOT EXISTS events_by_date ON events (date)");
  out.push_back("CREATE INDEX IF NOT EXISTS events_by_dyad ON events (source_code, target_code)");
  out.push_back("CREATE INDEX IF NOT EXISTS events_by_root ON events (root)");
  return out;
}

std::string insert_statement(const Table& table, size_t rows) {
  std::string sql = "INSERT INTO " + std::string(table.name) + " (";
  for (size_t c = 0; c < table.columns.size(); ++c)
    sql += (c > 0 ? ", " : "") + std::string(table.columns[c].name);
  sql += ") VALUES ";
  size_t param = 0;
  for (size_t r = 0; r < rows; ++r) {
    sql += r > 0 ? ", (" : "(";
    for (size_t c = 0; c < table.columns.size(); ++c)
      sql += (c > 0 ? ", $" : "$") + std::to_string(++param);
    sql += ")";
  }
  return sql;
}

std::string delete_statement(const Table& table, size_t stories) {
  std::string sql = "DELETE FROM " + std::string(table.name) + " WHERE story_id IN (";
  for (size_t i = 0; i < stories; ++i) sql += (i > 0 ? ", $" : "$") + std::to_string(i + 1);
  return sql + ")";
}

}  // namespace herodotus::store
