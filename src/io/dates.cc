#include "io/dates.h"

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

namespace herodotus::io {

int32_t date_number(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return 0;
  int32_t value = 0;
  for (char c : iso) {
    if (c == '-') continue;
    if (c < '0' || c > '9') return 0;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string iso_date(int32_t yyyymmdd) {
  if (yyyymmdd <= 0) return {};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", yyyymmdd / 10000, (yyyymmdd / 100) % 100,
                yyyymmdd % 100);
  return buffer;
}

int32_t add_days(int32_t yyyymmdd, int32_t days) {
  // Civil-date arithmetic through a day count (Howard Hinnant's days_from_civil).
  int y = yyyymmdd / 10000, m = (yyyymmdd / 100) % 100, d = yyyymmdd % 100;
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  long z = static_cast<long>(era) * 146097 + doe + days;
  const long era2 = (z >= 0 ? z : z - 146096) / 146097;
  const long doe2 = z - era2 * 146097;
  const long yoe2 = (doe2 - doe2 / 1460 + doe2 / 36524 - doe2 / 146096) / 365;
  long year = yoe2 + era2 * 400;
  const long doy2 = doe2 - (365 * yoe2 + yoe2 / 4 - yoe2 / 100);
  const long mp = (5 * doy2 + 2) / 153;
  const long day = doy2 - (153 * mp + 2) / 5 + 1;
  const long month = mp + (mp < 10 ? 3 : -9);
  year += month <= 2;
  return static_cast<int32_t>(year * 10000 + month * 100 + day);
}

}  // namespace herodotus::io
