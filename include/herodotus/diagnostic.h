#ifndef HERODOTUS_DIAGNOSTIC_H_
#define HERODOTUS_DIAGNOSTIC_H_

#include <string>
#include <string_view>

#include "herodotus/span.h"
#include "herodotus/status.h"

namespace herodotus {

enum class Level : uint8_t { kInfo, kWarning, kError };

std::string_view level_name(Level level);

// Something a reader or a stage wants the user to know about one story. An error means the story
// (or part of it) could not be processed; a warning means it was processed with a repair.
struct Diagnostic {
  Level level = Level::kWarning;
  ErrorCode code = ErrorCode::kOk;
  std::string message;
  Span span;  // into the original text; empty when the problem has no place in it
};

}  // namespace herodotus

#endif  // HERODOTUS_DIAGNOSTIC_H_
