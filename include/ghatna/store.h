// The event store: coded articles, their events and actor mentions kept in
// a database (SQLite), with GDELT-style event records that merge the same
// event reported by many articles, and the queries `ghatna events` and
// `ghatna stats` answer. Schema and dedup window: docs/store.md.
//
//   auto store = ghatna::EventStore::Open("events.db");          // Result<...>
//   ghatna::Ingester ingest(*pipeline, store->get(), {});
//   ingest.AddInputs({"news/"}); ingest.Finish();
//   (*store)->QueryEvents({.source = "IND"}, [](const ghatna::Event& e) { ... });
//
// Writes are batched into transactions: an article is stored whole (with
// its events, mentions and the records they support) or not at all, so a
// killed ingest loses no committed article and leaves none half-written.
// An EventStore is not thread-safe; use one per thread.
#ifndef GHATNA_STORE_H_
#define GHATNA_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "ghatna/actors.h"
#include "ghatna/document.h"
#include "ghatna/events.h"
#include "ghatna/io.h"
#include "ghatna/pipeline.h"
#include "ghatna/status.h"

namespace ghatna {

// One coded article as stored.
struct StoredArticle {
  std::string key;         // "id:ID" when the input named the id, else "sha:HASH" of the text
  std::string doc_id;
  std::string input_date;  // the date the input gave (or --date); "" if none
  std::string date;        // the date the pipeline used (input, dateline or text)
  std::string date_source;
  std::string published;   // the input's timestamp, else `date`
  std::string title, url, outlet, origin;
  std::string text;
  std::vector<Event> events;
  std::vector<ActorMention> mentions;
};

// Which coder wrote an event: recorded with each one.
struct CoderVersion {
  std::string ghatna_version;  // GhatnaVersion()
  std::string data_checksum;   // DataChecksum(data_dir)
};

// A GDELT-style event record: all events of one day with the same source,
// target and event code, from any number of articles.
struct EventRecord {
  int64_t id = 0;
  std::string date;  // the day (or "YYYY-MM", or "" for undated articles)
  std::string source, target, code, root_code;
  int quad_class = 0;
  double goldstein = 0;
  int num_mentions = 0;  // supporting per-article events
  int num_articles = 0;  // distinct articles
  int num_sources = 0;   // distinct outlets (articles without one are not counted)
  std::string first_seen, last_seen;  // earliest and latest supporting article (published)
  std::vector<Event> mentions;  // with EventQuery::with_mentions: the supporting events
};

// Filters of `ghatna events` and `ghatna stats`. Actor codes match by prefix
// ("IND" finds "INDGOV"); empty means any. Dates are inclusive ISO dates.
struct EventQuery {
  std::string source, target;
  std::string root;   // "19"
  int quad_class = 0; // 0: any
  std::string from, to;
  bool with_mentions = false;  // records: fill EventRecord::mentions
  bool explain = false;        // events: fill pattern and rules
  // Pages of a query (ghatna serve): skip `offset` events or records, then
  // return at most `limit` of them (0: all).
  int64_t limit = 0;
  int64_t offset = 0;
};

struct StatsRow {
  std::string period;  // day "2024-03-01", week (its Monday) "2024-02-26", month "2024-03"
  int quad_class = 0;
  int64_t events = 0;    // per-article events
  int64_t records = 0;   // deduplicated records
  double mean_goldstein = 0;  // over the events
};

struct WriteCounts {
  int64_t added = 0;      // new articles
  int64_t replaced = 0;   // articles re-coded (replace = true)
  int64_t unchanged = 0;  // already stored, left alone
  int64_t events = 0;
  int64_t mentions = 0;
};

class EventStore {
 public:
  // Opens the store at `url`: a file path for SQLite (WAL mode), created if
  // `create`; or "postgresql://..." (libpq's URI: user, host or socket
  // directory, database), whose tables are created if missing. Errors name
  // the store and the reason.
  static Result<std::unique_ptr<EventStore>> Open(const std::string& url, bool create = true);
  // As Open, for queries only: SQLite opened read-only, a PostgreSQL session
  // whose transactions are read-only; the schema is checked, never created.
  static Result<std::unique_ptr<EventStore>> OpenReadOnly(const std::string& url);
  virtual ~EventStore() = default;

  virtual Result<bool> HasArticle(const std::string& key) = 0;
  // Stores `articles` and `failures` ("FILE:LINE: reason" messages) in one
  // transaction and updates the records their events support. An article
  // already stored is left alone, unless `replace`: then its events and
  // mentions are replaced by these. Nothing is written on failure.
  virtual Result<WriteCounts> Write(const std::vector<StoredArticle>& articles,
                                    const std::vector<std::string>& failures, bool replace,
                                    const CoderVersion& version) = 0;
  // Every stored article (without events), in storage order.
  virtual Status ForEachArticle(const std::function<Status(StoredArticle&)>& fn) = 0;

  // The article with id `doc_id` (key "id:DOC_ID" first, else the first
  // stored with that doc_id), with its events in article order (pattern and
  // rules filled); false if there is none.
  virtual Result<bool> FindArticle(const std::string& doc_id, StoredArticle* out) = 0;

  // Per-article events matching `q`, in storage order (article, then event).
  virtual Status QueryEvents(const EventQuery& q, const std::function<void(const Event&)>& fn) = 0;
  // Records matching `q`, by date, source, target, code.
  virtual Status QueryRecords(const EventQuery& q,
                              const std::function<void(const EventRecord&)>& fn) = 0;
  // Counts per period ("day", "week", "month") and quad class.
  virtual Result<std::vector<StatsRow>> Stats(const EventQuery& q, const std::string& by) = 0;
  // Recorded failures, oldest first.
  virtual Result<std::vector<std::string>> Failures() = 0;
  // The coders (version, data checksum) that wrote the stored events, sorted.
  virtual Result<std::vector<CoderVersion>> CoderVersions() = 0;
};

// Record writers, one line each ending in "\n" (docs/store.md): JSON
// lines with the supporting mentions, GDELT-style TSV. The record id is
// "DATE:SOURCE:CODE:TARGET", the same whichever order articles arrived in.
void AppendRecordJson(const EventRecord& r, std::string* out);
void AppendRecordTsvHeader(std::string* out);
void AppendRecordTsv(const EventRecord& r, std::string* out);
// Stats rows: JSON line, or TSV (with header).
void AppendStatsJson(const StatsRow& r, std::string* out);
void AppendStatsTsvHeader(std::string* out);
void AppendStatsTsv(const StatsRow& r, std::string* out);
// One TSV line (fields without tabs, as the writers make them) as CSV
// (RFC 4180 quoting: fields with a comma, quote or line break are quoted;
// lines end in "\n").
std::string TsvLineToCsv(std::string_view tsv_line);
// The same for every line of `tsv`.
std::string TsvToCsv(std::string_view tsv);

// "0.1.0": the version stored with each event.
std::string GhatnaVersion();
// A hash of every file under data_dir (names and contents): which
// dictionaries coded an event. 32 hex digits.
Result<std::string> DataChecksum(const std::string& data_dir);
// 128-bit hash of `text` as 32 hex digits (article keys of unnamed articles).
std::string TextHash(std::string_view text);

struct IngestOptions {
  InputOptions input;
  int threads = 0;      // coding threads, 0: all cores
  bool recode = false;  // re-code articles already stored and replace their events
  size_t commit_articles = 64;  // articles per transaction (also committed every second)
  std::string data_dir;         // for the data checksum
  // Called with each bad input ("FILE:LINE: reason"), before it is recorded.
  std::function<void(const Status&)> on_error;
  // Called after each commit and each input file.
  std::function<void()> on_progress;
};

struct IngestCounts {
  int64_t read = 0;      // articles read
  int64_t added = 0;
  int64_t recoded = 0;
  int64_t skipped = 0;   // already stored
  int64_t failed = 0;    // bad lines or files
  int64_t events = 0;    // events written
  uint64_t bytes = 0;    // input bytes read (uncompressed)
};

// Reads inputs, codes them with the pipeline (BatchCoder: the same code path
// as `ghatna code`) and writes them to the store.
class Ingester {
 public:
  Ingester(const Pipeline& pipeline, EventStore* store, IngestOptions options);
  ~Ingester();
  // Ingests files, directories (recursively: *.txt, *.jsonl and their .gz,
  // in name order) and "-" (standard input). Bad inputs are reported through
  // on_error, recorded in the store and skipped. Returns a non-ok status only
  // when the store fails (then stop).
  Status AddInputs(const std::vector<std::string>& inputs);
  // Re-codes every stored article (for --recode without inputs).
  Status RecodeStored();
  // Codes and commits what is pending.
  Status Finish();
  const IngestCounts& counts() const;
  // The input being read ("" before the first).
  const std::string& current_input() const;

 private:
  class Session;  // the inputs open, the batch coder, the transaction pending
  std::unique_ptr<Session> session_;
};

// Every file an input names: the file itself, or a directory's *.txt,
// *.jsonl, *.txt.gz and *.jsonl.gz files, recursively, sorted by path.
Result<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& inputs);

// The size in bytes of the files `inputs` name (ExpandInputs), for an ETA;
// 0 when it cannot be known (standard input, gzip, no input).
uint64_t InputBytes(const std::vector<std::string>& inputs);

// What `ghatna ingest` shows on a terminal while it runs, `seconds` after
// it started: "INPUT: N articles (R/s), E events, F failed[, ETA 3m05s]"
// (the ETA when total_bytes, from InputBytes, is known); and its last line:
// "ingest: N articles read, A added, ... in S s (R articles/s)".
std::string IngestProgressLine(const std::string& input, const IngestCounts& c, double seconds,
                               uint64_t total_bytes);
std::string IngestSummary(const IngestCounts& c, double seconds);

}  // namespace ghatna

#endif  // GHATNA_STORE_H_
