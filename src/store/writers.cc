// Writers for event records and stats (docs/store.md).
#include <cstdio>

#include "ghatna/io.h"
#include "ghatna/store.h"

namespace ghatna {
namespace {

std::string Number(double v, const char* fmt = "%.1f") {
  char buf[32];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

void Tsv(const std::string& s, std::string* out) {
  for (char c : s) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

// As ghatna code's TSV: "RUSGOV" -> country "RUS", type "GOV"; IGO and NGO
// codes have no country.
void ActorColumns(const std::string& code, std::string* out) {
  const bool org = code.rfind("IGO", 0) == 0 || code.rfind("NGO", 0) == 0;
  out->append("\t").append(org || code.size() < 3 ? (org ? "" : code) : code.substr(0, 3));
  out->append("\t").append(org || code.size() <= 3 ? "" : code.substr(3, 3));
}

std::string RecordId(const EventRecord& r) {
  return r.date + ":" + r.source + ":" + r.code + ":" + r.target;
}

void AppendOffsets(const char* name, const EventSpan& s, std::string* out) {
  out->append(",\"").append(name).append("\":{\"text\":");
  AppendJsonString(s.text, out);
  out->append(",\"start\":").append(std::to_string(s.start));
  out->append(",\"end\":").append(std::to_string(s.end)).append("}");
}

}  // namespace

void AppendRecordJson(const EventRecord& r, std::string* out) {
  out->append("{\"record_id\":");
  AppendJsonString(RecordId(r), out);
  out->append(",\"date\":");
  AppendJsonString(r.date, out);
  out->append(",\"source\":");
  AppendJsonString(r.source, out);
  out->append(",\"target\":");
  AppendJsonString(r.target, out);
  out->append(",\"code\":");
  AppendJsonString(r.code, out);
  out->append(",\"root_code\":");
  AppendJsonString(r.root_code, out);
  out->append(",\"quad_class\":").append(std::to_string(r.quad_class));
  out->append(",\"goldstein\":").append(Number(r.goldstein));
  out->append(",\"num_mentions\":").append(std::to_string(r.num_mentions));
  out->append(",\"num_articles\":").append(std::to_string(r.num_articles));
  out->append(",\"num_sources\":").append(std::to_string(r.num_sources));
  out->append(",\"first_seen\":");
  AppendJsonString(r.first_seen, out);
  out->append(",\"last_seen\":");
  AppendJsonString(r.last_seen, out);
  out->append(",\"mentions\":[");
  for (size_t i = 0; i < r.mentions.size(); ++i) {
    const Event& e = r.mentions[i];
    if (i) out->push_back(',');
    out->append("{\"doc_id\":");
    AppendJsonString(e.doc_id, out);
    out->append(",\"sentence\":").append(std::to_string(e.sentence));
    AppendOffsets("source", e.source, out);
    AppendOffsets("target", e.target, out);
    AppendOffsets("trigger", e.trigger, out);
    out->append("}");
  }
  out->append("]}\n");
}

void AppendRecordTsvHeader(std::string* out) {
  out->append(
      "GLOBALEVENTID\tSQLDATE\tActor1Code\tActor1CountryCode\tActor1Type1Code\tActor2Code\t"
      "Actor2CountryCode\tActor2Type1Code\tEventCode\tEventBaseCode\tEventRootCode\tQuadClass\t"
      "GoldsteinScale\tNumMentions\tNumSources\tNumArticles\tFirstSeen\tLastSeen\tMentions\n");
}

void AppendRecordTsv(const EventRecord& r, std::string* out) {
  Tsv(RecordId(r), out);
  out->append("\t");
  for (char c : r.date)
    if (c != '-') out->push_back(c);
  out->append("\t");
  Tsv(r.source, out);
  ActorColumns(r.source, out);
  out->append("\t");
  Tsv(r.target, out);
  ActorColumns(r.target, out);
  out->append("\t").append(r.code);
  out->append("\t").append(r.code.substr(0, std::min<size_t>(3, r.code.size())));
  out->append("\t").append(r.root_code);
  out->append("\t").append(std::to_string(r.quad_class));
  out->append("\t").append(Number(r.goldstein));
  out->append("\t").append(std::to_string(r.num_mentions));
  out->append("\t").append(std::to_string(r.num_sources));
  out->append("\t").append(std::to_string(r.num_articles));
  out->append("\t");
  Tsv(r.first_seen, out);
  out->append("\t");
  Tsv(r.last_seen, out);
  out->append("\t");
  // doc:sentence of each supporting mention, space-separated.
  for (size_t i = 0; i < r.mentions.size(); ++i) {
    if (i) out->push_back(' ');
    Tsv(r.mentions[i].doc_id + ":" + std::to_string(r.mentions[i].sentence), out);
  }
  out->append("\n");
}

void AppendStatsJson(const StatsRow& r, std::string* out) {
  out->append("{\"period\":");
  AppendJsonString(r.period, out);
  out->append(",\"quad_class\":").append(std::to_string(r.quad_class));
  out->append(",\"events\":").append(std::to_string(r.events));
  out->append(",\"records\":").append(std::to_string(r.records));
  out->append(",\"mean_goldstein\":").append(Number(r.mean_goldstein, "%.2f")).append("}\n");
}

void AppendStatsTsvHeader(std::string* out) {
  out->append("period\tquad_class\tevents\trecords\tmean_goldstein\n");
}

void AppendStatsTsv(const StatsRow& r, std::string* out) {
  Tsv(r.period, out);
  out->append("\t").append(std::to_string(r.quad_class));
  out->append("\t").append(std::to_string(r.events));
  out->append("\t").append(std::to_string(r.records));
  out->append("\t").append(Number(r.mean_goldstein, "%.2f")).append("\n");
}

std::string TsvToCsv(std::string_view tsv) {
  std::string out;
  size_t start = 0;
  while (start < tsv.size()) {
    size_t nl = tsv.find('\n', start);
    if (nl == std::string_view::npos) nl = tsv.size();
    out += TsvLineToCsv(tsv.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

std::string TsvLineToCsv(std::string_view line) {
  if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
  std::string out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    const std::string_view f =
        line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    if (start > 0) out.push_back(',');
    if (f.find_first_of(",\"\r\n") != std::string_view::npos) {
      out.push_back('"');
      for (char c : f) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
      }
      out.push_back('"');
    } else {
      out.append(f);
    }
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  out.push_back('\n');
  return out;
}

}  // namespace ghatna
