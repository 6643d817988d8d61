// OneOf: is a word one of a few string literals? The closed-class checks of
// every stage (postpositions, conjunctions, pronouns) ask it, millions of
// times a corpus.
//
//   if (text::OneOf(key, "के", "की", "का")) …
//
// The literals' lengths are constants, so most comparisons end at the length
// and the rest compile to a few inline loads.
#ifndef GHATNA_SRC_TEXT_ONE_OF_H_
#define GHATNA_SRC_TEXT_ONE_OF_H_

#include <cstddef>
#include <cstring>
#include <string_view>

namespace ghatna::text {

template <size_t... N>
inline bool OneOf(std::string_view s, const char (&... words)[N]) {
  return ((s.size() == N - 1 && std::memcmp(s.data(), words, N - 1) == 0) || ...);
}

}  // namespace ghatna::text

#endif  // GHATNA_SRC_TEXT_ONE_OF_H_
