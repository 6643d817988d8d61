// Status and Result: how every fallible ghatna function reports failure.
//
// No exception crosses the public API. A function that can fail returns a
// Status (or a Result<T> holding either a value or a Status) whose message a
// user can act on: it names the file, line and reason where they are known.
//
//   ghatna::Result<ghatna::ActorDictionary> dict = ActorDictionary::Load(dir);
//   if (!dict.ok()) { std::cerr << dict.status().ToString() << "\n"; return 2; }
//   Use(*dict);
#ifndef GHATNA_STATUS_H_
#define GHATNA_STATUS_H_

#include <string>
#include <utility>
#include <variant>

namespace ghatna {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller asked for something impossible (usage)
  kInvalidInput,     // the data read is malformed (bad UTF-8, bad JSON line)
  kNotFound,         // a file or entry does not exist
  kIoError,          // reading or writing failed
  kInternal,         // a broken invariant inside ghatna
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) {
    return Status(StatusCode::kInvalidArgument, std::move(m));
  }
  static Status InvalidInput(std::string m) {
    return Status(StatusCode::kInvalidInput, std::move(m));
  }
  static Status NotFound(std::string m) {
    return Status(StatusCode::kNotFound, std::move(m));
  }
  static Status IoError(std::string m) {
    return Status(StatusCode::kIoError, std::move(m));
  }
  static Status Internal(std::string m) {
    return Status(StatusCode::kInternal, std::move(m));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "ok", or the message alone: messages already name file, line and reason.
  std::string ToString() const { return ok() ? "ok" : message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a T or a non-ok Status. Accessing the value of a failed Result is a
// programming error (checked in debug builds).
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit
  Result(Status status) : v_(std::move(status)) {}   // NOLINT: implicit

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace ghatna

#endif  // GHATNA_STATUS_H_
