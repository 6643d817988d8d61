// Internal Unicode helpers of the text layer: UTF-8 decoding of text already
// validated, UTF-8 encoding, and a per-code-point table (character class, NFC
// quick-check and combining class) computed once from ICU.
//
//   char32_t c; const char* p = s.data();
//   p += text::DecodeValid(p, s.data() + s.size(), &c);
//   if (text::ClassOf(c) == text::CharClass::kDevaLetter) ...
#ifndef GHATNA_SRC_TEXT_UNICODE_H_
#define GHATNA_SRC_TEXT_UNICODE_H_

#include <cstdint>
#include <string>

namespace ghatna::text {

enum class CharClass : uint8_t {
  kSpace,        // horizontal white space
  kNewline,      // \n (after normalisation the only line break)
  kDevaLetter,   // Devanagari letter (U+0900 block, extended blocks)
  kIndicLetter,  // letter of another Brahmic or non-Latin script (Bengali, Urdu, CJK...)
  kLatinLetter,  // Latin (and Greek, Cyrillic) letter
  kMark,         // combining mark (matra, virama, nukta, anusvara, accents)
  kDigit,        // ASCII digit
  kOtherDigit,   // other decimal digit (Devanagari ०-९, ...)
  kPunct,        // Unicode punctuation
  kSymbol,       // Unicode symbol that is not emoji
  kEmoji,        // Extended_Pictographic and regional indicators
  kFormat,       // Cf (ZWJ, variation selectors are kMark)
  kOther,        // controls, unassigned, private use, U+FFFD
};

struct CharInfo {
  CharClass cls;
  uint8_t ccc;  // canonical combining class
  uint8_t qc;   // NFC quick check: 0 no, 1 yes, 2 maybe
};

// The BMP table, built on first use (thread-safe), and the slow path for
// supplementary code points.
const CharInfo* BmpTable();
CharInfo SupplementaryInfo(char32_t c);

// Information for any code point.
inline CharInfo InfoOf(char32_t c) {
  static const CharInfo* const kTable = BmpTable();
  return c < 0x10000 ? kTable[c] : SupplementaryInfo(c);
}
inline CharClass ClassOf(char32_t c) { return InfoOf(c).cls; }

inline bool IsWordClass(CharClass k) {
  return k == CharClass::kDevaLetter || k == CharClass::kIndicLetter ||
         k == CharClass::kLatinLetter || k == CharClass::kMark;
}

// Decodes one code point of VALID UTF-8 at p (p < end). Returns its length.
// Invalid bytes decode as U+FFFD of length 1 so that callers never loop.
inline int DecodeValid(const char* p, const char* end, char32_t* cp) {
  const auto b0 = static_cast<unsigned char>(p[0]);
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  auto cont = [&](int k) -> int {
    if (p + k >= end) return -1;
    const auto b = static_cast<unsigned char>(p[k]);
    return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
  };
  if ((b0 & 0xE0) == 0xC0 && b0 >= 0xC2) {
    const int c1 = cont(1);
    if (c1 >= 0) {
      *cp = ((b0 & 0x1F) << 6) | c1;
      return 2;
    }
  } else if ((b0 & 0xF0) == 0xE0) {
    const int c1 = cont(1), c2 = cont(2);
    if (c1 >= 0 && c2 >= 0) {
      const char32_t c = ((b0 & 0x0F) << 12) | (c1 << 6) | c2;
      if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
        *cp = c;
        return 3;
      }
    }
  } else if ((b0 & 0xF8) == 0xF0) {
    const int c1 = cont(1), c2 = cont(2), c3 = cont(3);
    if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
      const char32_t c = ((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
      if (c >= 0x10000 && c <= 0x10FFFF) {
        *cp = c;
        return 4;
      }
    }
  }
  *cp = 0xFFFD;
  return 1;
}

inline void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// Value of a decimal digit of any script (0-9), or -1.
int DigitValue(char32_t c);

// Writes a nasal consonant + virama before a consonant as anusvara, the two
// spellings of one word (प्रतिबन्ध = प्रतिबंध, सम्बन्ध = संबंध, हिन्दी =
// हिंदी), in a UTF-8 match key; with stops_only, before a stop only (क-भ:
// उन्होंने and अन्य keep their spelling). Other text is left alone.
void FoldNasalClusters(std::string* key, bool stops_only);

}  // namespace ghatna::text

#endif  // GHATNA_SRC_TEXT_UNICODE_H_
