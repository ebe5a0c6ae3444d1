#include "result_table.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "herodotus/json.h"

namespace herodotus::cli {
namespace {

void append_csv_field(std::string_view s, std::string& out) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

size_t display_width(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

TableFormat resolve_table_format(std::string_view name) {
  if (name == "table") return TableFormat::kTable;
  if (name == "csv") return TableFormat::kCsv;
  if (name == "json" || name == "jsonl") return TableFormat::kJsonLines;
  return isatty(STDOUT_FILENO) == 1 ? TableFormat::kTable : TableFormat::kCsv;
}

std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

void write_result(const ResultTable& table, TableFormat format, std::string& out) {
  const size_t columns = table.columns.size();
  if (format == TableFormat::kCsv) {
    for (size_t c = 0; c < columns; ++c) {
      if (c > 0) out += ',';
      append_csv_field(table.columns[c], out);
    }
    out += "\r\n";
    for (const auto& row : table.rows) {
      for (size_t c = 0; c < columns; ++c) {
        if (c > 0) out += ',';
        if (row[c]) append_csv_field(*row[c], out);
      }
      out += "\r\n";
    }
    return;
  }
  if (format == TableFormat::kJsonLines) {
    for (const auto& row : table.rows) {
      out += '{';
      for (size_t c = 0; c < columns; ++c) {
        if (c > 0) out += ',';
        append_json_string(out, table.columns[c]);
        out += ':';
        if (!row[c])
          out += "null";
        else if (table.numeric[c])
          out += *row[c];
        else
          append_json_string(out, *row[c]);
      }
      out += "}\n";
    }
    return;
  }
  std::vector<size_t> widths(columns);
  for (size_t c = 0; c < columns; ++c) widths[c] = display_width(table.columns[c]);
  for (const auto& row : table.rows)
    for (size_t c = 0; c < columns; ++c)
      widths[c] = std::max(widths[c], row[c] ? display_width(*row[c]) : 1);
  auto cell = [&](std::string_view s, size_t c) {
    size_t pad = widths[c] - display_width(s);
    if (table.numeric[c]) out.append(pad, ' ');
    out += s;
    if (!table.numeric[c] && c + 1 < columns) out.append(pad, ' ');
    if (c + 1 < columns) out += "  ";
  };
  for (size_t c = 0; c < columns; ++c) cell(table.columns[c], c);
  out += '\n';
  for (const auto& row : table.rows) {
    for (size_t c = 0; c < columns; ++c) cell(row[c] ? std::string_view(*row[c]) : "-", c);
    out += '\n';
  }
}

}  // namespace herodotus::cli
