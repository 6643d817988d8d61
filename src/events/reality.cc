// Reality and modality: whether a sentence reports a predicate (or an event
// noun) as real, read off the parse: negation, tense, mood and modal
// auxiliaries of the verb group, the clause it stands in (question,
// condition, purpose) and, for an infinitive or a noun, what governs it
// (… करने का फैसला किया is decided; हमले की योजना, धमकी is not done).
#include <algorithm>

#include "events/frames.h"
#include "syntax/lexicon.h"

namespace ghatna::events {
namespace {

// Nouns that present what they govern as not done: a plan, a threat, a
// fear, a possibility, a demand (हमले की योजना, युद्ध की आशंका).
bool IsIrrealisNoun(std::string_view k) {
  static const KeySet kWords({"योजना", "योजनाएं", "तैयारी", "तैयारियां", "धमकी", "धमकियां", "आशंका", "खतरा",
                       "खतरे", "संभावना", "संभावनाएं", "साजिश", "षड्यंत्र", "इरादा", "इरादे", "मांग",
                       "अपील", "आग्रह", "प्रस्ताव", "उम्मीद", "आशा", "डर", "भय", "कोशिश", "प्रयास",
                       "इच्छा", "जरूरत", "आवश्यकता", "चेतावनी", "कगार", "विकल्प", "आह्वान", "आहवान", "बात"});
  return kWords.Contains(k);
}

// Nouns that name an event only to recall it: "हमले के दोषी", "हमले की
// बरसी", "हमले के मामले में".
bool IsRecallingNoun(std::string_view k) {
  static const KeySet kWords({"दोषी", "आरोपी", "अभियुक्त", "अभियुक्तों", "आरोपियों", "दोषियों", "मास्टरमाइंड",
                       "साजिशकर्ता", "सरगना", "बरसी", "जांच", "मामले", "मामला", "मामलों", "सिलसिले",
                       "सुनवाई", "मुकदमे", "मुकदमा", "जिम्मेदार", "सजा", "पीड़ितों", "पीड़ित", "शहीदों",
                       "स्मारक", "याद", "यादें", "बाद", "जिक्र", "उल्लेख", "हवाला", "संदर्भ"});
  return kWords.Contains(k);
}

// Words before an event noun that make it not (yet) real: merely proposed
// or possible (प्रस्तावित वार्ता: never coded), or scheduled (आगामी,
// अगले: a future that an announced meeting or visit may still count as).
bool IsProposedAdjective(std::string_view k) {
  static const KeySet kWords({"प्रस्तावित", "संभावित", "होने", "संभव"});
  return kWords.Contains(k);
}
bool IsUpcomingAdjective(std::string_view k) {
  static const KeySet kWords({"आगामी", "भावी", "अगले", "अगली", "अगला"});
  return kWords.Contains(k);
}

}  // namespace

// Verbs whose कि-clause or quote reports facts (कहा, बताया, पुष्टि की),
// against those whose clause is wished, feared or expected.
bool IsReportingLemma(const std::string& lemma) {
  static const char* const kReport[] = {"कहना", "बताना", "बोलना", "पुष्टि करना", "जानकारी देना",
                                        "दावा करना", "स्वीकार करना", "आरोप लगाना", "खुलासा करना",
                                        "कहा", "सूचना देना", "ऐलान करना", "घोषणा करना", "लिखना",
                                        "बयान देना", "जानना", "मानना",
                                        // (made it clear, reiterated: "… ने साफ किया कि वह …")
                                        "साफ करना", "स्पष्ट करना", "दोहराना"};
  const std::string k = MatchKey(lemma);
  for (const char* r : kReport)
    if (k == MatchKey(r)) return true;
  return false;
}

namespace {

// The predicate whose कि-clause or quote `clause` is: the last predicate of
// the parent clause ending before it, else the first after it.
int GovernorOfClause(const SentenceParse& parse, int clause) {
  const Clause& cl = parse.clauses[clause];
  int before = -1, after = -1;
  for (size_t p = 0; p < parse.predicates.size(); ++p) {
    const Predicate& pr = parse.predicates[p];
    if (pr.clause != cl.parent || pr.tokens.empty()) continue;
    if (pr.tokens.back() < cl.first) before = static_cast<int>(p);
    else if (pr.tokens.front() >= cl.last && after < 0) after = static_cast<int>(p);
  }
  return before >= 0 ? before : after;
}

// चाहना (want): "भारत चाहता है कि …".
bool IsWant(const Predicate& p) {
  static const std::string kWant = MatchKey("चाहना");
  return MatchKey(p.lemma) == kWant;
}

// A verb that asks, orders or advises: its कि-clause is what is asked.
bool IsDirective(const SentenceView& v, const SentenceParse& parse, int g) {
  const Predicate& gov = parse.predicates[g];
  const std::string_view noun = gov.noun >= 0 ? v.keys[gov.noun] : "";
  static const KeySet kRequestNouns({"आग्रह", "अपील", "अनुरोध", "निर्देश", "आदेश", "सलाह", "हिदायत", "आह्वान", "आहवान",
                       "मांग", "गुजारिश", "चेतावनी"});
  if (kRequestNouns.Contains(noun))
    return true;
  // "भारत चाहता है कि पाकिस्तान … कार्रवाई करे": what a side wants another
  // to do, said as its position, is asked of that side.
  // (Present only: "भाजपा यही चाहती थी कि …" recounts a strategy, "ट्रंप
  // चाहेंगे कि …" guesses; who may ask, speech.cc decides.)
  if (IsWant(gov) && gov.verb_form == "Fin" && !gov.negated && gov.tense == "Pres") return true;
  static const std::string kSay = MatchKey("कहना"), kSe = MatchKey("से"), kKo = MatchKey("को");
  if (MatchKey(gov.lemma) == kSay) {
    // कहना with an addressee (Y से कहा) asks; without one it reports.
    for (const Argument& a : gov.args)
      if (v.marker[a.phrase] == kSe || v.marker[a.phrase] == kKo) return true;
  }
  return false;
}

// Conjunct verbs that say something to someone: a threat, promise,
// accusation, claim or appeal (धमकी दी कि, आश्वासन दिया कि, आरोप लगाया कि).
bool IsSpeechActNoun(const SentenceView& v, const Predicate& gov) {
  const std::string_view noun = gov.noun >= 0 ? v.keys[gov.noun] : "";
  static const KeySet kSpeechNouns({"धमकी", "चेतावनी", "आश्वासन", "वादा", "भरोसा", "आरोप", "दावा", "घोषणा", "ऐलान",
                          "एलान", "अपील", "आग्रह", "मांग", "बयान", "संकेत", "स्पष्ट", "पुष्टि", "खुलासा",
                          "जिक्र", "उल्लेख"});
  return kSpeechNouns.Contains(noun);
}

// है, था, हुआ and friends in the verb group.
bool HasTenseAux(const SentenceView& v, const Predicate& pr) {
  static const KeySet kAux({"है", "हैं", "था", "थे", "थी", "थीं", "हुआ", "हुई", "हुए", "गया", "गई", "गए",
                             "रहा", "रही", "रहे", "चुका", "चुकी", "चुके"});
  for (int k : pr.tokens)
    if (k != pr.head && kAux.Contains(v.keys[k]))
      return true;
  const std::string_view h = v.keys[pr.head];
  // A perfective in -आ/-ई (किया, की) is past; -ए/-ें may be a subjunctive.
  return !(h.size() >= 3 && (h.compare(h.size() - 3, 3, "ए") == 0 || h.compare(h.size() - 3, 3, "े") == 0 ||
                             (h.size() >= 6 && (h.compare(h.size() - 6, 6, "ें") == 0 ||
                                                h.compare(h.size() - 6, 6, "एं") == 0))));
}

void Verb(const SentenceView& v, const Predicate& pr, Modality* m) {
  if (pr.negated) { m->negated = true; m->why = "negated"; }
  if (pr.tense == "Fut") { m->future = true; m->why = "future"; }
  if (pr.mood == "Sub" || pr.mood == "Imp") { m->wish = true; m->why = "subjunctive or imperative: a wish"; }
  // करे, दें, ले, जाए without है/था: only a subjunctive ("राज्य सरकार
  // आरोपियों के खिलाफ कार्रवाई करे"), whatever the morphology tagged; the
  // perfectives of these verbs are किया, दिया, लिया, गया.
  static const KeySet kSubjunctive({"करे", "करें", "दे", "दें", "ले", "लें", "जाए", "जाएं", "जाये", "जायें"});
  // (Also a verb group that ends in हो/हों: "हमले हो रहे हों".)
  static const KeySet kSubjunctiveAux({"हो", "हों"});
  // (The last word of its group: "हिरासत में ले लिया" is a perfective.)
  if (pr.verb_form == "Fin" && ((kSubjunctive.Contains(v.keys[pr.head]) && pr.tokens.back() == pr.head) ||
                                (pr.tokens.size() > 1 && kSubjunctiveAux.Contains(v.keys[pr.tokens.back()])))) {
    // Not after भले/भले ही/चाहे: "भले ही … वचन दिया हो" concedes a fact.
    static const KeySet kConcessive({"भले", "भलें", "चाहे"});
    bool concessive = false;
    if (pr.clause >= 0 && pr.clause < static_cast<int>(v.parse->clauses.size()))
      for (int k = v.parse->clauses[pr.clause].first; k < pr.tokens.front(); ++k)
        concessive |= kConcessive.Contains(v.keys[k]);
    if (!concessive) {
      m->wish = true;
      m->why = "subjunctive (" + v.sent->tokens[pr.head].text + "): a wish";
    }
  }
  // "संसद पर हमला लोकतंत्र पर हमला है": an attack noun with the bare
  // copula (है, था; not हुआ, हो रहा) says what something is, not that an
  // attack happened.
  // (So does agreement: "रक्षा सहयोग पर दोनों देशों में व्यापक सहमति है"
  // is a state of accord; "… पर सहमति हुई" is an agreement reached.)
  static const KeySet kAttackNouns({"हमला", "हमले", "हमलों", "आक्रमण", "सहमति"});
  static const KeySet kCopula({"है", "हैं", "था", "थे", "थी"});
  bool bare_copula = pr.noun >= 0 && kAttackNouns.Contains(v.keys[pr.noun]);
  // (Also with an adjective: "संप्रभुता पर सीधा हमला है".)
  for (int k : pr.tokens)
    if (k != pr.noun && !kCopula.Contains(v.keys[k]) && v.sent->tokens[k].upos != Upos::kADJ) bare_copula = false;
  if (bare_copula) {
    m->complement = true;
    m->why = "copula: what something is, not a reported attack";
  }
  if (pr.modal == "Nec") {
    m->norm = true;
    m->why = "चाहिए: what should be done";
    static const KeySet kShould({"चाहिए", "चाहिये"});
    m->must = true;
    for (int k : pr.tokens)
      if (kShould.Contains(v.keys[k])) m->must = false;
    static const KeySet kPast({"था", "थे", "थी", "थीं"});
    for (int k : pr.tokens)
      if (k != pr.head && kPast.Contains(v.keys[k])) m->counterfactual = true;
  }
  // "हमला करने जा रहा है", "मिलने जा रहे": about to happen, not done.
  for (size_t i = 0; i + 2 < pr.tokens.size(); ++i) {
    const std::string_view inf = v.keys[pr.tokens[i]];
    if (inf.size() > 6 && inf.ends_with("ने") && v.keys[pr.tokens[i + 1]] == MatchKey("जा") &&
        (v.keys[pr.tokens[i + 2]] == MatchKey("रहा") || v.keys[pr.tokens[i + 2]] == MatchKey("रहे") ||
         v.keys[pr.tokens[i + 2]] == MatchKey("रही"))) {
      m->future = true;
      m->why = "करने जा रहा: about to happen";
    }
  }
  // "अमेरिका का कोई समझौता हुआ है": any agreement, not a reported one.
  static const std::string kAny = MatchKey("कोई");
  for (int k = pr.noun - 1; pr.noun >= 0 && k >= 0 && k >= pr.noun - 3; --k) {
    if (v.keys[k] == kAny) {
      m->irrealis_noun = true;
      m->why = "'कोई': any, not a reported one";
      break;
    }
    if (v.parse->phrases.empty() || v.sent->tokens[k].upos != Upos::kADJ) break;
  }
  // "अफ़ग़ान सरकार को इसका ख़मियाज़ा भुगतना पड़ेगा": what will have to be
  // done or suffered is a norm, like होगा (not "इस्तीफा देना पड़ा", done).
  if (pr.modal == "Oblig" && pr.tense == "Fut") {
    m->norm = true;
    m->must = true;
    m->why = "पड़ेगा: what will have to be done";
  }
  if (pr.modal == "Pot") { m->ability = true; m->why = "सकना: possible, not reported as done"; }
  if (pr.modal == "Des") { m->desire = true; m->why = "चाहना: wanted"; }
  (void)v;
}

}  // namespace

// Nouns that announce a decision: … करने का फैसला / निर्णय किया, ऐलान.
bool IsDecisionNoun(std::string_view k) {
  static const KeySet kWords({"फैसला", "फ़ैसला", "निर्णय", "ऐलान", "एलान", "घोषणा", "तय"});
  return kWords.Contains(k);
}

Modality ModalityOf(const SentenceView& v, const Trigger& t) {
  Modality m;
  const SentenceParse& parse = *v.parse;
  int clause = -1;
  if (t.predicate >= 0) {
    const Predicate& pr = parse.predicates[t.predicate];
    clause = pr.clause;
    Verb(v, pr, &m);
    if (pr.verb_form == "Inf") {
      // A complement: real only when its governor announces it as decided.
      int g = pr.complement_of;
      if (g >= 0) {
        const Predicate& gov = parse.predicates[g];
        const std::string_view noun = gov.noun >= 0 ? v.keys[gov.noun] : "";
        // "… करना शुरू कर दिया" (began doing): an aspect of the act itself.
        static const KeySet kAspectual({"शुरू करना", "शुरु करना", "आरंभ करना", "प्रारंभ करना", "जारी रखना"});
        const bool aspectual = kAspectual.Contains(MatchKey(gov.lemma));
        // "… रिहा करने का आदेश दिया": an authority's order decides the act.
        static const KeySet kOrders({"आदेश", "हुक्म", "निर्देश"});
        const bool ordered = kOrders.Contains(noun) && gov.verb_form == "Fin";
        // "… प्रतिबंध लगाने का प्रस्ताव पारित किया": a resolution passed decides.
        static const KeySet kPassed({"पारित करना", "पास करना", "मंजूर करना", "मंज़ूर करना", "स्वीकार करना",
                                     "पारित होना", "पास होना", "मंजूर होना", "मंजूरी देना", "मंज़ूरी देना",
                                     "स्वीकृति देना", "अनुमोदन करना", "अनुमोदित करना"});
        static const KeySet kResolution({"प्रस्ताव", "संकल्प", "विधेयक", "बिल"});
        bool passed = false;
        if (gov.verb_form == "Fin" && !gov.tokens.empty() && kPassed.Contains(MatchKey(gov.lemma)))
          for (int k = pr.head + 1; k < gov.tokens.front(); ++k) passed |= kResolution.Contains(v.keys[k]);
        // "… 20 चरमपंथियों को मार गिराने का दावा किया": a claimed deed of
        // the claimant's, reported as the कि-clause of the same claim is
        // ("दावा किया कि उसने … मार गिराया"); not a habitual boast ("…
        // निशाने पर लेने का दावा करता है").
        static const std::string kClaim = MatchKey("दावा");
        const bool claimed = noun == kClaim && gov.verb_form == "Fin" && gov.aspect == "Perf";
        // "… को मदद देने को मंज़ूरी दे दी", "… कैदियों को रिहा करने के आदेश
        // पर दस्तखत कर दिए": an authority's approval of its own act, or its
        // signature on the order, decides it.
        static const KeySet kApprove({"मंजूरी देना", "मंज़ूरी देना", "स्वीकृति देना", "हरी झंडी देना"});
        static const KeySet kSign({"दस्तखत करना", "दस्तख़त करना", "हस्ताक्षर करना"});
        static const KeySet kOrderNouns({"आदेश", "आदेशों", "हुक्म", "फैसले", "फ़ैसले", "निर्णय"});
        // (A compound perfective, "दे दी है", carries no aspect of its own.)
        const bool done = gov.verb_form == "Fin" && (gov.aspect == "Perf" || (gov.aspect.empty() && gov.tense == "Past"));
        bool approved = done && kApprove.Contains(MatchKey(gov.lemma));
        if (done && kSign.Contains(MatchKey(gov.lemma)) && !pr.tokens.empty())
          for (int k = pr.tokens.back() + 1; k < gov.tokens.front() && k < pr.tokens.back() + 4; ++k)
            approved |= kOrderNouns.Contains(v.keys[k]);
        // "… पुलिस पर हमला करने के बाद जंगल में भाग गए": what was done
        // before a reported act was done too.
        static const std::string kAfterDoing[] = {syntax_internal::CanonicalMarker("के बाद"),
                                                  syntax_internal::CanonicalMarker("के पश्चात"),
                                                  syntax_internal::CanonicalMarker("के उपरांत")};
        const std::string own_marker = pr.marker.empty() ? "" : syntax_internal::CanonicalMarker(pr.marker);
        const bool before_it = std::find(std::begin(kAfterDoing), std::end(kAfterDoing), own_marker) != std::end(kAfterDoing);
        // (The governor of "… फोन पर बात करने के बाद … संयम बरतने को
        // कहा" may be the next infinitive; the finite verb over it tells.)
        const Predicate* fin = &gov;
        if (before_it && fin->verb_form != "Fin" && fin->complement_of >= 0)
          fin = &parse.predicates[fin->complement_of];
        Modality gm;
        if (before_it) Verb(v, *fin, &gm);
        // "… के साथ मिलकर काम करने को उत्सुक है": willing to do is an
        // intent, as what the side will do.
        static const KeySet kWilling({"उत्सुक होना", "तैयार होना", "इच्छुक होना", "प्रतिबद्ध होना", "राजी होना",
                                      "कटिबद्ध होना", "वचनबद्ध होना"});
        if (before_it && fin->verb_form == "Fin" && gm.Real()) {
          // real: nothing to mark
        } else if (kWilling.Contains(MatchKey(gov.lemma)) && gov.verb_form == "Fin" && !gov.negated &&
                   gov.modal.empty()) {
          m.future = true;
          m.willing = true;
          m.why = "infinitive: what the side is willing to do ('" + gov.lemma + "'), an intent";
        } else if ((IsDecisionNoun(noun) || aspectual || ordered || passed || claimed || approved) && !gov.negated &&
                   gov.tense != "Fut" && gov.mood != "Sub" && gov.modal.empty()) {
          m.decided = true;
        } else {
          m.complement = true;
          m.why = "infinitive: a complement of '" + gov.lemma + "', not itself reported";
          // "… पर दबाव डालने की कोशिश की": tried, which for what is done
          // by saying it (an appeal, a demand, a threat) is doing it.
          static const KeySet kTry({"कोशिश", "प्रयास", "प्रयत्न"});
          m.attempt = kTry.Contains(noun) && gov.verb_form == "Fin" && !gov.negated && gov.tense != "Fut" &&
                      gov.mood != "Sub" && gov.modal.empty();
        }
        clause = gov.clause;
      } else if (!pr.marker.empty() && pr.marker != "का" && pr.marker != "की" && pr.marker != "के") {
        // …करने के लिए (purpose), …करने से (by doing), …करने पर (on doing).
        const std::string mk = syntax_internal::CanonicalMarker(pr.marker);
        if (mk == syntax_internal::CanonicalMarker("के लिए")) {
          m.purpose = true;
          m.why = "purpose: aimed at, not done";
        }
      } else {
        m.complement = true;
        m.why = "infinitive without a governor";
      }
    } else if (pr.verb_form == "Part" && (pr.marker == "वाला" || pr.marker == "वाले" || pr.marker == "वाली")) {
      // …करने वाले: who do (or will do) it; a description, not a report.
      m.complement = true;
      m.why = "participle in वाला: a description of an actor";
    } else if (pr.verb_form == "Conv" || pr.verb_form == "Part") {
      // A conjunctive or adverbial participle shares the reality of the
      // finite verb it leads to.
      for (size_t q = t.predicate + 1; q < parse.predicates.size(); ++q) {
        const Predicate& f = parse.predicates[q];
        if (f.verb_form != "Fin") continue;
        Modality fm;
        Verb(v, f, &fm);
        if (fm.negated) fm.negated = false;  // बिना … किए is separate; a negated main verb does not deny the participle
        if (!fm.Real()) {
          m.inherited = true;
          m.future |= fm.future;
          m.wish |= fm.wish;
          m.norm |= fm.norm;
          m.ability |= fm.ability;
          m.desire |= fm.desire;
          m.why = "participle of an unreal verb: " + fm.why;
        }
        break;
      }
    }
  } else {
    // An event noun: the words before it, what governs it, and the
    // predicate it is an argument of.
    const Phrase& ph = parse.phrases[t.phrase];
    for (int k = ph.first; k < t.first; ++k) {
      if (v.keys[k] == MatchKey("कोई")) {
        m.irrealis_noun = true;
        m.why = "'कोई': any, not a reported one";
      } else if (IsProposedAdjective(v.keys[k])) {
        m.wish = true;
        m.why = "'" + v.sent->tokens[k].text + "': proposed or possible, not reported as done";
      } else if (IsUpcomingAdjective(v.keys[k])) {
        m.future = true;
        m.why = "'" + v.sent->tokens[k].text + "': expected, not reported as done";
      }
    }
    // "मॉस्को में प्रस्तावित ओबामा और पुतिन की शिखर बैठक": proposed said
    // before the genitives of its sides.
    {
      int lo = ph.first;
      for (int g : v.genitives[t.phrase]) lo = std::min(lo, parse.phrases[g].first);
      for (int k = std::max(0, lo - 1); lo < ph.first && k < ph.first; ++k)
        if (IsProposedAdjective(v.keys[k]) && v.keys[k] != MatchKey("होने")) {
          m.wish = true;
          m.why = "'" + v.sent->tokens[k].text + "': proposed or possible, not reported as done";
        }
    }
    // "जैश के आतंकी फिदायीन हमलों के लिए तैयार किए जा रहे थे": what
    // something is for is aimed at, not done. (Not what one is held
    // responsible for, "हमले के लिए ज़िम्मेदार", which the accusation codes.)
    static const std::string kFor = syntax_internal::CanonicalMarker("के लिए");
    if (v.marker[t.phrase] == kFor) {
      static const KeySet kAnswerable({"ज़िम्मेदार", "जिम्मेदार", "जिम्मेवार", "दोषी", "कसूरवार", "माफी", "माफ़ी",
                                       "सजा", "सज़ा", "दंड", "मुआवजा", "मुआवज़ा", "जवाबदेह"});
      bool answerable = false;
      for (int k = ph.last; k < v.size() && k < ph.last + 6; ++k) answerable |= kAnswerable.Contains(v.keys[k]);
      // (Nor one said to have happened: "संसद पर हुए हमले के लिए पाक को
      // सबक सिखाने …".)
      static const KeySet kHappened({"हुए", "हुआ", "हुई", "गए", "गई", "गया"});
      for (int k = std::max(0, ph.first - 2); k < t.first; ++k) answerable |= kHappened.Contains(v.keys[k]);
      if (!answerable) {
        m.purpose = true;
        m.why = "purpose: aimed at, not done";
      }
    }
    // "… की बातचीत प्रस्तावित थी": proposed said after it, as its predicate.
    if (t.last < v.size() && (v.keys[t.last] == MatchKey("प्रस्तावित") || v.keys[t.last] == MatchKey("संभावित"))) {
      m.wish = true;
      m.why = "'" + v.sent->tokens[t.last].text + "': proposed or possible, not reported as done";
    }
    // "संसद पर हमले के बाद", "हमले के दोषी": an attack named to date or
    // describe something else.
    static const std::string kAfter = syntax_internal::CanonicalMarker("के बाद");
    static const std::string kAfterFrom = syntax_internal::CanonicalMarker("के बाद से");
    if (v.marker[t.phrase] == kAfter || v.marker[t.phrase] == kAfterFrom) {
      m.recalled = m.dates = true;
      m.why = "recalled: dates what follows";
    }
    // (Also with an adverb between: "हमले के तत्काल बाद", "के ठीक बाद".)
    static const KeySet kSoon({"तत्काल", "तुरंत", "तुरन्त", "ठीक", "फौरन", "फ़ौरन", "कुछ", "दिन", "ही"});
    if (ph.last < v.size() && v.keys[ph.last] == MatchKey("के")) {
      int k = ph.last + 1;
      while (k < v.size() && k < ph.last + 4 && kSoon.Contains(v.keys[k])) ++k;
      if (k > ph.last + 1 && k < v.size() && v.keys[k] == MatchKey("बाद")) {
        m.recalled = m.dates = true;
        m.why = "recalled: dates what follows";
      }
    }
    // "1971 के युद्ध", "2008 के मुंबई हमले": an event of a given year is history.
    for (int g = 0; g < static_cast<int>(parse.phrases.size()); ++g) {
      if (parse.phrases[g].genitive_of != t.phrase) continue;
      const std::string_view k = v.keys[parse.phrases[g].head];
      if (k.size() == 4 && std::all_of(k.begin(), k.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        m.recalled = true, m.dates = false;
        m.why = "recalled: an event of " + std::string(k);
      }
    }
    // (The governing phrase may be headed by a name: "हमले के दोषी मोहम्मद
    // अफजल".)
    if (ph.genitive_of >= 0) {
      const Phrase& gov = parse.phrases[ph.genitive_of];
      for (int k : {gov.head, gov.first}) {
        if (!IsRecallingNoun(v.keys[k])) continue;
        m.recalled = true, m.dates = false;
        m.why = "recalled by '" + v.sent->tokens[k].text + "'";
      }
    }
    // "हमलों का जिक्र करते हुए": the genitive object of a recalling
    // conjunct noun.
    for (const Predicate& pr : parse.predicates) {
      if (pr.noun < 0 || !IsRecallingNoun(v.keys[pr.noun])) continue;
      for (const Argument& a : pr.args) {
        if (a.phrase != t.phrase || a.role != Role::kGenitiveObject) continue;
        m.recalled = true, m.dates = false;
        m.why = "recalled by '" + v.sent->tokens[pr.noun].text + "'";
      }
    }
    // "पिछले साल हुए हमले", "गत वर्ष के हमलों": an event of an earlier year.
    static const KeySet kLast({"पिछले", "गत", "बीते"}), kYear({"साल", "वर्ष"});
    for (int k = std::max(0, ph.first - 4); k + 1 < t.first; ++k) {
      if (kLast.Contains(v.keys[k]) && kYear.Contains(v.keys[k + 1])) {
        m.recalled = true, m.dates = false;
        m.why = "recalled: an event of an earlier year";
      }
    }
    // A count of attacks over a span, not one reported attack: "पिछले कुछ
    // सप्ताह से हमलों में तेजी आई", "इस साल बड़ी संख्या में हमले हुए", "अब
    // तक 50 हमले हो चुके हैं" (a plural attack noun with a trend verb, a
    // mass quantity, or a span of months or years in its clause).
    static const KeySet kPluralAttacks({"हमलों", "हमले", "विस्फोटों", "धमाकों", "घटनाओं"});
    if (kPluralAttacks.Contains(v.keys[t.first])) {
      static const KeySet kTrend({"तेजी आना", "तेज़ी आना", "बढ़ोतरी होना", "इजाफा होना", "इज़ाफ़ा होना",
                                  "कमी आना", "बढ़ना", "घटना", "वृद्धि होना"});
      const int host_pred = v.attached[t.phrase];
      std::string why;
      if (host_pred >= 0 && kTrend.Contains(MatchKey(parse.predicates[host_pred].lemma))) why = "a trend";
      static const KeySet kSpanWord({"सप्ताहों", "हफ्तों", "महीनों", "सालों", "वर्षों", "दशकों", "दशक"});
      static const KeySet kMass({"संख्या"});
      const Clause& cl = parse.clauses[std::max(0, host_pred >= 0 ? parse.predicates[host_pred].clause : 0)];
      for (int k = cl.first; k < cl.last && k < v.size() && why.empty(); ++k) {
        if (kSpanWord.Contains(v.keys[k])) why = "a span of " + v.sent->tokens[k].text;
        if (kMass.Contains(v.keys[k]) && k > 0 && v.keys[k - 1] == MatchKey("बड़ी")) why = "a mass quantity";
        if (v.keys[k] == MatchKey("अब") && k + 1 < v.size() && v.keys[k + 1] == MatchKey("तक")) why = "a count so far";
        if (v.keys[k] == MatchKey("इस") && k + 1 < v.size() && v.keys[k + 1] == MatchKey("साल")) why = "a count of this year";
      }
      if (!why.empty()) {
        m.complement = true;
        m.why = "statistic: " + why + ", not a reported attack";
      }
    }
    if (ph.genitive_of >= 0) {
      const Phrase& gov = parse.phrases[ph.genitive_of];
      if (IsIrrealisNoun(v.keys[gov.head])) {
        m.irrealis_noun = true;
        m.why = "'" + v.sent->tokens[gov.head].text + "' of the event: not reported as done";
      }
    }
    // The noun as the conjunct object of a predicate: हमले की धमकी दी; or
    // what a predicate insists on: बातचीत पर जोर दिया.
    static const KeySet kInsist({"जोर", "ज़ोर", "बल"});
    for (const Predicate& pr : parse.predicates) {
      // (Also a bare object the parse gave the conjunct verb, when the
      // infinitive the noun names comes between: "… के बीच रुकी हुई बातचीत
      // फिर से शुरू करने का प्रस्ताव दिया".)
      bool infinitive_between = false;
      if (pr.noun >= 0 && ph.marker.empty())
        for (const Predicate& q : parse.predicates)
          infinitive_between |= q.verb_form == "Inf" && !q.tokens.empty() && q.tokens.front() > ph.last - 1 &&
                                 q.tokens.front() < pr.noun && q.tokens.front() - ph.last <= 3;
      for (const Argument& a : pr.args)
        if (a.phrase == t.phrase && pr.noun >= 0 &&
            (((a.role == Role::kGenitiveObject || (a.role == Role::kObject && infinitive_between)) &&
              IsIrrealisNoun(v.keys[pr.noun])) ||
             (ph.marker == "पर" && kInsist.Contains(v.keys[pr.noun])))) {
          m.irrealis_noun = true;
          m.why = "'" + v.sent->tokens[pr.noun].text + "' of the event: not reported as done";
        }
    }
    const int host = v.attached[t.phrase];
    if (host >= 0) {
      const Predicate& pr = parse.predicates[host];
      clause = pr.clause;
      // "अपना भारत दौरा रद्द कर दिया": the object of a verb that calls the
      // event off.
      // (Or says it has stopped: "दोनों देशों के बीच औपचारिक बातचीत 2016 …
      // से लगभग बंद है".)
      static const KeySet kCallOff({"रद्द करना", "स्थगित करना", "टालना", "टाल देना", "निरस्त करना",
                                    "कैंसिल करना", "रद्द होना", "स्थगित होना", "टलना", "बंद होना", "बंद रहना",
                                    "ठप होना", "ठप पड़ना", "ठप रहना", "रुकना", "रुक जाना"});
      if (kCallOff.Contains(MatchKey(pr.lemma))) {
        m.irrealis_noun = true;
        m.why = "called off by '" + pr.lemma + "'";
      }
      Modality hm;
      Verb(v, pr, &hm);
      // "… के बीच वार्ता बहाल करने की जरूरत है": the object of an
      // infinitive is as real as the infinitive, which its governor decides.
      bool object = false;
      for (const Argument& a : pr.args)
        object |= a.phrase == t.phrase && (a.role == Role::kObject || a.role == Role::kGenitiveObject ||
                                           // ("विस्फोट को अंजाम देने की साजिश": को of a conjunct verb)
                                           (a.role == Role::kRecipient && pr.noun >= 0 && ph.postposition_first >= 0));
      static const KeySet kComplementMarkers({"का", "की", "के", "को"});
      if (object && pr.verb_form == "Inf" && pr.complement_of >= 0 && kComplementMarkers.Contains(MatchKey(pr.marker))) {
        Trigger host_trigger;
        host_trigger.predicate = host;
        const Modality im = ModalityOf(v, host_trigger);
        if (!im.Real() && im.complement) {
          m.complement = true;
          m.why = "argument of " + im.why;
          m.from_host = true;
        }
      }
      // "बातचीत नहीं हुई" is the predicate's own trigger; a noun argument of
      // a denied, future or wished predicate is not reported as done.
      if (!hm.Real()) {
        m.negated |= hm.negated;
        m.future |= hm.future;
        m.wish |= hm.wish;
        m.norm |= hm.norm;
        m.ability |= hm.ability;
        m.desire |= hm.desire;
        m.why = "argument of an unreal verb: " + hm.why;
        m.from_host = true;
      }
    } else {
      // The clause holding the noun's head.
      for (size_t c = 0; c < parse.clauses.size(); ++c) {
        const Clause& cl = parse.clauses[c];
        if (ph.head >= cl.first && ph.head < cl.last &&
            (clause < 0 || cl.last - cl.first < parse.clauses[clause].last - parse.clauses[clause].first))
          clause = static_cast<int>(c);
      }
    }
  }
  // The clause and the clauses around it.
  for (int c = clause, guard = 0; c >= 0 && c < static_cast<int>(parse.clauses.size()) && guard < 12;
       c = parse.clauses[c].parent, ++guard) {
    const Clause& cl = parse.clauses[c];
    if (cl.question) { m.question = true; m.why = "question"; }
    // ("कार्रवाई तभी हुई जब भारत ने … जिम्मेदार ठहराया": only when, of a past
    // act, states it.)
    static const std::string kWhen = MatchKey("जब");
    const bool past_when = cl.first < v.size() && v.keys[cl.first] == kWhen && t.predicate >= 0 &&
                           parse.predicates[t.predicate].aspect == "Perf" &&
                           parse.predicates[t.predicate].tense == "Past";
    if (cl.type == ClauseType::kConditional && !past_when) {
      m.conditional = true;
      m.why = "condition (अगर … तो)";
    }
    // "जब तक सरकार … इजाज़त नहीं देती, वे जेल में ही रहेंगे": until, as
    // long as, is a condition, unless told of the past ("जब तक पुलिस
    // पहुंची, …": by the time it came).
    static const std::string kTill = MatchKey("तक");
    const bool until = cl.type == ClauseType::kAdverbial && cl.first + 1 < v.size() &&
                       v.keys[cl.first] == kWhen && v.keys[cl.first + 1] == kTill;
    if (until && !past_when) {
      m.conditional = true;
      m.why = "condition (जब तक …)";
    }
    // "अगर कोई … करता, तो उसे पीटा जाता": the consequence of a condition
    // (अगर, यदि) before it in its clause is as imagined as the condition.
    static const KeySet kIf({"अगर", "यदि", "अगरचे"});
    if (c == clause && t.first < v.size())
      for (size_t k = 0; k < parse.clauses.size(); ++k) {
        const Clause& ck = parse.clauses[k];
        if (ck.parent != c || ck.type != ClauseType::kConditional || ck.last > t.first || ck.first >= v.size() ||
            !kIf.Contains(v.keys[ck.first]))
          continue;
        m.conditional = true;
        m.consequence = true;
        m.condition_clause = static_cast<int>(k);
        m.why = "consequence of a condition (अगर … तो)";
      }
    // "आतंकी चाहे जितने नागरिकों को निशाना बना लें, …": a concession
    // (चाहे, however much) imagines the act.
    static const std::string kConcede = MatchKey("चाहे");
    // (Not past a comma or लेकिन: "चाहे जो भी, लेकिन … सहमति बनी थी".)
    static const KeySet kBut({"लेकिन", "मगर", "किंतु", "किन्तु", "परंतु", "परन्तु", ","});
    if (c == clause && t.first < v.size()) {
      bool conceded = false;
      for (int k = cl.first; k < t.first && k < cl.last; ++k) {
        if (v.keys[k] == kConcede) conceded = true;
        else if (kBut.Contains(v.keys[k])) conceded = false;
      }
      if (conceded) {
        m.conditional = true;
        m.why = "concession (चाहे …)";
      }
      // "अमेरिका दोबारा बातचीत का प्रस्ताव दे, तब भी उत्तर कोरिया का रुख
      // नहीं बदलेगा": a subjunctive followed by "तब भी", "तो भी", "फिर भी"
      // is a concession too, even if it happens.
      if (t.predicate >= 0 && parse.predicates[t.predicate].mood == "Sub") {
        static const KeySet kThen({"तब", "तो", "फिर"});
        static const std::string kEven = MatchKey("भी"), kComma = MatchKey(",");
        int k = parse.predicates[t.predicate].tokens.empty() ? t.last : parse.predicates[t.predicate].tokens.back() + 1;
        if (k < v.size() && v.keys[k] == kComma) ++k;
        if (k + 1 < v.size() && kThen.Contains(v.keys[k]) && v.keys[k + 1] == kEven) {
          m.conditional = true;
          m.why = "concession (… तब भी)";
        }
      }
      // "शायद मुशर्रफ से उन्होंने इसका वादा भी किया है": a guess, as
      // possible as what सकना says.
      // (Before the act in its clause, not past a comma, लेकिन or कि.)
      static const KeySet kPerhaps({"शायद", "संभवतः", "संभवत:", "संभवत", "संभवतया", "कदाचित"});
      static const std::string kThat = MatchKey("कि");
      int perhaps = -1;
      for (int k = cl.first; k < t.first && k < cl.last; ++k) {
        // (Not inside a noun phrase: "विश्व के संभवत: मोस्ट वॉन्टेड अपराधी को".)
        static const KeySet kGenitive({"का", "की", "के"});
        if (kPerhaps.Contains(v.keys[k]) && !(k > 0 && kGenitive.Contains(v.keys[k - 1])) &&
            (v.phrase_of[k] < 0 || parse.phrases[v.phrase_of[k]].head == k))
          perhaps = k;
        else if (kBut.Contains(v.keys[k]) || v.keys[k] == kThat) perhaps = -1;
      }
      // (Not inside reported speech: "ब्रिटेन ने कहा कि संभवतः रूस ने … किया"
      // is still an accusation, hedged.)
      // (Nor in a clause coordinated inside it: "… कि उन पर हमला किया गया
      // और इसके पीछे संभवतः रूस का हाथ है".)
      bool reported = false;
      for (int k = c, guard = 0; k >= 0 && guard < 8; k = parse.clauses[k].parent, ++guard)
        reported |= parse.clauses[k].type == ClauseType::kComplement || parse.clauses[k].type == ClauseType::kQuote;
      if (perhaps >= 0 && !reported) {
        m.ability = true;
        m.why = "a guess ('" + v.sent->tokens[perhaps].text + "')";
      }
    }
    static const KeySet kPurpose({"ताकि", "जिससे"});
    if (cl.type == ClauseType::kAdverbial && cl.first < v.size() && kPurpose.Contains(v.keys[cl.first])) {
      m.purpose = true;
      m.why = "purpose clause (ताकि)";
    }
    if ((cl.type == ClauseType::kQuote || cl.type == ClauseType::kComplement) && m.speech_clause < 0) {
      m.speech_clause = c;
      const int g = GovernorOfClause(parse, c);
      m.speech_governor = g;
      if (g >= 0 && t.predicate >= 0 && IsDirective(v, parse, g)) {
        // "Y से कहा कि वह … करे", "निर्देश दिया कि वे … न बेचें": a verb
        // without a tense of its own after a directive is a subjunctive.
        const Predicate& pr = parse.predicates[t.predicate];
        if (pr.verb_form == "Fin" && pr.tense != "Fut" && !HasTenseAux(v, pr)) {
          m.wish = true;
          m.why = "clause of a directive: what is asked, not done";
        }
      }
      if (g >= 0) {
        const Predicate& gov = parse.predicates[g];
        // "नीतीश की जीत साबित करेगी कि …", "वे कल कहेंगे कि …": what a verb
        // will say or show is not yet said or shown.
        static const KeySet kShow({"साबित करना", "सिद्ध करना", "साबित होना", "सिद्ध होना", "दिखाना", "स्पष्ट करना"});
        if (gov.tense == "Fut" && (IsReportingLemma(gov.lemma) || kShow.Contains(MatchKey(gov.lemma)))) {
          m.future = true;
          m.why = "clause of a future '" + gov.lemma + "': not yet said or shown";
        }
        m.speech_report = IsReportingLemma(gov.lemma) && !gov.negated;
        static const std::string kBelieve = MatchKey("मानना");
        m.belief = MatchKey(gov.lemma) == kBelieve;
        // "X का कहना है कि …" (the infinitive, with its genitive speaker) and
        // "X का दावा है कि …" give one side's version of what happened.
        static const std::string kSayingNoun = MatchKey("कहना"), kClaimNoun = MatchKey("दावा");
        m.claim = v.keys[gov.head] == kSayingNoun || (gov.noun >= 0 && v.keys[gov.noun] == kClaimNoun);
        m.want = IsWant(gov);
        m.speech_act = (m.speech_report || IsDirective(v, parse, g) || IsSpeechActNoun(v, gov)) &&
                       !gov.negated;
        if (!m.speech_report) {
          // "उम्मीद है कि", "चाहता है कि", "डर है कि": wished or feared.
          const std::string_view noun = gov.noun >= 0 ? v.keys[gov.noun] : "";
          // "चेतावनी दी कि हम … करेंगे": a future under a warning or a promise
          // is the act threatened or promised (speech.cc), not a wish.
          static const KeySet kPledges({"धमकी", "चेतावनी", "वादा", "वायदा", "आश्वासन", "भरोसा"});
          const bool pledged = kPledges.Contains(noun) && t.predicate >= 0 &&
                               parse.predicates[t.predicate].tense == "Fut";
          if (!pledged &&
              (IsIrrealisNoun(noun) || gov.modal == "Des" || m.want)) {
            m.wish = true;
            m.why = "clause of '" + gov.lemma + "': wished, expected or feared";
          }
        }
      }
    }
  }
  // A sentence that is a question as a whole (क्या … ?).
  static const std::string kWhether = MatchKey("क्या");
  if (v.size() > 0 && v.keys[0] == kWhether && clause <= 0) {
    m.question = true;
    m.why = "question";
  }
  return m;
}

}  // namespace ghatna::events
