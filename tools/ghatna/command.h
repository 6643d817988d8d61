// The ghatna command line: each subcommand lives in its own cmd_*.cc file and
// registers itself here, so adding a command never touches main.cc.
//
//   static const bool kRegistered = ghatna::cli::RegisterCommand(
//       {"tokens", "Write sentences with their tokens", &SetUpTokens});
#ifndef GHATNA_TOOLS_COMMAND_H_
#define GHATNA_TOOLS_COMMAND_H_

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "ghatna/document.h"
#include "ghatna/io.h"
#include "ghatna/status.h"

namespace ghatna::cli {

// Exit statuses shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 1;
inline constexpr int kExitInput = 2;

// SetUp adds the subcommand's options to `app` and returns the function that
// runs it (called after parsing succeeded) and returns the exit status.
using Runner = std::function<int()>;
struct CommandSpec {
  const char* name;
  const char* description;
  std::function<Runner(CLI::App* app)> set_up;
};

bool RegisterCommand(CommandSpec spec);
const std::vector<CommandSpec>& Commands();

// Options every document-reading command takes: FILE... (or "-"), --input,
// --repair, --date, --format.
struct InputFlags {
  std::vector<std::string> files;
  std::string input = "auto";  // auto | text | jsonl
  bool repair = false;
  std::string date;
  std::string format = "jsonl";
};
void AddInputFlags(CLI::App* app, InputFlags* flags,
                   const std::vector<std::string>& formats = {"jsonl", "tsv"});

// Reads every document of every input in order and calls `fn` on it. An
// input error is reported on stderr as one line; reading goes on with the
// next document where it can (a bad JSON line) and the result is kExitInput.
// If `fn` returns a non-ok status, it is reported the same way. Returns the
// exit status.
int ForEachDocument(const InputFlags& flags, const std::function<Status(Document&)>& fn);

// Prints "ghatna: MESSAGE" on stderr.
void ReportError(const std::string& message);

// Output buffer flushed to stdout in large blocks.
class Output {
 public:
  ~Output() { Flush(); }
  std::string& buffer() { return buf_; }
  void MaybeFlush() { if (buf_.size() > (1 << 16)) Flush(); }
  void Flush();
 private:
  std::string buf_;
};

}  // namespace ghatna::cli

#endif  // GHATNA_TOOLS_COMMAND_H_
