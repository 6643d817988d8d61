// Actor dictionary load time and recognition throughput.
//
//   cmake --build build --target actors_bench && build/actors_bench
//
// BM_Load loads data/actors (bar: <= 100 ms). BM_Recognize runs the
// recogniser over pre-tokenised news text (the seed article repeated, plus
// generated sentences naming many actors) and reports bytes/s of original
// text (bar: >= 2 MB/s on one core); BM_TextAndRecognize includes the text
// layer.
#include <fstream>
#include <sstream>
#include <string>

#include <benchmark/benchmark.h>

#include "ghatna/actors.h"
#include "ghatna/text.h"

namespace {

const std::string kDataDir = std::string(GHATNA_SOURCE_DIR) + "/data/actors";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// About 1 MB of text: the seed article and sentences with compounds,
// inflections and pronouns, repeated.
std::string Corpus() {
  const std::string seed = ReadFile(std::string(GHATNA_SOURCE_DIR) + "/examples/lavrov-guterres.hi.txt");
  const std::string extra =
      "भारत के प्रधानमंत्री नरेंद्र मोदी ने अमेरिकी राष्ट्रपति से मुलाकात की और दोनों नेताओं ने व्यापार पर चर्चा की।\n"
      "पाकिस्तानी सेना ने कहा कि सीमा पर गोलीबारी में तीन आतंकवादियों को मार गिराया गया। उसने बयान जारी किया।\n"
      "दिल्ली पुलिस ने प्रदर्शनकारियों को हिरासत में लिया, जबकि किसानों ने सरकार के खिलाफ नारे लगाए।\n"
      "चीनी विदेश मंत्रालय के प्रवक्ता ने कहा कि बीजिंग इस कदम का विरोध करता है और उन्होंने संयम बरतने की अपील की।\n";
  std::string text;
  while (text.size() < (1 << 20)) text += seed + "\n" + extra;
  return text;
}

const ghatna::ActorDictionary* Dict() {
  static const ghatna::ActorDictionary* dict = [] {
    auto d = ghatna::ActorDictionary::Load(kDataDir);
    return d.ok() ? std::move(*d).release() : nullptr;
  }();
  return dict;
}

void BM_Load(benchmark::State& state) {
  for (auto _ : state) {
    auto d = ghatna::ActorDictionary::Load(kDataDir);
    if (!d.ok()) {
      state.SkipWithError(d.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(d);
  }
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

void BM_Recognize(benchmark::State& state) {
  if (Dict() == nullptr) {
    state.SkipWithError("data/actors does not load");
    return;
  }
  ghatna::Document doc;
  doc.text = Corpus();
  ghatna::AnalyzeText(&doc);
  ghatna::ActorRecognizer rec(*Dict());
  size_t mentions = 0;
  for (auto _ : state) {
    auto m = rec.Recognize(doc, {});
    mentions = m.size();
    benchmark::DoNotOptimize(m);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * doc.text.size());
  state.counters["mentions"] = static_cast<double>(mentions);
}
BENCHMARK(BM_Recognize)->Unit(benchmark::kMillisecond);

void BM_TextAndRecognize(benchmark::State& state) {
  if (Dict() == nullptr) {
    state.SkipWithError("data/actors does not load");
    return;
  }
  const std::string text = Corpus();
  ghatna::ActorRecognizer rec(*Dict());
  for (auto _ : state) {
    ghatna::Document doc;
    doc.text = text;
    ghatna::AnalyzeText(&doc);
    auto m = rec.Recognize(doc, {});
    benchmark::DoNotOptimize(m);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.size());
}
BENCHMARK(BM_TextAndRecognize)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
