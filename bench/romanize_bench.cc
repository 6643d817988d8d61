// Throughput of the two romanisers on Hindi news text (the bundled examples,
// or a built-in paragraph when they are absent).
#include <benchmark/benchmark.h>

#include <string>

#include "ghatna/romanize.h"

#include "example_corpus.h"

namespace {

const std::string& Corpus() {
  static const std::string text = ghatna::bench::ExampleCorpus(1u << 20);
  return text;
}

void BM_RomanizeIso15919(benchmark::State& state) {
  const std::string& text = Corpus();
  for (auto _ : state) benchmark::DoNotOptimize(ghatna::RomanizeIso15919(text));
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(text.size()));
}
BENCHMARK(BM_RomanizeIso15919)->Unit(benchmark::kMillisecond);

void BM_RomanizeHindi(benchmark::State& state) {
  const std::string& text = Corpus();
  for (auto _ : state) benchmark::DoNotOptimize(ghatna::RomanizeHindi(text));
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(text.size()));
}
BENCHMARK(BM_RomanizeHindi)->Unit(benchmark::kMillisecond);

// Short strings, as when romanising one name at a time.
void BM_RomanizeHindiName(benchmark::State& state) {
  const std::string name = "गुटेरेस";
  for (auto _ : state) benchmark::DoNotOptimize(ghatna::RomanizeHindi(name));
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(name.size()));
}
BENCHMARK(BM_RomanizeHindiName);

}  // namespace

BENCHMARK_MAIN();
