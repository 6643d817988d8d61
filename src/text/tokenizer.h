// Internal: the tokeniser and sentence splitter over normalised text.
//
//   std::vector<text::RawToken> toks;
//   text::TokenizeNormalized(norm.text, &toks);
//   text::SplitSentences(norm, original, toks, &sentences);
#ifndef GHATNA_SRC_TEXT_TOKENIZER_H_
#define GHATNA_SRC_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ghatna/document.h"
#include "ghatna/text.h"

namespace ghatna::text {

struct RawToken {
  uint32_t b = 0, e = 0;      // [b, e) in the normalised text
  TokenKind kind = TokenKind::kOther;
  uint8_t nl_before = 0;      // line breaks in the gap before (0, 1, 2 = blank line)
  bool space_before = false;  // any white space in the gap before
  bool cut_before = false;    // a piece of a word cut at kMaxWordLetters, not its start
};

// Appends the tokens of normalised text `t` to *out, words longer than the
// limits of ghatna/text.h cut into pieces. The text start counts as a blank
// line (nl_before = 2 for the first token).
void TokenizeNormalized(std::u32string_view t, std::vector<RawToken>* out);

// Numeric value of a kNumber token's text (digits of any script, ',' groups,
// '.' decimals; a range or time reads as its first number).
double NumberValue(std::u32string_view t);

struct SentenceRange {
  uint32_t first = 0, last = 0;  // tokens [first, last)
  bool boilerplate = false;
};

// Groups tokens into sentences (rules in docs/text.md). `original` is the
// text that `norm` normalises (for quote directions).
void SplitSentences(const NormalizedText& norm, std::string_view original,
                    const std::vector<RawToken>& toks, std::vector<SentenceRange>* out);

}  // namespace ghatna::text

#endif  // GHATNA_SRC_TEXT_TOKENIZER_H_
