// Rows with named columns, written as an aligned table for people, as CSV (RFC 4180) or as JSON
// Lines: what `herodotus export` and `herodotus query` print.
#ifndef HERODOTUS_CLI_RESULT_TABLE_H_
#define HERODOTUS_CLI_RESULT_TABLE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace herodotus::cli {

enum class TableFormat { kTable, kCsv, kJsonLines };

struct ResultTable {
  std::vector<std::string> columns;
  std::vector<bool> numeric;  // per column: written bare in JSON, right-aligned in tables
  std::vector<std::vector<std::optional<std::string>>> rows;  // nullopt: NULL

  void add_column(std::string name, bool is_numeric = false) {
    columns.push_back(std::move(name));
    numeric.push_back(is_numeric);
  }
};

// "table", "csv", "json"/"jsonl"; empty: a table on a terminal, else CSV.
TableFormat resolve_table_format(std::string_view name);

// Appends the header (table and CSV) and every row to `out`.
void write_result(const ResultTable& table, TableFormat format, std::string& out);

// A number as the table shows it: "-12.5", "3".
std::string number_text(double value);

// Display width in code points, which is right for the Latin, Cyrillic and Arabic names of news.
size_t display_width(std::string_view s);

}  // namespace herodotus::cli

#endif  // HERODOTUS_CLI_RESULT_TABLE_H_
