// Article extraction measured against hand-extracted text, and titles against readability's.
//
// Text: `../shared/data/boilerplate/{l3s-gn1,cleanportaleval}`, pages in input/ and their main
// text in GoldStandard/ (cleanportaleval: plain text with <h>, <p>, <l> line markers after a
// "URL:" line; L3S-GN1: the page annotated with spans of class x-nc-sel1 for the headline and
// x-nc-sel2 for the full text, the two taken as the gold text). Scores are over multisets of
// lower-cased word tokens (runs of letters and digits): precision, recall and F1 per page,
// averaged over pages.
//
// Titles: `../shared/data/boilerplate/readability`, one folder per page with source.html and
// expected-metadata.json; a title is right when it equals the expected one, white space
// collapsed.
#ifndef HERODOTUS_VALIDATE_EXTRACT_EVAL_H_
#define HERODOTUS_VALIDATE_EXTRACT_EVAL_H_

#include <string>
#include <vector>

#include "herodotus/status.h"

namespace herodotus::validate {

struct PageScore {
  std::string page;  // the input file
  double precision = 0, recall = 0, f1 = 0;
};

struct ExtractReport {
  std::vector<PageScore> pages;
  double precision = 0, recall = 0, f1 = 0;  // means over pages
};

// The words of a text, lower-cased: runs of letters and digits.
std::vector<std::string> word_tokens(std::string_view text);

// Precision, recall and F1 of `found` against `gold` as multisets of word tokens.
PageScore score_tokens(std::string_view found, std::string_view gold);

// The gold text of a GoldStandard file, in either set's format.
std::string gold_text(std::string_view gold_file);

// Extracts every page of DIR/input and scores it against DIR/GoldStandard.
Result<ExtractReport> run_extract_eval(const std::string& dir);

struct TitleOutcome {
  std::string page, expected, found;
};

struct TitleReport {
  size_t pages = 0, correct = 0;
  std::vector<TitleOutcome> wrong;
  double accuracy() const { return pages == 0 ? 0 : double(correct) / double(pages); }
};

Result<TitleReport> run_title_eval(const std::string& dir);

}  // namespace herodotus::validate

#endif  // HERODOTUS_VALIDATE_EXTRACT_EVAL_H_
