#include <gtest/gtest.h>

#include "ghatna/io.h"

namespace ghatna {
namespace {

TEST(DocIdFromPath, StripsDirectoryAndExtensions) {
  const struct { const char* path; const char* id; } kCases[] = {
      {"examples/lavrov-guterres.hi.txt", "lavrov-guterres"},
      {"a.txt", "a"}, {"-", "stdin"}, {"dir/.hidden", ".hidden"}, {"noext", "noext"},
  };
  for (const auto& c : kCases) EXPECT_EQ(DocIdFromPath(c.path), c.id) << c.path;
}

TEST(AppendJsonString, EscapesControlAndQuotes) {
  std::string out;
  AppendJsonString("a\"b\\c\n\x01है", &out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001है\"");
}

}  // namespace
}  // namespace ghatna
