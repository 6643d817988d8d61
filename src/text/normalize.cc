// Normalisation with a map back to the original text (rules in docs/text.md).
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
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

// The context-free part of the mapping: writes 0-2 code points for c to out
// and returns how many, or -1 when c depends on its context (CR, '|', ZWJ).
int MapChar(char32_t c, char32_t out[2]) {
  if (c < 0x80) {
    if (c == '\r' || c == '\n' || c == '|') return -1;
    out[0] = (c >= 0x20 && c != 0x7F) ? c : ' ';  // tab, controls
    return 1;
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
      return 0;
    case 0x200D:  // ZWJ: kept only inside emoji sequences
    case 0xFF5C:  // fullwidth vertical line: maybe a danda
    case 0x0964:  // a danda after a danda is a double danda
      return -1;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033: case 0x301D: case 0x301E: case 0xFF02:
      out[0] = '"';
      return 1;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4:
    case 0xFF07:
      out[0] = '\'';
      return 1;
    case 0x2010: case 0x2011: case 0x2212: case 0xFE63: case 0xFF0D:
      out[0] = '-';
      return 1;
    case 0x2012: case 0x2013:
      out[0] = 0x2013;
      return 1;
    case 0x2014: case 0x2015: case 0x2E3A: case 0x2E3B:
      out[0] = 0x2014;
      return 1;
    case 0x0970:  // Devanagari abbreviation sign reads as a full stop
      out[0] = '.';
      return 1;
    case 0x0085: case 0x2028:
      out[0] = '\n';
      return 1;
    case 0x2029:  // paragraph separator: a blank line
      out[0] = out[1] = '\n';
      return 2;
    default:
      break;
  }
  if (c >= 0x0958 && c <= 0x095F) {
    // क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़: NFC decomposes them (composition exclusions).
    static const char32_t kBase[] = {0x0915, 0x0916, 0x0917, 0x091C,
                                     0x0921, 0x0922, 0x092B, 0x092F};
    out[0] = kBase[c - 0x0958];
    out[1] = 0x093C;
    return 2;
  }
  const text::CharInfo info = InfoOf(c);
  if (info.cls == CharClass::kSpace) {
    out[0] = ' ';
    return 1;
  }
  out[0] = (info.cls == CharClass::kOther && c < 0xA0) ? ' ' : c;  // C1 controls
  return 1;
}

// plain[c]: c maps to itself and is an NFC-safe starter (the fast path).
const std::vector<bool>& PlainTable() {
  static const std::vector<bool> kTable = [] {
    std::vector<bool> t(0x10000);
    for (char32_t c = 0; c < 0x10000; ++c) {
      if (c >= 0xD800 && c <= 0xDFFF) continue;
      char32_t out[2];
      const text::CharInfo info = InfoOf(c);
      t[c] = MapChar(c, out) == 1 && out[0] == c && info.ccc == 0 && info.qc == 1;
    }
    return t;
  }();
  return kTable;
}

class Normalizer {
 public:
  explicit Normalizer(NormalizedText* out) : out_(out), plain_(PlainTable()) {}

  void Run(std::string_view s) {
    out_->changed.clear();
    n_ = 0;
    Reserve(s.size() + 1);
    const char* p = s.data();
    const char* const end = p + s.size();
    uint32_t cp_index = 0;
    while (p < end) {
      char32_t c;
      const int len = text::DecodeValid(p, end, &c);
      const uint32_t byte_index = static_cast<uint32_t>(p - s.data());
      p += len;
      if (c < 0x10000 && plain_[c]) {
        if (dirty_from_ >= 0) FlushDirty();
        seg_start_ = n_;
        last_ccc_ = 0;
        Emit(c, cp_index, byte_index);
      } else {
        Map(c, cp_index, byte_index, p < end ? static_cast<unsigned char>(*p) : 0);
        ApplyMark();
      }
      ++cp_index;
    }
    if (dirty_from_ >= 0) FlushDirty();
    Reserve(n_ + 1);
    out_->start[n_] = cp_index;
    out_->byte[n_] = static_cast<uint32_t>(s.size());
    out_->text.resize(n_);
    out_->start.resize(n_ + 1);
    out_->byte.resize(n_ + 1);
    std::sort(out_->changed.begin(), out_->changed.end());
    out_->changed.erase(std::unique(out_->changed.begin(), out_->changed.end()),
                        out_->changed.end());
  }

 private:
  // Makes room for `size` code points (the arrays are sized ahead and
  // trimmed to n_ at the end).
  void Reserve(size_t size) {
    if (out_->text.size() >= size) return;
    const size_t cap = std::max(size, out_->text.size() * 2);
    out_->text.resize(cap);
    out_->start.resize(cap);
    out_->byte.resize(cap);
  }
  void Emit(char32_t c, uint32_t cp, uint32_t byte) {
    if (n_ >= out_->text.size()) Reserve(n_ + 1);
    out_->text[n_] = c;
    out_->start[n_] = cp;
    out_->byte[n_] = byte;
    ++n_;
  }

  // Maps one original code point (next_byte: the first byte after it).
  void Map(char32_t c, uint32_t cp, uint32_t byte, unsigned char next_byte) {
    char32_t mapped[2];
    const int n = MapChar(c, mapped);
    if (n >= 0) {
      const size_t before = n_;
      for (int k = 0; k < n; ++k) Simple(mapped[k], cp, byte);
      if (n != 1 || mapped[0] != c) MarkFrom(before);
      return;
    }
    MarkFrom(n_);  // context-dependent: assume changed
    if (c == '\n') {
      if (cr_pending_) {
        cr_pending_ = false;  // CRLF: one line break that starts at the CR
        Simple('\n', cr_cp_, cr_byte_);
      } else {
        Simple('\n', cp, byte);
      }
    } else if (c == '\r') {
      if (next_byte == '\n') {
        cr_pending_ = true;
        cr_cp_ = cp;
        cr_byte_ = byte;
      } else {
        Simple('\n', cp, byte);
      }
    } else if (c == '|' || c == 0xFF5C) {
      Simple(DandaContext() ? 0x0964 : '|', cp, byte);
    } else if (c == 0x0964) {
      Simple(c, cp, byte);
    } else if (c == 0x200D) {
      if (!(n_ == 0) && IsEmojiContext(out_->text[n_ - 1])) Simple(c, cp, byte);
    }
  }

  // Records that output from `from` on (or the code point before, when
  // nothing was emitted) differs from the original: by Run's end, every
  // output index whose text or span differs is in out_->changed.
  void MarkFrom(size_t from) {
    pending_mark_ = true;
    mark_from_ = from;
  }
  void ApplyMark() {
    if (!pending_mark_) return;
    pending_mark_ = false;
    const size_t size = n_;
    if (mark_from_ >= size) {
      if (size > 0) out_->changed.push_back(static_cast<uint32_t>(size - 1));
      return;
    }
    for (size_t k = mark_from_; k < size; ++k) out_->changed.push_back(static_cast<uint32_t>(k));
  }

  // '|' reads as a danda after Devanagari (spaces between allowed).
  bool DandaContext() const {
    for (size_t k = n_; k-- > 0;) {
      const char32_t p = out_->text[k];
      if (p == ' ') continue;
      return IsDevanagari(p) || p == 0x0964 || (p >= 0x0966 && p <= 0x096F);
    }
    return false;
  }

  // Emits c with NFC handled incrementally.
  void Simple(char32_t c, uint32_t cp, uint32_t byte) {
    if (c == 0x0964 && !(n_ == 0) && out_->text[n_ - 1] == 0x0964 && dirty_from_ < 0) {
      out_->text[n_ - 1] = 0x0965;  // ।। -> ॥, mapped to the first danda
      last_ccc_ = 0;
      MarkFrom(n_ - 1);
      return;
    }
    const text::CharInfo info = InfoOf(c);
    if (c < 0x300 || (info.qc == 1 && info.ccc == 0)) {
      // A safe starter: nothing before it can change.
      if (dirty_from_ >= 0) FlushDirty();
      seg_start_ = n_;
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
        ok = c == 0x093C && !(n_ == 0) && out_->text[n_ - 1] != 0x0928 &&
             out_->text[n_ - 1] != 0x0930 && out_->text[n_ - 1] != 0x0933;
      }
    }
    if (!ok && dirty_from_ < 0) dirty_from_ = static_cast<long>(seg_start_);
    if (info.ccc == 0) seg_start_ = n_;
    last_ccc_ = info.ccc;
    Emit(c, cp, byte);
  }

  // Runs ICU NFC over the dirty segment and replaces it.
  void FlushDirty() {
    if (dirty_from_ < 0) return;
    const size_t from = static_cast<size_t>(dirty_from_);
    dirty_from_ = -1;
    const size_t old_len = n_ - from;
    if (old_len == 0) return;
    icu::UnicodeString in;
    for (size_t k = from; k < n_; ++k) in.append(static_cast<UChar32>(out_->text[k]));
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
    std::vector<uint32_t> old_start(out_->start.begin() + from, out_->start.begin() + from + old_len);
    std::vector<uint32_t> old_byte(out_->byte.begin() + from, out_->byte.begin() + from + old_len);
    n_ = from;
    for (size_t k = 0; k < repl.size(); ++k) {
      const size_t o = k < old_len ? k : old_len - 1;
      Emit(repl[k], old_start[o], old_byte[o]);
    }
    for (size_t k = from; k < n_; ++k) out_->changed.push_back(k);
    if (repl.empty() && from > 0) out_->changed.push_back(from - 1);
    seg_start_ = n_;
    last_ccc_ = 0;
  }

  NormalizedText* out_;
  size_t n_ = 0;  // code points emitted (the arrays are larger)
  const std::vector<bool>& plain_;
  bool pending_mark_ = false;
  size_t mark_from_ = 0;
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
