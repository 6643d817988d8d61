// The tokeniser (rules in docs/text.md). It follows the Universal
// Dependencies Hindi conventions: punctuation and hyphens are tokens of their
// own, numbers keep their separators, abbreviation full stops are separate.
#include <cmath>
#include <string>

#include "text/tokenizer.h"
#include "text/unicode.h"

namespace ghatna::text {
namespace {

bool IsAsciiAlnum(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
char32_t Lower(char32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

bool IsDigitClass(CharClass k) { return k == CharClass::kDigit || k == CharClass::kOtherDigit; }

class Scanner {
 public:
  explicit Scanner(std::u32string_view t) : t_(t), n_(t.size()) {}

  CharClass Cls(size_t i) const { return i < n_ ? ClassOf(t_[i]) : CharClass::kSpace; }
  bool IsDigitAt(size_t i) const { return i < n_ && IsDigitClass(ClassOf(t_[i])); }
  bool IsSpaceAt(size_t i) const {
    return i >= n_ || t_[i] == ' ' || t_[i] == '\n';
  }

  // Scans the token at i (not white space); returns its end and kind.
  size_t Scan(size_t i, TokenKind* kind) const {
    const char32_t c = t_[i];
    const CharClass k = ClassOf(c);
    switch (k) {
      case CharClass::kDevaLetter:
      case CharClass::kIndicLetter:
      case CharClass::kMark: {
        *kind = TokenKind::kWord;
        size_t j = i + 1;
        while (j < n_) {
          const CharClass kj = ClassOf(t_[j]);
          if (kj == CharClass::kMark || kj == CharClass::kFormat ||
              (kj == k && k != CharClass::kMark) ||
              (k == CharClass::kMark && (kj == CharClass::kDevaLetter ||
                                         kj == CharClass::kIndicLetter))) {
            ++j;
          } else if (t_[j] == 0x200D && j + 1 < n_) {
            ++j;
          } else {
            break;
          }
        }
        return j;
      }
      case CharClass::kLatinLetter: {
        if (size_t e = MatchUrl(i); e > i) {
          *kind = TokenKind::kUrl;
          return e;
        }
        if (size_t e = MatchEmail(i); e > i) {
          *kind = TokenKind::kEmail;
          return e;
        }
        *kind = TokenKind::kLatin;
        size_t j = i + 1;
        while (j < n_) {
          const CharClass kj = ClassOf(t_[j]);
          if (kj == CharClass::kLatinLetter || kj == CharClass::kMark ||
              kj == CharClass::kDigit || kj == CharClass::kFormat) {
            ++j;
          } else if (t_[j] == '\'' && j + 1 < n_ && ClassOf(t_[j + 1]) == CharClass::kLatinLetter) {
            j += 2;  // don't, O'Brien
          } else {
            break;
          }
        }
        return j;
      }
      case CharClass::kDigit:
      case CharClass::kOtherDigit: {
        if (size_t e = MatchEmail(i); e > i) {
          *kind = TokenKind::kEmail;
          return e;
        }
        *kind = TokenKind::kNumber;
        return NumberSuffix(ScanNumber(i));
      }
      case CharClass::kEmoji: {
        *kind = TokenKind::kEmoji;
        size_t j = i + 1;
        if (c >= 0x1F1E6 && c <= 0x1F1FF && j < n_ && t_[j] >= 0x1F1E6 && t_[j] <= 0x1F1FF) {
          return j + 1;  // a flag: two regional indicators
        }
        while (j < n_) {
          const char32_t d = t_[j];
          if (ClassOf(d) == CharClass::kMark || (d >= 0x1F3FB && d <= 0x1F3FF) ||
              (d >= 0xE0020 && d <= 0xE007F)) {
            ++j;
          } else if (d == 0x200D && j + 1 < n_ && ClassOf(t_[j + 1]) == CharClass::kEmoji) {
            j += 2;
          } else {
            break;
          }
        }
        return j;
      }
      case CharClass::kPunct:
      case CharClass::kSymbol: {
        *kind = k == CharClass::kPunct ? TokenKind::kPunct : TokenKind::kSymbol;
        if (c == '$' && IsDigitAt(i + 1)) {
          *kind = TokenKind::kNumber;  // UD Hindi writes "$5,000" as one token
          return ScanNumber(i + 1);
        }
        if (c == '.' || c == '-' || c == '?' || c == '!') {
          size_t j = i + 1;
          while (j < n_ && (t_[j] == c || ((c == '?' || c == '!') && (t_[j] == '?' || t_[j] == '!')))) {
            ++j;
          }
          return j;  // "...", "--", "?!" are one token
        }
        if ((c == '#' || c == '@') && i + 1 < n_ && IsWordClass(ClassOf(t_[i + 1])) &&
            ClassOf(t_[i + 1]) != CharClass::kMark) {
          *kind = TokenKind::kOther;  // hashtag or mention
          size_t j = i + 1;
          while (j < n_ && (IsWordClass(ClassOf(t_[j])) || IsDigitClass(ClassOf(t_[j])) ||
                            t_[j] == '_')) {
            ++j;
          }
          return j;
        }
        return i + 1;
      }
      default:
        *kind = TokenKind::kOther;
        return i + 1;
    }
  }

 private:
  // Digits with ',' groups, '.' decimals, ':' times, '/' dates, and a year
  // range (2024-25, 2015-2016).
  size_t ScanNumber(size_t i) const {
    size_t j = i;
    while (IsDigitAt(j)) ++j;
    const size_t first_len = j - i;
    bool plain = true;
    while (j + 1 < n_) {
      const char32_t s = t_[j];
      if (!(s == ',' || s == '.' || s == ':' || s == '/') || !IsDigitAt(j + 1)) break;
      size_t m = j + 1;
      while (IsDigitAt(m)) ++m;
      if (s == ',' && (m - j - 1 < 2 || m - j - 1 > 3)) break;
      j = m;
      plain = false;
    }
    if (plain && first_len == 4 && j + 1 < n_ && (t_[j] == '-' || t_[j] == 0x2013) &&
        IsDigitAt(j + 1)) {
      size_t m = j + 1;
      while (IsDigitAt(m)) ++m;
      const size_t len = m - j - 1;
      if ((len == 2 || len == 4) && !IsWordClass(Cls(m)) && !IsDigitAt(m)) j = m;
    }
    return j;
  }

  // 45वें, 21वीं (Devanagari ordinal endings); 4th, 1990s, 5G.
  size_t NumberSuffix(size_t j) const {
    if (j >= n_) return j;
    const CharClass k = ClassOf(t_[j]);
    if (k == CharClass::kDevaLetter) {
      size_t m = j;
      while (m < n_ && (ClassOf(t_[m]) == CharClass::kDevaLetter ||
                        ClassOf(t_[m]) == CharClass::kMark)) {
        ++m;
      }
      return m;
    }
    if (k == CharClass::kLatinLetter) {
      size_t m = j;
      while (m < n_ && ClassOf(t_[m]) == CharClass::kLatinLetter) ++m;
      if (IsDigitAt(m)) return j;
      std::u32string low;
      for (size_t q = j; q < m; ++q) low.push_back(Lower(t_[q]));
      if ((m - j == 1 && t_[j] >= 'A' && t_[j] <= 'Z') || low == U"st" || low == U"nd" ||
          low == U"rd" || low == U"th" || low == U"s") {
        return m;
      }
    }
    return j;
  }

  bool StartsWithLower(size_t i, std::u32string_view p) const {
    if (i + p.size() > n_) return false;
    for (size_t k = 0; k < p.size(); ++k) {
      if (Lower(t_[i + k]) != p[k]) return false;
    }
    return true;
  }

  // End of a URL starting at i, or i.
  size_t MatchUrl(size_t i) const {
    size_t j = i;
    if (StartsWithLower(i, U"http://") || StartsWithLower(i, U"https://") ||
        StartsWithLower(i, U"ftp://")) {
      j = i + (t_[i + 4] == ':' ? 7 : (t_[i + 5] == ':' ? 8 : 6));
      if (j >= n_ || IsSpaceAt(j)) return i;
    } else if (StartsWithLower(i, U"www.") && i + 4 < n_ && IsAsciiAlnum(t_[i + 4])) {
      j = i + 4;
    } else {
      // A bare domain: labels of [A-Za-z0-9-] with a known top-level domain.
      size_t m = i;
      int labels = 0;
      size_t first_label = 0, last_start = i;
      while (true) {
        const size_t ls = m;
        while (m < n_ && (IsAsciiAlnum(t_[m]) || t_[m] == '-')) ++m;
        if (m == ls) return i;
        if (labels == 0) first_label = m - ls;
        ++labels;
        last_start = ls;
        if (m + 1 < n_ && t_[m] == '.' && IsAsciiAlnum(t_[m + 1])) {
          ++m;
          continue;
        }
        break;
      }
      if (labels < 2 || first_label < 2) return i;
      static const std::u32string_view kTlds[] = {
          U"com", U"org", U"net", U"in", U"gov", U"edu", U"co", U"uk", U"io", U"info",
          U"int", U"news", U"tv", U"me", U"ru", U"us", U"pk", U"cn", U"de", U"fr"};
      std::u32string tld;
      for (size_t q = last_start; q < m; ++q) tld.push_back(Lower(t_[q]));
      bool known = false;
      for (auto k : kTlds) known = known || tld == k;
      if (!known) return i;
      if (m < n_ && IsWordClass(ClassOf(t_[m])) && ClassOf(t_[m]) != CharClass::kMark) return i;
      if (m >= n_ || t_[m] != '/') return m;
      j = m;
    }
    // The rest of the URL: up to white space, quotes, angle brackets, danda.
    int parens = 0;
    while (j < n_) {
      const char32_t d = t_[j];
      if (d == ' ' || d == '\n' || d == '"' || d == '<' || d == '>' || d == 0x0964 ||
          d == 0x0965 || ClassOf(d) == CharClass::kSpace) {
        break;
      }
      if (d == '(') ++parens;
      if (d == ')') --parens;
      ++j;
    }
    // Trailing punctuation belongs to the sentence.
    while (j > i) {
      const char32_t d = t_[j - 1];
      if (d == '.' || d == ',' || d == ';' || d == ':' || d == '!' || d == '?' || d == '\'' ||
          d == ']' || d == '}' || (d == ')' && parens < 0)) {
        if (d == ')') ++parens;
        --j;
      } else {
        break;
      }
    }
    return j;
  }

  // End of an e-mail address starting at i, or i.
  size_t MatchEmail(size_t i) const {
    size_t j = i;
    auto local = [](char32_t c) {
      return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    };
    while (j < n_ && local(t_[j])) ++j;
    if (j == i || j >= n_ || t_[j] != '@' || t_[j - 1] == '.') return i;
    size_t m = j + 1;
    int dots = 0;
    size_t last_label = 0;
    while (true) {
      const size_t ls = m;
      while (m < n_ && (IsAsciiAlnum(t_[m]) || t_[m] == '-')) ++m;
      if (m == ls) return i;
      last_label = m - ls;
      if (m + 1 < n_ && t_[m] == '.' && IsAsciiAlnum(t_[m + 1])) {
        ++m;
        ++dots;
        continue;
      }
      break;
    }
    if (dots == 0 || last_label < 2) return i;
    return m;
  }

  std::u32string_view t_;
  size_t n_;
};

}  // namespace

void TokenizeNormalized(std::u32string_view t, std::vector<RawToken>* out) {
  Scanner scanner(t);
  const size_t n = t.size();
  uint8_t nl = 2;
  bool sp = false;
  size_t i = 0;
  while (i < n) {
    const char32_t c = t[i];
    if (c == ' ') {
      sp = true;
      ++i;
      continue;
    }
    if (c == '\n') {
      if (nl < 2) ++nl;
      sp = true;
      ++i;
      continue;
    }
    RawToken tok;
    const size_t e = scanner.Scan(i, &tok.kind);
    tok.b = static_cast<uint32_t>(i);
    tok.e = static_cast<uint32_t>(e > i ? e : i + 1);
    tok.nl_before = nl;
    tok.space_before = sp;
    const size_t end = tok.e;
    const size_t max = tok.kind == TokenKind::kUrl || tok.kind == TokenKind::kEmail
                           ? kMaxUrlLetters : kMaxWordLetters;
    while (end - tok.b > max) {
      // Not before a combining mark, unless the piece would be empty.
      size_t cut = tok.b + max;
      while (cut > tok.b + max / 2 && ClassOf(t[cut]) == CharClass::kMark) --cut;
      tok.e = static_cast<uint32_t>(cut);
      out->push_back(tok);
      tok.b = tok.e;
      tok.nl_before = 0;
      tok.space_before = false;
      tok.cut_before = true;
    }
    tok.e = static_cast<uint32_t>(end);
    out->push_back(tok);
    nl = 0;
    sp = false;
    i = end;
  }
}

double NumberValue(std::u32string_view t) {
  double v = 0;
  size_t i = 0;
  while (i < t.size() && DigitValue(t[i]) < 0) ++i;  // "$"
  for (; i < t.size(); ++i) {
    const int d = DigitValue(t[i]);
    if (d >= 0) {
      v = v * 10 + d;
    } else if (t[i] != ',') {
      break;
    }
  }
  if (i + 1 < t.size() && t[i] == '.' && DigitValue(t[i + 1]) >= 0) {
    double scale = 0.1;
    for (++i; i < t.size() && DigitValue(t[i]) >= 0; ++i, scale /= 10) v += DigitValue(t[i]) * scale;
  }
  return v;
}

}  // namespace ghatna::text
