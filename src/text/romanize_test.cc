#include "ghatna/romanize.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/romanize_eval.h"

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
