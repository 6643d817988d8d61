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
#include "ghatna/morph.h"
#include "ghatna/syntax.h"
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

// The morphology of data/lexicon, or null when it does not load.
const Morphology* Morph() {
  static const Morphology* const morph = [] {
    auto m = Morphology::Load(std::string(GHATNA_SOURCE_DIR) + "/data");
    return m.ok() ? std::move(*m).release() : nullptr;
  }();
  return morph;
}

// When set, the tables also run after morphology and syntax.
bool g_with_grammar = false;

std::vector<ActorMention> Recognize(const std::string& text, const std::string& date = "",
                                    Document* doc_out = nullptr) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.date = date;
  AnalyzeText(&doc);
  std::vector<SentenceParse> parses;
  if (g_with_grammar && Morph() != nullptr) {
    for (Sentence& s : doc.sentences) {
      Morph()->Analyze(&s);
      parses.push_back(ParseSentence(s));
    }
  }
  std::vector<ActorMention> m = ActorRecognizer(Fixture()).Recognize(doc, parses);
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
  for (bool grammar : {false, true}) {
    if (grammar && Morph() == nullptr) continue;
    g_with_grammar = grammar;
    for (size_t i = 0; i < n; ++i) {
      const Case& c = cases[i];
      EXPECT_EQ(Dump(Recognize(c.text, c.date)), c.want)
          << "text: " << c.text << " date: " << c.date << (grammar ? " (with morphology and syntax)" : "");
    }
  }
  g_with_grammar = false;
}

// Inflected, oblique and plural forms; spelling variants.
const Case kInflection[] = {
    {"रूस ने कहा।", "", "रूस=RUS"},
    {"रूस के साथ बातचीत हुई।", "", "रूस=RUS"},
    {"रशिया ने कहा।", "", "रशिया=RUS"},
    {"अमेरिका ने प्रतिबंध लगाए।", "", "अमेरिका=USA"},
    {"अमरीका ने प्रतिबंध लगाए।", "", "अमरीका=USA"},
    {"संयुक्त राज्य अमेरिका ने कहा।", "", "संयुक्त राज्य अमेरिका=USA"},
    // A continent or region is not the United States.
    {"दक्षिण अमेरिका और मध्य अमरीका में बाढ़ आई।", "", ""},
    {"लैटिन अमेरिका के देशों ने अमेरिका की आलोचना की।", "", "अमेरिका=USA"},
    // A parenthesis after a name restates it; the role word after it is the name's.
    {"नाटो (उत्तरी अटलांटिक संधि संगठन) सैनिकों ने गश्त की।", "", "नाटो (उत्तरी अटलांटिक संधि संगठन) सैनिकों=IGOWSTNAT"},
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

TEST(RecognizerTest, TablesAlsoRunWithGrammar) {
  if (!std::filesystem::exists(std::string(GHATNA_SOURCE_DIR) + "/data/lexicon")) GTEST_SKIP();
  auto m = Morphology::Load(std::string(GHATNA_SOURCE_DIR) + "/data");
  EXPECT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_NE(Morph(), nullptr);
}

TEST(RecognizerTest, Inflection) { RunCases(kInflection, std::size(kInflection)); }

// Principal + role words (+ name).
const Case kCompounds[] = {
    {"रूसी विदेश मंत्री ने कहा।", "", "रूसी विदेश मंत्री=RUSGOV"},
    {"रूस के विदेश मंत्री ने कहा।", "", "रूस के विदेश मंत्री=RUSGOV"},
    {"पाकिस्तानी सेना ने हमला किया।", "", "पाकिस्तानी सेना=PAKMIL"},
    {"पाकिस्तान की सेना ने हमला किया।", "", "पाकिस्तान की सेना=PAKMIL"},
    // A state's bare name opening a कि-clause, then its militants with a postposition: two mentions.
    {"भारत ने कहा कि पाकिस्तान आतंकियों के खिलाफ कार्रवाई करे।", "", "भारत=IND | पाकिस्तान=PAK"},
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
    {"भाजपा सरकार ने कहा।", "2020-01-01", "भाजपा सरकार=INDGOV"},
    // An opposition party's government is a government too: the one it
    // leads in a state, or the one it was when it acted.
    {"कांग्रेस सरकार ने कहा।", "2016-01-01", "कांग्रेस सरकार=INDGOV"},
    {"कांग्रेस नेताओं ने कहा।", "2016-01-01", "कांग्रेस नेताओं=INDOPP"},
    {"कांग्रेस सरकार ने कहा।", "2010-01-01", "कांग्रेस सरकार=INDGOV"},
    {"कांग्रेस नेता राहुल गांधी ने कहा।", "2020-01-01", "कांग्रेस नेता राहुल गांधी=INDOPP"},
    {"अमेरिकी विदेश मंत्री जॉन डो ने कहा।", "", "अमेरिकी विदेश मंत्री जॉन डो=USAGOV"},
    {"पाकिस्तान के गृह मंत्री ने कहा।", "", "पाकिस्तान=PAK | मंत्री=PAKGOV"},
    {"रूस के पूर्व राष्ट्रपति ने कहा।", "", "रूस के पूर्व राष्ट्रपति=RUSCVL"},
    {"पूर्व प्रधानमंत्री मनमोहन सिंह ने कहा।", "2016-01-01", "पूर्व प्रधानमंत्री मनमोहन सिंह=INDOPP"},
    {"भारतीय जनता पार्टी ने कहा।", "2020-01-01", "भारतीय जनता पार्टी=INDPTY"},
    {"संयुक्त राष्ट्र सुरक्षा परिषद ने प्रस्ताव पारित किया।", "", "संयुक्त राष्ट्र सुरक्षा परिषद=IGOUNO"},
    {"संयुक्त राष्ट्र महासभा ने प्रस्ताव पारित किया।", "", "संयुक्त राष्ट्र महासभा=IGOUNO"},
    {"संयुक्त राष्ट्र महासचिव एंतोनियो गुटेरेस ने कहा।", "2020-01-01",
     "संयुक्त राष्ट्र महासचिव एंतोनियो गुटेरेस=IGOUNO"},
    {"संयुक्त राष्ट्र महासचिव एंतोनियो गुटेरेस ने कहा।", "2010-01-01",
     "संयुक्त राष्ट्र महासचिव एंतोनियो गुटेरेस=IGOUNO"},
    {"भाजपा राहुल गांधी पर बरसी।", "2020-01-01", "भाजपा=INDPTY | राहुल गांधी=INDOPP"},
    {"कांग्रेस राहुल गांधी के साथ है।", "2020-01-01", "कांग्रेस=INDOPP | राहुल गांधी=INDOPP"},
    {"भारत सरकार ने कहा।", "", "भारत सरकार=INDGOV"},
    {"रूस सरकार ने कहा।", "", "रूस सरकार=RUSGOV"},
    {"चीन के रक्षा मंत्री ने कहा।", "", "चीन के रक्षा मंत्री=CHNGOV"},
    {"अमेरिकी विदेश मंत्रालय के प्रवक्ता ने कहा।", "", "अमेरिकी विदेश मंत्रालय के प्रवक्ता=USAGOV"},
    {"पाकिस्तानी सेना प्रमुख ने कहा।", "", "पाकिस्तानी सेना प्रमुख=PAKMIL"},
    {"ब्रिटिश प्रधानमंत्री ने कहा।", "", "ब्रिटिश प्रधानमंत्री=GBRGOV"},
    {"इसराइली प्रधानमंत्री ने हमास की निंदा की।", "", "इसराइली प्रधानमंत्री=ISRGOV | हमास=PSEREB"},
    {"यूक्रेन के राष्ट्रपति वोलोदिमिर ज़ेलेंस्की ने कहा।", "2023-01-01",
     "यूक्रेन के राष्ट्रपति वोलोदिमिर ज़ेलेंस्की=UKRGOV"},
    // A coalition is a foreign state's forces only right after it; after a
    // genitive or an Indian state it is a political alliance.
    {"अमेरिकी गठबंधन ने हमले किए।", "", "अमेरिकी गठबंधन=USAMIL"},
    {"पाकिस्तान के गठबंधन ने बैठक की।", "", "पाकिस्तान=PAK"},
    {"गठबंधन में दरार है।", "", ""},
};

TEST(RecognizerTest, Compounds) { RunCases(kCompounds, std::size(kCompounds)); }

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}


// Offices by the document date; out of office (no title) a civilian of his
// state; the unknown-date rule
// (most recent office).
const Case kDates[] = {
    {"मनमोहन सिंह ने कहा।", "2010-06-01", "मनमोहन सिंह=INDGOV"},
    {"मनमोहन सिंह ने कहा।", "2016-06-01", "मनमोहन सिंह=INDOPP"},
    {"मनमोहन सिंह ने कहा।", "2014-05-25", "मनमोहन सिंह=INDGOV"},
    {"मनमोहन सिंह ने कहा।", "2014-05-26", "मनमोहन सिंह=INDOPP"},
    {"मनमोहन सिंह ने कहा।", "2025-06-01", "मनमोहन सिंह=INDCVL"},
    {"मनमोहन सिंह ने कहा।", "2000-01-01", "मनमोहन सिंह=INDCVL"},
    {"मनमोहन सिंह ने कहा।", "", "मनमोहन सिंह=INDOPP"},
    {"ट्रंप ने कहा।", "2018-03-01", "ट्रंप=USAGOV"},
    {"ट्रंप ने कहा।", "2022-03-01", "ट्रंप=USAOPP"},
    {"ट्रंप ने कहा।", "2025-06-01", "ट्रंप=USAGOV"},
    {"ट्रम्प ने कहा।", "", "ट्रम्प=USAGOV"},
    {"डोनाल्ड ट्रंप ने कहा।", "2021-01-19", "डोनाल्ड ट्रंप=USAGOV"},
    {"डोनाल्ड ट्रंप ने कहा।", "2021-01-20", "डोनाल्ड ट्रंप=USAOPP"},
    {"बाइडेन ने कहा।", "2015-01-01", "बाइडेन=USAGOV"},
    {"बाइडेन ने कहा।", "2019-01-01", "बाइडेन=USACVL"},
    {"बाइडन ने कहा।", "2022-01-01", "बाइडन=USAGOV"},
    {"बाइडेन ने कहा।", "2025-03-01", "बाइडेन=USACVL"},
    {"इमरान खान ने कहा।", "2020-01-01", "इमरान खान=PAKGOV"},
    {"इमरान खान ने कहा।", "2023-01-01", "इमरान खान=PAKOPP"},
    {"शहबाज शरीफ ने कहा।", "2020-01-01", "शहबाज शरीफ=PAKOPP"},
    {"शहबाज शरीफ ने कहा।", "2023-01-01", "शहबाज शरीफ=PAKGOV"},
    {"भाजपा ने कहा।", "2010-01-01", "भाजपा=INDOPP"},
    {"भाजपा ने कहा।", "2020-01-01", "भाजपा=INDPTY"},
    {"बीजेपी ने कहा।", "", "बीजेपी=INDPTY"},
    {"कांग्रेस ने कहा।", "2010-01-01", "कांग्रेस=INDPTY"},
    {"कांग्रेस ने कहा।", "2020-01-01", "कांग्रेस=INDOPP"},
    {"तालिबान ने कहा।", "2020-01-01", "तालिबान=AFGREB"},
    {"तालिबान ने कहा।", "2022-01-01", "तालिबान=AFGGOV"},
    {"तालिबान ने कहा।", "2021-08-15", "तालिबान=AFGGOV"},
    {"तालिबान ने कहा।", "2021-08-14", "तालिबान=AFGREB"},
    {"तालिबान ने कहा।", "2021", "तालिबान=AFGREB"},
    {"तालिबान ने कहा।", "2021-09", "तालिबान=AFGGOV"},
    {"तालिबान ने कहा।", "2022-01-01T10:00:00Z", "तालिबान=AFGGOV"},
    {"गुटेरेस ने कहा।", "2000-01-01", "गुटेरेस=PRTGOV"},
    {"गुटेरेस ने कहा।", "2020-01-01", "गुटेरेस=IGOUNO"},
    {"गुटेरेस ने कहा।", "2010-01-01", "गुटेरेस=PRTCVL"},
    {"सर्गेई लवरोव ने कहा।", "2003-01-01", "सर्गेई लवरोव=RUSCVL"},
    {"सर्गेई लवरोव ने कहा।", "2024-01-01", "सर्गेई लवरोव=RUSGOV"},
    {"पुतिन ने कहा।", "1990-01-01", "पुतिन=RUSGOV"},
    {"नरेंद्र मोदी ने कहा।", "2010-01-01", "नरेंद्र मोदी=INDGOV"},
};

TEST(RecognizerTest, Dates) { RunCases(kDates, std::size(kDates)); }

TEST(RecognizerTest, DateConfidenceAndHow) {
  auto m = Recognize("मनमोहन सिंह ने कहा।", "2010-01-01");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].how, MatchHow::kDate);
  EXPECT_DOUBLE_EQ(m[0].confidence, 1.0);
  m = Recognize("मनमोहन सिंह ने कहा।", "");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_DOUBLE_EQ(m[0].confidence, 0.8);  // unknown date: most recent office
  m = Recognize("पुतिन ने कहा।", "");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].how, MatchHow::kDirect);  // an undated code
  EXPECT_DOUBLE_EQ(m[0].confidence, 1.0);
  m = Recognize("रूसी विदेश मंत्री ने कहा।", "");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].how, MatchHow::kCompound);
  EXPECT_EQ(m[0].entry, "countries.tsv:2+agents.tsv:2");
  EXPECT_EQ(m[0].role_text, "विदेश मंत्री");
}

// Within-document coreference: surnames, titles, pronouns, possessors.
const Case kCoreference[] = {
    // A named organisation's head noun alone is that organisation.
    {"यूरोपीय संघ ने बयान जारी किया। संघ ने कहा।", "", "यूरोपीय संघ=IGOEUREEC | संघ=IGOEUREEC"},
    {"सुरक्षा परिषद की बैठक हुई। परिषद ने कहा।", "", "सुरक्षा परिषद=IGOUNO | परिषद=IGOUNO"},
    {"परिषद ने कहा।", "", ""},
    {"सर्गेई लवरोव ने कहा। लवरोव ने जोड़ा।", "2023-01-01", "सर्गेई लवरोव=RUSGOV | लवरोव=RUSGOV"},
    {"शहबाज शरीफ ने कहा। शरीफ ने जोड़ा।", "2023-01-01", "शहबाज शरीफ=PAKGOV | शरीफ=PAKGOV"},
    {"शरीफ ने कहा।", "2023-01-01", ""},
    {"मनमोहन सिंह ने कहा। सिंह ने जोड़ा।", "2010-01-01", "मनमोहन सिंह=INDGOV | सिंह=INDGOV"},
    {"अमेरिकी विदेश मंत्री जॉन डो ने कहा। डो ने जोड़ा।", "", "अमेरिकी विदेश मंत्री जॉन डो=USAGOV | डो=USAGOV"},
    // An unknown name written again in full.
    {"अमेरिकी विदेश मंत्री जॉन डो ने कहा। बाद में जॉन डो ने जोड़ा।", "",
     "अमेरिकी विदेश मंत्री जॉन डो=USAGOV | जॉन डो=USAGOV"},
    {"रूसी विदेश मंत्रालय ने बयान जारी किया। मंत्रालय ने कहा कि बातचीत होगी।", "",
     "रूसी विदेश मंत्रालय=RUSGOV | मंत्रालय=RUSGOV"},
    {"पाकिस्तानी सेना ने हमला किया। सेना ने कहा कि तीन मारे गए।", "", "पाकिस्तानी सेना=PAKMIL | सेना=PAKMIL"},
    {"संयुक्त राष्ट्र महासचिव ने कहा। महासचिव ने जोड़ा।", "", "संयुक्त राष्ट्र महासचिव=IGOUNO | महासचिव=IGOUNO"},
    {"संयुक्त राष्ट्र के महासचिव ने कहा। महासचिव ने जोड़ा।", "",
     "संयुक्त राष्ट्र के महासचिव=IGOUNO | महासचिव=IGOUNO"},
    {"लवरोव ने गुटेरेस से बात की। उन्होंने कहा कि रूस तैयार है।", "2023-01-01",
     "लवरोव=RUSGOV | गुटेरेस=IGOUNO | उन्होंने=RUSGOV | रूस=RUS"},
    {"गुटेरेस ने लवरोव से बात की। उन्होंने कहा।", "2023-01-01", "गुटेरेस=IGOUNO | लवरोव=RUSGOV | उन्होंने=IGOUNO"},
    {"रूस ने प्रतिबंधों की निंदा की। उसने कहा कि वह जवाब देगा।", "", "रूस=RUS | उसने=RUS"},
    {"पाकिस्तानी सेना ने हमला किया। उसने दावा किया।", "", "पाकिस्तानी सेना=PAKMIL | उसने=PAKMIL"},
    {"मोदी ने कहा कि उनकी सरकार तैयार है।", "2020-01-01", "मोदी=INDGOV | उनकी=INDGOV | सरकार=INDGOV"},
    {"रूसी मंत्री ने कहा। उन्होंने जोड़ा।", "", "रूसी मंत्री=RUSGOV | उन्होंने=RUSGOV"},
    {"उन्होंने कहा।", "", ""},
    {"संयुक्त राष्ट्र के नेतृत्व और उसके सभी कर्मचारियों की आलोचना हुई।", "",
     "संयुक्त राष्ट्र=IGOUNO | उसके=IGOUNO"},
    {"सर्गेई लवरोव के प्रवक्ता ने कहा।", "2023-01-01", "सर्गेई लवरोव=RUSGOV | प्रवक्ता=RUSGOV"},
    {"पाकिस्तान में पुलिस ने दो लोगों को गिरफ्तार किया।", "", "पाकिस्तान=PAK | पुलिस=PAKCOP | लोगों=PAKCVL"},
    {"दिल्ली में पुलिस ने गिरफ्तार किया।", "", "पुलिस=INDCOP"},
    {"मंत्रालय ने लवरोव की बैठक पर बयान दिया।", "", "मंत्रालय=RUSGOV | लवरोव=RUSGOV"},
    {"इसराइल ने कहा। सेना ने गाजा में हमला किया।", "", "इसराइल=ISR | सेना=ISRMIL"},
    {"विदेश मंत्री ने कहा।", "", "विदेश मंत्री=INDGOV"},
    {"चीन ने कहा। प्रवक्ता ने बताया कि बातचीत जारी है।", "", "चीन=CHN | प्रवक्ता=CHNGOV"},
    {"पुतिन ने बाइडेन से बात की। उन्होंने कहा कि युद्ध खत्म होना चाहिए।", "2022-06-01",
     "पुतिन=RUSGOV | बाइडेन=USAGOV | उन्होंने=RUSGOV"},
    {"बाइडेन से पुतिन ने बात की। उन्होंने कहा।", "2022-06-01", "बाइडेन=USAGOV | पुतिन=RUSGOV | उन्होंने=RUSGOV"},
    {"लवरोव और गुटेरेस ने बैठक की। उन्होंने कहा।", "2023-01-01",
     "लवरोव=RUSGOV | गुटेरेस=IGOUNO | उन्होंने=IGOUNO"},
    {"नाटो ने बयान जारी किया। उसने कहा कि गठबंधन एकजुट है।", "", "नाटो=IGOWSTNAT | उसने=IGOWSTNAT"},
    {"भारत ने पाकिस्तान से बात की। उसने आतंकवाद का मुद्दा उठाया।", "", "भारत=IND | पाकिस्तान=PAK | उसने=IND"},
    {"मोदी ने कहा। बाद में उन्होंने ट्वीट किया।", "2020-01-01", "मोदी=INDGOV | उन्होंने=INDGOV"},
    {"मोदी ने कहा। एक। दो। तीन। उन्होंने कहा।", "2020-01-01", "मोदी=INDGOV"},
    {"रूसी विदेश मंत्री ने कहा। विदेश मंत्री ने जोड़ा।", "", "रूसी विदेश मंत्री=RUSGOV | विदेश मंत्री=RUSGOV"},
    {"पाकिस्तानी विदेश मंत्रालय ने कहा। भारतीय विदेश मंत्रालय ने जवाब दिया। मंत्रालय ने कहा।", "",
     "पाकिस्तानी विदेश मंत्रालय=PAKGOV | भारतीय विदेश मंत्रालय=INDGOV | मंत्रालय=INDGOV"},
    {"यूक्रेन की सेना ने हमला किया। रूस ने कहा कि सेना पीछे हटी।", "",
     "यूक्रेन की सेना=UKRMIL | रूस=RUS | सेना=UKRMIL"},
    {"अमेरिकी विदेश मंत्री जॉन डो ने कहा। उन्होंने जोड़ा।", "", "अमेरिकी विदेश मंत्री जॉन डो=USAGOV | उन्होंने=USAGOV"},
    // A form with its short name in brackets is the words before them; the
    // short name then means it, not another entry of the same letters.
    {"नेपाल कम्युनिस्ट पार्टी (एनसीपी) ने बैठक की। एनसीपी ने कहा।", "",
     "नेपाल कम्युनिस्ट पार्टी=NPLPTY | एनसीपी=NPLPTY | एनसीपी=NPLPTY"},
    {"एनसीपी ने कहा।", "", "एनसीपी=INDOPP"},
    // One word in brackets after a name is its short name in the article.
    {"भारतीय जनता पार्टी (बीजेपी) ने कहा। बीजेपी ने जोड़ा।", "2020-01-01",
     "भारतीय जनता पार्टी=INDPTY | बीजेपी=INDPTY | बीजेपी=INDPTY"},
    {"हमास के प्रवक्ता ने कहा।", "", "हमास के प्रवक्ता=PSEREB"},
    {"रूस ने कहा। वे लोग लौट आए।", "", "रूस=RUS | लोग=RUSCVL"},
    {"चीन ने विरोध किया। इसने कहा कि यह गलत है।", "", "चीन=CHN | इसने=CHN"},
    {"मोदी ने कहा। इन्होंने जोड़ा।", "2020-01-01", "मोदी=INDGOV | इन्होंने=INDGOV"},
    {"प्रदर्शनकारियों ने नारे लगाए। वे संसद की ओर बढ़े।", "",
     "प्रदर्शनकारियों=INDCVL | वे=INDCVL | संसद=INDLEG"},
};

TEST(RecognizerTest, Coreference) { RunCases(kCoreference, std::size(kCoreference)); }

TEST(RecognizerTest, SurnameAfterAnotherFirstNameIsNotCoreferent) {
  Document doc;
  doc.text = "मनमोहन सिंह ने कहा। अमरिंदर सिंह ने जोड़ा।";
  doc.date = "2010-01-01";
  AnalyzeText(&doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  doc.sentences[1].tokens[0].upos = Upos::kPROPN;  // as the morphology tags it
  auto ms = ActorRecognizer(Fixture()).Recognize(doc, {});
  EXPECT_EQ(Dump(ms), "मनमोहन सिंह=INDGOV");
}

TEST(RecognizerTest, CoreferenceLinks) {
  auto m = Recognize("सर्गेई लवरोव ने कहा। लवरोव ने जोड़ा। उन्होंने कहा।", "2023-01-01");
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[1].antecedent, 0);
  EXPECT_EQ(m[2].antecedent, 1);
  EXPECT_EQ(m[2].how, MatchHow::kCoreference);
  EXPECT_EQ(m[2].kind, ActorKind::kPronoun);
  EXPECT_GT(m[2].confidence, 0.3);
  EXPECT_LT(m[2].confidence, 1.0);
  m = Recognize("अमेरिकी विदेश मंत्री जॉन डो ने कहा। डो ने जोड़ा।", "");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].how, MatchHow::kUnknown);
  EXPECT_EQ(m[0].name, "जॉन डो");
  EXPECT_EQ(m[0].role_text, "विदेश मंत्री");
  EXPECT_EQ(m[1].how, MatchHow::kCoreference);
  EXPECT_EQ(m[1].antecedent, 0);
}

// Unknown names after role words: coded from the role, name reported.
TEST(RecognizerTest, UnknownNames) {
  const struct {
    const char* text;
    const char* code;
    const char* name;
  } kCases[] = {
      {"अमेरिकी विदेश मंत्री जॉन डो ने कहा।", "USAGOV", "जॉन डो"},
      {"पाकिस्तान के प्रधानमंत्री अली रज़ा ने कहा।", "PAKGOV", "अली रज़ा"},
      {"रूसी राजदूत इवान पेत्रोव से मुलाकात हुई।", "RUSGOV", "इवान पेत्रोव"},
      {"चीनी विदेश मंत्री वांग ने कहा।", "CHNGOV", "वांग"},
      {"रूस ने कहा। विदेश मंत्री इवान पेत्रोव ने जोड़ा।", "RUSGOV", "इवान पेत्रोव"},
  };
  for (const auto& c : kCases) {
    auto ms = Recognize(c.text, "");
    const ActorMention* named = nullptr;
    for (const auto& m : ms) {
      if (!m.name.empty()) named = &m;
    }
    ASSERT_NE(named, nullptr) << c.text;
    EXPECT_EQ(named->code, c.code) << c.text;
    EXPECT_EQ(named->name, c.name) << c.text;
    EXPECT_EQ(named->how, MatchHow::kUnknown) << c.text;
  }
}

// Look-alikes: words that are not actors here.
const Case kLookAlikes[] = {
    {"चीनी की कीमत बढ़ गई।", "", ""},
    {"चाय में चीनी कम डालें।", "", ""},
    // (A state's oil, like its goods, stands for the state a ban or duty
    // hits: "ईरानी तेल के आयात पर पाबंदी"; its language does not.)
    {"रूसी भाषा की पढ़ाई बढ़ी।", "", ""},
    {"भारतीय खाना लोकप्रिय है।", "", ""},
    {"अमेरिकी डॉलर मजबूत हुआ।", "", ""},
    {"सिंह ने कहा।", "", ""},
    {"मनमोहन ने कहा।", "", ""},
    {"us and them", "", ""},
    {"un peu", "", ""},
    {"Nato", "", ""},
    {"रूसीकरण की नीति।", "", ""},
    {"भारतवर्ष की संस्कृति।", "", ""},
    {"अमेरिकाना शैली।", "", ""},
    {"संयुक्त परिवार।", "", ""},
    {"राष्ट्र के नाम संदेश।", "", ""},
    {"उन पहलों में भाग लेना।", "", ""},
    {"मोदीनगर में मेला।", "", ""},
    {"भारत में बारिश।", "", "भारत=IND"},
    {"भारतीय सेना।", "", "भारतीय सेना=INDMIL"},
    // A demonym before a place or asset names its owner (a possible target),
    // with the role the place implies; before a state's act, the state; a
    // counterpart holds the office of the actor before it.
    {"पाकिस्तानी चौकियों पर गोलाबारी हुई।", "", "पाकिस्तानी=PAKMIL"},
    {"अमेरिकी हमले की निंदा की।", "", "अमेरिकी=USA"},
    {"भारत के रक्षा मंत्री ने अपने चीनी समकक्ष से बात की।", "", "भारत के रक्षा मंत्री=INDGOV | चीनी=CHNGOV"},
    {"अमेरिकी और रूसी मंत्रियों ने बातचीत की।", "", "अमेरिकी=USAGOV | रूसी मंत्रियों=RUSGOV"},
    {"अमेरिकी जहाजों को निशाना बनाया।", "", "अमेरिकी=USA"},
    {"रूसी संघ ने कहा।", "", "रूसी संघ=RUS"},
    {"चीनी सेना ने अभ्यास किया।", "", "चीनी सेना=CHNMIL"},
    {"अमेरिकी कहते हैं।", "", ""},
    {"मंत्र पढ़ा।", "", ""},
    {"सेनापति ने कहा।", "", ""},
    {"चीनी मिलों में पेराई शुरू।", "", ""},
    {"रूसी भाषा सीखें।", "", ""},
    {"पाकिस्तानी गायक का गाना।", "", ""},
    {"अमेरिकी शेयर बाजार गिरा।", "", ""},
    {"भारतीय क्रिकेट टीम जीती।", "", ""},
    {"मंत्रणा हुई।", "", ""},
    {"सरकारी स्कूल।", "", ""},
    {"रूसवा हुए।", "", ""},
    {"चीनीमिट्टी के बर्तन।", "", ""},
    {"मोदीजी का भाषण।", "", ""},
};

TEST(RecognizerTest, LookAlikes) { RunCases(kLookAlikes, std::size(kLookAlikes)); }

TEST(RecognizerTest, OffsetsPointAtTheOriginalText) {
  Document doc;
  auto ms = Recognize("कल  रूस ने\nअमेरिका से कहा।", "", &doc);
  ASSERT_EQ(ms.size(), 2u);
  EXPECT_EQ(ms[0].start, 4u);
  EXPECT_EQ(ms[0].end, 7u);
  EXPECT_EQ(ms[0].text, "रूस");
  EXPECT_EQ(ms[1].text, "अमेरिका");
  EXPECT_LT(ms[0].first, ms[0].last);
}

TEST(RecognizerTest, LemmaIsAnExtraKey) {
  Document doc;
  doc.text = "फलाना ने कहा";
  AnalyzeText(&doc);
  ASSERT_FALSE(doc.sentences.empty());
  EXPECT_TRUE(ActorRecognizer(Fixture()).Recognize(doc, {}).empty());
  doc.sentences[0].tokens[0].lemma = "अमेरिका";
  auto ms = ActorRecognizer(Fixture()).Recognize(doc, {});
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].code, "USA");
}

TEST(RecognizerTest, NoCountryNoCode) {
  Document doc;
  doc.text = "पुलिस ने कहा।";
  AnalyzeText(&doc);
  RecognizerOptions options;
  options.default_country = "";
  EXPECT_TRUE(ActorRecognizer(Fixture(), options).Recognize(doc, {}).empty());
  EXPECT_EQ(ActorRecognizer(Fixture()).Recognize(doc, {}).size(), 1u);
}

TEST(RecognizerTest, EmptyAndOddInput) {
  for (const char* text : {"", "।।।", "-", "- - -", "के के के", "उन्होंने उन्होंने", "\xE0\xA4"}) {
    Document doc;
    doc.text = text;
    AnalyzeText(&doc);
    EXPECT_NO_FATAL_FAILURE(ActorRecognizer(Fixture()).Recognize(doc, {})) << text;
  }
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

// Common actors against the real dictionary (article date 2024-06-01).
TEST(RecognizerTest, RealDataCommonActors) {
  if (!HaveRealData()) GTEST_SKIP() << "data/actors is not complete yet";
  auto dict = ActorDictionary::Load(std::string(GHATNA_SOURCE_DIR) + "/data/actors");
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  const std::pair<const char*, const char*> kCases[] = {
      {"रूस ने कहा।", "RUS"},
      {"अमेरिकी सेना ने हमला किया।", "USAMIL"},
      {"पाकिस्तानी सेना ने कहा।", "PAKMIL"},
      {"संयुक्त राष्ट्र महासचिव ने कहा।", "IGOUNO"},
      {"भाजपा ने कहा।", "INDPTY"},
      {"तालिबान ने कहा।", "AFGGOV"},
      {"हमास ने कहा।", "PSEREB"},
      {"हिज़्बुल्लाह ने कहा।", "LBNREB"},
      {"नाटो ने कहा।", "IGOWSTNAT"},
      {"यूरोपीय संघ ने कहा।", "IGOEUREEC"},
      {"चीनी विदेश मंत्रालय ने कहा।", "CHNGOV"},
      {"इसराइली प्रधानमंत्री बेंजामिन नेतन्याहू ने कहा।", "ISRGOV"},
      {"ईरान के सर्वोच्च नेता ने कहा।", "IRNGOV"},
      {"लश्कर-ए-तैयबा ने कहा।", "PAKREB"},
      {"व्लादिमीर पुतिन ने कहा।", "RUSGOV"},
      {"शी जिनपिंग ने कहा।", "CHNGOV"},
      {"अमेरिकियों ने कहा।", "USACVL"},
      {"विश्व बैंक ने कहा।", "IGOWSTWBK"},
      {"आईएमएफ ने कहा।", "IGOWSTIMF"},
  };
  for (const auto& [text, code] : kCases) {
    Document doc;
    doc.text = text;
    doc.date = "2024-06-01";
    AnalyzeText(&doc);
    auto ms = ActorRecognizer(**dict).Recognize(doc, {});
    ASSERT_EQ(ms.size(), 1u) << text;
    EXPECT_EQ(ms[0].code, code) << text;
  }
}

// The real dictionary, loaded once for the tests below (null when
// data/actors is incomplete), and the mentions it finds in `text`;
// `noun` names words to tag NOUN as the morphology does.
const ActorDictionary* RealDictionary() {
  static const std::unique_ptr<ActorDictionary>* dict = [] {
    auto* d = new std::unique_ptr<ActorDictionary>();
    if (!HaveRealData()) return d;
    auto loaded = ActorDictionary::Load(std::string(GHATNA_SOURCE_DIR) + "/data/actors");
    if (loaded.ok()) *d = std::move(*loaded);
    return d;
  }();
  return dict->get();
}

std::vector<ActorMention> RecognizeReal(const char* text, const char* date, const char* noun = nullptr) {
  Document doc;
  doc.text = text;
  doc.date = date;
  AnalyzeText(&doc);
  for (Sentence& sent : doc.sentences)
    for (Token& t : sent.tokens)
      if (noun != nullptr && t.text == noun) t.upos = Upos::kNOUN;
  return ActorRecognizer(*RealDictionary()).Recognize(doc, {});
}

// The Union's and a state's government: one code (INDGOV), two bodies.
TEST(RecognizerTest, RealDataGovernmentLevel) {
  if (RealDictionary() == nullptr) GTEST_SKIP() << "data/actors is not complete yet";
  const struct {
    const char* text;
    const char* national;     // mentions marked national, joined by |
    const char* subnational;  // mentions marked as a state's
  } kCases[] = {
      {"केंद्रीय गृह मंत्रालय ने पश्चिम बंगाल सरकार से रिपोर्ट मांगी।", "गृह मंत्रालय", "पश्चिम बंगाल सरकार"},
      {"केंद्र सरकार ने राज्य सरकार को सलाह दी।", "केंद्र सरकार", "सरकार"},
      {"मुख्यमंत्री ने प्रधानमंत्री से मुलाकात की।", "प्रधानमंत्री", "मुख्यमंत्री"},
      {"गृह राज्य मंत्री ने कहा।", "", ""},
      {"रूसी सरकार ने कहा।", "", ""},
  };
  for (const auto& c : kCases) {
    std::string national, subnational;
    for (const ActorMention& m : RecognizeReal(c.text, "2019-06-01")) {
      if (m.national) national += (national.empty() ? "" : "|") + m.text;
      if (m.subnational) subnational += (subnational.empty() ? "" : "|") + m.text;
    }
    EXPECT_EQ(national, c.national) << c.text;
    EXPECT_EQ(subnational, c.subnational) << c.text;
  }
}

// A state that only names another noun's kind (श्रीलंका टीम) does not give
// its state to the police of the dateline's place.
TEST(RecognizerTest, RealDataModifierStateIsNotTheScene) {
  if (RealDictionary() == nullptr) GTEST_SKIP() << "data/actors is not complete yet";
  std::string police;
  for (const ActorMention& m :
       RecognizeReal("लाहौर। श्रीलंका क्रिकेट टीम पर हुए हमले के संबंध में पुलिस ने जांच शुरू की।", "2009-03-05",
                     "क्रिकेट"))
    if (m.text == "पुलिस") police = m.code;
  EXPECT_EQ(police, "PAKCOP");
}

// An office before a one-word form of a known person who never held it is
// another person of that name: a district magistrate named Rahul.
TEST(RecognizerTest, RealDataOfficeBeforeAnotherHoldersFirstName) {
  if (RealDictionary() == nullptr) GTEST_SKIP() << "data/actors is not complete yet";
  if (RealDictionary()->Lookup("राहुल").empty()) GTEST_SKIP() << "data/actors has no one-word राहुल";
  const std::pair<const char*, const char*> kCases[] = {
      {"जिलाधिकारी राहुल ने कर्फ्यू लगा दिया।", "INDGOV"},
      {"कांग्रेस नेता राहुल ने कहा।", "INDOPP"},
  };
  for (const auto& [text, code] : kCases) {
    auto ms = RecognizeReal(text, "2018-01-28");
    ASSERT_FALSE(ms.empty()) << text;
    EXPECT_EQ(ms.back().code, code) << text;
  }
}

// Soldiers and a head of state named right after them are two mentions:
// "युगांडा के सैनिक | राष्ट्रपति सल्वा कीर की सरकार की ओर से".
TEST(RecognizerTest, RealDataSoldiersBeforeAHeadOfState) {
  if (RealDictionary() == nullptr) GTEST_SKIP() << "data/actors is not complete yet";
  std::string got;
  for (const ActorMention& m : RecognizeReal("युगांडा के सैनिक राष्ट्रपति सल्वा कीर की सरकार की ओर से लड़ रहे हैं।",
                                             "2014-01-20"))
    got += (got.empty() ? "" : " | ") + m.text + "=" + m.code;
  EXPECT_EQ(got, "युगांडा के सैनिक=UGAMIL | राष्ट्रपति सल्वा कीर=SSDGOV | सरकार=SSDGOV");
}

// A currency names no actor: "यूएस डॉलर", "अमेरिकी डॉलर".
TEST(RecognizerTest, RealDataCurrencyIsNoActor) {
  if (RealDictionary() == nullptr) GTEST_SKIP() << "data/actors is not complete yet";
  for (const char* text : {"रेड क्रॉस ने 26 हजार यूएस डॉलर की मदद दी।", "रुपया अमेरिकी डॉलर के मुकाबले गिरा।"})
    for (const ActorMention& m : RecognizeReal(text, "2018-01-28"))
      EXPECT_NE(m.code.substr(0, 3), "USA") << text << ": " << m.text;
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
