// The article's date from its own text, for inputs that give none: the
// dateline ("नई दिल्ली, 7 मई (भाषा)"), else the latest full date the text
// writes. See DateFromText in ghatna/text.h.
#include <algorithm>
#include <array>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "ghatna/text.h"
#include "text/unicode.h"

namespace ghatna {
namespace {

struct Word {
  std::string_view text;  // as written
  int number = -1;        // the value of a word of digits (ASCII or Devanagari), else -1
  int digits = 0;         // how many digits
  size_t start = 0;       // byte offset in the text
  bool comma_after = false, paren_after = false;
};

// Hindi and English month names (and the spellings news uses) -> 1..12.
int MonthOf(std::string_view word) {
  char lower[16];
  std::string_view w = word;
  if (!word.empty() && static_cast<unsigned char>(word[0]) < 0x80) {
    if (word.size() > sizeof lower) return 0;
    for (size_t i = 0; i < word.size(); ++i)
      lower[i] = static_cast<char>(word[i] >= 'A' && word[i] <= 'Z' ? word[i] + 32 : word[i]);
    w = std::string_view(lower, word.size());
  }
  static const std::array<std::pair<std::string_view, int>, 40> kMonths = {{
      {"जनवरी", 1}, {"फरवरी", 2}, {"फ़रवरी", 2}, {"मार्च", 3}, {"अप्रैल", 4}, {"अप्रेल", 4},
      {"मई", 5}, {"जून", 6}, {"जुलाई", 7}, {"अगस्त", 8}, {"सितंबर", 9}, {"सितम्बर", 9},
      {"अक्टूबर", 10}, {"अक्तूबर", 10}, {"नवंबर", 11}, {"नवम्बर", 11}, {"दिसंबर", 12}, {"दिसम्बर", 12},
      {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
      {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
      {"december", 12}, {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
      {"aug", 8}, {"sep", 9}, {"oct", 10}, {"nov", 11}}};
  for (const auto& [name, m] : kMonths)
    if (w == name) return m;
  if (w == "dec") return 12;
  return 0;
}

// Words of the text (letters and marks, or digits); "-", "/" and "." between
// digits split them (2019-05-07, 07.05.2019). No copies: views into `text`.
std::vector<Word> Words(std::string_view text, size_t limit) {
  std::vector<Word> out;
  Word cur;
  bool in_word = false, digits_only = true;
  auto flush = [&](size_t end) {
    if (in_word) {
      cur.text = text.substr(cur.start, end - cur.start);
      if (!digits_only || cur.digits > 4) cur.number = -1;
      out.push_back(cur);
    }
    cur = Word();
    in_word = false;
    digits_only = true;
  };
  for (size_t i = 0; i < text.size() && i < limit;) {
    char32_t c;
    const size_t at = i;
    i += text::DecodeValid(text.data() + i, text.data() + text.size(), &c);
    const int digit = text::DigitValue(c);
    const text::CharClass k = text::ClassOf(c);
    if (digit >= 0 || k == text::CharClass::kDevaLetter || k == text::CharClass::kMark ||
        k == text::CharClass::kLatinLetter) {
      if (!in_word) {
        in_word = true;
        cur.start = at;
        cur.number = 0;
      }
      if (digit >= 0) {
        ++cur.digits;
        if (cur.digits <= 4) cur.number = cur.number * 10 + digit;
      } else {
        digits_only = false;
      }
      continue;
    }
    const bool had = in_word;
    flush(at);
    if (had && c == ',') out.back().comma_after = true;
    if (had && c == '(') out.back().paren_after = true;
  }
  flush(std::min(text.size(), limit));
  return out;
}

std::string Iso(int y, int m, int d) {
  char buf[40];  // room for any int, though y, m, d are checked before
  if (d > 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  else std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

bool Year(int y) { return y >= 1950 && y <= 2100; }
bool Day(int d) { return d >= 1 && d <= 31; }

}  // namespace

std::string DateFromText(std::string_view text, DateSource* source) {
  *source = DateSource::kNone;
  // Full dates anywhere: "7 मई 2019", "मई 2019", "2019-05-07", "07.05.2019".
  // Only the words around a run of digits can hold one: read a window
  // around each run (ASCII digits, or Devanagari ०-९: E0 A5 A6..AF).
  std::string latest;
  int latest_year = 0;  // of any year the text writes, for a dateline without one
  std::vector<Word> w;
  size_t covered = 0;  // text before this is read
  for (size_t p = 0; p < text.size(); ++p) {
    const auto b = static_cast<unsigned char>(text[p]);
    const bool digit = (b >= '0' && b <= '9') ||
                       (b == 0xE0 && p + 2 < text.size() && static_cast<unsigned char>(text[p + 1]) == 0xA5 &&
                        static_cast<unsigned char>(text[p + 2]) >= 0xA6 &&
                        static_cast<unsigned char>(text[p + 2]) <= 0xAF);
    if (!digit || p < covered) continue;
    // From a word boundary some 60 bytes before (the month's name before
    // a year) to some 120 after (a month and a year after a day).
    size_t from = p > 60 ? p - 60 : 0;
    while (from > covered && from < p && text[from] != ' ' && text[from] != '\n') --from;
    from = std::max(from, covered);
    size_t to = std::min(text.size(), p + 120);
    while (to < text.size() && text[to] != ' ' && text[to] != '\n') ++to;
    const std::vector<Word> part = Words(text.substr(from, to - from), to - from);
    if (from > covered && !w.empty()) w.push_back(Word());  // windows apart: nothing adjacent
    w.insert(w.end(), part.begin(), part.end());
    covered = to;
  }
  for (size_t i = 0; i < w.size(); ++i) {
    const int a = w[i].number;
    if (Year(a) && w[i].digits == 4) latest_year = std::max(latest_year, a);
    const int m = Day(a) && i + 1 < w.size() ? MonthOf(w[i + 1].text) : 0;
    const int y2 = i + 2 < w.size() ? w[i + 2].number : -1;
    std::string date;
    if (Day(a) && m > 0 && Year(y2)) {
      date = Iso(y2, m, a);
    } else if (a < 0 && i + 1 < w.size() && Year(w[i + 1].number) && MonthOf(w[i].text) > 0 &&
               (i == 0 || !Day(w[i - 1].number))) {
      date = Iso(w[i + 1].number, MonthOf(w[i].text), 0);
    } else if (Year(a) && i + 2 < w.size()) {  // 2019-05-07
      const int mm = w[i + 1].number, dd = w[i + 2].number;
      if (mm >= 1 && mm <= 12 && Day(dd) && w[i + 1].start - w[i].start == 5) date = Iso(a, mm, dd);
    } else if (Day(a) && i + 2 < w.size()) {  // 07.05.2019
      const int mm = w[i + 1].number, yy = w[i + 2].number;
      if (mm >= 1 && mm <= 12 && Year(yy) && w[i + 1].digits <= 2) date = Iso(yy, mm, a);
    }
    if (date.empty()) continue;
    if (date > latest) latest = date;
  }
  // The dateline: a day and month near the start, after a place and a
  // comma or before the agency in brackets ("नई दिल्ली, 7 मई (भाषा)").
  const std::vector<Word> head = Words(text, 400);
  for (size_t i = 0; i + 1 < head.size() && i < 12; ++i) {
    const int d = head[i].number;
    const int m = MonthOf(head[i + 1].text);
    if (!Day(d) || m == 0) continue;
    const bool after_place = i > 0 && head[i - 1].comma_after;
    const bool before_agency = head[i + 1].paren_after || head[i + 1].comma_after;
    if (!after_place && !before_agency) continue;
    int y = i + 2 < head.size() ? head[i + 2].number : -1;
    if (!Year(y)) y = latest_year;  // the year the text writes
    if (!Year(y)) break;
    *source = DateSource::kDateline;
    return Iso(y, m, d);
  }
  if (!latest.empty()) *source = DateSource::kText;
  return latest;
}

const char* DateSourceName(DateSource s) {
  switch (s) {
    case DateSource::kInput: return "input";
    case DateSource::kDateline: return "dateline";
    case DateSource::kText: return "text";
    case DateSource::kNone: return "none";
  }
  return "none";
}

}  // namespace ghatna
