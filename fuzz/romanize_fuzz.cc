// libFuzzer target: both romanisers on arbitrary bytes must neither crash nor
// read out of bounds, must copy text without Devanagari unchanged, and ISO
// 15919 must never return less text for a non-empty Devanagari input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "ghatna/romanize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string iso = ghatna::RomanizeIso15919(input);
  const std::string hindi = ghatna::RomanizeHindi(input);
  const std::string folded = ghatna::FoldRomanToAscii(hindi);
  bool has_devanagari = false;
  for (size_t i = 0; i + 1 < size; ++i) {
    if (data[i] == 0xE0 && (data[i + 1] == 0xA4 || data[i + 1] == 0xA5)) has_devanagari = true;
  }
  if (!has_devanagari && (iso != input || hindi != input)) std::abort();
  if (size > 0 && iso.empty()) std::abort();
  return 0;
}
