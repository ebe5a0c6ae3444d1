// PETRARCH's unit-test records (PETR.UnitTest.records.xml): <Sentence> records with the expected
// <EventCoding> elements (source, target and event code; noevents; or an error such as
// "sentencediscard"), <Config> elements that change the coder's options for the records after
// them, and an <Environment> naming the dictionaries and the categories to run.
//
// Herodotus codes the <Text> of each record; the <Parse> tree is not read (see docs/coding.md:
// the coder finds its own phrases). Records marked sentence="false" (tests of features PETRARCH
// never implemented) and categories outside <Include> are not scored, as in PETRARCH.
#ifndef HERODOTUS_VALIDATE_PETRARCH_SUITE_H_
#define HERODOTUS_VALIDATE_PETRARCH_SUITE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "dict/tabari_reader.h"
#include "herodotus/document.h"
#include "herodotus/status.h"

namespace herodotus::validate {

struct PetrarchExpectedEvent {
  std::string source, target, code;
};

struct PetrarchRecord {
  std::string id, category;
  int32_t date = 0;   // YYYYMMDD
  size_t line = 0;    // of the <Sentence> element
  std::string text;   // white space collapsed
  bool valid = true;  // sentence="true"
  std::string error;  // an expected error ("dateline", "sentencediscard", ...), or empty
  std::vector<PetrarchExpectedEvent> expected;  // empty: no events
  // <Config> settings met since the previous record, applied before this one is coded.
  std::vector<std::pair<std::string, std::string>> options;
};

struct PetrarchSuite {
  std::string verbs_file, agents_file, discards_file;  // as named in <Environment>
  std::vector<std::string> actor_files;
  std::vector<std::string> include;                          // categories to run ("valid" included)
  std::vector<std::pair<std::string, std::string>> options;  // <Environment> <Config> settings
  std::vector<PetrarchRecord> records;
};

// Reads the records file. A malformed file is an error naming the line.
Result<PetrarchSuite> read_petrarch_records(const std::string& path);

// Loads the dictionaries the suite names from `folder`.
Result<dict::LoadedDictionaries> load_petrarch_suite_dictionaries(const PetrarchSuite& suite,
                                                                  const std::string& folder);

struct PetrarchOutcome {
  const PetrarchRecord* record = nullptr;
  bool passed = false;
  SentenceSkip skip = SentenceSkip::kNone;      // why the record was not read, when it was not
  std::vector<PetrarchExpectedEvent> produced;  // the events coded
  std::string explanation;                      // how it was read, when asked for
};

struct PetrarchReport {
  std::vector<PetrarchOutcome> outcomes;  // scored records only
  size_t passed = 0, failed = 0;
  size_t skipped = 0;                 // not valid, or a category not included
  std::vector<std::string> warnings;  // options that could not be applied
};

PetrarchReport run_petrarch_suite(const dict::LoadedDictionaries& loaded,
                                  const PetrarchSuite& suite, bool explain);

// "{ ARN / GON / 064 }" for the produced events, or the outcome ("sentencediscard", ...).
std::string describe_outcome(const PetrarchOutcome& outcome);
// "{ ARN / GON / 064 }  { ... }", or "no events".
std::string describe_events(const std::vector<PetrarchExpectedEvent>& events);

}  // namespace herodotus::validate

#endif  // HERODOTUS_VALIDATE_PETRARCH_SUITE_H_
