// Fuzz target for the actor dictionary parser and the recogniser: the input
// is loaded as one dictionary file (its first byte picks which), and, when
// it loads, its own text is recognised against it.
//
//   cmake -S . -B build-fuzz -DGHATNA_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++
//   cmake --build build-fuzz --target actors_fuzz && build-fuzz/actors_fuzz
#include <cstddef>
#include <cstdint>
#include <string>

#include "ghatna/actors.h"
#include "ghatna/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kFiles[] = {"countries.tsv", "orgs.tsv",   "groups.tsv",
                                       "people.tsv",    "agents.tsv", "places.tsv"};
  const std::string name = kFiles[data[0] % 6];
  const std::string content(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto dict = ghatna::ActorDictionary::LoadFromMemory({{name, content}});
  if (!dict.ok()) return 0;
  (*dict)->Lookup(content.substr(0, 64));
  std::string text;
  if (!ghatna::DecodeUtf8(content, "fuzz", ghatna::DecodeMode::kRepair, &text).ok()) return 0;
  ghatna::Document doc;
  doc.text = text;
  doc.date = size % 2 ? "2020-01-01" : "";
  ghatna::AnalyzeText(&doc);
  ghatna::ActorRecognizer(**dict).Recognize(doc, {});
  return 0;
}
