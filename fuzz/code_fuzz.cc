// Fuzz target for the event coder: the whole pipeline (data/, without the
// system dictionaries) codes the input, repaired to UTF-8, as one article;
// the first byte picks the date. Checks: every event has a known CAMEO code,
// actor codes, a sentence of the article and offsets inside the text; at most
// a bounded number of events per sentence; each event written as JSON and
// PLOVER is one valid JSON line of valid UTF-8, as TSV one row of 22 columns.
//
//   CC=clang CXX=clang++ cmake -S . -B build-fuzz -DGHATNA_FUZZ=ON
//   cmake --build build-fuzz --target code_fuzz && build-fuzz/code_fuzz fuzz/corpus/text
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "ghatna/events.h"
#include "ghatna/pipeline.h"
#include "ghatna/text.h"

namespace {

void Check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "code_fuzz: %s\n", what);
  std::abort();
}

const ghatna::Pipeline& Pipe() {
  static const std::unique_ptr<ghatna::Pipeline> pipe = [] {
    ghatna::PipelineOptions options;
    options.data_dir = ghatna::FindDataDir("");
    options.use_system_dictionaries = false;
    auto p = ghatna::Pipeline::Load(options);
    Check(p.ok(), "cannot load data/ (set GHATNA_DATA)");
    return std::move(p).value();
  }();
  return *pipe;
}

// (A space first: DecodeUtf8 drops a BOM at the start.)
bool ValidUtf8(const std::string& s) {
  std::string out;
  return ghatna::DecodeUtf8(" " + s, "", ghatna::DecodeMode::kStrict, &out).ok() && out == " " + s;
}

void CheckJsonLine(const std::string& line) {
  Check(!line.empty() && line.back() == '\n' && line.find('\n') == line.size() - 1, "not one line");
  Check(ValidUtf8(line), "a JSON line is not valid UTF-8");
  Check(nlohmann::json::accept(line), "a JSON line does not parse");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const ghatna::Pipeline& pipe = Pipe();
  if (size == 0) return 0;
  static const char* const kDates[] = {"", "2014-03-01", "2022-02-24", "1999-12"};
  ghatna::Document doc;
  doc.id = "fuzz";
  doc.date = kDates[data[0] & 3];
  ghatna::DecodeUtf8(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), "fuzz",
                     ghatna::DecodeMode::kRepair, &doc.text);
  uint32_t length = 0;
  for (char c : doc.text) length += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  const std::vector<ghatna::Event> events = pipe.Run(&doc);
  Check(events.size() <= 64 * doc.sentences.size() + 64, "more events than a bounded number per sentence");
  for (const ghatna::Event& e : events) {
    Check(ghatna::CameoCodeInfo(e.code, nullptr, nullptr, nullptr), "an unknown CAMEO code");
    Check(e.sentence >= 0 && e.sentence < static_cast<int>(doc.sentences.size()), "no such sentence");
    Check(!e.source.code.empty() && !e.target.code.empty(), "an event without an actor code");
    for (const ghatna::EventSpan* s : {&e.source, &e.target, &e.trigger}) {
      Check(s->start <= s->end && s->end <= length, "a span outside the text");
      Check(s->antecedent_start <= s->antecedent_end && s->antecedent_end <= length,
            "an antecedent outside the text");
    }
    std::string out;
    ghatna::AppendEventJson(e, true, &out);
    CheckJsonLine(out);
    out.clear();
    ghatna::AppendEventPlover(e, &out);
    CheckJsonLine(out);
    out.clear();
    ghatna::AppendEventTsv(e, &out);
    Check(out.back() == '\n' && out.find('\n') == out.size() - 1, "a TSV event is not one row");
    size_t tabs = 0;
    for (char c : out) tabs += c == '\t';
    Check(tabs == 21, "a TSV event is not 22 columns");
  }
  return 0;
}
