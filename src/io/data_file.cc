// ReadDataFile: the one check every data file passes before a loader parses it.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "ghatna/io.h"
#include "ghatna/text.h"

namespace ghatna {

Status CheckDataFile(std::string_view content, std::string_view path, std::string* out) {
  std::string decoded;
  Status st = DecodeUtf8(content, path, DecodeMode::kStrict, &decoded);
  if (!st.ok()) return st;
  const size_t bom = content.size() - decoded.size();  // 3 when a BOM was removed
  size_t line = 1;
  bool entries = false, in_comment = false, line_has_text = false;
  for (size_t i = 0; i < decoded.size(); ++i) {
    const auto c = static_cast<unsigned char>(decoded[i]);
    if (c == '\n') {
      ++line;
      in_comment = line_has_text = false;
      continue;
    }
    if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
      char reason[64];
      std::snprintf(reason, sizeof reason, "%s (byte 0x%02X): a data file is UTF-8 text",
                    c == 0 ? "NUL byte" : "control character", c);
      return Status::InvalidInput(std::string(path) + ":" + std::to_string(line) + ": byte offset " +
                                  std::to_string(i + bom) + ": " + reason);
    }
    if (c == ' ' || c == '\t' || c == '\r') continue;
    if (!line_has_text) {
      line_has_text = true;
      in_comment = c == '#';
    }
    if (!in_comment) entries = true;
  }
  if (!entries) return Status::InvalidInput(std::string(path) + ": no entries (empty file)");
  if (out != nullptr) *out = std::move(decoded);
  return Status::Ok();
}

Result<std::string> ReadDataFile(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    const int err = errno;
    const std::string message = path + ": cannot open: " + std::strerror(err);
    return err == ENOENT ? Status::NotFound(message) : Status::IoError(message);
  }
  std::string content;
  char buf[1 << 16];
  size_t got;
  while ((got = std::fread(buf, 1, sizeof buf, f)) > 0) content.append(buf, got);
  const bool failed = std::ferror(f) != 0;
  const int err = errno;
  std::fclose(f);
  if (failed) return Status::IoError(path + ": read error: " + std::strerror(err));
  std::string out;
  Status st = CheckDataFile(content, path, &out);
  if (!st.ok()) return st;
  return out;
}

void DataErrors::Add(std::string_view file, int line, std::string_view reason) {
  Add(std::string(file) + ":" + std::to_string(line) + ": " + std::string(reason));
}

void DataErrors::Add(std::string_view located) {
  if (++count_ > kMaxDataErrors) return;
  if (!text_.empty()) text_ += "\n";
  text_ += prefix_;
  text_ += located;
}

Status DataErrors::ToStatus() const {
  if (count_ == 0) return Status::Ok();
  std::string m = text_;
  if (count_ > kMaxDataErrors) m += "\n(" + std::to_string(count_ - kMaxDataErrors) + " more errors)";
  return Status::InvalidInput(m);
}

Result<DataFiles> ReadDataFiles(const std::string& dir, const std::vector<std::string>& names,
                                bool full_names) {
  DataFiles files;
  for (const std::string& name : names) {
    auto content = ReadDataFile(dir + "/" + name);
    if (!content.ok()) return content.status();
    files.emplace_back(full_names ? dir + "/" + name : name, std::move(content).value());
  }
  return files;
}

}  // namespace ghatna
