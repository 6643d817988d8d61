// Match keys, inflection bases, form splitting, dates and the code grammar.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "actors/dictionary_impl.h"
#include "ghatna/actors.h"

namespace ghatna {
namespace {

struct KeyCase {
  const char* a;
  const char* b;
  bool loose;
};

// Spellings that must share a match key (loose = only after vowel folding).
const KeyCase kSameKey[] = {
    {"ज़ेलेंस्की", "जेलेंस्की", false},
    {"क़तर", "कतर", false},
    {"फ़िलिस्तीन", "फिलिस्तीन", false},
    {"ग़ाज़ा", "गाजा", false},
    {"ख़ान", "खान", false},
    {"अफ़ग़ानिस्तान", "अफगानिस्तान", false},
    {"इज़राइल", "इजराइल", false},
    {"फ़ौज", "फौज", false},
    {"ज\u093C", "ज", false},            // decomposed nukta
    {"र\u200Dूस", "रूस", false},        // ZWJ
    {"र\u200Cूस", "रूस", false},        // ZWNJ
    {"रू\u00ADस", "रूस", false},        // soft hyphen
    {"पार्टियाँ", "पार्टियां", false},  // chandrabindu / anusvara
    {"हिंदुस्ताँ", "हिंदुस्तां", false},
    {"NATO", "nato", false},
    {"UN", "un", false},
    {"Russia", "RUSSIA", false},
    {"पूतिन", "पुतिन", true},
    {"गुटेरीस", "गुटेरिस", true},
    {"वॉशिंगटन", "वाशिंगटन", true},
    {"ऑस्ट्रेलिया", "आस्ट्रेलिया", true},
    {"ईरान", "इरान", true},
};

TEST(ActorMatchKeyTest, VariantsShareAKey) {
  for (const KeyCase& c : kSameKey) {
    EXPECT_EQ(ActorMatchKey(c.a, c.loose), ActorMatchKey(c.b, c.loose)) << c.a << " / " << c.b;
    if (c.loose) {
      EXPECT_NE(ActorMatchKey(c.a), ActorMatchKey(c.b)) << c.a << " strict";
    }
  }
}

TEST(ActorMatchKeyTest, DistinctWordsStayDistinct) {
  const std::pair<const char*, const char*> kDistinct[] = {
      {"रूस", "रूसी"}, {"भारत", "भारतीय"}, {"चीन", "चीनी"}, {"की", "कि"}, {"मंत्री", "मंत्र"}};
  for (const auto& [a, b] : kDistinct) EXPECT_NE(ActorMatchKey(a), ActorMatchKey(b)) << a << " / " << b;
}

TEST(ActorMatchKeyTest, InvalidUtf8DoesNotCrash) {
  EXPECT_FALSE(ActorMatchKey("\xE0\xA4").empty());
  EXPECT_FALSE(ActorMatchKey("\xFF\xFE").empty());
}

struct BaseCase {
  const char* word;
  const char* base;
};

const BaseCase kBases[] = {
    {"मंत्रियों", "मंत्री"},      {"अमेरिकियों", "अमेरिकी"},  {"रूसियों", "रूसी"},
    {"प्रदर्शनकारियों", "प्रदर्शनकारी"}, {"पार्टियां", "पार्टी"}, {"पार्टियाँ", "पार्टी"},
    {"सैनिकों", "सैनिक"},        {"भारतीयों", "भारतीय"},    {"नेताओं", "नेता"},
    {"सेनाओं", "सेना"},          {"सेनाएं", "सेना"},          {"सेनाएँ", "सेना"},
    {"सरकारें", "सरकार"},        {"दस्ते", "दस्ता"},          {"दस्तों", "दस्ता"},
    {"आतंकवादियों", "आतंकवादी"}, {"राजनयिकों", "राजनयिक"},  {"प्रतिनिधियों", "प्रतिनिधि"},
    {"वालों", "वाले"},
};

TEST(InflectionBasesTest, ObliqueAndPluralEndings) {
  for (const BaseCase& c : kBases) {
    std::vector<std::string> bases;
    InflectionBases(ActorMatchKey(c.word), &bases);
    const std::string want = ActorMatchKey(c.base);
    bool found = false;
    for (const std::string& b : bases) found |= b == want;
    EXPECT_TRUE(found) << c.word << " should give " << c.base;
  }
}

TEST(InflectionBasesTest, ShortWordsAreNotInflected) {
  for (const char* w : {"के", "ने", "से", "रूस", "भारत"}) {
    std::vector<std::string> bases;
    InflectionBases(ActorMatchKey(w), &bases);
    EXPECT_TRUE(bases.empty()) << w;
  }
}

TEST(SplitFormWordsTest, SpacesHyphensAndStops) {
  const std::pair<const char*, std::vector<std::string>> kCases[] = {
      {"संयुक्त राष्ट्र", {"संयुक्त", "राष्ट्र"}},
      {"तहरीक-ए-तालिबान पाकिस्तान", {"तहरीक", "ए", "तालिबान", "पाकिस्तान"}},
      {"A. P. J. Abdul Kalam", {"A", "P", "J", "Abdul", "Kalam"}},
      {"  लवरोव  ", {"लवरोव"}},
      {"रूस\u2010यूक्रेन", {"रूस", "यूक्रेन"}},
      {"", {}},
  };
  for (const auto& [form, want] : kCases) {
    std::vector<std::string> got;
    for (auto w : SplitFormWords(form)) got.emplace_back(w);
    EXPECT_EQ(got, want) << form;
  }
}

TEST(ParseActorDateTest, Forms) {
  const struct {
    const char* s;
    bool end;
    bool ok;
    int32_t want;
  } kCases[] = {
      {"2004-03-09", false, true, 20040309}, {"2004-03", false, true, 20040301},
      {"2004-03", true, true, 20040331},     {"2004", false, true, 20040101},
      {"2004", true, true, 20041231},        {"2004-13-01", false, false, 0},
      {"2004-00", false, false, 0},          {"04-03-09", false, false, 0},
      {"2004/03/09", false, false, 0},       {"20040309", false, false, 0},
      {"2004-03-32", false, false, 0},       {"", false, false, 0},
  };
  for (const auto& c : kCases) {
    int32_t got = 0;
    EXPECT_EQ(ParseActorDate(c.s, c.end, &got), c.ok) << c.s;
    if (c.ok) {
      EXPECT_EQ(got, c.want) << c.s;
    }
  }
}

TEST(ParseDatedCodesTest, Fields) {
  std::vector<DatedCode> codes;
  EXPECT_EQ(ParseDatedCodes("RUSGOV@2004-03-09..", &codes), "");
  ASSERT_EQ(codes.size(), 1u);
  EXPECT_EQ(codes[0].from, 20040309);
  EXPECT_EQ(codes[0].to, 99999999);
  EXPECT_EQ(ParseDatedCodes("AFGREB@..2021-08-14;AFGGOV@2021-08-15..", &codes), "");
  ASSERT_EQ(codes.size(), 2u);
  EXPECT_EQ(codes[0].from, 0);
  EXPECT_EQ(codes[0].to, 20210814);
  EXPECT_EQ(ParseDatedCodes("IGOUNO", &codes), "");
  EXPECT_EQ(ParseDatedCodes("INDGOV@2014..2019-05", &codes), "");
  EXPECT_EQ(codes[0].to, 20190531);
  EXPECT_NE(ParseDatedCodes("rusgov", &codes), "");
  EXPECT_NE(ParseDatedCodes("RUSGOV@2004", &codes), "");
  EXPECT_NE(ParseDatedCodes("RUSGOV@2004-99-01..", &codes), "");
  EXPECT_NE(ParseDatedCodes("", &codes), "");
  EXPECT_NE(ParseDatedCodes("RU", &codes), "");
}

TEST(ActorCodeGrammarTest, Codes) {
  const std::pair<const char*, bool> kCases[] = {
      {"RUS", true},          {"RUSGOV", true},   {"PAKMIL", true},   {"INDOPP", true},
      {"IGOUNO", true},       {"IGOUNOIAE", true}, {"IGOBRICS", true}, {"NGOHRIAMN", true},
      {"XKX", true},          {"PSEREB", true},   {"TWN", true},      {"VAT", true},
      {"XKXGOV", true},       {"USACVL", true},   {"IGO", false},     {"NGOX", false},
      {"ZZZ", false},         {"RUSXYZ", false},  {"RUSGOVMIL", false}, {"RUSGO", false},
      {"rus", false},         {"RU", false},      {"123", false},     {"SOV", false},
  };
  for (const auto& [code, ok] : kCases) {
    std::string reason;
    EXPECT_EQ(IsValidActorCode(code, &reason), ok) << code << ": " << reason;
    if (!ok) {
      EXPECT_FALSE(reason.empty()) << code;
    }
  }
  EXPECT_TRUE(IsValidActorRole("GOV"));
  EXPECT_TRUE(IsValidActorRole("REB"));
  EXPECT_FALSE(IsValidActorRole("XXX"));
  EXPECT_FALSE(IsValidActorRole("gov"));
}

}  // namespace
}  // namespace ghatna
