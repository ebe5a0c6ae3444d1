// The coding options a dictionary format carries: TABARI's .options lines ("COMPLEX: VERBS[5]
// NOACTPRIOR", "SET: CODE ALL", "COMMA: MIN = 2 MAX = 6") and PETRARCH's config settings
// ("comma_max = 8"), both read into the one CodingOptions struct (herodotus/coding_options.h).
#ifndef HERODOTUS_DICT_CODING_OPTIONS_H_
#define HERODOTUS_DICT_CODING_OPTIONS_H_

#include <string_view>

#include "herodotus/coding_options.h"
#include "herodotus/status.h"

namespace herodotus::dict {

// Applies one line of a TABARI .options file (manual, chapter 8). Lines with no effect on which
// events are coded (LABEL:, OUTPUT:) are accepted and ignored; a malformed known command is an
// error.
Status apply_tabari_option_line(std::string_view line, CodingOptions& options);

// Applies one PETRARCH setting by name ("require_dyad", "new_actor_length", "comma_min", ...).
Status apply_petrarch_option(std::string_view name, std::string_view value, CodingOptions& options);

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_CODING_OPTIONS_H_
