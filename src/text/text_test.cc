#include "ghatna/text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ghatna {
namespace {

// Tokens of a text as "text|text|..." (normalised forms).
std::string TokenString(const std::string& s) {
  std::string out;
  for (const Token& t : Tokenize(s)) {
    if (!out.empty()) out += "|";
    out += t.text;
  }
  return out;
}

// Sentences of a text as their original text joined by " ## ".
std::string SentenceString(const std::string& s, bool keep_boilerplate = false) {
  Document doc;
  doc.text = s;
  TextOptions options;
  options.keep_boilerplate = keep_boilerplate;
  AnalyzeText(&doc, options);
  std::string out;
  for (const Sentence& sent : doc.sentences) {
    if (!out.empty()) out += " ## ";
    out += sent.text;
  }
  return out;
}

TEST(DecodeUtf8, StrictErrorsNameLineByteAndReason) {
  const struct { std::string in; std::string error; } kCases[] = {
      {"ab\n\xFF", "f.txt:2: byte offset 3: invalid UTF-8 (invalid lead byte, byte 0xFF)"},
      {"\x80", "f.txt:1: byte offset 0: invalid UTF-8 (unexpected continuation byte, byte 0x80)"},
      {"a\xC0\xAF", "f.txt:1: byte offset 1: invalid UTF-8 (overlong encoding, byte 0xC0)"},
      {"\xED\xA0\x80", "f.txt:1: byte offset 0: invalid UTF-8 (surrogate code point, byte 0xED)"},
      {"x\n\ny\xE0\xA4", "f.txt:3: byte offset 4: invalid UTF-8 (truncated sequence at end of "
                         "input, byte 0xE0)"},
      {"\xE0\xA4z", "f.txt:1: byte offset 0: invalid UTF-8 (truncated sequence, byte 0xE0)"},
      {"\xF4\x90\x80\x80", "f.txt:1: byte offset 0: invalid UTF-8 (code point above U+10FFFF, "
                           "byte 0xF4)"},
  };
  for (const auto& c : kCases) {
    std::string out;
    Status st = DecodeUtf8(c.in, "f.txt", DecodeMode::kStrict, &out);
    EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
    EXPECT_EQ(st.message(), c.error);
  }
}

TEST(DecodeUtf8, RepairReplacesAndCounts) {
  std::string out;
  DecodeStats stats;
  ASSERT_TRUE(DecodeUtf8("\xEF\xBB\xBFक\xFF\xFEख\xE0\xA4", "f", DecodeMode::kRepair, &out,
                         &stats).ok());
  EXPECT_EQ(out, "क\uFFFD\uFFFDख\uFFFD");
  EXPECT_EQ(stats.replaced, 3u);
  EXPECT_TRUE(stats.had_bom);
}

TEST(DecodeUtf8, KeepsCrlfAndValidText) {
  std::string out;
  const std::string in = "पहली पंक्ति\r\nदूसरी 😀";
  ASSERT_TRUE(DecodeUtf8(in, "f", DecodeMode::kStrict, &out).ok());
  EXPECT_EQ(out, in);
}

TEST(DecodeUtf8Part, CountsLinesAndBytesAcrossParts) {
  DecodePosition pos;
  std::string out;
  ASSERT_TRUE(DecodeUtf8Part("a\nb\n", "f", DecodeMode::kStrict, &pos, &out, nullptr).ok());
  EXPECT_EQ(pos.line, 3u);
  EXPECT_EQ(pos.byte, 4u);
  Status st = DecodeUtf8Part("\xEF\xBB\xBFx\xFF", "f", DecodeMode::kStrict, &pos, &out, nullptr);
  // A BOM after the first part is not removed: it is text (and valid).
  EXPECT_EQ(st.message(), "f:3: byte offset 8: invalid UTF-8 (invalid lead byte, byte 0xFF)");
}

TEST(NormalizeText, FoldsVariantsAndKeepsMap) {
  const struct { std::string in, out; } kCases[] = {
      {"\u0958ानून", "क\u093Cानून"},                 // precomposed nukta letter -> NFC
      {"क\u093Cानून", "क\u093Cानून"},
      {"न\u093C", "\u0929"},                     // ऩ composes in NFC
      {"क्\u200Dष", "क्ष"},                      // ZWJ removed
      {"क\u200Cर", "कर"},                        // ZWNJ removed
      {"सुर\u00ADक्षा", "सुरक्षा"},                // soft hyphen removed
      {"कहा |", "कहा \u0964"},                   // | as danda
      {"कहा।।", "कहा\u0965"},                    // double danda
      {"a | b", "a | b"},                        // | in Latin text stays
      {"“उद्धरण” ‘क’", "\"उद्धरण\" 'क'"},
      {"a\u2013b\u2014c\u2011d", "a\u2013b\u2014c-d"},
      {"a\u00A0b\tc\r\nd\re", "a b c\nd\ne"},
      {"डॉ\u0970", "डॉ."},
      {"e\u0301", "\u00E9"},                     // NFC through ICU
      {"👨\u200D👩", "👨\u200D👩"},              // ZWJ kept in emoji sequences
  };
  for (const auto& c : kCases) EXPECT_EQ(NormalizeString(c.in), c.out) << c.in;
}

TEST(NormalizeText, MapPointsToOriginalCodePoints) {
  NormalizedText n;
  NormalizeText("\u0958\u200Dा\r\nख", &n);
  // क ़ ा \n ख  <-  क़(0) ZWJ(1) ा(2) \r(3) \n(4) ख(5)
  EXPECT_EQ(n.text, U"क\u093C\u093E\nख");
  EXPECT_EQ(n.start, (std::vector<uint32_t>{0, 0, 2, 3, 5, 6}));
  EXPECT_EQ(n.byte.back(), std::string("\u0958\u200Dा\r\nख").size());
}

TEST(Tokenize, FollowsUdHindiConventions) {
  const struct { const char* in; const char* tokens; } kCases[] = {
      {"राम ने कहा।", "राम|ने|कहा|।"},
      {"रूस-यूक्रेन युद्ध", "रूस|-|यूक्रेन|युद्ध"},
      {"12,000 और 1,00,000 और 3.5 और १२", "12,000|और|1,00,000|और|3.5|और|१२"},
      {"2024-25 और 2015-2016 और 6.30-10", "2024-25|और|2015-2016|और|6.30|-|10"},
      {"10:30 बजे 12/05/2024 को", "10:30|बजे|12/05/2024|को"},
      {"6% और $5,000 और £12", "6|%|और|$5,000|और|£|12"},
      {"45वें और 21वीं", "45वें|और|21वीं"},
      {"$221bn", "$221|bn"},
      {"बी.सी. में", "बी|.|सी|.|में"},
      {"समूह...जो … ठीक", "समूह|...|जो|…|ठीक"},
      {"लविंग्स -- खासकर", "लविंग्स|--|खासकर"},
      {"है—हम", "है|—|हम"},
      {"यू' अगस्त", "यू|'|अगस्त"},
      {"NATO, don't U.S. G20 COVID-19", "NATO|,|don't|U|.|S|.|G20|COVID|-|19"},
      {"https://www.bbc.com/hindi/articles/x1?a=b). देखें", "https://www.bbc.com/hindi/articles/x1?a=b|)|.|देखें"},
      {"www.aajtak.in पर bbc.com/hindi।", "www.aajtak.in|पर|bbc.com/hindi|।"},
      {"mail@example.co.in पर", "mail@example.co.in|पर"},
      {"#भारत @PMOIndia", "#भारत|@PMOIndia"},
      {"😀👍🏽🇮🇳", "😀|👍🏽|🇮🇳"},
      {"क्या?! हाँ!", "क्या|?!|हाँ|!"},
      {"टिप्पणि\u200Dयों", "टिप्पणियों"},
      {"(ट्रांजिशन)", "(|ट्रांजिशन|)"},
      {"4G और 1990s", "4G|और|1990s"},
  };
  for (const auto& c : kCases) EXPECT_EQ(TokenString(c.in), c.tokens) << c.in;
}

TEST(Tokenize, OffsetsAreOriginalCodePoints) {
  // "क़" is one original code point but two normalised ones; ZWJ is removed.
  const std::vector<Token> toks = Tokenize("\u0958ि\u200Dला है।");
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(toks[0].start, 0u);
  EXPECT_EQ(toks[0].end, 5u);  // क़ ि ZWJ ल ा
  EXPECT_EQ(toks[1].start, 6u);
  EXPECT_EQ(toks[1].end, 8u);
  EXPECT_FALSE(toks[1].space_after);
  EXPECT_EQ(toks[2].start, 8u);
  EXPECT_EQ(toks[2].end, 9u);
}

TEST(Tokenize, NumbersHaveValues) {
  const struct { const char* in; double value; } kCases[] = {
      {"१२", 12}, {"12,000", 12000}, {"3.5", 3.5}, {"२०२४-२५", 2024}, {"$1.5", 1.5},
      {"1,00,000", 100000}, {"१२.५", 12.5},
  };
  for (const auto& c : kCases) {
    const std::vector<Token> t = Tokenize(c.in);
    ASSERT_EQ(t.size(), 1u) << c.in;
    EXPECT_EQ(t[0].kind, TokenKind::kNumber) << c.in;
    EXPECT_DOUBLE_EQ(t[0].number_value, c.value) << c.in;
  }
}

TEST(AnalyzeText, SplitsNewsSentences) {
  const struct { const char* in; const char* sentences; } kCases[] = {
      {"राम आया। श्याम गया।", "राम आया। ## श्याम गया।"},
      {"उसने कहा.लेकिन वह नहीं आया.", "उसने कहा. ## लेकिन वह नहीं आया."},
      {"डॉ. शर्मा और श्री. वर्मा आए।", "डॉ. शर्मा और श्री. वर्मा आए।"},
      {"ए.के. एंटनी और यू.एन. के प्रमुख मिले।", "ए.के. एंटनी और यू.एन. के प्रमुख मिले।"},
      {"वृद्धि 3.5 प्रतिशत रही। बैठक 10.30 बजे हुई।",
       "वृद्धि 3.5 प्रतिशत रही। ## बैठक 10.30 बजे हुई।"},
      {"देखें www.bbc.com/hindi पर। और", "देखें www.bbc.com/hindi पर। ## और"},
      {"उसने कहा, \"हम जीतेंगे।\" फिर वह गया।", "उसने कहा, \"हम जीतेंगे।\" ## फिर वह गया।"},
      {"उसने कहा, “हम जीतेंगे।” फिर वह गया।", "उसने कहा, “हम जीतेंगे।” ## फिर वह गया।"},
      {"\"हम जीतेंगे।\"\"तुम हारोगे।\"", "\"हम जीतेंगे।\" ## \"तुम हारोगे।\""},
      {"वह आया...फिर गया। हाँ", "वह आया...फिर गया। ## हाँ"},
      {"क्या वह आया? नहीं! ठीक", "क्या वह आया? ## नहीं! ## ठीक"},
      {"क्या वह आया?\" उसने पूछा।", "क्या वह आया?\" ## उसने पूछा।"},
      {"शीर्षक बिना विराम\nपहला वाक्य।", "शीर्षक बिना विराम ## पहला वाक्य।"},
      {"लवरोव ने गुटेरेस से आग्रह किया\nमंत्रालय के अनुसार बात हुई।",
       "लवरोव ने गुटेरेस से आग्रह किया ## मंत्रालय के अनुसार बात हुई।"},
      {"पहला पैराग्राफ\n\nदूसरा", "पहला पैराग्राफ ## दूसरा"},
      // A headline ending in the verb की ("did") ends at its line break.
      {"भारत ने पाकिस्तान से बातचीत रद्द की\nभारत ने सोमवार को बातचीत रद्द कर दी।",
       "भारत ने पाकिस्तान से बातचीत रद्द की ## भारत ने सोमवार को बातचीत रद्द कर दी।"},
      // A single line break inside a sentence that clearly continues.
      {"रूस के विदेश मंत्री ने\nसंयुक्त राष्ट्र से बात की।",
       "रूस के विदेश मंत्री ने\nसंयुक्त राष्ट्र से बात की।"},
      {"बैठक में भारत, चीन,\nरूस और अमेरिका थे।", "बैठक में भारत, चीन,\nरूस और अमेरिका थे।"},
      {"मंत्री लवरोव\nने कहा।", "मंत्री लवरोव\nने कहा।"},
      {"यह ५ कि.मी. की दूरी है।", "यह ५ कि.मी. की दूरी है।"},
      {"वह घर आई. फिर", "वह घर आई. ## फिर"},
      {"Mr. Smith met Dr. Rao. Then", "Mr. Smith met Dr. Rao. ## Then"},
      {"राम ।। श्याम", "राम ।। ## श्याम"},
      {"राम | श्याम", "राम | ## श्याम"},
  };
  for (const auto& c : kCases) EXPECT_EQ(SentenceString(c.in), c.sentences) << c.in;
}

TEST(AnalyzeText, DropsOrMarksBoilerplate) {
  const std::string text =
      "बड़ी खबर\nशेयर करें\nFacebook Twitter WhatsApp\nलवरोव ने बात की।\n"
      "ये भी पढ़ें: रूस और अमेरिका के रिश्ते\nइमेज स्रोत, Getty Images\nविज्ञापन\n"
      "इसे फेसबुक पर शेयर करें।";
  EXPECT_EQ(SentenceString(text), "बड़ी खबर ## लवरोव ने बात की। ## इसे फेसबुक पर शेयर करें।");
  Document doc;
  doc.text = text;
  TextOptions keep;
  keep.keep_boilerplate = true;
  AnalyzeText(&doc, keep);
  ASSERT_EQ(doc.sentences.size(), 8u);
  EXPECT_TRUE(doc.sentences[1].boilerplate);
  EXPECT_EQ(doc.sentences[1].text, "शेयर करें");
  EXPECT_FALSE(doc.sentences[3].boilerplate);
  EXPECT_TRUE(doc.sentences[4].boilerplate);
}

TEST(AnalyzeText, OffsetsPointIntoOriginalText) {
  Document doc;
  doc.text = "\u200D\u0958ानून।\r\n“\u095Bरूर” 😀";
  doc.offset = 100;
  AnalyzeText(&doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentences[0].start, 101u);
  EXPECT_EQ(doc.sentences[0].end, 107u);
  EXPECT_EQ(doc.sentences[0].text, "\u0958ानून।");
  EXPECT_EQ(doc.sentences[1].start, 109u);
  EXPECT_EQ(doc.sentences[1].text, "“\u095Bरूर” 😀");
  EXPECT_EQ(doc.sentences[1].tokens[0].text, "\"");
  EXPECT_EQ(doc.sentences[1].tokens.back().start, 116u);
  EXPECT_EQ(doc.sentences[1].tokens.back().end, 117u);
}

// Regression guards for inputs that must not crash or lose text.
TEST(AnalyzeText, DegenerateInputs) {
  const char* kCases[] = {"", " ", "\n\n\n", "\u200D", "।।।।", "\u093C\u094D", "....",
                          "\r", "|", "\"\"\"", "a\u0301\u0301\u0300", "\xFF\xFE"};
  for (const char* in : kCases) {
    Document doc;
    doc.text = in;
    AnalyzeText(&doc);
    uint32_t prev = 0;
    for (const Sentence& s : doc.sentences) {
      EXPECT_LE(prev, s.start) << in;
      EXPECT_LT(s.start, s.end) << in;
      for (const Token& t : s.tokens) {
        EXPECT_LE(s.start, t.start) << in;
        EXPECT_LT(t.start, t.end) << in;
        EXPECT_LE(t.end, s.end) << in;
        EXPECT_FALSE(t.text.empty()) << in;
      }
      prev = s.end;
    }
  }
}

// The match key folds the spellings Hindi outlets vary, and only those.
TEST(MatchKey, FoldsSpellingVariantsInPairs) {
  const struct { const char* a; const char* b; bool loose; } kSame[] = {
      {"ज़मीन", "जमीन", false},        {"पाँच", "पांच", false},        {"प्रतिबन्ध", "प्रतिबंध", false},
      {"सम्बन्ध", "संबंध", false},      {"हिन्दी", "हिंदी", false},      {"NATO", "nato", false},
      {"मुलाक़ात", "मुलाकात", false},   {"अमरीका", "अमरिका", true},     {"नैटो", "नेटो", true},
      {"मुहम्मद", "मुहमद", true},       {"सूडान", "सुडान", true},        {"ऑस्ट्रेलिया", "आस्ट्रेलिया", true},
      {"कौंसिल", "कोंसिल", true},
  };
  for (const auto& c : kSame) EXPECT_EQ(MatchKey(c.a, c.loose), MatchKey(c.b, c.loose)) << c.a << " " << c.b;
  const struct { const char* a; const char* b; bool loose; } kDifferent[] = {
      {"उन्होंने", "उंहोंने", false},  // न्ह: not before a stop
      {"अन्य", "अंय", false},          // न्य
      {"दिन", "दीन", false},            // vowel length only under loose
      {"नाटो", "नेटो", true},            // different vowels stay apart
  };
  for (const auto& c : kDifferent) EXPECT_NE(MatchKey(c.a, c.loose), MatchKey(c.b, c.loose)) << c.a << " " << c.b;
  EXPECT_EQ(MatchKey("भारत"), "भारत");
}

// The article's date from its text: the dateline first, else the latest
// full date it writes.
TEST(DateFromText, DatelineThenLatestDate) {
  const struct { const char* text; const char* date; DateSource source; } kCases[] = {
      {"नई दिल्ली, 7 मई (भाषा)। 2019 के चुनाव में भाजपा जीती।", "2019-05-07", DateSource::kDateline},
      {"इस्लामाबाद, १२ जनवरी २००९ (एएफपी)। पाकिस्तान ने कहा।", "2009-01-12", DateSource::kDateline},
      {"सेना ने 3 मार्च 2017 को और फिर 21 अप्रैल 2017 को कार्रवाई की।", "2017-04-21", DateSource::kText},
      {"रिपोर्ट मई 2018 में आई।", "2018-05", DateSource::kText},
      {"बैठक 2021-09-14 को हुई।", "2021-09-14", DateSource::kText},
      {"बैठक 14.09.2021 को हुई।", "2021-09-14", DateSource::kText},
      {"मुंबई, 26 नवंबर (भाषा) शहर में हमला हुआ।", "", DateSource::kNone},  // no year anywhere
      {"सरकार ने 2002 में यह फैसला किया।", "", DateSource::kNone},           // a year alone is no date
      {"", "", DateSource::kNone},
  };
  for (const auto& c : kCases) {
    DateSource source = DateSource::kInput;
    EXPECT_EQ(DateFromText(c.text, &source), c.date) << c.text;
    EXPECT_EQ(source, c.source) << c.text;
  }
  EXPECT_STREQ(DateSourceName(DateSource::kDateline), "dateline");
}

// Scare quotes around a word or label are dropped; a quotation after a comma
// or one that holds a danda stays.
TEST(DropScareQuotes, DropsShortInnerPairsOnly) {
  auto words = [](const char* text) {
    Document doc;
    doc.text = text;
    AnalyzeText(&doc);
    std::string out;
    for (Sentence& s : doc.sentences) {
      DropScareQuotes(&s);
      for (const Token& t : s.tokens) out += (out.empty() ? "" : " ") + t.text;
    }
    return out;
  };
  EXPECT_EQ(words("भारत ने पाकिस्तान के \"नापाक\" इरादों की निंदा की।"),
            "भारत ने पाकिस्तान के नापाक इरादों की निंदा की ।");
  EXPECT_EQ(words("ईरान ने इसे ‘अस्वीकार्य’ बताया।"), "ईरान ने इसे अस्वीकार्य बताया ।");
  EXPECT_EQ(words("उन्होंने कहा, \"हम लड़ेंगे\" और चले गए।"), "उन्होंने कहा , \" हम लड़ेंगे \" और चले गए ।");
  EXPECT_EQ(words("उन्होंने कहा \"हम लड़ेंगे। हम जीतेंगे।\""), "उन्होंने कहा \" हम लड़ेंगे । हम जीतेंगे । \"");
  // (A quotation passed over takes its closing mark with it: the mark opens
  // no pair with the next quote.)
  EXPECT_EQ(words("उन्होंने कहा, \"हम लड़ेंगे\" और \"वे\" हारेंगे।"),
            "उन्होंने कहा , \" हम लड़ेंगे \" और वे हारेंगे ।");
  // The offsets of the words kept are those of the original text.
  Document doc;
  doc.text = "इसे \"गलत\" बताया।";
  AnalyzeText(&doc);
  DropScareQuotes(&doc.sentences[0]);
  ASSERT_EQ(doc.sentences[0].tokens.size(), 4u);
  EXPECT_EQ(doc.sentences[0].tokens[1].text, "गलत");
  EXPECT_EQ(doc.sentences[0].tokens[1].start, 5u);
}

}  // namespace
}  // namespace ghatna
