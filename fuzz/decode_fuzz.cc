// Fuzzes DecodeUtf8 (strict and repair): repair never fails and yields valid
// UTF-8 that strict mode accepts; strict mode accepts exactly valid input.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ghatna/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string strict, repaired, again;
  ghatna::DecodeStats stats;
  const ghatna::Status s = ghatna::DecodeUtf8(in, "fuzz", ghatna::DecodeMode::kStrict, &strict);
  const ghatna::Status r =
      ghatna::DecodeUtf8(in, "fuzz", ghatna::DecodeMode::kRepair, &repaired, &stats);
  if (!r.ok()) std::abort();
  if (s.ok() != (stats.replaced == 0)) std::abort();
  if (s.ok() && strict != repaired) std::abort();
  if (!ghatna::DecodeUtf8(repaired, "fuzz", ghatna::DecodeMode::kStrict, &again).ok()) {
    std::abort();
  }
  // Decoding in two parts gives the same text.
  if (s.ok() && size > 1) {
    size_t cut = size / 2;
    while (cut > 0 && (data[cut] & 0xC0) == 0x80) --cut;
    ghatna::DecodePosition pos;
    std::string parts;
    if (!ghatna::DecodeUtf8Part(in.substr(0, cut), "fuzz", ghatna::DecodeMode::kStrict, &pos,
                                &parts, nullptr).ok() ||
        !ghatna::DecodeUtf8Part(in.substr(cut), "fuzz", ghatna::DecodeMode::kStrict, &pos,
                                &parts, nullptr).ok() ||
        parts != strict) {
      std::abort();
    }
  }
  return 0;
}
