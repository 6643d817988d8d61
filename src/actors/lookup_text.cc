// What the dictionary says of a form, and its validator's issues, as the
// commands print them (ghatna/actors.h).
#include <cstdio>
#include <string>
#include <vector>

#include "ghatna/actors.h"
#include "ghatna/io.h"
#include "ghatna/text.h"

namespace ghatna {
namespace {

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string DateString(int32_t d, bool end) {
  if ((!end && d == 0) || (end && d == 99999999)) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

// "IND;INDGOV@2014-05-26..2024-06-09"
std::string CodesString(const ActorEntry& e) {
  std::string s;
  for (const DatedCode& dc : e.codes) {
    if (!s.empty()) s += ";";
    s += dc.code;
    if (dc.from != 0 || dc.to != 99999999) {
      s += '@';
      s += DateString(dc.from, false);
      s += "..";
      s += DateString(dc.to, true);
    }
  }
  return s;
}

}  // namespace

std::string ActorLookupText(const ActorDictionary& dict, const std::string& text,
                            const std::string& date) {
  std::string b;
  std::vector<ActorLookupHit> hits = dict.Lookup(text);
  if (hits.empty()) b += text + ": not in the dictionary\n";
  for (const ActorLookupHit& h : hits) {
    const ActorEntry& e = *h.entry;
    b += e.location + "\t" + ActorFileName(e.file) + "\t" + h.form_type;
    if (h.inflected) b += " (inflected)";
    if (h.loose) b += " (vowel-folded)";
    b += "\t" + CodesString(e);
    double conf;
    const std::string code = ActorDictionary::CodeOn(e, date, &conf);
    b += "\ton " + (date.empty() ? std::string("unknown date") : date) + ": " +
         (code.empty() ? "-" : code) + " (" + Fixed(conf) + ")";
    if (!e.note.empty()) b += "\t" + e.note;
    b += "\n";
  }
  // What the recogniser makes of the text on its own.
  Document doc;
  doc.id = "lookup";
  doc.text = text;
  doc.date = date;
  AnalyzeText(&doc);
  for (const ActorMention& m : ActorRecognizer(dict).Recognize(doc, {})) {
    b += "recognised: " + m.text + " -> " + (m.code.empty() ? "-" : m.code) + " (" +
         MatchHowName(m.how) + ", " + Fixed(m.confidence) + ", " +
         (m.entry.empty() ? "-" : m.entry) + ")\n";
  }
  return b;
}

std::string ActorCheckText(const std::vector<ActorCheckIssue>& issues, bool errors_only,
                           int* errors, int* warnings) {
  std::string b;
  for (const ActorCheckIssue& i : issues) {
    ++*(i.error ? errors : warnings);
    if (!i.error && errors_only) continue;
    b += PrintableMessage(i.location + ": " + (i.error ? "error: " : "warning: ") + i.reason) + "\n";
  }
  return b;
}

}  // namespace ghatna
