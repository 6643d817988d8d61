// The Python module `ghatna._ghatna`: the core library's Pipeline behind a
// small pybind11 class. Articles go in as JSON-lines records, so that they
// are read exactly as `ghatna code` reads a .jsonl file (ParseJsonDocument);
// events come out as the JSON lines `ghatna code` writes (AppendEventJson)
// or its TSV rows. The Python side (python/ghatna/__init__.py) turns those
// into dicts and DataFrames. Coding runs without the GIL. Parses and actor
// mentions come out as `ghatna parse` and `ghatna actors` write them
// (AnalysisWriter, JSON lines).

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "ghatna/events.h"
#include "ghatna/io.h"
#include "ghatna/pipeline.h"
#include "ghatna/syntax.h"
#include "ghatna/text.h"
#include "ghatna/writers.h"

namespace py = pybind11;

namespace {

enum class Format { kJson, kJsonExplain, kTsv };
enum class Analysis { kParses, kMentions };

class PyPipeline {
 public:
  explicit PyPipeline(const std::optional<std::string>& data) {
    ghatna::PipelineOptions options;
    options.data_dir = ghatna::FindDataDir(data.value_or(""));
    auto loaded = ghatna::Pipeline::Load(options);
    if (!loaded.ok()) throw std::runtime_error(loaded.status().ToString());
    pipeline_ = std::move(*loaded);
    data_dir_ = options.data_dir;
  }

  const std::string& data_dir() const { return data_dir_; }

  // Codes JSON-lines records with `threads` threads; returns one output
  // text per record (its events as JSON lines or TSV rows). A bad record
  // raises ValueError naming its position and the reason.
  std::vector<std::string> CodeRecords(const std::vector<std::string>& records, int threads,
                                       Format format) const {
    std::vector<std::string> out(records.size());
    std::vector<std::string> errors(records.size());
    {
      py::gil_scoped_release release;
      std::atomic<size_t> next{0};
      auto work = [&]() {
        for (size_t i; (i = next.fetch_add(1)) < records.size();) {
          ghatna::Document doc;
          const std::string where = "record " + std::to_string(i + 1);
          ghatna::Status st = ghatna::ParseJsonDocument(records[i], where, ghatna::InputOptions(), &doc);
          if (!st.ok()) {
            errors[i] = st.ToString();
            continue;
          }
          for (const ghatna::Event& e : pipeline_->Run(&doc)) {
            if (format == Format::kTsv) ghatna::AppendEventTsv(e, &out[i]);
            else ghatna::AppendEventJson(e, format == Format::kJsonExplain, &out[i]);
          }
        }
      };
      const int n = std::max(1, std::min<int>(threads, static_cast<int>(records.size())));
      if (n == 1) {
        work();
      } else {
        std::vector<std::thread> pool;
        for (int t = 0; t < n; ++t) pool.emplace_back(work);
        for (std::thread& t : pool) t.join();
      }
    }
    for (const std::string& e : errors)
      if (!e.empty()) throw py::value_error(e);
    return out;
  }

  // The parses (`ghatna parse`) or actor mentions (`ghatna actors`) of one
  // JSON-lines record, as JSON lines. A bad record raises ValueError.
  std::string AnalyzeRecord(const std::string& record, Analysis what) const {
    ghatna::Document doc;
    ghatna::Status st = ghatna::ParseJsonDocument(record, "record 1", ghatna::InputOptions(), &doc);
    if (!st.ok()) throw py::value_error(st.ToString());
    const ghatna::AnalysisKind kind =
        what == Analysis::kParses ? ghatna::AnalysisKind::kParses : ghatna::AnalysisKind::kMentions;
    auto writer = ghatna::AnalysisWriter::Create(kind, "jsonl");
    if (!writer.ok()) throw std::runtime_error(writer.status().ToString());
    std::string out;
    {
      py::gil_scoped_release release;
      ghatna::AnalyzeText(&doc);
      ghatna::Analysis a;
      a.parses = ghatna::ParseDocument(&doc, pipeline_->morphology());
      if (kind == ghatna::AnalysisKind::kMentions) a.mentions = pipeline_->recognizer().Recognize(doc, a.parses);
      (*writer)->Write(doc, a, &out);
    }
    return out;
  }

 private:
  std::unique_ptr<ghatna::Pipeline> pipeline_;
  std::string data_dir_;
};

std::string TsvHeader() {
  std::string h;
  ghatna::AppendEventTsvHeader(&h);
  return h;
}

}  // namespace

PYBIND11_MODULE(_ghatna, m) {
  m.doc() = "ghatna core: codes political events (CAMEO) from Hindi news";
  py::enum_<Format>(m, "Format")
      .value("JSON", Format::kJson)
      .value("JSON_EXPLAIN", Format::kJsonExplain)
      .value("TSV", Format::kTsv);
  py::enum_<Analysis>(m, "Analysis")
      .value("PARSES", Analysis::kParses)
      .value("MENTIONS", Analysis::kMentions);
  py::class_<PyPipeline>(m, "Core")
      .def(py::init<const std::optional<std::string>&>(), py::arg("data") = py::none())
      .def_property_readonly("data_dir", &PyPipeline::data_dir)
      .def("code_records", &PyPipeline::CodeRecords, py::arg("records"), py::arg("threads"),
           py::arg("format"))
      .def("analyze_record", &PyPipeline::AnalyzeRecord, py::arg("record"), py::arg("what"));
  m.def("tsv_header", &TsvHeader);
}
