#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ghatna/morph.h"
#include "morph/lexicon.h"

namespace ghatna {
namespace {

// The lexicons of the source tree, without the optional system dictionaries,
// so that the tests do not depend on what is installed.
const Morphology& Own() {
  static const Morphology* m = [] {
    MorphOptions o;
    o.use_apertium = false;
    o.use_hunspell = false;
    auto r = Morphology::Load(GHATNA_SOURCE_DIR "/data", o);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return *m;
}

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
  });
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
