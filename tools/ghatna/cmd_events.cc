// ghatna events and ghatna stats: queries of an event store (docs/store.md).
#include <memory>

#include "command.h"
#include "ghatna/store.h"

namespace ghatna::cli::events_command {
namespace {

struct QueryFlags {
  std::string db;
  std::string source, target, dyad, root, from, to;
  int quad = 0;
  bool records = false, mentions = false, failures = false, explain = false;
  std::string format = "jsonl";
  std::string by = "month";
};

void AddFilters(CLI::App* app, QueryFlags* f) {
  app->add_option("--db", f->db, "The store: an SQLite file")->required();
  app->add_option("--source", f->source, "Source actor code (prefix: IND finds INDGOV)");
  app->add_option("--target", f->target, "Target actor code (prefix)");
  app->add_option("--dyad", f->dyad, "SOURCE,TARGET: both at once (prefixes)");
  app->add_option("--from", f->from, "First date (YYYY-MM-DD), inclusive");
  app->add_option("--to", f->to, "Last date (YYYY-MM-DD), inclusive");
}

// Fills q from the flags; false (after reporting) on a bad value.
bool ToQuery(const QueryFlags& f, EventQuery* q) {
  q->source = f.source;
  q->target = f.target;
  if (!f.dyad.empty()) {
    const size_t comma = f.dyad.find(',');
    if (comma == std::string::npos || (!f.source.empty() || !f.target.empty())) {
      ReportError("--dyad: want SOURCE,TARGET (and no --source or --target), not " + f.dyad);
      return false;
    }
    q->source = f.dyad.substr(0, comma);
    q->target = f.dyad.substr(comma + 1);
  }
  q->root = f.root;
  q->quad_class = f.quad;
  q->from = f.from;
  q->to = f.to;
  return true;
}

Runner SetUpEvents(CLI::App* app) {
  auto f = std::make_shared<QueryFlags>();
  AddFilters(app, f.get());
  app->add_option("--root", f->root, "CAMEO root code (two digits: 19)");
  app->add_option("--quad", f->quad, "Quad class 1-4")->check(CLI::Range(1, 4));
  auto* rec = app->add_flag("--records", f->records, "Deduplicated event records");
  auto* men = app->add_flag("--mentions", f->mentions, "Per-article events, as ghatna code writes them (default)");
  auto* fai = app->add_flag("--failures", f->failures, "The inputs that failed, FILE:LINE: reason, one a line");
  rec->excludes(men, fai);
  men->excludes(fai);
  app->add_flag("--explain", f->explain, "Per-article events: add the pattern and rules");
  app->add_option("--format", f->format, "Output format")->check(CLI::IsMember({"jsonl", "json", "tsv", "csv"}));
  return [f]() {
    EventQuery q;
    if (!ToQuery(*f, &q)) return kExitUsage;
    q.explain = f->explain;
    q.with_mentions = true;
    auto store = EventStore::Open(f->db, /*create=*/false);
    if (!store.ok()) {
      ReportError(store.status().ToString());
      return kExitInput;
    }
    Output out;
    if (f->failures) {
      auto failures = (*store)->Failures();
      if (!failures.ok()) {
        ReportError(f->db + ": " + failures.status().ToString());
        return kExitInput;
      }
      for (const std::string& m : *failures) out.buffer() += m + "\n";
      return kExitOk;
    }
    const bool csv = f->format == "csv", tsv = f->format == "tsv" || csv;
    std::string line;
    auto emit = [&](std::string& l) {
      out.buffer() += csv ? TsvLineToCsv(l) : l;
      l.clear();
      out.MaybeFlush();
    };
    Status st;
    if (f->records) {
      if (tsv) {
        AppendRecordTsvHeader(&line);
        emit(line);
      }
      st = (*store)->QueryRecords(q, [&](const EventRecord& r) {
        if (tsv) AppendRecordTsv(r, &line);
        else AppendRecordJson(r, &line);
        emit(line);
      });
    } else {
      if (tsv) {
        AppendEventTsvHeader(&line);
        emit(line);
      }
      st = (*store)->QueryEvents(q, [&](const Event& e) {
        if (tsv) AppendEventTsv(e, &line);
        else AppendEventJson(e, f->explain, &line);
        emit(line);
      });
    }
    out.Flush();
    if (!st.ok()) {
      ReportError(f->db + ": " + st.ToString());
      return kExitInput;
    }
    return kExitOk;
  };
}

Runner SetUpStats(CLI::App* app) {
  auto f = std::make_shared<QueryFlags>();
  AddFilters(app, f.get());
  app->add_option("--by", f->by, "Period: day, week (from Monday) or month")
      ->check(CLI::IsMember({"day", "week", "month"}));
  app->add_option("--format", f->format, "Output format")->check(CLI::IsMember({"jsonl", "json", "tsv", "csv"}));
  return [f]() {
    EventQuery q;
    if (!ToQuery(*f, &q)) return kExitUsage;
    auto store = EventStore::Open(f->db, /*create=*/false);
    if (!store.ok()) {
      ReportError(store.status().ToString());
      return kExitInput;
    }
    auto rows = (*store)->Stats(q, f->by);
    if (!rows.ok()) {
      ReportError(f->db + ": " + rows.status().ToString());
      return kExitInput;
    }
    Output out;
    const bool csv = f->format == "csv", tsv = f->format == "tsv" || csv;
    std::string line;
    if (tsv) AppendStatsTsvHeader(&line);
    for (const StatsRow& r : *rows) {
      if (tsv) AppendStatsTsv(r, &line);
      else AppendStatsJson(r, &line);
    }
    out.buffer() += csv ? TsvToCsv(line) : line;
    out.Flush();
    return kExitOk;
  };
}

const bool kEvents = RegisterCommand(
    {"events", "Query an event store: per-article events or deduplicated records", &SetUpEvents});
const bool kStats = RegisterCommand(
    {"stats", "Counts of a store's events per period and quad class, mean Goldstein", &SetUpStats});

}  // namespace
}  // namespace ghatna::cli::events_command
