// printf into a std::string, for the evaluation reports (src/eval/).
#ifndef GHATNA_SRC_EVAL_FORMAT_H_
#define GHATNA_SRC_EVAL_FORMAT_H_

#include <cstdio>
#include <string>

namespace ghatna::eval_internal {

template <typename... Args>
std::string Format(const char* format, Args... args) {
  const int n = std::snprintf(nullptr, 0, format, args...);
  std::string s(n > 0 ? n : 0, '\0');
  if (n > 0) std::snprintf(s.data(), s.size() + 1, format, args...);
  return s;
}

}  // namespace ghatna::eval_internal

#endif  // GHATNA_SRC_EVAL_FORMAT_H_
