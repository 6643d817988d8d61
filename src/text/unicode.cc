#include "text/unicode.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <memory>

namespace ghatna::text {
namespace {

CharInfo Compute(char32_t c) {
  CharInfo info{CharClass::kOther, 0, 1};
  const UChar32 u = static_cast<UChar32>(c);
  info.ccc = static_cast<uint8_t>(u_getCombiningClass(u));
  info.qc = static_cast<uint8_t>(u_getIntPropertyValue(u, UCHAR_NFC_QUICK_CHECK));
  if (c == '\n') {
    info.cls = CharClass::kNewline;
    return info;
  }
  if (c == 0xFFFD) return info;
  if (u_hasBinaryProperty(u, UCHAR_EXTENDED_PICTOGRAPHIC) ||
      u_hasBinaryProperty(u, UCHAR_REGIONAL_INDICATOR) ||
      (c >= 0x1F3FB && c <= 0x1F3FF)) {
    // ©, ® and ™ are pictographic but read as symbols in news text.
    info.cls = (c < 0x2000) ? CharClass::kSymbol : CharClass::kEmoji;
    return info;
  }
  const int8_t type = u_charType(u);
  switch (type) {
    case U_SPACE_SEPARATOR:
      info.cls = CharClass::kSpace;
      break;
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      info.cls = CharClass::kNewline;
      break;
    case U_CONTROL_CHAR:
      info.cls = (c == '\t' || c == '\r' || c == 0x0B || c == 0x0C) ? CharClass::kSpace
                 : (c == 0x85) ? CharClass::kNewline
                               : CharClass::kOther;
      break;
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER: {
      UErrorCode err = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(u, &err);
      if (script == USCRIPT_DEVANAGARI) {
        info.cls = CharClass::kDevaLetter;
      } else if (script == USCRIPT_LATIN || script == USCRIPT_GREEK ||
                 script == USCRIPT_CYRILLIC) {
        info.cls = CharClass::kLatinLetter;
      } else {
        info.cls = CharClass::kIndicLetter;
      }
      break;
    }
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
      info.cls = CharClass::kMark;
      break;
    case U_DECIMAL_DIGIT_NUMBER:
      info.cls = (c >= '0' && c <= '9') ? CharClass::kDigit : CharClass::kOtherDigit;
      break;
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      info.cls = CharClass::kSymbol;
      break;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      info.cls = CharClass::kPunct;
      break;
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      info.cls = CharClass::kSymbol;
      break;
    case U_FORMAT_CHAR:
      info.cls = CharClass::kFormat;
      break;
    default:
      info.cls = CharClass::kOther;
  }
  // Variation selectors and the emoji keycap attach like marks.
  if (c == 0x20E3 || (c >= 0xFE00 && c <= 0xFE0F)) info.cls = CharClass::kMark;
  return info;
}

const CharInfo* BuildTable() {
  auto* table = new CharInfo[0x10000];
  for (char32_t c = 0; c < 0x10000; ++c) table[c] = Compute(c);
  return table;
}

}  // namespace

const CharInfo* BmpTable() {
  static const CharInfo* const kTable = BuildTable();  // thread-safe init
  return kTable;
}

CharInfo SupplementaryInfo(char32_t c) { return Compute(c > 0x10FFFF ? 0xFFFD : c); }

int DigitValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0x0966 && c <= 0x096F) return static_cast<int>(c - 0x0966);
  return u_charDigitValue(static_cast<UChar32>(c));
}

void FoldNasalClusters(std::string* key, bool stops_only) {
  if (key->find("\xE0\xA5\x8D") == std::string::npos) return;  // no virama
  // Devanagari code points are three bytes: E0 A4 xx (U+0900-U+093F) or
  // E0 A5 xx (U+0940-U+097F).
  auto at = [&](size_t i) -> char32_t {
    if (i + 3 > key->size() || static_cast<unsigned char>((*key)[i]) != 0xE0) return 0;
    const auto b1 = static_cast<unsigned char>((*key)[i + 1]);
    if (b1 != 0xA4 && b1 != 0xA5) return 0;
    return 0x0900 + ((b1 - 0xA4) << 6) + (static_cast<unsigned char>((*key)[i + 2]) & 0x3F);
  };
  std::string out;
  bool changed = false;
  for (size_t i = 0; i < key->size();) {
    const char32_t c = at(i);
    auto is_nasal = [](char32_t x) {
      return x == 0x0919 || x == 0x091E || x == 0x0923 || x == 0x0928 || x == 0x092E;
    };
    // stops_only: only before a stop (क-भ, not a nasal), so that न्ह in
    // उन्होंने, न्य in अन्य and न्म in जन्म keep their spelling.
    const char32_t next = at(i + 6);
    const bool fold = stops_only ? next >= 0x0915 && next <= 0x092D && !is_nasal(next)
                                 : next >= 0x0915 && next <= 0x0939;
    if (is_nasal(c) && at(i + 3) == 0x094D && fold) {
      if (!changed) out.assign(*key, 0, i), changed = true;
      out += "\xE0\xA4\x82";  // ं
      i += 6;
      continue;
    }
    if (changed) out.push_back((*key)[i]);
    ++i;
  }
  if (changed) *key = std::move(out);
}

}  // namespace ghatna::text
