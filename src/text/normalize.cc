// Normalisation with a map back to the original text (rules in docs/text.md).
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>

#include "ghatna/text.h"
#include "text/unicode.h"

namespace ghatna {
namespace {

using text::CharClass;
using text::InfoOf;

bool IsDevanagari(char32_t c) {
  return (c >= 0x0900 && c <= 0x097F && c != 0x0964 && c != 0x0965) ||
         (c >= 0xA8E0 && c <= 0xA8FF);
}

// Whether a ZWJ after `prev` is part of an emoji sequence (kept).
bool IsEmojiContext(char32_t prev) {
  return prev == 0xFE0F || (prev >= 0x1F3FB && prev <= 0x1F3FF) ||
         InfoOf(prev).cls == CharClass::kEmoji;
}

class Normalizer {
 public:
  explicit Normalizer(NormalizedText* out) : out_(out) {}

  void Run(std::string_view s) {
    out_->text.clear();
    out_->start.clear();
    out_->byte.clear();
    out_->text.reserve(s.size());
    out_->start.reserve(s.size() + 1);
    out_->byte.reserve(s.size() + 1);
    const char* p = s.data();
    const char* const end = p + s.size();
    uint32_t cp_index = 0;
    while (p < end) {
      char32_t c;
      const int len = text::DecodeValid(p, end, &c);
      const uint32_t byte_index = static_cast<uint32_t>(p - s.data());
      p += len;
      Map(c, cp_index, byte_index, p < end ? static_cast<unsigned char>(*p) : 0);
      ++cp_index;
    }
    FlushDirty();
    out_->start.push_back(cp_index);
    out_->byte.push_back(static_cast<uint32_t>(s.size()));
  }

 private:
  void Emit(char32_t c, uint32_t cp, uint32_t byte) {
    out_->text.push_back(c);
    out_->start.push_back(cp);
    out_->byte.push_back(byte);
  }

  // Maps one original code point (next_byte: the first byte after it).
  void Map(char32_t c, uint32_t cp, uint32_t byte, unsigned char next_byte) {
    if (c < 0x80) {
      if (c >= 0x20 && c != '|' && c != 0x7F) {
        Simple(c, cp, byte);
        return;
      }
      if (c == '\n') {
        if (cr_pending_) {
          // CRLF: one line break that starts at the CR.
          cr_pending_ = false;
          Emit('\n', cr_cp_, cr_byte_);
        } else {
          Simple('\n', cp, byte);
        }
        return;
      }
      if (c == '\r') {
        if (next_byte == '\n') {
          cr_pending_ = true;
          cr_cp_ = cp;
          cr_byte_ = byte;
        } else {
          Simple('\n', cp, byte);
        }
        return;
      }
      if (c == '|') {
        Simple(DandaContext() ? 0x0964 : '|', cp, byte);
        return;
      }
      Simple(' ', cp, byte);  // tab and other C0 controls, DEL
      return;
    }
    switch (c) {
      case 0x200C:  // ZWNJ
      case 0x00AD:  // soft hyphen
      case 0x200B:  // zero-width space
      case 0x2060:  // word joiner
      case 0xFEFF:  // BOM inside the text
      case 0x200E: case 0x200F:  // LRM, RLM
      case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
      case 0x2066: case 0x2067: case 0x2068: case 0x2069:  // bidi controls
        return;
      case 0x200D:  // ZWJ: kept only inside emoji sequences
        if (!out_->text.empty() && IsEmojiContext(out_->text.back())) Simple(c, cp, byte);
        return;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
      case 0x2033: case 0x301D: case 0x301E: case 0xFF02:
        Simple('"', cp, byte);
        return;
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4:
      case 0xFF07:
        Simple('\'', cp, byte);
        return;
      case 0x2010: case 0x2011: case 0x2212: case 0xFE63: case 0xFF0D:
        Simple('-', cp, byte);
        return;
      case 0x2012: case 0x2013:
        Simple(0x2013, cp, byte);
        return;
      case 0x2014: case 0x2015: case 0x2E3A: case 0x2E3B:
        Simple(0x2014, cp, byte);
        return;
      case 0x2026:  // … stays one code point: the tokeniser reads it as ellipsis
        Simple(c, cp, byte);
        return;
      case 0x0970:  // Devanagari abbreviation sign reads as a full stop
        Simple('.', cp, byte);
        return;
      case 0x0085: case 0x2028:
        Simple('\n', cp, byte);
        return;
      case 0x2029:  // paragraph separator: a blank line
        Simple('\n', cp, byte);
        Simple('\n', cp, byte);
        return;
      case 0xFF5C:  // fullwidth vertical line
        Simple(DandaContext() ? 0x0964 : '|', cp, byte);
        return;
      default:
        break;
    }
    if (c >= 0x0958 && c <= 0x095F) {
      // क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़: NFC decomposes them (composition exclusions).
      static const char32_t kBase[] = {0x0915, 0x0916, 0x0917, 0x091C,
                                       0x0921, 0x0922, 0x092B, 0x092F};
      Simple(kBase[c - 0x0958], cp, byte);
      Simple(0x093C, cp, byte);
      return;
    }
    const text::CharInfo& info = InfoOf(c);
    if (info.cls == CharClass::kSpace) {
      Simple(' ', cp, byte);
      return;
    }
    if (info.cls == CharClass::kOther && c != 0xFFFD && c < 0xA0) {
      Simple(' ', cp, byte);  // C1 controls
      return;
    }
    Simple(c, cp, byte);
  }

  // '|' reads as a danda after Devanagari (spaces between allowed).
  bool DandaContext() const {
    for (size_t k = out_->text.size(); k-- > 0;) {
      const char32_t p = out_->text[k];
      if (p == ' ') continue;
      return IsDevanagari(p) || p == 0x0964 || (p >= 0x0966 && p <= 0x096F);
    }
    return false;
  }

  // Emits c with NFC handled incrementally.
  void Simple(char32_t c, uint32_t cp, uint32_t byte) {
    if (c == 0x0964 && !out_->text.empty() && out_->text.back() == 0x0964 && dirty_from_ < 0) {
      out_->text.back() = 0x0965;  // ।। -> ॥, mapped to the first danda
      last_ccc_ = 0;
      return;
    }
    const text::CharInfo& info = InfoOf(c);
    if (c < 0x300 || (info.qc == 1 && info.ccc == 0)) {
      // A safe starter: nothing before it can change.
      FlushDirty();
      seg_start_ = out_->text.size();
      last_ccc_ = 0;
      Emit(c, cp, byte);
      return;
    }
    bool ok = dirty_from_ < 0;
    if (ok) {
      if (info.qc == 0) {
        ok = false;
      } else if (info.ccc != 0 && info.ccc < last_ccc_) {
        ok = false;  // needs canonical reordering
      } else if (info.qc == 2) {
        // Only the nukta is common here: it composes with न र ळ alone.
        ok = c == 0x093C && !out_->text.empty() && out_->text.back() != 0x0928 &&
             out_->text.back() != 0x0930 && out_->text.back() != 0x0933;
      }
    }
    if (!ok && dirty_from_ < 0) dirty_from_ = static_cast<long>(seg_start_);
    if (info.ccc == 0) seg_start_ = out_->text.size();
    last_ccc_ = info.ccc;
    Emit(c, cp, byte);
  }

  // Runs ICU NFC over the dirty segment and replaces it.
  void FlushDirty() {
    if (dirty_from_ < 0) return;
    const size_t from = static_cast<size_t>(dirty_from_);
    dirty_from_ = -1;
    const size_t old_len = out_->text.size() - from;
    if (old_len == 0) return;
    icu::UnicodeString in;
    for (size_t k = from; k < out_->text.size(); ++k) in.append(static_cast<UChar32>(out_->text[k]));
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
    if (U_FAILURE(err)) return;
    icu::UnicodeString norm = nfc->normalize(in, err);
    if (U_FAILURE(err) || norm == in) return;
    std::u32string repl;
    for (int32_t k = 0; k < norm.length();) {
      const UChar32 u = norm.char32At(k);
      repl.push_back(static_cast<char32_t>(u));
      k += U16_LENGTH(u);
    }
    std::vector<uint32_t> old_start(out_->start.begin() + from, out_->start.end());
    std::vector<uint32_t> old_byte(out_->byte.begin() + from, out_->byte.end());
    out_->text.resize(from);
    out_->start.resize(from);
    out_->byte.resize(from);
    for (size_t k = 0; k < repl.size(); ++k) {
      const size_t o = k < old_len ? k : old_len - 1;
      Emit(repl[k], old_start[o], old_byte[o]);
    }
    seg_start_ = out_->text.size();
    last_ccc_ = 0;
  }

  NormalizedText* out_;
  bool cr_pending_ = false;
  uint32_t cr_cp_ = 0, cr_byte_ = 0;
  size_t seg_start_ = 0;   // output index of the last starter
  uint8_t last_ccc_ = 0;
  long dirty_from_ = -1;   // output index where un-normalised text starts
};

}  // namespace

void NormalizeText(std::string_view original, NormalizedText* out) {
  Normalizer(out).Run(original);
}

std::string NormalizeString(std::string_view original) {
  NormalizedText n;
  NormalizeText(original, &n);
  std::string out;
  for (char32_t c : n.text) text::AppendUtf8(c, &out);
  return out;
}

}  // namespace ghatna
