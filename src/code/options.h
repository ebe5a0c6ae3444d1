// How the coder behaves: the settings of a TABARI .options file (manual, chapter 8), which the
// project's own configuration uses too. Defaults are TABARI's.
#ifndef HERODOTUS_CODE_OPTIONS_H_
#define HERODOTUS_CODE_OPTIONS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "herodotus/status.h"

namespace herodotus::code {

enum class CodeBy : uint8_t {
  kClause,    // the first event of each conjunction-delimited clause
  kSentence,  // the first event of the sentence
  kAll,       // every event
};

// The complexity filter: a sentence meeting any active condition is not coded (+++).
struct ComplexityOptions {
  int verbs = 0;  // n or more verbs; 0: off
  int actors = 0;
  int pronouns = 0;
  int conjunctions = 0;
  int commas = 0;               // n or more comma-delimited clauses
  int late_verb = 0;            // no verb within n words of the start
  bool no_actor_prior = false;  // no actor before the first verb
  bool no_actor_after = false;  // no actor after the first verb
  bool no_verb = false;
  bool no_source = false;
  bool no_target = false;
  bool no_event = false;
};

// Comma-delimited nonrestrictive clauses of [min, max] words are removed before coding; B* limits
// apply to the clause that opens the sentence, E* to the one that ends it.
struct CommaOptions {
  bool enabled = true;
  int min = 2, max = 10;
  int end_min = 2, end_max = 10;
  int begin_min = 128, begin_max = 0;  // TABARI's default never removes the opening clause
};

struct DefaultActors {
  std::string source;  // empty: no default source
  std::string target;
  bool source_prior = false;  // PRIOR: the default source whenever no actor precedes the verb
  bool target_after = false;  // AFTER: the default target whenever no actor follows the verb
};

// FORWARD: pronouns opening a sentence refer to the first actor of the previous sentence of the
// same story. The sequence format says where the story and sentence numbers are in a record id.
struct ForwardOptions {
  bool enabled = false;
  std::string format;  // ^ leading blanks, * any character, N story number, S sentence number
};

struct CoderOptions {
  CodeBy code_by = CodeBy::kClause;
  ComplexityOptions complexity;
  CommaOptions comma;
  DefaultActors defaults;
  ForwardOptions forward;
  int minimum_words = 8;          // shorter sentences are not coded
  bool convert_agents = false;    // agents without an actor become actors with the agent's code
  bool four_digit_years = false;  // record dates are YYYYMMDD rather than YYMMDD
  bool time_shift = true;         // apply <TIME> phrases (when the dictionary has any)
  bool fbis = false;              // FBIS formatting: skip [bracketed] text and numbered prefixes
};

// Applies one line of a TABARI .options file ("COMPLEX: VERBS[5] NOACTPRIOR", "SET: CODE ALL",
// "DEFAULT: OFF", ...). Lines the coder has no use for (LABEL:, OUTPUT:) are accepted and ignored;
// a malformed known command is an error.
Status apply_option_line(std::string_view line, CoderOptions& options);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_OPTIONS_H_
