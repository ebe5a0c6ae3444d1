// Dates as the coders compute with them: YYYYMMDD numbers, shifted by days (TABARI's time
// phrases), and back to ISO 8601. normalize_date (herodotus/io.h) reads what users write.
#ifndef HERODOTUS_IO_DATES_H_
#define HERODOTUS_IO_DATES_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace herodotus::io {

// "2022-10-10" -> 20221010; 0 when empty or malformed.
int32_t date_number(std::string_view iso_date);

// 20221010 -> "2022-10-10"; "" for 0.
std::string iso_date(int32_t yyyymmdd);

// The date `days` days after (or before) a YYYYMMDD date.
int32_t add_days(int32_t yyyymmdd, int32_t days);

}  // namespace herodotus::io

#endif  // HERODOTUS_IO_DATES_H_
