// The ghatna command line: each subcommand lives in its own cmd_*.cc file and
// registers itself here, so adding a command never touches main.cc. Each file
// keeps its names in a namespace of its own, ghatna::cli::NAME_command: the
// files are compiled together as one unit (CMakeLists.txt, UNITY_BUILD).
//
//   static const bool kRegistered = ghatna::cli::RegisterCommand(
//       {"tokens", "Write sentences with their tokens", &SetUpTokens});
#ifndef GHATNA_TOOLS_COMMAND_H_
#define GHATNA_TOOLS_COMMAND_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "ghatna/document.h"
#include "ghatna/io.h"
#include "ghatna/pipeline.h"
#include "ghatna/status.h"

namespace ghatna::cli {

// Exit statuses shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 1;
inline constexpr int kExitInput = 2;

// The help of every --data flag: the rule of FindDataDir (ghatna/pipeline.h).
inline constexpr const char* kDataHelp =
    "Data directory (default: $GHATNA_DATA, else the installed PREFIX/share/ghatna, "
    "else the source tree's data/)";

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
  uint64_t max_doc_bytes = uint64_t{8} << 20;  // --max-doc-bytes; 0: no limit
};
void AddInputFlags(CLI::App* app, InputFlags* flags,
                   const std::vector<std::string>& formats = {"jsonl", "tsv"});

// The reader's options the flags ask for.
InputOptions ToInputOptions(const InputFlags& flags);

// Reads every document of every input in order and calls `fn` on it. An
// input error is reported on stderr as one line; reading goes on with the
// next document where it can (a bad JSON line) and the result is kExitInput.
// If `fn` returns a non-ok status, it is reported the same way. Before any
// message, `before_message` (if set) writes what `fn` still holds of earlier
// documents, so that output and messages come in input order; the Output
// alive is flushed too. Returns the exit status.
int ForEachDocument(const InputFlags& flags, const std::function<Status(Document&)>& fn,
                    const std::function<void()>& before_message = nullptr);

// Prints "ghatna: MESSAGE" on stderr, each line of a message of several
// lines (a data file's errors) as a line of its own, after flushing the
// Output alive and stdout: what was written before stays before it.
void ReportError(const std::string& message);

// The pipeline from the data directory FindDataDir(data_flag) chooses, or
// nullptr after reporting why it did not load (the caller exits kExitInput).
std::unique_ptr<Pipeline> LoadPipeline(const std::string& data_flag);

// Output buffer flushed to stdout in large blocks. One at a time.
class Output {
 public:
  Output();
  ~Output();
  std::string& buffer() { return buf_; }
  void MaybeFlush() { if (buf_.size() > (1 << 16)) Flush(); }
  void Flush();
 private:
  std::string buf_;
};

// The warning for a document cut to the text layer's limits
// (kMaxSentenceTokens, kMaxWordLetters), or nothing when none was cut: one
// for all the parts of a document, after its last. Parts must come in order.
void ReportCuts(const Document& doc);
void ReportCuts(const std::string& origin, const std::string& id, uint32_t part, bool last_part,
                size_t sentences, size_t words);

}  // namespace ghatna::cli

#endif  // GHATNA_TOOLS_COMMAND_H_
