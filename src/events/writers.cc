// Output writers for coded events: JSON lines, GDELT-style TSV, PLOVER JSON.
// The schema is documented in docs/output.md.
#include <cstdio>

#include "ghatna/events.h"
#include "ghatna/io.h"

namespace ghatna {
namespace {

void AppendSpan(const char* name, const EventSpan& s, bool with_code, std::string* out) {
  out->append(",\"").append(name).append("\":{");
  if (with_code) {
    out->append("\"code\":");
    AppendJsonString(s.code, out);
    out->append(",");
  }
  out->append("\"text\":");
  AppendJsonString(s.text, out);
  out->append(",\"start\":").append(std::to_string(s.start));
  out->append(",\"end\":").append(std::to_string(s.end));
  if (!s.how.empty()) {
    out->append(",\"how\":");
    AppendJsonString(s.how, out);
    // An implied agent has no mention that names it: no antecedent.
    if (!s.antecedent_text.empty()) {
      out->append(",\"antecedent\":{\"text\":");
      AppendJsonString(s.antecedent_text, out);
      out->append(",\"start\":").append(std::to_string(s.antecedent_start));
      out->append(",\"end\":").append(std::to_string(s.antecedent_end)).append("}");
    }
  }
  out->append("}");
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// "RUSGOV" -> ("RUS", "GOV"); "IGOUNO" -> ("IGOUNO", ""); "USA" -> ("USA", "").
std::pair<std::string, std::string> SplitActor(const std::string& code) {
  if (code.rfind("IGO", 0) == 0 || code.rfind("NGO", 0) == 0 || code.size() <= 3)
    return {code, ""};
  return {code.substr(0, 3), code.substr(3, 3)};
}

void Tsv(const std::string& s, std::string* out) {
  for (char c : s) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

}  // namespace

void AppendEventJson(const Event& e, bool explain, std::string* out) {
  out->append("{\"doc_id\":");
  AppendJsonString(e.doc_id, out);
  out->append(",\"date\":");
  AppendJsonString(e.date, out);
  out->append(",\"date_source\":");
  AppendJsonString(e.date_source, out);
  out->append(",\"sentence\":").append(std::to_string(e.sentence));
  AppendSpan("source", e.source, true, out);
  AppendSpan("target", e.target, true, out);
  out->append(",\"code\":");
  AppendJsonString(e.code, out);
  out->append(",\"root_code\":");
  AppendJsonString(e.root_code, out);
  out->append(",\"quad_class\":").append(std::to_string(e.quad_class));
  out->append(",\"goldstein\":").append(Number(e.goldstein));
  AppendSpan("trigger", e.trigger, false, out);
  out->append(",\"sentence_text\":");
  AppendJsonString(e.sentence_text, out);
  if (explain) {
    out->append(",\"pattern\":");
    AppendJsonString(e.pattern, out);
    out->append(",\"rules\":[");
    for (size_t i = 0; i < e.rules.size(); ++i) {
      if (i) out->push_back(',');
      AppendJsonString(e.rules[i], out);
    }
    out->append("]");
  }
  out->append("}\n");
}

void AppendEventTsvHeader(std::string* out) {
  out->append(
      "GLOBALEVENTID\tSQLDATE\tActor1Code\tActor1Name\tActor1CountryCode\tActor1Type1Code\t"
      "Actor2Code\tActor2Name\tActor2CountryCode\tActor2Type1Code\tIsRootEvent\tEventCode\t"
      "EventBaseCode\tEventRootCode\tQuadClass\tGoldsteinScale\tSOURCEURL\tSentence\t"
      "Actor1Offsets\tActor2Offsets\tTrigger\tTriggerOffsets\n");
}

void AppendEventTsv(const Event& e, std::string* out) {
  auto [c1, t1] = SplitActor(e.source.code);
  auto [c2, t2] = SplitActor(e.target.code);
  std::string date;
  for (char c : e.date)
    if (c != '-') date.push_back(c);
  Tsv(e.doc_id + ":" + std::to_string(e.sentence) + ":" + e.source.code + ":" + e.code + ":" +
          e.target.code, out);
  out->append("\t").append(date).append("\t");
  Tsv(e.source.code, out);
  out->append("\t");
  Tsv(e.source.text, out);
  out->append("\t").append(c1.rfind("IGO", 0) == 0 || c1.rfind("NGO", 0) == 0 ? "" : c1);
  out->append("\t").append(t1).append("\t");
  Tsv(e.target.code, out);
  out->append("\t");
  Tsv(e.target.text, out);
  out->append("\t").append(c2.rfind("IGO", 0) == 0 || c2.rfind("NGO", 0) == 0 ? "" : c2);
  out->append("\t").append(t2);
  out->append("\t").append(e.sentence == 0 ? "1" : "0");
  out->append("\t").append(e.code);
  out->append("\t").append(e.code.substr(0, std::min<size_t>(3, e.code.size())));
  out->append("\t").append(e.root_code);
  out->append("\t").append(std::to_string(e.quad_class));
  out->append("\t").append(Number(e.goldstein));
  out->append("\t");
  Tsv(e.doc_id, out);
  out->append("\t").append(std::to_string(e.sentence));
  out->append("\t").append(std::to_string(e.source.start)).append("-").append(std::to_string(e.source.end));
  out->append("\t").append(std::to_string(e.target.start)).append("-").append(std::to_string(e.target.end));
  out->append("\t");
  Tsv(e.trigger.text, out);
  out->append("\t").append(std::to_string(e.trigger.start)).append("-").append(std::to_string(e.trigger.end));
  out->append("\n");
}

void AppendEventPlover(const Event& e, std::string* out) {
  std::string type, mode, context;
  PloverOf(e.code, &type, &mode, &context);
  out->append("{\"doc_id\":");
  AppendJsonString(e.doc_id, out);
  out->append(",\"date\":");
  AppendJsonString(e.date, out);
  out->append(",\"date_source\":");
  AppendJsonString(e.date_source, out);
  out->append(",\"sentence\":").append(std::to_string(e.sentence));
  out->append(",\"event_type\":");
  AppendJsonString(type, out);
  out->append(",\"mode\":");
  AppendJsonString(mode, out);
  out->append(",\"context\":");
  AppendJsonString(context, out);
  out->append(",\"cameo_code\":");
  AppendJsonString(e.code, out);
  AppendSpan("source", e.source, true, out);
  AppendSpan("target", e.target, true, out);
  AppendSpan("trigger", e.trigger, false, out);
  out->append("}\n");
}

}  // namespace ghatna
