// Fuzzes NormalizeText: the map back to the original is non-decreasing, ends
// at the original length, and verbatim stretches really are verbatim.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ghatna/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text;
  ghatna::DecodeUtf8(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz",
                     ghatna::DecodeMode::kRepair, &text);
  ghatna::NormalizedText n;
  ghatna::NormalizeText(text, &n);
  uint32_t cps = 0;
  for (char c : text) cps += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  if (n.start.size() != n.text.size() + 1 || n.byte.size() != n.text.size() + 1) std::abort();
  if (n.start.back() != cps || n.byte.back() != text.size()) std::abort();
  for (size_t i = 0; i + 1 < n.start.size(); ++i) {
    if (n.start[i] > n.start[i + 1] || n.byte[i] > n.byte[i + 1]) std::abort();
    if (n.text[i] == 0 && text.find('\0') == std::string::npos) std::abort();
  }
  for (size_t i = 0; i + 1 < n.changed.size(); ++i) {
    if (n.changed[i] >= n.changed[i + 1]) std::abort();
  }
  // Normalising twice changes nothing more.
  std::string once = ghatna::NormalizeString(text);
  if (ghatna::NormalizeString(once) != once) std::abort();
  return 0;
}
