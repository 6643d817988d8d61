// Golden test: `ghatna parse` on every examples/*.txt must write exactly
// tests/golden/parse/NAME.jsonl. After an intended change (in the syntax
// stage, or in the text layer or morphology it reads), regenerate with
//
//   for f in examples/*.txt; do n=$(basename "$f" .txt);
//     build/ghatna parse --data data "$f" > "tests/golden/parse/$n.jsonl"; done
//
// (or run this test with GHATNA_UPDATE_GOLDEN=1) and review the diff.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "golden_util.h"

namespace {

using ghatna::testing::Examples;
using ghatna::testing::RunCommand;

TEST(ParseGolden, Examples) {
  const std::vector<std::string> files = Examples();
  ASSERT_FALSE(files.empty());
  for (const std::string& f : files) ghatna::testing::ExpectGolden("parse", f, "tests/golden/parse");
}

// --format conllu is well formed: 10 columns, one root per sentence, heads in
// range, no cycles.
TEST(ParseGolden, ConlluIsWellFormed) {
  for (const std::string& f : Examples()) {
    std::string out = RunCommand(std::string(GHATNA_CLI) + " parse --format conllu --data " +
                          GHATNA_SOURCE_DIR + "/data '" + f + "'");
    ASSERT_FALSE(out.empty()) << f;
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(out + "\n");
    std::string line;
    auto check = [&]() {
      if (rows.empty()) return;
      int roots = 0;
      std::vector<int> head(rows.size() + 1, 0);
      for (size_t i = 0; i < rows.size(); ++i) {
        ASSERT_EQ(rows[i].size(), 10u) << f;
        ASSERT_EQ(rows[i][0], std::to_string(i + 1)) << f;
        int h = std::stoi(rows[i][6]);
        ASSERT_GE(h, 0) << f;
        ASSERT_LE(h, static_cast<int>(rows.size())) << f;
        head[i + 1] = h;
        if (h == 0) ++roots;
      }
      EXPECT_EQ(roots, 1) << f;
      for (size_t i = 1; i <= rows.size(); ++i) {  // every word reaches the root
        int x = static_cast<int>(i), steps = 0;
        while (x != 0 && steps++ <= static_cast<int>(rows.size())) x = head[x];
        EXPECT_EQ(x, 0) << f << ": cycle through word " << i;
      }
      rows.clear();
    };
    while (std::getline(in, line)) {
      if (line.empty()) { check(); continue; }
      if (line[0] == '#') continue;
      std::vector<std::string> cols;
      size_t b = 0;
      while (true) {
        size_t e = line.find('\t', b);
        cols.push_back(line.substr(b, e == std::string::npos ? std::string::npos : e - b));
        if (e == std::string::npos) break;
        b = e + 1;
      }
      rows.push_back(cols);
    }
    check();
  }
}

}  // namespace
