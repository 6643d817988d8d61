// Throughput of the text layer on Hindi news text: normalise + split +
// tokenise (AnalyzeText), and its parts. The corpus is built at run time
// from the bundled example articles (examples/*.txt) repeated to about 8 MB,
// so no large file is committed. Bytes/s in the output are bytes of UTF-8
// input.
//
//   build-text/text_bench --benchmark_min_time=2
#include <benchmark/benchmark.h>

#include <string>

#include "ghatna/io.h"
#include "ghatna/text.h"

#include "example_corpus.h"

namespace {

const std::string& Corpus() {
  static const std::string text = ghatna::bench::ExampleCorpus(8u << 20);
  return text;
}

// One article-sized document at a time, as the CLI processes news.
void BM_AnalyzeText(benchmark::State& state) {
  const std::string& corpus = Corpus();
  const size_t chunk = static_cast<size_t>(state.range(0));
  ghatna::Document doc;
  size_t bytes = 0, tokens = 0;
  for (auto _ : state) {
    for (size_t pos = 0; pos < corpus.size();) {
      size_t end = std::min(corpus.size(), pos + chunk);
      while (end < corpus.size() && corpus[end] != '\n') ++end;  // whole lines
      doc.text.assign(corpus, pos, end - pos);
      ghatna::AnalyzeText(&doc);
      for (const auto& s : doc.sentences) tokens += s.tokens.size();
      bytes += end - pos;
      pos = end;
    }
  }
  benchmark::DoNotOptimize(tokens);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_AnalyzeText)->Arg(8 << 10)->Arg(64 << 10)->Arg(1 << 20)->Unit(benchmark::kMillisecond);

void BM_Normalize(benchmark::State& state) {
  const std::string& corpus = Corpus();
  ghatna::NormalizedText norm;
  for (auto _ : state) {
    ghatna::NormalizeText(corpus, &norm);
    benchmark::DoNotOptimize(norm.text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.size()));
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

void BM_DecodeUtf8(benchmark::State& state) {
  const std::string& corpus = Corpus();
  std::string out;
  for (auto _ : state) {
    ghatna::Status st = ghatna::DecodeUtf8(corpus, "bench", ghatna::DecodeMode::kStrict, &out);
    benchmark::DoNotOptimize(st.ok());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.size()));
}
BENCHMARK(BM_DecodeUtf8)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
