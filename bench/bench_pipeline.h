// The whole pipeline of the source tree's data/, loaded once per benchmark
// binary (aborts with the loader's message if it does not load).
//
//   const ghatna::Pipeline& pipe = ghatna::bench::Pipe();
#ifndef GHATNA_BENCH_BENCH_PIPELINE_H_
#define GHATNA_BENCH_BENCH_PIPELINE_H_

#include <cstdio>
#include <cstdlib>
#include <string>

#include "ghatna/pipeline.h"

namespace ghatna::bench {

inline const Pipeline& Pipe() {
  static const Pipeline* pipe = [] {
    PipelineOptions po;
    po.data_dir = FindDataDir(std::string(GHATNA_SOURCE_DIR) + "/data");
    auto p = Pipeline::Load(po);
    if (!p.ok()) {
      std::fprintf(stderr, "%s\n", p.status().ToString().c_str());
      std::abort();
    }
    return std::move(p).value().release();
  }();
  return *pipe;
}

}  // namespace ghatna::bench

#endif  // GHATNA_BENCH_BENCH_PIPELINE_H_
