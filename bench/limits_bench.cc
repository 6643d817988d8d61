// Linear time in the length of a sentence and of a word (issue 13): the whole
// pipeline on one run-on sentence without a full stop, one coordinated list
// of states before a predicate, one genitive chain, and one word without a
// space, each grown 10x and 100x. With the text layer's limits
// (kMaxSentenceTokens, kMaxWordLetters in ghatna/text.h) time per byte stays
// flat: Google Benchmark's fitted complexity should read O(N), and
// bytes_per_second should not fall as N grows.
//
//   build/limits_bench --benchmark_min_time=1s
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_pipeline.h"
#include "ghatna/pipeline.h"
#include "ghatna/text.h"

namespace {

using ghatna::bench::Pipe;

// `n` copies of `unit`, then `tail`.
std::string Repeat(const std::string& unit, int64_t n, const std::string& tail) {
  std::string s;
  s.reserve(unit.size() * n + tail.size());
  for (int64_t i = 0; i < n; ++i) s += unit;
  return s + tail;
}

void Code(benchmark::State& state, const std::string& text) {
  const ghatna::Pipeline& pipe = Pipe();
  int64_t events = 0;
  for (auto _ : state) {
    ghatna::Document doc;
    doc.id = "bench";
    doc.text = text;
    auto ev = pipe.Run(&doc);
    events += static_cast<int64_t>(ev.size());
    benchmark::DoNotOptimize(ev);
  }
  state.SetComplexityN(state.range(0));
  state.SetBytesProcessed(static_cast<int64_t>(text.size()) * state.iterations());
  state.counters["events"] = static_cast<double>(events) / state.iterations();
}

// A sentence that never ends: clauses joined by commas and और, no danda.
void BM_RunOnSentence(benchmark::State& state) {
  Code(state, Repeat("भारत और चीन के विदेश मंत्रियों ने बातचीत की और रूस ने अमेरिका की आलोचना की, ",
                     state.range(0), "।\n"));
}
BENCHMARK(BM_RunOnSentence)->Arg(20)->Arg(200)->Arg(2000)->Complexity(benchmark::oN)
    ->Unit(benchmark::kMillisecond);

// Coordinated states before one predicate: every source with every target.
void BM_CoordinatedStates(benchmark::State& state) {
  Code(state, Repeat("भारत, चीन, रूस, जापान और फ्रांस ", state.range(0),
                     "ने पाकिस्तान, ईरान और इराक से बातचीत की।\n"));
}
BENCHMARK(BM_CoordinatedStates)->Arg(20)->Arg(200)->Arg(2000)->Complexity(benchmark::oN)
    ->Unit(benchmark::kMillisecond);

// A genitive chain: "रूस के राष्ट्रपति के सलाहकार के ...".
void BM_GenitiveChain(benchmark::State& state) {
  Code(state, Repeat("रूस के राष्ट्रपति के सलाहकार के ", state.range(0), "बयान की आलोचना हुई।\n"));
}
BENCHMARK(BM_GenitiveChain)->Arg(50)->Arg(500)->Arg(5000)->Complexity(benchmark::oN)
    ->Unit(benchmark::kMillisecond);

// One word without a space or a mark to cut at: letters with matras.
void BM_LongWord(benchmark::State& state) {
  Code(state, Repeat("कि", state.range(0), " ने बातचीत की।\n"));
}
BENCHMARK(BM_LongWord)->Arg(1000)->Arg(10000)->Arg(100000)->Complexity(benchmark::oN)
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
