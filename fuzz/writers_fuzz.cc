// Fuzz target for every output writer (JSON, TSV, PLOVER, CoNLL-U, and the
// JSON and TSV field writers): the input, repaired to UTF-8, is cut at U+0001
// into the fields of an Event and the tokens of a Sentence, whatever they
// hold (tabs, line breaks, U+2028, quotes, control characters). Checks: JSON
// and PLOVER give one line of valid JSON and valid UTF-8 whose strings read
// back as written; TSV one row of 22 columns; CoNLL-U ten columns a token.
//
//   CC=clang CXX=clang++ cmake -S . -B build-fuzz -DGHATNA_FUZZ=ON
//   cmake --build build-fuzz --target writers_fuzz && build-fuzz/writers_fuzz fuzz/corpus/writers
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ghatna/events.h"
#include "ghatna/io.h"
#include "ghatna/syntax.h"
#include "ghatna/text.h"

namespace {

void Check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "writers_fuzz: %s\n", what);
  std::abort();
}

// (A space first: DecodeUtf8 drops a BOM at the start.)
bool ValidUtf8(const std::string& s) {
  std::string out;
  return ghatna::DecodeUtf8(" " + s, "", ghatna::DecodeMode::kStrict, &out).ok() && out == " " + s;
}

bool OneLine(const std::string& s) {
  return !s.empty() && s.back() == '\n' && s.find('\n') == s.size() - 1;
}

// No byte a TSV reader (or Python's splitlines) would take as a column or
// row break: C0 controls, DEL, U+0085, U+2028, U+2029.
bool CleanTsvField(const std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) return false;
    if (s.compare(i, 2, "\xC2\x85") == 0 || s.compare(i, 3, "\xE2\x80\xA8") == 0 ||
        s.compare(i, 3, "\xE2\x80\xA9") == 0)
      return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text;
  ghatna::DecodeUtf8(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz",
                     ghatna::DecodeMode::kRepair, &text);
  std::vector<std::string> f;
  size_t start = 0;
  while (true) {
    const size_t cut = text.find('\x01', start);
    f.push_back(text.substr(start, cut == std::string::npos ? std::string::npos : cut - start));
    if (cut == std::string::npos) break;
    start = cut + 1;
  }
  const size_t kFields = 16;
  auto field = [&](size_t i) { return i < f.size() ? f[i] : std::string(); };

  // The field writers.
  std::string json;
  ghatna::AppendJsonString(field(0), &json);
  Check(ValidUtf8(json), "AppendJsonString: invalid UTF-8");
  Check(json.find('\n') == std::string::npos, "AppendJsonString: a raw line break");
  auto parsed = nlohmann::json::parse(json, nullptr, false);
  Check(parsed.is_string() && parsed.get<std::string>() == field(0), "AppendJsonString: does not read back");
  std::string tsv;
  ghatna::AppendTsvField(field(0), &tsv);
  Check(CleanTsvField(tsv) && ValidUtf8(tsv), "AppendTsvField: a break or invalid UTF-8 left");

  // The event writers.
  ghatna::Event e;
  e.doc_id = field(0);
  e.date = field(1);
  e.date_source = field(2);
  e.sentence = static_cast<int>(size % 7);
  e.source.code = field(3);
  e.source.text = field(4);
  e.source.how = field(5);
  e.source.antecedent_text = field(6);
  e.target.code = field(7);
  e.target.text = field(8);
  e.code = field(9);
  e.root_code = field(10);
  e.trigger.text = field(11);
  e.sentence_text = field(12);
  e.pattern = field(13);
  e.rules = {field(14), field(15)};
  e.goldstein = static_cast<double>(size % 21) - 10.0;
  std::string out;
  ghatna::AppendEventJson(e, true, &out);
  Check(OneLine(out) && ValidUtf8(out), "AppendEventJson: not one line of UTF-8");
  auto j = nlohmann::json::parse(out, nullptr, false);
  Check(!j.is_discarded(), "AppendEventJson: invalid JSON");
  Check(j["doc_id"] == e.doc_id && j["source"]["text"] == e.source.text && j["sentence_text"] == e.sentence_text,
        "AppendEventJson: a field does not read back");
  out.clear();
  ghatna::AppendEventPlover(e, &out);
  Check(OneLine(out) && ValidUtf8(out), "AppendEventPlover: not one line of UTF-8");
  Check(nlohmann::json::accept(out), "AppendEventPlover: invalid JSON");
  out.clear();
  ghatna::AppendEventTsv(e, &out);
  Check(OneLine(out) && ValidUtf8(out), "AppendEventTsv: not one row of UTF-8");
  size_t tabs = 0;
  for (char c : out) tabs += c == '\t';
  Check(tabs == 21, "AppendEventTsv: not 22 columns");
  std::string row = out.substr(0, out.size() - 1);
  for (char& c : row) if (c == '\t') c = ' ';
  Check(CleanTsvField(row), "AppendEventTsv: a control character or line separator in a field");

  // The CoNLL-U writer: tokens from the remaining fields.
  ghatna::Sentence s;
  s.text = field(12);
  for (size_t i = kFields; i < f.size() && i < kFields + 64; ++i) {
    ghatna::Token& t = s.tokens.emplace_back();
    t.text = f[i];
    t.lemma = i + 1 < f.size() ? f[i + 1] : "";
    t.feats = field(i % kFields);
    t.start = static_cast<uint32_t>(i);
    t.end = static_cast<uint32_t>(i + 1);
  }
  const ghatna::SentenceParse parse = ghatna::ParseSentence(s);
  out.clear();
  ghatna::AppendConllu(e.doc_id, 0, s, parse, &out);
  Check(ValidUtf8(out), "AppendConllu: invalid UTF-8");
  size_t rows = 0, line_start = 0;
  while (line_start < out.size()) {
    const size_t nl = out.find('\n', line_start);
    Check(nl != std::string::npos, "AppendConllu: no final line break");
    const std::string line = out.substr(line_start, nl - line_start);
    line_start = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    ++rows;
    size_t columns = 1;
    for (char c : line) columns += c == '\t';
    Check(columns == 10, "AppendConllu: a token line without ten columns");
    Check(line.find("\t\t") == std::string::npos && line.back() != '\t', "AppendConllu: an empty field");
    std::string no_tabs = line;
    for (char& c : no_tabs) if (c == '\t') c = ' ';
    Check(CleanTsvField(no_tabs), "AppendConllu: a control character or line separator in a field");
  }
  Check(rows == s.tokens.size(), "AppendConllu: rows are not the tokens");
  return 0;
}
