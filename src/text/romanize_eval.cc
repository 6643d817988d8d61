// Evaluation of RomanizeHindi against a McGregor-style word list.
#include "ghatna/romanize_eval.h"

#include <cstdio>
#include <fstream>
#include <string>
#include <utility>

#include "ghatna/romanize.h"

namespace ghatna {
namespace {

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  size_t pos = 0;
  while ((pos = s->find(from, pos)) != std::string::npos) {
    s->replace(pos, from.size(), to);
    pos += to.size();
  }
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

bool HasDevanagari(std::string_view s) {
  // U+0900..U+097F is E0 A4 80 .. E0 A5 BF in UTF-8.
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xE0 &&
        (static_cast<unsigned char>(s[i + 1]) == 0xA4 ||
         static_cast<unsigned char>(s[i + 1]) == 0xA5)) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string CanonicalGold(std::string_view gold) {
  std::string s(Trim(gold));
  static constexpr std::pair<std::string_view, std::string_view> kRewrites[] = {
      {"a\u0302", "ā"}, {"â", "ā"}, {"î", "ī"}, {"û", "ū"}, {"ê", "e"}, {"ô", "o"},
      {"ï", "i"},       {"ě", "e"}, {"\u0302", ""}, {"\u030C", ""}, {"\u0308", ""},
      {"ʾ", ""},        {"ʿ", ""},  {"'", ""},      {"G", "ġ"},     {"K", "ḵẖ"},
      {"ẓ", "z"},
  };
  for (const auto& [from, to] : kRewrites) ReplaceAll(&s, from, to);
  return s;
}

bool GoldMatches(std::string_view predicted, std::string_view gold, bool strict) {
  static constexpr std::string_view kWeak = "ă";
  // dp[j]: gold[0, i) can produce predicted[0, j).
  std::vector<char> dp(predicted.size() + 1, 0), next(predicted.size() + 1, 0);
  dp[0] = 1;
  size_t i = 0;
  while (i < gold.size()) {
    std::fill(next.begin(), next.end(), 0);
    if (gold.compare(i, kWeak.size(), kWeak) == 0) {
      for (size_t j = 0; j <= predicted.size(); ++j) {
        if (!dp[j]) continue;
        if (!strict) next[j] = 1;
        if (j < predicted.size() && predicted[j] == 'a') next[j + 1] = 1;
      }
      i += kWeak.size();
    } else {
      for (size_t j = 0; j < predicted.size(); ++j) {
        if (dp[j] && predicted[j] == gold[i]) next[j + 1] = 1;
      }
      ++i;
    }
    std::swap(dp, next);
  }
  return dp[predicted.size()] != 0;
}

Result<RomanizeReport> EvaluateRomanizeCsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open file");
  RomanizeReport report;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::string_view view = Trim(line);
    if (view.empty()) continue;
    const size_t comma = view.find(',');
    if (comma == std::string_view::npos) {
      return Status::InvalidInput(path + ":" + std::to_string(line_no) +
                                  ": expected \"hindi,romanisation\", found no comma");
    }
    const std::string_view hindi = Trim(view.substr(0, comma));
    const std::string_view latin = Trim(view.substr(comma + 1));
    if (line_no == 1 && !HasDevanagari(hindi)) continue;  // header
    if (hindi.empty() || latin.empty()) {
      return Status::InvalidInput(path + ":" + std::to_string(line_no) + ": empty field");
    }
    const std::string gold = CanonicalGold(latin);
    const std::string predicted = RomanizeHindi(hindi);
    const bool lenient = GoldMatches(predicted, gold, false);
    const bool strict = lenient && GoldMatches(predicted, gold, true);
    for (RomanizeScore* score : {&report.all, line_no % 2 ? &report.odd : &report.even}) {
      ++score->words;
      score->lenient += lenient;
      score->strict += strict;
    }
    if (!lenient) {
      report.misses.push_back({line_no, std::string(hindi), std::string(latin), predicted});
    }
  }
  if (in.bad()) return Status::IoError(path + ": read error");
  return report;
}

std::string RomanizeReportText(const RomanizeReport& report, size_t misses) {
  std::string out;
  char buf[160];
  for (const auto& [name, s] : {std::pair<const char*, const RomanizeScore&>{"all", report.all},
                                {"even", report.even}, {"odd", report.odd}}) {
    std::snprintf(buf, sizeof buf,
                  "%-6s words %6zu  word-exact %6.2f%% (weak schwa ă optional)  %6.2f%% (ă = a)\n",
                  name, s.words, s.LenientPercent(), s.StrictPercent());
    out += buf;
  }
  for (size_t i = 0; i < report.misses.size() && i < misses; ++i) {
    const RomanizeMiss& m = report.misses[i];
    out += "miss\t" + std::to_string(m.line) + "\t" + m.hindi + "\t" + m.gold + "\t" + m.predicted + "\n";
  }
  return out;
}

}  // namespace ghatna
