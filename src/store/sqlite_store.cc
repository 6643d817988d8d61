// The SQLite event store: one file in WAL mode, one transaction per Write,
// prepared statements. The schema is docs/store.md's.
#include <sqlite3.h>

#include <map>
#include <memory>
#include <set>
#include <string>

#include "ghatna/store.h"
#include "store/store_internal.h"

namespace ghatna {
namespace {

constexpr const char* kSchemaVersion = "1";

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  doc_id TEXT NOT NULL,
  input_date TEXT NOT NULL,
  date TEXT NOT NULL,
  date_source TEXT NOT NULL,
  published TEXT NOT NULL,
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  outlet TEXT NOT NULL,
  origin TEXT NOT NULL,
  text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records(
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  code TEXT NOT NULL,
  root_code TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  num_mentions INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  UNIQUE(date, source, target, code));
CREATE INDEX IF NOT EXISTS records_dyad ON records(source, target, date);
CREATE INDEX IF NOT EXISTS records_target ON records(target, date);
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  record_id INTEGER NOT NULL REFERENCES records(id),
  seq INTEGER NOT NULL,
  date TEXT NOT NULL,
  date_source TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  source TEXT NOT NULL, source_text TEXT NOT NULL, source_start INTEGER NOT NULL,
  source_end INTEGER NOT NULL, source_how TEXT NOT NULL, source_ante_text TEXT NOT NULL,
  source_ante_start INTEGER NOT NULL, source_ante_end INTEGER NOT NULL,
  target TEXT NOT NULL, target_text TEXT NOT NULL, target_start INTEGER NOT NULL,
  target_end INTEGER NOT NULL, target_how TEXT NOT NULL, target_ante_text TEXT NOT NULL,
  target_ante_start INTEGER NOT NULL, target_ante_end INTEGER NOT NULL,
  code TEXT NOT NULL,
  root_code TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  trigger_text TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
  sentence_text TEXT NOT NULL,
  pattern TEXT NOT NULL,
  rules TEXT NOT NULL,
  ghatna_version TEXT NOT NULL,
  data_checksum TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id, seq);
CREATE INDEX IF NOT EXISTS events_record ON events(record_id);
CREATE INDEX IF NOT EXISTS events_dyad ON events(source, target, date);
CREATE INDEX IF NOT EXISTS events_target ON events(target, date);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE TABLE IF NOT EXISTS mentions(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  code TEXT NOT NULL,
  entry TEXT NOT NULL,
  how TEXT NOT NULL,
  confidence REAL NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE TABLE IF NOT EXISTS failures(id INTEGER PRIMARY KEY, message TEXT NOT NULL UNIQUE);
)sql";

// A prepared statement, reset after each use.
class Stmt {
 public:
  Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt() { sqlite3_finalize(s_); }
  Status Prepare(sqlite3* db, const std::string& sql) {
    sqlite3_finalize(s_);
    s_ = nullptr;
    db_ = db;
    if (sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &s_, nullptr) != SQLITE_OK)
      return Status::Internal(std::string("sqlite: ") + sqlite3_errmsg(db) + " in: " + sql.substr(0, 80));
    return Status::Ok();
  }
  Stmt& Bind(int i, const std::string& v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& Bind(int i, int64_t v) {
    sqlite3_bind_int64(s_, i, v);
    return *this;
  }
  Stmt& Bind(int i, double v) {
    sqlite3_bind_double(s_, i, v);
    return *this;
  }
  // SQLITE_ROW or SQLITE_DONE; an error code otherwise.
  int Step() { return sqlite3_step(s_); }
  void Reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  // Runs a statement that returns no rows.
  Status Run() {
    const int rc = Step();
    Reset();
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? Status::Ok() : Error();
  }
  Status Error() const { return Status::IoError(std::string("sqlite: ") + sqlite3_errmsg(db_)); }
  std::string Text(int i) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s_, i));
    return p ? std::string(p, sqlite3_column_bytes(s_, i)) : std::string();
  }
  int64_t Int(int i) const { return sqlite3_column_int64(s_, i); }
  double Double(int i) const { return sqlite3_column_double(s_, i); }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* s_ = nullptr;
};

// WHERE clause and its bindings for an EventQuery on a table with columns
// source, target, date, root_code, quad_class (prefix T).
struct Where {
  std::string sql;
  std::vector<std::string> args;  // bound as text, in order
  void Add(const std::string& cond, std::vector<std::string> values) {
    sql += sql.empty() ? " WHERE " : " AND ";
    sql += cond;
    for (auto& v : values) args.push_back(std::move(v));
  }
};

// The index a query on `table` (events or records) should walk: SQLite's
// planner, without statistics, prefers an index that gives the ORDER BY for
// free and then scans the whole table. Dyad first, then target, then date.
std::string IndexFor(const EventQuery& q, const std::string& table) {
  if (!q.source.empty()) return " INDEXED BY " + table + "_dyad";
  if (!q.target.empty()) return " INDEXED BY " + table + "_target";
  if ((!q.from.empty() || !q.to.empty()) && table == "events") return " INDEXED BY events_date";
  return "";
}

Where BuildWhere(const EventQuery& q, const std::string& t) {
  Where w;
  AddQueryConditions(q, t, "", &w);
  return w;
}

Event ReadEvent(const Stmt& s, bool explain) {
  return EventFromRow([&](int c) { return s.Text(c); }, [&](int c) { return s.Int(c); },
                      [&](int c) { return s.Double(c); }, explain);
}

class SqliteStore : public EventStore {
 public:
  ~SqliteStore() override {
    // Statements first: a connection with live statements does not close.
    stmts_.clear();
    if (db_ != nullptr) sqlite3_close_v2(db_);
  }

  Status Init(const std::string& path, bool create, bool read_only) {
    path_ = path;
    const int flags = read_only ? SQLITE_OPEN_READONLY
                                : SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
      if ((!create || read_only) && sqlite3_errcode(db_) == SQLITE_CANTOPEN)
        return Status::NotFound(path + ": no such event store");
      return Status::IoError(path + ": cannot open the store: " +
                             (db_ ? sqlite3_errmsg(db_) : "out of memory"));
    }
    sqlite3_busy_timeout(db_, 10000);
    if (read_only) return CheckSchema(path);
    Status st = Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16384;");
    if (st.ok()) st = Exec(std::string("BEGIN IMMEDIATE;") + kSchema + "COMMIT;");
    if (!st.ok()) {
      Exec("ROLLBACK;");
      return Status::IoError(path + ": not an event store or cannot be written: " + st.message());
    }
    // The schema version: a store written by a later ghatna is refused.
    Stmt s;
    if (Status p = s.Prepare(db_, "SELECT value FROM meta WHERE key = 'schema'"); !p.ok()) return p;
    if (s.Step() == SQLITE_ROW) {
      const std::string v = s.Text(0);
      if (v != kSchemaVersion)
        return Status::InvalidInput(path + ": store schema " + v + ", this ghatna reads " + kSchemaVersion);
    } else {
      s.Reset();
      if (Status e = Exec(std::string("INSERT OR IGNORE INTO meta VALUES('schema', '") + kSchemaVersion + "');"); !e.ok())
        return e;
    }
    return Status::Ok();
  }

  // A store opened read-only: its schema version must be this ghatna's.
  Status CheckSchema(const std::string& path) {
    Stmt s;
    if (Status p = s.Prepare(db_, "SELECT value FROM meta WHERE key = 'schema'"); !p.ok())
      return Status::InvalidInput(path + ": not an event store: " + p.message());
    const std::string v = s.Step() == SQLITE_ROW ? s.Text(0) : "";
    if (v != kSchemaVersion)
      return Status::InvalidInput(path + ": store schema '" + v + "', this ghatna reads " + kSchemaVersion);
    return Status::Ok();
  }

  Result<bool> FindArticle(const std::string& doc_id, StoredArticle* out) override {
    Stmt& s = Get("find_article",
                  "SELECT id, key, doc_id, input_date, date, date_source, published, title, url, "
                  "outlet, origin, text FROM articles WHERE key = ?1 "
                  "UNION ALL SELECT * FROM (SELECT id, key, doc_id, input_date, date, date_source, "
                  "published, title, url, outlet, origin, text FROM articles WHERE doc_id = ?2 "
                  "ORDER BY id LIMIT 1) LIMIT 1");
    Stmt& ev = Get("article_events", (std::string("SELECT ") + kEventColumns +
                                      " FROM events e JOIN articles a ON a.id = e.article_id"
                                      " WHERE e.article_id = ? ORDER BY e.seq").c_str());
    if (!ok_) return prepare_error_;
    s.Bind(1, "id:" + doc_id).Bind(2, doc_id);
    int rc = s.Step();
    if (rc != SQLITE_ROW) {
      Status e = s.Error();
      s.Reset();
      if (rc == SQLITE_DONE) return false;
      return e;
    }
    const int64_t id = s.Int(0);
    StoredArticle a;
    std::string* fields[] = {&a.key, &a.doc_id, &a.input_date, &a.date, &a.date_source, &a.published,
                             &a.title, &a.url, &a.outlet, &a.origin, &a.text};
    for (int c = 0; c < 11; ++c) *fields[c] = s.Text(c + 1);
    s.Reset();
    ev.Bind(1, id);
    while ((rc = ev.Step()) == SQLITE_ROW) a.events.push_back(ReadEvent(ev, true));
    ev.Reset();
    if (rc != SQLITE_DONE) return ev.Error();
    *out = std::move(a);
    return true;
  }

  Result<bool> HasArticle(const std::string& key) override {
    Stmt& s = Get("has", "SELECT 1 FROM articles WHERE key = ?");
    if (!ok_) return prepare_error_;
    s.Bind(1, key);
    const int rc = s.Step();
    s.Reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return s.Error();
    return rc == SQLITE_ROW;
  }

  Result<WriteCounts> Write(const std::vector<StoredArticle>& articles,
                            const std::vector<std::string>& failures, bool replace,
                            const CoderVersion& version) override {
    if (Status st = Exec("BEGIN IMMEDIATE;"); !st.ok()) return st;
    WriteCounts counts;
    Status st = WriteInTransaction(articles, failures, replace, version, &counts);
    if (st.ok()) st = Exec("COMMIT;");
    if (!st.ok()) {
      Exec("ROLLBACK;");
      return st;
    }
    return counts;
  }

  Status ForEachArticle(const std::function<Status(StoredArticle&)>& fn) override {
    std::vector<int64_t> ids;
    {
      Stmt s;
      if (Status st = s.Prepare(db_, "SELECT id FROM articles ORDER BY id"); !st.ok()) return st;
      int rc;
      while ((rc = s.Step()) == SQLITE_ROW) ids.push_back(s.Int(0));
      if (rc != SQLITE_DONE) return s.Error();
    }
    Stmt& s = Get("article",
                  "SELECT key, doc_id, input_date, date, date_source, published, title, url, outlet, "
                  "origin, text FROM articles WHERE id = ?");
    if (!ok_) return prepare_error_;
    for (int64_t id : ids) {
      s.Bind(1, id);
      const int rc = s.Step();
      if (rc == SQLITE_DONE) {
        s.Reset();
        continue;
      }
      if (rc != SQLITE_ROW) {
        Status e = s.Error();
        s.Reset();
        return e;
      }
      StoredArticle a;
      a.key = s.Text(0);
      a.doc_id = s.Text(1);
      a.input_date = s.Text(2);
      a.date = s.Text(3);
      a.date_source = s.Text(4);
      a.published = s.Text(5);
      a.title = s.Text(6);
      a.url = s.Text(7);
      a.outlet = s.Text(8);
      a.origin = s.Text(9);
      a.text = s.Text(10);
      s.Reset();
      if (Status st = fn(a); !st.ok()) return st;
    }
    return Status::Ok();
  }

  Status QueryEvents(const EventQuery& q, const std::function<void(const Event&)>& fn) override {
    Where w = BuildWhere(q, "e.");
    Stmt s;
    Status st = s.Prepare(db_, std::string("SELECT ") + kEventColumns +
                                   " FROM events e" + IndexFor(q, "events") +
                                   " JOIN articles a ON a.id = e.article_id" + w.sql +
                                   " ORDER BY e.article_id, e.seq" + LimitClause(q, "-1"));
    if (!st.ok()) return st;
    for (size_t i = 0; i < w.args.size(); ++i) s.Bind(static_cast<int>(i + 1), w.args[i]);
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) fn(ReadEvent(s, q.explain));
    return rc == SQLITE_DONE ? Status::Ok() : s.Error();
  }

  Status QueryRecords(const EventQuery& q, const std::function<void(const EventRecord&)>& fn) override {
    Where w = BuildWhere(q, "");
    Stmt s;
    Status st = s.Prepare(db_,
                          "SELECT id, date, source, target, code, root_code, quad_class, goldstein, "
                          "num_mentions, num_articles, num_sources, first_seen, last_seen FROM records" +
                              IndexFor(q, "records") + w.sql + " ORDER BY date, source, target, code" +
                              LimitClause(q, "-1"));
    if (!st.ok()) return st;
    for (size_t i = 0; i < w.args.size(); ++i) s.Bind(static_cast<int>(i + 1), w.args[i]);
    Stmt m;
    if (q.with_mentions) {
      st = m.Prepare(db_, std::string("SELECT ") + kEventColumns +
                              " FROM events e JOIN articles a ON a.id = e.article_id"
                              " WHERE e.record_id = ? ORDER BY a.key, e.seq");
      if (!st.ok()) return st;
    }
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      EventRecord r;
      r.id = s.Int(0);
      r.date = s.Text(1);
      r.source = s.Text(2);
      r.target = s.Text(3);
      r.code = s.Text(4);
      r.root_code = s.Text(5);
      r.quad_class = static_cast<int>(s.Int(6));
      r.goldstein = s.Double(7);
      r.num_mentions = static_cast<int>(s.Int(8));
      r.num_articles = static_cast<int>(s.Int(9));
      r.num_sources = static_cast<int>(s.Int(10));
      r.first_seen = s.Text(11);
      r.last_seen = s.Text(12);
      if (q.with_mentions) {
        m.Bind(1, r.id);
        int mrc;
        while ((mrc = m.Step()) == SQLITE_ROW) r.mentions.push_back(ReadEvent(m, q.explain));
        m.Reset();
        if (mrc != SQLITE_DONE) return m.Error();
      }
      fn(r);
    }
    return rc == SQLITE_DONE ? Status::Ok() : s.Error();
  }

  Result<std::vector<StatsRow>> Stats(const EventQuery& q, const std::string& by) override {
    std::string period = "date";
    if (by == "week") period = "COALESCE(date(date, '-6 days', 'weekday 1'), date)";
    else if (by == "month") period = "substr(date, 1, 7)";
    else if (by != "day") return Status::InvalidArgument("--by: want day, week or month, not " + by);
    Where w = BuildWhere(q, "");
    Stmt s;
    // (The mean of tenths, exact in any row order: see the PostgreSQL store.)
    Status st = s.Prepare(db_, "SELECT " + period +
                                   " AS period, quad_class, COUNT(*), COUNT(DISTINCT record_id), "
                                   "AVG(ROUND(goldstein * 10)) / 10.0 FROM events" + IndexFor(q, "events") + w.sql +
                                   " GROUP BY period, quad_class ORDER BY period, quad_class");
    if (!st.ok()) return st;
    for (size_t i = 0; i < w.args.size(); ++i) s.Bind(static_cast<int>(i + 1), w.args[i]);
    std::vector<StatsRow> rows;
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) {
      StatsRow r;
      r.period = s.Text(0);
      r.quad_class = static_cast<int>(s.Int(1));
      r.events = s.Int(2);
      r.records = s.Int(3);
      r.mean_goldstein = s.Double(4);
      rows.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE) return s.Error();
    return rows;
  }

  Result<std::vector<std::string>> Failures() override {
    Stmt s;
    if (Status st = s.Prepare(db_, "SELECT message FROM failures ORDER BY id"); !st.ok()) return st;
    std::vector<std::string> out;
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) out.push_back(s.Text(0));
    if (rc != SQLITE_DONE) return s.Error();
    return out;
  }

  Result<std::vector<CoderVersion>> CoderVersions() override {
    Stmt s;
    if (Status st = s.Prepare(db_, "SELECT DISTINCT ghatna_version, data_checksum FROM events ORDER BY 1, 2");
        !st.ok())
      return st;
    std::vector<CoderVersion> out;
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) out.push_back({s.Text(0), s.Text(1)});
    if (rc != SQLITE_DONE) return s.Error();
    return out;
  }

 private:
  Status Exec(const std::string& sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string m = path_ + ": sqlite: " + (err ? err : "error");
      sqlite3_free(err);
      return Status::IoError(m);
    }
    return Status::Ok();
  }

  // The statement named `name`, prepared on first use.
  Stmt& Get(const std::string& name, const char* sql) {
    std::unique_ptr<Stmt>& s = stmts_[name];
    if (s == nullptr) {
      s = std::make_unique<Stmt>();
      if (Status st = s->Prepare(db_, sql); !st.ok()) {
        ok_ = false;
        prepare_error_ = st;
      }
    }
    return *s;
  }

  Status WriteInTransaction(const std::vector<StoredArticle>& articles,
                            const std::vector<std::string>& failures, bool replace,
                            const CoderVersion& version, WriteCounts* counts) {
    Stmt& find = Get("find", "SELECT id FROM articles WHERE key = ?");
    Stmt& old_records = Get("old_records", "SELECT DISTINCT record_id FROM events WHERE article_id = ?");
    Stmt& del_events = Get("del_events", "DELETE FROM events WHERE article_id = ?");
    Stmt& del_mentions = Get("del_mentions", "DELETE FROM mentions WHERE article_id = ?");
    Stmt& insert_article = Get("insert_article",
        "INSERT INTO articles(key, doc_id, input_date, date, date_source, published, title, url, "
        "outlet, origin, text) VALUES(?11, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    Stmt& update_article = Get("update_article",
        "UPDATE articles SET (doc_id, input_date, date, date_source, published, title, url, outlet, "
        "origin, text) = (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) WHERE id = ?11");
    Stmt& upsert_record = Get("upsert_record",
        "INSERT INTO records(date, source, target, code, root_code, quad_class, goldstein, "
        "num_mentions, num_articles, num_sources, first_seen, last_seen) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, 0, 0, 0, '', '') "
        "ON CONFLICT(date, source, target, code) DO UPDATE SET num_mentions = num_mentions "
        "RETURNING id");
    Stmt& insert_event = Get("insert_event",
        "INSERT INTO events(article_id, record_id, seq, date, date_source, sentence, "
        "source, source_text, source_start, source_end, source_how, source_ante_text, "
        "source_ante_start, source_ante_end, "
        "target, target_text, target_start, target_end, target_how, target_ante_text, "
        "target_ante_start, target_ante_end, "
        "code, root_code, quad_class, goldstein, trigger_text, trigger_start, trigger_end, "
        "sentence_text, pattern, rules, ghatna_version, data_checksum) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
        "?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34)");
    Stmt& insert_mention = Get("insert_mention",
        "INSERT INTO mentions(article_id, sentence, start, end, text, code, entry, how, confidence) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Stmt& drop_record = Get("drop_record",
        "DELETE FROM records WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM events WHERE record_id = ?1)");
    Stmt& update_record = Get("update_record",
        "UPDATE records SET (num_mentions, num_articles, num_sources, first_seen, last_seen) = "
        "(SELECT COUNT(*), COUNT(DISTINCT e.article_id), COUNT(DISTINCT NULLIF(a.outlet, '')), "
        "MIN(a.published), MAX(a.published) FROM events e JOIN articles a ON a.id = e.article_id "
        "WHERE e.record_id = ?1) WHERE id = ?1");
    Stmt& insert_failure = Get("insert_failure", "INSERT OR IGNORE INTO failures(message) VALUES(?)");
    if (!ok_) return prepare_error_;

    std::set<int64_t> touched;
    for (const std::string& f : failures)
      if (Status st = insert_failure.Bind(1, f).Run(); !st.ok()) return st;
    for (const StoredArticle& a : articles) {
      find.Bind(1, a.key);
      int rc = find.Step();
      const bool exists = rc == SQLITE_ROW;
      const int64_t existing = exists ? find.Int(0) : 0;
      find.Reset();
      if (rc != SQLITE_ROW && rc != SQLITE_DONE) return find.Error();
      if (exists && !replace) {
        ++counts->unchanged;
        continue;
      }
      Stmt& art = exists ? update_article : insert_article;
      art.Bind(1, a.doc_id).Bind(2, a.input_date).Bind(3, a.date).Bind(4, a.date_source)
          .Bind(5, a.published).Bind(6, a.title).Bind(7, a.url).Bind(8, a.outlet)
          .Bind(9, a.origin).Bind(10, a.text);
      if (exists) art.Bind(11, existing);
      else art.Bind(11, a.key);
      if (Status st = art.Run(); !st.ok()) return st;
      int64_t article_id = existing;
      if (exists) {
        ++counts->replaced;
        old_records.Bind(1, existing);
        while ((rc = old_records.Step()) == SQLITE_ROW) touched.insert(old_records.Int(0));
        old_records.Reset();
        if (rc != SQLITE_DONE) return old_records.Error();
        if (Status st = del_events.Bind(1, existing).Run(); !st.ok()) return st;
        if (Status st = del_mentions.Bind(1, existing).Run(); !st.ok()) return st;
      } else {
        ++counts->added;
        article_id = sqlite3_last_insert_rowid(db_);
      }
      int64_t seq = 0;
      for (const Event& e : a.events) {
        upsert_record.Bind(1, e.date).Bind(2, e.source.code).Bind(3, e.target.code).Bind(4, e.code)
            .Bind(5, e.root_code).Bind(6, static_cast<int64_t>(e.quad_class)).Bind(7, e.goldstein);
        rc = upsert_record.Step();
        const int64_t record = rc == SQLITE_ROW ? upsert_record.Int(0) : 0;
        if (rc != SQLITE_ROW) {
          Status err = upsert_record.Error();
          upsert_record.Reset();
          return err;
        }
        upsert_record.Reset();
        touched.insert(record);
        Stmt& ev = insert_event;
        ev.Bind(1, article_id).Bind(2, record).Bind(3, seq++).Bind(4, e.date)
            .Bind(5, e.date_source).Bind(6, static_cast<int64_t>(e.sentence));
        int c = 7;
        for (const EventSpan* sp : {&e.source, &e.target}) {
          ev.Bind(c, sp->code).Bind(c + 1, sp->text).Bind(c + 2, static_cast<int64_t>(sp->start))
              .Bind(c + 3, static_cast<int64_t>(sp->end)).Bind(c + 4, sp->how)
              .Bind(c + 5, sp->antecedent_text).Bind(c + 6, static_cast<int64_t>(sp->antecedent_start))
              .Bind(c + 7, static_cast<int64_t>(sp->antecedent_end));
          c += 8;
        }
        ev.Bind(23, e.code).Bind(24, e.root_code).Bind(25, static_cast<int64_t>(e.quad_class))
            .Bind(26, e.goldstein).Bind(27, e.trigger.text).Bind(28, static_cast<int64_t>(e.trigger.start))
            .Bind(29, static_cast<int64_t>(e.trigger.end)).Bind(30, e.sentence_text)
            .Bind(31, e.pattern).Bind(32, JoinRules(e.rules)).Bind(33, version.ghatna_version)
            .Bind(34, version.data_checksum);
        if (Status st = ev.Run(); !st.ok()) return st;
        ++counts->events;
      }
      for (const ActorMention& m : a.mentions) {
        insert_mention.Bind(1, article_id).Bind(2, static_cast<int64_t>(m.sentence))
            .Bind(3, static_cast<int64_t>(m.start)).Bind(4, static_cast<int64_t>(m.end))
            .Bind(5, m.text).Bind(6, m.code).Bind(7, m.entry).Bind(8, std::string(MatchHowName(m.how)))
            .Bind(9, m.confidence);
        if (Status st = insert_mention.Run(); !st.ok()) return st;
        ++counts->mentions;
      }
    }
    // Records are recomputed from the events that support them, so that a
    // record is the same whichever order its articles arrived in.
    for (int64_t r : touched) {
      if (Status st = drop_record.Bind(1, r).Run(); !st.ok()) return st;
      if (Status st = update_record.Bind(1, r).Run(); !st.ok()) return st;
    }
    return Status::Ok();
  }

  std::string path_;
  sqlite3* db_ = nullptr;
  std::map<std::string, std::unique_ptr<Stmt>> stmts_;
  bool ok_ = true;
  Status prepare_error_;
};

}  // namespace

Result<std::unique_ptr<EventStore>> OpenSqliteStore(const std::string& path, bool create,
                                                    bool read_only) {
  auto store = std::make_unique<SqliteStore>();
  if (Status st = store->Init(path, create, read_only); !st.ok()) return st;
  return std::unique_ptr<EventStore>(std::move(store));
}

Result<std::unique_ptr<EventStore>> EventStore::Open(const std::string& url, bool create) {
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0)
    return OpenPostgresStore(url);
  if (url.rfind("sqlite://", 0) == 0) return OpenSqliteStore(url.substr(9), create);
  return OpenSqliteStore(url, create);
}

Result<std::unique_ptr<EventStore>> EventStore::OpenReadOnly(const std::string& url) {
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0)
    return OpenPostgresStore(url, /*read_only=*/true);
  const std::string path = url.rfind("sqlite://", 0) == 0 ? url.substr(9) : url;
  return OpenSqliteStore(path, /*create=*/false, /*read_only=*/true);
}

}  // namespace ghatna
