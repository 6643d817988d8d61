#include "ghatna/romanize.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "ghatna/romanize_eval.h"

namespace ghatna {
namespace {

struct Case {
  const char* devanagari;
  const char* iso;
  const char* hindi;
};

// Names of politicians and places, common news words, conjuncts, nasals,
// nukta letters, visarga, word-final and medial schwas.
const Case kCases[] = {
    // People.
    {"लवरोव", "lavarōva", "lavrov"},
    {"गुटेरेस", "guṭērēsa", "guṭeres"},
    {"मोदी", "mōdī", "modī"},
    {"राहुल", "rāhula", "rāhul"},
    {"गांधी", "gāṁdhī", "gāndhī"},
    {"अमित", "amita", "amit"},
    {"शाह", "śāha", "śāh"},
    {"ममता", "mamatā", "mamtā"},
    {"बनर्जी", "banarjī", "banarjī"},
    {"अरविंद", "araviṁda", "arvind"},
    {"केजरीवाल", "kējarīvāla", "kejrīvāl"},
    {"आदित्यनाथ", "ādityanātha", "ādityanāth"},
    {"व्लादिमीर", "vlādimīra", "vlādimīr"},
    {"पुतिन", "putina", "putin"},
    {"जयशंकर", "jayaśaṁkara", "jayśaṅkar"},
    {"राजनाथ", "rājanātha", "rājnāth"},
    {"सिंह", "siṁha", "siṃh"},
    {"नीतीश", "nītīśa", "nītīś"},
    {"शरद", "śarada", "śarad"},
    {"पवार", "pavāra", "pavār"},
    {"उद्धव", "uddhava", "uddhav"},
    {"ठाकरे", "ṭhākarē", "ṭhākre"},
    {"अखिलेश", "akhilēśa", "akhileś"},
    {"यादव", "yādava", "yādav"},
    {"बाइडन", "bāiḍana", "bāiḍan"},
    {"हैरिस", "hairisa", "hairis"},
    {"नेतन्याहू", "nētanyāhū", "netanyāhū"},
    {"मिश्र", "miśra", "miśra"},
    {"कमलनाथ", "kamalanātha", "kamalnāth"},
    {"धरमपाल", "dharamapāla", "dharampāl"},
    {"सुखदेव", "sukhadēva", "sukhdev"},
    {"मोहनलाल", "mōhanalāla", "mohanlāl"},
    {"शिवप्रसाद", "śivaprasāda", "śivprasād"},
    {"चंद्र", "caṁdra", "candra"},
    // Places.
    {"इस्लामाबाद", "islāmābāda", "islāmābād"},
    {"कश्मीर", "kaśmīra", "kaśmīr"},
    {"पाकिस्तान", "pākistāna", "pākistān"},
    {"अफ़ग़ानिस्तान", "afaġānistāna", "afġānistān"},
    {"कोलकाता", "kōlakātā", "kolkātā"},
    {"लखनऊ", "lakhanaū", "lakhnaū"},
    {"पटना", "paṭanā", "paṭnā"},
    {"भोपाल", "bhōpāla", "bhopāl"},
    {"गुजरात", "gujarāta", "gujrāt"},
    {"जनकपुर", "janakapura", "janakpur"},
    {"सहारनपुर", "sahāranapura", "sahāranpur"},
    {"अमरनाथ", "amaranātha", "amarnāth"},
    {"पंजाब", "paṁjāba", "pañjāb"},
    {"मुंबई", "muṁbaī", "mumbaī"},
    {"महाराष्ट्र", "mahārāṣṭra", "mahārāṣṭra"},
    {"बीजिंग", "bījiṁga", "bījiṅg"},
    {"ट्रंप", "ṭraṁpa", "ṭramp"},
    // News words, compounds, medial schwa.
    {"सरकार", "sarakāra", "sarkār"},
    {"भारत", "bhārata", "bhārat"},
    {"हमला", "hamalā", "hamlā"},
    {"बातचीत", "bātacīta", "bātcīt"},
    {"समझना", "samajhanā", "samajhnā"},
    {"समझौता", "samajhautā", "samjhautā"},
    {"प्रधानमंत्री", "pradhānamaṁtrī", "pradhānmantrī"},
    {"राष्ट्रपति", "rāṣṭrapati", "rāṣṭrapati"},
    {"बलपूर्वक", "balapūrvaka", "balpūrvak"},
    {"विकसित", "vikasita", "vikasit"},
    {"अनुमति", "anumati", "anumati"},
    {"झड़झड़ाना", "jhaṛajhaṛānā", "jhaṛjhaṛānā"},
    {"खटखटाना", "khaṭakhaṭānā", "khaṭkhaṭānā"},
    {"सत्य", "satya", "satya"},
    // Echo words, suffixes, Sanskrit endings (-it, -ik, -aṇ), nasal clusters.
    {"अदलबदल", "adalabadala", "adalbadal"},
    {"अटपटा", "aṭapaṭā", "aṭpaṭā"},
    {"गड़बड़ाना", "gaṛabaṛānā", "gaṛbaṛānā"},
    {"धनकना", "dhanakanā", "dhanaknā"},
    {"लड़कपन", "laṛakapana", "laṛakpan"},
    {"दिलवाला", "dilavālā", "dilvālā"},
    {"मायावती", "māyāvatī", "māyāvatī"},
    {"आचरण", "ācaraṇa", "ācaraṇ"},
    {"उदाहरण", "udāharaṇa", "udāharaṇ"},
    {"कथित", "kathita", "kathit"},
    {"नागरिक", "nāgarika", "nāgarik"},
    {"वंदना", "vaṁdanā", "vandnā"},
    {"भाजपा", "bhājapā", "bhājpā"},
    {"राजनीति", "rājanīti", "rājnīti"},
    {"मतदान", "matadāna", "matdān"},
    {"जनवरी", "janavarī", "janvarī"},
    {"अजनबी", "ajanabī", "ajnabī"},
    {"खटकना", "khaṭakanā", "khaṭaknā"},
    {"अनवरत", "anavarata", "anavarat"},
    {"विजया", "vijayā", "vijayā"},
    {"कृपया", "kr̥payā", "kr̥payā"},
    {"न", "na", "na"},
    // Nasals: homorganic before stops, ṃ before others, ṁ for nasal vowels.
    {"अंक", "aṁka", "aṅk"},
    {"अंजन", "aṁjana", "añjan"},
    {"अंडा", "aṁḍā", "aṇḍā"},
    {"अंत", "aṁta", "ant"},
    {"अंबर", "aṁbara", "ambar"},
    {"संसद", "saṁsada", "saṃsad"},
    {"संयुक्त", "saṁyukta", "saṃyukt"},
    {"चाँद", "cām̐da", "cāṁd"},
    {"माँ", "mām̐", "māṁ"},
    {"मैं", "maiṁ", "maiṁ"},
    {"कहीं", "kahīṁ", "kahīṁ"},
    // Nukta letters, precomposed or not, and after the vowel sign (typo).
    {"क़ानून", "qānūna", "qānūn"},
    {"ख़बर", "k͟habara", "ḵẖabar"},
    {"ग़रीब", "ġarība", "ġarīb"},
    {"ज़िला", "zilā", "zilā"},
    {"ज\u093Cिला", "zilā", "zilā"},
    {"सड़क", "saṛaka", "saṛak"},
    {"पढ़ना", "paṛhanā", "paṛhnā"},
    {"फ़ौज", "fauja", "fauj"},
    // Visarga, ज्ञ, क्ष, ऋ.
    {"दुःख", "duḥkha", "duḥkh"},
    {"अतः", "ataḥ", "ataḥ"},
    {"ज्ञान", "jñāna", "gyān"},
    {"विज्ञान", "vijñāna", "vigyān"},
    {"क्षेत्र", "kṣētra", "kṣetra"},
    {"कृष्ण", "kr̥ṣṇa", "kr̥ṣṇ"},
    {"ऋषि", "r̥ṣi", "r̥ṣi"},
    {"पृथ्वी", "pr̥thvī", "pr̥thvī"},
    // ISO 15919 disambiguation, English loans, sentences and pass-through.
    {"कइ", "ka:i", "kai"},
    {"क्ह", "k:ha", "kh"},
    {"कॉलेज", "kôlēja", "kolej"},
    {"लवरोव ने गुटेरेस से बात की।", "lavarōva nē guṭērēsa sē bāta kī।",
     "lavrov ne guṭeres se bāt kī."},
    {"UN में १२ देश", "UN mēṁ १२ dēśa", "UN meṁ 12 deś"},
    {"रूस-यूक्रेन", "rūsa-yūkrēna", "rūs-yūkren"},
    {"", "", ""},
};

TEST(RomanizeTest, Table) {
  for (const Case& c : kCases) {
    EXPECT_EQ(RomanizeIso15919(c.devanagari), c.iso) << c.devanagari;
    EXPECT_EQ(RomanizeHindi(c.devanagari), c.hindi) << c.devanagari;
  }
}

TEST(RomanizeTest, IsoIsInjectiveOnSimilarSpellings) {
  // Spellings that a naive transliteration merges.
  const std::vector<std::string> words = {
      "कै", "कइ", "कअइ", "खा", "क्हा", "ड़", "ड़्ह", "ढ़", "कं", "कँ", "कृ", "क्रि",
      "ऐ", "अइ", "औ", "अउ", "ए", "ऎ", "ज़", "ज़", "ज्ञ", "ग्य"};
  for (size_t i = 0; i < words.size(); ++i) {
    for (size_t j = i + 1; j < words.size(); ++j) {
      if (words[i] == words[j]) continue;
      EXPECT_NE(RomanizeIso15919(words[i]), RomanizeIso15919(words[j]))
          << words[i] << " vs " << words[j];
    }
  }
}

// The inverse of RomanizeIso15919 on well-formed text, to check that no
// information is lost.
std::string IsoToDevanagari(const std::string& latin) {
  struct Token {
    const char* latin;
    const char* deva;
    int kind;  // 0 consonant, 1 vowel (independent, sign), 2 sign, 3 separator
    const char* sign = "";
  };
  static const std::vector<Token> kTokens = [] {
    std::vector<Token> t = {
        {"k͟h", "ख़", 0}, {"kh", "ख", 0}, {"k", "क", 0}, {"gh", "घ", 0}, {"g", "ग", 0},
        {"ġ", "ग़", 0}, {"ṅ", "ङ", 0}, {"ch", "छ", 0}, {"c", "च", 0}, {"jh", "झ", 0},
        {"j", "ज", 0}, {"ñ", "ञ", 0}, {"ṭh", "ठ", 0}, {"ṭ", "ट", 0}, {"ḍh", "ढ", 0},
        {"ḍ", "ड", 0}, {"ṇ", "ण", 0}, {"th", "थ", 0}, {"t", "त", 0}, {"dh", "ध", 0},
        {"d", "द", 0}, {"ṉ", "ऩ", 0}, {"ph", "फ", 0}, {"p", "प", 0}, {"bh", "भ", 0},
        {"b", "ब", 0}, {"m̐", "ँ", 2}, {"m", "म", 0}, {"ẏ", "य़", 0}, {"y", "य", 0},
        {"r̥̄", "ॠ", 1, "ॄ"}, {"r̥", "ऋ", 1, "ृ"}, {"ṟ", "ऱ", 0}, {"ṛh", "ढ़", 0},
        {"ṛ", "ड़", 0}, {"r", "र", 0}, {"l̥̄", "ॡ", 1, "ॣ"}, {"l̥", "ऌ", 1, "ॢ"},
        {"ḷ", "ळ", 0}, {"ḻ", "ऴ", 0}, {"l", "ल", 0}, {"v", "व", 0}, {"ś", "श", 0},
        {"ṣ", "ष", 0}, {"s", "स", 0}, {"h", "ह", 0}, {"q", "क़", 0}, {"z", "ज़", 0},
        {"f", "फ़", 0}, {"n", "न", 0}, {"ai", "ऐ", 1, "ै"}, {"au", "औ", 1, "ौ"},
        {"ā", "आ", 1, "ा"}, {"a", "अ", 1, ""}, {"ī", "ई", 1, "ी"}, {"i", "इ", 1, "ि"},
        {"ū", "ऊ", 1, "ू"}, {"u", "उ", 1, "ु"}, {"ē", "ए", 1, "े"}, {"e", "ऎ", 1, "ॆ"},
        {"ō", "ओ", 1, "ो"}, {"o", "ऒ", 1, "ॊ"}, {"ê", "ऍ", 1, "ॅ"}, {"ô", "ऑ", 1, "ॉ"},
        {"ṁ", "ं", 2}, {"ḥ", "ः", 2}, {"’", "ऽ", 2}, {":", "", 3}, {" ", " ", 2},
    };
    // Longest match first.
    std::stable_sort(t.begin(), t.end(), [](const Token& a, const Token& b) {
      return std::string_view(a.latin).size() > std::string_view(b.latin).size();
    });
    return t;
  }();
  std::string out;
  bool pending = false;  // a consonant waiting for its vowel
  size_t i = 0;
  while (i < latin.size()) {
    const Token* match = nullptr;
    for (const Token& t : kTokens) {
      if (latin.compare(i, std::string_view(t.latin).size(), t.latin) == 0) {
        match = &t;
        break;
      }
    }
    if (match == nullptr) return "<unparsed at " + latin.substr(i) + ">";
    i += std::string_view(match->latin).size();
    switch (match->kind) {
      case 0:
        if (pending) out += "्";
        out += match->deva;
        pending = true;
        break;
      case 1:
        out += pending ? match->sign : match->deva;
        pending = false;
        break;
      case 2:
        if (pending) out += "्";
        out += match->deva;
        pending = false;
        break;
      default:  // the separator ends a vowelless consonant (k:h, k:ai)
        if (pending) out += "्";
        pending = false;
        break;
    }
  }
  if (pending) out += "्";
  return out;
}

TEST(RomanizeTest, IsoRoundTripsRandomText) {
  const std::vector<std::string> consonants = {
      "क", "ख", "ग", "घ", "ङ", "च", "छ", "ज", "झ", "ञ", "ट", "ठ", "ड", "ढ", "ण",
      "त", "थ", "द", "ध", "न", "प", "फ", "ब", "भ", "म", "य", "र", "ल", "ळ", "व",
      "श", "ष", "स", "ह", "क़", "ख़", "ग़", "ज़", "ड़", "ढ़", "फ़", "य़", "ऩ", "ऱ", "ऴ"};
  const std::vector<std::string> signs = {"ा", "ि", "ी", "ु", "ू", "ृ", "ॄ", "ॢ", "ॣ", "ॅ", "ॆ",
                                          "े", "ै", "ॉ", "ॊ", "ो", "ौ", "्", "", "", ""};
  const std::vector<std::string> vowels = {"अ", "आ", "इ", "ई", "उ", "ऊ", "ऋ", "ॠ", "ऌ", "ॡ",
                                           "ऍ", "ऎ", "ए", "ऐ", "ऑ", "ऒ", "ओ", "औ"};
  const std::vector<std::string> marks = {"ं", "ँ", "ः", "ऽ", " "};
  uint32_t seed = 12345;
  auto next = [&seed](size_t n) {
    seed = seed * 1664525u + 1013904223u;
    return static_cast<size_t>((seed >> 8) % n);
  };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const size_t length = 1 + next(8);
    for (size_t k = 0; k < length; ++k) {
      const size_t what = next(10);
      if (what < 6) {
        text += consonants[next(consonants.size())] + signs[next(signs.size())];
      } else if (what < 8) {
        text += vowels[next(vowels.size())];
      } else {
        text += marks[next(marks.size())];
      }
    }
    EXPECT_EQ(IsoToDevanagari(RomanizeIso15919(text)), text) << RomanizeIso15919(text);
  }
}

TEST(RomanizeTest, PassesThroughNonDevanagariAndInvalidBytes) {
  const std::string mixed = "abc \xFF\xC3 😀 123, \"x\"";
  EXPECT_EQ(RomanizeIso15919(mixed), mixed);
  EXPECT_EQ(RomanizeHindi(mixed), mixed);
  // Stray signs do not crash and are kept (ISO) or read as vowels (Hindi).
  EXPECT_EQ(RomanizeIso15919("\u093E\u094D\u093C"), "\u093E\u094D\u093C");
  EXPECT_EQ(RomanizeHindi("ंःा्"), "ṁḥā");
}

TEST(RomanizeTest, FoldToAscii) {
  EXPECT_EQ(FoldRomanToAscii(RomanizeHindi("गुटेरेस")), "guteres");
  EXPECT_EQ(FoldRomanToAscii(RomanizeHindi("शंकर")), "shankar");
  EXPECT_EQ(FoldRomanToAscii(RomanizeHindi("कृष्ण")), "krishn");
  EXPECT_EQ(FoldRomanToAscii(RomanizeHindi("ख़ान")), "khan");
}

TEST(RomanizeEvalTest, GoldNotation) {
  EXPECT_EQ(CanonicalGold("apâdān"), "apādān");
  EXPECT_EQ(CanonicalGold("adʾhan "), "adhan");
  EXPECT_EQ(CanonicalGold("afGān"), "afġān");
  EXPECT_TRUE(GoldMatches("kendra", "kendră", false));
  EXPECT_TRUE(GoldMatches("kendr", "kendră", false));
  EXPECT_TRUE(GoldMatches("kendra", "kendră", true));
  EXPECT_FALSE(GoldMatches("kendr", "kendră", true));
  EXPECT_FALSE(GoldMatches("kamal", "kamlā", false));
}

TEST(RomanizeEvalTest, MissingFileAndMalformedLine) {
  auto missing = EvaluateRomanizeCsv("/nonexistent/words.csv");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/words.csv"), std::string::npos);
  const std::string path = ::testing::TempDir() + "/romanize_bad.csv";
  {
    FILE* f = std::fopen(path.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs("कमला,kamlā\nभारत\n", f);
    std::fclose(f);
  }
  auto bad = EvaluateRomanizeCsv(path);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find(":2: "), std::string::npos) << bad.status().message();
}

// The bar of issue 2: >= 92% word-exact on the schwa-deletion word list.
TEST(RomanizeEvalTest, SchwaDeletionWordList) {
  const std::string path =
      std::string(GHATNA_SHARED_DIR) + "/data/schwa-deletion/hindi_words_romanized.csv";
  if (FILE* f = std::fopen(path.c_str(), "r")) {
    std::fclose(f);
  } else {
    GTEST_SKIP() << path << " not present";
  }
  auto report = EvaluateRomanizeCsv(path);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_GT(report->all.words, 30000u);
  EXPECT_GE(report->all.LenientPercent(), 92.0);
  EXPECT_GE(report->odd.LenientPercent(), 92.0);
  EXPECT_GE(report->even.LenientPercent(), 92.0);
}

}  // namespace
}  // namespace ghatna
