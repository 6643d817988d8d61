// DocumentReader: plain text streamed in parts, JSON lines one per document.
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>
#include <zlib.h>

#include "ghatna/io.h"
#include "text/unicode.h"

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

// " (...)" when `head`, the first bytes of an input, looks like UTF-16: a
// UTF-16 byte order mark, or NUL bytes (the high bytes of ASCII letters).
std::string Utf16Hint(std::string_view head) {
  head = head.substr(0, 512);
  const bool bom = head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF";
  const size_t nuls = std::count(head.begin(), head.end(), '\0');
  if (!bom && (nuls == 0 || nuls * 8 < head.size())) return "";
  return " (the input looks like UTF-16: convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8)";
}

std::string TooLarge(const std::string& where, uint64_t max, std::string_view what) {
  return where + ": document larger than " + std::to_string(max) + " bytes (--max-doc-bytes)" +
         std::string(what);
}

// A cut of `bytes` at or before `limit` (0 < limit <= bytes.size()) that
// splits no UTF-8 sequence and, where it can, no letter from its combining
// marks (matras, virama, nukta, ZWJ). When limit is the end of the bytes read
// so far, a sequence that may go on beyond it is not cut either.
size_t CharacterCut(std::string_view bytes, size_t limit) {
  auto continuation = [&](size_t i) {
    return (static_cast<unsigned char>(bytes[i]) & 0xC0) == 0x80;
  };
  size_t cut = limit;
  if (cut == bytes.size()) {
    // The last sequence may be incomplete or followed by its marks: cut
    // before it.
    size_t lead = cut;
    while (lead > 0 && cut - lead < 4 && continuation(lead - 1)) --lead;
    if (lead > 0) --lead;
    cut = lead;
  } else {
    while (cut > 0 && continuation(cut)) --cut;
  }
  // Not before a combining mark: back up (at most 32 code points) to a base.
  size_t c = cut;
  for (int guard = 0; c > 0 && c < bytes.size() && guard < 32; ++guard) {
    char32_t cp = 0;
    const auto b = static_cast<unsigned char>(bytes[c]);
    const size_t len = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    // A sequence cut off by the end of what was read may be a mark too.
    const bool whole = b < 0x80 || c + len <= bytes.size();
    text::DecodeValid(bytes.data() + c, bytes.data() + bytes.size(), &cp);
    const text::CharClass cls = text::ClassOf(cp);
    if (whole && cls != text::CharClass::kMark && cls != text::CharClass::kFormat) {
      cut = c;
      break;
    }
    do --c; while (c > 0 && continuation(c));
  }
  if (cut == 0) {  // a run of lone continuation bytes: any place will do
    cut = limit;
  }
  return cut;
}

// Where to end the next part of `rest` (more than a part): after a blank
// line at or beyond half the preferred size; else after a line break, the
// first at or beyond the preferred size or else the last one; else after a
// space, the same way; else at a character boundary (see CharacterCut). All
// before `max_part_bytes` and within kMaxPartLines lines.
// A part holds at most this many lines: in a file of very short lines (one
// letter each) every two bytes make a sentence, whose analysis takes far
// more memory than its bytes. Text of sentences and paragraphs has lines
// of tens of bytes at least: its parts are not shortened.
constexpr size_t kMaxPartLines = 16384;

// The end of the kMaxPartLines-th line of `s` (after its line break), or npos
// when `s` holds fewer line breaks.
size_t LinesEnd(std::string_view s) {
  size_t pos = 0;
  for (size_t n = 0; n < kMaxPartLines; ++n) {
    const void* nl = std::memchr(s.data() + pos, '\n', s.size() - pos);
    if (nl == nullptr) return std::string_view::npos;
    pos = static_cast<const char*>(nl) - s.data() + 1;
  }
  return pos;
}

size_t ChooseCut(std::string_view rest, size_t part_bytes, size_t max_part_bytes) {
  size_t limit = std::min(rest.size(), max_part_bytes);
  if (const size_t lines = LinesEnd(rest.substr(0, limit)); lines != std::string_view::npos) {
    limit = lines;
    part_bytes = std::min(part_bytes, limit);
  }
  const size_t br = NextParagraphBreak(rest.substr(0, limit), part_bytes / 2);
  if (br != std::string_view::npos && br <= limit) return br;
  const std::string_view head = rest.substr(0, limit);
  for (const char* breaks : {"\n", " \t"}) {
    size_t p = part_bytes < limit ? head.find_first_of(breaks, part_bytes) : std::string_view::npos;
    if (p == std::string_view::npos) p = head.find_last_of(breaks);
    if (p != std::string_view::npos && p > 0) return p + 1;
  }
  return CharacterCut(rest, limit);
}

// Plain text: one document, delivered in parts of about kPartBytes cut at a
// blank line where possible (see docs/text.md), so memory stays flat.
class TextReader : public DocumentReader {
 public:
  static constexpr size_t kPartBytes = 256 << 10;  // preferred part size

  // `size`: the file's size when known (a regular file), else -1.
  TextReader(std::string path, InputOptions options, FilePtr file, size_t part_bytes, int64_t size)
      : path_(std::move(path)),
        options_(std::move(options)),
        file_(std::move(file)),
        part_bytes_(part_bytes),
        max_part_bytes_(part_bytes * 4),
        size_(size) {}

  Result<bool> Next(Document* doc) override {
    if (done_) return false;
    const uint64_t max = options_.max_doc_bytes;
    if (max > 0 && size_ > 0 && static_cast<uint64_t>(size_) > max) {
      done_ = true;
      return Status::InvalidInput(TooLarge(DisplayName(path_) + ":1", max,
                                           ": " + std::to_string(size_) + " bytes, skipped"));
    }
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
    if (!eof_ || rest.size() > max_part_bytes_ || LinesEnd(rest) != std::string_view::npos) {
      cut = ChooseCut(rest, part_bytes_, max_part_bytes_);
    }
    const std::string_view part = rest.substr(0, cut);
    if (max > 0 && pos_.byte + cut > max) {
      // A pipe: the parts before were delivered.
      done_ = true;
      return Status::InvalidInput(TooLarge(DisplayName(path_) + ":" + std::to_string(pos_.line),
                                           max, ": the rest skipped"));
    }
    doc->sentences.clear();
    doc->text.clear();
    const bool first = pos_.byte == 0;
    Status st = DecodeUtf8Part(part, DisplayName(path_), options_.decode, &pos_, &doc->text,
                               &stats_);
    consumed_ += cut;
    if (first && st.ok() && !Utf16Hint(part).empty()) {
      st = Status::InvalidInput(DisplayName(path_) + ":1: NUL bytes" + Utf16Hint(part));
    }
    if (!st.ok()) {
      done_ = true;  // the rest of this file cannot be placed reliably
      if (first && st.message().find("UTF-16") == std::string::npos) {
        return Status(st.code(), st.message() + Utf16Hint(part));
      }
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
  std::string path_;
  InputOptions options_;
  FilePtr file_;
  size_t part_bytes_, max_part_bytes_;
  int64_t size_;
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
  JsonlReader(std::string path, InputOptions options, FilePtr file, size_t part_bytes)
      : path_(std::move(path)),
        options_(std::move(options)),
        file_(std::move(file)),
        part_bytes_(part_bytes) {}

  Result<bool> Next(Document* doc) override {
    if (slicing_) return NextSlice(doc);
    std::string line;
    while (true) {
      if (done_) return false;
      const uint64_t line_start = bytes_read_;
      uint64_t length = 0;
      if (!ReadLine(&line, &length)) {
        if (std::ferror(file_.get())) {
          done_ = true;
          return Status::IoError(DisplayName(path_) + ": read error: " + ReadErrorReason(errno));
        }
        return false;
      }
      ++line_no_;
      const std::string where = DisplayName(path_) + ":" + std::to_string(line_no_);
      if (options_.max_doc_bytes > 0 && length > options_.max_doc_bytes) {
        return Status::InvalidInput(
            TooLarge(where, options_.max_doc_bytes, ": " + std::to_string(length) + " bytes, skipped"));
      }
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
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
      if (st.ok()) st = ParseJsonDocument(decoded, where, options_, doc);
      if (!st.ok()) {
        if (line_no_ == 1) return Status(st.code(), st.message() + Utf16Hint(line));
        return st;
      }
      if (doc->id.empty()) doc->id = DocIdFromPath(path_) + "-" + std::to_string(line_no_);
      if (doc->text.size() <= 2 * part_bytes_ && LinesEnd(doc->text) == std::string_view::npos) return true;
      // A long document arrives in parts, as plain text does, so that no
      // stage holds the analysis of megabytes at once. Its date, when it
      // has none, is the whole text's.
      if (doc->date.empty()) doc->date = DateFromText(doc->text, &doc->date_source);
      whole_ = std::move(*doc);
      slicing_ = true;
      slice_pos_ = 0;
      slice_offset_ = 0;
      slice_part_ = 0;
      return NextSlice(doc);
    }
  }

  uint64_t bytes_read() const override { return bytes_read_; }
  const DecodeStats& decode_stats() const override { return stats_; }

 private:
  // The next part of whole_ into *doc.
  Result<bool> NextSlice(Document* doc) {
    const std::string_view rest = std::string_view(whole_.text).substr(slice_pos_);
    const size_t cut = rest.size() <= 2 * part_bytes_ && LinesEnd(rest) == std::string_view::npos
                           ? rest.size()
                           : ChooseCut(rest, part_bytes_, 4 * part_bytes_);
    doc->id = whole_.id;
    doc->date = whole_.date;
    doc->date_source = whole_.date_source;
    doc->title = whole_.title;
    doc->url = whole_.url;
    doc->origin = whole_.origin;
    doc->source = whole_.source;
    doc->timestamp = whole_.timestamp;
    doc->id_given = whole_.id_given;
    doc->sentences.clear();
    doc->text.assign(rest.substr(0, cut));
    doc->offset = slice_offset_;
    doc->part = slice_part_++;
    slice_pos_ += cut;
    slice_offset_ += CountCodePoints(doc->text);
    doc->last_part = slice_pos_ == whole_.text.size();
    if (doc->last_part) {
      slicing_ = false;
      whole_ = Document();
    }
    return true;
  }

  // Reads one line (without its \n) through a buffer, and its length in
  // *length; false at end of input. Beyond options_.max_doc_bytes the line's
  // bytes are counted, not kept.
  bool ReadLine(std::string* line, uint64_t* length) {
    line->clear();
    *length = 0;
    const uint64_t max = options_.max_doc_bytes > 0 ? options_.max_doc_bytes : UINT64_MAX;
    auto keep = [&](const char* p, size_t n) {
      if (*length + n <= max) line->append(p, n);
      else line->clear();  // too long: only counted from here on
      *length += n;
    };
    while (true) {
      if (pos_ == end_) {
        end_ = std::fread(buf_, 1, sizeof(buf_), file_.get());
        pos_ = 0;
        // A read error drops the partial line: the error is reported instead.
        if (end_ == 0) return *length > 0 && !std::ferror(file_.get());
      }
      const char* start = buf_ + pos_;
      const void* nl = std::memchr(start, '\n', end_ - pos_);
      if (nl != nullptr) {
        const size_t len = static_cast<const char*>(nl) - start;
        keep(start, len);
        pos_ += len + 1;
        bytes_read_ += len + 1;
        return true;
      }
      keep(start, end_ - pos_);
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
  size_t part_bytes_;
  // A long document being delivered in parts.
  bool slicing_ = false;
  Document whole_;
  size_t slice_pos_ = 0;
  uint32_t slice_offset_ = 0, slice_part_ = 0;
};

}  // namespace

namespace {

// The first byte at or after `i` that a JSON string cannot hold as it is:
// '"', '\\' or a control character (s.size() if none).
size_t PlainRunEnd(std::string_view s, size_t i) {
  // 8 bytes at a time while none is special.
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
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == '"' || c == '\\') break;
    ++i;
  }
  return i;
}

// Reads the JSON string literal at s[*i] (its opening quote) into *out
// (when not null) and moves *i past it. False when it is not a string this
// reader takes: malformed, or a \u escape of a surrogate.
bool ReadJsonString(std::string_view s, size_t* i, std::string* out) {
  if (*i >= s.size() || s[*i] != '"') return false;
  size_t p = *i + 1;
  if (out != nullptr) out->clear();
  while (true) {
    const size_t run = PlainRunEnd(s, p);
    if (out != nullptr) out->append(s.data() + p, run - p);
    if (run >= s.size()) return false;
    p = run;
    if (s[p] == '"') break;
    if (s[p] != '\\' || p + 1 >= s.size()) return false;  // a control character
    const char e = s[p + 1];
    p += 2;
    char plain = 0;
    switch (e) {
      case '"': plain = '"'; break;
      case '\\': plain = '\\'; break;
      case '/': plain = '/'; break;
      case 'b': plain = '\b'; break;
      case 'f': plain = '\f'; break;
      case 'n': plain = '\n'; break;
      case 'r': plain = '\r'; break;
      case 't': plain = '\t'; break;
      case 'u': {
        if (p + 4 > s.size()) return false;
        char32_t cp = 0;
        for (size_t k = p; k < p + 4; ++k) {
          const char h = s[k];
          const int v = h >= '0' && h <= '9'   ? h - '0'
                        : h >= 'a' && h <= 'f' ? h - 'a' + 10
                        : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                               : -1;
          if (v < 0) return false;
          cp = cp * 16 + v;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;  // pairs: the full parser
        p += 4;
        if (out != nullptr) text::AppendUtf8(cp, out);
        continue;
      }
      default:
        return false;
    }
    if (out != nullptr) out->push_back(plain);
  }
  *i = p + 1;
  return true;
}

void SkipJsonSpace(std::string_view s, size_t* i) {
  while (*i < s.size() && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == '\n' || s[*i] == '\r')) ++*i;
}

// The usual JSON line read without building a JSON tree: one object whose
// values are strings, null, true or false, its keys without escapes.
// Returns false for anything else (numbers, nested values, malformed JSON),
// which the full parser then reads and, if need be, reports; so both give
// one result. Fills *doc as ParseJsonFields does.
bool ParsePlainJsonObject(std::string_view line, Document* doc, bool* has_text) {
  size_t i = 0;
  SkipJsonSpace(line, &i);
  if (i >= line.size() || line[i] != '{') return false;
  ++i;
  SkipJsonSpace(line, &i);
  if (i < line.size() && line[i] == '}') {
    ++i;
  } else {
    while (true) {
      if (i >= line.size() || line[i] != '"') return false;
      const size_t key_start = i + 1;
      const size_t key_end = PlainRunEnd(line, key_start);
      if (key_end >= line.size() || line[key_end] != '"') return false;  // escapes: the full parser
      const std::string_view key = line.substr(key_start, key_end - key_start);
      i = key_end + 1;
      SkipJsonSpace(line, &i);
      if (i >= line.size() || line[i] != ':') return false;
      ++i;
      SkipJsonSpace(line, &i);
      std::string* field = key == "id"       ? &doc->id
                           : key == "text"   ? &doc->text
                           : key == "date"   ? &doc->date
                           : key == "title"  ? &doc->title
                           : key == "url"    ? &doc->url
                           : key == "source" ? &doc->source
                                             : nullptr;
      if (field == &doc->text) *has_text = true;
      if (i < line.size() && line[i] == '"') {
        if (!ReadJsonString(line, &i, field)) return false;
      } else {
        // A later value replaces an earlier one of the same name.
        std::string_view word;
        for (std::string_view w : {"null", "true", "false"})
          if (line.substr(i, w.size()) == w) word = w;
        if (word.empty()) return false;
        // true or false where a string belongs: the full parser's error.
        if (field != nullptr && word != "null" && field != &doc->source) return false;
        if (field != nullptr) field->clear();
        i += word.size();
      }
      SkipJsonSpace(line, &i);
      if (i < line.size() && line[i] == ',') {
        ++i;
        SkipJsonSpace(line, &i);
        continue;
      }
      if (i < line.size() && line[i] == '}') {
        ++i;
        break;
      }
      return false;
    }
  }
  SkipJsonSpace(line, &i);
  return i == line.size();
}

// The fields of a JSON line through nlohmann's parser: any JSON, and the
// errors of a line that is not a document.
Status ParseJsonFields(std::string_view line, std::string_view where, Document* doc,
                       bool* has_text) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    return Status::InvalidInput(std::string(where) + ": malformed JSON");
  }
  if (!j.is_object()) return Status::InvalidInput(std::string(where) + ": not a JSON object");
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
  *has_text = j.find("text") != j.end();
  return Status::Ok();
}

}  // namespace

Status ParseJsonDocument(std::string_view line, std::string_view where,
                         const InputOptions& options, Document* doc) {
  *doc = Document();
  bool has_text = false;
  if (!ParsePlainJsonObject(line, doc, &has_text)) {
    *doc = Document();
    has_text = false;
    if (Status st = ParseJsonFields(line, where, doc, &has_text); !st.ok()) return st;
  }
  if (!has_text) {
    return Status::InvalidInput(std::string(where) + ": no \"text\" field");
  }
  doc->id_given = !doc->id.empty();
  if (!doc->date.empty()) {
    // An ISO timestamp keeps its date part: "2024-05-07T10:00:00Z" (the
    // whole timestamp stays in doc->timestamp).
    std::string_view date = doc->date;
    if (date.size() > 10 && (date[10] == 'T' || date[10] == 't' || date[10] == ' ')) {
      doc->timestamp = doc->date;
      date = date.substr(0, 10);
    }
    if (!IsIsoDate(date)) {
      return Status::InvalidInput(std::string(where) +
                                  ": field \"date\" is not an ISO date (YYYY-MM-DD, YYYY-MM, YYYY "
                                  "or a timestamp YYYY-MM-DDThh:mm...)");
    }
    doc->date.resize(date.size());
  }
  if (doc->date.empty()) doc->date = options.default_date;
  doc->date_source = doc->date.empty() ? DateSource::kNone : DateSource::kInput;
  doc->origin = std::string(where);
  return Status::Ok();
}

bool IsIsoDate(std::string_view s) {
  auto number = [&](size_t from, size_t n, int* v) {
    *v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      *v = *v * 10 + (s[i] - '0');
    }
    return true;
  };
  int y, m, d;
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!number(0, 4, &y) || y < 1000) return false;
  if (s.size() == 4) return true;
  if (s[4] != '-' || !number(5, 2, &m) || m < 1 || m > 12) return false;
  if (s.size() == 7) return true;
  if (s[7] != '-' || !number(8, 2, &d) || d < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

void AppendTsvField(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) {
      out->push_back(' ');
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85) {
      out->push_back(' ');  // U+0085 NEXT LINE
      ++i;
    } else if (c == 0xE2 && i + 2 < s.size() && s[i + 1] == '\x80' &&
               (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
      out->push_back(' ');  // U+2028, U+2029
      i += 2;
    } else {
      out->push_back(static_cast<char>(c));
    }
  }
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
  const size_t part = options.part_bytes > 0 ? options.part_bytes : TextReader::kPartBytes;
  if (format == InputFormat::kText) {
    struct stat st;
    int64_t size = -1;
    if (fstat(fileno(file->get()), &st) == 0 && S_ISREG(st.st_mode)) size = st.st_size;
    return std::unique_ptr<DocumentReader>(
        new TextReader(path, options, std::move(*file), part, size));
  }
  return std::unique_ptr<DocumentReader>(new JsonlReader(path, options, std::move(*file), part));
}

void AppendJsonString(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the run of bytes copied verbatim
  size_t i = 0;
  while (true) {
    i = PlainRunEnd(s, i);  // the next control character, '"' or '\\'
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
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
