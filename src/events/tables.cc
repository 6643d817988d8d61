#include "events/tables.h"

#include <algorithm>
#include <cstring>

namespace ghatna::events {
namespace {

template <typename T>
const T* Find(const T* table, int n, std::string_view code) {
  const T* end = table + n;
  const T* it = std::lower_bound(table, end, code, [](const T& row, std::string_view c) {
    return std::string_view(row.code) < c;
  });
  return (it != end && std::string_view(it->code) == code) ? it : nullptr;
}

}  // namespace

const CameoInfo* LookupCameo(std::string_view code) {
  return Find(kCameoCodes, kNumCameoCodes, code);
}

const PloverInfo* LookupPlover(std::string_view code) {
  for (size_t len = code.size(); len >= 2; --len) {
    if (const PloverInfo* p = Find(kPloverCodes, kNumPloverCodes, code.substr(0, len))) return p;
    if (len == 2) break;
  }
  return nullptr;
}

}  // namespace ghatna::events
