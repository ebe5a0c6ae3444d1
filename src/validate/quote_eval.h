// Quote extraction measured on PolNeAR (../shared/data/quotes/polnear/{train,dev}): news
// articles with every attribution annotated in brat's format (Source, Cue and Content spans at
// character offsets, tied together by Attribution events).
//
// A gold quotation is an annotated Content that begins with a quotation mark (a direct quote);
// its extent runs from its first fragment's start to its last fragment's end. A quotation
// Herodotus finds matches a gold one when they overlap by at least half of the shorter span.
// Herodotus's direct quotations are scored against them (its partial quotations, a few quoted
// words inside the writer's sentence, are what PolNeAR annotates as part of an indirect Content,
// and are counted apart). Precision: the share of found quotations that match a gold one; recall:
// the share of gold quotations matched. Speaker accuracy: of the gold quotations found that have an
// annotated Source, the share whose best-overlapping found quotation has a speaker mention
// overlapping that Source.
#ifndef HERODOTUS_VALIDATE_QUOTE_EVAL_H_
#define HERODOTUS_VALIDATE_QUOTE_EVAL_H_

#include <string>
#include <vector>

#include "herodotus/span.h"
#include "herodotus/status.h"

namespace herodotus::validate {

struct GoldQuote {
  Span content;               // UTF-8 byte offsets into the article text, quotation marks included
  std::vector<Span> sources;  // the speakers' mentions
  size_t line = 0;            // the Content's line in the annotation file
};

struct PolnearArticle {
  std::string name;        // the text file's name without .txt
  std::string annotation;  // the annotation file read (the first annotator's, by name)
  std::string text;
  std::vector<GoldQuote> quotes;
  std::vector<Span> indirect;  // the other Contents: reported speech, partial quotes in it
};

// Reads DIR/text/*.txt and, for each, the first DIR/attributions/NAME_*.ann. An annotation that
// cannot be read is an error naming its file and line.
Result<std::vector<PolnearArticle>> read_polnear(const std::string& dir);

struct QuoteMiss {
  const PolnearArticle* article = nullptr;
  Span span;            // in the article text
  std::string speaker;  // found quotations: the speaker's mention; gold: the annotated Source
  size_t line = 0;      // gold quotations: the annotation line
};

struct QuoteEvalReport {
  size_t articles = 0;
  size_t gold = 0, found = 0;            // quotations
  size_t found_correct = 0;              // found quotations matching a gold one
  size_t gold_matched = 0;               // gold quotations matched by a found one
  size_t with_source = 0;                // gold quotations matched that have a Source
  size_t speaker_correct = 0;            // ... whose found speaker overlaps it
  std::vector<QuoteMiss> missed;         // gold quotations not found
  std::vector<QuoteMiss> spurious;       // found quotations matching no gold one
  size_t spurious_in_indirect = 0;       // ... of which inside an annotated indirect Content
  size_t partial = 0;                    // partial quotations found
  size_t partial_in_content = 0;         // ... inside an annotated Content, direct or indirect
  std::vector<QuoteMiss> wrong_speaker;  // gold quotations found with another speaker (Source)

  double precision() const { return found == 0 ? 0 : double(found_correct) / double(found); }
  double recall() const { return gold == 0 ? 0 : double(gold_matched) / double(gold); }
  double f1() const {
    double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
  double speaker_accuracy() const {
    return with_source == 0 ? 0 : double(speaker_correct) / double(with_source);
  }
};

QuoteEvalReport run_quote_eval(const std::vector<PolnearArticle>& articles);

}  // namespace herodotus::validate

#endif  // HERODOTUS_VALIDATE_QUOTE_EVAL_H_
