#include "herodotus/status.h"

#include "herodotus/diagnostic.h"

namespace herodotus {

std::string_view error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk:
      return "ok";
    case ErrorCode::kInvalidArgument:
      return "invalid_argument";
    case ErrorCode::kNotFound:
      return "not_found";
    case ErrorCode::kIoError:
      return "io_error";
    case ErrorCode::kBinaryInput:
      return "binary_input";
    case ErrorCode::kInvalidUtf8:
      return "invalid_utf8";
    case ErrorCode::kEncoding:
      return "encoding";
    case ErrorCode::kMalformedJson:
      return "malformed_json";
    case ErrorCode::kMissingField:
      return "missing_field";
    case ErrorCode::kBadDate:
      return "bad_date";
    case ErrorCode::kTooLarge:
      return "too_large";
    case ErrorCode::kEmptyStory:
      return "empty_story";
    case ErrorCode::kUnsupported:
      return "unsupported";
    case ErrorCode::kPipelineOrder:
      return "pipeline_order";
    case ErrorCode::kDictionary:
      return "dictionary";
    case ErrorCode::kDatabase:
      return "database";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "unknown";
}

std::string Status::to_string() const {
  if (ok()) return "ok";
  std::string out(error_code_name(code_));
  out += ": ";
  out += message_;
  return out;
}

std::string_view level_name(Level level) {
  switch (level) {
    case Level::kInfo:
      return "info";
    case Level::kWarning:
      return "warning";
    case Level::kError:
      return "error";
  }
  return "unknown";
}

}  // namespace herodotus
