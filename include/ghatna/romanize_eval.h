// Word-exact evaluation of RomanizeHindi against a word list in the scheme of
// McGregor's Oxford Hindi-English Dictionary ("देवनागरी,romanisation" lines,
// as in the Arora-Gessler-Schneider schwa-deletion data).
//
//   auto report = ghatna::EvaluateRomanizeCsv("hindi_words_romanized.csv");
//   if (!report.ok()) return Fail(report.status());
//   printf("%.2f%%\n", report->all.LenientPercent());
#ifndef GHATNA_ROMANIZE_EVAL_H_
#define GHATNA_ROMANIZE_EVAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "ghatna/status.h"

namespace ghatna {

// The dictionary's notation reduced to what Devanagari spelling can tell:
// sandhi circumflexes dropped (â→ā, î→ī, û→ū, ê→e, ô→o, ï→i, ě→e), the
// syllable-break and ʿayn marks ʾ ʿ ' removed, G→ġ, K→ḵẖ, ẓ→z. The weak
// schwa ă is kept (see GoldMatches).
std::string CanonicalGold(std::string_view gold);

// Whether `predicted` equals the canonical gold. Lenient: each weak schwa ă
// of the gold may be "a" or absent (the dictionary marks it as lightly or
// optionally pronounced). Strict: ă must be "a".
bool GoldMatches(std::string_view predicted, std::string_view canonical_gold, bool strict);

struct RomanizeScore {
  size_t words = 0;
  size_t lenient = 0;  // word-exact, ă optional
  size_t strict = 0;   // word-exact, ă = a
  double LenientPercent() const { return words ? 100.0 * lenient / words : 0; }
  double StrictPercent() const { return words ? 100.0 * strict / words : 0; }
};

struct RomanizeMiss {
  size_t line = 0;
  std::string hindi, gold, predicted;
};

struct RomanizeReport {
  RomanizeScore all, even, odd;  // odd/even: 1-based line numbers
  std::vector<RomanizeMiss> misses;  // lenient misses, in file order
};

// Reads `path` ("hindi,latin" per line; blank lines and a header line whose
// first field has no Devanagari are skipped) and scores RomanizeHindi.
// Fails with "PATH: reason" when the file cannot be read and
// "PATH:LINE: reason" on a line without a comma or with an empty field.
Result<RomanizeReport> EvaluateRomanizeCsv(const std::string& path);

// The report `ghatna eval romanize` prints: the scores of all, even and odd
// lines, then the first `misses` misses ("miss\tLINE\thindi\tgold\tours").
std::string RomanizeReportText(const RomanizeReport& report, size_t misses);

}  // namespace ghatna

#endif  // GHATNA_ROMANIZE_EVAL_H_
