// Benchmark text built at run time from the bundled example articles, so that
// no large file is committed and every benchmark measures the same kind of
// Hindi news text.
//
//   static const std::string text = ghatna::bench::ExampleCorpus(4u << 20);
//   state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(text.size()));
#ifndef GHATNA_BENCH_EXAMPLE_CORPUS_H_
#define GHATNA_BENCH_EXAMPLE_CORPUS_H_

#include <filesystem>
#include <fstream>
#include <sstream>
#include <cstdlib>
#include <string>

#include "ghatna/morph.h"

namespace ghatna::bench {

// The examples/*.txt articles, each followed by a blank line, repeated until
// the text holds at least `min_bytes` bytes. A built-in paragraph stands in
// when the examples are absent.
inline std::string ExampleCorpus(size_t min_bytes) {
  std::string articles;
  const std::filesystem::path dir = std::filesystem::path(GHATNA_SOURCE_DIR) / "examples";
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    articles += ss.str();
    articles += "\n\n";
  }
  if (articles.empty()) {
    articles = "रूस के विदेश मंत्री सर्गेई लवरोव ने संयुक्त राष्ट्र महासचिव एंतोनियो गुटेरेस से "
               "अमेरिका के विरुद्ध मध्यस्थता प्रक्रिया शुरू करने का आग्रह किया। मंत्रालय ने कहा "
               "कि दोनों नेताओं ने बातचीत की।\n\n";
  }
  std::string all;
  while (all.size() < min_bytes) all += articles;
  return all;
}

// The morphology of the source tree's data/, loaded once and kept for the
// whole benchmark run; aborts if it cannot be loaded.
inline const Morphology& SharedMorphology() {
  static const Morphology* m = [] {
    auto r = Morphology::Load(GHATNA_DATA_DIR);
    if (!r.ok()) std::abort();
    return std::move(r).value().release();
  }();
  return *m;
}

}  // namespace ghatna::bench

#endif  // GHATNA_BENCH_EXAMPLE_CORPUS_H_
