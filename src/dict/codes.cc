#include "dict/codes.h"

#include <cctype>

#include "core/strings.h"

namespace herodotus::dict {
namespace {

bool valid_code(std::string_view code) {
  if (code.empty()) return false;
  for (char c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '~' && c != '.' && c != '_' &&
        c != '-')
      return false;
  }
  return true;
}

Status bad(std::string message) {
  return Status(ErrorCode::kDictionary, std::move(message));
}

}  // namespace

CodeTable::CodeTable() {
  intern("---");
  intern("###");
  intern("+++");
}

CodeId CodeTable::intern(std::string_view code) {
  if (auto it = ids_.find(std::string(code)); it != ids_.end()) return it->second;
  auto id = static_cast<CodeId>(texts_.size());
  texts_.emplace_back(code);
  ids_.emplace(std::string(code), id);
  return id;
}

Result<EventCodeSpec> parse_event_code(std::string_view text, CodeTable& codes, bool time) {
  text = trim(text);
  EventCodeSpec spec;
  // "- - -" is how the manual prints the null code; accept it.
  std::string compact;
  for (char c : text)
    if (!std::isspace(static_cast<unsigned char>(c))) compact += c;
  std::string_view body = compact;
  if (body == "---") return spec;
  if (body == "###") {
    spec.code = kDiscardCode;
    return spec;
  }
  if (body == "+++") {
    spec.code = kComplexCode;
    return spec;
  }
  if (time && !body.empty() &&
      (body[0] == '+' || body[0] == '-' || std::isdigit(static_cast<unsigned char>(body[0])))) {
    int sign = body[0] == '-' ? -1 : 1;
    std::string_view digits = (body[0] == '+' || body[0] == '-') ? body.substr(1) : body;
    if (digits.empty()) return bad("time shift without a number: [" + std::string(text) + "]");
    int32_t days = 0;
    for (char c : digits) {
      if (!std::isdigit(static_cast<unsigned char>(c)))
        return bad("time shift is not a number of days: [" + std::string(text) + "]");
      days = days * 10 + (c - '0');
      if (days > 8192) return bad("time shift over 8192 days: [" + std::string(text) + "]");
    }
    spec.shift_days = sign * days;
    spec.code = codes.intern(compact);
    return spec;
  }
  if (!body.empty() && body.back() == '?') {
    spec.subordinate = true;
    body.remove_suffix(1);
  } else if (!body.empty() && body.back() == '!') {
    spec.dominant = true;
    body.remove_suffix(1);
  }
  if (auto colon = body.find(':'); colon != std::string_view::npos) {
    std::string_view first = body.substr(0, colon), second = body.substr(colon + 1);
    if (!valid_code(first) || !valid_code(second))
      return bad("bad paired code [" + std::string(text) + "]");
    spec.code = codes.intern(first);
    spec.paired = codes.intern(second);
    spec.is_paired = true;
    return spec;
  }
  if (!valid_code(body)) return bad("bad event code [" + std::string(text) + "]");
  spec.code = codes.intern(body);
  return spec;
}

int32_t parse_dictionary_date(std::string_view text) {
  text = trim(text);
  if (text.size() != 6 && text.size() != 8) return -1;
  for (char c : text)
    if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
  int32_t value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  int32_t year, month, day;
  if (text.size() == 6) {
    year = value / 10000;
    year += year <= 30 ? 2000 : 1900;
  } else {
    year = value / 10000;
  }
  month = (value / 100) % 100;
  day = value % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return -1;
  return year * 10000 + month * 100 + day;
}

}  // namespace herodotus::dict
