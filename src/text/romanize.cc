// Romanisation of Devanagari (see include/ghatna/romanize.h and
// docs/romanize.md).
//
// Both romanisers walk the text once. Runs of Devanagari letters are parsed
// into units (a consonant with its vowel, or an independent vowel, each with
// an optional anusvara/chandrabindu and visarga); ISO 15919 writes every
// unit as it is spelled, Hindi first decides which inherent vowels are
// silent (schwa deletion) and how each anusvara is pronounced.
#include "ghatna/romanize.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ghatna {
namespace {

// ---------------------------------------------------------------------------
// UTF-8

constexpr char32_t kBadByte = 0xFFFFFFFF;

// Decodes the code point at s[*i] and advances *i; an invalid sequence
// yields kBadByte and advances by one byte (the caller copies that byte).
char32_t NextCodePoint(std::string_view s, size_t* i) {
  const auto b0 = static_cast<unsigned char>(s[*i]);
  if (b0 < 0x80) {
    ++*i;
    return b0;
  }
  int len = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    ++*i;
    return kBadByte;
  }
  if (*i + len > s.size()) {
    ++*i;
    return kBadByte;
  }
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[*i + k]);
    if ((b & 0xC0) != 0x80) {
      ++*i;
      return kBadByte;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++*i;
    return kBadByte;
  }
  *i += len;
  return cp;
}

// ---------------------------------------------------------------------------
// Devanagari tables

constexpr char32_t kChandrabindu = 0x0901;
constexpr char32_t kAnusvara = 0x0902;
constexpr char32_t kVisarga = 0x0903;
constexpr char32_t kNukta = 0x093C;
constexpr char32_t kAvagraha = 0x093D;
constexpr char32_t kVirama = 0x094D;
constexpr char32_t kOm = 0x0950;
constexpr char32_t kDanda = 0x0964;
constexpr char32_t kDoubleDanda = 0x0965;
constexpr char32_t kAbbreviation = 0x0970;
constexpr char32_t kZwnj = 0x200C;
constexpr char32_t kZwj = 0x200D;

// Place of articulation of a stop, for the anusvara.
enum Place : uint8_t { kNoPlace, kVelar, kPalatal, kRetroflex, kDental, kLabial };

struct Consonant {
  const char* iso;
  const char* hindi;
  Place place;     // for stops and nasals
  bool nasal;      // ङ ञ ण न म
};

// Indexed by code point - 0x0900; iso == nullptr for non-consonants.
constexpr std::array<Consonant, 0x80> MakeConsonants() {
  std::array<Consonant, 0x80> t{};
  auto set = [&t](char32_t cp, const char* iso, const char* hindi, Place p, bool nasal) {
    t[cp - 0x0900] = Consonant{iso, hindi, p, nasal};
  };
  set(0x0915, "k", "k", kVelar, false);
  set(0x0916, "kh", "kh", kVelar, false);
  set(0x0917, "g", "g", kVelar, false);
  set(0x0918, "gh", "gh", kVelar, false);
  set(0x0919, "ṅ", "ṅ", kVelar, true);
  set(0x091A, "c", "c", kPalatal, false);
  set(0x091B, "ch", "ch", kPalatal, false);
  set(0x091C, "j", "j", kPalatal, false);
  set(0x091D, "jh", "jh", kPalatal, false);
  set(0x091E, "ñ", "ñ", kPalatal, true);
  set(0x091F, "ṭ", "ṭ", kRetroflex, false);
  set(0x0920, "ṭh", "ṭh", kRetroflex, false);
  set(0x0921, "ḍ", "ḍ", kRetroflex, false);
  set(0x0922, "ḍh", "ḍh", kRetroflex, false);
  set(0x0923, "ṇ", "ṇ", kRetroflex, true);
  set(0x0924, "t", "t", kDental, false);
  set(0x0925, "th", "th", kDental, false);
  set(0x0926, "d", "d", kDental, false);
  set(0x0927, "dh", "dh", kDental, false);
  set(0x0928, "n", "n", kDental, true);
  set(0x0929, "ṉ", "n", kDental, true);  // ऩ
  set(0x092A, "p", "p", kLabial, false);
  set(0x092B, "ph", "ph", kLabial, false);
  set(0x092C, "b", "b", kLabial, false);
  set(0x092D, "bh", "bh", kLabial, false);
  set(0x092E, "m", "m", kLabial, true);
  set(0x092F, "y", "y", kNoPlace, false);
  set(0x0930, "r", "r", kNoPlace, false);
  set(0x0931, "ṟ", "r", kNoPlace, false);  // ऱ
  set(0x0932, "l", "l", kNoPlace, false);
  set(0x0933, "ḷ", "ḷ", kNoPlace, false);
  set(0x0934, "ḻ", "ḻ", kNoPlace, false);  // ऴ
  set(0x0935, "v", "v", kNoPlace, false);
  set(0x0936, "ś", "ś", kNoPlace, false);
  set(0x0937, "ṣ", "ṣ", kNoPlace, false);
  set(0x0938, "s", "s", kNoPlace, false);
  set(0x0939, "h", "h", kNoPlace, false);
  set(0x0958, "q", "q", kVelar, false);          // क़
  set(0x0959, "k͟h", "ḵẖ", kVelar, false);      // ख़
  set(0x095A, "ġ", "ġ", kVelar, false);          // ग़
  set(0x095B, "z", "z", kNoPlace, false);        // ज़
  set(0x095C, "ṛ", "ṛ", kNoPlace, false);        // ड़
  set(0x095D, "ṛh", "ṛh", kNoPlace, false);      // ढ़
  set(0x095E, "f", "f", kNoPlace, false);        // फ़
  set(0x095F, "ẏ", "y", kNoPlace, false);        // य़
  return t;
}
constexpr std::array<Consonant, 0x80> kConsonants = MakeConsonants();

const Consonant* ConsonantOf(char32_t cp) {
  if (cp < 0x0900 || cp >= 0x0980) return nullptr;
  const Consonant& c = kConsonants[cp - 0x0900];
  return c.iso ? &c : nullptr;
}

// The precomposed letter for base + nukta, or 0.
char32_t WithNukta(char32_t base) {
  switch (base) {
    case 0x0915: return 0x0958;
    case 0x0916: return 0x0959;
    case 0x0917: return 0x095A;
    case 0x091C: return 0x095B;
    case 0x0921: return 0x095C;
    case 0x0922: return 0x095D;
    case 0x092B: return 0x095E;
    case 0x092F: return 0x095F;
    case 0x0928: return 0x0929;
    case 0x0930: return 0x0931;
    case 0x0933: return 0x0934;
    default: return 0;
  }
}

// Vowels, independent or as signs (matras).
enum Vowel : uint8_t {
  kSchwa,  // the inherent vowel of a consonant
  kNone,   // virama: no vowel
  kA, kAa, kI, kIi, kU, kUu, kR, kRr, kL, kLl,
  kEShort, kE, kAi, kOShort, kO, kAu, kCandraE, kCandraO,
  kVowelCount,
};

struct VowelName {
  const char* iso;
  const char* hindi;
};
constexpr VowelName kVowelNames[kVowelCount] = {
    {"a", "a"},   {"", ""},     {"a", "a"},   {"ā", "ā"},   {"i", "i"},   {"ī", "ī"},
    {"u", "u"},   {"ū", "ū"},   {"r̥", "r̥"},  {"r̥̄", "r̥̄"}, {"l̥", "l̥"},  {"l̥̄", "l̥̄"},
    {"e", "e"},   {"ē", "e"},   {"ai", "ai"}, {"o", "o"},   {"ō", "o"},   {"au", "au"},
    {"ê", "e"},   {"ô", "o"},
};

// Independent vowel letter -> Vowel, or kVowelCount.
Vowel IndependentVowel(char32_t cp) {
  switch (cp) {
    case 0x0905: return kA;
    case 0x0906: return kAa;
    case 0x0907: return kI;
    case 0x0908: return kIi;
    case 0x0909: return kU;
    case 0x090A: return kUu;
    case 0x090B: return kR;
    case 0x090C: return kL;
    case 0x090D: return kCandraE;
    case 0x090E: return kEShort;
    case 0x090F: return kE;
    case 0x0910: return kAi;
    case 0x0911: return kCandraO;
    case 0x0912: return kOShort;
    case 0x0913: return kO;
    case 0x0914: return kAu;
    case 0x0960: return kRr;
    case 0x0961: return kLl;
    default: return kVowelCount;
  }
}

// Dependent vowel sign -> Vowel, or kVowelCount.
Vowel VowelSign(char32_t cp) {
  switch (cp) {
    case 0x093E: return kAa;
    case 0x093F: return kI;
    case 0x0940: return kIi;
    case 0x0941: return kU;
    case 0x0942: return kUu;
    case 0x0943: return kR;
    case 0x0944: return kRr;
    case 0x0945: return kCandraE;
    case 0x0946: return kEShort;
    case 0x0947: return kE;
    case 0x0948: return kAi;
    case 0x0949: return kCandraO;
    case 0x094A: return kOShort;
    case 0x094B: return kO;
    case 0x094C: return kAu;
    case 0x0962: return kL;
    case 0x0963: return kLl;
    default: return kVowelCount;
  }
}

// Aspirates are written consonant + h; a virama cluster C्ह whose Latin
// would read as one of them gets a separating colon in ISO 15919.
bool MergesWithH(char32_t cp) {
  switch (cp) {
    case 0x0915: case 0x0917: case 0x091A: case 0x091C: case 0x091F:
    case 0x0921: case 0x0924: case 0x0926: case 0x092A: case 0x092C:
    case 0x095C:
      return true;
    default:
      return false;
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// ISO 15919

std::string RomanizeIso15919(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  // What the output ends with, for the ambiguities ISO 15919 resolves with
  // a colon: a bare "a" before इ/उ, and a consonant without vowel before ह
  // or an independent vowel.
  bool ends_with_bare_a = false;
  char32_t dead_consonant = 0;  // consonant just written with virama
  size_t i = 0;
  while (i < text.size()) {
    const size_t start = i;
    const char32_t cp = NextCodePoint(text, &i);
    const bool was_bare_a = ends_with_bare_a;
    const char32_t was_dead = dead_consonant;
    ends_with_bare_a = false;
    dead_consonant = 0;
    if (cp == kBadByte) {
      out.push_back(text[start]);
      continue;
    }
    char32_t letter = cp;
    size_t after = i;
    // A consonant followed by a nukta that has a precomposed form.
    if (ConsonantOf(cp) != nullptr && after < text.size()) {
      size_t j = after;
      if (NextCodePoint(text, &j) == kNukta && WithNukta(cp) != 0) {
        letter = WithNukta(cp);
        after = j;
      }
    }
    if (const Consonant* c = ConsonantOf(letter)) {
      if (was_dead != 0 && letter == 0x0939 && MergesWithH(was_dead)) out.push_back(':');
      out.append(c->iso);
      i = after;
      // The vowel: a sign, a virama, or the inherent a.
      if (i < text.size()) {
        size_t j = i;
        char32_t next = NextCodePoint(text, &j);
        if (next == kNukta) {  // no Latin letter for it: keep the sign
          out.append(text.substr(i, j - i));
          i = j;
          if (i >= text.size()) {
            out.push_back('a');
            ends_with_bare_a = true;
            continue;
          }
          next = NextCodePoint(text, &j);
        }
        if (next == kVirama) {
          i = j;
          dead_consonant = letter;
          continue;
        }
        const Vowel v = next == kBadByte ? kVowelCount : VowelSign(next);
        if (v != kVowelCount) {
          out.append(kVowelNames[v].iso);
          i = j;
          continue;
        }
      }
      out.push_back('a');
      ends_with_bare_a = true;
      continue;
    }
    const Vowel v = IndependentVowel(cp);
    if (v != kVowelCount) {
      // अइ a:i (ऐ ai); क्ऐ k:ai (कै kai).
      if ((was_bare_a && (v == kI || v == kU)) || was_dead != 0) out.push_back(':');
      out.append(kVowelNames[v].iso);
      ends_with_bare_a = v == kA;
      continue;
    }
    switch (cp) {
      case kAnusvara: out.append("ṁ"); break;
      case kChandrabindu: out.append("m̐"); break;
      case kVisarga: out.append("ḥ"); break;
      case kAvagraha: out.append("’"); break;
      default:
        // Digits, dandas, ॐ, stray signs and everything outside the
        // block are copied as they are.
        out.append(text.substr(start, i - start));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Hindi

namespace {

enum class UnitKind : uint8_t { kConsonant, kVowel };

struct Unit {
  UnitKind kind = UnitKind::kConsonant;
  char32_t letter = 0;   // consonant code point (nukta letters precomposed)
  Vowel vowel = kSchwa;  // kSchwa/kNone only for consonants
  char32_t nasal = 0;    // kAnusvara, kChandrabindu or 0
  bool visarga = false;
  // Filled by the analysis.
  const char* nasal_out = "";  // "", "ṁ", "ṃ", "ṅ", "ñ", "ṇ", "n", "m"
  bool nasal_is_consonant = false;
  bool schwa_deleted = false;
  bool schwa_kept = false;  // protected from medial deletion
};

bool IsSchwaCandidate(const Unit& u) {
  return u.kind == UnitKind::kConsonant && u.vowel == kSchwa && u.nasal == 0 && !u.visarga;
}

bool IsDead(const Unit& u) { return u.kind == UnitKind::kConsonant && u.vowel == kNone; }

// Whether the unit has a pronounced vowel (its coda aside).
bool HasVowel(const Unit& u) {
  if (u.kind == UnitKind::kVowel) return true;
  if (u.vowel == kSchwa) return !u.schwa_deleted;
  return u.vowel != kNone;
}

// Whether the unit ends in a pronounced vowel (an open syllable).
bool EndsInVowel(const Unit& u) {
  if (u.nasal_is_consonant) return false;
  if (u.kind == UnitKind::kVowel) return true;
  if (u.vowel == kSchwa) return !u.schwa_deleted;
  return u.vowel != kNone;
}

// How the anusvara/chandrabindu of units[i] is pronounced: nasalisation of
// the vowel (ṁ) after long vowels, at the end and before vowels; otherwise
// a nasal consonant, homorganic with a following stop (अंक aṅk, अंजन añjan,
// अंत ant, अंब amb) and ṃ before other consonants (संसार saṃsār).
void ResolveNasal(std::vector<Unit>& units, size_t i) {
  Unit& u = units[i];
  if (u.nasal == 0) return;
  u.nasal_out = "ṁ";
  u.nasal_is_consonant = false;
  if (u.nasal == kChandrabindu) return;
  if (i + 1 >= units.size() || units[i + 1].kind != UnitKind::kConsonant) return;
  const Vowel v = u.vowel;
  if (u.kind == UnitKind::kConsonant) {
    if (v == kIi || v == kUu || v == kE || v == kAi || v == kO || v == kAu ||
        v == kEShort || v == kOShort || v == kCandraE || v == kCandraO) {
      return;
    }
  } else if (v != kA && v != kI && v != kU && v != kAa) {
    return;
  }
  const Consonant* next = ConsonantOf(units[i + 1].letter);
  u.nasal_is_consonant = true;
  if (next->place != kNoPlace && !next->nasal) {
    static constexpr const char* kByPlace[] = {"ṃ", "ṅ", "ñ", "ṇ", "n", "m"};
    u.nasal_out = kByPlace[next->place];
  } else {
    u.nasal_out = "ṃ";
  }
}

// Sanskrit prefixes after which the next syllable keeps its vowel as a
// word-initial syllable would (वि-कसित, प्र-बल, उप-नयन).
struct Prefix {
  std::u32string letters;  // consonants and independent vowels
  std::vector<Vowel> vowels;
};
const std::vector<Prefix>& Prefixes() {
  static const std::vector<Prefix> kPrefixes = {
      {U"\u0935", {kI}},                           // वि
      {U"\u092A\u0930", {kNone, kSchwa}},          // प्र
      {U"\u092A\u0930", {kSchwa, kI}},             // परि
      {U"\u0909\u092A", {kU, kSchwa}},             // उप
      {U"\u0905\u0928", {kA, kU}},                 // अनु
      {U"\u0905\u092D", {kA, kI}},                 // अभि
      {U"\u0905\u0935", {kA, kSchwa}},             // अव
      {U"\u0905\u092A", {kA, kSchwa}},             // अप
      {U"\u0905\u0928", {kA, kSchwa}},             // अन
      {U"\u0905\u0927", {kA, kI}},                 // अधि
      {U"\u0905\u0924", {kA, kI}},                 // अति
      {U"\u092E\u0939", {kSchwa, kAa}},            // महा
  };
  return kPrefixes;
}

size_t PrefixLength(const std::vector<Unit>& units) {
  size_t best = 0;
  for (const Prefix& p : Prefixes()) {
    const size_t len = p.letters.size();
    if (len + 1 >= units.size()) continue;
    bool match = true;
    for (size_t k = 0; k < len && match; ++k) {
      const Unit& u = units[k];
      if (u.kind == UnitKind::kVowel) {
        match = IndependentVowel(p.letters[k]) == u.vowel && p.vowels[k] == u.vowel;
      } else {
        match = u.letter == p.letters[k] && u.vowel == p.vowels[k];
      }
    }
    if (match && len > best) best = len;
  }
  return best;
}

// Whether a stem-final schwa after the cluster prev+last stays: after a
// cluster ending in य, व or र (सत्य satya, तत्त्व tattva, मिश्र miśra) but not
// after र्र, ब्र, म्र, क़्र, ख़्र, ह्र (क़ब्र qabr, उम्र umr).
bool KeepsFinalSchwaAfterCluster(const Unit& prev, const Unit& last) {
  if (last.letter == 0x092F || last.letter == 0x0935) return true;
  if (last.letter != 0x0930) return false;
  return prev.letter != 0x0930 && prev.letter != 0x092C && prev.letter != 0x092E &&
         prev.letter != 0x0958 && prev.letter != 0x0959 && prev.letter != 0x0939;
}

bool SameVowelPattern(const Unit& a, const Unit& b) {
  return a.kind == b.kind && a.vowel == b.vowel && a.nasal == b.nasal && a.visarga == b.visarga;
}

// Echo words and reduplicated stems (अदलबदल adal-badal, अटपटा aṭ-paṭā,
// झड़झड़ाना jhaṛ-jhaṛānā): the length k of the first half when units[0, k)
// and units[k, 2k) spell the same syllables except possibly the first
// consonant and the vowel of the last unit; 0 if there is none.
size_t EchoHalf(const std::vector<Unit>& units) {
  const size_t n = units.size();
  for (size_t k = 2; 2 * k <= n; ++k) {
    bool match = true;
    for (size_t j = 0; j < k && match; ++j) {
      const Unit& a = units[j];
      const Unit& b = units[k + j];
      if (j == 0 && a.kind != b.kind) {  // अटपटा: अ pairs with प
        match = a.kind == UnitKind::kVowel && a.vowel == kA && b.vowel == kSchwa &&
                a.nasal == b.nasal;
      } else if (j + 1 < k) {
        match = SameVowelPattern(a, b);
      } else {
        match = a.kind == b.kind && (a.vowel == b.vowel || (a.vowel == kSchwa && b.vowel != kNone));
      }
      if (match && j > 0) match = a.kind == UnitKind::kVowel || a.letter == b.letter;
    }
    // Two-unit halves are easily a chance likeness (धनकना dhanaknā): the
    // second half must repeat the first or start with the labial or vowel
    // of an echo word (अटपटा, गड़बड़ाना, आमने-सामने is hyphenated anyway).
    if (match && k == 2 && units[0].letter != units[k].letter) {
      const char32_t c = units[k].letter;
      match = units[0].kind == UnitKind::kVowel || c == 0x092A || c == 0x092B ||
              c == 0x092C || c == 0x092D || c == 0x092E || c == 0x0935;
    }
    // At least one inherent vowel, or nothing is at stake.
    bool has_schwa = false;
    for (size_t j = 0; j < k; ++j) has_schwa |= IsSchwaCandidate(units[j]);
    if (match && has_schwa) return k;
  }
  return 0;
}

// Suffixes that start a new stem (कमीनपना kamīn-panā, अनर्थकारी anarth-kārī).
struct Suffix {
  std::u32string letters;
  std::vector<Vowel> vowels;
};
const std::vector<Suffix>& Suffixes() {
  static const std::vector<Suffix> kSuffixes = {
      {U"\u092A\u0928", {kSchwa, kSchwa}},        // पन
      {U"\u092A\u0928", {kSchwa, kAa}},           // पना
      {U"\u0935\u0932", {kAa, kAa}},       // वाला
      {U"\u0935\u0932", {kAa, kIi}},       // वाली
      {U"\u0935\u0932", {kAa, kE}},        // वाले
      {U"\u0926\u0930", {kAa, kSchwa}},           // दार
      {U"\u0926\u0930", {kAa, kIi}},              // दारी
      {U"\u0915\u0930", {kAa, kSchwa}},           // कार
      {U"\u0915\u0930", {kAa, kIi}},              // कारी
      {U"\u0916\u0928", {kAa, kAa}},              // खाना
      {U"\u0928\u092E", {kAa, kAa}},              // नामा
      {U"\u0917\u0930", {kAa, kSchwa}},           // गार
      {U"\u0917\u0930", {kAa, kIi}},              // गारी
      {U"\u0926\u0928", {kAa, kSchwa}},           // दान
      {U"\u0926\u0928", {kAa, kIi}},              // दानी
      {U"\u0935\u0924", {kSchwa, kIi}},           // वती
      {U"\u092E\u0924", {kSchwa, kIi}},           // मती
      {U"\u0936\u0932", {kIi, kSchwa}},           // शील
      {U"\u0939\u0928", {kIi, kSchwa}},           // हीन
      {U"\u0924", {kAa}},                          // ता (abstract nouns)
      {U"\u0935\u0928", {kAa, kAa}},              // वाना (causative)
      // Second members of personal and place names.
      {U"\u0928\u0925", {kAa, kSchwa}},           // नाथ
      {U"\u092A\u0932", {kAa, kSchwa}},           // पाल
      {U"\u092A\u0930", {kU, kSchwa}},            // पुर
      {U"\u092A\u0930", {kU, kAa}},               // पुरा
      {U"\u092A\u0930", {kU, kIi}},               // पुरी
      {U"\u0928\u0917\u0930", {kSchwa, kSchwa, kSchwa}},  // नगर
      {U"\u0926\u0935", {kE, kSchwa}},            // देव
      {U"\u0930\u092E", {kAa, kSchwa}},           // राम
      {U"\u091C\u0924", {kIi, kSchwa}},           // जीत
      {U"\u0926\u0938", {kAa, kSchwa}},           // दास
      {U"\u0932\u0932", {kAa, kSchwa}},           // लाल
      {U"\u0915\u092E\u0930", {kU, kAa, kSchwa}},  // कुमार
      {U"\u092A\u0930\u0938\u0926", {kNone, kSchwa, kAa, kSchwa}},  // प्रसाद
  };
  return kSuffixes;
}

// Where a known suffix starts (the unit index), or 0.
size_t SuffixStart(const std::vector<Unit>& units) {
  const size_t n = units.size();
  for (const Suffix& s : Suffixes()) {
    const size_t len = s.letters.size();
    if (len + 2 > n) continue;
    const size_t start = n - len;
    bool match = true;
    for (size_t k = 0; k < len && match; ++k) {
      const Unit& u = units[start + k];
      match = u.kind == UnitKind::kConsonant && u.letter == s.letters[k] &&
              u.vowel == s.vowels[k] && u.nasal == 0;
    }
    if (match) return start;
  }
  return 0;
}

// Decides which inherent vowels are silent.
void DeleteSchwas(std::vector<Unit>& units) {
  const size_t n = units.size();
  for (size_t i = 0; i < n; ++i) ResolveNasal(units, i);
  if (n < 2) return;

  // Stem ends: the unit before a stem boundary ends a word-like stem whose
  // final schwa follows the word-final rule; the unit after starts one.
  std::vector<char> stem_end(n, 0);
  stem_end[n - 1] = 1;
  if (const size_t half = EchoHalf(units)) {
    stem_end[half - 1] = 1;
    units[half].schwa_kept = true;
  }
  if (const size_t stem = SuffixStart(units); stem >= 2) {
    stem_end[stem - 1] = 1;
    units[stem].schwa_kept = true;
  }

  // Word- and stem-final: silent, except after some clusters.
  for (size_t e = 1; e < n; ++e) {
    if (!stem_end[e]) continue;
    Unit& last = units[e];
    if (!IsSchwaCandidate(last)) continue;
    const Unit& prev = units[e - 1];
    last.schwa_deleted = !(IsDead(prev) && KeepsFinalSchwaAfterCluster(prev, last));
    last.schwa_kept = true;
  }

  // Sanskrit participles and adjectives in -इत, -इक keep the schwa before
  // them (कथित kathit, विकसित vikasit, नागरिक nāgarik).
  if (n >= 4) {
    const Unit& c = units[n - 2];
    const Unit& t = units[n - 1];
    if (c.kind == UnitKind::kConsonant && c.vowel == kI && c.nasal == 0 &&
        IsSchwaCandidate(t) && (t.letter == 0x0924 || t.letter == 0x0915)) {
      units[n - 3].schwa_kept = true;
    }
  }

  // Sanskrit nouns in -अण keep the schwa two syllables back (आचरण ācaraṇ,
  // सरलीकरण saralīkaraṇ, उदाहरण udāharaṇ).
  if (n >= 4 && units[n - 1].letter == 0x0923 && IsSchwaCandidate(units[n - 1]) &&
      IsSchwaCandidate(units[n - 2])) {
    units[n - 3].schwa_kept = true;
  }

  const size_t prefix = PrefixLength(units);
  if (prefix > 0 && prefix < n && IsSchwaCandidate(units[prefix])) {
    units[prefix].schwa_kept = true;
  }
  // अन- before a root that starts with a: अनवरत an-avarat, अनभिज्ञ
  // an-abhigya, अनपेक्षित an-apekṣit: the a of the root is न's vowel.
  if (n >= 4 && units[0].kind == UnitKind::kVowel && units[0].vowel == kA &&
      IsSchwaCandidate(units[1]) && units[1].letter == 0x0928 &&
      units[2].kind == UnitKind::kConsonant) {
    const char32_t c = units[2].letter;
    const Vowel v = units[2].vowel;
    if ((c == 0x0935 && v == kSchwa) || (c == 0x092D && v == kI) || (c == 0x0927 && v == kI) ||
        (c == 0x092A && v == kE) || (c == 0x0924 && v == kI)) {
      units[1].schwa_kept = true;
      units[3].schwa_kept = units[3].schwa_kept || IsSchwaCandidate(units[3]);
    }
  }

  // Before a final syllable with a short vowel the schwa stays (गति-type
  // Sanskrit endings: राष्ट्रपति rāṣṭrapati, अनुमति anumati).
  if (n >= 3) {
    const Unit& final_unit = units[n - 1];
    if (final_unit.kind == UnitKind::kConsonant && final_unit.nasal == 0 &&
        (final_unit.vowel == kI || final_unit.vowel == kU || final_unit.vowel == kR)) {
      units[n - 2].schwa_kept = true;
    }
  }

  // Words opening with four open syllables CaCaCaCV (or aCaCaCV) read as
  // CaC.CaCV (करतबी kartabī, जनवरी janvarī, मरतबा martabā, अजनबी ajnabī),
  // except verbs CaCaCnā (खटकना khaṭaknā) and causatives CaCaCvānā
  // (पकड़वाना pakaṛvānā), where the stem CaCaC stays whole; nouns in -nī
  // follow the rule (चिटकनी ciṭkanī).
  const bool open_start = (units[0].kind == UnitKind::kConsonant && IsSchwaCandidate(units[0])) ||
                          (units[0].kind == UnitKind::kVowel && units[0].vowel == kA &&
                           units[0].nasal == 0);
  if (n >= 4 && open_start &&
      IsSchwaCandidate(units[1]) && IsSchwaCandidate(units[2]) &&
      !units[1].schwa_kept && !units[2].schwa_kept && !units[2].schwa_deleted &&
      units[3].kind == UnitKind::kConsonant && units[3].vowel != kSchwa &&
      units[3].vowel != kNone && units[3].nasal == 0) {
    const bool verb = (n == 4 && units[3].letter == 0x0928 && units[3].vowel != kIi) ||
                      (units[3].letter == 0x0935 && units[3].vowel == kAa);
    if (!verb) {
      units[1].schwa_deleted = true;
      units[2].schwa_kept = true;
    }
  }

  // Medial: V C a C V -> V C C V, right to left, so that a deletion closes
  // the syllable before it and blocks a second deletion next to it
  // (कमला kamlā, समझना samajhnā). The first syllable always keeps its vowel.
  // A nasal + stop cluster before the last syllable counts as one consonant
  // (खिंडना khiṇḍnā).
  for (size_t i = n - 2; i >= 1; --i) {
    Unit& u = units[i];
    if (u.schwa_kept || !IsSchwaCandidate(u) || u.schwa_deleted) continue;
    const Unit& left = units[i - 1];
    const Unit& right = units[i + 1];
    const bool open_left =
        EndsInVowel(left) || (i == n - 2 && left.nasal_is_consonant && HasVowel(left));
    // The vowel before य + vowel stays (विजया vijayā, उदयी udayī).
    const bool before_y = right.letter == 0x092F && right.vowel != kSchwa;
    if (open_left && right.kind == UnitKind::kConsonant && HasVowel(right) && !before_y) {
      u.schwa_deleted = true;
    }
  }
}

void EmitHindiWord(std::vector<Unit>& units, std::string* out) {
  // ज्ञ is pronounced gy in Hindi.
  for (size_t i = 0; i + 1 < units.size(); ++i) {
    if (units[i].kind == UnitKind::kConsonant && units[i].letter == 0x091C &&
        units[i].vowel == kNone && units[i + 1].kind == UnitKind::kConsonant &&
        units[i + 1].letter == 0x091E) {
      units[i].letter = 0x0917;
      units[i + 1].letter = 0x092F;
    }
  }
  DeleteSchwas(units);
  for (const Unit& u : units) {
    if (u.kind == UnitKind::kConsonant) {
      out->append(ConsonantOf(u.letter)->hindi);
      if (u.vowel == kSchwa) {
        if (!u.schwa_deleted) out->push_back('a');
      } else {
        out->append(kVowelNames[u.vowel].hindi);
      }
    } else {
      out->append(kVowelNames[u.vowel].hindi);
    }
    out->append(u.nasal_out);
    if (u.visarga) out->append("ḥ");
  }
  units.clear();
}

}  // namespace

std::string RomanizeHindi(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::vector<Unit> units;
  size_t i = 0;
  while (i < text.size()) {
    const size_t start = i;
    const char32_t cp = NextCodePoint(text, &i);
    if (cp == kBadByte) {
      if (!units.empty()) EmitHindiWord(units, &out);
      out.push_back(text[start]);
      continue;
    }
    if ((cp == kZwj || cp == kZwnj) && !units.empty()) continue;
    if (const Consonant* c = ConsonantOf(cp); c != nullptr) {
      Unit u;
      u.letter = cp;
      units.push_back(u);
      continue;
    }
    const Vowel indep = IndependentVowel(cp);
    if (indep != kVowelCount) {
      Unit u;
      u.kind = UnitKind::kVowel;
      u.vowel = indep;
      units.push_back(u);
      continue;
    }
    const Vowel sign = VowelSign(cp);
    if (sign != kVowelCount) {
      if (!units.empty() && units.back().kind == UnitKind::kConsonant &&
          units.back().vowel == kSchwa && units.back().nasal == 0) {
        units.back().vowel = sign;
      } else {  // a stray sign is read as the vowel itself
        Unit u;
        u.kind = UnitKind::kVowel;
        u.vowel = sign;
        units.push_back(u);
      }
      continue;
    }
    if (cp == kNukta) {
      // Also after a vowel sign (डा़ for ड़ा), a common typing error.
      if (!units.empty() && units.back().kind == UnitKind::kConsonant) {
        if (char32_t with = WithNukta(units.back().letter)) units.back().letter = with;
      }
      continue;
    }
    if (cp == kVirama) {
      if (!units.empty() && units.back().kind == UnitKind::kConsonant &&
          units.back().vowel == kSchwa) {
        units.back().vowel = kNone;
      }
      continue;
    }
    if (cp == kAnusvara || cp == kChandrabindu) {
      if (!units.empty()) {
        units.back().nasal = cp;
      } else {
        out.append("ṁ");
      }
      continue;
    }
    if (cp == kVisarga) {
      if (!units.empty()) {
        units.back().visarga = true;
      } else {
        out.append("ḥ");
      }
      continue;
    }
    if (!units.empty()) EmitHindiWord(units, &out);
    if (cp >= 0x0966 && cp <= 0x096F) {
      out.push_back(static_cast<char>('0' + (cp - 0x0966)));
    } else if (cp == kDanda || cp == kAbbreviation) {
      out.push_back('.');
    } else if (cp == kDoubleDanda) {
      out.append("..");
    } else if (cp == kOm) {
      out.append("om");
    } else if (cp == kAvagraha) {
      // silent
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  if (!units.empty()) EmitHindiWord(units, &out);
  return out;
}

// ---------------------------------------------------------------------------
// ASCII folding

std::string FoldRomanToAscii(std::string_view s) {
  struct Fold {
    char32_t cp;
    const char* ascii;
  };
  static constexpr Fold kFolds[] = {
      {U'ā', "a"},  {U'ă', "a"},  {U'â', "a"},  {U'ī', "i"},  {U'î', "i"},  {U'ū', "u"},
      {U'û', "u"},  {U'ē', "e"},  {U'ê', "e"},  {U'ō', "o"},  {U'ô', "o"},  {U'ṭ', "t"},
      {U'ḍ', "d"},  {U'ṇ', "n"},  {U'ṅ', "n"},  {U'ñ', "n"},  {U'ṁ', "n"},  {U'ṃ', "n"},
      {U'ś', "sh"}, {U'ṣ', "sh"}, {U'ṛ', "r"},  {U'ṟ', "r"},  {U'ṉ', "n"},  {U'ḥ', "h"},
      {U'ḷ', "l"},  {U'ḻ', "l"},  {U'ġ', "gh"}, {U'ẏ', "y"},  {U'ḵ', "k"},  {U'ẖ', "h"},
      {U'’', "'"},
  };
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const size_t start = i;
    const char32_t cp = NextCodePoint(s, &i);
    if (cp == kBadByte) {
      out.push_back(s[start]);
      continue;
    }
    if (cp == 0x0325) {  // ring below: r̥ -> ri
      out.push_back('i');
      continue;
    }
    if (cp >= 0x0300 && cp <= 0x036F) continue;  // other combining marks
    bool folded = false;
    for (const Fold& f : kFolds) {
      if (f.cp == cp) {
        out.append(f.ascii);
        folded = true;
        break;
      }
    }
    if (!folded) out.append(s.substr(start, i - start));
  }
  return out;
}

}  // namespace ghatna
