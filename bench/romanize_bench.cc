// Throughput of the two romanisers on Hindi news text (the bundled examples,
// or a built-in paragraph when they are absent).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "ghatna/romanize.h"

namespace {

const std::string& Corpus() {
  static const std::string text = [] {
    std::string all;
    const std::filesystem::path dir = std::filesystem::path(GHATNA_SOURCE_DIR) / "examples";
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      all += ss.str();
    }
    if (all.empty()) {
      all = "रूस के विदेश मंत्री सर्गेई लवरोव ने संयुक्त राष्ट्र महासचिव एंटोनियो गुटेरेस से "
            "बातचीत की और यूक्रेन में जारी संघर्ष पर चिंता जताई। प्रधानमंत्री नरेंद्र मोदी ने "
            "कहा कि भारत शांति का समर्थन करता है।\n";
    }
    while (all.size() < (1 << 20)) all += all;  // about 1 MB
    return all;
  }();
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
