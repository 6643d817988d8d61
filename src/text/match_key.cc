// The match key: one spelling-folded form of a word under which every stage
// compares dictionary words with text words (actors, verb patterns, the
// syntax stage's closed-class lists). See MatchKey in ghatna/text.h.
#include <string>
#include <string_view>

#include "ghatna/text.h"
#include "text/unicode.h"

namespace ghatna {
namespace {

// Code points of U+0900..U+097F are three bytes: E0 A4 xx or E0 A5 xx.
char32_t DevanagariAt(std::string_view s, size_t i) {
  if (i + 3 > s.size() || static_cast<unsigned char>(s[i]) != 0xE0) return 0;
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  if (b1 != 0xA4 && b1 != 0xA5) return 0;
  return 0x0900 + ((b1 - 0xA4) << 6) + (static_cast<unsigned char>(s[i + 2]) & 0x3F);
}

bool IsNasal(char32_t c) { return c == 0x0919 || c == 0x091E || c == 0x0923 || c == 0x0928 || c == 0x092E; }

// True when the key of `word` is `word` itself (most words): nothing to
// drop or fold. A virama is harmless except after a nasal (a cluster that
// may fold) or, for a loose key, between two equal consonants.
bool AlreadyKey(std::string_view word, bool loose) {
  char32_t prev = 0, prev2 = 0;
  for (size_t i = 0; i < word.size();) {
    const auto b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {
      if (b >= 'A' && b <= 'Z') return false;
      ++i;
      prev2 = prev, prev = 0;
      continue;
    }
    const char32_t c = DevanagariAt(word, i);
    if (c == 0) return false;  // other scripts, ZWJ/ZWNJ, soft hyphen: the slow path
    if (c == 0x093C || c == 0x0901 || (c >= 0x0958 && c <= 0x095F) || c == 0x0929 || c == 0x0931 ||
        c == 0x0934)
      return false;
    if (c == 0x094D && IsNasal(prev)) return false;
    if (loose) {
      if (c == 0x0940 || c == 0x0942 || c == 0x0908 || c == 0x090A || c == 0x0948 || c == 0x0910 ||
          c == 0x094C || c == 0x0914 || c == 0x0949 || c == 0x0911 || c == 0x0945)
        return false;
      if (prev == 0x094D && c == prev2) return false;  // a doubled consonant
    }
    i += 3;
    prev2 = prev, prev = c;
  }
  return true;
}

// The loose spelling of a vowel: long and short i and u, ऐ and ए, औ and ओ,
// the English o and e (ऑ, ॅ), as Hindi outlets vary them in names.
char32_t LooseVowel(char32_t c) {
  switch (c) {
    case 0x0940: return 0x093F;  // ी → ि
    case 0x0942: return 0x0941;  // ू → ु
    case 0x0908: return 0x0907;  // ई → इ
    case 0x090A: return 0x0909;  // ऊ → उ
    case 0x0948: return 0x0947;  // ै → े
    case 0x0910: return 0x090F;  // ऐ → ए
    case 0x094C: return 0x094B;  // ौ → ो
    case 0x0914: return 0x0913;  // औ → ओ
    case 0x0949: return 0x093E;  // ॉ → ा
    case 0x0911: return 0x0906;  // ऑ → आ
    case 0x0945: return 0x0947;  // ॅ → े
    default: return c;
  }
}

}  // namespace

std::string MatchKey(std::string_view word, bool loose) {
  if (AlreadyKey(word, loose)) return std::string(word);
  std::string out;
  out.reserve(word.size());
  char32_t last = 0;  // the last consonant written, for doubled consonants
  for (size_t i = 0; i < word.size();) {
    const auto b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {  // Latin forms are case-insensitive
      out.push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b + 32) : static_cast<char>(b));
      ++i;
      last = 0;
      continue;
    }
    char32_t c;
    i += text::DecodeValid(word.data() + i, word.data() + word.size(), &c);
    switch (c) {
      case 0x200C: case 0x200D: case 0x00AD: case 0xFEFF: case 0x093C:  // ZWNJ ZWJ SHY BOM nukta
        continue;
      case 0x0958: c = 0x0915; break;  // क़ → क
      case 0x0959: c = 0x0916; break;  // ख़ → ख
      case 0x095A: c = 0x0917; break;  // ग़ → ग
      case 0x095B: c = 0x091C; break;  // ज़ → ज
      case 0x095C: c = 0x0921; break;  // ड़ → ड
      case 0x095D: c = 0x0922; break;  // ढ़ → ढ
      case 0x095E: c = 0x092B; break;  // फ़ → फ
      case 0x095F: c = 0x092F; break;  // य़ → य
      case 0x0929: c = 0x0928; break;  // ऩ → न
      case 0x0931: c = 0x0930; break;  // ऱ → र
      case 0x0934: c = 0x0933; break;  // ऴ → ळ
      case 0x0901: c = 0x0902; break;  // chandrabindu → anusvara
      default:
        if (loose) c = LooseVowel(c);
        break;
    }
    // Loose: a doubled consonant as one (मुहम्मद = मुहमद, अब्बास = अबास).
    if (loose && c >= 0x0915 && c <= 0x0939 && c == last && out.size() >= 6 &&
        out.compare(out.size() - 3, 3, "\xE0\xA5\x8D") == 0) {
      out.resize(out.size() - 3);  // drop the virama: C् C -> C
      last = 0;
      continue;
    }
    last = (c >= 0x0915 && c <= 0x0939) ? c : (c == 0x094D ? last : 0);
    text::AppendUtf8(c, &out);
  }
  text::FoldNasalClusters(&out, /*stops_only=*/true);
  return out;
}

}  // namespace ghatna
