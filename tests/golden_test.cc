// Golden test: `ghatna code` on every examples/*.txt must write exactly
// tests/golden/code/NAME.jsonl. After an intended change, regenerate with
//
//   for f in examples/*.txt; do n=$(basename "$f" .txt);
//     build/ghatna code --threads 1 "$f" > "tests/golden/code/$n.jsonl"; done
//
// (or run this test with GHATNA_UPDATE_GOLDEN=1) and review the diff.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "golden_util.h"

namespace {

using ghatna::testing::Examples;
using ghatna::testing::RunCommand;

TEST(Golden, CodeExamples) {
  const std::vector<std::string> files = Examples();
  ASSERT_FALSE(files.empty());
  for (const std::string& f : files) ghatna::testing::ExpectGolden("code --threads 1", f, "tests/golden/code");
}

// The output must not depend on the number of threads.
TEST(Golden, ThreadsKeepInputOrder) {
  const std::string src = GHATNA_SOURCE_DIR;
  std::string files;
  for (int i = 0; i < 3; ++i)
    for (const auto& e : std::filesystem::directory_iterator(src + "/examples"))
      if (e.path().extension() == ".txt") files += " '" + e.path().string() + "'";
  const std::string base = std::string(GHATNA_CLI) + " code --data " + src + "/data";
  EXPECT_EQ(RunCommand(base + " --threads 1" + files), RunCommand(base + " --threads 4" + files));
}

}  // namespace
