#include "validate/tabari_suite.h"

#include <algorithm>
#include <cctype>
#include <memory>

#include "core/strings.h"
#include "dict/coding_options.h"
#include "dict/text_lines.h"

namespace herodotus::validate {
namespace {

using dict::trim;

bool is_blank(std::string_view line) {
  return trim(line).empty();
}

// Parses the inside of one { } block into the record.
void parse_block(std::string_view inside, bool unchecked, std::string_view after,
                 ValidationRecord& record, bool first_block) {
  std::string body = collapse_spaces(inside);
  if (body.empty()) return;  // "{}" in a comment's prose
  if (body.rfind("OPTION:", 0) == 0) {
    record.options.push_back(std::string(trim(std::string_view(body).substr(7))));
    if (record.expectation == Expectation::kNothing) record.expectation = Expectation::kOptions;
    return;
  }
  if (!first_block && record.expectation != Expectation::kEvents) return;  // special codes win
  if (unchecked) {
    // "-{" first: the record is not checked; after events: only those listed are checked.
    if (first_block || record.expectation == Expectation::kNothing)
      record.expectation = Expectation::kUnchecked;
    else
      record.partial = true;
    return;
  }
  std::string compact;
  for (char c : body)
    if (!std::isspace(static_cast<unsigned char>(c))) compact += c;
  if (compact == "---") {
    record.expectation = Expectation::kNoEvents;
    return;
  }
  if (compact == "###") {
    record.expectation = Expectation::kDiscard;
    return;
  }
  if (compact == "+++") {
    record.expectation = Expectation::kComplex;
    return;
  }
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t slash = body.find('/', start);
    parts.emplace_back(trim(std::string_view(body).substr(
        start, slash == std::string::npos ? std::string::npos : slash - start)));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  if (parts.size() != 3) return;
  ExpectedEvent e{parts[0], parts[1], parts[2], ""};
  // A date may follow the closing brace: "} 950103".
  std::string_view rest = trim(after);
  size_t digits = 0;
  while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits]))) ++digits;
  if (digits >= 6) e.date = std::string(rest.substr(0, digits));
  record.expected.push_back(std::move(e));
  record.expectation = Expectation::kEvents;
}

// The record text is everything before the first "/*"; every { } block after it is a validation
// field, even past a "*/" (some records list more events after closing their comment).
void parse_body(const std::string& body, ValidationRecord& record) {
  size_t comment = body.find("/*");
  record.text = body.substr(0, comment);
  if (comment == std::string::npos) return;
  bool first_block = true;
  for (size_t i = comment + 2; i < body.size(); ++i) {
    if (body[i] != '{') continue;
    bool unchecked = i > 0 && body[i - 1] == '-';
    size_t close = body.find('}', i);
    size_t comment_end = body.find("*/", i);
    // An OPTION block sometimes lacks its closing brace: it then ends with the comment.
    size_t end = close;
    if (end == std::string::npos || (comment_end != std::string::npos && comment_end < end))
      end = comment_end;
    if (end == std::string::npos) end = body.size();
    std::string_view inside = std::string_view(body).substr(i + 1, end - i - 1);
    size_t after_end = body.find('\n', end);
    std::string_view after =
        end < body.size() && body[end] == '}'
            ? std::string_view(body).substr(
                  end + 1, (after_end == std::string::npos ? body.size() : after_end) - end - 1)
            : std::string_view();
    bool was_blank = collapse_spaces(inside).empty();
    parse_block(inside, unchecked, after, record, first_block);
    if (!was_blank) first_block = false;
    i = end < body.size() && body[end] == '}' ? end : end - 1;
  }
}

bool starts_record(std::string_view line) {
  return !line.empty() && std::isdigit(static_cast<unsigned char>(line[0]));
}

int32_t record_date(std::string_view text, bool four_digit_years) {
  size_t need = four_digit_years ? 8 : 6;
  if (text.size() < need) return -1;
  int32_t value = 0;
  for (size_t i = 0; i < need; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return -1;
    value = value * 10 + (text[i] - '0');
  }
  int32_t year, month = (value / 100) % 100, day = value % 100;
  if (four_digit_years) {
    year = value / 10000;
  } else {
    year = value / 10000;
    year += year <= 30 ? 2000 : 1900;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return -1;
  return year * 10000 + month * 100 + day;
}

// Story and sentence numbers from a header by a FORWARD format (^ blank, * any, N story, S
// sentence).
bool sequence_numbers(const std::string& header, const std::string& format, std::string& story,
                      int& sentence) {
  story.clear();
  std::string sentence_digits;
  size_t h = 0;
  for (char f : format) {
    if (h >= header.size()) break;
    if (f == 'N')
      story += header[h];
    else if (f == 'S')
      sentence_digits += header[h];
    ++h;
  }
  if (story.empty() || sentence_digits.empty()) return false;
  for (char c : sentence_digits)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  sentence = std::stoi(sentence_digits);
  return true;
}

bool same_events(const tabari::SentenceResult& result, const ValidationRecord& record) {
  if (record.partial) {
    for (const ExpectedEvent& e : record.expected) {
      bool found =
          std::any_of(result.events.begin(), result.events.end(), [&](const code::CodedEvent& p) {
            return p.source == e.source && p.target == e.target && p.code == e.code;
          });
      if (!found) return false;
    }
    return true;
  }
  std::vector<std::string> produced, expected;
  for (const code::CodedEvent& e : result.events)
    produced.push_back(e.source + "/" + e.target + "/" + e.code);
  for (const ExpectedEvent& e : record.expected)
    expected.push_back(e.source + "/" + e.target + "/" + e.code);
  std::sort(produced.begin(), produced.end());
  std::sort(expected.begin(), expected.end());
  return produced == expected;
}

std::string format_date(int32_t yyyymmdd, bool four_digit_years) {
  char buffer[16];
  if (four_digit_years)
    std::snprintf(buffer, sizeof buffer, "%08d", yyyymmdd);
  else
    std::snprintf(buffer, sizeof buffer, "%06d", yyyymmdd % 1000000);
  return buffer;
}

}  // namespace

Result<std::vector<ValidationRecord>> read_tabari_records(const std::string& path) {
  auto lines = dict::read_lines(path);
  if (!lines.ok()) return lines.status();
  std::vector<ValidationRecord> records;
  size_t n = 0;
  while (n < lines->size()) {
    std::string_view line = (*lines)[n];
    if (!starts_record(line)) {
      ++n;
      continue;
    }
    ValidationRecord record;
    record.line = n + 1;
    size_t date_end = 0;
    while (date_end < line.size() && !std::isspace(static_cast<unsigned char>(line[date_end])))
      ++date_end;
    record.date = std::string(line.substr(0, date_end));
    record.header = std::string(line.substr(date_end));
    record.id = std::string(trim(record.header));
    std::string body;
    ++n;
    while (n < lines->size() && !is_blank((*lines)[n])) {
      body += (*lines)[n];
      body += '\n';
      ++n;
    }
    parse_body(body, record);
    records.push_back(std::move(record));
  }
  return records;
}

std::string describe_events(const tabari::SentenceResult& result) {
  switch (result.skip) {
    case SentenceSkip::kTooShort:
      return "{ --- } (too short)";
    case SentenceSkip::kDiscarded:
      return "{ ### } (" + result.explanation + ")";
    case SentenceSkip::kComplex:
      return "{ +++ } (" + result.explanation + ")";
    default:
      break;
  }
  if (result.events.empty()) return "{ --- }";
  std::string out;
  for (const code::CodedEvent& e : result.events) {
    if (!out.empty()) out += "  ";
    out += "{ " + e.source + " / " + e.target + " / " + e.code + " }";
  }
  return out;
}

SuiteReport run_tabari_suite(const dict::LoadedDictionaries& loaded,
                             const std::vector<ValidationRecord>& records, bool explain) {
  SuiteReport report;
  auto compiled = std::make_shared<const dict::CompiledDictionary>(loaded.dictionary);
  CodingOptions options = loaded.options;
  tabari::Coder coder(compiled, options);
  tabari::ScratchHolder scratch;
  tabari::ForwardState forward;
  std::string last_story;
  int last_sentence = -1;
  const dict::Dictionary& dictionary = compiled->dictionary();

  for (const ValidationRecord& record : records) {
    if (record.expectation == Expectation::kNothing) break;
    for (const std::string& line : record.options) {
      if (Status s = dict::apply_tabari_option_line(line, options); !s.ok())
        report.warnings.push_back(record.id + ": OPTION " + line + ": " + s.message());
    }
    if (record.expectation == Expectation::kOptions) {
      ++report.option_records;
      continue;
    }
    int32_t date = record_date(record.date, options.four_digit_years);
    // Pronoun forwarding holds only between consecutive sentences of one story.
    tabari::ForwardState* forward_state = nullptr;
    if (options.forward.enabled) {
      std::string story;
      int sentence = -1;
      if (sequence_numbers(record.header, options.forward.format, story, sentence)) {
        if (story != last_story || sentence != last_sentence + 1) forward.valid = false;
        last_story = story;
        last_sentence = sentence;
        forward_state = &forward;
      } else {
        forward.valid = false;
      }
    }
    tabari::SentenceResult result;
    if (date < 0) {
      result.skip = SentenceSkip::kNone;  // TABARI skips records it cannot date
    } else {
      result = coder.code_with(record.text, date, options, scratch.get(), forward_state);
    }
    if (record.expectation == Expectation::kUnchecked) {
      ++report.unchecked;
      continue;
    }
    bool passed = false;
    switch (record.expectation) {
      case Expectation::kDiscard:
        passed = result.skip == SentenceSkip::kDiscarded;
        break;
      case Expectation::kComplex:
        passed = result.skip == SentenceSkip::kComplex;
        break;
      case Expectation::kNoEvents:
        passed = (result.skip == SentenceSkip::kNone || result.skip == SentenceSkip::kTooShort) &&
                 result.events.empty();
        break;
      case Expectation::kEvents: {
        passed = result.skip == SentenceSkip::kNone && same_events(result, record);
        // With time shifting on, the first event's date is checked too.
        bool shifting = options.time_shift && !dictionary.times.empty();
        if (passed && shifting && !record.expected.empty() && !record.expected.front().date.empty())
          passed =
              format_date(result.date, options.four_digit_years) == record.expected.front().date;
        break;
      }
      default:
        break;
    }
    RecordOutcome outcome;
    outcome.record = &record;
    outcome.passed = passed;
    outcome.result = std::move(result);
    if (explain && !passed) outcome.explanation = coder.explain(scratch.get());
    (passed ? report.passed : report.failed) += 1;
    report.outcomes.push_back(std::move(outcome));
  }
  return report;
}

}  // namespace herodotus::validate
