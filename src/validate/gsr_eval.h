// Accuracy on real news: PETRARCH-2's gold-standard records (PETR2_GSR_validation.xml: AFP
// sentences from the GigaWord sample and test sentences, with hand-corrected codings). Each
// record's text is coded by the whole pipeline (cleaning, segmentation, coding) and its events
// compared with the expected ones as (source country, target country, CAMEO root) triples: the
// first three characters of each actor code and the first two digits of the event code.
//
// The file is not well-formed XML (a bare text header, self-closing <Sentence/> tags followed by
// their content), so it is read line by line as PETRARCH's own scorer reads it.
#ifndef HERODOTUS_VALIDATE_GSR_EVAL_H_
#define HERODOTUS_VALIDATE_GSR_EVAL_H_

#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "herodotus/coding.h"
#include "herodotus/status.h"

namespace herodotus::validate {

using DyadRoot = std::tuple<std::string, std::string, std::string>;  // source, target, root

struct GsrRecord {
  std::string id, category, date;  // date as YYYY-MM-DD
  size_t line = 0;
  std::string text;
  std::set<DyadRoot> expected;  // empty: no events expected
};

Result<std::vector<GsrRecord>> read_gsr_records(const std::string& path);

// "BLRGOV" -> "BLR"; "---GOV" -> "---"; "010" -> "01".
DyadRoot dyad_root(std::string_view source, std::string_view target, std::string_view code);

struct GsrOutcome {
  const GsrRecord* record = nullptr;
  std::set<DyadRoot> produced;
  std::vector<std::string> rules;  // the rules that fired, for the failure listing
};

struct GsrReport {
  std::vector<GsrOutcome> outcomes;
  size_t expected = 0, produced = 0, correct = 0;  // triples, summed over records
  size_t records_exact = 0;                        // records whose triples match exactly
  double precision() const { return produced == 0 ? 0 : double(correct) / double(produced); }
  double recall() const { return expected == 0 ? 0 : double(correct) / double(expected); }
};

GsrReport run_gsr_eval(const std::vector<GsrRecord>& records,
                       const std::shared_ptr<const EventEngine>& engine);

}  // namespace herodotus::validate

#endif  // HERODOTUS_VALIDATE_GSR_EVAL_H_
