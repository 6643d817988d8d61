// Golden test: `ghatna code` on every examples/*.txt must write exactly
// tests/golden/code/NAME.jsonl. After an intended change, regenerate with
//
//   for f in examples/*.txt; do n=$(basename "$f" .txt); \
//     build/ghatna code --threads 1 "$f" > "tests/golden/code/$n.jsonl"; done
//
// (or run this test with GHATNA_UPDATE_GOLDEN=1) and review the diff.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

std::string RunCommand(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(Golden, CodeExamples) {
  const std::string src = GHATNA_SOURCE_DIR;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(src + "/examples"))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  const bool update = std::getenv("GHATNA_UPDATE_GOLDEN") != nullptr;
  for (const std::string& f : files) {
    std::string name = std::filesystem::path(f).stem().string();
    const std::string golden = src + "/tests/golden/code/" + name + ".jsonl";
    std::string got = RunCommand(std::string(GHATNA_CLI) + " code --threads 1 --data " + src + "/data '" + f + "'");
    if (update) {
      std::ofstream(golden, std::ios::binary) << got;
      continue;
    }
    ASSERT_TRUE(std::filesystem::exists(golden)) << golden << " missing: regenerate (see the top of this file)";
    EXPECT_EQ(got, ReadFile(golden)) << "ghatna code " << f << " differs from " << golden;
  }
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
