#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <nlohmann/json.hpp>

#include "ghatna/io.h"

namespace ghatna {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string DisplayName(const std::string& path) { return path == "-" ? "<stdin>" : path; }

class TextReader : public DocumentReader {
 public:
  TextReader(std::string path, InputOptions options)
      : path_(std::move(path)), options_(std::move(options)) {}

  Result<bool> Next(Document* doc) override {
    if (done_) return false;
    done_ = true;
    std::string bytes;
    if (path_ == "-") {
      bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
      std::ifstream in(path_, std::ios::binary);
      if (!in) return Status::IoError(DisplayName(path_) + ": cannot open: " + std::strerror(errno));
      bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      if (in.bad()) return Status::IoError(DisplayName(path_) + ": read error");
    }
    *doc = Document();
    Status st = DecodeUtf8(bytes, DisplayName(path_), options_.decode, &doc->text);
    if (!st.ok()) return st;
    doc->id = DocIdFromPath(path_);
    doc->date = options_.default_date;
    doc->origin = DisplayName(path_);
    return true;
  }

 private:
  std::string path_;
  InputOptions options_;
  bool done_ = false;
};

class JsonlReader : public DocumentReader {
 public:
  JsonlReader(std::string path, InputOptions options, std::unique_ptr<std::ifstream> file)
      : path_(std::move(path)), options_(std::move(options)), file_(std::move(file)) {}

  Result<bool> Next(Document* doc) override {
    std::istream& in = file_ ? static_cast<std::istream&>(*file_) : std::cin;
    std::string line;
    while (std::getline(in, line)) {
      ++line_no_;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const std::string where = DisplayName(path_) + ":" + std::to_string(line_no_);
      std::string decoded;
      Status st = DecodeUtf8(line, where, options_.decode, &decoded);
      if (!st.ok()) {
        // DecodeUtf8 counts lines within `line`; report this file's line.
        return Status::InvalidInput(where + ": invalid UTF-8");
      }
      nlohmann::json j = nlohmann::json::parse(decoded, nullptr, /*allow_exceptions=*/false);
      if (j.is_discarded() || !j.is_object()) {
        return Status::InvalidInput(where + ": not a JSON object");
      }
      auto str = [&](const char* key, std::string* out) -> bool {
        auto it = j.find(key);
        if (it == j.end() || it->is_null()) return true;
        if (it->is_string()) { *out = it->get<std::string>(); return true; }
        if (it->is_number_integer() && std::string(key) == "id") { *out = it->dump(); return true; }
        return false;
      };
      *doc = Document();
      for (auto [key, field] : {std::pair{"id", &doc->id}, {"text", &doc->text},
                                {"date", &doc->date}, {"title", &doc->title}, {"url", &doc->url}}) {
        if (!str(key, field)) {
          return Status::InvalidInput(where + ": field \"" + key + "\" is not a string");
        }
      }
      if (j.find("text") == j.end()) return Status::InvalidInput(where + ": no \"text\" field");
      if (doc->id.empty()) doc->id = DocIdFromPath(path_) + "-" + std::to_string(line_no_);
      if (doc->date.size() > 10) doc->date.resize(10);  // ISO timestamp -> date
      if (doc->date.empty()) doc->date = options_.default_date;
      doc->origin = where;
      return true;
    }
    if (file_ && file_->bad()) return Status::IoError(DisplayName(path_) + ": read error");
    return false;
  }

 private:
  std::string path_;
  InputOptions options_;
  std::unique_ptr<std::ifstream> file_;
  size_t line_no_ = 0;
};

}  // namespace

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
    format = EndsWith(path, ".jsonl") ? InputFormat::kJsonl : InputFormat::kText;
  }
  if (format == InputFormat::kText) {
    return std::unique_ptr<DocumentReader>(new TextReader(path, options));
  }
  std::unique_ptr<std::ifstream> file;
  if (path != "-") {
    file = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*file) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  }
  return std::unique_ptr<DocumentReader>(new JsonlReader(path, options, std::move(file)));
}

void AppendJsonString(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (c < 0x20) {
          out->append("\\u00");
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 15]);
        } else {
          out->push_back(ch);
        }
    }
  }
  out->push_back('"');
}

}  // namespace ghatna
