// Table-driven tests of the event coder on hand-built sentences: tokens are
// the space-separated words, analysed and parsed by the project's own
// morphology and syntax (the parse is the coder's input); actor mentions are
// given by token range, so the coder is tested apart from the actor stage.
// Uses data/verbs.
#include <gtest/gtest.h>

#include <sstream>

#include "events/lexicon.h"
#include "events/tables.h"
#include "ghatna/events.h"
#include "ghatna/syntax.h"
#include "morph/own_lexicon_for_tests.h"

namespace ghatna {
namespace {

struct Actor {
  int sentence, first, last;
  const char* code;
};

// Builds a document from sentences of space-separated tokens.
Document MakeDoc(const std::vector<std::string>& sentences) {
  Document doc;
  doc.id = "t";
  uint32_t cp = 0;
  for (const std::string& text : sentences) {
    Sentence s;
    s.start = cp;
    std::istringstream in(text);
    std::string w;
    while (in >> w) {
      Token t;
      t.text = w;
      t.start = cp;
      size_t n = 0;
      for (unsigned char c : w) n += (c & 0xC0) != 0x80;
      t.end = cp + static_cast<uint32_t>(n);
      t.kind = (w == "।" || w == "?" || w == ",") ? TokenKind::kPunct : TokenKind::kWord;
      cp = t.end + 1;
      s.tokens.push_back(t);
    }
    s.end = cp;
    s.text = text;
    doc.text += text + " ";
    doc.sentences.push_back(std::move(s));
  }
  return doc;
}

std::string Code(const EventCoder& coder, const std::vector<std::string>& sentences,
                 const std::vector<Actor>& actors) {
  Document doc = MakeDoc(sentences);
  std::vector<ActorMention> mentions;
  for (const Actor& a : actors) {
    ActorMention m;
    m.sentence = a.sentence;
    m.first = a.first;
    m.last = a.last;
    m.code = a.code;
    m.start = doc.sentences[a.sentence].tokens[a.first].start;
    m.end = doc.sentences[a.sentence].tokens[a.last - 1].end;
    m.text = doc.sentences[a.sentence].tokens[a.first].text;
    mentions.push_back(m);
  }
  std::vector<SentenceParse> parses;
  for (Sentence& s : doc.sentences) {
    testing::OwnLexiconMorphology()->Analyze(&s);
    parses.push_back(ParseSentence(s));
  }
  std::string out;
  for (const Event& e : coder.Code(doc, parses, mentions)) {
    if (!out.empty()) out += "; ";
    out += e.source.code + " " + e.code + " " + e.target.code;
  }
  return out.empty() ? "none" : out;
}

class CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto c = EventCoder::Load(std::string(GHATNA_SOURCE_DIR) + "/data");
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    coder_ = std::move(c).value().release();
  }
  static EventCoder* coder_;
};
EventCoder* CoderTest::coder_ = nullptr;

TEST_F(CoderTest, Table) {
  struct Case {
    std::vector<std::string> text;
    std::vector<Actor> actors;
    const char* want;
  };
  const std::vector<Case> cases = {
      // Appeal with a complement choosing the sub-code.
      {{"लवरोव ने गुटेरेस से मध्यस्थता प्रक्रिया शुरू करने का आग्रह किया ।"},
       {{0, 0, 1, "RUSGOV"}, {0, 2, 3, "IGOUNO"}}, "RUSGOV 028 IGOUNO"},
      {{"लवरोव ने गुटेरेस से निष्पक्षता बनाए रखने का आग्रह किया ।"},
       {{0, 0, 1, "RUSGOV"}, {0, 2, 3, "IGOUNO"}}, "RUSGOV 020 IGOUNO"},
      // Genitive object, through a chain.
      {{"फ्रांस ने ईरान की कड़ी निंदा की ।"}, {{0, 0, 1, "FRA"}, {0, 2, 3, "IRN"}}, "FRA 111 IRN"},
      // Genitive object, and the demand it names, made of who rejects it.
      {{"पाकिस्तान ने भारत की मांग को खारिज कर दिया ।"},
       {{0, 0, 1, "PAK"}, {0, 2, 3, "IND"}}, "IND 100 PAK; PAK 120 IND"},
      // Negation, question, conditional.
      {{"रूस ने यूक्रेन पर हमला नहीं किया ।"}, {{0, 0, 1, "RUS"}, {0, 2, 3, "UKR"}}, "none"},
      {{"क्या रूस ने यूक्रेन पर हमला किया ?"}, {{0, 1, 2, "RUS"}, {0, 3, 4, "UKR"}}, "none"},
      {{"अगर रूस ने यूक्रेन पर हमला किया तो नाटो जवाब देगा ।"},
       {{0, 1, 2, "RUS"}, {0, 3, 4, "UKR"}, {0, 8, 9, "IGOWSTNAT"}}, "none"},
      // Joint action of coordinated actors, both directions.
      {{"भारत और चीन ने बातचीत की ।"}, {{0, 0, 1, "IND"}, {0, 2, 3, "CHN"}}, "IND 046 CHN; CHN 046 IND"},
      // Passive: source from द्वारा.
      {{"इज़राइल द्वारा गाजा पर हवाई हमले किए गए ।"}, {{0, 0, 1, "ISR"}, {0, 2, 3, "PSE"}}, "ISR 195 PSE"},
      // Nominalised meeting.
      {{"लवरोव और गुटेरेस के बीच बैठक हुई ।"},
       {{0, 0, 1, "RUSGOV"}, {0, 2, 3, "IGOUNO"}}, "RUSGOV 040 IGOUNO; IGOUNO 040 RUSGOV"},
      // An accusation is coded as the accusation only.
      {{"चीन ने अमेरिका पर आरोप लगाया कि अमेरिका ने ताइवान को हथियार दिए ।"},
       {{0, 0, 1, "CHN"}, {0, 2, 3, "USA"}, {0, 7, 8, "USA"}, {0, 9, 10, "TWN"}}, "CHN 112 USA"},
      // Infinitive complement alone is not an event.
      {{"भारत ने पाकिस्तान पर हमला करने की योजना बनाई ।"}, {{0, 0, 1, "IND"}, {0, 2, 3, "PAK"}}, "none"},
      // Sport context.
      {{"भारत ने पाकिस्तान को सात विकेट से हराया ।"}, {{0, 0, 1, "IND"}, {0, 2, 3, "PAK"}}, "none"},
      // One article, one event per (source, root, target); most specific code.
      {{"लवरोव ने गुटेरेस से आग्रह किया ।", "लवरोव ने गुटेरेस से मध्यस्थता शुरू करने का आग्रह किया ।"},
       {{0, 0, 1, "RUSGOV"}, {0, 2, 3, "IGOUNO"}, {1, 0, 1, "RUSGOV"}, {1, 2, 3, "IGOUNO"}},
       "RUSGOV 028 IGOUNO"},
      // Same code on both sides: no event.
      {{"भारत ने भारत की आलोचना की ।"}, {{0, 0, 1, "IND"}, {0, 2, 3, "IND"}}, "none"},
      // Without parses the coder has nothing to read.
      // An event noun with its frame: genitive agent, पर target.
      {{"पाकिस्तान पर अमेरिका के हवाई हमले में दस लोग मारे गए ।"},
       {{0, 0, 1, "PAK"}, {0, 2, 3, "USA"}}, "USA 195 PAK"},
      // A noun under a plan is not an event.
      {{"अमेरिका ने पाकिस्तान पर हवाई हमले की योजना बनाई ।"},
       {{0, 0, 1, "USA"}, {0, 2, 3, "PAK"}}, "none"},
      // A subject the second sentence does not write.
      {{"मोदी ने शरीफ से बातचीत की ।", "बाद में शरीफ की आलोचना भी की ।"},
       {{0, 0, 1, "INDGOV"}, {0, 2, 3, "PAKGOV"}, {1, 2, 3, "PAKGOV"}},
       "INDGOV 046 PAKGOV; PAKGOV 046 INDGOV; INDGOV 111 PAKGOV"},
      // दोनों: the last pair named together.
      {{"भारत और पाकिस्तान के अधिकारी दिल्ली पहुंचे ।", "दोनों ने बातचीत की ।"},
       {{0, 0, 1, "IND"}, {0, 2, 3, "PAK"}}, "IND 046 PAK; PAK 046 IND"},
      // A claim of wrongdoing is an accusation; the attack it reports is a fact.
      {{"भारत ने कहा कि पाकिस्तान ने आतंकवाद को बढ़ावा दिया ।"},
       {{0, 0, 1, "IND"}, {0, 4, 5, "PAK"}}, "IND 112 PAK"},
      {{"पुलिस ने बताया कि आतंकियों ने सेना पर हमला किया ।"},
       {{0, 0, 1, "INDCOP"}, {0, 4, 5, "INDREB"}, {0, 6, 7, "INDMIL"}}, "INDREB 190 INDMIL"},
      // What another side should do is an appeal.
      {{"अमेरिका ने कहा कि पाकिस्तान को आतंकियों पर कार्रवाई करनी चाहिए ।"},
       {{0, 0, 1, "USA"}, {0, 4, 5, "PAK"}}, "USA 020 PAK"},
      // The first person of a quote is the speaker.
      {{"रूस ने कहा , \" हम यूक्रेन पर हमला करेंगे । \""},
       {{0, 0, 1, "RUS"}, {0, 6, 7, "UKR"}}, "RUS 138 UKR"},
      // An arrest in the passive: the police of the arrested person's state.
      {{"दो आतंकियों को गिरफ्तार किया गया ।"}, {{0, 1, 2, "PAKREB"}}, "PAKCOP 173 PAKREB"},
      // An attack without its attacker: the victims the sentence reports,
      // by the armed group of the place it names.
      {{"पाकिस्तान के स्वात जिले में हुए आत्मघाती हमले में 11 सैनिकों की मौत हो गई ।"},
       {{0, 0, 1, "PAK"}, {0, 10, 11, "PAKMIL"}}, "PAKREB 1831 PAKMIL"},
      // ... or by the attacker of the attack reported before.
      {{"लश्कर के आतंकियों ने सेना पर हमला किया ।", "इस हमले में दो नागरिक घायल हो गए ।"},
       {{0, 0, 3, "PAKREB"}, {0, 4, 5, "INDMIL"}, {1, 4, 5, "INDCVL"}},
       "PAKREB 190 INDMIL; PAKREB 180 INDCVL"},
      // Condemning "this attack": its attacker is the one condemned.
      {{"लश्कर के आतंकियों ने सेना पर हमला किया ।", "भारत सरकार ने इस हमले की निंदा की ।"},
       {{0, 0, 3, "PAKREB"}, {0, 4, 5, "INDMIL"}, {1, 0, 2, "INDGOV"}},
       "PAKREB 190 INDMIL; INDGOV 111 PAKREB"},
      // An attack recalled without victims is not coded.
      {{"संसद पर हमले के बाद सुरक्षा बढ़ा दी गई ।"}, {{0, 0, 1, "INDLEG"}}, "none"},
  };
  for (const Case& c : cases) EXPECT_EQ(Code(*coder_, c.text, c.actors), c.want) << c.text[0];
}

TEST_F(CoderTest, EventCarriesCodebookFactsAndEvidence) {
  Document doc = MakeDoc({"फ्रांस ने ईरान की निंदा की ।"});
  ActorMention a, b;
  a.first = 0, a.last = 1, a.code = "FRA", a.start = 0, a.end = 6, a.text = "फ्रांस";
  b.first = 2, b.last = 3, b.code = "IRN", b.start = 10, b.end = 14, b.text = "ईरान";
  std::vector<SentenceParse> parses;
  for (Sentence& s : doc.sentences) {
    testing::OwnLexiconMorphology()->Analyze(&s);
    parses.push_back(ParseSentence(s));
  }
  EXPECT_TRUE(coder_->Code(doc, {}, {a, b}).empty()) << "no parse, no events";
  auto ev = coder_->Code(doc, parses, {a, b});
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].root_code, "11");
  EXPECT_EQ(ev[0].quad_class, 3);
  EXPECT_DOUBLE_EQ(ev[0].goldstein, -2.0);
  EXPECT_EQ(ev[0].trigger.text, "निंदा की");
  EXPECT_EQ(ev[0].trigger.start, doc.sentences[0].tokens[4].start);
  EXPECT_NE(ev[0].pattern.find("patterns.tsv:"), std::string::npos);
  std::string json;
  AppendEventJson(ev[0], true, &json);
  EXPECT_NE(json.find("\"code\":\"111\""), std::string::npos);
  EXPECT_NE(json.find("\"rules\":["), std::string::npos);
}

TEST(EventTables, CameoAndPlover) {
  const events::CameoInfo* c = events::LookupCameo("028");
  ASSERT_NE(c, nullptr);
  EXPECT_STREQ(c->root, "02");
  EXPECT_EQ(events::LookupCameo("999"), nullptr);
  const events::PloverInfo* p = events::LookupPlover("0871");
  ASSERT_NE(p, nullptr);
  EXPECT_STREQ(p->type, "RETREAT");
  EXPECT_STREQ(p->mode, "ceasefire");
}

TEST(Lexicon, BadLinesNameFileAndLine) {
  auto r = EventCoder::LoadFromMemory({{"patterns.tsv", "# c\n999\tआग्रह\tकरना\t-\tसे\t-\t-\n"
                                                        "020\tआग्रह\tकरना\t-\tसे\t-\tbogus\n"
                                                        "020\tआग्रह\tकरना\n"
                                                        "020\tआग्रह\tकरना\t-\tसेवा\t-\t-\n"
                                                        "020\tआग्रह\tकरना\t-\tके विरुद्ध\t-\t-\n"},
                                       {"nouns.tsv", "190\tहमला\t-\tपर\t-\n"}});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("patterns.tsv:2: unknown CAMEO code '999'"), std::string::npos)
      << r.status().message();
  EXPECT_NE(r.status().message().find("patterns.tsv:3: unknown flag 'bogus'"), std::string::npos);
  EXPECT_NE(r.status().message().find("patterns.tsv:4: expected 7 tab-separated fields"), std::string::npos);
  EXPECT_NE(r.status().message().find("patterns.tsv:5: target: unknown role 'सेवा'"), std::string::npos)
      << r.status().message();
  EXPECT_NE(r.status().message().find("patterns.tsv:6: target: role 'के विरुद्ध' is a variant of 'के खिलाफ'"),
            std::string::npos);
  EXPECT_NE(r.status().message().find("nouns.tsv:1: expected 6 tab-separated fields"), std::string::npos);
}

TEST(Lexicon, VerbFormsAreGenerated) {
  auto lex = events::Lexicon::Load({{"patterns.tsv", "040\t-\tमिलना\t-\tसे\t-\tjoint\n"
                                                     "111\tनिंदा\tकरना\t-\tका\t-\t-\n"}});
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  for (const char* form : {"मिले", "मिला", "मिलीं", "मिलेंगे", "किया", "कीं", "करते"})
    EXPECT_NE((*lex)->Forms(events::MatchKey(form)), nullptr) << form;
  EXPECT_EQ(events::MatchKey("मुलाक़ात"), events::MatchKey("मुलाकात"));
  EXPECT_EQ(events::MatchKey("हाँ"), events::MatchKey("हां"));
}

}  // namespace
}  // namespace ghatna
