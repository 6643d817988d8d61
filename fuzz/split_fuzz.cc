// Fuzzes AnalyzeText (splitting and tokenising): sentences are in order,
// non-empty, hold their tokens, and their text is the original text of their
// span; the same in parts cut at blank lines.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ghatna/text.h"

namespace {

std::u32string Decode32(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const unsigned char b = s[i];
    int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (int k = 1; k < len; ++k) c = (c << 6) | (s[i + k] & 0x3F);
    out.push_back(c);
    i += len;
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ghatna::Document doc;
  ghatna::DecodeUtf8(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz",
                     ghatna::DecodeMode::kRepair, &doc.text);
  const std::u32string text32 = Decode32(doc.text);
  ghatna::TextOptions options;
  options.keep_boilerplate = size % 2 == 0;
  ghatna::AnalyzeText(&doc, options);
  uint32_t prev = 0;
  for (const ghatna::Sentence& s : doc.sentences) {
    if (s.start >= s.end || s.start < prev || s.end > text32.size() || s.tokens.empty()) {
      std::abort();
    }
    std::string original;
    for (uint32_t i = s.start; i < s.end; ++i) {
      const char32_t c = text32[i];
      if (c < 0x80) {
        original.push_back(static_cast<char>(c));
      } else {
        if (c < 0x800) {
          original.push_back(static_cast<char>(0xC0 | (c >> 6)));
        } else if (c < 0x10000) {
          original.push_back(static_cast<char>(0xE0 | (c >> 12)));
          original.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        } else {
          original.push_back(static_cast<char>(0xF0 | (c >> 18)));
          original.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
          original.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        }
        original.push_back(static_cast<char>(0x80 | (c & 0x3F)));
      }
    }
    if (original != s.text) std::abort();
    if (s.tokens.front().start != s.start || s.tokens.back().end != s.end) std::abort();
    uint32_t tprev = s.start;
    for (const ghatna::Token& t : s.tokens) {
      if (t.start < tprev || t.start >= t.end || t.end > s.end || t.text.empty()) std::abort();
      tprev = t.end;
    }
    prev = s.end;
  }
  return 0;
}
