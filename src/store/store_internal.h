// Inside the store: the backends behind EventStore::Open.
#ifndef GHATNA_STORE_STORE_INTERNAL_H_
#define GHATNA_STORE_STORE_INTERNAL_H_

#include <memory>
#include <string>
#include <vector>

#include "ghatna/store.h"

namespace ghatna {

// The SQLite store at `path` (created if missing and `create`).
Result<std::unique_ptr<EventStore>> OpenSqliteStore(const std::string& path, bool create);
// The PostgreSQL store at `url` (postgresql://...; its tables are created
// if missing).
Result<std::unique_ptr<EventStore>> OpenPostgresStore(const std::string& url);

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

}  // namespace ghatna

#endif  // GHATNA_STORE_STORE_INTERNAL_H_
