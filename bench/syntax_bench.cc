// Throughput of the syntax stage on Hindi news text: alone (sentences
// tokenised and analysed by the morphology beforehand) and together with the
// text layer and the morphology (the bar: at least 2 MB/s on one
// core). The corpus is the bundled example articles (examples/*.txt)
// repeated to about 2 MB. Bytes/s are bytes of UTF-8 input text.
//
//   build/syntax_bench --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "ghatna/morph.h"
#include "ghatna/syntax.h"
#include "ghatna/text.h"

#include "example_corpus.h"

namespace {

const std::string& Corpus() {
  static const std::string text = ghatna::bench::ExampleCorpus(2u << 20);
  return text;
}

const ghatna::Morphology& Morph() { return ghatna::bench::SharedMorphology(); }

// The corpus analysed up to the morphology, for the syntax-only benchmark.
const ghatna::Document& Analysed() {
  static const ghatna::Document* doc = [] {
    auto* d = new ghatna::Document;
    d->text = Corpus();
    ghatna::AnalyzeText(d);
    for (auto& s : d->sentences) Morph().Analyze(&s);
    return d;
  }();
  return *doc;
}

void BM_SyntaxOnly(benchmark::State& state) {
  const ghatna::Document& doc = Analysed();
  size_t predicates = 0;
  for (auto _ : state) {
    for (const auto& s : doc.sentences) {
      ghatna::SentenceParse p = ghatna::ParseSentence(s);
      predicates += p.predicates.size();
      benchmark::DoNotOptimize(p);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * Corpus().size());
  state.counters["predicates"] = static_cast<double>(predicates) / state.iterations();
}
BENCHMARK(BM_SyntaxOnly)->Unit(benchmark::kMillisecond);

// Text layer + morphology + syntax on raw text: the number the bar is about.
void BM_TextMorphSyntax(benchmark::State& state) {
  Morph();
  for (auto _ : state) {
    ghatna::Document doc;
    doc.text = Corpus();
    ghatna::AnalyzeText(&doc);
    for (auto& s : doc.sentences) {
      Morph().Analyze(&s);
      ghatna::SentenceParse p = ghatna::ParseSentence(s);
      benchmark::DoNotOptimize(p);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * Corpus().size());
}
BENCHMARK(BM_TextMorphSyntax)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
