// Fuzz target for the date the article's text gives (DateFromText) and the
// match key: any bytes, repaired to UTF-8.
//
//   cmake -S . -B build-fuzz -DGHATNA_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++
//   cmake --build build-fuzz --target date_fuzz && build-fuzz/date_fuzz
#include <cstddef>
#include <cstdint>
#include <string>

#include "ghatna/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!ghatna::DecodeUtf8(bytes, "fuzz", ghatna::DecodeMode::kRepair, &text).ok()) return 0;
  ghatna::DateSource source;
  const std::string date = ghatna::DateFromText(text, &source);
  if (!date.empty() && date.size() != 7 && date.size() != 10) __builtin_trap();
  ghatna::MatchKey(text);
  ghatna::MatchKey(text, /*loose=*/true);
  return 0;
}
