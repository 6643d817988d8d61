// Helpers shared by the golden tests: run the ghatna CLI on the bundled
// examples and compare with checked-in output.
//
//   for (const std::string& f : ghatna::testing::Examples())
//     ghatna::testing::ExpectGolden("code --threads 1", f, "tests/golden/code");
#ifndef GHATNA_TESTS_GOLDEN_UTIL_H_
#define GHATNA_TESTS_GOLDEN_UTIL_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace ghatna::testing {

// Standard output of a shell command.
inline std::string RunCommand(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// examples/*.txt of the source tree, sorted.
inline std::vector<std::string> Examples() {
  std::vector<std::string> files;
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(GHATNA_SOURCE_DIR) + "/examples"))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

// Runs `ghatna SUBCOMMAND --data DATA FILE` and expects its output to equal
// GOLDEN_DIR/NAME.jsonl (relative to the source tree). With
// GHATNA_UPDATE_GOLDEN set, writes the golden file instead.
inline void ExpectGolden(const std::string& subcommand, const std::string& file,
                         const std::string& golden_dir) {
  const std::string src = GHATNA_SOURCE_DIR;
  const std::string name = std::filesystem::path(file).stem().string();
  const std::string golden = src + "/" + golden_dir + "/" + name + ".jsonl";
  const std::string got = RunCommand(std::string(GHATNA_CLI) + " " + subcommand + " --data " +
                                     src + "/data '" + file + "'");
  if (std::getenv("GHATNA_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(golden, std::ios::binary) << got;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(golden))
      << golden << " missing: regenerate (see the top of the test file)";
  EXPECT_EQ(got, ReadFile(golden)) << "ghatna " << subcommand << " " << file << " differs from "
                                   << golden << " (regenerate as the test file says if intended)";
}

}  // namespace ghatna::testing

#endif  // GHATNA_TESTS_GOLDEN_UTIL_H_
