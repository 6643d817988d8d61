// Reading documents from files or standard input, and writing JSON.
//
//   auto reader = ghatna::DocumentReader::Open("news.jsonl", {});
//   ghatna::Document doc;
//   while (true) {
//     auto more = reader->Next(&doc);      // Result<bool>
//     if (!more.ok()) { report(more.status()); break; }
//     if (!*more) break;
//     Use(doc);
//   }
#ifndef GHATNA_IO_H_
#define GHATNA_IO_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ghatna/document.h"
#include "ghatna/status.h"
#include "ghatna/text.h"

namespace ghatna {

enum class InputFormat { kAuto, kText, kJsonl };

struct InputOptions {
  InputFormat format = InputFormat::kAuto;  // kAuto: ".jsonl" => kJsonl
  DecodeMode decode = DecodeMode::kStrict;
  std::string default_date;  // used when a document has no date
  // Plain text is read in parts of about this many bytes (0: 256 KiB), cut
  // after a blank line where one exists (see Document::offset).
  size_t part_bytes = 0;
  // A document (a JSON line, a plain-text file) of more bytes than this is
  // an error "FILE:LINE: document larger than ...": a JSON line is skipped
  // (the next line is read), a plain-text file is skipped whole when its size
  // is known, else (a pipe) from where it passes the limit. 0: no limit.
  uint64_t max_doc_bytes = 0;
};

// Yields the documents of one input: a plain-text file is one document (its
// id is the file name without directory and extension, "stdin" for "-"),
// delivered in parts (Document::part, offset, last_part) so that memory stays
// flat whatever the file size; a JSON-lines file is one document per
// non-empty line, {"id", "text", "date", "title", "url"}. Not thread-safe.
class DocumentReader {
 public:
  static Result<std::unique_ptr<DocumentReader>> Open(const std::string& path,
                                                      const InputOptions& options);
  virtual ~DocumentReader() = default;

  // Reads the next document into *doc. Returns false at the end of input, or
  // a kInvalidInput/kIoError status naming file, line and reason. A bad JSON
  // line is an error for that line only: the caller may call Next again.
  virtual Result<bool> Next(Document* doc) = 0;

  // Bytes of input read so far (for progress reports).
  virtual uint64_t bytes_read() const { return 0; }
  // Invalid UTF-8 sequences replaced so far (DecodeMode::kRepair).
  virtual const DecodeStats& decode_stats() const {
    static const DecodeStats kNone;
    return kNone;
  }
};

// Parses one JSON-lines record into *doc (replacing it): "text" is required,
// "id", "date", "title", "url" optional strings (an integer id is accepted),
// an ISO timestamp date keeps its date part, a missing date takes
// options.default_date; any other date is an error (see IsIsoDate). Errors are kInvalidInput "WHERE: reason". `line` must
// be valid UTF-8.
Status ParseJsonDocument(std::string_view line, std::string_view where,
                         const InputOptions& options, Document* doc);

// Appends `s` to *out as a JSON string literal (quotes included), escaping
// what JSON requires. `s` must be valid UTF-8.
void AppendJsonString(std::string_view s, std::string* out);

// Appends `s` to *out as a TSV field: tabs, line breaks (\n, \r, U+0085,
// U+2028, U+2029) and other C0 controls become spaces, so that a field never
// adds a column or a row.
void AppendTsvField(std::string_view s, std::string* out);

// Whether `s` is an ISO calendar date YYYY-MM-DD (a real day: 2024-02-29 yes,
// 2023-02-29 no), a month YYYY-MM or a year YYYY, years 1000 to 9999.
bool IsIsoDate(std::string_view s);

// Reads a data file (a dictionary, lexicon or pattern table: UTF-8 text, one
// entry a line, '#' comments) and checks it the same way for every loader:
// it opens, holds at least one entry line (not only blank lines and
// comments), is valid UTF-8 and has no control character but tab, CR and
// line feed (a NUL byte is one). Returns the content with a leading UTF-8 BOM
// removed, else kNotFound "PATH: cannot open: reason" or kInvalidInput
// "PATH: no entries (empty file)" / "PATH:LINE: byte offset N: reason".
Result<std::string> ReadDataFile(const std::string& path);

// The same checks on content already read; *out (may be null) receives it
// without its BOM.
Status CheckDataFile(std::string_view content, std::string_view path, std::string* out);

// The dictionaries' loader convention (ActorDictionary, EventCoder,
// Morphology): each has Load(directory) and LoadFromMemory(DataFiles), and
// reports bad lines through DataErrors: one "FILE:LINE: reason" a line, the
// first kMaxDataErrors of them, then "(N more errors)", as one kInvalidInput.
//
//   DataErrors errors;
//   for (each bad line) errors.Add(file, line, "expected 4 columns");
//   return errors.ToStatus();  // Ok when there were none
using DataFiles = std::vector<std::pair<std::string, std::string>>;  // (name, content)

inline constexpr int kMaxDataErrors = 20;

class DataErrors {
 public:
  // `prefix` goes before every line (a directory for files named relative to it).
  explicit DataErrors(std::string prefix = "") : prefix_(std::move(prefix)) {}
  void Add(std::string_view file, int line, std::string_view reason);
  // A line already located: "FILE:LINE: reason".
  void Add(std::string_view located);
  int count() const { return count_; }
  // Ok when nothing was added, else kInvalidInput with the lines.
  Status ToStatus() const;

 private:
  std::string prefix_, text_;
  int count_ = 0;
};

// Reads DIR/NAME for each of `names` with ReadDataFile, in that order; the
// pairs are named `names` (with `full_names`, "DIR/NAME"). The first file
// that fails stops the reading with its status.
Result<DataFiles> ReadDataFiles(const std::string& dir, const std::vector<std::string>& names,
                                bool full_names);

// `s` as a terminal can show it: control characters and bytes that are not
// UTF-8 (a message may quote a broken data line) as \xNN.
std::string PrintableMessage(std::string_view s);

// The warning for a document cut to the text layer's limits
// (kMaxSentenceTokens, kMaxWordLetters): "ORIGIN: warning: document ID: N
// sentences ended at 256 tokens, M cuts in words longer than 64 letters
// (docs/text.md, limits)", or "" when nothing was cut.
std::string CutsWarning(std::string_view origin, std::string_view id, size_t sentences,
                        size_t words);

// Document id for a path: "dir/abc.hi.txt" -> "abc"; "-" -> "stdin".
std::string DocIdFromPath(std::string_view path);

}  // namespace ghatna

#endif  // GHATNA_IO_H_
