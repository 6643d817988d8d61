// Inside the store: the backends behind EventStore::Open.
#ifndef GHATNA_STORE_STORE_INTERNAL_H_
#define GHATNA_STORE_STORE_INTERNAL_H_

#include <memory>
#include <string>
#include <vector>

#include "ghatna/store.h"

namespace ghatna {

// The SQLite store at `path` (created if missing and `create`; opened
// read-only, never created, if `read_only`).
Result<std::unique_ptr<EventStore>> OpenSqliteStore(const std::string& path, bool create,
                                                    bool read_only = false);
// The PostgreSQL store at `url` (postgresql://...; its tables are created
// if missing, unless `read_only`: then its transactions are read-only).
Result<std::unique_ptr<EventStore>> OpenPostgresStore(const std::string& url, bool read_only = false);

// " LIMIT n OFFSET m" for q.limit and q.offset (numbers, not user text), or
// ""; `all` is the backend's "no limit" ("-1" in SQLite, "ALL" in PostgreSQL).
inline std::string LimitClause(const EventQuery& q, const char* all) {
  if (q.limit <= 0 && q.offset <= 0) return "";
  return std::string(" LIMIT ") + (q.limit > 0 ? std::to_string(q.limit) : all) + " OFFSET " +
         std::to_string(q.offset > 0 ? q.offset : 0);
}

// The smallest string greater than every string that starts with `prefix`
// (actor codes are ASCII).
inline std::string PrefixEnd(std::string prefix) {
  while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xFF) prefix.pop_back();
  if (!prefix.empty()) ++prefix.back();
  return prefix;
}

// An event's rules as stored: joined by U+001F.
inline std::string JoinRules(const std::vector<std::string>& rules) {
  std::string out;
  for (const std::string& r : rules) {
    if (!out.empty()) out.push_back('\x1f');
    out += r;
  }
  return out;
}

inline std::vector<std::string> SplitRules(const std::string& s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  size_t start = 0;
  while (true) {
    const size_t p = s.find('\x1f', start);
    out.push_back(s.substr(start, p == std::string::npos ? std::string::npos : p - start));
    if (p == std::string::npos) break;
    start = p + 1;
  }
  return out;
}

// The columns an event query selects (table alias a = articles, e =
// events), in the order EventFromRow reads them.
inline constexpr const char* kEventColumns =
    "a.doc_id, e.date, e.date_source, e.sentence, "
    "e.source, e.source_text, e.source_start, e.source_end, e.source_how, e.source_ante_text, "
    "e.source_ante_start, e.source_ante_end, "
    "e.target, e.target_text, e.target_start, e.target_end, e.target_how, e.target_ante_text, "
    "e.target_ante_start, e.target_ante_end, "
    "e.code, e.root_code, e.quad_class, e.goldstein, e.trigger_text, e.trigger_start, "
    "e.trigger_end, e.sentence_text, e.pattern, e.rules";

// An event from one row of kEventColumns; text(c), integer(c) and real(c)
// read column c in the backend's own way.
template <class Text, class Integer, class Real>
Event EventFromRow(const Text& text, const Integer& integer, const Real& real, bool explain) {
  Event e;
  e.doc_id = text(0);
  e.date = text(1);
  e.date_source = text(2);
  e.sentence = static_cast<int>(integer(3));
  auto span = [&](int c, EventSpan* sp) {
    sp->code = text(c);
    sp->text = text(c + 1);
    sp->start = static_cast<uint32_t>(integer(c + 2));
    sp->end = static_cast<uint32_t>(integer(c + 3));
    sp->how = text(c + 4);
    sp->antecedent_text = text(c + 5);
    sp->antecedent_start = static_cast<uint32_t>(integer(c + 6));
    sp->antecedent_end = static_cast<uint32_t>(integer(c + 7));
  };
  span(4, &e.source);
  span(12, &e.target);
  e.code = text(20);
  e.root_code = text(21);
  e.quad_class = static_cast<int>(integer(22));
  e.goldstein = real(23);
  e.trigger.text = text(24);
  e.trigger.start = static_cast<uint32_t>(integer(25));
  e.trigger.end = static_cast<uint32_t>(integer(26));
  e.sentence_text = text(27);
  if (explain) {
    e.pattern = text(28);
    e.rules = SplitRules(text(29));
  }
  return e;
}

// Adds the filters of `q` on the columns of table alias `t` ("e." or "")
// to *w, whose Add(condition, values) takes one `?` per value.
// `integer_cast` follows a placeholder compared with an integer column
// (PostgreSQL binds text: "::integer").
template <class Where>
void AddQueryConditions(const EventQuery& q, const std::string& t, const char* integer_cast, Where* w) {
  if (!q.source.empty()) w->Add(t + "source >= ? AND " + t + "source < ?", {q.source, PrefixEnd(q.source)});
  if (!q.target.empty()) w->Add(t + "target >= ? AND " + t + "target < ?", {q.target, PrefixEnd(q.target)});
  if (!q.from.empty()) w->Add(t + "date >= ?", {q.from});
  if (!q.to.empty()) w->Add(t + "date <= ?", {q.to});
  if (!q.root.empty()) w->Add(t + "root_code = ?", {q.root});
  if (q.quad_class > 0) w->Add(t + "quad_class = ?" + integer_cast, {std::to_string(q.quad_class)});
}

}  // namespace ghatna

#endif  // GHATNA_STORE_STORE_INTERNAL_H_
