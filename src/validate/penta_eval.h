// Accuracy on real news sentences in five classes (ConfliBERT's Multi-CoPED split,
// ../shared/data/events/conflibert_train.jsonl): each record is one sentence with its class
// (0 statement, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
// conflict) and, for most, the character spans of its source (S), target (T) and reciprocal (R)
// actors. Each sentence is coded alone by the whole pipeline; an event's class is that of its
// CAMEO root (01-02, 03-05, 06-08, 09-13, 14-20).
//
// A sentence is recalled when one of its events has the gold class; every other class predicted
// for it is a false one, so precision = recalled / (recalled + false classes). For a recalled
// sentence with gold spans, its source (target) is right when an event of the gold class has a
// source (target) span overlapping a gold S or R (T or R) span.
#ifndef HERODOTUS_VALIDATE_PENTA_EVAL_H_
#define HERODOTUS_VALIDATE_PENTA_EVAL_H_

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/coding.h"
#include "herodotus/span.h"
#include "herodotus/status.h"

namespace herodotus::validate {

inline constexpr int kPentaClasses = 5;

// How CAMEO roots fall into the five classes. kRoots, issue 14's: 01-02, 03-05, 06-08, 09-13,
// 14-20. kPhoenix, the Phoenix pipeline's quad classes with statements apart: the same but for
// reducing relations (16: sanctions, aid cut, relations broken), which is verbal conflict, as
// ConfliBERT's annotators labelled such sentences.
enum class PentaScheme { kRoots, kPhoenix };

// The class of a CAMEO event code ("0231" -> 0, "112" -> 3, "190" -> 4), or -1 when the code has
// no CAMEO root.
int penta_class(std::string_view event_code, PentaScheme scheme = PentaScheme::kRoots);

struct PentaRecord {
  std::string id, date, text;
  size_t line = 0;
  int penta = 0;
  // Byte spans of `text` (the file counts characters).
  std::vector<Span> sources, targets;  // S and R, T and R
};

Result<std::vector<PentaRecord>> read_penta_records(const std::string& path);

struct PentaEvent {
  int penta = -1;
  std::string code, source, target, rule;
  Span source_span, target_span;  // byte spans of the record's text; empty when not named
};

struct PentaOutcome {
  const PentaRecord* record = nullptr;
  std::vector<PentaEvent> events;
  std::array<bool, kPentaClasses> predicted{};
  bool recalled = false;
  bool source_right = false, target_right = false;  // meaningful when recalled and gold spans exist
};

struct PentaReport {
  std::vector<PentaOutcome> outcomes;
  size_t recalled = 0, false_classes = 0;
  size_t sources_scored = 0, sources_right = 0, targets_scored = 0, targets_right = 0;
  // Per class: sentences of that gold class, those recalled, sentences predicted it wrongly.
  std::array<size_t, kPentaClasses> gold{}, recalled_of{}, false_of{};

  double precision() const;
  double recall() const;
  double f1() const;
};

PentaReport run_penta_eval(const std::vector<PentaRecord>& records,
                           const std::shared_ptr<const EventEngine>& engine);

// The same coded events scored with another scheme's classes.
PentaReport rescore_penta(const PentaReport& coded, PentaScheme scheme);

}  // namespace herodotus::validate

#endif  // HERODOTUS_VALIDATE_PENTA_EVAL_H_
