// The validation suite runner: every case of tests/validation/*.txt (format:
// tests/validation/README.md) is coded by the whole pipeline and compared,
// as a set of (source, root code, target), with its expected events.
// Prints a per-root table and fails when the overall pass rate falls below
// kMinPassRate. Set GHATNA_VALIDATION_VERBOSE=1 to list every failing case,
// GHATNA_VALIDATION_CASE=ID to print the events of one case with --explain detail.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "ghatna/pipeline.h"

namespace ghatna {
namespace {

// The bar is 90%; raised as the suite improves (94.5% measured
// 2026-12-03, fourth session; see tests/validation/README.md).
constexpr double kMinPassRate = 0.93;

using Triple = std::tuple<std::string, std::string, std::string>;  // source, code, target

struct Case {
  std::string id, root, date, text, origin;
  std::vector<Triple> expect, accept;
  bool expect_none = false;
};

// Parses one validation file. Errors are "file:line: reason".
std::vector<Case> ParseCases(const std::string& path, const std::string& content,
                             std::vector<std::string>* errors) {
  std::vector<Case> cases;
  Case cur;
  bool open = false;
  int line_no = 0, case_line = 0;
  auto close = [&]() {
    if (!open) return;
    if (cur.id.empty()) errors->push_back(path + ":" + std::to_string(case_line) + ": case without id:");
    else if (cur.text.empty()) errors->push_back(path + ":" + std::to_string(case_line) + ": case " + cur.id + " without text:");
    else if (cur.expect.empty() && !cur.expect_none)
      errors->push_back(path + ":" + std::to_string(case_line) + ": case " + cur.id + " has no expect: line (use 'expect: none')");
    else cases.push_back(cur);
    cur = Case();
    open = false;
  };
  std::istringstream in(content);
  std::string line;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string trimmed = line;
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t')) trimmed.pop_back();
    if (trimmed.empty()) { close(); continue; }
    if (trimmed[0] == '#') continue;
    size_t colon = trimmed.find(':');
    if (colon == std::string::npos) {
      errors->push_back(path + ":" + std::to_string(line_no) + ": expected 'field: value'");
      continue;
    }
    if (!open) { open = true; case_line = line_no; cur.origin = path + ":" + std::to_string(line_no); }
    std::string field = trimmed.substr(0, colon);
    std::string value = trimmed.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.erase(0, 1);
    auto triple = [&](std::vector<Triple>* into) {
      std::istringstream vs(value);
      std::string s, c, t, extra;
      if (!(vs >> s >> c >> t) || (vs >> extra)) {
        errors->push_back(path + ":" + std::to_string(line_no) + ": expected 'SOURCE CODE TARGET'");
        return;
      }
      into->push_back({s, c, t});
    };
    if (field == "id") cur.id = value;
    else if (field == "root") cur.root = value;
    else if (field == "date") cur.date = value;
    else if (field == "text") cur.text += (cur.text.empty() ? "" : "\n") + value;
    else if (field == "expect" && value == "none") cur.expect_none = true;
    else if (field == "expect") triple(&cur.expect);
    else if (field == "accept") triple(&cur.accept);
    else errors->push_back(path + ":" + std::to_string(line_no) + ": unknown field '" + field + "'");
  }
  close();
  return cases;
}

std::string Root(const std::string& code) { return code.substr(0, 2); }

TEST(ValidationFormat, ParsesFieldsAndReportsErrors) {
  std::vector<std::string> errors;
  auto cases = ParseCases("t.txt",
                          "# comment\nid: a-1\nroot: 02\ntext: one\ntext: two\n"
                          "expect: RUSGOV 028 IGOUNO\naccept: RUS 036 IGOUNO\n\n"
                          "id: a-2\nroot: none\ntext: x\nexpect: none\n\nid: a-3\ntext: y\nbogus\n",
                          &errors);
  ASSERT_EQ(cases.size(), 2u);
  EXPECT_EQ(cases[0].text, "one\ntwo");
  EXPECT_EQ(cases[0].expect.size(), 1u);
  EXPECT_EQ(std::get<1>(cases[0].expect[0]), "028");
  EXPECT_EQ(cases[0].accept.size(), 1u);
  EXPECT_TRUE(cases[1].expect_none);
  ASSERT_EQ(errors.size(), 2u);  // "bogus", and a-3 has no expect
  EXPECT_EQ(errors[0], "t.txt:16: expected 'field: value'");
}

TEST(Validation, PassRate) {
  const std::string dir = std::string(GHATNA_SOURCE_DIR) + "/tests/validation";
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty()) << "no validation files in " << dir;
  std::vector<Case> cases;
  std::vector<std::string> errors;
  std::set<std::string> ids;
  for (const std::string& f : files) {
    std::ifstream in(f);
    std::stringstream ss;
    ss << in.rdbuf();
    for (Case& c : ParseCases(f, ss.str(), &errors)) {
      if (!ids.insert(c.id).second) errors.push_back(c.origin + ": duplicate id " + c.id);
      cases.push_back(std::move(c));
    }
  }
  for (const std::string& e : errors) ADD_FAILURE() << e;

  PipelineOptions po;
  po.data_dir = FindDataDir(std::string(GHATNA_SOURCE_DIR) + "/data");
  auto pipe = Pipeline::Load(po);
  ASSERT_TRUE(pipe.ok()) << pipe.status().ToString();

  struct Tally { int cases = 0, passed = 0, matched = 0, exact = 0; };
  std::map<std::string, Tally> by_root;
  Tally all;
  const bool verbose = std::getenv("GHATNA_VALIDATION_VERBOSE") != nullptr;
  std::string failures;
  int listed = 0;
  for (const Case& c : cases) {
    Document doc;
    doc.id = c.id;
    doc.date = c.date;
    doc.text = c.text;
    Analysis analysis = (*pipe)->Analyze(&doc);
    const std::vector<Event>& events = analysis.events;
    if (const char* show = std::getenv("GHATNA_VALIDATION_CASE"); show && c.id == show) {
      std::printf("%s\n%s\n", c.id.c_str(), c.text.c_str());
      for (const ActorMention& m : analysis.mentions)
        std::printf("  mention s%d [%d,%d) %s = %s (%s)\n", m.sentence, m.first, m.last, m.text.c_str(),
                    m.code.c_str(), MatchHowName(m.how));
      for (const Sentence& s : doc.sentences) {
        std::printf("  tokens:");
        for (const Token& t : s.tokens) std::printf(" %s", t.text.c_str());
        std::printf("\n");
      }
      for (const Event& e : events) {
        std::printf("  %s %s %s  [%s] %s:", e.source.code.c_str(), e.code.c_str(), e.target.code.c_str(),
                    e.trigger.text.c_str(), e.pattern.c_str());
        for (const std::string& r : e.rules) std::printf(" {%s}", r.c_str());
        std::printf("\n");
      }
    }
    std::set<Triple> got, want, ok;
    std::map<Triple, std::string> got_code;
    for (const Event& e : events) {
      Triple t{e.source.code, e.root_code, e.target.code};
      got.insert(t);
      got_code.emplace(t, e.code);
    }
    std::map<Triple, std::string> want_code;
    for (const auto& [s, code, t] : c.expect) {
      want.insert({s, Root(code), t});
      want_code[{s, Root(code), t}] = code;
    }
    for (const auto& [s, code, t] : c.accept) ok.insert({s, Root(code), t});
    bool pass = true;
    std::string missing, extra;
    for (const Triple& t : want)
      if (!got.count(t)) { pass = false; missing += " " + std::get<0>(t) + ":" + std::get<1>(t) + ":" + std::get<2>(t); }
    for (const Triple& t : got)
      if (!want.count(t) && !ok.count(t)) {
        pass = false;
        extra += " " + std::get<0>(t) + ":" + got_code[t] + ":" + std::get<2>(t);
      }
    Tally& r = by_root[c.root.empty() ? "?" : c.root];
    for (Tally* x : {&r, &all}) {
      ++x->cases;
      x->passed += pass;
      for (const auto& [t, code] : want_code)
        if (got.count(t)) {
          ++x->matched;
          x->exact += got_code[t] == code;
        }
    }
    if (!pass && (verbose || listed < 40)) {
      ++listed;
      failures += "  " + c.id + " (" + c.origin + "):" + (missing.empty() ? "" : " missing" + missing) +
                  (extra.empty() ? "" : " extra" + extra) + "\n";
    }
  }
  std::printf("%-14s %6s %6s %7s %12s\n", "root", "cases", "passed", "%", "exact code");
  for (const auto& [root, t] : by_root)
    std::printf("%-14s %6d %6d %6.1f%% %6d/%-5d\n", root.c_str(), t.cases, t.passed,
                100.0 * t.passed / std::max(1, t.cases), t.exact, t.matched);
  const double rate = static_cast<double>(all.passed) / std::max(1, all.cases);
  std::printf("%-14s %6d %6d %6.1f%% %6d/%-5d\n", "overall", all.cases, all.passed, 100.0 * rate,
              all.exact, all.matched);
  std::printf("validation_pass_rate=%.4f exact_code_rate=%.4f\n", rate,
              static_cast<double>(all.exact) / std::max(1, all.matched));
  if (!failures.empty()) std::printf("failing cases%s:\n%s", verbose ? "" : " (first 40)", failures.c_str());
  EXPECT_GE(rate, kMinPassRate) << "validation pass rate fell below the threshold";
}

}  // namespace
}  // namespace ghatna
