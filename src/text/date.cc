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
  std::string text;  // digits as ASCII
  size_t start = 0;  // byte offset in the text
  bool comma_after = false, paren_after = false;
};

// Hindi and English month names (and the spellings news uses) -> 1..12.
int MonthOf(std::string_view w) {
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

// The number a word of digits writes (ASCII or Devanagari), or -1.
int NumberOf(std::string_view w) {
  if (w.empty() || w.size() > 4) return -1;
  int n = 0;
  for (char ch : w) {
    if (ch < '0' || ch > '9') return -1;
    n = n * 10 + (ch - '0');
  }
  return n;
}

// Words of the text with Devanagari digits as ASCII and Latin lower-cased;
// "-", "/" and "." between digits split them (2019-05-07, 07.05.2019).
std::vector<Word> Words(std::string_view text, size_t limit) {
  std::vector<Word> out;
  Word cur;
  auto flush = [&](size_t at) {
    if (!cur.text.empty()) out.push_back(cur);
    cur = Word();
    cur.start = at;
  };
  for (size_t i = 0; i < text.size() && i < limit;) {
    char32_t c;
    const size_t at = i;
    i += text::DecodeValid(text.data() + i, text.data() + text.size(), &c);
    const int digit = text::DigitValue(c);
    if (digit >= 0) {
      if (cur.text.empty()) cur.start = at;
      cur.text.push_back(static_cast<char>('0' + digit));
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      if (cur.text.empty()) cur.start = at;
      cur.text.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    } else if (text::ClassOf(c) == text::CharClass::kDevaLetter || text::ClassOf(c) == text::CharClass::kMark) {
      if (cur.text.empty()) cur.start = at;
      text::AppendUtf8(c, &cur.text);
    } else {
      const bool had = !cur.text.empty();
      flush(i);
      if (had && c == ',') out.back().comma_after = true;
      if (had && c == '(') out.back().paren_after = true;
    }
  }
  flush(text.size());
  return out;
}

std::string Iso(int y, int m, int d) {
  char buf[16];
  if (d > 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  else std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

bool Year(int y) { return y >= 1950 && y <= 2100; }
bool Day(int d) { return d >= 1 && d <= 31; }

}  // namespace

std::string DateFromText(std::string_view text, DateSource* source) {
  *source = DateSource::kNone;
  const std::vector<Word> w = Words(text, text.size());
  // Full dates anywhere: "7 मई 2019", "मई 2019", "2019-05-07", "07.05.2019".
  std::string latest;
  int latest_year = 0;  // of any year the text writes, for a dateline without one
  for (size_t i = 0; i < w.size(); ++i) {
    const int a = NumberOf(w[i].text);
    if (Year(a) && w[i].text.size() == 4) latest_year = std::max(latest_year, a);
    const int m = i + 1 < w.size() ? MonthOf(w[i + 1].text) : 0;
    const int y2 = i + 2 < w.size() ? NumberOf(w[i + 2].text) : -1;
    std::string date;
    if (Day(a) && m > 0 && Year(y2)) {
      date = Iso(y2, m, a);
    } else if (MonthOf(w[i].text) > 0 && i + 1 < w.size() && Year(NumberOf(w[i + 1].text)) &&
               (i == 0 || !Day(NumberOf(w[i - 1].text)))) {
      date = Iso(NumberOf(w[i + 1].text), MonthOf(w[i].text), 0);
    } else if (Year(a) && i + 2 < w.size()) {  // 2019-05-07
      const int mm = NumberOf(w[i + 1].text), dd = NumberOf(w[i + 2].text);
      if (mm >= 1 && mm <= 12 && Day(dd) && w[i + 1].start - w[i].start == 5) date = Iso(a, mm, dd);
    } else if (Day(a) && i + 2 < w.size()) {  // 07.05.2019
      const int mm = NumberOf(w[i + 1].text), yy = NumberOf(w[i + 2].text);
      if (mm >= 1 && mm <= 12 && Year(yy) && w[i + 1].text.size() <= 2) date = Iso(yy, mm, a);
    }
    if (date.empty()) continue;
    if (date > latest) latest = date;
  }
  // The dateline: a day and month near the start, after a place and a
  // comma or before the agency in brackets ("नई दिल्ली, 7 मई (भाषा)").
  const std::vector<Word> head = Words(text, 400);
  for (size_t i = 0; i + 1 < head.size() && i < 12; ++i) {
    const int d = NumberOf(head[i].text);
    const int m = MonthOf(head[i + 1].text);
    if (!Day(d) || m == 0) continue;
    const bool after_place = i > 0 && head[i - 1].comma_after;
    const bool before_agency = head[i + 1].paren_after || head[i + 1].comma_after;
    if (!after_place && !before_agency) continue;
    int y = i + 2 < head.size() ? NumberOf(head[i + 2].text) : -1;
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
