// End-to-end throughput: text -> morph -> syntax -> actors -> events on the
// bundled example articles, with the full dictionaries. Reports sentences
// per second (items_per_second) on one thread, and the load time.
//
//   build/pipeline_bench --benchmark_min_time=2s
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench_pipeline.h"
#include "ghatna/pipeline.h"
#include "ghatna/text.h"

namespace {

using ghatna::bench::Pipe;

std::vector<ghatna::Document> Examples() {
  std::vector<ghatna::Document> docs;
  for (const auto& e : std::filesystem::directory_iterator(std::string(GHATNA_SOURCE_DIR) + "/examples")) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    ghatna::Document d;
    d.id = e.path().stem().string();
    d.text = ss.str();
    docs.push_back(std::move(d));
  }
  return docs;
}

// Whole pipeline, text in, events out (the text layer included).
void BM_Pipeline(benchmark::State& state) {
  const ghatna::Pipeline& pipe = Pipe();
  const std::vector<ghatna::Document> docs = Examples();
  int64_t sentences = 0, events = 0;
  for (auto _ : state) {
    for (const ghatna::Document& d : docs) {
      ghatna::Document doc = d;
      auto ev = pipe.Run(&doc);
      sentences += static_cast<int64_t>(doc.sentences.size());
      events += static_cast<int64_t>(ev.size());
      benchmark::DoNotOptimize(ev);
    }
  }
  state.SetItemsProcessed(sentences);
  state.counters["events_per_iter"] = static_cast<double>(events) / state.iterations();
}
BENCHMARK(BM_Pipeline)->Unit(benchmark::kMicrosecond);

// The stages one by one, cumulatively: text; + morph; + syntax; + actors.
void BM_Stages(benchmark::State& state) {
  const ghatna::Pipeline& pipe = Pipe();
  const std::vector<ghatna::Document> docs = Examples();
  const int upto = static_cast<int>(state.range(0));
  int64_t sentences = 0;
  for (auto _ : state) {
    for (const ghatna::Document& d : docs) {
      ghatna::Document doc = d;
      ghatna::AnalyzeText(&doc);
      std::vector<ghatna::SentenceParse> parses;
      for (ghatna::Sentence& s : doc.sentences) {
        if (upto >= 1) pipe.morphology().Analyze(&s);
        if (upto >= 2) parses.push_back(ghatna::ParseSentence(s));
      }
      if (upto >= 3) benchmark::DoNotOptimize(pipe.recognizer().Recognize(doc, parses));
      sentences += static_cast<int64_t>(doc.sentences.size());
    }
  }
  state.SetItemsProcessed(sentences);
  state.SetLabel(upto == 0 ? "text" : upto == 1 ? "+morph" : upto == 2 ? "+syntax" : "+actors");
}
BENCHMARK(BM_Stages)->DenseRange(0, 3)->Unit(benchmark::kMicrosecond);

// The event coder alone, on analysed documents.
void BM_CoderOnly(benchmark::State& state) {
  const ghatna::Pipeline& pipe = Pipe();
  std::vector<ghatna::Document> docs = Examples();
  std::vector<ghatna::Analysis> analyses;
  for (ghatna::Document& d : docs) analyses.push_back(pipe.Analyze(&d));
  int64_t sentences = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < docs.size(); ++i) {
      auto ev = pipe.coder().Code(docs[i], analyses[i].parses, analyses[i].mentions);
      sentences += static_cast<int64_t>(docs[i].sentences.size());
      benchmark::DoNotOptimize(ev);
    }
  }
  state.SetItemsProcessed(sentences);
}
BENCHMARK(BM_CoderOnly)->Unit(benchmark::kMicrosecond);

// Loading every stage's resources (start-up cost).
void BM_Load(benchmark::State& state) {
  ghatna::PipelineOptions po;
  po.data_dir = ghatna::FindDataDir(std::string(GHATNA_SOURCE_DIR) + "/data");
  for (auto _ : state) {
    auto p = ghatna::Pipeline::Load(po);
    benchmark::DoNotOptimize(p);
  }
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
