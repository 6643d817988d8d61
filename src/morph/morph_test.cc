#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ghatna/morph.h"
#include "morph/own_lexicon_for_tests.h"
#include "morph/lexicon.h"

namespace ghatna {
namespace {

const Morphology& Own() { return *testing::OwnLexiconMorphology(); }

Sentence Words(const std::vector<std::string>& words) {
  Sentence s;
  for (const auto& w : words) {
    Token t;
    t.text = w;
    s.tokens.push_back(t);
  }
  return s;
}

// "form/UPOS/lemma" for every token, or with feats "form/UPOS/lemma/feats".
std::string Tagged(const Sentence& s, bool feats) {
  std::string out;
  for (const Token& t : s.tokens) {
    if (!out.empty()) out += ' ';
    out += t.text + "/" + UposName(t.upos) + "/" + t.lemma;
    if (feats) out += "/" + t.feats;
  }
  return out;
}

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t sp = s.find(' ', start);
    if (sp == std::string::npos) sp = s.size();
    if (sp > start) out.push_back(s.substr(start, sp - start));
    start = sp + 1;
  }
  return out;
}

// One word in a short context: the word at `index` of `sentence` must get
// this lemma, UPOS and (when given) features.
struct WordCase {
  const char* sentence;
  int index;
  const char* lemma;
  const char* upos;
  const char* feats;  // nullptr: not checked
};

void CheckWordCases(const Morphology& m, const std::vector<WordCase>& cases) {
  for (const WordCase& c : cases) {
    Sentence s = Words(Split(c.sentence));
    m.Analyze(&s);
    ASSERT_LT(c.index, static_cast<int>(s.tokens.size())) << c.sentence;
    const Token& t = s.tokens[c.index];
    EXPECT_EQ(t.lemma, c.lemma) << c.sentence << " [" << c.index << "]  " << Tagged(s, true);
    EXPECT_STREQ(UposName(t.upos), c.upos) << c.sentence << " [" << c.index << "]  "
                                           << Tagged(s, true);
    if (c.feats) {
      EXPECT_EQ(t.feats, c.feats) << c.sentence << " [" << c.index << "]  " << Tagged(s, true);
    }
  }
}

TEST(Morphology, ClosedClassWords) {
  CheckWordCases(Own(), {
      {"उन्होंने कहा", 0, "वह", "PRON", "Case=Acc|Person=3"},
      {"उसने कहा", 0, "वह", "PRON", nullptr},
      {"इन्होंने कहा", 0, "यह", "PRON", nullptr},
      {"उनका देश", 0, "वह", "PRON", nullptr},
      {"उन्हें बताया", 0, "वह", "PRON", nullptr},
      {"मैंने कहा", 0, "मैं", "PRON", nullptr},
      {"हमारे देश", 0, "हम", "PRON", nullptr},
      {"अपने देश", 0, "अपना", "PRON", nullptr},
      {"जिसने कहा", 0, "जो", "PRON", nullptr},
      {"राम ने कहा", 1, "ने", "ADP", "Case=Erg"},
      {"राम को दिया", 1, "को", "ADP", "Case=Acc"},
      {"घर में", 1, "में", "ADP", "Case=Loc"},
      {"राम का घर", 1, "का", "ADP", "Case=Gen|Gender=Masc|Number=Sing"},
      {"राम की किताब", 1, "का", "ADP", "Case=Gen|Gender=Fem"},
      {"राम के घर", 1, "का", "ADP", nullptr},
      {"राम के साथ", 1, "के", "ADP", "_"},
      {"अमेरिका के खिलाफ", 1, "के", "ADP", "_"},
      {"इस बारे में", 0, "यह", "DET", nullptr},
      {"एक देश", 0, "एक", "DET", nullptr},
      {"वह गया और आया", 2, "और", "CCONJ", nullptr},
      {"कहा कि वह", 1, "कि", "SCONJ", nullptr},
      {"नहीं गया", 0, "नहीं", "PART", "Polarity=Neg"},
      {"वह भी", 1, "भी", "PART", nullptr},
      {"देश द्वारा", 1, "द्वारा", "ADP", nullptr},
      {"दो देश", 0, "दो", "NUM", "NumType=Card"},
      {"12,000 लोग", 0, "12000", "NUM", "NumType=Card"},
      {"वह गया ।", 2, "।", "PUNCT", "_"},
  });
}

TEST(Morphology, IrregularVerbs) {
  CheckWordCases(Own(), {
      {"उसने काम किया", 2, "करना", "VERB",
       "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Person=3|Tense=Past"},
      {"वह घर गया", 2, "जाना", "VERB", nullptr},
      {"उसने दिया", 1, "देना", "VERB", nullptr},
      {"उसने लिया", 1, "लेना", "VERB", nullptr},
      {"हमला हुआ", 1, "होना", "VERB", nullptr},
      {"बैठक हुई", 1, "होना", "VERB", nullptr},
      {"उसने बात की ।", 2, "करना", "VERB", nullptr},
      {"उसने घोषणा की है", 2, "करना", "VERB", nullptr},
      {"काम किया गया", 2, "जाना", "AUX", nullptr},
  });
}

TEST(Morphology, Copula) {
  CheckWordCases(Own(), {
      {"वह गया है", 2, "है", "AUX", nullptr},
      {"वह बड़ा है", 2, "है", "AUX", nullptr},
      {"वहां समस्या है", 2, "हैना", "VERB", nullptr},
      {"वह गया था", 2, "था", "AUX", nullptr},
      {"वहां समस्या थी", 2, "थाना", "VERB", nullptr},
      {"इसमें भारत शामिल है", 3, "हैना", "VERB", nullptr},
      {"वह तैयार नहीं है", 3, "है", "AUX", nullptr},
      {"वहां समस्या नहीं है", 3, "हैना", "VERB", nullptr},
  });
}

TEST(Morphology, NounParadigms) {
  CheckWordCases(Own(), {
      {"मंत्रियों को", 0, "मंत्री", "NOUN", "Case=Acc|Gender=Masc|Number=Plur"},
      {"देशों में", 0, "देश", "NOUN", "Case=Acc|Gender=Masc|Number=Plur"},
      {"लोगों ने", 0, "लोग", "NOUN", nullptr},
      {"अधिकारियों से", 0, "अधिकारी", "NOUN", nullptr},
      {"मामले में", 0, "मामला", "NOUN", "Case=Acc|Gender=Masc|Number=Sing"},
      {"कई मामले सामने आए", 1, "मामला", "NOUN", "Case=Nom|Gender=Masc|Number=Plur"},
      {"मुद्दों पर", 0, "मुद्दा", "NOUN", "Case=Acc|Gender=Masc|Number=Plur"},
      {"समझौते पर", 0, "समझौता", "NOUN", nullptr},
      {"इलाके में", 0, "इलाका", "NOUN", nullptr},
      {"बातें हुईं", 0, "बात", "NOUN", "Case=Nom|Gender=Fem|Number=Plur"},
      {"बातों में", 0, "बात", "NOUN", "Case=Acc|Gender=Fem|Number=Plur"},
      {"नीतियों की", 0, "नीति", "NOUN", nullptr},
      {"नीतियां बनीं", 0, "नीति", "NOUN", nullptr},
      {"चुनौतियों का", 0, "चुनौती", "NOUN", nullptr},
      {"सेनाओं ने", 0, "सेना", "NOUN", nullptr},
      {"महिलाएं आईं", 0, "महिला", "NOUN", nullptr},
      {"नेताओं से", 0, "नेता", "NOUN", nullptr},
      {"नेता ने", 0, "नेता", "NOUN", "Case=Acc|Gender=Masc|Number=Sing"},
      {"सरकार ने", 0, "सरकार", "NOUN", "Case=Acc|Gender=Fem|Number=Sing"},
      {"सरकार चलती है", 0, "सरकार", "NOUN", "Case=Nom|Gender=Fem|Number=Sing"},
      {"विदेश मंत्री ने", 1, "मंत्री", "NOUN", nullptr},
      {"रक्षा मंत्रालय", 0, "रक्षा", "NOUN", "Gender=Fem|Number=Sing"},
      {"सितम्बर में", 0, "सितम्बर", "NOUN", nullptr},
      {"सम्बन्धों में", 0, "सम्बन्ध", "NOUN", nullptr},
      {"गृहयुद्ध में", 0, "गृहयुद्ध", "NOUN", nullptr},
  });
}

TEST(Morphology, AdjectiveParadigms) {
  CheckWordCases(Own(), {
      {"बड़ी संख्या", 0, "बड़ा", "ADJ", "Gender=Fem"},
      {"बड़े देश", 0, "बड़ा", "ADJ", nullptr},
      {"बड़ा देश", 0, "बड़ा", "ADJ", nullptr},
      {"नई नीति", 0, "नया", "ADJ", nullptr},
      {"नये नियम", 0, "नया", "ADJ", nullptr},
      {"नए नियम", 0, "नया", "ADJ", nullptr},
      {"पुरानी बात", 0, "पुराना", "ADJ", nullptr},
      {"अच्छे संबंध", 0, "अच्छा", "ADJ", nullptr},
      {"पिछले साल", 0, "पिछला", "ADJ", nullptr},
      {"राष्ट्रीय सुरक्षा", 0, "राष्ट्रीय", "ADJ", "_"},
      {"अंतरराष्ट्रीय समुदाय", 0, "अंतरराष्ट्रीय", "ADJ", nullptr},
      {"रूसी विदेश मंत्री", 0, "रूसी", "ADJ", nullptr},
      {"वह बड़ा है", 1, "बड़ा", "ADJ", nullptr},
      {"यह सही है", 1, "सही", "ADJ", nullptr},
      {"क्रांतिकारी कदम", 0, "क्रांतिकारी", "ADJ", nullptr},
      {"ऐतिहासिक फैसला", 0, "ऐतिहासिक", "ADJ", nullptr},
  });
}

TEST(Morphology, VerbParadigms) {
  CheckWordCases(Own(), {
      {"वह काम करता है", 2, "करना", "VERB",
       "Aspect=Imp|Gender=Masc|Mood=Ind|Number=Sing|Person=3"},
      {"वह काम करती है", 2, "करना", "VERB", nullptr},
      {"वे काम करते हैं", 2, "करना", "VERB", nullptr},
      {"वे काम करते हैं", 3, "है", "AUX", nullptr},
      {"वह काम कर रहा है", 2, "करना", "VERB", "_"},
      {"वह काम कर रहा है", 3, "रहना", "AUX",
       "Aspect=Prog|Gender=Masc|Mood=Ind|Number=Sing|Person=3"},
      {"वह काम कर रही है", 3, "रहना", "AUX",
       "Aspect=Prog|Gender=Fem|Mood=Ind|Number=Sing|Person=3"},
      {"वह काम करेगा", 2, "करना", "VERB",
       "Aspect=Imp|Gender=Masc|Mood=Ind|Number=Sing|Person=3|Tense=Fut"},
      {"वह काम करेगी", 2, "करना", "VERB", nullptr},
      {"वे काम करेंगे", 2, "करना", "VERB", nullptr},
      {"हम काम करें", 2, "करना", "VERB", "Mood=Sub|Number=Plur|Person=3"},
      {"काम करने का आग्रह", 1, "करना", "VERB", "VerbForm=Inf"},
      {"काम करना है", 1, "करना", "VERB", "VerbForm=Inf"},
      {"बात करके लौटे", 1, "करना", "VERB", "VerbForm=Conv"},
      {"घर जाकर देखा", 1, "जाना", "VERB", "VerbForm=Conv"},
      {"उसने घर बनाया", 2, "बनाना", "VERB",
       "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Person=3"},
      {"उसने सड़क बनाई", 2, "बनाना", "VERB", nullptr},
      {"उसने घर बनाए", 2, "बनाना", "VERB", nullptr},
      {"उसने कहा", 1, "कहना", "VERB", nullptr},
      {"उसने बताया कि", 1, "बताना", "VERB", nullptr},
      {"वे बढ़ रहे हैं", 1, "बढ़ना", "VERB", nullptr},
      {"वे बढ़ रहे हैं", 2, "रहना", "AUX", nullptr},
      {"वह लिख सकता है", 2, "सकना", "AUX", nullptr},
      {"वह लिख सकती है", 2, "सकना", "AUX", nullptr},
      {"वह देगा", 1, "देना", "VERB", nullptr},
      {"वे लेंगे", 1, "लेना", "VERB", nullptr},
      {"यह होगा", 1, "होना", "VERB", nullptr},
      {"उसे मिलेगा", 1, "मिलना", "VERB", nullptr},
      {"वह गया", 1, "जाना", "VERB", nullptr},
      {"काम किया गया", 2, "जाना", "AUX", nullptr},
      {"पत्र लिखा गया", 1, "लिखना", "VERB", nullptr},
      {"पत्र लिखा गया", 2, "जाना", "AUX", nullptr},
      {"कहा जाता है", 1, "जाना", "AUX", nullptr},
      {"वह घर लौटा", 2, "लौटना", "VERB", nullptr},
      {"वह मान गया", 1, "मानना", "VERB", nullptr},
      {"मुझे लगा", 1, "लगना", "VERB", nullptr},
      {"कर देंगे", 0, "करना", "VERB", nullptr},
      {"मार डाला", 0, "मारना", "VERB", nullptr},
  });
}

TEST(Morphology, PostpositionsAndConjuncts) {
  CheckWordCases(Own(), {
      {"इस के बारे में", 1, "के", "ADP", "_"},
      {"इस के बारे में", 2, "बारे", "ADP", nullptr},
      {"भारत की ओर से", 1, "का", "ADP", nullptr},
      {"भारत की ओर से", 2, "ओर", "ADP", nullptr},
      {"नियमों के अनुसार", 1, "के", "ADP", "_"},
      {"रिपोर्ट के मुताबिक", 2, "मुताबिक", "ADP", nullptr},
      {"अमेरिका के विरुद्ध", 2, "विरुद्ध", "ADP", nullptr},
      {"उनके साथ", 1, "साथ", "ADP", nullptr},
      {"इसी कारण", 1, "कारण", "NOUN", nullptr},
      {"युद्ध के कारण", 2, "कारण", "ADP", nullptr},
      {"बैठक के बाद", 2, "बाद", "ADP", nullptr},
      {"बाद में", 0, "बाद", "NOUN", nullptr},
      {"मुलाकात की और", 1, "करना", "VERB", nullptr},
      {"हस्ताक्षर किए", 1, "करना", "VERB", nullptr},
      {"आग्रह किया", 0, "आग्रह", "NOUN", nullptr},
      {"आलोचना की", 1, "करना", "VERB", nullptr},
      {"भारत की सेना", 1, "का", "ADP", nullptr},
      {"नहीं की", 1, "करना", "VERB", nullptr},
      {"मुद्दे को लेकर", 2, "ले", "ADP", nullptr},
      {"सामान लेकर गया", 1, "लेना", "VERB", nullptr},
      {"ईसा पूर्व", 0, "ईसा", "PART", nullptr},
      {"लोगों के लिए", 1, "के", "ADP", "_"},
      {"लोगों के लिए", 2, "लिए", "ADP", nullptr},
      {"आने वाले दिन", 1, "वाला", "ADP", nullptr},
      {"दिल्ली जैसे शहरों में", 1, "जैसा", "ADP", nullptr},
      {"जैसे ही वह आया", 0, "जैसे", "SCONJ", nullptr},
      {"दस से ज्यादा लोग", 2, "ज्यादा", "ADP", nullptr},
  });
}

TEST(Morphology, PronounsAndParticles) {
  CheckWordCases(Own(), {
      {"उनके देश", 0, "वह", "PRON", nullptr},
      {"उनकी बात", 0, "वह", "PRON", nullptr},
      {"उसका घर", 0, "वह", "PRON", nullptr},
      {"इसका असर", 0, "यह", "PRON", nullptr},
      {"इसमें", 0, "यह", "PRON", nullptr},
      {"उन्होंने", 0, "वह", "PRON", nullptr},
      {"जिन्होंने कहा", 0, "जो", "PRON", nullptr},
      {"जिसमें कहा", 0, "जो", "PRON", nullptr},
      {"अपनी बात", 0, "अपना", "PRON", nullptr},
      {"हमें लगा", 0, "हम", "PRON", nullptr},
      {"आपको", 0, "आप", "PRON", nullptr},
      {"खुद", 0, "खुद", "PRON", nullptr},
      {"कोई नहीं", 0, "कोई", "DET", nullptr},
      {"किसी देश", 0, "कोई", "DET", nullptr},
      {"उस देश", 0, "वह", "DET", nullptr},
      {"इन देशों", 0, "यह", "DET", nullptr},
      {"कई देश", 0, "कई", "DET", nullptr},
      {"सभी देश", 0, "सभी", "DET", nullptr},
      {"मत जाओ", 0, "मत", "PART", "Polarity=Neg"},
      {"न तो", 0, "न", "PART", nullptr},
      {"वह ही", 1, "ही", "PART", nullptr},
      {"लेकिन वह", 0, "लेकिन", "CCONJ", nullptr},
      {"तथा", 0, "तथा", "CCONJ", nullptr},
      {"एवं", 0, "एवं", "CCONJ", nullptr},
      {"क्योंकि", 0, "क्योंकि", "SCONJ", nullptr},
      {"अगर वह", 0, "अगर", "SCONJ", nullptr},
      {"वहां गया", 0, "वहाँ", "NOUN", nullptr},
      {"स्वास्थ्य सम्बन्धी", 1, "संबंधी", "ADP", nullptr},  // unlisted spelling
      {"पाँच देश", 0, "पाँच", "NUM", nullptr},
      {"दोनों देश", 0, "दो", "DET", nullptr},
      {"तीन देश", 0, "तीन", "NUM", nullptr},
  });
}

TEST(Morphology, UnknownWordsAndShapes) {
  CheckWordCases(Own(), {
      {"लवरोव ने कहा", 0, "लवरोव", "PROPN", "Case=Acc|Gender=Masc|Number=Sing"},
      {"गुटेरेस से", 0, "गुटेरेस", "PROPN", nullptr},
      {"सर्गेई ज़ख़ारोवा ने", 1, "ज़ख़ारोवा", "PROPN", nullptr},
      {"श्री कोविंद", 1, "कोविंद", "PROPN", nullptr},
      {"NATO ने", 0, "NATO", "PROPN", nullptr},
      {"१२ लोग", 0, "१२", "NUM", nullptr},
      {"3.5 प्रतिशत", 0, "3.5", "NUM", nullptr},
      {"50 %", 1, "%", "SYM", nullptr},
      {"( वह )", 0, "(", "PUNCT", nullptr},
      {"डिजिटलीकरण पर", 0, "डिजिटलीकरण", "NOUN", nullptr},
      {"ट्रांजिशन पर", 0, "ट्रांजिशन", "NOUN", nullptr},
      {"मार्केटिंग", 0, "मार्केटिंग", "NOUN", nullptr},
      {"कोरियाई प्रायद्वीप", 0, "कोरियाई", "ADJ", nullptr},
      {"प्रायोजित हमला", 0, "प्रायोजित", "ADJ", nullptr},
      {"जर्जरता", 0, "जर्जरता", "NOUN", nullptr},
      {"ब्लॉगरों ने", 0, "ब्लॉगर", "NOUN", nullptr},
      {"एक ब्लॉग", 1, "ब्लॉग", "NOUN", nullptr},
  });
}

TEST(Morphology, TokenKindsFromTheTokeniser) {
  Sentence s = Words({"देखें", "https://example.org/a", "😀", "info@example.org"});
  s.tokens[1].kind = TokenKind::kUrl;
  s.tokens[2].kind = TokenKind::kEmoji;
  s.tokens[3].kind = TokenKind::kEmail;
  Own().Analyze(&s);
  EXPECT_EQ(s.tokens[1].upos, Upos::kX);
  EXPECT_EQ(s.tokens[1].lemma, "https://example.org/a");
  EXPECT_EQ(s.tokens[2].upos, Upos::kSYM);
  EXPECT_EQ(s.tokens[3].upos, Upos::kX);
}

TEST(Morphology, EmptySentenceAndOddTokens) {
  Sentence empty;
  Own().Analyze(&empty);
  Sentence s = Words({"\xE0\xA4", "्", "ं", "a", "-"});  // truncated UTF-8, lone signs
  Own().Analyze(&s);
  for (const Token& t : s.tokens) EXPECT_FALSE(t.feats.empty());
}

TEST(CanonicalSpelling, MapsVariantsToOneKey) {
  const struct { const char* in; const char* out; } kCases[] = {
      {"दण्ड", "दंड"}, {"सम्बन्ध", "संबंध"}, {"ज़मीन", "जमीन"}, {"पाँच", "पांच"},
      {"अन्य", "अन्य"},  // न्य: the virama is followed by a consonant, so ं
  };
  for (const auto& c : kCases) {
    std::string out = c.in;
    morph::CanonicalSpelling(c.in, &out);
    if (std::string(c.in) == "अन्य") {
      EXPECT_EQ(out, "अंय");
      continue;
    }
    EXPECT_EQ(out, c.out) << c.in;
  }
  std::string untouched = "x";
  EXPECT_FALSE(morph::CanonicalSpelling("देश", &untouched));
  EXPECT_EQ(untouched, "x");
}

TEST(Lexicon, ReportsBadLinesWithFileAndLine) {
  morph::Lexicon lex;
  Status s = lex.ParseClosed("# c\nने\tने\tADP\tCase=Erg\nको\tको\tADPX\t_\n", "closed.tsv");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "closed.tsv:3: unknown UPOS 'ADPX'");
  s = lex.ParseClosed("की\tका\tADP\n", "c.tsv");
  EXPECT_EQ(s.message(), "c.tsv:1: expected 4 tab-separated columns, got 3");
  s = lex.ParseOpen("देश\tNOUN-x\n", "open.tsv", morph::LexSource::kOwn);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("open.tsv:1: unknown class 'NOUN-x'"), std::string::npos);
  s = lex.ParseSuffixes("ों\t-\tNOUN\tNOUN\tCase=\n", "suffixes.tsv");
  EXPECT_EQ(s.message(), "suffixes.tsv:1: bad feature string 'Case='");
}

TEST(Lexicon, ApertiumEntries) {
  morph::Lexicon lex;
  const size_t n = lex.ParseApertiumDix(
      "<e lm=\"लड़का\"><i>लड़क</i><par n=\"ध/ा__n_m\"/></e>\n"
      "<e lm=\"बता\"><i>बता</i><par n=\"बता__vblex_tv\"/></e>\n"
      "<e lm=\"दही जमा\"><i>दही<b/>जमा</i><par n=\"बता__vblex_tv\"/></e>\n");
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(lex.Classes("लड़का"), morph::kNM | morph::kNMA);
  EXPECT_EQ(lex.Classes("बताना"), morph::kVerb);
  EXPECT_EQ(lex.Classes("दही जमाना"), 0);
}

TEST(Morphology, LoadFailsOnMissingDirectory) {
  auto r = Morphology::Load("/nonexistent-ghatna-data");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("closed.tsv"), std::string::npos);
}

TEST(Morphology, AnalyzeFormNeverEmpty) {
  for (const char* w : {"लवरोव", "गुटेरेस", "NATO", "?", "१२", "%", "ड़", ""}) {
    EXPECT_FALSE(Own().AnalyzeForm(w).empty()) << w;
  }
}

}  // namespace
}  // namespace ghatna

namespace ghatna {
namespace {

// The loaders' convention (ghatna/io.h): every bad line, FILE:LINE: reason.
TEST(Morphology, LoadFromMemoryReportsEveryBadLine) {
  auto r = Morphology::LoadFromMemory({{"closed.tsv", "ने\tने\tADP\tCase=Erg\nको\tको\tADPX\t_\nकी\tका\tADP\n"},
                                       {"open.tsv", "देश\tNOUN-m\n"},
                                       {"suffixes.tsv", "ों\t-\tNOUN\tNOUN\tCase=Obl\n"}},
                                      {.use_apertium = false});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "closed.tsv:2: unknown UPOS 'ADPX'\nclosed.tsv:3: expected 4 tab-separated columns, got 3");
  auto ok = Morphology::LoadFromMemory({{"closed.tsv", "ने\tने\tADP\tCase=Erg\n"},
                                        {"open.tsv", "देश\tNOUN-m\n"},
                                        {"suffixes.tsv", "ों\t-\tNOUN\tNOUN\tCase=Obl\n"}},
                                       {.use_apertium = false});
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ((*ok)->AnalyzeForm("ने").front().lemma, "ने");
  EXPECT_FALSE(Morphology::LoadFromMemory({{"closed.tsv", "ने\tने\tADP\tCase=Erg\n"}}).ok());
}

}  // namespace
}  // namespace ghatna
