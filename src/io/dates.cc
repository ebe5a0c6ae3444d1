#include <cstdio>
#include <string>

#include "herodotus/io.h"

namespace herodotus {
namespace {

bool digits(std::string_view s, size_t at, size_t n, int& value) {
  if (at + n > s.size()) return false;
  value = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    value = value * 10 + (s[i] - '0');
  }
  return true;
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

Result<std::string> normalize_date(std::string_view date) {
  auto bad = [&] {
    return Status(ErrorCode::kBadDate, "'" + std::string(date) + "' is not a date (YYYY-MM-DD)");
  };
  int year = 0, month = 0, day = 0;
  size_t rest = 0;
  if (date.size() >= 10 && (date[4] == '-' || date[4] == '/') && date[7] == date[4]) {
    if (!digits(date, 0, 4, year) || !digits(date, 5, 2, month) || !digits(date, 8, 2, day))
      return bad();
    rest = 10;
  } else if (date.size() >= 8 && digits(date, 0, 4, year) && digits(date, 4, 2, month) &&
             digits(date, 6, 2, day)) {
    rest = 8;
  } else {
    return bad();
  }
  // Only a time of day may follow the date.
  if (rest < date.size() && date[rest] != 'T' && date[rest] != ' ') return bad();
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
    return bad();
  char buffer[11];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return std::string(buffer);
}

Result<InputFormat> parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text" || name == "txt") return InputFormat::kText;
  if (name == "jsonl" || name == "ndjson") return InputFormat::kJsonLines;
  if (name == "html" || name == "htm") return InputFormat::kHtml;
  return Status(ErrorCode::kInvalidArgument,
                "unknown input format '" + std::string(name) + "' (auto, text, jsonl, html)");
}

}  // namespace herodotus
