// What a source or target bound to a phrase or a list stands for: the codes of its phrases (a
// list drops its uncoded members), and the default source of a verb.
#ifndef HERODOTUS_CODE_BINDINGS_H_
#define HERODOTUS_CODE_BINDINGS_H_

#include <string>
#include <utility>
#include <vector>

#include "code/coder_index.h"
#include "code/sentence.h"

namespace herodotus::code {

// (code, the phrase's index in r.chunks) pairs: one per code of a phrase ("A/B" is two), one per
// coded member of a list ("---" and -1 when none is).
using BoundCodes = std::vector<std::pair<std::string, int>>;
BoundCodes codes_of(const CoderContext& ctx, const SentenceReading& r, const Binding& b);

// The first of codes_of, or "---".
std::string first_code(const CoderContext& ctx, const SentenceReading& r, const Binding& b);

// A phrase's code as a source or target reads it: with new_actor_length N, an uncoded phrase of
// at most N words stands for itself, its words in double quotes (PETRARCH's "new actors").
std::string code_as_read(const CoderContext& ctx, const SentenceReading& r, const Chunk& c);

// The source when no pattern binds one: the leftmost coded phrase or list in `upper` (the items
// before the verb, back to the previous clause comma), else the first phrase at all.
Binding default_source(const CoderContext& ctx, const SentenceReading& r,
                       const std::vector<Item>& upper);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_BINDINGS_H_
