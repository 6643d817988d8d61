#include "morph/lexicon.h"

#include <string>
#include <utility>

#include "ghatna/morph.h"
#include "text/unicode.h"

namespace ghatna::morph {
namespace {

constexpr std::string_view kAa = "\xE0\xA4\xBE";  // ा (vowel sign aa)
constexpr std::string_view kNa = "ना";

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Splits `line` at tabs.
std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(start));
      return out;
    }
    out.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

// Calls fn(line_number, line) for every non-empty, non-comment line, with a
// trailing CR removed. Stops at the first non-ok status fn returns, or with
// `errors`, adds it there and goes on.
template <typename Fn>
Status ForEachLine(std::string_view text, DataErrors* errors, Fn fn) {
  size_t pos = 0;
  int line_no = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    Status s = fn(line_no, line);
    if (s.ok()) continue;
    if (errors == nullptr) return s;
    errors->Add(s.message());
  }
  return Status::Ok();
}

Status LineError(std::string_view origin, int line, const std::string& reason) {
  return Status::InvalidInput(std::string(origin) + ":" + std::to_string(line) + ": " + reason);
}

// A UD feature string: "_" or Name=Value pairs joined by "|" (placeholders
// "?" and "@" allowed as values).
bool ValidFeats(std::string_view f) {
  if (f == "_") return true;
  if (f.empty()) return false;
  size_t start = 0;
  while (start <= f.size()) {
    size_t bar = f.find('|', start);
    if (bar == std::string_view::npos) bar = f.size();
    const std::string_view pair = f.substr(start, bar - start);
    const size_t eq = pair.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 == pair.size()) return false;
    start = bar + 1;
    if (bar == f.size()) break;
  }
  return true;
}

bool HasSpace(std::string_view s) {
  return s.find(' ') != std::string_view::npos || s.empty();
}

uint16_t ParseRuleClass(std::string_view name) {
  if (name == "NOUN") return kNoun;
  if (name == "NM") return kNM;
  if (name == "NF") return kNF;
  if (name == "NMA") return kNMA;
  if (name == "ADJ") return kAdj;
  if (name == "ADJA") return kAdjA;
  if (name == "VERB") return kVerb;
  if (name == "PROPN") return kPropn;
  if (name == "ADV") return kAdv;
  if (name == "NUM") return kNum;
  return 0;
}

}  // namespace

uint16_t ParseOpenClass(std::string_view name, std::string_view lemma) {
  const bool aa = EndsWith(lemma, kAa);
  if (name == "NOUN-m") return aa ? (kNM | kNMA) : kNM;
  if (name == "NOUN-m-inv") return kNM;
  if (name == "NOUN-f") return kNF;
  if (name == "ADJ") return aa ? (kAdj | kAdjA) : kAdj;
  if (name == "ADJ-inv") return kAdj;
  if (name == "VERB") return EndsWith(lemma, kNa) ? kVerb : 0;
  if (name == "PROPN") return kPropn;
  if (name == "PROPN-geo") return kPropn | kGeo;
  if (name == "ADV") return kAdv;
  if (name == "NUM") return kNum;
  return 0;
}

Status Lexicon::ParseClosed(std::string_view text, std::string_view origin, DataErrors* errors) {
  return ForEachLine(text, errors, [&](int line_no, std::string_view line) -> Status {
    const auto cols = SplitTabs(line);
    if (cols.size() != 4) {
      return LineError(origin, line_no, "expected 4 tab-separated columns, got " +
                                            std::to_string(cols.size()));
    }
    if (cols[0].empty() || cols[1].empty()) return LineError(origin, line_no, "empty form or lemma");
    const Upos upos = ParseUpos(cols[2]);
    if (upos == Upos::kX && cols[2] != "X") {
      return LineError(origin, line_no, "unknown UPOS '" + std::string(cols[2]) + "'");
    }
    if (!ValidFeats(cols[3])) {
      return LineError(origin, line_no, "bad feature string '" + std::string(cols[3]) + "'");
    }
    auto& readings = closed_[std::string(cols[0])];
    for (const Reading& r : readings) {
      if (r.lemma == cols[1] && r.upos == upos) {
        return LineError(origin, line_no, "duplicate reading of '" + std::string(cols[0]) + "'");
      }
    }
    readings.push_back({std::string(cols[1]), upos, std::string(cols[3])});
    return Status::Ok();
  });
}

Status Lexicon::ParseOpen(std::string_view text, std::string_view origin, LexSource source,
                          DataErrors* errors) {
  return ForEachLine(text, errors, [&](int line_no, std::string_view line) -> Status {
    const auto cols = SplitTabs(line);
    if (cols.size() != 2) {
      return LineError(origin, line_no, "expected LEMMA<TAB>CLASSES, got " +
                                            std::to_string(cols.size()) + " columns");
    }
    if (cols[0].empty()) return LineError(origin, line_no, "empty lemma");
    uint16_t bits = 0;
    size_t start = 0;
    while (start <= cols[1].size()) {
      size_t comma = cols[1].find(',', start);
      if (comma == std::string_view::npos) comma = cols[1].size();
      const std::string_view name = cols[1].substr(start, comma - start);
      const uint16_t c = ParseOpenClass(name, cols[0]);
      if (c == 0) {
        return LineError(origin, line_no, "unknown class '" + std::string(name) +
                                              "' (NOUN-m, NOUN-m-inv, NOUN-f, ADJ, ADJ-inv, "
                                              "VERB (lemma in -ना), PROPN, PROPN-geo, ADV, NUM)");
      }
      bits |= c;
      start = comma + 1;
    }
    std::string lemma(cols[0]);
    if (source == LexSource::kOwn) {
      if (own_.insert(lemma).second) open_[lemma] = 0;
      open_[lemma] |= bits;
    } else if (!own_.count(lemma)) {
      open_[lemma] |= bits;
    }
    return Status::Ok();
  });
}

Status Lexicon::ParseSuffixes(std::string_view text, std::string_view origin, DataErrors* errors) {
  return ForEachLine(text, errors, [&](int line_no, std::string_view line) -> Status {
    const auto cols = SplitTabs(line);
    if (cols.size() != 5) {
      return LineError(origin, line_no, "expected 5 tab-separated columns, got " +
                                            std::to_string(cols.size()));
    }
    SuffixRule rule;
    rule.suffix = cols[0] == "-" ? "" : std::string(cols[0]);
    rule.replace = cols[1] == "-" ? "" : std::string(cols[1]);
    if (cols[2] == "GUESS") {
      rule.guess = true;
    } else {
      rule.classes = ParseRuleClass(cols[2]);
      if (rule.classes == 0) {
        return LineError(origin, line_no, "unknown class '" + std::string(cols[2]) + "'");
      }
    }
    rule.upos = ParseUpos(cols[3]);
    if (rule.upos == Upos::kX) {
      return LineError(origin, line_no, "unknown UPOS '" + std::string(cols[3]) + "'");
    }
    if (!ValidFeats(cols[4])) {
      return LineError(origin, line_no, "bad feature string '" + std::string(cols[4]) + "'");
    }
    rule.feats = std::string(cols[4]);
    if (rule.guess && rule.suffix.empty()) {
      return LineError(origin, line_no, "a GUESS rule needs a suffix");
    }
    rules_.push_back(std::move(rule));
    return Status::Ok();
  });
}

size_t Lexicon::ParseApertiumDix(std::string_view text) {
  // Entries look like: <e lm="लड़का"><i>लड़क</i><par n="ध/ा__n_m"/></e>
  size_t added = 0;
  size_t pos = 0;
  while ((pos = text.find("<e lm=\"", pos)) != std::string_view::npos) {
    pos += 7;
    const size_t lm_end = text.find('"', pos);
    if (lm_end == std::string_view::npos) break;
    const std::string_view lm = text.substr(pos, lm_end - pos);
    const size_t e_end = text.find("</e>", lm_end);
    if (e_end == std::string_view::npos) break;
    const std::string_view body = text.substr(lm_end, e_end - lm_end);
    pos = e_end;
    const size_t par = body.find("<par n=\"");
    if (par == std::string_view::npos || HasSpace(lm)) continue;
    const size_t par_end = body.find('"', par + 8);
    if (par_end == std::string_view::npos) continue;
    const std::string_view pn = body.substr(par + 8, par_end - par - 8);
    const size_t sep = pn.find("__");
    if (sep == std::string_view::npos) continue;
    const std::string_view stem_part = pn.substr(0, sep);
    const std::string_view tag = pn.substr(sep + 2);
    // A paradigm "X/ा" replaces a final ा: the word inflects in -आ.
    const bool inflects_aa = EndsWith(stem_part, "/ा") || EndsWith(stem_part, "/आ");
    uint16_t bits = 0;
    std::string lemma(lm);
    if (tag == "n_m") {
      bits = kNM | (inflects_aa ? kNMA : 0);
    } else if (tag == "n_f") {
      bits = kNF;
    } else if (tag == "adj") {
      bits = kAdj | (inflects_aa ? kAdjA : 0);
    } else if (tag.substr(0, 5) == "vblex" || tag.substr(0, 4) == "vaux") {
      bits = kVerb;
      lemma += kNa;
    } else if (tag == "np") {
      bits = kPropn;
    } else if (tag == "adv") {
      bits = kAdv;
    } else if (tag == "num") {
      bits = kNum;
    } else {
      continue;
    }
    if (own_.count(lemma)) continue;
    uint16_t& slot = open_[lemma];
    if (slot == 0) ++added;
    slot |= bits;
  }
  return added;
}

size_t Lexicon::ParseHunspellDic(std::string_view text) {
  size_t added = 0;
  bool first = true;
  ForEachLine(text, nullptr, [&](int, std::string_view line) -> Status {
    if (first) {
      first = false;
      if (!line.empty() && line[0] >= '0' && line[0] <= '9') return Status::Ok();
    }
    const size_t slash = line.find('/');
    if (slash != std::string_view::npos) line = line.substr(0, slash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (!line.empty() && words_.emplace(line).second) ++added;
    return Status::Ok();
  });
  return added;
}

const std::vector<Reading>* Lexicon::Closed(std::string_view form) const {
  auto it = closed_.find(form);
  if (it != closed_.end()) return &it->second;
  if (closed_canon_.empty()) return nullptr;
  std::string key;
  auto c = closed_canon_.find(CanonicalSpelling(form, &key) ? std::string_view(key) : form);
  return c == closed_canon_.end() ? nullptr : c->second;
}

uint16_t Lexicon::Classes(std::string_view lemma) const {
  auto it = open_.find(lemma);
  if (it != open_.end()) return it->second;
  // canon_ holds only the entries not spelled canonically, keyed by their
  // canonical spelling; canonically spelled entries are found in open_.
  std::string key;
  if (!CanonicalSpelling(lemma, &key)) {
    auto c = canon_.find(lemma);
    return c == canon_.end() ? 0 : c->second;
  }
  uint16_t bits = 0;
  if (auto o = open_.find(key); o != open_.end()) bits |= o->second;
  if (auto c = canon_.find(key); c != canon_.end()) bits |= c->second;
  return bits;
}

void Lexicon::Finish() {
  canon_.clear();
  closed_canon_.clear();
  std::string key;
  for (const auto& [form, readings] : closed_) {
    const std::string& k = CanonicalSpelling(form, &key) ? key : form;
    closed_canon_.emplace(k, &readings);  // the first spelling listed wins
  }
  for (const auto& [lemma, bits] : open_) {
    if (CanonicalSpelling(lemma, &key)) canon_[key] |= bits;
  }
}

bool CanonicalSpelling(std::string_view s, std::string* out) {
  // Nukta dropped, chandrabindu as anusvara (U+093C, U+0901: three bytes
  // each), then nasal clusters as anusvara (they need a virama, U+094D).
  // Nothing to change unless a nukta, a chandrabindu or a virama after a
  // nasal (ङ ञ ण न म) occurs: one pass over the bytes, no allocation.
  bool change = false;
  for (size_t i = 0; i + 2 < s.size() && !change; ++i) {
    if (static_cast<unsigned char>(s[i]) != 0xE0) continue;
    const auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
    if (b1 == 0xA4 && (b2 == 0xBC || b2 == 0x81)) change = true;
    if (b1 == 0xA5 && b2 == 0x8D && i >= 3 && static_cast<unsigned char>(s[i - 3]) == 0xE0 &&
        static_cast<unsigned char>(s[i - 2]) == 0xA4) {
      const auto n = static_cast<unsigned char>(s[i - 1]);
      change = n == 0x99 || n == 0x9E || n == 0xA3 || n == 0xA8 || n == 0xAE;  // ङ ञ ण न म
    }
  }
  if (!change) return false;
  std::string r;
  r.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, 3, "\xE0\xA4\xBC") == 0) { i += 3; continue; }
    if (s.compare(i, 3, "\xE0\xA4\x81") == 0) { r += "\xE0\xA4\x82"; i += 3; continue; }
    r.push_back(s[i]);
    ++i;
  }
  text::FoldNasalClusters(&r, /*stops_only=*/false);
  if (r == s) return false;
  *out = std::move(r);
  return true;
}

bool Lexicon::InWordList(std::string_view form) const {
  return words_.find(form) != words_.end();
}

}  // namespace ghatna::morph
