// DocumentReader: plain text streamed in parts, JSON lines one per document.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>
#include <zlib.h>

#include "ghatna/io.h"

namespace ghatna {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string DisplayName(const std::string& path) { return path == "-" ? "<stdin>" : path; }

uint32_t CountCodePoints(std::string_view s) {
  uint64_t n = 0;
  size_t i = 0;
  // 8 bytes at a time: continuation bytes are 10xxxxxx.
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    const uint64_t cont = w & ~(w << 1) & 0x8080808080808080ULL;
    n += 8 - __builtin_popcountll(cont);
  }
  for (; i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return static_cast<uint32_t>(n);
}

// A FILE* that is closed unless it is stdin.
struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f != nullptr && f != stdin) std::fclose(f);
  }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

// A ".gz" file is read through zlib behind a FILE* (glibc's fopencookie),
// so both readers stay unaware of compression. Corrupt or truncated data
// fails the read with errno EBADMSG (see ReadErrorReason).
ssize_t GzRead(void* cookie, char* buf, size_t size) {
  gzFile gz = static_cast<gzFile>(cookie);
  const int n = gzread(gz, buf, static_cast<unsigned>(std::min<size_t>(size, 1u << 30)));
  int err = Z_OK;
  // A truncated file ends with Z_BUF_ERROR ("unexpected end of file").
  if (n == 0) gzerror(gz, &err);
  if (n < 0 || err == Z_BUF_ERROR) {
    errno = EBADMSG;
    return -1;
  }
  return n;
}
int GzClose(void* cookie) { return gzclose(static_cast<gzFile>(cookie)) == Z_OK ? 0 : EOF; }

std::string ReadErrorReason(int err) {
  return err == EBADMSG ? "invalid or truncated gzip data" : std::strerror(err);
}

Result<FilePtr> OpenFile(const std::string& path) {
  if (path == "-") return FilePtr(stdin);
  std::FILE* f = nullptr;
  if (EndsWith(path, ".gz")) {
    gzFile gz = gzopen(path.c_str(), "rb");
    if (gz != nullptr) {
      gzbuffer(gz, 1 << 17);
      f = fopencookie(gz, "rb", cookie_io_functions_t{&GzRead, nullptr, nullptr, &GzClose});
      if (f == nullptr) gzclose(gz);
    }
  } else {
    f = std::fopen(path.c_str(), "rb");
  }
  if (f == nullptr) {
    const int err = errno;
    const std::string message = path + ": cannot open: " + std::strerror(err);
    return err == ENOENT ? Status::NotFound(message) : Status::IoError(message);
  }
  return FilePtr(f);
}

// Plain text: one document, delivered in parts of about kPartBytes cut at a
// blank line where possible (see docs/text.md), so memory stays flat.
class TextReader : public DocumentReader {
 public:
  static constexpr size_t kPartBytes = 256 << 10;  // preferred part size

  TextReader(std::string path, InputOptions options, FilePtr file, size_t part_bytes)
      : path_(std::move(path)),
        options_(std::move(options)),
        file_(std::move(file)),
        part_bytes_(part_bytes),
        max_part_bytes_(part_bytes * 4) {}

  Result<bool> Next(Document* doc) override {
    if (done_) return false;
    // Fill the buffer to twice the part size (or to the end of input).
    while (!eof_ && buffer_.size() - consumed_ < 2 * part_bytes_) {
      if (consumed_ > 0) {
        buffer_.erase(0, consumed_);
        consumed_ = 0;
      }
      const size_t old = buffer_.size();
      buffer_.resize(old + part_bytes_);
      const size_t got = std::fread(buffer_.data() + old, 1, part_bytes_, file_.get());
      buffer_.resize(old + got);
      bytes_read_ += got;
      if (got == 0) {
        if (std::ferror(file_.get())) {
          done_ = true;
          return Status::IoError(DisplayName(path_) + ": read error: " + ReadErrorReason(errno));
        }
        eof_ = true;
      }
    }
    const std::string_view rest = std::string_view(buffer_).substr(consumed_);
    size_t cut = rest.size();
    if (!eof_ || rest.size() > max_part_bytes_) cut = ChooseCut(rest);
    const std::string_view part = rest.substr(0, cut);
    doc->sentences.clear();
    doc->text.clear();
    Status st = DecodeUtf8Part(part, DisplayName(path_), options_.decode, &pos_, &doc->text,
                               &stats_);
    consumed_ += cut;
    if (!st.ok()) {
      done_ = true;  // the rest of this file cannot be placed reliably
      return st;
    }
    doc->id = DocIdFromPath(path_);
    doc->date = options_.default_date;
    doc->date_source = doc->date.empty() ? DateSource::kNone : DateSource::kInput;
    doc->title.clear();
    doc->url.clear();
    doc->source.clear();
    doc->timestamp.clear();
    doc->id_given = false;
    doc->origin = DisplayName(path_);
    doc->offset = offset_;
    doc->part = part_index_++;
    doc->last_part = eof_ && consumed_ == buffer_.size();
    offset_ += CountCodePoints(doc->text);
    if (doc->last_part) done_ = true;
    return true;
  }

  uint64_t bytes_read() const override { return bytes_read_; }
  const DecodeStats& decode_stats() const override { return stats_; }

 private:
  // Where to end the next part of `rest`: after a blank line at or beyond the
  // preferred size; else after the last line break; else after the last
  // space; else at a code point boundary.
  size_t ChooseCut(std::string_view rest) const {
    const size_t limit = std::min(rest.size(), max_part_bytes_);
    const size_t br = NextParagraphBreak(rest.substr(0, limit), part_bytes_ / 2);
    if (br != std::string_view::npos && br <= limit) return br;
    const std::string_view head = rest.substr(0, limit);
    size_t p = head.rfind('\n');
    if (p != std::string_view::npos && p > 0) return p + 1;
    p = head.find_last_of(" \t");
    if (p != std::string_view::npos && p > 0) return p + 1;
    size_t cut = limit;
    while (cut > 1 && (static_cast<unsigned char>(rest[cut]) & 0xC0) == 0x80) --cut;
    return cut;
  }

  std::string path_;
  InputOptions options_;
  FilePtr file_;
  size_t part_bytes_, max_part_bytes_;
  std::string buffer_;
  size_t consumed_ = 0;
  bool eof_ = false, done_ = false;
  DecodePosition pos_;
  DecodeStats stats_;
  uint32_t offset_ = 0, part_index_ = 0;
  uint64_t bytes_read_ = 0;
};

// JSON lines: one document per non-empty line.
class JsonlReader : public DocumentReader {
 public:
  JsonlReader(std::string path, InputOptions options, FilePtr file)
      : path_(std::move(path)), options_(std::move(options)), file_(std::move(file)) {}

  Result<bool> Next(Document* doc) override {
    std::string line;
    while (true) {
      if (done_) return false;
      const uint64_t line_start = bytes_read_;
      if (!ReadLine(&line)) {
        if (std::ferror(file_.get())) {
          done_ = true;
          return Status::IoError(DisplayName(path_) + ": read error: " + ReadErrorReason(errno));
        }
        return false;
      }
      ++line_no_;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const std::string where = DisplayName(path_) + ":" + std::to_string(line_no_);
      DecodePosition pos;
      pos.line = line_no_;
      pos.byte = line_start;
      if (line_start == 0 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        line.erase(0, 3);  // a BOM opens the file only
        pos.byte = 3;
      }
      std::string decoded;
      Status st = DecodeUtf8Part(line, DisplayName(path_), options_.decode, &pos, &decoded,
                                 &stats_);
      if (!st.ok()) return st;
      st = ParseJsonDocument(decoded, where, options_, doc);
      if (!st.ok()) return st;
      if (doc->id.empty()) doc->id = DocIdFromPath(path_) + "-" + std::to_string(line_no_);
      return true;
    }
  }

  uint64_t bytes_read() const override { return bytes_read_; }
  const DecodeStats& decode_stats() const override { return stats_; }

 private:
  // Reads one line (without its \n) through a buffer; false at end of input.
  bool ReadLine(std::string* line) {
    line->clear();
    while (true) {
      if (pos_ == end_) {
        end_ = std::fread(buf_, 1, sizeof(buf_), file_.get());
        pos_ = 0;
        // A read error drops the partial line: the error is reported instead.
        if (end_ == 0) return !line->empty() && !std::ferror(file_.get());
      }
      const char* start = buf_ + pos_;
      const void* nl = std::memchr(start, '\n', end_ - pos_);
      if (nl != nullptr) {
        const size_t len = static_cast<const char*>(nl) - start;
        line->append(start, len);
        pos_ += len + 1;
        bytes_read_ += len + 1;
        return true;
      }
      line->append(start, end_ - pos_);
      bytes_read_ += end_ - pos_;
      pos_ = end_;
    }
  }

  std::string path_;
  InputOptions options_;
  FilePtr file_;
  char buf_[1 << 16];
  size_t pos_ = 0, end_ = 0;
  size_t line_no_ = 0;
  uint64_t bytes_read_ = 0;
  bool done_ = false;
  DecodeStats stats_;
};

}  // namespace

Status ParseJsonDocument(std::string_view line, std::string_view where,
                         const InputOptions& options, Document* doc) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    return Status::InvalidInput(std::string(where) + ": malformed JSON");
  }
  if (!j.is_object()) return Status::InvalidInput(std::string(where) + ": not a JSON object");
  *doc = Document();
  for (auto [key, field] : {std::pair{"id", &doc->id}, {"text", &doc->text}, {"date", &doc->date},
                            {"title", &doc->title}, {"url", &doc->url}}) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) continue;
    if (it->is_string()) {
      *field = it->get<std::string>();
    } else if (it->is_number_integer() && std::string_view(key) == "id") {
      *field = it->dump();
    } else {
      return Status::InvalidInput(std::string(where) + ": field \"" + key +
                                  "\" is not a string");
    }
  }
  // "source" (the outlet) is read when it is a string; other JSON lines
  // use the name for other things, which ghatna code has always ignored.
  if (auto it = j.find("source"); it != j.end() && it->is_string()) doc->source = it->get<std::string>();
  if (j.find("text") == j.end()) {
    return Status::InvalidInput(std::string(where) + ": no \"text\" field");
  }
  doc->id_given = !doc->id.empty();
  if (doc->date.size() > 10) {  // ISO timestamp -> date
    doc->timestamp = doc->date;
    doc->date.resize(10);
  }
  if (doc->date.empty()) doc->date = options.default_date;
  doc->date_source = doc->date.empty() ? DateSource::kNone : DateSource::kInput;
  doc->origin = std::string(where);
  return Status::Ok();
}

std::string DocIdFromPath(std::string_view path) {
  if (path == "-") return "stdin";
  const size_t slash = path.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  // All extensions go: "lavrov-guterres.hi.txt" is document "lavrov-guterres".
  const size_t dot = base.find('.', 1);
  if (dot != std::string_view::npos && dot > 0) base = base.substr(0, dot);
  return std::string(base);
}

Result<std::unique_ptr<DocumentReader>> DocumentReader::Open(const std::string& path,
                                                             const InputOptions& options) {
  InputFormat format = options.format;
  if (format == InputFormat::kAuto) {
    format = EndsWith(path, ".jsonl") || EndsWith(path, ".jsonl.gz") ? InputFormat::kJsonl
                                                                     : InputFormat::kText;
  }
  auto file = OpenFile(path);
  if (!file.ok()) return file.status();
  if (format == InputFormat::kText) {
    const size_t part = options.part_bytes > 0 ? options.part_bytes : TextReader::kPartBytes;
    return std::unique_ptr<DocumentReader>(
        new TextReader(path, options, std::move(*file), part));
  }
  return std::unique_ptr<DocumentReader>(new JsonlReader(path, options, std::move(*file)));
}

void AppendJsonString(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the run of bytes copied verbatim
  size_t i = 0;
  while (true) {
    // Skip 8 bytes at a time while none is a control character, '"' or '\\'.
    while (i + 8 <= s.size()) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
      const uint64_t quote = w ^ (kOnes * '"'), backslash = w ^ (kOnes * '\\');
      const uint64_t special = ((w - kOnes * 0x20) & ~w) | ((quote - kOnes) & ~quote) |
                               ((backslash - kOnes) & ~backslash);
      if (special & kHigh) break;
      i += 8;
    }
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    ++i;
    out->append(s.data() + run, i - 1 - run);
    run = i;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

}  // namespace ghatna
