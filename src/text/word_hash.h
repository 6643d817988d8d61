// The hash of the tables every stage looks words up in (match keys, forms,
// lemmas: UTF-8 strings of a few to some tens of bytes), found by
// std::string_view without building a string.
//
//   std::unordered_map<std::string, int, text::WordHash, std::equal_to<>> ids;
//   auto it = ids.find(token.key);  // a string_view: no copy
//
// A multiply-and-shift over 8 bytes at a time: about half the instructions
// of std::hash (murmur) on words of this length, called inline. A table
// whose iteration order decides a result must not switch hash without
// checking that result.
#ifndef GHATNA_SRC_TEXT_WORD_HASH_H_
#define GHATNA_SRC_TEXT_WORD_HASH_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace ghatna::text {

inline uint64_t HashWord(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;  // 2^64 / golden ratio
  auto mix = [](uint64_t h, uint64_t w) {
    h = (h ^ w) * kMul;
    return h ^ (h >> 29);
  };
  auto load8 = [&](size_t i) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    return w;
  };
  auto load4 = [&](size_t i) {
    uint32_t w;
    std::memcpy(&w, s.data() + i, 4);
    return static_cast<uint64_t>(w);
  };
  const size_t n = s.size();
  uint64_t h = n * kMul;
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) h = mix(h, load8(i));
    if (i < n) h = mix(h, load8(n - 8));  // the last bytes, overlapping
  } else if (n >= 4) {
    h = mix(h, (load4(0) << 32) | load4(n - 4));
  } else if (n > 0) {
    const auto b = [&](size_t i) { return static_cast<uint64_t>(static_cast<unsigned char>(s[i])); };
    h = mix(h, (b(0) << 16) | (b(n / 2) << 8) | b(n - 1));
  }
  return h ^ (h >> 32);
}

// For unordered containers keyed by std::string and searched by
// std::string_view (with std::equal_to<>).
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return HashWord(s); }
};

}  // namespace ghatna::text

#endif  // GHATNA_SRC_TEXT_WORD_HASH_H_
