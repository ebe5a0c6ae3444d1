// TABARI's validation suite (manual 10.1): text records each followed by a comment block holding
// the expected events, { SOURCE / TARGET / CODE }, or { --- } (no event), { ### } (discard),
// { +++ } (complex), -{ ... } (not checked), and { OPTION: ... } records that change the options
// for the records after them. Validation stops at the first record with no expectation at all
// (FINAL-01 in Validate.text).
#ifndef HERODOTUS_VALIDATE_TABARI_SUITE_H_
#define HERODOTUS_VALIDATE_TABARI_SUITE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dict/tabari_reader.h"
#include "herodotus/status.h"
#include "tabari/coder.h"

namespace herodotus::validate {

struct ExpectedEvent {
  std::string source, target, code;
  std::string date;  // YYMMDD or YYYYMMDD as written after the }, or empty
};

enum class Expectation : uint8_t {
  kEvents,     // the listed events, no more and no fewer
  kNoEvents,   // { --- }
  kDiscard,    // { ### }
  kComplex,    // { +++ }
  kUnchecked,  // -{ ... }: the record is coded but not checked
  kOptions,    // only { OPTION: ... } blocks
  kNothing,    // no validation block: the end of the suite
};

struct ValidationRecord {
  std::string id;      // the header after the date, trimmed
  std::string header;  // the header after the date, as written (FORWARD reads it)
  std::string date;    // as written
  size_t line = 0;     // of the header in the text file
  std::string text;    // the record text, comments removed
  Expectation expectation = Expectation::kNothing;
  std::vector<ExpectedEvent> expected;
  bool partial = false;              // "-{" after the events: more events may be produced
  std::vector<std::string> options;  // OPTION: lines, applied before the record is coded
};

// Reads a TABARI text file into records.
Result<std::vector<ValidationRecord>> read_tabari_records(const std::string& path);

struct RecordOutcome {
  const ValidationRecord* record = nullptr;
  bool passed = false;
  tabari::SentenceResult result;
  std::string explanation;  // the parse, when asked for
};

struct SuiteReport {
  std::vector<RecordOutcome> outcomes;  // checked records only
  size_t passed = 0;
  size_t failed = 0;
  size_t option_records = 0;
  size_t unchecked = 0;
  std::vector<std::string> warnings;  // option lines that could not be applied
};

// Codes every record up to the first without expectations, applying OPTION records as it goes.
SuiteReport run_tabari_suite(const dict::LoadedDictionaries& loaded,
                             const std::vector<ValidationRecord>& records, bool explain);

// "{ ARN / GON / 064 }" lines for a result, as a validation record writes them.
std::string describe_events(const tabari::SentenceResult& result);

}  // namespace herodotus::validate

#endif  // HERODOTUS_VALIDATE_TABARI_SUITE_H_
