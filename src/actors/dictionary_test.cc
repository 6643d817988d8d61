// The dictionary loader, lookups, dated codes and the validator.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ghatna/actors.h"

namespace ghatna {
namespace {

const std::string kTestData = std::string(GHATNA_SOURCE_DIR) + "/src/actors/testdata";

using Files = std::vector<std::pair<std::string, std::string>>;

// Malformed lines: the load fails naming file:line: reason.
TEST(ActorDictionaryTest, BadLinesNameFileAndLine) {
  const struct {
    const char* file;
    const char* content;
    const char* want;  // substring of the error
  } kCases[] = {
      {"people.tsv", "# c\nलवरोव\n", "people.tsv:2: expected 3 tab-separated columns"},
      {"people.tsv", "लवरोव\tRUSGOV\tnote\textra\n", "people.tsv:1: expected at most 3"},
      {"people.tsv", "लवरोव\trusgov\n", "people.tsv:1: code 'rusgov'"},
      {"people.tsv", "लवरोव\tRUSGOV@2004\n", "people.tsv:1: date range '2004'"},
      {"people.tsv", "लवरोव\tRUSGOV@2004-13-01..\n", "people.tsv:1: bad date '2004-13-01'"},
      {"people.tsv", "लवरोव\t\n", "people.tsv:1: no code"},
      {"people.tsv", "\tRUSGOV\n", "people.tsv:1: no FORMS"},
      {"countries.tsv", "RU\tरूस\n", "countries.tsv:1: country code 'RU'"},
      {"countries.tsv", "\n\nRUS\t\n", "countries.tsv:3: no NAMES"},
      {"agents.tsv", "मंत्री\tgov\n", "agents.tsv:1: role 'gov'"},
      {"agents.tsv", "मंत्री\tGOVT\n", "agents.tsv:1: role 'GOVT'"},
      {"orgs.tsv", "संयुक्त राष्ट्र IGOUNO\n", "orgs.tsv:1: expected 3 tab-separated columns"},
      {"groups.tsv", "हमास\tPSEREB;@2000..\n", "groups.tsv:1: code ''"},
      {"groups.tsv", "आईएस\tIRQREB;where=SY\n", "groups.tsv:1: ';where=' wants three-letter"},
      {"groups.tsv", "आईएस\tIRQREB;where=\n", "groups.tsv:1: ';where=' wants three-letter"},
  };
  for (const auto& c : kCases) {
    auto d = ActorDictionary::LoadFromMemory({{c.file, c.content}});
    ASSERT_FALSE(d.ok()) << c.content;
    EXPECT_EQ(d.status().code(), StatusCode::kInvalidInput);
    EXPECT_NE(d.status().message().find(c.want), std::string::npos) << d.status().message();
  }
}

TEST(ActorDictionaryTest, GoodLinesLoad) {
  const struct {
    const char* file;
    const char* content;
    int entries;
  } kCases[] = {
      {"people.tsv", "# comment\n\nलवरोव\tRUSGOV@2004-03-09..\tLavrov\n", 1},
      {"people.tsv", "लवरोव\tRUSGOV@2004-03-09..\r\n", 1},  // CRLF
      {"people.tsv", "  # indented comment\nलवरोव|लावरोव\tRUSGOV\n", 1},
      {"countries.tsv", "RUS\tरूस\n", 1},  // demonyms, capitals, note optional
      {"countries.tsv", "RUS\tरूस\t-\t-\tRussia\n", 1},
      {"countries.tsv", "RUS\tरूस|रशिया\tरूसी\tमॉस्को\tRussia\nUSA\tअमेरिका\tअमेरिकी\t\tUS\n", 2},
      {"agents.tsv", "विदेश मंत्री|विदेशमंत्री\tGOV\tforeign minister\n", 1},
      {"orgs.tsv", "संयुक्त राष्ट्र|UN\tIGOUNO\n", 1},
      {"groups.tsv", "तालिबान\tAFGREB@..2021-08-14;AFGGOV@2021-08-15..\tTaliban\n", 1},
      {"groups.tsv", "आईएस\tIRQREB;where=IRQ,SYR, AFG\tIslamic State\n", 1},
      {"people_india.tsv", "मोदी\tINDGOV\n", 1},  // a split file
      {"people.tsv", "", 0},
  };
  for (const auto& c : kCases) {
    auto d = ActorDictionary::LoadFromMemory({{c.file, c.content}});
    ASSERT_TRUE(d.ok()) << c.content << ": " << d.status().ToString();
    EXPECT_EQ(static_cast<int>((*d)->entries().size()), c.entries) << c.content;
  }
}

TEST(ActorDictionaryTest, UnknownFileNameIsAnError) {
  auto d = ActorDictionary::LoadFromMemory({{"misc.tsv", "x\tRUS\n"}});
  EXPECT_FALSE(d.ok());
}

TEST(ActorDictionaryTest, MissingDirectory) {
  auto d = ActorDictionary::Load("/nonexistent/actors");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kNotFound);
  EXPECT_NE(d.status().message().find("/nonexistent/actors"), std::string::npos);
}

TEST(ActorDictionaryTest, LoadErrorsNameTheDirectory) {
  const std::string dir = ::testing::TempDir() + "/ghatna_actors_bad";
  std::filesystem::create_directories(dir);
  for (const char* name : {"countries", "orgs", "groups", "agents"})
    std::ofstream(dir + "/" + name + ".tsv") << "# empty\n";
  std::ofstream(dir + "/countries.tsv") << "RUS\tरूस\n";
  std::ofstream(dir + "/orgs.tsv") << "संयुक्त राष्ट्र\tIGOUNO\n";
  std::ofstream(dir + "/groups.tsv") << "तालिबान\tAFGREB\n";
  std::ofstream(dir + "/agents.tsv") << "मंत्री\tGOV\n";
  std::ofstream(dir + "/people.tsv") << "# header\nलवरोव\tRUSGOV@bad..\n";
  auto d = ActorDictionary::Load(dir);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find(dir + "/people.tsv:2: bad date 'bad'"), std::string::npos)
      << d.status().message();
  std::filesystem::remove_all(dir);
}

// Issue 13: a missing or empty required file, a NUL byte, an invalid code
// or invalid UTF-8 loaded with exit 0 and fewer events; a BOM was a tab error.
TEST(ActorDictionaryTest, BrokenFilesAreRefused) {
  const std::string dir = ::testing::TempDir() + "/ghatna_actors_broken";
  auto write_all = [&] {
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::ofstream(dir + "/countries.tsv") << "RUS\tरूस\n";
    std::ofstream(dir + "/orgs.tsv") << "संयुक्त राष्ट्र\tIGOUNO\n";
    std::ofstream(dir + "/groups.tsv") << "तालिबान\tAFGREB\n";
    std::ofstream(dir + "/agents.tsv") << "मंत्री\tGOV\n";
    std::ofstream(dir + "/people.tsv") << "लवरोव\tRUSGOV\n";
  };
  using std::string_literals::operator""s;
  const std::string kMissing = "(missing)";
  const struct { const char* file; std::string content; const char* error; } kCases[] = {
      {"countries.tsv", kMissing, "no countries*.tsv"},
      {"countries.tsv", "", "countries.tsv: no entries (empty file)"},
      {"agents.tsv", "# comments only\n\n", "agents.tsv: no entries"},
      {"people.tsv", "लवरोव\tRUSGOV\nपुतिन\0\tRUSGOV\n"s, "people.tsv:2: byte offset 38: NUL byte"},
      {"people.tsv", "लवरोव\xff\tRUSGOV\n", "people.tsv:1: byte offset 15: invalid UTF-8"},
      {"orgs.tsv", "नकली\tXXXGOV\n", "orgs.tsv:1: code 'XXXGOV': principal 'XXX'"},
      {"groups.tsv", "नकली\tAFGXYZ\n", "groups.tsv:1: code 'AFGXYZ': role 'XYZ'"},
      {"people.tsv", "\xEF\xBB\xBF# with a BOM\nलवरोव\tRUSGOV\n", nullptr},
  };
  for (const auto& c : kCases) {
    write_all();
    const std::string path = dir + "/" + c.file;
    if (c.content == kMissing) {
      std::filesystem::remove(path);
    } else {
      std::ofstream(path, std::ios::binary) << c.content;
    }
    auto d = ActorDictionary::Load(dir);
    if (c.error == nullptr) {
      EXPECT_TRUE(d.ok()) << c.file << ": " << d.status().ToString();
      continue;
    }
    ASSERT_FALSE(d.ok()) << c.file << " " << c.error;
    EXPECT_NE(d.status().message().find(c.error), std::string::npos) << d.status().message();
    EXPECT_EQ(d.status().message().find('\n'), std::string::npos) << d.status().message();
    // `actors check` names the same problem.
    std::vector<ActorCheckIssue> issues = CheckActorDictionary(dir, nullptr);
    bool named = false;
    for (const ActorCheckIssue& i : issues) {
      named |= i.error && (i.location + ": " + i.reason).find(c.error) != std::string::npos;
      named |= i.error && std::string(c.error).find(i.reason) != std::string::npos;
    }
    EXPECT_TRUE(named) << c.error;
  }
  std::filesystem::remove_all(dir);
}

TEST(ActorDictionaryTest, FixtureCounts) {
  auto d = ActorDictionary::Load(kTestData);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  const ActorDictionaryCounts c = (*d)->counts();
  EXPECT_EQ(c.countries, 9);
  EXPECT_EQ(c.orgs, 8);
  EXPECT_EQ(c.groups, 8);
  EXPECT_EQ(c.people, 11);
  EXPECT_EQ(c.agents, 36);
  EXPECT_GT(c.forms, 100);
  EXPECT_EQ(c.dated_people, 10);
}

// Lookup: every entry a form names.
TEST(ActorDictionaryTest, Lookup) {
  auto d = ActorDictionary::Load(kTestData);
  ASSERT_TRUE(d.ok());
  const struct {
    const char* text;
    const char* location;  // of the first hit, "" for none
    const char* form_type;
    bool inflected;
    bool loose;
  } kCases[] = {
      {"रूस", "countries.tsv:2", "name", false, false},
      {"रूसी", "countries.tsv:2", "demonym", false, false},
      {"रूसियों", "countries.tsv:2", "demonym", true, false},
      {"मॉस्को", "countries.tsv:2", "capital", false, false},
      {"मास्को", "countries.tsv:2", "capital", false, false},
      {"मोस्को", "countries.tsv:2", "capital", false, true},  // a form's ॉ also as ो
      {"संयुक्त राष्ट्र", "orgs.tsv:2", "name", false, false},
      {"संयुक्त  राष्ट्र", "orgs.tsv:2", "name", false, false},
      {"UN", "orgs.tsv:2", "name", false, false},
      {"un", "orgs.tsv:2", "name", false, false},
      {"लवरोव", "people.tsv:2", "name", false, false},
      {"लावरोव", "people.tsv:2", "name", false, false},
      {"मंत्रियों", "agents.tsv:5", "agent", true, false},
      {"विदेश मंत्री", "agents.tsv:2", "agent", false, false},
      {"विदेशमंत्री", "agents.tsv:2", "agent", false, false},
      {"तहरीक-ए-तालिबान पाकिस्तान", "groups.tsv:4", "name", false, false},
      {"तहरीक ए तालिबान पाकिस्तान", "groups.tsv:4", "name", false, false},
      {"ज़ेलेंस्की", "people.tsv:10", "name", false, false},
      {"जेलेंस्की", "people.tsv:10", "name", false, false},
      {"पूतिन", "people.tsv:4", "name", false, true},
      {"सिंह", "", "", false, false},
      {"", "", "", false, false},
  };
  for (const auto& c : kCases) {
    std::vector<ActorLookupHit> hits = (*d)->Lookup(c.text);
    if (*c.location == '\0') {
      EXPECT_TRUE(hits.empty()) << c.text;
      continue;
    }
    ASSERT_FALSE(hits.empty()) << c.text;
    EXPECT_EQ(hits[0].entry->location, c.location) << c.text;
    EXPECT_EQ(hits[0].form_type, c.form_type) << c.text;
    EXPECT_EQ(hits[0].inflected, c.inflected) << c.text;
    EXPECT_EQ(hits[0].loose, c.loose) << c.text;
  }
}

TEST(ActorDictionaryTest, CodeOn) {
  ActorEntry e;
  ASSERT_TRUE(ActorDictionary::LoadFromMemory(
                  {{"people.tsv", "X\tINDGOV@2004-05-22..2014-05-25;INDOPP@2014-05-26..2024-12-26\n"}})
                  .ok());
  auto d = ActorDictionary::LoadFromMemory(
      {{"people.tsv", "X\tINDGOV@2004-05-22..2014-05-25;INDOPP@2014-05-26..2024-12-26\nY\tRUSGOV\n"}});
  ASSERT_TRUE(d.ok());
  const ActorEntry& x = (*d)->entries()[0];
  const ActorEntry& y = (*d)->entries()[1];
  const struct {
    const ActorEntry* e;
    const char* date;
    const char* code;
    double confidence;
  } kCases[] = {
      {&x, "2010-01-01", "INDGOV", 1.0}, {&x, "2004-05-22", "INDGOV", 1.0}, {&x, "2004-05-21", "", 0.0},
      {&x, "2014-05-26", "INDOPP", 1.0}, {&x, "2030-01-01", "", 0.0},      {&x, "", "INDOPP", 0.8},
      {&x, "garbage", "INDOPP", 0.8},    {&x, "2014", "INDOPP", 1.0},      {&x, "2010-03", "INDGOV", 1.0},
      {&y, "", "RUSGOV", 1.0},           {&y, "1900-01-01", "RUSGOV", 1.0},
  };
  for (const auto& c : kCases) {
    double conf = -1;
    EXPECT_EQ(ActorDictionary::CodeOn(*c.e, c.date, &conf), c.code) << c.date;
    EXPECT_DOUBLE_EQ(conf, c.confidence) << c.date;
  }
}

// The validator: conflicts, overlaps and the code grammar, as file:line.
TEST(ActorCheckTest, FindsProblems) {
  const std::string dir = ::testing::TempDir() + "/ghatna_actors_check";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/countries.tsv") << "RUS\tरूस\tरूसी\tमॉस्को\tRussia\nZZZ\tज़ज़\n";
  std::ofstream(dir + "/orgs.tsv") << "संयुक्त राष्ट्र\tIGOUNO\nयूएन\tIGO\n";
  std::ofstream(dir + "/people.tsv")
      << "# people\nलवरोव\tRUSGOV@2004-03-09..\nलावरोव|लवरोव\tRUSMIL\n"
      << "क\tINDGOV@2004..2014;INDOPP@2010..\nख\tRUSXYZ\nग\tINDGOV@2014..2004\nरूस\tRUS\n";
  std::ofstream(dir + "/agents.tsv") << "मंत्री\tGOV\nमंत्री\tMIL\nसेना\tXXX\n";
  std::ofstream(dir + "/places.tsv") << "कज़ान\tRUS\tcity\nसान हुआन\tPRI\tcity\n";
  std::ofstream(dir + "/groups.tsv") << "तालिबान\tAFGREB\n";
  ActorDictionaryCounts counts;
  std::vector<ActorCheckIssue> issues = CheckActorDictionary(dir, &counts);
  auto has = [&](const std::string& where, const std::string& what, bool error) {
    for (const ActorCheckIssue& i : issues) {
      if (i.location == dir + "/" + where && i.reason.find(what) != std::string::npos && i.error == error) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("countries.tsv:2", "'ZZZ' is not an ISO", true));
  EXPECT_TRUE(has("orgs.tsv:2", "IGO must be followed", true));
  EXPECT_TRUE(has("people.tsv:3", "form 'लवरोव' has codes RUSMIL here but RUSGOV@2004-03-09..", true));
  EXPECT_TRUE(has("people.tsv:4", "overlap", true));
  EXPECT_TRUE(has("people.tsv:5", "role 'XYZ'", true));
  EXPECT_TRUE(has("people.tsv:6", "after it ends", true));
  EXPECT_TRUE(has("people.tsv:7", "repeats the entry at countries.tsv:1", false));
  EXPECT_TRUE(has("agents.tsv:2", "form 'मंत्री' has codes MIL here but GOV", true));
  EXPECT_TRUE(has("agents.tsv:3", "role 'XXX'", true));
  EXPECT_TRUE(has("places.tsv:2", "state 'PRI' is not in countries.tsv", true));
  EXPECT_FALSE(has("places.tsv:1", "is not in countries.tsv", true));
  EXPECT_EQ(counts.countries, 2);
  EXPECT_EQ(counts.people, 6);
  EXPECT_EQ(counts.agents, 3);
  std::filesystem::remove_all(dir);
}

TEST(ActorCheckTest, FixtureIsClean) {
  std::vector<ActorCheckIssue> issues = CheckActorDictionary(kTestData);
  for (const ActorCheckIssue& i : issues) {
    EXPECT_FALSE(i.error) << i.location << ": " << i.reason;
  }
}

TEST(ActorCheckTest, MissingDirectoryIsOneError) {
  std::vector<ActorCheckIssue> issues = CheckActorDictionary("/nonexistent/actors");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_TRUE(issues[0].error);
}

// The real dictionary, when it is there: it loads and is valid. (How fast
// it loads is bench/actors_bench.cc's to measure, not a test's.)
TEST(ActorDictionaryTest, RealDataLoads) {
  const std::string dir = std::string(GHATNA_SOURCE_DIR) + "/data/actors";
  if (!std::filesystem::exists(dir + "/countries.tsv")) GTEST_SKIP() << "no data/actors";
  auto d = ActorDictionary::Load(dir);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_GT((*d)->counts().countries, 0);
}

TEST(ActorDictionaryTest, WhereAGroupFights) {
  auto d = ActorDictionary::LoadFromMemory({{"groups.tsv", "आईएस\tIRQREB;where=IRQ,SYR, AFG\n"}});
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  const ActorEntry& e = (*d)->entries().front();
  ASSERT_EQ(e.codes.size(), 1u);
  EXPECT_EQ(e.codes[0].code, "IRQREB");
  EXPECT_EQ(e.fights_in, (std::vector<std::string>{"IRQ", "SYR", "AFG"}));
  EXPECT_FALSE(e.placed_only);
}

TEST(ActorDictionaryTest, WhereAGroupFightsOnlyWhenTheTextPlacesIt) {
  auto d = ActorDictionary::LoadFromMemory(
      {{"groups.tsv", "तालिबान\tAFGREB@..2021-08-14;AFGGOV@2021-08-15..;where=AFG,PAK;placed\n"}});
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  const ActorEntry& e = (*d)->entries().front();
  ASSERT_EQ(e.codes.size(), 2u);
  EXPECT_EQ(e.fights_in, (std::vector<std::string>{"AFG", "PAK"}));
  EXPECT_TRUE(e.placed_only);
}

}  // namespace
}  // namespace ghatna
