// Errors as values. The library does not throw for expected failures (a missing file, a malformed
// JSON line, a broken dictionary entry): it returns a Status or a Result<T>, and a problem inside
// one story becomes a Diagnostic on that story so that a batch goes on.
#ifndef HERODOTUS_STATUS_H_
#define HERODOTUS_STATUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace herodotus {

// The one list of error codes. Keep error_code_name() in status.cc in step.
enum class ErrorCode : uint8_t {
  kOk = 0,
  kInvalidArgument,  // an option or value the caller gave cannot be used
  kNotFound,         // a file or folder does not exist
  kIoError,          // reading or writing failed
  kBinaryInput,      // the input holds NUL bytes: not text
  kInvalidUtf8,      // invalid UTF-8 bytes were replaced with U+FFFD
  kEncoding,         // an unknown charset, or a conversion that failed
  kMalformedJson,    // a JSON Lines record that does not parse
  kMissingField,     // a JSON Lines record without text
  kBadDate,          // a date that is not a calendar date
  kTooLarge,         // a story over the size limit
  kEmptyStory,       // nothing left to read after cleaning
  kUnsupported,      // a feature or format this build does not handle
  kPipelineOrder,    // a stage runs before the stage that provides what it needs
  kDictionary,       // a dictionary entry that cannot be used
  kDatabase,         // the event store could not be opened, written or read
  kInternal,         // a bug: please report it
};

// A short stable name for a code ("malformed_json"), used in diagnostics output.
std::string_view error_code_name(ErrorCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status ok_status() { return Status(); }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "not_found: cannot open 'x.txt'"
  std::string to_string() const;

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace herodotus

#endif  // HERODOTUS_STATUS_H_
