// Inside the store: the backends behind EventStore::Open.
#ifndef GHATNA_STORE_STORE_INTERNAL_H_
#define GHATNA_STORE_STORE_INTERNAL_H_

#include <memory>
#include <string>

#include "ghatna/store.h"

namespace ghatna {

// The SQLite store at `path` (created if missing and `create`).
Result<std::unique_ptr<EventStore>> OpenSqliteStore(const std::string& path, bool create);

}  // namespace ghatna

#endif  // GHATNA_STORE_STORE_INTERNAL_H_
