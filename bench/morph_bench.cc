// Throughput of the morphology stage on Hindi news text, alone (sentences
// tokenised beforehand) and together with the text layer, and the time to
// load its lexicons. The corpus is built at run time from the bundled
// example articles (examples/*.txt) repeated to about 4 MB. Bytes/s are bytes
// of UTF-8 input text.
//
//   build/morph_bench --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <string>

#include "ghatna/morph.h"
#include "ghatna/text.h"

#include "example_corpus.h"

namespace {

const std::string& Corpus() {
  static const std::string text = ghatna::bench::ExampleCorpus(4u << 20);
  return text;
}

const ghatna::Morphology& Morph() { return ghatna::bench::SharedMorphology(); }

// Loading every lexicon (own TSV files and apertium-hin when installed).
void BM_Load(benchmark::State& state) {
  for (auto _ : state) {
    auto r = ghatna::Morphology::Load(GHATNA_DATA_DIR);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

// The morphology stage alone, on sentences tokenised once beforehand.
void BM_Analyze(benchmark::State& state) {
  ghatna::Document doc;
  doc.text = Corpus();
  ghatna::AnalyzeText(&doc);
  size_t tokens = 0;
  for (auto _ : state) {
    for (auto& s : doc.sentences) {
      Morph().Analyze(&s);
      tokens += s.tokens.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * doc.text.size());
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);

// Text layer and morphology together, one article-sized document at a time.
void BM_TextAndMorph(benchmark::State& state) {
  const std::string& corpus = Corpus();
  ghatna::Document doc;
  size_t bytes = 0;
  for (auto _ : state) {
    for (size_t pos = 0; pos < corpus.size();) {
      size_t end = std::min(corpus.size(), pos + 8192);
      while (end < corpus.size() && corpus[end] != '\n') ++end;
      doc.text.assign(corpus, pos, end - pos);
      ghatna::AnalyzeText(&doc);
      for (auto& s : doc.sentences) Morph().Analyze(&s);
      bytes += end - pos;
      pos = end;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_TextAndMorph)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
