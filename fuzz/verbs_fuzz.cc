// Fuzz target for the event coder's data files (data/verbs): the input is
// loaded as one file (its first byte picks which: patterns, nouns,
// nonevents, casualties, discard). Bad lines must give errors, never a crash.
//
//   cmake -S . -B build-fuzz -DGHATNA_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++
//   cmake --build build-fuzz --target verbs_fuzz && build-fuzz/verbs_fuzz
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "events/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kFiles[] = {"patterns.tsv", "nouns.tsv", "nonevents.tsv", "casualties.tsv",
                                       "discard.tsv"};
  const std::string name = kFiles[data[0] % 5];
  const std::string content(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto lex = ghatna::events::Lexicon::Load({{name, content}});
  if (!lex.ok()) return 0;
  std::vector<std::pair<int, int>> nouns;
  (*lex)->NounCandidates(ghatna::events::MatchKey(content.substr(0, 32)), &nouns);
  (*lex)->Forms(content.substr(0, 16));
  return 0;
}
