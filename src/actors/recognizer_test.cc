// Actor recognition: table-driven cases over the fixture dictionary in
// src/actors/testdata (inflection, compounds, dates, coreference,
// look-alikes), the seed article, and the real data/actors when present.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ghatna/actors.h"
#include "ghatna/text.h"

namespace ghatna {
namespace {

const std::string kTestData = std::string(GHATNA_SOURCE_DIR) + "/src/actors/testdata";

const ActorDictionary& Fixture() {
  static const ActorDictionary* const dict = [] {
    auto d = ActorDictionary::Load(kTestData);
    if (!d.ok()) {
      ADD_FAILURE() << d.status().ToString();
      std::abort();
    }
    return std::move(*d).release();
  }();
  return *dict;
}

std::vector<ActorMention> Recognize(const std::string& text, const std::string& date = "",
                                    Document* doc_out = nullptr) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.date = date;
  AnalyzeText(&doc);
  std::vector<ActorMention> m = ActorRecognizer(Fixture()).Recognize(doc, {});
  if (doc_out != nullptr) *doc_out = std::move(doc);
  return m;
}

// "surface=CODE | surface=CODE", "-" for an empty code.
std::string Dump(const std::vector<ActorMention>& ms) {
  std::string s;
  for (const ActorMention& m : ms) {
    if (!s.empty()) s += " | ";
    s += m.text + "=" + (m.code.empty() ? "-" : m.code);
  }
  return s;
}

struct Case {
  const char* text;
  const char* date;
  const char* want;
};

void RunCases(const Case* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const Case& c = cases[i];
    EXPECT_EQ(Dump(Recognize(c.text, c.date)), c.want) << "text: " << c.text << " date: " << c.date;
  }
}

// Inflected, oblique and plural forms; spelling variants.
const Case kInflection[] = {
    {"रूस ने कहा।", "", "रूस=RUS"},
    {"रूस के साथ बातचीत हुई।", "", "रूस=RUS"},
    {"रशिया ने कहा।", "", "रशिया=RUS"},
    {"अमेरिका ने प्रतिबंध लगाए।", "", "अमेरिका=USA"},
    {"अमरीका ने प्रतिबंध लगाए।", "", "अमरीका=USA"},
    {"संयुक्त राज्य अमेरिका ने कहा।", "", "संयुक्त राज्य अमेरिका=USA"},
    {"यूएसए ने कहा।", "", "यूएसए=USA"},
    {"अमेरिकियों ने विरोध किया।", "", "अमेरिकियों=USACVL"},
    {"रूसियों को निकाला गया।", "", "रूसियों=RUSCVL"},
    {"भारतीयों को वापस लाया गया।", "", "भारतीयों=INDCVL"},
    {"मंत्रियों ने बैठक की।", "", "मंत्रियों=INDGOV"},
    {"पाकिस्तानी सैनिकों ने गोलीबारी की।", "", "पाकिस्तानी सैनिकों=PAKMIL"},
    {"भारतीय जवानों ने जवाब दिया।", "", "भारतीय जवानों=INDMIL"},
    {"इसराइली सेनाओं ने हमला किया।", "", "इसराइली सेनाओं=ISRMIL"},
    {"इसराइली सेनाएं आगे बढ़ीं।", "", "इसराइली सेनाएं=ISRMIL"},
    {"इजराइल ने कहा।", "", "इजराइल=ISR"},
    {"इज़राइल ने कहा।", "", "इज़राइल=ISR"},
    {"इजरायल ने कहा।", "", "इजरायल=ISR"},
    {"ज़ेलेंस्की ने कहा।", "2023-01-01", "ज़ेलेंस्की=UKRGOV"},
    {"जेलेंस्की ने कहा।", "2023-01-01", "जेलेंस्की=UKRGOV"},
    {"अफगानिस्तान में हमला हुआ।", "", "अफगानिस्तान=AFG"},
    {"अफ़ग़ानिस्तान में हमला हुआ।", "", "अफ़ग़ानिस्तान=AFG"},
    {"UN ने कहा।", "", "UN=IGOUNO"},
    {"NATO की बैठक हुई।", "", "NATO=IGOWSTNAT"},
    {"नाटो के सदस्य देश।", "", "नाटो=IGOWSTNAT"},
    {"Russia ने कहा।", "", "Russia=RUS"},
    {"पूतिन ने कहा।", "", "पूतिन=RUSGOV"},
    {"र\u200Dूस ने कहा।", "", "र\u200Dूस=RUS"},
    {"यूरोपीय संघ ने कहा।", "", "यूरोपीय संघ=IGOEUREEC"},
    {"विश्व स्वास्थ्य संगठन ने चेतावनी दी।", "", "विश्व स्वास्थ्य संगठन=IGOUNOHLHWHO"},
    {"एमनेस्टी इंटरनेशनल ने रिपोर्ट जारी की।", "", "एमनेस्टी इंटरनेशनल=NGOHRIAMN"},
    {"हमास के लड़ाकों ने हमला किया।", "", "हमास=PSEREB"},
    {"टीटीपी ने जिम्मेदारी ली।", "", "टीटीपी=PAKREB"},
    {"तहरीक-ए-तालिबान पाकिस्तान ने जिम्मेदारी ली।", "", "तहरीक-ए-तालिबान पाकिस्तान=PAKREB"},
    {"लश्कर-ए-तैयबा के आतंकवादियों ने हमला किया।", "", "लश्कर-ए-तैयबा के आतंकवादियों=PAKREB"},
    {"रूस-यूक्रेन युद्ध जारी है।", "", "रूस=RUS | यूक्रेन=UKR"},
    {"भारत-पाकिस्तान सीमा पर तनाव है।", "", "भारत=IND | पाकिस्तान=PAK"},
    {"मॉस्को ने चेतावनी दी।", "", "मॉस्को=RUS"},
    {"वाशिंगटन ने चेतावनी दी।", "", "वाशिंगटन=USA"},
    {"वॉशिंगटन ने चेतावनी दी।", "", "वॉशिंगटन=USA"},
    {"नई दिल्ली ने आपत्ति जताई।", "", "नई दिल्ली=IND"},
    {"बीजिंग ने आपत्ति जताई।", "", "बीजिंग=CHN"},
    {"ब्रिटेन और चीन ने समझौता किया।", "", "ब्रिटेन=GBR | चीन=CHN"},
    {"यूके ने कहा।", "", "यूके=GBR"},
};

TEST(RecognizerTest, Inflection) { RunCases(kInflection, std::size(kInflection)); }

// Principal + role words (+ name).
const Case kCompounds[] = {
    {"रूसी विदेश मंत्री ने कहा।", "", "रूसी विदेश मंत्री=RUSGOV"},
    {"रूस के विदेश मंत्री ने कहा।", "", "रूस के विदेश मंत्री=RUSGOV"},
    {"पाकिस्तानी सेना ने हमला किया।", "", "पाकिस्तानी सेना=PAKMIL"},
    {"पाकिस्तान की सेना ने हमला किया।", "", "पाकिस्तान की सेना=PAKMIL"},
    {"भारत के प्रधानमंत्री नरेंद्र मोदी ने कहा।", "2020-01-01", "भारत के प्रधानमंत्री नरेंद्र मोदी=INDGOV"},
    {"भारतीय प्रधानमंत्री नरेंद्र मोदी ने कहा।", "2020-01-01", "भारतीय प्रधानमंत्री नरेंद्र मोदी=INDGOV"},
    {"प्रधानमंत्री नरेंद्र मोदी ने कहा।", "2020-01-01", "प्रधानमंत्री नरेंद्र मोदी=INDGOV"},
    {"प्रधानमंत्री श्री नरेंद्र मोदी ने कहा।", "2020-01-01", "प्रधानमंत्री श्री नरेंद्र मोदी=INDGOV"},
    {"संयुक्त राष्ट्र महासचिव ने कहा।", "", "संयुक्त राष्ट्र महासचिव=IGOUNO"},
    {"संयुक्त राष्ट्र के महासचिव ने कहा।", "", "संयुक्त राष्ट्र के महासचिव=IGOUNO"},
    {"संयुक्त राष्ट्र के प्रतिनिधियों ने कहा।", "", "संयुक्त राष्ट्र के प्रतिनिधियों=IGOUNO"},
    {"यूएन महासचिव ने कहा।", "", "यूएन महासचिव=IGOUNO"},
    {"नाटो के प्रवक्ता ने कहा।", "", "नाटो के प्रवक्ता=IGOWSTNAT"},
    {"रूसी विदेश मंत्री सर्गेई लवरोव ने कहा।", "2023-05-01", "रूसी विदेश मंत्री सर्गेई लवरोव=RUSGOV"},
    {"विदेश मंत्री सर्गेई लवरोव ने कहा।", "2023-05-01", "विदेश मंत्री सर्गेई लवरोव=RUSGOV"},
    {"रूस के राष्ट्रपति व्लादिमीर पुतिन ने कहा।", "", "रूस के राष्ट्रपति व्लादिमीर पुतिन=RUSGOV"},
    {"अमेरिकी राष्ट्रपति जो बाइडेन ने कहा।", "2022-01-01", "अमेरिकी राष्ट्रपति जो बाइडेन=USAGOV"},
    {"अमेरिका के रक्षा मंत्रालय के प्रवक्ता ने कहा।", "", "अमेरिका के रक्षा मंत्रालय के प्रवक्ता=USAGOV"},
    {"अमेरिकी सेना के प्रवक्ता ने कहा।", "", "अमेरिकी सेना के प्रवक्ता=USAMIL"},
    {"रूसी विदेश मंत्रालय ने बयान जारी किया।", "", "रूसी विदेश मंत्रालय=RUSGOV"},
    {"भारतीय सेना ने कहा।", "", "भारतीय सेना=INDMIL"},
    {"भारत की सुप्रीम कोर्ट ने कहा।", "", "भारत की सुप्रीम कोर्ट=INDJUD"},
    {"पाकिस्तानी पुलिस ने गिरफ्तार किया।", "", "पाकिस्तानी पुलिस=PAKCOP"},
    {"चीनी दूतावास ने कहा।", "", "चीनी दूतावास=CHNGOV"},
    {"अमेरिकी राजदूत ने कहा।", "", "अमेरिकी राजदूत=USAGOV"},
    {"ब्रिटिश संसद ने प्रस्ताव पारित किया।", "", "ब्रिटिश संसद=GBRLEG"},
    {"यूक्रेनी सैनिक मारे गए।", "", "यूक्रेनी सैनिक=UKRMIL"},
    {"चीनी पत्रकारों ने सवाल पूछे।", "", "चीनी पत्रकारों=CHNMED"},
    {"पाकिस्तानी किसानों ने प्रदर्शन किया।", "", "पाकिस्तानी किसानों=PAKCVL"},
    {"भारतीय छात्रों को निकाला गया।", "", "भारतीय छात्रों=INDEDU"},
    {"अमेरिकी नागरिकों को चेतावनी दी गई।", "", "अमेरिकी नागरिकों=USACVL"},
    {"भाजपा के प्रवक्ता ने कहा।", "2020-01-01", "भाजपा के प्रवक्ता=INDPTY"},
    {"कांग्रेस नेता राहुल गांधी ने कहा।", "2020-01-01", "कांग्रेस नेता राहुल गांधी=INDOPP"},
    {"अमेरिकी विदेश मंत्री जॉन डो ने कहा।", "", "अमेरिकी विदेश मंत्री जॉन डो=USAGOV"},
    {"पाकिस्तान के गृह मंत्री ने कहा।", "", "पाकिस्तान=PAK | मंत्री=PAKGOV"},
    {"रूस के पूर्व राष्ट्रपति ने कहा।", "", "रूस=RUS | पूर्व राष्ट्रपति=RUSCVL"},
    {"पूर्व प्रधानमंत्री मनमोहन सिंह ने कहा।", "2016-01-01", "पूर्व प्रधानमंत्री मनमोहन सिंह=INDOPP"},
    {"भारतीय जनता पार्टी ने कहा।", "2020-01-01", "भारतीय जनता पार्टी=INDPTY"},
    {"संयुक्त राष्ट्र सुरक्षा परिषद ने प्रस्ताव पारित किया।", "", "संयुक्त राष्ट्र सुरक्षा परिषद=IGOUNO"},
    {"संयुक्त राष्ट्र महासभा ने प्रस्ताव पारित किया।", "", "संयुक्त राष्ट्र महासभा=IGOUNO"},
};

TEST(RecognizerTest, Compounds) { RunCases(kCompounds, std::size(kCompounds)); }

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Code points before byte offset `byte` of `s`.
uint32_t CpIndex(const std::string& s, size_t byte) {
  uint32_t n = 0;
  for (size_t i = 0; i < byte; ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

// Every occurrence of each surface string in the seed article must lie in
// a mention with the code of CODING_CONVENTIONS.md section 5.
void CheckSeed(const ActorDictionary& dict) {
  Document doc;
  doc.id = "lavrov-guterres";
  doc.text = ReadFile(std::string(GHATNA_SOURCE_DIR) + "/examples/lavrov-guterres.hi.txt");
  ASSERT_FALSE(doc.text.empty());
  AnalyzeText(&doc);
  const std::vector<ActorMention> ms = ActorRecognizer(dict).Recognize(doc, {});
  const struct {
    const char* surface;
    const char* code;
  } kWant[] = {
      {"लवरोव", "RUSGOV"},          {"गुटेरेस", "IGOUNO"},        {"मंत्रालय", "RUSGOV"},
      {"रूसी मंत्री", "RUSGOV"},     {"संयुक्त राष्ट्र", "IGOUNO"}, {"महासचिव", "IGOUNO"},
      {"रूस", "RUS"},               {"अमेरिका", "USA"},           {"उन्होंने", "RUSGOV"},
  };
  int checked = 0;
  for (const auto& w : kWant) {
    const std::string surface = w.surface;
    for (size_t pos = doc.text.find(surface); pos != std::string::npos; pos = doc.text.find(surface, pos + 1)) {
      // Whole words only: रूस is not रूसी, मंत्री is not मंत्रालय.
      const size_t after = pos + surface.size();
      if (after < doc.text.size() && static_cast<unsigned char>(doc.text[after]) == 0xE0 &&
          (doc.text.compare(after, 3, "ी") == 0 || doc.text.compare(after, 3, "ि") == 0)) {
        continue;
      }
      const uint32_t cp = CpIndex(doc.text, pos);
      const ActorMention* found = nullptr;
      for (const ActorMention& m : ms) {
        if (m.start <= cp && cp < m.end) found = &m;
      }
      ++checked;
      if (found == nullptr) {
        ADD_FAILURE() << surface << " at " << cp << ": no mention";
        continue;
      }
      // रूस inside रूस-संयुक्त राष्ट्र is RUS; संयुक्त राष्ट्र महासभा is still the UN.
      EXPECT_EQ(found->code.substr(0, std::string(w.code).size()), w.code)
          << surface << " at " << cp << " in mention '" << found->text << "'";
    }
  }
  EXPECT_GE(checked, 40);
}

TEST(RecognizerTest, SeedArticleFixture) { CheckSeed(Fixture()); }

bool HaveRealData() {
  const std::string dir = std::string(GHATNA_SOURCE_DIR) + "/data/actors";
  for (const char* f : {"countries.tsv", "orgs.tsv", "groups.tsv", "people.tsv", "agents.tsv"}) {
    if (!std::filesystem::exists(dir + "/" + f)) return false;
  }
  return true;
}

TEST(RecognizerTest, SeedArticleRealData) {
  if (!HaveRealData()) GTEST_SKIP() << "data/actors is not complete yet";
  auto dict = ActorDictionary::Load(std::string(GHATNA_SOURCE_DIR) + "/data/actors");
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  for (const char* who : {"लवरोव", "गुटेरेस", "संयुक्त राष्ट्र", "रूस", "अमेरिका", "मंत्रालय"}) {
    if ((*dict)->Lookup(who).empty()) GTEST_SKIP() << "data/actors has no entry for " << who << " yet";
  }
  CheckSeed(**dict);
}

}  // namespace
}  // namespace ghatna
