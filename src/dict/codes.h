// Codes: actor and event codes are interned strings (any letters and digits: CAMEO's "064", a
// validation suite's "174K"), plus TABARI's three special codes. Event code specifications carry
// TABARI's modifiers: subordinate (023?), dominant (031!), paired (032:033).
#ifndef HERODOTUS_DICT_CODES_H_
#define HERODOTUS_DICT_CODES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "herodotus/status.h"

namespace herodotus::dict {

using CodeId = uint32_t;

// Reserved ids: every CodeTable starts with these.
inline constexpr CodeId kNullCode = 0;     // ---  matches, but codes nothing
inline constexpr CodeId kDiscardCode = 1;  // ###  the whole story is not coded
inline constexpr CodeId kComplexCode = 2;  // +++  the sentence is too complex to code

class CodeTable {
 public:
  CodeTable();
  CodeId intern(std::string_view code);
  // kNullCode's text for an unknown id is never returned: ids come from intern().
  std::string_view text(CodeId id) const { return texts_[id]; }
  size_t size() const { return texts_.size(); }

 private:
  std::vector<std::string> texts_;
  std::unordered_map<std::string, CodeId> ids_;
};

inline bool is_special(CodeId id) {
  return id <= kComplexCode;
}

struct EventCodeSpec {
  CodeId code = kNullCode;
  CodeId paired = kNullCode;  // the reverse event's code; kNullCode when not paired
  bool is_paired = false;
  bool subordinate = false;  // ? : coded only when nothing else is
  bool dominant = false;     // ! : when present, only dominant events are coded
  int32_t shift_days = 0;    // time-shift entries: days to add to the story date
};

// Parses the text inside [ ] of a verb, pattern or time entry: "064", "023?", "031!", "032:033",
// "---", "###", "+++", "+7", "-30". `time` selects day shifts for numbers with a sign.
Result<EventCodeSpec> parse_event_code(std::string_view text, CodeTable& codes, bool time);

// Dates in dictionaries: YYMMDD (years 00-30 are 2000-2030) or YYYYMMDD; returns YYYYMMDD, or -1.
int32_t parse_dictionary_date(std::string_view text);

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_CODES_H_
