// Output writers for coded events: JSON lines, GDELT-style TSV, PLOVER JSON,
// and the readable table of `ghatna demo`.
// The schema is documented in docs/output.md.
#include <algorithm>
#include <cstdio>
#include <string_view>

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
// A code that is not ASCII (never one of the dictionary's) is not split.
std::pair<std::string, std::string> SplitActor(const std::string& code) {
  const bool ascii = std::all_of(code.begin(), code.end(), [](char c) { return (c & 0x80) == 0; });
  if (code.rfind("IGO", 0) == 0 || code.rfind("NGO", 0) == 0 || code.size() <= 3 || !ascii)
    return {code, ""};
  return {code.substr(0, 3), code.substr(3, 3)};
}

// Display width of a UTF-8 string, approximately: code points that are not
// combining marks (Devanagari vowel signs, virama, nukta, anusvara).
int Width(const std::string& s) {
  int w = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    const bool combining = (cp >= 0x0900 && cp <= 0x0903) || (cp >= 0x093A && cp <= 0x094F) ||
                           (cp >= 0x0951 && cp <= 0x0957) || cp == 0x0962 || cp == 0x0963 ||
                           cp == 0x200C || cp == 0x200D;
    if (!combining) ++w;
    i += len;
  }
  return w;
}

// `s` without what a terminal would act on rather than show: C0 and C1
// control characters (escape sequences, line breaks, tabs become a space)
// and the bidirectional embedding and isolate controls.
std::string Printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const auto next = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
    if (c == '\t' || c == '\n' || c == '\r') {
      out.push_back(' ');
    } else if (c < 0x20 || c == 0x7F) {
      continue;
    } else if (c == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) {
      ++i;  // C1 controls U+0080..U+009F
    } else if (c == 0xE2 && next(1) == 0x80 && next(2) >= 0xAA && next(2) <= 0xAE) {
      i += 2;  // U+202A..U+202E
    } else if (c == 0xE2 && next(1) == 0x81 && next(2) >= 0xA6 && next(2) <= 0xA9) {
      i += 2;  // U+2066..U+2069
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string Pad(const std::string& s, int width) {
  int w = Width(s);
  return s + std::string(std::max(0, width - w), ' ');
}

std::string Clip(const std::string& s, int width) {
  if (Width(s) <= width) return s;
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    std::string next = out + s.substr(i, len);
    if (Width(next) > width - 1) break;
    out = next;
    i += len;
  }
  return out + "…";
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
  // Every field through AppendTsvField: a tab, a line break or a control
  // character in an id or a text must not add a column or a row.
  bool first = true;
  auto field = [&](std::string_view v) {
    if (!first) out->push_back('\t');
    first = false;
    AppendTsvField(v, out);
  };
  auto offsets = [](uint32_t a, uint32_t b) { return std::to_string(a) + "-" + std::to_string(b); };
  field(e.doc_id + ":" + std::to_string(e.sentence) + ":" + e.source.code + ":" + e.code + ":" + e.target.code);
  field(date);
  field(e.source.code);
  field(e.source.text);
  field(c1.rfind("IGO", 0) == 0 || c1.rfind("NGO", 0) == 0 ? "" : c1);
  field(t1);
  field(e.target.code);
  field(e.target.text);
  field(c2.rfind("IGO", 0) == 0 || c2.rfind("NGO", 0) == 0 ? "" : c2);
  field(t2);
  field(e.sentence == 0 ? "1" : "0");
  field(e.code);
  size_t base = std::min<size_t>(3, e.code.size());  // not inside a UTF-8 character
  while (base > 0 && base < e.code.size() && (static_cast<unsigned char>(e.code[base]) & 0xC0) == 0x80) --base;
  field(e.code.substr(0, base));
  field(e.root_code);
  field(std::to_string(e.quad_class));
  field(Number(e.goldstein));
  field(e.doc_id);
  field(std::to_string(e.sentence));
  field(offsets(e.source.start, e.source.end));
  field(offsets(e.target.start, e.target.end));
  field(e.trigger.text);
  field(offsets(e.trigger.start, e.trigger.end));
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

void AppendEventTable(std::string_view doc_id, size_t sentences, const std::vector<Event>& events,
                      std::string* out) {
  std::string& b = *out;
  b.append("== ").append(Printable(doc_id));
  b.append(": ").append(std::to_string(sentences))
      .append(" sentences, ").append(std::to_string(events.size())).append(" events\n");
  if (!events.empty()) {
    b.append("  ").append(Pad("sent", 5)).append(Pad("source", 34)).append(Pad("event", 36))
        .append(Pad("target", 30)).append("trigger\n");
  }
  for (const Event& e : events) {
    std::string desc;
    CameoCodeInfo(e.code, nullptr, nullptr, nullptr, &desc);
    b.append("  ").append(Pad(std::to_string(e.sentence), 5));
    b.append(Pad(Clip(Printable(e.source.code + " " + e.source.text), 33), 34));
    b.append(Pad(Clip(e.code + " " + desc, 35), 36));
    b.append(Pad(Clip(Printable(e.target.code + " " + e.target.text), 29), 30));
    b.append(Printable(e.trigger.text)).append("\n");
  }
  b.append("\n");
}

}  // namespace ghatna
