// The rule-based parser behind ParseSentence. Passes, in order:
//   1. verb groups (main verb + auxiliaries + light/vector verbs), their
//      conjunct noun, negation, voice, tense/aspect/mood and verb form;
//   2. noun phrases: a run of nominal tokens and the (compound) postposition
//      after it, pronouns with a fused case as phrases of their own;
//   3. coordination (और, तथा, एवं, व, या, comma lists) and genitive links;
//   4. clauses: quotes, कि, relative words, अगर/यदि … तो, adverbial
//      conjunctions, then coordinated clauses split at a conjunction or comma
//      between two finite verb groups;
//   5. attachment: each free phrase goes to the next predicate of its clause
//      (ने skips non-finite verbs; a से phrase before an infinitive goes to
//      the governing verb when that verb takes an addressee), else to the
//      previous one;
//   6. roles from the marker and the verb frame (syntax/lexicon.h).
// See docs/grammar.md for the rules and their measured effect.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <forward_list>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ghatna/syntax.h"
#include "syntax/lexicon.h"
#include "text/one_of.h"

namespace ghatna {
namespace {

// The forms of the vector verbs after a bare stem (देना, लेना, डालना,
// रखना, पाना, चुकना): "लगा दिया", "लगा चुके हैं", "बना रखा", "बना पाता".
bool IsVectorVerb(std::string_view k) {
  static const std::unordered_set<std::string_view> kForms = {
      "दिया", "दी", "दिए", "दिये", "दीं", "देगा", "देगी", "देंगे", "देता", "देती", "देते", "दें", "दे",
      "लिया", "ली", "लिए", "लिये", "लीं", "लेगा", "लेगी", "लेंगे", "लेता", "लेती", "लेते", "लें", "ले",
      "डाला", "डाली", "डाले", "डालीं", "डालेगा", "डालेंगे", "डालता", "डालते",
      "रखा", "रखी", "रखे", "रखीं", "पाया", "पाई", "पाए", "पाता", "पाती", "पाते", "पाएगा", "पाएंगे",
      "चुका", "चुकी", "चुके", "चुकीं"};
  return kForms.count(k) > 0;
}

// A dateline ("जम्मू (एजेंसी) :", "जागरण संवाददाता, जम्मू :") closes within
// this many tokens of the sentence start.
constexpr int kDatelineTokens = 8;

using syntax_internal::FindFrame;
using syntax_internal::FoldKey;
using syntax_internal::Frame;
using syntax_internal::IsLightVerb;
using syntax_internal::MatchPostpositionKeys;
using syntax_internal::PostpositionMatch;

// True if `s` ends with the string literal `suffix` (its length a constant,
// like OneOf's words).
template <size_t N>
bool EndsWith(std::string_view s, const char (&suffix)[N]) {
  return s.size() >= N - 1 && std::memcmp(s.data() + s.size() - (N - 1), suffix, N - 1) == 0;
}

// True if `s` starts with the string literal `prefix`.
template <size_t N>
bool StartsWith(std::string_view s, const char (&prefix)[N]) {
  return s.size() >= N - 1 && std::memcmp(s.data(), prefix, N - 1) == 0;
}

using text::OneOf;

// "Aspect=Perf|Tense=Past" -> value of `name`, or "".
std::string Feat(std::string_view feats, std::string_view name) {
  size_t pos = 0;
  while (pos < feats.size()) {
    size_t bar = feats.find('|', pos);
    if (bar == std::string_view::npos) bar = feats.size();
    std::string_view item = feats.substr(pos, bar - pos);
    if (item.size() > name.size() && item.substr(0, name.size()) == name &&
        item[name.size()] == '=') {
      return std::string(item.substr(name.size() + 1));
    }
    pos = bar + 1;
  }
  return "";
}

bool IsTenseAux(std::string_view k) {
  return OneOf(k, "है", "हैं", "हूं", "था", "थे", "थी", "थीं");
}
bool IsCopulaForm(std::string_view k) {
  return OneOf(k, "है", "हैं", "हूं", "हो", "था", "थे", "थी", "थीं", "होगा", "होगी",
                   "होंगे", "होंगी", "हुआ", "हुई", "हुए", "होना", "होता", "होती", "होते");
}
bool IsNegationWord(std::string_view k) { return OneOf(k, "नहीं", "न", "मत", "ना"); }
bool IsGenitive(std::string_view m) { return OneOf(m, "का", "के", "की"); }
// "चीन, ब्रिटेन आदि देश": the word that closes a list of examples.
bool IsEtcWord(std::string_view k) { return OneOf(k, "आदि", "इत्यादि", "वगैरह", "वगैरा"); }
// Markers that make a phrase modify the next one instead of a verb: the
// genitive, जैसे (X जैसे देश, countries like X), आदि (a list of examples).
bool IsModifierMarker(std::string_view m) {
  return IsGenitive(m) || OneOf(m, "जैसे", "जैसी", "जैसा") || IsEtcWord(m);
}
bool IsPassiveAux(std::string_view k) {
  return OneOf(k, "गया", "गए", "गई", "गये", "गयी", "जाता", "जाती", "जाते", "जाएगा",
                   "जाएगी", "जाएंगे", "जायेगा", "जायेगी", "जाएंगी", "जाए", "जाएं", "जाये",
                   "जायें", "जा", "जाना", "जाने", "जानी", "जाकर");
}
bool IsQuoteOpen(std::string_view t) { return OneOf(t, "“", "‘", "\"", "«", "„", "'"); }
std::string_view CloserOf(std::string_view open) {
  if (open == "“" || open == "„") return "”";
  if (open == "‘") return "’";
  if (open == "«") return "»";
  return open;  // straight quotes close themselves
}

// Determiners that may start a new noun phrase after a noun.
bool IsDeterminerWord(std::string_view k) {
  return OneOf(k, "यह", "ये", "वह", "वे", "इस", "उस", "इन", "उन", "कोई", "कुछ", "सब",
                   "सभी", "हर", "प्रत्येक", "जिस", "जिन", "किस", "किन", "कौन", "एक",
                   "ऐसा", "ऐसे", "ऐसी", "वैसा", "वैसे", "वैसी", "अन्य", "दोनों", "कई",
                   "इसी", "उसी", "यही", "वही", "इन्हीं", "उन्हीं", "किसी", "सारे", "सारी",
                   "कुल", "अधिकतर", "ज्यादातर", "अनेक", "बहुत", "कितने", "कितनी",
                   "अगले", "अगली", "पिछले", "पिछली", "आगामी", "बीते", "गत");
}

// वाला and its forms (the one of, the one who).
bool IsWala(std::string_view k) { return OneOf(k, "वाला", "वाले", "वाली", "वालों"); }

class Parser {
 public:
  explicit Parser(const Sentence& s)
      : t_(s.tokens), n_(static_cast<int>(s.tokens.size())) {}

  SentenceParse Run() {
    Prepare();
    BuildVerbGroups();
    MarkSeenDoing();
    BuildPhrases();
    LinkPhrases();
    BuildClauses();
    LinkComplements();
    Attach();
    AssignRoles();
    FinishClauses();
    return std::move(out_);
  }

 private:
  struct PredInfo {
    int first = 0, last = 0;     // token range [first, last) of the group (noun included)
    int marker_end = -1;         // end of the postposition after a non-finite verb
    std::string light;           // folded lemma of the main verb ("होना" for a copula)
    std::string noun_key;        // folded lemma of the conjunct noun
    bool copula_only = false;
    bool dative_subject = false;
    bool giving = false;
  };
  struct PhraseInfo {
    int end = 0;  // end of phrase + postposition tokens
    bool paren = false;
    int gen_object_of = -1;  // predicate whose conjunct noun this genitive completes
    int genitive_subject_of = -1;  // X का कहना है: the predicate X is the subject of
    int attached = -1;
  };

  Upos U(int i) const { return t_[i].upos; }
  std::string_view Own(std::string key) { return own_keys_.emplace_front(std::move(key)); }
  // The text of token i as a view: comparing a std::string with a literal
  // costs a strlen and a memcmp call, a view with a literal neither.
  std::string_view Text(int i) const { return t_[i].text; }
  // What the syntax tables say about the key and the lemma key of token i.
  const syntax_internal::WordFacts& F(int i) const { return *facts_[i]; }
  const syntax_internal::WordFacts& LF(int i) const { return *lfacts_[i]; }
  // MatchPostpositionKeys at token i, skipping the look-up when no
  // postposition starts with its word.
  PostpositionMatch Postposition(int i) const {
    if (i < 0 || i >= n_ || !F(i).postposition) return PostpositionMatch();
    PostpositionMatch m = MatchPostpositionKeys(key_, i);
    // (के करीब, के लगभग before a number is a genitive and "about": "असम
    // पुलिस के करीब 200 जवानों ने" are the police's men.)
    if (m.length == 2 && i + 2 < n_ && syntax_internal::IsApproximator(key_[i + 1]) &&
        (U(i + 2) == Upos::kNUM || std::isdigit(static_cast<unsigned char>(Text(i + 2)[0])))) {
      PostpositionMatch genitive;
      genitive.name = key_[i];
      genitive.length = 1;
      genitive.role = syntax_internal::PostpositionRole(key_[i]);
      return genitive;
    }
    // (से alone before a meeting: MeetsBeforeAsking.)
    if (MeetsBeforeAsking(i, m.length)) {
      PostpositionMatch se;
      se.name = "से";
      se.length = 1;
      se.role = syntax_internal::PostpositionRole("से");
      return se;
    }
    return m;
  }
  bool IsVerbish(int i) const {
    if (guessed_verb_[i]) return true;
    // "राजदूत को तलब कर विरोध दर्ज कराया": कर after a listed conjunct noun
    // is the conjunctive participle, whatever the tagger took it for.
    if (key_[i] == "कर" && i > 0 && U(i) != Upos::kVERB && U(i) != Upos::kAUX &&
        (U(i - 1) == Upos::kNOUN || U(i - 1) == Upos::kADJ || U(i - 1) == Upos::kPROPN) &&
        (LF(i - 1).conjunct_noun || F(i - 1).conjunct_noun) &&
        !(i + 1 < n_ && OneOf(key_[i + 1], "का", "की", "के", "में", "से", "को", "पर")))
      return true;
    // मना कर दिया (refused): the noun of a conjunct verb, not मनाना.
    if (key_[i] == "मना" && i + 1 < n_ && lkey_[i + 1] == "करना") return false;
    // "ली ने … की माँग की": no verb form takes the ergative ने; a word
    // before it is a name (ली, a Korean family name, not "took").
    if (i + 1 < n_ && key_[i + 1] == "ने" && (U(i) == Upos::kVERB || U(i) == Upos::kAUX) && !guessed_verb_[i])
      return false;
    // (Nor before the hyphenated rest of a name and ने: "राष्ट्रपति ली
    // म्युंग-बक ने"; not "… को आमंत्रित करके पाकिस्तान ने".)
    if (U(i) == Upos::kVERB && !guessed_verb_[i] && i + 2 < n_ && U(i + 1) == Upos::kPROPN && key_[i + 2] == "-") {
      int j = i + 1;
      while (j < n_ && j < i + 5 && (U(j) == Upos::kPROPN || key_[j] == "-" || key_[j - 1] == "-")) ++j;
      if (j < n_ && key_[j] == "ने" && key_[j - 1] != "-") return false;
    }
    // (Nor the hyphenated second part of a name before a postposition:
    // "उत्तर कोरिया के विदेश मंत्री री योंग-हो से मुलाक़ात की", written with
    // no space around the hyphen.)
    if ((U(i) == Upos::kVERB || U(i) == Upos::kAUX) && !guessed_verb_[i] && i >= 2 && key_[i - 1] == "-" &&
        U(i - 2) == Upos::kPROPN && !t_[i - 2].space_after && !t_[i - 1].space_after && i + 1 < n_ &&
        (U(i + 1) == Upos::kADP || key_[i + 1] == "ने"))
      return false;
    if (U(i) == Upos::kVERB || U(i) == Upos::kAUX) {
      // A noun the tagger took for a verb: इस घटना की (घटना "decrease"),
      // कर बढ़ाने (कर "tax").
      if (U(i) == Upos::kVERB && i > 0 && i + 1 < n_ &&
          (U(i - 1) == Upos::kDET || OneOf(key_[i - 1], "इस", "उस", "इन", "उन")) &&
          U(i + 1) == Upos::kADP)
        return false;
      // Two perfectives joined by a hyphen are one adjective (सोची-समझी
      // साज़िश, जाने-माने): no verb of the clause.
      if (U(i) == Upos::kVERB && IsPerfectiveForm(i) &&
          ((i + 2 < n_ && key_[i + 1] == "-" && U(i + 2) == Upos::kVERB && IsPerfectiveForm(i + 2)) ||
           (i >= 2 && key_[i - 1] == "-" && U(i - 2) == Upos::kVERB && IsPerfectiveForm(i - 2))))
        return false;
      if (key_[i] == "कर" && i + 1 < n_ && U(i + 1) == Upos::kVERB &&
          (i == 0 || (U(i - 1) != Upos::kVERB && U(i - 1) != Upos::kAUX)) &&
          !OneOf(lkey_[i + 1], "देना", "लेना", "सकना", "चुकना", "पाना", "रहना", "डालना",
                                "जाना", "बैठना", "उठना"))
        return false;
      return true;
    }
    // लिए गए (taken) tagged as the postposition लिए.
    if (OneOf(key_[i], "लिए", "लिये", "लिया", "ली") && i + 1 < n_ &&
        (IsPassiveAux(key_[i + 1]) || U(i + 1) == Upos::kAUX) && i > 0 &&
        !OneOf(key_[i - 1], "के", "का", "की"))
      return true;
    // A verb stem the tagger took for a noun (कर दिया, मार डाला).
    if (i + 1 < n_ && (U(i) == Upos::kNOUN || U(i) == Upos::kX) &&
        (U(i + 1) == Upos::kVERB || U(i + 1) == Upos::kAUX)) {
      std::string_view next = lkey_[i + 1];
      if (key_[i] == "कर" && OneOf(next, "देना", "लेना", "सकना", "चुकना", "पाना", "रहना",
                                          "डालना", "जाना", "बैठना", "उठना"))
        return true;
      // (दबाव डाल रहा: a conjunct noun before डालना, not a stem.)
      if (OneOf(next, "डालना", "चुकना", "सकना") && !F(i).conjunct_noun) return true;
    }
    return false;
  }
  bool IsPunct(int i) const {
    return U(i) == Upos::kPUNCT || t_[i].kind == TokenKind::kPunct;
  }
  bool IsNominal(int i) const {
    if (IsPunct(i)) return false;
    if (key_[i] == "कि" || IsNegationWord(key_[i])) return false;
    if (!F(i).fused_case.empty() && t_[i].kind == TokenKind::kWord) return true;
    // Tagger slips: a noun tagged VERB that is not read as a verb (इस घटना
    // की), or ADP that is no postposition after a determiner (दोनों पक्ष).
    if (U(i) == Upos::kVERB && !IsVerbish(i)) return true;
    if (U(i) == Upos::kADP && i > 0 && Postposition(i).length == 0 &&
        (U(i - 1) == Upos::kDET || U(i - 1) == Upos::kADJ || U(i - 1) == Upos::kNUM ||
         IsDeterminerWord(key_[i - 1])))
      return true;
    if (OneOf(key_[i], "कृपया", "क्यों", "कैसे", "कब", "भी", "ही", "तो")) return false;
    // The question particle: क्या at the start of a sentence or quote.
    if (key_[i] == "क्या" && (i == 0 || IsPunct(i - 1))) return false;
    if (F(i).phrase_conj && U(i) != Upos::kNOUN && U(i) != Upos::kPROPN) return false;
    switch (U(i)) {
      case Upos::kNOUN: case Upos::kPROPN: case Upos::kPRON: case Upos::kNUM:
      case Upos::kADJ: case Upos::kDET: case Upos::kX: case Upos::kSYM:
        return true;
      default:
        return t_[i].kind == TokenKind::kLatin || t_[i].kind == TokenKind::kNumber;
    }
  }
  bool IsNounLike(int i) const {
    return U(i) == Upos::kNOUN || U(i) == Upos::kPROPN || U(i) == Upos::kPRON ||
           U(i) == Upos::kNUM || t_[i].kind == TokenKind::kLatin ||
           t_[i].kind == TokenKind::kNumber;
  }

  void Prepare() {
    key_.resize(n_);
    lkey_.resize(n_);
    for (int i = 0; i < n_; ++i) {
      // Tokens made without the text layer or the morphology have no keys.
      key_[i] = t_[i].key.empty() ? Own(FoldKey(t_[i].text)) : std::string_view(t_[i].key);
      if (t_[i].lemma.empty() || std::string_view(t_[i].lemma) == "_") {
        lkey_[i] = key_[i];
      } else {
        lkey_[i] = t_[i].lemma_key.empty() ? Own(FoldKey(t_[i].lemma)) : std::string_view(t_[i].lemma_key);
      }
    }
    lemma_.assign(n_, "");
    guessed_verb_.assign(n_, false);
    for (int i = 0; i < n_; ++i) {
      // An unknown word in -ने before a postposition is an infinitive (संयम
      // बरतने का); लिए/लिया before गया is लेना.
      std::string_view k = key_[i];
      if ((U(i) == Upos::kPROPN || U(i) == Upos::kX) && EndsWith(k, "ने") &&
          k.size() > 3 * 2 && i + 1 < n_ && OneOf(key_[i + 1], "का", "की", "के", "से", "को", "में", "पर") &&
          i > 0 && (U(i - 1) == Upos::kNOUN || U(i - 1) == Upos::kPROPN)) {
        lemma_[i] = t_[i].text.substr(0, t_[i].text.size() - std::string_view("ने").size()) + "ना";
        lkey_[i] = Own(FoldKey(lemma_[i]));
        guessed_verb_[i] = true;
      }
      // "भारत ने की पाकिस्तान की निंदा" (a headline): की right after ने is
      // करना, never the genitive.
      if (k == "की" && i > 0 && key_[i - 1] == "ने") {
        lemma_[i] = "करना";
        lkey_[i] = "करना";
        guessed_verb_[i] = true;
      }
      if (OneOf(k, "लिए", "लिये", "लिया", "ली") && U(i) != Upos::kVERB) {
        lemma_[i] = "लेना";
        lkey_[i] = "लेना";
      }
    }
    facts_.resize(n_);
    lfacts_.resize(n_);
    for (int i = 0; i < n_; ++i) {
      facts_[i] = &syntax_internal::FactsOf(key_[i]);
      lfacts_[i] = lkey_[i] == key_[i] ? facts_[i] : &syntax_internal::FactsOf(lkey_[i]);
    }
    pred_of_.assign(n_, -1);
    phrase_of_.assign(n_, -1);
    dom_.assign(n_, 0);
    used_.assign(n_, false);
  }

  // The stem of a verb lemma: करना -> कर.
  std::string_view Stem(int i) const {
    std::string_view l = lkey_[i];
    if (EndsWith(l, "ना")) return l.substr(0, l.size() - std::string_view("ना").size());
    return l;
  }
  bool IsBareStem(int i) const { return key_[i] == Stem(i); }
  // A conjunctive participle token: देकर, करके, or कर/के after a verb stem.
  bool IsConvToken(int i, bool after_verb) const {
    std::string_view k = key_[i];
    if (after_verb && (k == "कर" || k == "करके" || k == "के")) return true;
    if (k == "कर") return !(i + 1 < n_ && IsVerbish(i + 1));
    return (EndsWith(k, "कर") && k.size() > std::string_view("कर").size() &&
            U(i) == Upos::kVERB) ||
           (EndsWith(k, "करके") && U(i) == Upos::kVERB);
  }
  // A phrase of time or degree (अब तक के, आज तक के) or of manner in से
  // (गर्मजोशी से, सख़्ती से), which owns no genitive before it.
  bool IsTimeOrMannerPhrase(const Phrase& q) const {
    if (OneOf(key_[q.head], "अब", "आज", "अभी", "तब", "कल", "हमेशा")) return true;
    return q.marker == "से" && q.first == q.head &&
           OneOf(key_[q.head], "गर्मजोशी", "धूमधाम", "पुरजोर", "पुरज़ोर", "सख्ती", "सख़्ती", "तत्परता", "गंभीरता",
                 "जोरदार", "ज़ोरदार",
                 // ("… इस हमले का दृढ़ता से जवाब देगी")
                 "दृढ़ता", "दृढता", "मजबूती", "मज़बूती", "कड़ाई", "कडाई", "मुस्तैदी", "बेरहमी");
  }
  bool IsArriving(int i) const {
    return U(i) == Upos::kVERB && OneOf(lkey_[i], "पहुंचना", "पहुँचना", "लौटना");
  }
  bool IsPerfectiveForm(int i) const {
    std::string_view k = key_[i];
    if (Feat(t_[i].feats, "Aspect") == "Perf") return true;
    if (IsBareStem(i)) return false;
    if (EndsWith(k, "ता") || EndsWith(k, "ते") || EndsWith(k, "ती") || EndsWith(k, "ने") ||
        EndsWith(k, "ना"))
      return false;
    return EndsWith(k, "ा") || EndsWith(k, "े") || EndsWith(k, "ी") || EndsWith(k, "ए") ||
           EndsWith(k, "ई") || EndsWith(k, "ीं") || EndsWith(k, "ीं");
  }

  // "… ने मंत्री से मिलकर ज्ञापन सौंपा / … की मांग की": X से मिलकर before
  // a verb of asking, telling or handing over is a meeting (the conjunctive
  // participle of मिलना), not "together with X".
  bool MeetsBeforeAsking(int i, int length) const {
    if (length != 2 || key_[i] != "से" || key_[i + 1] != "मिलकर") return false;
    for (int k = i + 2; k < n_ && k < i + 14; ++k) {
      if (IsPunct(k) && Text(k) != ",") break;
      if (OneOf(key_[k], "मांग", "ज्ञापन", "आग्रह", "अनुरोध", "अपील", "शिकायत", "चर्चा", "बातचीत", "बात", "सौंपा",
                "सौंपी", "सौंपे", "कहा", "बताया", "गुहार"))
        return true;
    }
    return false;
  }

  // Compound postpositions that contain a verb form (को लेकर, से मिलकर) are
  // claimed before verb groups are built.
  void ClaimPostpositions() {
    in_pp_.assign(n_, false);
    for (int i = 1; i < n_; ++i) {
      PostpositionMatch m = Postposition(i);
      if (m.length < 2) continue;
      for (int k = i + 1; k < i + m.length; ++k) in_pp_[k] = true;
      bool has_verb = false;
      for (int k = i; k < i + m.length; ++k) has_verb |= IsVerbish(k);
      if (!has_verb || IsVerbish(i - 1) || IsPunct(i - 1)) continue;
      for (int k = i; k < i + m.length; ++k) claimed_[k] = true;
      i += m.length - 1;
    }
  }

  // "… कार्रवाई करते नहीं दिख रहे": an imperfective form before a verb of
  // seeming (दिखना, नजर आना, लगना) is its participle, as real as it is.
  void MarkSeenDoing() {
    std::vector<Predicate>& pr = out_.predicates;
    for (size_t p = 0; p + 1 < pr.size(); ++p) {
      if (pr[p].verb_form != "Fin" || !pr[p].modal.empty() || pr[p].tokens.empty()) continue;
      const std::string_view last = key_[pr[p].tokens.back()];
      if (!EndsWith(last, "ते") && !EndsWith(last, "ता") && !EndsWith(last, "ती")) continue;
      int verbs = 0;
      for (int t : pr[p].tokens) verbs += U(t) == Upos::kVERB || U(t) == Upos::kAUX;
      if (verbs != 1) continue;  // no auxiliary of its own
      int e = pinfo_[p].last;
      while (e < n_ && OneOf(key_[e], "नहीं", "न", "भी", "ही")) ++e;
      if (e >= n_ || pred_of_[e] != static_cast<int>(p) + 1) continue;
      if (!OneOf(pr[p + 1].lemma, "दिखना", "दिखाई देना", "नजर आना", "नज़र आना", "लगना")) continue;
      pr[p].verb_form = "Part";
      pr[p].tense.clear();
    }
  }

  void BuildVerbGroups() {
    claimed_.assign(n_, false);
    ClaimPostpositions();
    for (int i = 0; i < n_; ++i) {
      if (pred_of_[i] >= 0 || claimed_[i] || !IsVerbish(i)) continue;
      std::vector<int> toks{i};
      bool negated = false;
      bool conv = IsConvToken(i, false);
      int j = i + 1;
      while (!conv && j < n_) {
        if (IsVerbish(j) && !claimed_[j]) {
          if (IsTenseAux(key_[toks.back()]) && U(j) == Upos::kVERB) break;
          if (toks.size() >= 2 && OneOf(key_[toks.back()], "हुए", "हुआ", "हुई", "हुये") &&
              U(j) == Upos::kVERB)
            break;  // जोड़ते हुए | कहा
          toks.push_back(j);
          if (IsConvToken(j, true)) conv = true;
          ++j;
          continue;
        }
        if (IsNegationWord(key_[j]) && j + 1 < n_ && IsVerbish(j + 1) &&
            U(j + 1) == Upos::kAUX) {
          negated = true;
          toks.push_back(j);
          ++j;
          continue;
        }
        break;
      }
      // "… को पत्र लिख मतपत्रों से मतदान कराने की मांग की": a bare stem
      // followed by a noun phrase, not by a verb, is a short conjunctive
      // participle (लिख = लिखकर).
      if (!conv && toks.size() == 1 && U(i) == Upos::kVERB && EndsWith(lkey_[i], "ना") && IsBareStem(i) &&
          !OneOf(key_[i], "कर", "मिल", "जा", "रह", "हो") && j < n_ &&
          (U(j) == Upos::kNOUN || U(j) == Upos::kPROPN || U(j) == Upos::kADJ || U(j) == Upos::kNUM))
        conv = true;
      int last = j;
      Predicate p;
      PredInfo info;
      // Main verb: the first VERB token; a group of auxiliaries alone is a copula.
      int head = -1;
      for (int k : toks) {
        if ((U(k) == Upos::kVERB || (U(k) != Upos::kAUX && IsVerbish(k))) &&
            !IsNegationWord(key_[k])) {
          head = k;
          break;
        }
      }
      if (head < 0) {
        head = toks[0];
        info.copula_only = true;
      }
      p.head = head;
      info.light = info.copula_only || IsCopulaForm(lkey_[head]) || lkey_[head] == "है" ||
                           lkey_[head] == "था" || lkey_[head] == "हैना" ||
                           lkey_[head] == "थाना"
                       ? "होना"
                       : lkey_[head];
      if (info.copula_only && key_[head] != "है" && !IsCopulaForm(key_[head]) &&
          !IsTenseAux(key_[head])) {
        info.light = lkey_[head];  // an AUX-tagged full verb (morph error)
      }
      // Negation and conjunct noun before the group.
      int first = i;
      int c = i - 1;
      if (c >= 0 && IsNegationWord(key_[c]) && pred_of_[c] < 0) {
        negated = true;
        toks.insert(toks.begin(), c);
        first = c;
        --c;
      }
      // हमला क्यों किया, चर्चा भी की: a particle between noun and verb.
      if (c > 0 && pred_of_[c] < 0 && OneOf(key_[c], "क्यों", "भी", "ही", "तो", "कभी", "फिर") &&
          pred_of_[c - 1] < 0 && ConjunctNounOk(c - 1, info) &&
          (LF(c - 1).conjunct_noun || F(c - 1).conjunct_noun)) {
        toks.insert(toks.begin(), c);
        first = c;
        --c;
      }
      if (c >= 0 && pred_of_[c] < 0 && ConjunctNounOk(c, info)) {
        p.noun = c;
        info.noun_key = lkey_[c];
        toks.insert(toks.begin(), c);
        first = c;
        // Adjectives of a listed conjunct noun belong to it (कड़ी आलोचना की).
        int a = c - 1;
        while (a >= 0 && pred_of_[a] < 0 && U(c) != Upos::kADJ && !in_pp_[a] &&
               (U(a) == Upos::kADJ || U(a) == Upos::kDET || IsDeterminerWord(key_[a])) &&
               !F(a).fused_case.size() && !F(a).time_noun &&
               (LF(c).conjunct_noun || F(c).conjunct_noun)) {
          toks.insert(toks.begin(), a);
          first = a;
          --a;
        }
        if (first > 0 && IsNegationWord(key_[first - 1]) && pred_of_[first - 1] < 0) {
          negated = true;
          --first;
          toks.insert(toks.begin(), first);
        }
      }
      // "न तो अमेरिका ने चिंता जताई और न ही ब्रिटेन ने …": neither … nor
      // negates the verb of its clause from afar (not न सिर्फ, न केवल:
      // not only).
      for (int b = first - 1; !negated && b > 0 && pred_of_[b] < 0 && !OneOf(key_[b], "।", "कि", "लेकिन", "मगर");
           --b)
        if (key_[b - 1] == "न" && OneOf(key_[b], "तो", "ही") && pred_of_[b - 1] < 0) negated = true;
      p.tokens = toks;
      p.negated = negated;
      info.first = first;
      info.last = last;
      // Lemma.
      std::string verb_lemma =
          info.light == "होना" ? std::string("होना")
                               : !lemma_[head].empty() ? lemma_[head]
                               : (t_[head].lemma.empty() || t_[head].lemma == "_"
                                      ? t_[head].text
                                      : t_[head].lemma);
      p.lemma = p.noun >= 0 ? (t_[p.noun].lemma.empty() || t_[p.noun].lemma == "_"
                                   ? t_[p.noun].text
                                   : t_[p.noun].lemma) +
                                  " " + verb_lemma
                            : verb_lemma;
      SetForms(toks, head, conv, &p);
      // "बना रहा है", "उठा रहा है", "लगा रहा है", "निशाना बना कर": before
      // रहा and before the conjunctive कर the main verb is a bare stem, so
      // its lemma is the stem + ना (बनाना, not बनना).
      // So before the vector verbs देना, लेना, डालना: "आरोप लगा दिया" is
      // लगाना ("आरोप लगा है" stays लगना).
      const bool stem_before =
          head + 1 < n_ && ((p.aspect == "Prog" && OneOf(key_[head + 1], "रहा", "रही", "रहे", "रहीं")) ||
                            (p.verb_form == "Conv" && OneOf(key_[head + 1], "कर", "के", "करके")) ||
                            IsVectorVerb(key_[head + 1]) ||
                            (head + 2 < n_ && OneOf(key_[head + 1], "भी", "ही", "तो") && IsVectorVerb(key_[head + 2])));
      // (Not an imperfective before रहा: "अनसुनी करता रहा है" keeps doing;
      // nor an infinitive.)
      const std::string_view hk = key_[head];
      const bool imperfective = EndsWith(hk, "ता") || EndsWith(hk, "ते") || EndsWith(hk, "ती") || EndsWith(hk, "ने");
      if (stem_before && !imperfective && info.light != "होना" && U(head) == Upos::kVERB) {
        const std::string stem_lemma = t_[head].text + "ना";
        if (stem_lemma != verb_lemma)
          p.lemma = p.noun >= 0 ? p.lemma.substr(0, p.lemma.size() - verb_lemma.size()) + stem_lemma : stem_lemma;
      }
      p.modal = Modality(toks, head);
      // दी जाने वाली (which is given): a passive infinitive before वाला is
      // a participle.
      if (last < n_ && p.verb_form == "Fin" && IsWala(key_[last]) &&
          toks.size() >= 2) {
        std::string_view lk = key_[toks.back()];
        if (lk.size() > 6 && (EndsWith(lk, "ने") || EndsWith(lk, "ना"))) p.verb_form = "Part";
      }
      // The postposition after a non-finite group (…करने का, …करने के लिए).
      if (last < n_ && (p.verb_form == "Inf" || p.verb_form == "Part")) {
        PostpositionMatch m = Postposition(last);
        if (m.length > 0 && m.name != "ने") {
          p.marker = m.name;
          info.marker_end = last + m.length;
          // "… मारे जाने के कुछ ही घंटे बाद": a span of time inside के …
          // बाद / पहले is still "after" ("before"), not a genitive.
          if (m.length == 1 && key_[last] == "के") {
            int e = last + 1;
            while (e < n_ && e <= last + 4 && pred_of_[e] < 0 &&
                   (U(e) == Upos::kNUM || U(e) == Upos::kDET || U(e) == Upos::kADJ ||
                    OneOf(key_[e], "कुछ", "ही", "भी", "एक", "दो", "चंद")))
              ++e;
            if (e > last + 1 && e + 1 < n_ && pred_of_[e] < 0 && F(e).time_noun &&
                OneOf(key_[e + 1], "बाद", "पहले", "पूर्व")) {
              p.marker = "के " + t_[e + 1].text;
              info.marker_end = e + 2;
              m.length = e + 2 - last;
            }
          }
          if (IsWala(m.name)) p.verb_form = "Part";
          for (int k = last; k < last + m.length; ++k) used_[k] = true;
        }
      }
      // करते समय (while doing): the time noun marks the participle.
      if (last < n_ && p.marker.empty() && OneOf(key_[last], "समय", "वक्त") &&
          (EndsWith(key_[toks.back()], "ते") || EndsWith(key_[toks.back()], "ने"))) {
        p.marker = t_[last].text;
        p.verb_form = "Part";
        info.marker_end = last + 1;
        used_[last] = true;
      }
      // "इस हमले की ज़िम्मेदारी पाकिस्तानी तालिबान ने ली": a conjunct noun
      // with its genitive fronted before the ने subject of a bare light verb.
      int fronted = -1;
      if (p.noun < 0 && first >= 3 && key_[first - 1] == "ने" &&
          OneOf(info.light, "लेना", "करना", "देना", "लगाना", "जताना")) {
        auto is_fronted = [&](int c) {
          // (Not बात, चर्चा: "X की बात Y ने की" speaks of X.)
          return c >= 1 && pred_of_[c] < 0 && IsGenitive(key_[c - 1]) && U(c) == Upos::kNOUN &&
                 (LF(c).conjunct_noun || F(c).conjunct_noun) &&
                 !OneOf(lkey_[c], "बात", "चर्चा", "जिक्र", "उल्लेख", "विचार", "बातचीत", "काम");
        };
        int c2 = first - 2;
        for (int guard = 0; c2 >= 1 && guard < 5 && !is_fronted(c2) && pred_of_[c2] < 0 &&
                            F(c2).fused_case.empty() &&
                            (U(c2) == Upos::kNOUN || U(c2) == Upos::kPROPN || U(c2) == Upos::kADJ);
             ++guard)
          --c2;
        if (c2 < first - 2 && is_fronted(c2)) {
          fronted = c2;
          p.noun = c2;
          info.noun_key = lkey_[c2];
          p.lemma = (t_[c2].lemma.empty() || t_[c2].lemma == "_" ? t_[c2].text : t_[c2].lemma) + " " +
                    verb_lemma;
        }
      }
      // "विपक्ष ने किया वाकआउट", "कांग्रेस ने किया सरकार का विरोध", "सरकार
      // ने दी किसानों को राहत": a headline puts the conjunct noun (with its
      // genitive and other phrases) after a bare light verb, at the end of
      // the sentence or before a comma.
      const bool after_ne = first > 0 && key_[first - 1] == "ने";
      std::vector<int> postposed_mods;  // adjectives of a postposed noun (कड़ी निंदा)
      if (p.noun < 0 && fronted < 0 && (p.verb_form == "Fin" || (p.verb_form == "Part" && after_ne)) &&
          OneOf(info.light, "करना", "देना", "लेना", "लगाना", "जताना")) {
        int k = last;
        for (int guard = 0; guard < 6 && k + 1 < n_ && !IsPunct(k + 1) && pred_of_[k] < 0 &&
                            (U(k) == Upos::kNOUN || U(k) == Upos::kPROPN || U(k) == Upos::kADJ ||
                             U(k) == Upos::kDET || U(k) == Upos::kADP || IsGenitive(key_[k]));
             ++guard)
          ++k;
        // (A noun the lists do not know only right after the verb and its ने
        // subject: "विपक्ष ने किया वाकआउट".)
        if (k < n_ && k >= last && pred_of_[k] < 0 && U(k) == Upos::kNOUN && (k + 1 == n_ || IsPunct(k + 1)) &&
            (LF(k).conjunct_noun || F(k).conjunct_noun || (after_ne && k == last)) &&
            (k == last || U(k - 1) == Upos::kADP || U(k - 1) == Upos::kADJ)) {
          fronted = k;  // (its token joins the predicate like a fronted noun's)
          p.noun = k;
          info.noun_key = lkey_[k];
          p.lemma = (t_[k].lemma.empty() || t_[k].lemma == "_" ? t_[k].text : t_[k].lemma) + " " + verb_lemma;
          // (A finite verb, ली or दी after ने, whatever the tagger said.)
          p.verb_form = "Fin";
          for (int a = k - 1; a >= last && U(a) == Upos::kADJ && pred_of_[a] < 0; --a) postposed_mods.push_back(a);
        }
      }
      // Frames: the conjunct noun first, then the verb.
      const Frame* f = nullptr;
      if (!info.noun_key.empty()) f = FindFrame(info.noun_key);
      if (!f && p.noun >= 0) f = F(p.noun).frame;
      bool noun_frame = f != nullptr;
      const Frame* vf = LF(head).frame;
      if (!f) f = vf;
      Frame merged = f ? *f : Frame();
      if (noun_frame && vf) {  // सुझाव मांगना: से from मांगना
        if (merged.se == Role::kSource) merged.se = vf->se;
        if (merged.par == Role::kLocation) merged.par = vf->par;
      }
      frame_.push_back(merged);
      info.dative_subject = false;
      if (f && f->dative_subject && (!noun_frame || info.light == "होना" ||
                                     info.light == "आना" || info.light == "लगना")) {
        info.dative_subject = true;
      }
      for (int k : toks) {
        if (OneOf(lkey_[k], "चाहिए", "पड़ना", "पडना") ||
            OneOf(key_[k], "चाहिए", "चाहिये", "पडा", "पडी", "पडे", "पडेगा", "पडता",
                            "पडती", "पडते", "पडेगी", "पडेंगे"))
          info.dative_subject = true;
      }
      // "पाकिस्तान को आतंकवाद पर लगाम लगानी होगी", "… करना है": what X must
      // do has X in को, like चाहिए.
      if (p.modal == "Nec") info.dative_subject = true;
      // X को Y होना (X has, feels, needs Y): the को phrase is the experiencer.
      // (Not a finite adjective: "भारत … परिवारों को मदद देने के लिए तैयार
      // है" has its subject bare; an adjective that takes one says so in its
      // frame. An infinitive keeps it: "प्रतिनिधियों को … सम्मिलित न होने का
      // आग्रह".)
      if (info.light == "होना" && (p.noun >= 0 || info.copula_only) &&
          !(p.noun >= 0 && U(p.noun) == Upos::kADJ && p.verb_form == "Fin" && !(f && f->dative_subject)))
        info.dative_subject = true;
      info.giving = info.light == "देना" || frame_.back().ko == Role::kRecipient;
      int index = static_cast<int>(out_.predicates.size());
      for (int k : toks) pred_of_[k] = index;
      if (fronted >= 0) pred_of_[fronted] = index;
      for (int a : postposed_mods) pred_of_[a] = index;
      out_.predicates.push_back(std::move(p));
      pinfo_.push_back(info);
      i = last - 1;
    }
  }

  bool ConjunctNounOk(int c, const PredInfo& info) const {
    if (in_pp_[c]) return false;
    if (U(c) == Upos::kPRON || U(c) == Upos::kNUM || U(c) == Upos::kPUNCT ||
        U(c) == Upos::kADP || U(c) == Upos::kDET || IsVerbish(c))
      return false;
    if (t_[c].kind != TokenKind::kWord) return false;
    if (!F(c).fused_case.empty()) return false;
    if (LF(c).time_noun || F(c).time_noun) return false;
    if (F(c).phrase_conj || key_[c] == "कि" || F(c).relative) return false;
    const std::string& light = info.light;
    bool listed = LF(c).conjunct_noun || F(c).conjunct_noun;
    // सुरक्षित होगा, उचित बताया, घायल कर दिया: an adjective before a verb
    // that can take a predicate; "दस फ़लस्तीनी मारे गए" has none.
    if (U(c) == Upos::kADJ && !IsDeterminerWord(key_[c]))
      return !(c > 0 && U(c - 1) == Upos::kNUM && !OneOf(info.light, "होना", "करना", "रहना", "बनना"));
    if (!IsLightVerb(light) && !OneOf(light, "दिखना", "चलना")) return false;
    if (light == "चलना") return OneOf(lkey_[c], "पता") || OneOf(key_[c], "पता");
    if (listed) return true;
    bool bare = c == 0 || !F(c - 1).fused_case.empty() ||
                !(U(c - 1) == Upos::kADJ || U(c - 1) == Upos::kDET ||
                  U(c - 1) == Upos::kNUM || U(c - 1) == Upos::kNOUN ||
                  U(c - 1) == Upos::kPROPN || U(c - 1) == Upos::kPRON);
    if (U(c) == Upos::kADJ) return true;  // predicative: सुरक्षित होगा, उचित बताया
    if (U(c) == Upos::kNOUN && light == "करना" && bare) return true;
    if (U(c) == Upos::kNOUN && (light == "देना" || light == "लेना" || light == "लगाना") &&
        bare && c > 0 &&
        U(c - 1) == Upos::kADP)
      return true;
    return false;
  }

  // A run of nouns and adjectives starting at i followed by a verb: the
  // participle before it modifies the object of that verb.
  bool NounThenVerb(int i) const {
    int k = i;
    // (Through the particles भी, ही: "छिड़ी लड़ाई पांचवें दिन भी जारी रही".)
    while (k < n_ && k < i + 6 &&
           (U(k) == Upos::kNOUN || U(k) == Upos::kADJ || U(k) == Upos::kNUM || (k > i && U(k) == Upos::kDET) ||
            (k > i && OneOf(key_[k], "भी", "ही"))))
      ++k;
    return k > i && k < n_ && (U(k) == Upos::kVERB || IsVerbish(k));
  }

  // A noun phrase starting at i that ends in a postposition within a few
  // tokens (an oblique phrase).
  bool ObliqueAhead(int i) const {
    for (int k = i; k < n_ && k < i + 5; ++k) {
      if (U(k) == Upos::kADP) return Postposition(k).length > 0;
      if (!(U(k) == Upos::kNOUN || U(k) == Upos::kADJ || U(k) == Upos::kPROPN ||
            U(k) == Upos::kNUM))
        return false;
    }
    return false;
  }

  void SetForms(const std::vector<int>& toks, int head, bool conv, Predicate* p) const {
    // Features from the morphology where given.
    for (int k : toks) {
      if (IsNegationWord(key_[k]) || k == p->noun || U(k) == Upos::kADJ) continue;
      const std::string& f = t_[k].feats;
      if (p->tense.empty()) p->tense = Feat(f, "Tense");
      if (p->mood.empty()) p->mood = Feat(f, "Mood");
    }
    p->aspect = Feat(t_[head].feats, "Aspect");
    std::string vf = Feat(t_[head].feats, "VerbForm");
    int last_verb = head;
    for (int k : toks) {
      if (k > last_verb && IsVerbish(k)) last_verb = k;
    }
    bool finite_aux_after = last_verb != head;
    const std::string stem(Stem(head));
    std::string_view hk = key_[head];
    bool inf_form = vf == "Inf" || (!stem.empty() && hk != stem &&
                                    (hk == stem + "ने" || hk == stem + "ना" || hk == stem + "नी"));
    // बनाए रखने, कर देने: a compound verb whose last verb is an infinitive.
    if (last_verb != head && (U(last_verb) == Upos::kVERB || OneOf(key_[last_verb], "जाने", "जाना"))) {
      const std::string ls(Stem(last_verb));
      std::string_view lk = key_[last_verb];
      if (!ls.empty() && lk != ls && (lk == ls + "ने" || lk == ls + "ना" || lk == ls + "नी") &&
          !IsTenseAux(lk)) {
        bool aux_after = false;
        for (int k : toks) aux_after |= k > last_verb && IsVerbish(k);
        if (!aux_after) inf_form = true, finite_aux_after = false;
      }
    }
    std::string_view lastk = key_[last_verb];
    int after = toks.back() + 1;
    // A demonstrative may open the noun phrase: "किए गए इस हमले में"; so
    // may अपना ("इक्वाडोर से लगी अपनी सीमाएं").
    if (after + 1 < n_ && (U(after) == Upos::kDET || OneOf(key_[after], "अपनी", "अपने", "अपना"))) ++after;
    // (Or a numeral before its noun: "अदालत से मिली चार साल की सजा".)
    // (Or a count of more than: "अग़वा की गई 200 से ज़्यादा छात्राओं को".)
    bool next_nominal = after < n_ && (U(after) == Upos::kNOUN || U(after) == Upos::kPROPN ||
                                       U(after) == Upos::kADJ ||
                                       (U(after) == Upos::kNUM && after + 1 < n_ &&
                                        (U(after + 1) == Upos::kNOUN || U(after + 1) == Upos::kADJ)) ||
                                       (U(after) == Upos::kNUM && after + 2 < n_ && key_[after + 1] == "से" &&
                                        OneOf(key_[after + 2], "ज्यादा", "अधिक")));
    if (conv) {
      p->verb_form = "Conv";
    } else if (inf_form && !finite_aux_after) {
      p->verb_form = "Inf";
    } else if (OneOf(lastk, "हुए", "हुआ", "हुई", "हुईं", "हुये", "हुयी") && last_verb != head &&
               (EndsWith(key_[last_verb - 1], "ते") || EndsWith(key_[last_verb - 1], "ता") ||
                EndsWith(key_[last_verb - 1], "ती") || IsPerfectiveForm(last_verb - 1))) {
      p->verb_form = "Part";
    } else if (next_nominal && toks.size() == 1 && OneOf(hk, "हुए", "हुआ", "हुई", "हुईं", "हुये", "हुयी") &&
               (ObliqueAhead(after) || NounThenVerb(after))) {
      p->verb_form = "Part";  // में हुए हमले में, कल हुई बैठक में: होना as a participle
    } else if (next_nominal && toks.size() >= 2 && IsPassiveAux(lastk) &&
               !IsTenseAux(lastk) && IsPerfectiveForm(last_verb)) {
      p->verb_form = "Part";
    } else if (next_nominal && last_verb == head && U(head) == Upos::kVERB &&
               (EndsWith(hk, "ती") || EndsWith(hk, "ते") || EndsWith(hk, "ता")) &&
               !IsBareStem(head)) {
      p->verb_form = "Part";
    } else if (last_verb == head && U(head) == Upos::kVERB && AsSoonAs(head, toks.back() + 1)) {
      p->verb_form = "Part";  // खबर फैलते ही (as soon as): an adverbial participle
    } else if (next_nominal && toks.size() >= 2 && OneOf(lastk, "रहे", "रही", "रहा") &&
               (ObliqueAhead(after) || NounThenVerb(after))) {
      p->verb_form = "Part";  // मिलने जा रहे सिख अल्पसंख्यकों के वाहन को: a progressive participle
    } else if (next_nominal && last_verb == head && U(head) == Upos::kVERB &&
               (EndsWith(hk, "ी") || EndsWith(hk, "े") || EndsWith(hk, "ए") || EndsWith(hk, "ई") || EndsWith(hk, "ीं") ||
                EndsWith(hk, "ईं")) &&
               IsPerfectiveForm(head) &&
               (ObliqueAhead(after) || NounThenVerb(after))) {
      p->verb_form = "Part";  // से जुड़ी कंपनियों पर, पर लगे प्रतिबंध हटाए: a perfective participle
    } else {
      p->verb_form = "Fin";
    }
    // Voice: a perfective form followed by जाना (किया गया), not हो गया / चला गया.
    for (size_t x = 0; x + 1 < toks.size(); ++x) {
      int a = toks[x], b = toks[x + 1];
      if (!IsVerbish(a) || !IsVerbish(b)) continue;
      if (!(lkey_[b] == "जाना" || IsPassiveAux(key_[b]))) continue;
      if (OneOf(lkey_[a], "होना", "चलना", "आना", "जाना", "बढ़ना", "बढना", "मरना", "घटना",
                           "पहुंचना", "लौटना", "बनना", "बचना", "रहना", "रुकना", "गिरना",
                           "उतरना", "बैठना", "निकलना"))
        continue;
      if (IsPerfectiveForm(a) && !IsBareStem(a)) p->voice = Voice::kPassive;
    }
    // Tense, aspect and mood from the forms when the features are silent.
    bool has_pres = false, has_past = false, has_fut = false, prog = false;
    for (int k : toks) {
      std::string_view kk = key_[k];
      if (OneOf(kk, "है", "हैं", "हूं")) has_pres = true;
      if (OneOf(kk, "था", "थे", "थी", "थीं")) has_past = true;
      if (IsVerbish(k) && IsFutureForm(k)) has_fut = true;
      if (k > head && OneOf(lkey_[k], "रहना") &&
          OneOf(kk, "रहा", "रही", "रहे", "रहीं"))
        prog = true;
    }
    if (p->tense.empty()) {
      if (has_fut) p->tense = "Fut";
      else if (has_past) p->tense = "Past";
      else if (has_pres) p->tense = "Pres";
    }
    if (p->aspect.empty() || prog) {
      if (prog) p->aspect = "Prog";
      else if (EndsWith(hk, "ता") || EndsWith(hk, "ते") || EndsWith(hk, "ती"))
        p->aspect = IsBareStem(head) ? "" : "Hab";
      else if (p->verb_form == "Fin" && IsPerfectiveForm(head) && U(head) == Upos::kVERB)
        p->aspect = "Perf";
    }
    if (p->tense.empty() && p->aspect == "Perf" && p->verb_form == "Fin") p->tense = "Past";
    // खोजा जाए, किया जाएं: a passive whose auxiliary is subjunctive is a
    // wish ("… रास्ता खोजा जाए"), whatever the tagger says of जाए.
    if (p->verb_form == "Fin" && last_verb != head && lkey_[last_verb] == "जाना" &&
        OneOf(lastk, "जाए", "जाएं", "जाये", "जायें", "जाय")) {
      p->mood = "Sub";
      p->tense.clear();
      p->aspect.clear();
    }
    if (p->mood.empty() && p->verb_form == "Fin") {
      if (has_fut) p->mood = "Ind";
      else if (p->tense.empty() && p->aspect.empty() &&
               (EndsWith(lastk, "े") || EndsWith(lastk, "ें") || EndsWith(lastk, "ए") ||
                EndsWith(lastk, "एं")) && !IsPerfectiveForm(last_verb))
        p->mood = "Sub";
      else p->mood = "Ind";
    }
  }

  // "V-ते ही" (as soon as): the verb `head` in -ते with ही at `after`.
  bool AsSoonAs(int head, int after) const {
    return EndsWith(key_[head], "ते") && after < n_ && key_[after] == "ही";
  }

  // करेगा, देंगी, होगा, जाएंगे: the future suffix after the verb's stem
  // (मांगी, लगी are perfectives whose stem ends in ग).
  bool IsFutureForm(int k) const {
    std::string_view kk = key_[k];
    const std::string stem(Stem(k));
    std::string_view rest = kk;
    if (!stem.empty() && stem != lkey_[k] && kk.size() > stem.size() && kk.compare(0, stem.size(), stem) == 0)
      rest = std::string_view(kk).substr(stem.size());
    else if (!(EndsWith(kk, "गा") || EndsWith(kk, "गी") || EndsWith(kk, "गे")))
      return false;
    else
      return !OneOf(kk, "लगा", "लगी", "लगे", "मांगा", "मांगी", "मांगे", "भागा", "भागी", "भागे", "जागा",
                         "जागी", "जागे", "त्यागा", "त्यागी");
    return OneOf(rest, "ेगा", "ेगी", "ेंगे", "ेंगी", "ूंगा", "ूंगी", "ोगे", "ोगी", "एगा", "एगी", "एंगे",
                        "एंगी", "गा", "गी", "गे", "ंगे", "ंगी", "येगा", "येगी", "येंगे", "ऊंगा", "ऊंगी",
                        "ओगे", "ेगे");
  }

  // The modal auxiliary of a verb group after its main verb, if any.
  std::string Modality(const std::vector<int>& toks, int head) const {
    for (int k : toks) {
      if (k <= head) continue;
      std::string_view l = lkey_[k];
      std::string_view w = key_[k];
      if (l == "सकना" || OneOf(w, "सकता", "सकती", "सकते", "सका", "सकी", "सके", "सकें",
                                     "सकेगा", "सकेगी", "सकेंगे", "सकूं", "सकेंगी"))
        return "Pot";
      if (OneOf(w, "चाहिए", "चाहिये") || l == "चाहिए") return "Nec";
      // (पड़ना after an infinitive is must, "जाना पड़ा"; after a bare stem
      // it is a vector of suddenness, "भीड़ पुलिस पर टूट पड़ी".)
      if ((l == "पड़ना" || l == "पडना") &&
          (EndsWith(key_[head], "ना") || EndsWith(key_[head], "नी") || EndsWith(key_[head], "ने")))
        return "Oblig";
      if (l == "चाहना") return "Des";
    }
    // करना है, जाना था: an infinitive with a tense auxiliary is what is
    // to be done (or was to be done), not what was done.
    const std::string stem(Stem(head));
    std::string_view hk = key_[head];
    // "चीन का कहना है कि", "उनका मानना है": a genitive before the
    // infinitive makes it a noun (China's saying), a statement of now
    // (not the genitive object of a conjunct noun: पाकिस्तान का दौरा करना
    // था, was to tour Pakistan).
    const int before = head - 1;
    if (before >= 0 && (OneOf(key_[before], "का", "की", "के") ||
                        OneOf(key_[before], "मेरा", "हमारा", "उनका", "उसका", "इनका", "इसका", "आपका", "तुम्हारा")))
      return "";
    if (!stem.empty() && hk != stem && (hk == stem + "ना" || hk == stem + "नी" || hk == stem + "ने"))
      for (int k : toks)
        if (k > head && (IsTenseAux(key_[k]) || OneOf(key_[k], "होगा", "होगी", "होंगे")))
          return "Nec";
    // (In the passive too: "रिहा किया जाना है", "लागू की जानी थी".)
    for (size_t i = 0; i + 1 < toks.size(); ++i)
      if (toks[i] > head && OneOf(key_[toks[i]], "जाना", "जानी", "जाने"))
        for (size_t j = i + 1; j < toks.size(); ++j)
          if (IsTenseAux(key_[toks[j]]) || OneOf(key_[toks[j]], "होगा", "होगी", "होंगे")) return "Nec";
    return "";
  }

  // Should a nominal run be split between tokens a and b = a + 1?
  bool SplitBetween(int a, int b) const {
    if (!F(a).fused_case.empty() || !F(b).fused_case.empty()) return true;
    // वे | जर्मनी पहुंचेंगे, वह | अमेरिका गए: a personal pronoun before a
    // proper noun is its own phrase (the subject), not a determiner.
    if (OneOf(key_[a], "वे", "वह", "वो") && U(b) == Upos::kPROPN) return true;
    // "कि वह | दक्षिण कोरिया पर": also before a place name's first word.
    // (Not "वह युद्ध भारत और …": वह there is the determiner of युद्ध.)
    if (OneOf(key_[a], "वे", "वह", "वो") && b + 1 < n_ && U(b + 1) == Upos::kPROPN && IsPlaceName(b + 1) &&
        IsCompassWord(b))
      return true;
    bool time_a = (F(a).time_noun || LF(a).time_noun) && U(a) == Upos::kNOUN;
    bool time_b = (F(b).time_noun || LF(b).time_noun) && U(b) == Upos::kNOUN;
    // नतीजे | कल, साल | सम्मेलन: time nouns stand apart from other nouns.
    if (time_b && (U(a) == Upos::kNOUN || U(a) == Upos::kPROPN || U(a) == Upos::kPRON) &&
        !IsDeterminerWord(key_[a]))
      return true;
    if (time_a && (U(b) == Upos::kNOUN || U(b) == Upos::kPROPN || U(b) == Upos::kPRON)) return true;
    // लड़ाई | पांचवें दिन, बातचीत | दूसरे दौर: an ordinal or number before a
    // time noun starts the time phrase.
    if ((U(a) == Upos::kNOUN || U(a) == Upos::kPROPN) && (U(b) == Upos::kADJ || U(b) == Upos::kNUM) &&
        b + 1 < n_ && (F(b + 1).time_noun || LF(b + 1).time_noun) && U(b + 1) == Upos::kNOUN)
      return true;
    // इस बीच | इज़राइली सेना ने, इस दौरान | …: "meanwhile" stands apart.
    if (IsMeanwhile(a)) return true;
    // "युगांडा के सैनिक | राष्ट्रपति सल्वा कीर की सरकार की ओर से": forces
    // and a head of state or government after them are two phrases.
    if (OneOf(key_[a], "सैनिक", "सैनिकों", "जवान", "जवानों", "सेना", "सेनाएं", "सेनाओं", "लडाके", "लडाकों") &&
        OneOf(key_[b], "राष्ट्रपति", "प्रधानमंत्री", "राष्ट्राध्यक्ष", "चांसलर"))
      return true;
    // "कि दोनों देश | विवाद वाली जगह से … हटाने पर सहमत": a summing
    // quantifier's noun in the direct case ends its phrase before another
    // common noun.
    // (Not a side or direction: "चारों तरफ़ पुलिस", "दोनों ओर".)
    if (U(a) == Upos::kNOUN && U(b) == Upos::kNOUN && a > 0 && OneOf(key_[a - 1], "दोनों", "दोनो", "तीनों", "चारों") &&
        !EndsWith(key_[a], "ों") && !OneOf(key_[a], "तरफ", "ओर", "दिशा"))
      return true;
    // सरकार | क्या: a pronoun after a noun starts a new phrase.
    if ((U(a) == Upos::kNOUN || U(a) == Upos::kPROPN) && U(b) == Upos::kPRON &&
        !IsDeterminerWord(key_[b]))
      return true;
    if (F(b).relative && U(b) != Upos::kNOUN) return true;
    bool a_nounish = U(a) == Upos::kNOUN || U(a) == Upos::kPROPN || U(a) == Upos::kPRON;
    if (a_nounish && (U(b) == Upos::kDET || IsDeterminerWord(key_[b]))) return true;
    if (U(a) == Upos::kPRON && !IsDeterminerWord(key_[a]) && b < n_ &&
        (U(b) == Upos::kNOUN || U(b) == Upos::kPROPN))
      return true;
    // विदेश मंत्री | तुर्की पहुंचे: a place name (of one or two words) right
    // before a verb of arriving is where, not the end of a title before it.
    if (U(a) == Upos::kNOUN && U(b) == Upos::kPROPN && IsPlaceName(b) &&
        ((b + 1 < n_ && IsArriving(b + 1)) || (b + 2 < n_ && U(b + 1) == Upos::kPROPN && IsArriving(b + 2))))
      return true;
    // वांग यी | भारत के दौरे पर, मोदी | अमेरिका की यात्रा पर: a place name
    // after a person's name starts a phrase of its own.
    if (U(a) == Upos::kPROPN && U(b) == Upos::kPROPN && !IsPlaceName(a) && IsPlaceName(b)) return true;
    // कि रूस | यूक्रेन से सेना वापस बुलाए: two place names right after कि
    // are the clause's unmarked subject and the start of its next phrase.
    // (Also after अगर, यदि, जब: "अगर रूस | यूक्रेन में दख़ल देना जारी रखता है".)
    if (U(a) == Upos::kPROPN && U(b) == Upos::kPROPN && IsPlaceName(a) && IsPlaceName(b) && a > 0 &&
        OneOf(key_[a - 1], "कि", "अगर", "यदि", "जब"))
      return true;
    // "अमेरिका | पाकिस्तान से … कह रहा है": likewise at the start of a
    // sentence when the second takes से, को or पर (भारत पाकिस्तान के बीच
    // and भारत पाक ने stay one phrase).
    // (Also a two-word name first: "नई दिल्ली | पाकिस्तान को …".)
    // (Also a two-word name second: "सियोल | उत्तर कोरिया को …".)
    if (U(a) == Upos::kPROPN && U(b) == Upos::kPROPN && IsPlaceName(a) && IsPlaceName(b) && b + 1 < n_ &&
        OneOf(key_[b + 1], "से", "को", "पर") && OpensClause(a))
      return true;
    // (And before में, but for जम्मू कश्मीर: "तुर्की | सीरिया में … अभियान चला
    // रहा है".)
    if (U(a) == Upos::kPROPN && U(b) == Upos::kPROPN && IsPlaceName(a) && IsPlaceName(b) && b + 1 < n_ &&
        key_[b + 1] == "में" && key_[a] != "जम्मू" && !IsCompassWord(a) && OpensClause(a))
      return true;
    // (Also before a genitive whose head is no word of the two states'
    // relations: "सर्बिया | हंगरी के फैसले से नाराज है", but "भारत पाकिस्तान
    // के बीच", "… के रिश्ते" stay one phrase.)
    if (U(a) == Upos::kPROPN && U(b) == Upos::kPROPN && IsPlaceName(a) && IsPlaceName(b) && !IsCompassWord(a) &&
        b + 2 < n_ && IsGenitive(key_[b + 1]) && OpensClause(a) &&
        !OneOf(key_[b + 2], "बीच", "संबंध", "संबंधों", "सम्बन्ध", "रिश्ते", "रिश्तों", "रिश्ता", "सीमा", "सीमाओं",
               "मैच", "मुकाबले", "युद्ध", "युद्धों", "जंग", "वार्ता", "बातचीत", "तनाव", "व्यापार", "सहयोग", "विवाद",
               "विवादों", "मसले", "मुद्दे", "समझौते", "समझौता", "दोस्ती", "मैत्री", "शिखर", "साझा", "संयुक्त",
               "द्विपक्षीय", "नेताओं", "प्रधानमंत्रियों", "विदेश", "लोगों", "जनता", "टीमों", "सेनाओं"))
      return true;
    if (U(a) == Upos::kPROPN && IsPlaceName(a) && IsCompassWord(b) && b + 2 < n_ && U(b + 1) == Upos::kPROPN &&
        IsPlaceName(b + 1) && OneOf(key_[b + 2], "से", "को", "पर") && OpensClause(a))
      return true;
    // भारत | लश्कर-ए-तैयबा को, भारत | आसियान देशों: a place name before
    // another name (an organisation, a person) ends its own phrase.
    if (U(a) == Upos::kPROPN && U(b) == Upos::kPROPN && IsPlaceName(a) && !IsPlaceName(b) &&
        (a == 0 || U(a - 1) != Upos::kPROPN))
      return true;
    // "कि पाकिस्तान | संघर्ष विराम उल्लंघन की आड़ में …", "कि ईरान | परमाणु
    // हथियार …": a state's one-word name right after कि is the clause's
    // subject, not the owner of a common noun after it, unless that noun is
    // its government, forces, people or what it holds (भारत सरकार, पाक
    // अधिकृत).
    // (Its members too when they take a postposition other than ने: "कि
    // पाकिस्तान | आतंकियों के खिलाफ कार्रवाई करे".)
    if (U(a) == Upos::kPROPN && IsPlaceName(a) && !IsCompassWord(a) && a > 0 && key_[a - 1] == "कि" &&
        U(b) == Upos::kNOUN && !IsStateCompound(b) &&
        (!IsMemberNoun(b) || (EndsWith(key_[b], "ों") && b + 1 < n_ && F(b + 1).postposition && key_[b + 1] != "ने")))
      return true;
    // "कि अमरिंदर सिंह | किसानों को भड़का रहे हैं": a name right after कि
    // ends before a plural noun that takes को or से, unless the noun is its
    // members (भाजपा नेताओं को).
    // (Also a place name: "कि भारत | अफगानिस्तान के … परिवारों को".)
    if ((U(a) == Upos::kPROPN || (U(a) == Upos::kNOUN && a > 0 && U(a - 1) == Upos::kPROPN)) &&
        U(b) == Upos::kNOUN && EndsWith(key_[b], "ों") && b + 1 < n_ &&
        OneOf(key_[b + 1], "को", "से") && !IsMemberNoun(b)) {
      int k = a;
      while (k > 0 && k > a - 3 && (U(k - 1) == Upos::kPROPN || (U(k - 1) == Upos::kNOUN && U(k) == Upos::kPROPN)))
        --k;
      if (k > 0 && key_[k - 1] == "कि" && U(k) == Upos::kPROPN) return true;
    }
    // "दो पत्रकार | तालिबान के हाथों मारे गए": a counted group (a number or
    // a quantifier in its run) ends before the agent of a passive (द्वारा,
    // के हाथों); a title before a name ("राष्ट्रपति ओबामा द्वारा") counts
    // nothing.
    if ((U(a) == Upos::kNOUN || U(a) == Upos::kPROPN) && (U(b) == Upos::kNOUN || U(b) == Upos::kPROPN) &&
        b + 1 < n_ && (key_[b + 1] == "द्वारा" || (b + 2 < n_ && key_[b + 1] == "के" && key_[b + 2] == "हाथों"))) {
      bool counted = false;
      // (Across "से ज़्यादा", "से अधिक": "ढाई हज़ार से ज़्यादा … डीलर". Keys are
      // folded: सैकड़ों is सैकडों, ज़्यादा ज्यादा.)
      auto more_than = [&](int k) { return key_[k] == "से" && k + 1 < n_ && OneOf(key_[k + 1], "ज्यादा", "अधिक"); };
      for (int k = a; k >= 0 && k > a - 9 && !IsPunct(k) && (U(k) != Upos::kADP || more_than(k)) &&
                      U(k) != Upos::kVERB;
           --k)
        counted |= U(k) == Upos::kNUM || OneOf(key_[k], "कई", "हजारों", "सैकडों", "दर्जनों", "अनेक", "लाखों");
      if (counted) return true;
    }
    // केंद्र सरकार | कोरोना वायरस से, भारत सरकार | रूस से: an institution
    // names no proper noun after it (those come before: भारत सरकार).
    if (U(a) == Upos::kNOUN && U(b) == Upos::kPROPN &&
        OneOf(key_[a], "सरकार", "सरकारें", "सेना", "पुलिस", "मंत्रालय", "प्रशासन", "आयोग", "अदालत", "संसद"))
      return true;
    // भारत सरकार | आतंकवाद के खिलाफ: after a name and its institution, a
    // common noun starts a phrase of its own, unless it is the head of a
    // compound title (भारत सरकार के प्रवक्ता is a genitive; पाक सेना प्रमुख,
    // दिल्ली पुलिस आयुक्त are one phrase).
    // (Also right after कि, at the start, or after राज्य/केंद्र, when the
    // common noun takes a postposition: "कि पुलिस | चुनाव के दौरान …",
    // "राज्य सरकार | किसानों को …".)
    if (U(a) == Upos::kNOUN && U(b) == Upos::kNOUN && OneOf(key_[a], "सरकार", "सेना", "पुलिस", "मंत्रालय", "प्रशासन") &&
        ((a > 0 && (U(a - 1) == Upos::kPROPN ||
                    (U(a - 1) == Upos::kADJ && (EndsWith(key_[a - 1], "ई") || EndsWith(key_[a - 1], "ी"))))) ||
         ((Opens(a) || OneOf(key_[a - 1], "कि", "राज्य", "केंद्र", "केन्द्र", "प्रदेश") || IsGenitive(key_[a - 1])) &&
          b + 1 < n_ &&
          OneOf(key_[b + 1], "को", "से", "पर", "के", "की", "का", "में", "ने"))) &&
        !OneOf(key_[b], "प्रमुख", "मुखिया", "अध्यक्ष", "अधिकारी", "अधिकारियों", "प्रवक्ता", "मंत्री", "मंत्रियों", "कर्मी",
               "कर्मियों", "कर्मचारी", "कर्मचारियों", "थाना", "थाने", "मुख्यालय", "अधीक्षक", "आयुक्त", "कमिश्नर",
               "जवान", "जवानों", "बल", "बलों", "सूत्र", "सूत्रों", "प्रतिनिधि", "प्रतिनिधियों", "प्रतिनिधिमंडल",
               "दल", "टीम", "सचिव", "गठन", "महानिदेशक", "निदेशक", "कमांडर", "चीफ", "विभाग", "स्टेशन", "चौकी"))
      return true;
    // नाराज लोग | पुलिस प्रमुख की बर्खास्तगी की मांग कर रहे हैं, किसान |
    // सरकार के खिलाफ, हजारों नौजवान | सड़कों पर उतरे: an unmarked crowd of
    // people (the subject) ends before an institution or the street it
    // takes to; लोग modifies no noun after it.
    if (U(a) == Upos::kNOUN && (U(b) == Upos::kNOUN || (U(b) == Upos::kPROPN && key_[a] == "लोग")) &&
        (key_[a] == "लोग" ||
         (OneOf(key_[a], "किसान", "छात्र", "नौजवान", "युवक", "युवा", "प्रदर्शनकारी", "कार्यकर्ता", "ग्रामीण",
                "समर्थक", "व्यापारी", "मजदूर", "कर्मचारी", "वकील", "डॉक्टर") &&
          OneOf(key_[b], "सरकार", "पुलिस", "प्रशासन", "सेना", "मुख्यमंत्री", "प्रधानमंत्री", "सडक", "सडकों",
                "सडकें")) ||
         // (Nor do members of a house before the sit-in they start or the
         // house they sit in: "निलंबित सांसद | धरने पर बैठ गए", "सांसद | संसद
         // परिसर में".)
         (OneOf(key_[a], "सांसद", "विधायक", "नेता", "पार्षद", "किसान", "छात्र", "कार्यकर्ता", "प्रदर्शनकारी",
                "कर्मचारी", "शिक्षक") &&
          ((OneOf(key_[b], "धरने", "धरना", "अनशन", "भूख") && b + 1 < n_ && OneOf(key_[b + 1], "पर", "हडताल")) ||
           OneOf(key_[b], "संसद", "विधानसभा", "सदन", "राजभवन", "थाने")))))
      return true;
    // "… आघाड़ी सरकार | पुलिस का इस्तेमाल कर रही है": one institution does
    // not qualify another.
    if (U(a) == Upos::kNOUN && U(b) == Upos::kNOUN && OneOf(key_[a], "सरकार", "प्रशासन", "मंत्रालय") &&
        OneOf(key_[b], "पुलिस", "सेना", "अदालत", "सीबीआई", "एजेंसियों", "एजेंसी") && b + 1 < n_ &&
        OneOf(key_[b + 1], "का", "की", "के", "को", "से", "पर"))
      return true;
    // पाकिस्तान | इतने वर्षों से, भारत | पिछले साल: a time phrase opened by
    // a quantifier after a name stands apart.
    if ((U(a) == Upos::kPROPN || U(a) == Upos::kNOUN) && b + 1 < n_ &&
        OneOf(key_[b], "इतने", "कई", "पिछले", "पिछली", "अगले", "अगली", "बीते", "गत", "दो", "तीन", "चार") &&
        (F(b + 1).time_noun || LF(b + 1).time_noun))
      return true;
    // नरेंद्र मोदी | पाकिस्तानी प्रधानमंत्री, मोदी | पांचवें नेता: an
    // adjective does not follow the name it modifies.
    // (Not a regnal number or a name that goes on: थुतमोज तृतीय, पापुआ न्यू गिनी.)
    if (U(a) == Upos::kPROPN && !IsPlaceName(a) && U(b) == Upos::kADJ && b + 1 < n_ &&
        (U(b + 1) == Upos::kNOUN || U(b + 1) == Upos::kADJ) &&
        !OneOf(key_[b], "प्रथम", "द्वितीय", "तृतीय", "चतुर्थ", "न्यू"))
      return true;
    // "अमरीका | सीरियाई विद्रोहियों को": nor after a place name, unless it
    // is a participle or relational adjective the place governs (भारत
    // प्रशासित कश्मीर, पाकिस्तान समर्थित गुट, चीन-पाक आर्थिक गलियारा).
    // (Also the end of a two-word name, "सऊदी अरब | लंबे समय से ईरान पर
    // … आरोप लगाता रहा है", and before a name, "क़तर | 'मुस्लिम ब्रदरहुड' …
    // जैसे संगठनों को समर्थन देता है"; not a hyphenated pair's second
    // name, nor before a word of stance, रूस विरोधी, अमरीका समर्थक.)
    const bool place_end = (U(a) == Upos::kPROPN && IsPlaceName(a)) || (a > 0 && IsPlaceName(a - 1) && IsCompassWord(a - 1));
    if (place_end && U(b) == Upos::kADJ && b + 1 < n_ && (U(b + 1) == Upos::kNOUN || U(b + 1) == Upos::kPROPN) &&
        !(a > 0 && (Text(a - 1) == "-" || Text(a - 1) == "–")) && !EndsWith(key_[b], "ित") &&
        !EndsWith(key_[b], "ीय") && !EndsWith(key_[b], "िक") &&
        !OneOf(key_[b], "न्यू", "उत्तरी", "दक्षिणी", "पूर्वी", "पश्चिमी", "मध्य", "विरोधी", "समर्थक", "परस्त", "नीत"))
      return true;
    // "इसराइली सुरक्षा विशेषज्ञ | केन्याई सुरक्षा बलों की मदद": nor after a
    // common noun (in UD-PUD 36 of 42 such noun-adjective-noun runs are two
    // phrases), unless the adjective is one the noun governs (बाढ़ प्रभावित,
    // सरकार विरोधी, विश्व आर्थिक मंच) or the noun a direction (दक्षिण कोरियाई).
    // (A direction adjective before a common noun starts a phrase too:
    // "सेना | पूर्वी इलाकों में".)
    if (U(a) == Upos::kNOUN && U(b) == Upos::kADJ && b + 1 < n_ &&
        (U(b + 1) == Upos::kNOUN || U(b + 1) == Upos::kPROPN) && !IsCompassWord(a) &&
        (!IsCompassWord(b) || (U(b + 1) == Upos::kNOUN && !IsPlaceName(b + 1))) &&
        (EndsWith(key_[b], "ी") || EndsWith(key_[b], "ई")) &&
        !OneOf(key_[b], "विरोधी", "समर्थक", "संबंधी", "सम्बन्धी", "सरकारी", "प्रभारी", "भरी", "जैसी", "वाली", "सी") &&
        !OneOf(key_[a], "सहयोगी", "मित्र", "पड़ोसी", "पडोसी", "साथी"))
      return true;
    // प्रचंड | चार दिवसीय यात्रा पर: a numeral that quantifies the next noun
    // starts a phrase after a noun, unless the noun labels it (धारा 370,
    // वर्ष 2002).
    if ((U(a) == Upos::kNOUN || U(a) == Upos::kPROPN) && U(b) == Upos::kNUM && b + 1 < n_ &&
        (U(b + 1) == Upos::kNOUN || U(b + 1) == Upos::kADJ) &&
        !OneOf(key_[a], "धारा", "अनुच्छेद", "वर्ष", "साल", "सन", "नंबर", "नम्बर", "कक्षा", "संख्या",
                         "खंड", "अध्याय", "पृष्ठ", "क्रमांक", "टी", "जी", "ग्रुप", "समूह"))
      return true;
    // पाकिस्तान के सेनाध्यक्ष | 2014 में: a year before a postposition is a
    // time phrase of its own (not after वर्ष, सन …, which label it).
    if ((U(a) == Upos::kNOUN || U(a) == Upos::kPROPN) && U(b) == Upos::kNUM && b + 1 < n_ &&
        U(b + 1) == Upos::kADP && IsYear(b) &&
        !OneOf(key_[a], "वर्ष", "साल", "सन", "ईस्वी", "जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई",
                         "अगस्त", "सितंबर", "सितम्बर", "अक्टूबर", "अक्तूबर", "नवंबर", "नवम्बर", "दिसंबर",
                         "दिसम्बर"))
      return true;
    return false;
  }

  // A year written in four digits, 1900-2099 (ASCII or Devanagari).
  bool IsYear(int k) const {
    std::string_view t = Text(k);
    int digits = 0, century = 0;  // century: the first two digits
    for (size_t i = 0; i < t.size(); ++digits) {
      int d;
      if (t[i] >= '0' && t[i] <= '9') {
        d = t[i] - '0';
        i += 1;
      } else if (t.compare(i, 2, "\xe0\xa5") == 0 && i + 2 < t.size() &&
                 static_cast<unsigned char>(t[i + 2]) >= 0xa6 && static_cast<unsigned char>(t[i + 2]) <= 0xaf) {
        d = static_cast<unsigned char>(t[i + 2]) - 0xa6;  // ० … ९
        i += 3;
      } else {
        return false;
      }
      if (digits < 2) century = century * 10 + d;
    }
    return digits == 4 && (century == 19 || century == 20);
  }

  bool IsPlaceName(int k) const { return t_[k].feats.find("NameType=Geo") != std::string::npos; }
  // The predicate that starts right after phrase q, past up to `more`
  // further phrases (no punctuation between); -1 if none.
  int PredicateAfter(int q, int more) const {
    for (int steps = 0; steps <= more; ++steps) {
      const int after = phinfo_[q].end;
      if (after >= n_ || IsPunct(after)) return -1;
      if (pred_of_[after] >= 0) return pred_of_[after];
      if (phrase_of_[after] < 0) return -1;
      q = phrase_of_[after];
    }
    return -1;
  }
  bool HasPlaceName(const Phrase& p) const {
    for (int t = p.first; t < p.last; ++t)
      if (IsPlaceName(t)) return true;
    return false;
  }

  // A noun a state's name before it owns as one name: its government,
  // forces, officials, people, ministries, or what it holds.
  bool IsStateCompound(int k) const {
    return OneOf(key_[k], "सरकार", "सरकारों", "सेना", "सेनाओं", "सैनिक", "फौज", "फ़ौज", "पुलिस", "अधिकृत",
                 "प्रशासित", "नियंत्रित", "समर्थित", "प्रायोजित", "नेता", "दूतावास", "उच्चायोग", "मंत्रालय",
                 "विदेश", "रक्षा", "गृह", "प्रधानमंत्री", "राष्ट्रपति", "टीम", "वायुसेना", "नौसेना", "थलसेना",
                 "संसद", "हुकूमत", "शासन", "प्रशासन", "सुरक्षाबल", "सुरक्षाबलों", "जनता", "लोग", "नागरिक",
                 // (a place's parts: जम्मू शहर, बलूचिस्तान प्रांत, कश्मीर घाटी)
                 "शहर", "प्रांत", "राज्य", "जिले", "जिला", "ज़िले", "ज़िला", "इलाके", "इलाक़े", "इलाका", "क्षेत्र",
                 "प्रदेश", "घाटी", "द्वीप", "बंदरगाह", "राजधानी", "स्थित", "कस्बे", "क़स्बे", "गांव", "गाँव");
  }
  // Members of a body, which a name before them owns (भाजपा नेताओं; keys,
  // without nukta).
  bool IsMemberNoun(int k) const {
    return OneOf(key_[k], "नेताओं", "कार्यकर्ताओं", "सदस्यों", "समर्थकों", "सांसदों", "विधायकों", "मंत्रियों",
                 "अधिकारियों", "जवानों", "सैनिकों", "लडाकों", "आतंकियों", "आतंकवादियों", "उग्रवादियों",
                 "प्रवक्ताओं", "पदाधिकारियों", "कर्मचारियों", "छात्रों", "वकीलों", "पार्षदों");
  }

  // The first word of a two-word place name: दक्षिण (कोरिया), सऊदी (अरब).
  bool IsCompassWord(int k) const {
    return OneOf(key_[k], "दक्षिण", "उत्तर", "पूर्व", "पश्चिम", "पूर्वी", "पश्चिमी", "उत्तरी", "दक्षिणी", "सऊदी",
                 "संयुक्त", "न्यू", "श्री");
  }

  // "इस बीच", "उसी दौरान" (meanwhile), ending at token k.
  bool IsMeanwhile(int k) const {
    return k > 0 && OneOf(key_[k], "बीच", "दौरान") && OneOf(key_[k - 1], "इस", "उस", "इसी", "उसी");
  }

  // Does token a open the sentence or follow punctuation, past at most
  // `lead` proper nouns or adjectives before it ("नई" of "नई दिल्ली")?
  bool Opens(int a, int lead = 0) const {
    for (int k = a; k >= a - lead; --k) {
      if (k == 0 || IsPunct(k - 1)) return true;
      if (U(k - 1) != Upos::kPROPN && U(k - 1) != Upos::kADJ) return false;
    }
    return false;
  }

  // Does a place name at a (of up to two words) open a clause: the
  // sentence, or after punctuation or a clause-joining conjunction?
  bool OpensClause(int a) const {
    int k = a;
    while (k > 0 && k > a - 2 && (U(k - 1) == Upos::kPROPN || U(k - 1) == Upos::kADJ || IsCompassWord(k - 1))) --k;
    if (Opens(a, 2) || (k > 0 && OneOf(key_[k - 1], "लेकिन", "मगर", "जबकि", "परंतु", "किंतु", "बल्कि", "वहीं")))
      return true;
    // (A two-word name whose first word the tagger took for a noun: "उत्तर
    // कोरिया | अमरीका के साथ …".)
    if (k < a && IsCompassWord(k) && (k == 0 || IsPunct(k - 1))) return true;
    // (Also after a relative's phrase: "जिसके लिए सियोल | उत्तर कोरिया को …".)
    return k > 1 && U(k - 1) == Upos::kADP && (F(k - 2).relative || (k > 2 && F(k - 3).relative));
  }

  void MarkTransparent() {
    transparent_.assign(n_, false);
    for (int i = 0; i < n_; ++i) {
      if (!IsQuoteOpen(t_[i].text)) {
        if (Text(i) == "." && !t_[i].space_after && i > 0 && !t_[i - 1].space_after &&
            i + 1 < n_ && t_[i + 1].kind != TokenKind::kPunct)
          transparent_[i] = true;
        continue;
      }
      std::string_view closer = CloserOf(t_[i].text);
      int j = i + 1;
      while (j < n_ && j < i + 8 && t_[j].text != closer) ++j;
      if (j >= n_ || t_[j].text != closer) continue;
      bool verb = false;
      for (int k = i + 1; k < j; ++k) verb |= pred_of_[k] >= 0 || IsPunct(k);
      if (verb) continue;
      transparent_[i] = transparent_[j] = true;
      i = j;
    }
  }

  void BuildPhrases() {
    MarkTransparent();
    int i = 0;
    while (i < n_) {
      if (pred_of_[i] >= 0 || used_[i] || !IsNominal(i)) {
        ++i;
        continue;
      }
      int start = i;
      int j = i + 1;
      bool direct_pronoun = OneOf(key_[i], "वह", "यह", "वे", "ये");
      if (F(i).fused_case.empty()) {
        while (j < n_ && pred_of_[j] < 0 && !used_[j]) {
          // ये कदम | ईरान के: a phrase opened by a determiner ends before a name.
          if (U(j) == Upos::kPROPN && U(j - 1) == Upos::kNOUN && IsDeterminerWord(key_[start]) &&
              F(start).fused_case.empty())
            break;
          // चीन, ब्रिटेन आदि देशों: आदि closes the list and marks it.
          if (IsEtcWord(key_[j]) && j + 1 < n_ && IsNominal(j + 1)) break;
          if (IsNominal(j) && !SplitBetween(j - 1, j)) {
            ++j;
            continue;
          }
          // कम से कम छह, 6,000 से ज्यादा कर्मचारी: comparison inside a phrase.
          if (key_[j] == "से" && j + 2 < n_ &&
              ((key_[j - 1] == "कम" && key_[j + 1] == "कम") ||
               (U(j - 1) == Upos::kNUM && OneOf(key_[j + 1], "ज्यादा", "अधिक", "कम", "ऊपर"))) &&
              pred_of_[j + 2] < 0 && IsNominal(j + 2)) {
            j += 2;
            continue;
          }
          // कुछ ही ब्लॉक: an emphatic particle inside a phrase.
          if ((key_[j] == "ही" || (key_[j] == "भी" && IsDeterminerWord(key_[j - 1]))) &&
              j + 1 < n_ && pred_of_[j + 1] < 0 && IsNominal(j + 1) &&
              (U(j - 1) == Upos::kDET || U(j - 1) == Upos::kNUM || U(j - 1) == Upos::kADJ ||
               IsDeterminerWord(key_[j - 1]))) {
            ++j;
            continue;
          }
          // Scare quotes and abbreviation dots inside a phrase (एक "उल्लेखनीय"
          // महिला, जी.डी.पी.).
          if (transparent_[j] && j + 1 < n_ && pred_of_[j + 1] < 0 &&
              (IsNominal(j + 1) || transparent_[j + 1])) {
            ++j;
            continue;
          }
          // परिवार वालों को, गांव वाले ने: वाला after a noun makes one noun
          // (the family's people) that the case marker after it marks. वाले
          // before a noun stays a marker (कब्ज़े वाले इलाक़े).
          if (IsWala(key_[j]) && IsNounLike(j - 1) && U(j - 1) != Upos::kNUM &&
              (j + 1 == n_ || pred_of_[j + 1] >= 0 || IsPunct(j + 1) ||
               (Postposition(j + 1).length > 0 && !IsWala(key_[j + 1])))) {
            ++j;
            continue;
          }
          // A hyphen inside a name (रूस-यूक्रेन written with spaces lost).
          if (Text(j) == "-" && !t_[j - 1].space_after && !t_[j].space_after &&
              j + 1 < n_ && pred_of_[j + 1] < 0 && IsNominal(j + 1)) {
            j += 2;
            continue;
          }
          break;
        }
      }
      while (j > start + 1 && transparent_[j - 1]) --j;
      // वह हादसे में: a direct-case demonstrative before a postposition
      // phrase is a pronoun of its own (the determiner would be उस); so
      // before a genitive: "वे आज़ादी के इस ऐलान को …" (of it: उन).
      if (direct_pronoun && j > start + 1 && j < n_ && Postposition(j).length > 0)
        j = start + 1;
      Phrase ph;
      ph.first = start;
      ph.last = j;
      ph.head = j - 1;
      for (int k = j - 1; k >= start; --k) {
        if (U(k) == Upos::kNOUN || U(k) == Upos::kPROPN || U(k) == Upos::kPRON ||
            t_[k].kind == TokenKind::kLatin) {
          ph.head = k;
          break;
        }
      }
      PhraseInfo info;
      // The fused pronoun may follow a determiner: "इन सबके बावजूद".
      const int ft = j == start + 2 && U(start) == Upos::kDET ? start + 1 : start;
      std::string_view fused = F(ft).fused_case;
      int end = j;
      if (!fused.empty() && j == ft + 1) {
        ph.postposition = std::string(fused);
        ph.marker = ph.postposition;
        // The genitive ending of a fused genitive pronoun (उसके: के).
        const std::string_view gen_end = fused != "का"              ? std::string_view()
                                          : EndsWith(key_[ft], "के") ? std::string_view("के")
                                          : EndsWith(key_[ft], "की") ? std::string_view("की")
                                                                     : std::string_view("का");
        // "इससे पहले", "उसके बाद": a time adverbial, not an addressee or owner.
        if (j < n_ && pred_of_[j] < 0 &&
            ((fused == "से" && OneOf(key_[j], "पहले", "पूर्व")) ||
             (gen_end == "के" && OneOf(key_[j], "बाद", "पहले", "पूर्व", "दौरान")))) {
          ph.postposition += " " + t_[j].text;
          ph.marker = ph.postposition;
          ph.postposition_first = j;
          ph.postposition_last = j + 1;
          used_[j] = true;
          end = j + 1;
        } else if (j < n_ && pred_of_[j] < 0 && (gen_end == "के" || gen_end == "की") &&
                   ((!StartsWith(key_[ft], "इस") && !StartsWith(key_[ft], "इन")) || key_[j] == "बावजूद")) {
          // "उनके खिलाफ", "उसके साथ", "उसकी ओर से": the genitive of a fused
          // pronoun opens a compound postposition, which marks the phrase.
          // (Not इसके, इनके: "इसके विरोध में" is against an act, not an
          // actor; but "इसके बावजूद", despite it, is an adjunct like any.)
          std::vector<std::string_view> keys{gen_end, key_[j]};
          if (j + 1 < n_) keys.push_back(key_[j + 1]);
          const PostpositionMatch m = MatchPostpositionKeys(keys, 0);
          if (m.length >= 2 && !IsGenitive(m.name)) {
            ph.postposition = std::string(gen_end);
            for (int k = j; k < j + m.length - 1; ++k) ph.postposition += " " + t_[k].text;
            ph.marker = m.name;
            ph.postposition_first = j;
            ph.postposition_last = j + m.length - 1;
            for (int k = j; k < j + m.length - 1; ++k) used_[k] = true;
            end = j + m.length - 1;
          }
        }
      }
      // Emphatic particles between the noun and its postposition (भी, ही).
      int pp_at = j;
      while (pp_at < n_ && transparent_[pp_at]) ++pp_at;
      // An abbreviation in brackets between the name and its postposition
      // belongs to the phrase: "… पर अमेरिकी आयोग (यूएससीआइआरएफ) की
      // रिपोर्ट", "नेपाली कांग्रेस (एनसी) के नेता".
      if (pp_at + 2 < n_ && Text(pp_at) == "(" && pred_of_[pp_at] < 0) {
        int close = pp_at + 1;
        while (close < n_ && close <= pp_at + 4 && Text(close) != ")" && IsNominal(close)) ++close;
        if (close < n_ && close > pp_at + 1 && Text(close) == ")" && close + 1 < n_ && pred_of_[close + 1] < 0 &&
            Postposition(close + 1).length > 0) {
          for (int k = pp_at; k <= close; ++k) used_[k] = true;
          pp_at = close + 1;
        }
      }
      if (pp_at < n_ && OneOf(key_[pp_at], "भी", "ही") && pp_at + 1 < n_ &&
          Postposition(pp_at + 1).length > 0)
        ++pp_at;
      if (ph.marker.empty() && pp_at < n_ && pred_of_[pp_at] < 0) {
        PostpositionMatch m = Postposition(pp_at);
        // के अतिरिक्त नियंत्रण, के पहले सौ वर्षों: an adjective, not a postposition.
        if (m.length == 2 && OneOf(key_[pp_at + 1], "अतिरिक्त", "पहले") &&
            pp_at + 2 < n_ && (U(pp_at + 2) == Upos::kNUM || U(pp_at + 2) == Upos::kNOUN))
          m = Postposition(pp_at), m.name = t_[pp_at].text, m.length = 1;
        if (m.length > 0) {
          ph.postposition = m.name;
          ph.marker = m.name;
          ph.postposition_first = pp_at;
          ph.postposition_last = pp_at + m.length;
          end = pp_at + m.length;
          if (!IsGenitive(m.name) && end + 1 < n_ && IsGenitive(key_[end]) &&
              pred_of_[end] < 0 && IsNominal(end + 1)) {
            ph.postposition += " " + t_[end].text;
            ph.marker = key_[end];
            ++end;
            ph.postposition_last = end;
          }
          for (int k = pp_at; k < end; ++k) used_[k] = true;
        }
      }
      info.end = end;
      info.paren = start > 0 && Text(start - 1) == "(" && end < n_ && Text(end) == ")";
      // Examples after जैसेकि / जैसे कि (nouns such as A, B) modify a noun.
      for (int b = start - 1; b >= 0 && b >= start - 12; --b) {
        if (IsPunct(b) && !(Text(b) == "," || transparent_[b])) break;
        if (pred_of_[b] >= 0) break;
        if (key_[b] == "जैसेकि" || (key_[b] == "कि" && b > 0 && key_[b - 1] == "जैसे")) {
          info.paren = true;
          break;
        }
      }
      // "जम्मू (एजेंसी) : पाकिस्तानी गोलाबारी में …": a dateline closed by a
      // colon near the start stands outside the sentence's clauses.
      if (!info.paren && end <= kDatelineTokens) {
        for (int k = end; k < n_ && k <= kDatelineTokens; ++k) {
          if (Text(k) == ":" || Text(k) == "॥") {
            info.paren = true;
            break;
          }
          if (pred_of_[k] >= 0 || (IsPunct(k) && Text(k) != "(" && Text(k) != ")" && Text(k) != ","))
            break;
        }
      }
      int index = static_cast<int>(out_.phrases.size());
      for (int k = start; k < j; ++k) phrase_of_[k] = index;
      for (int k = j; k < end; ++k) phrase_of_[k] = index;
      out_.phrases.push_back(std::move(ph));
      phinfo_.push_back(info);
      i = end;
    }
    MarkAppositions();
  }

  // "दो इराक़ी चरमपंथियों, साजिदा अल-रिशावी और ज़ियाद अल-करबूली, को फांसी
  // दी": names set off by commas between a noun and its postposition are an
  // apposition. The noun takes the postposition; the names stand aside, like
  // a bracket, and take no role of their own.
  void MarkAppositions() {
    std::vector<Phrase>& ph = out_.phrases;
    constexpr int kMaxTokens = 16;
    for (size_t k = 0; k + 1 < ph.size(); ++k) {
      const int open = phinfo_[k].end;
      if (!ph[k].marker.empty() || open >= n_ || Text(open) != "," || phinfo_[k].paren) continue;
      size_t q = k + 1;
      int t = open + 1;
      bool names = false;
      while (t < n_ && t <= open + kMaxTokens) {
        if (q < ph.size() && ph[q].first == t && ph[q].marker.empty()) {
          names = names || U(ph[q].head) == Upos::kPROPN;
          t = phinfo_[q].end;
          ++q;
        } else if (pred_of_[t] < 0 && phrase_of_[t] < 0 && (F(t).phrase_conj || Text(t) == "-")) {
          ++t;
        } else {
          break;
        }
      }
      if (!names || q == k + 1 || t + 1 >= n_ || Text(t) != "," || pred_of_[t + 1] >= 0 || used_[t + 1]) continue;
      const PostpositionMatch m = Postposition(t + 1);
      if (m.length == 0 || IsGenitive(m.name)) continue;
      ph[k].postposition = m.name;
      ph[k].marker = m.name;
      ph[k].postposition_first = t + 1;
      ph[k].postposition_last = t + 1 + m.length;
      for (int u = t + 1; u < t + 1 + m.length; ++u) {
        used_[u] = true;
        phrase_of_[u] = static_cast<int>(k);
      }
      for (size_t a = k + 1; a < q; ++a) phinfo_[a].paren = true;
      k = q - 1;
    }
  }

  // Two phrases built alike: the same head word or the same first word
  // (विदेश मंत्री वांग यी / विदेश मंत्री एस जयशंकर), or both headed by a
  // name (प्रधानमंत्री आबी अहमद / राष्ट्रपति इसायास अफ़ेवर्की).
  // (Also office holders in the plural and another office or name:
  // "यूरोपीय संघ के नेताओं और तुर्की के प्रधानमंत्री अहमत दावुतोग्लू ने" are
  // the leaders and the prime minister, not the prime minister of both. Two
  // titles in the singular before one name may be one person's: "संसद के
  // अध्यक्ष और देश के अंतरिम राष्ट्राध्यक्ष मगारियाफ़".)
  bool Parallel(const Phrase& a, const Phrase& b) const {
    return key_[a.head] == key_[b.head] || key_[a.first] == key_[b.first] ||
           (U(a.head) == Upos::kPROPN && U(b.head) == Upos::kPROPN) ||
           (IsOfficeHolders(key_[a.head]) && U(b.head) == Upos::kPROPN);
  }
  static bool IsOfficeHolders(std::string_view k) {
    return OneOf(k, "नेताओं", "मंत्रियों", "प्रमुखों", "अधिकारियों", "प्रतिनिधियों", "राजदूतों", "प्रवक्ताओं",
                 "सदस्यों", "राष्ट्राध्यक्षों", "शासनाध्यक्षों");
  }

  void LinkPhrases() {
    std::vector<Phrase>& ph = out_.phrases;
    int next_group = 0;
    // Coordination, right to left so that comma lists see the chain after them.
    for (int k = static_cast<int>(ph.size()) - 2; k >= 0; --k) {
      Phrase& p = ph[k];
      int gap = phinfo_[k].end;
      if (ph[k + 1].first != gap + 1) continue;
      int qi = k + 1;
      // A और उसके B: the conjunct is B, not the possessive pronoun. So too
      // when A has a genitive of its own and the phrase after B's genitive
      // parallels A ("चीन के मंत्री और भारत के मंत्री के बीच": two
      // ministers, not the minister of both states).
      if (IsGenitive(ph[qi].marker) && qi + 1 < static_cast<int>(ph.size()) &&
          ph[qi + 1].first == phinfo_[qi].end &&
          (ph[qi].postposition_first < 0 || (k > 0 && IsGenitive(ph[k - 1].marker) &&
                                             phinfo_[k - 1].end == p.first &&
                                             Parallel(p, ph[qi + 1]))))
        qi = qi + 1;
      Phrase& q = ph[qi];
      bool same = p.marker.empty() || p.marker == q.marker;
      if (!same || (IsGenitive(p.marker) && !IsGenitive(q.marker))) continue;
      if (!p.postposition.empty() && p.postposition_first < 0 && p.marker != q.marker) continue;
      bool conj = F(gap).phrase_conj;
      bool comma = Text(gap) == "," && (q.coordination >= 0 || IsEtcWord(q.marker)) &&
                   (p.marker.empty() || q.marker == p.marker);
      if (!conj && !comma) continue;
      if (conj && pred_of_[gap] >= 0) continue;
      if (q.coordination < 0) q.coordination = next_group++;
      p.coordination = q.coordination;
      if (p.marker.empty()) p.marker = q.marker;
    }
    // A और B दोनों को: a summing quantifier right after a coordination gives
    // every conjunct its marker and joins the group.
    for (size_t k = 0; k + 1 < ph.size(); ++k) {
      Phrase& q = ph[k + 1];
      if (ph[k].coordination < 0 || !ph[k].marker.empty() || q.first != phinfo_[k].end ||
          q.first != q.head || q.coordination >= 0 || q.marker.empty() ||
          !OneOf(key_[q.head], "दोनों", "दोनो", "तीनों", "चारों"))
        continue;
      for (Phrase& c : ph)
        if (c.coordination == ph[k].coordination) c.marker = q.marker;
      q.coordination = ph[k].coordination;
    }
    // Genitives: the phrase (or conjunct noun) right after.
    for (size_t k = 0; k < ph.size(); ++k) {
      if (!IsModifierMarker(ph[k].marker) &&
          !(ph[k].marker == "में से" && phinfo_[k].end < n_ && IsNominal(phinfo_[k].end)))
        continue;
      int nx = phinfo_[k].end;
      if (nx < n_ && OneOf(key_[nx], "भी", "ही")) ++nx;
      // (Past a manner adverb: "दो पुलिसकर्मियों की पीट-पीटकर हत्या".)
      while (nx + 1 < n_ && (U(nx) == Upos::kADV || (key_[nx] == "-" && nx > 0 && U(nx - 1) == Upos::kADV)) &&
             phrase_of_[nx] < 0 && pred_of_[nx] < 0)
        ++nx;
      // (Past "about" before a number: "दोनों देशों के करीब 250 सैनिकों के
      // बीच" are the two states' soldiers.)
      if (nx + 1 < n_ && syntax_internal::IsApproximator(key_[nx]) && phrase_of_[nx] < 0 && pred_of_[nx] < 0)
        ++nx;
      // (Past a manner phrase in तौर पर, रूप से: "अमरीका, ब्रिटेन और फ़्रांस का
      // ख़ास तौर पर शुक्रिया अदा किया".)
      for (int guard = 0; guard < 2 && nx < n_ && phrase_of_[nx] >= 0 && phrase_of_[nx] != static_cast<int>(k);
           ++guard) {
        const Phrase& q = ph[phrase_of_[nx]];
        if (!OneOf(key_[q.head], "तौर", "रूप") || !OneOf(q.marker, "पर", "से") || q.head - q.first > 1 ||
            (q.head > q.first && U(q.first) != Upos::kADJ))
          break;
        nx = phinfo_[phrase_of_[nx]].end;
      }
      // (Past "बिना X की/के", without X: "अफ़ग़ान पुलिस की बिना उकसावे की
      // गोलीबारी" is the police's firing.)
      if (nx + 1 < n_ && key_[nx] == "बिना" && phrase_of_[nx + 1] >= 0 &&
          IsGenitive(ph[phrase_of_[nx + 1]].marker))
        nx = phinfo_[phrase_of_[nx + 1]].end;
      if (nx >= n_) continue;
      // "तीन सैनिकों की एक आत्मघाती हमले में मौत हो गई": की agrees with a
      // feminine head, so it passes over a masculine phrase with its own
      // postposition to the feminine noun right after it.
      // (Also over two such phrases, the second a place or means, to a
      // noun that names an act: "ट्रंप की [सीसी से] [फ़ोन पर] बातचीत", when
      // the first is a name.)
      if (key_[phinfo_[k].end - 1] == "की" && phrase_of_[nx] >= 0 && phrase_of_[nx] != static_cast<int>(k)) {
        int q = phrase_of_[nx];
        int after = phinfo_[q].end;
        if (after < n_ && phrase_of_[after] >= 0 && phrase_of_[after] != q && U(ph[q].head) == Upos::kPROPN &&
            ph[q].marker == "से" && (ph[phrase_of_[after]].marker == "पर" || ph[phrase_of_[after]].marker == "में") &&
            phinfo_[phrase_of_[after]].end < n_) {
          q = phrase_of_[after];
          after = phinfo_[q].end;
        }
        const bool masc = Feat(t_[ph[q].head].feats, "Gender") == "Masc" ||
                          (U(ph[q].head) == Upos::kPROPN && Feat(t_[ph[q].head].feats, "Gender") != "Fem");
        if (!ph[q].marker.empty() && !IsModifierMarker(ph[q].marker) && masc &&
            after < n_ && U(after) == Upos::kNOUN && Feat(t_[after].feats, "Gender") == "Fem") {
          if (pred_of_[after] >= 0 && out_.predicates[pred_of_[after]].noun == after) {
            phinfo_[k].gen_object_of = pred_of_[after];
            continue;
          }
          if (phrase_of_[after] >= 0 && ph[phrase_of_[after]].head == after) {
            ph[k].genitive_of = phrase_of_[after];
            continue;
          }
        }
      }
      if (pred_of_[nx] >= 0) {
        const Predicate& p = out_.predicates[pred_of_[nx]];
        if (p.noun >= 0 && nx <= p.noun) phinfo_[k].gen_object_of = pred_of_[nx];
        // X का कहना है (X says): the genitive is the speaker.
        // (So is a genitive right before an oblique infinitive: "सऊदी
        // सैनिकों के आने को क़ब्ज़ा बताया", "चीनी सैनिकों के घुसने की निंदा".)
        if (p.noun < 0 && nx == p.head && U(nx) == Upos::kVERB &&
            ((EndsWith(key_[nx], "ना") && key_[nx] == lkey_[nx]) || (p.verb_form == "Inf" && ph[k].marker == "के")))
          phinfo_[k].genitive_subject_of = pred_of_[nx];
        continue;
      }
      // "… परीक्षण किया, जिसकी दक्षिण कोरिया और जापान ने निंदा की": a
      // relative genitive before a name is the genitive object of the
      // conjunct noun that follows, not the name's owner.
      if (ph[k].last - ph[k].first == 1 && phrase_of_[nx] >= 0 &&
          OneOf(key_[ph[k].first], "जिसकी", "जिसके", "जिसका", "जिनकी", "जिनके", "जिनका") &&
          (U(ph[phrase_of_[nx]].head) == Upos::kPROPN || ph[phrase_of_[nx]].marker == "ने")) {
        int g = -1;
        for (int t = nx; t < n_ && !IsPunct(t) && g < 0; ++t)
          if (pred_of_[t] >= 0) g = out_.predicates[pred_of_[t]].noun >= 0 ? pred_of_[t] : -2;
        if (g >= 0) {
          phinfo_[k].gen_object_of = g;
          continue;
        }
      }
      // "… आर्थिक गलियारे का भी रूस समर्थन करता है": a genitive before an
      // unmarked place name that the conjunct noun follows right away is
      // that noun's object (the place its subject), not the place's owner.
      if (phrase_of_[nx] >= 0 && phrase_of_[nx] != static_cast<int>(k)) {
        const Phrase& q = ph[phrase_of_[nx]];
        const int after = phinfo_[phrase_of_[nx]].end;
        if (q.marker.empty() && q.first == q.head && IsPlaceName(q.head) && after < n_ && pred_of_[after] >= 0 &&
            out_.predicates[pred_of_[after]].noun == after) {
          phinfo_[k].gen_object_of = pred_of_[after];
          continue;
        }
      }
      // "ईरान सरकार की कार्रवाई की अब तक के सबसे कड़े शब्दों में निंदा की":
      // a genitive before a phrase of time or degree (अब तक के, आज तक के)
      // owns nothing there; it is the object of the conjunct noun after.
      // (Likewise before a phrase of manner in से: "… मोदी का गर्मजोशी से
      // स्वागत किया".)
      if (phrase_of_[nx] >= 0 && phrase_of_[nx] != static_cast<int>(k) && IsTimeOrMannerPhrase(ph[phrase_of_[nx]])) {
        int g = -1;
        for (int t = nx; t < n_ && t < nx + 10 && !IsPunct(t) && g == -1; ++t)
          if (pred_of_[t] >= 0) g = out_.predicates[pred_of_[t]].noun == t ? pred_of_[t] : -2;
        if (g >= 0) {
          phinfo_[k].gen_object_of = g;
          continue;
        }
      }
      // "अमेरिकी युद्धपोत के दक्षिण चीन सागर में प्रवेश पर आपत्ति": a
      // genitive that is no place, before a place name in में and a noun of
      // entering or stationing right after it, owns that noun, not the
      // place. ("पाकिस्तान के बलूचिस्तान में" owns its province; "X के
      // मामलों में हस्तक्षेप" is meddling in X's affairs.)
      if (phrase_of_[nx] >= 0 && phrase_of_[nx] != static_cast<int>(k) && ph[phrase_of_[nx]].marker == "में" &&
          !IsPlaceName(ph[k].head) && HasPlaceName(ph[phrase_of_[nx]])) {
        const int after = phinfo_[phrase_of_[nx]].end;
        if (after < n_ && phrase_of_[after] >= 0 && ph[phrase_of_[after]].first == after &&
            OneOf(key_[ph[phrase_of_[after]].head], "प्रवेश", "घुसपैठ", "तैनाती", "मौजूदगी", "उपस्थिति",
                  "गतिविधियों", "गतिविधि", "घुसने")) {
          ph[k].genitive_of = phrase_of_[after];
          continue;
        }
      }
      // "सेना का सत्ता अपने हाथ में लेना … सही जवाब नहीं है": a direct का
      // before a bare feminine noun cannot own it; a simple infinitive in -ना after it,
      // within four phrases and before any finite verb, has it as subject.
      if (phrase_of_[nx] >= 0 && phrase_of_[nx] != static_cast<int>(k) && key_[phinfo_[k].end - 1] == "का" &&
          ph[k].marker == "का" && !IsPlaceName(ph[k].head) &&
          ((U(ph[phrase_of_[nx]].head) == Upos::kNOUN && Feat(t_[ph[phrase_of_[nx]].head].feats, "Gender") == "Fem" &&
            ph[phrase_of_[nx]].marker.empty()) ||
           // (Nor an oblique phrase with its own postposition: "सरकार का
           // किसानों से मिलना".)
           (!ph[phrase_of_[nx]].marker.empty() && !IsModifierMarker(ph[phrase_of_[nx]].marker) &&
            ph[phrase_of_[nx]].marker != "ने"))) {
        const int found = PredicateAfter(phrase_of_[nx], 3);
        if (found >= 0) {
          const Predicate& p = out_.predicates[found];
          if (p.verb_form == "Inf" && p.noun < 0 && EndsWith(key_[p.head], "ना")) {
            phinfo_[k].genitive_subject_of = found;
            continue;
          }
        }
      }
      // "अमरीकी सैनिकों के इराक में बने रहने को अवैध बताया": a genitive in
      // के that is no place or pronoun, before one phrase in में or पर and
      // an oblique infinitive right after it, is that infinitive's subject,
      // not the owner of the place.
      if (phrase_of_[nx] >= 0 && phrase_of_[nx] != static_cast<int>(k) && ph[k].marker == "के" &&
          OneOf(ph[phrase_of_[nx]].marker, "में", "पर") && !IsPlaceName(ph[k].head) && U(ph[k].head) != Upos::kPRON) {
        const int found = PredicateAfter(phrase_of_[nx], 0);
        if (found >= 0) {
          const Predicate& p = out_.predicates[found];
          if (p.noun < 0 && p.verb_form == "Inf" && !p.tokens.empty() && p.tokens.front() == phinfo_[phrase_of_[nx]].end &&
              !EndsWith(key_[p.head], "ना")) {
            phinfo_[k].genitive_subject_of = found;
            continue;
          }
        }
      }
      if (phrase_of_[nx] >= 0 && phrase_of_[nx] != static_cast<int>(k)) {
        ph[k].genitive_of = phrase_of_[nx];
      }
    }
    // "दोनों सेनाओं के मेजर जनरल स्तर के अधिकारियों": a level (X स्तर का,
    // X स्तरीय) ranks the noun it qualifies; the genitive before it owns
    // that noun, not the level.
    for (size_t k = 0; k < ph.size(); ++k) {
      const int lv = ph[k].genitive_of;
      if (lv < 0 || !IsGenitive(ph[k].marker) || !IsGenitive(ph[lv].marker) || ph[lv].genitive_of < 0) continue;
      if (!OneOf(key_[ph[lv].head], "स्तर", "स्तरीय")) continue;
      ph[k].genitive_of = ph[lv].genitive_of;
    }
    // An earlier conjunct of a genitive shares its link (A और B के बीच).
    for (size_t k = 0; k + 1 < ph.size(); ++k) {
      if (ph[k].coordination < 0 || !IsGenitive(ph[k].marker)) continue;
      for (size_t m = k + 1; m < ph.size() && ph[m].coordination == ph[k].coordination; ++m) {
        if (ph[k].genitive_of < 0 && phinfo_[k].gen_object_of < 0) {
          ph[k].genitive_of = ph[m].genitive_of;
          phinfo_[k].gen_object_of = phinfo_[m].gen_object_of;
        }
      }
    }
  }

  int NewClause(ClauseType type, int first, int parent) {
    Clause c;
    c.type = type;
    c.first = first;
    c.last = first;
    c.parent = parent;
    out_.clauses.push_back(c);
    governor_.push_back(-1);
    return static_cast<int>(out_.clauses.size()) - 1;
  }

  int LastPredicateBefore(int i, int clause) const {
    int best = -1;
    for (size_t p = 0; p < out_.predicates.size(); ++p) {
      if (pinfo_[p].first < i && dom_[out_.predicates[p].head] == clause) best = static_cast<int>(p);
    }
    return best;
  }

  // भारत में जब लोग मरते हैं: phrases of the clause before its subordinator
  // (with no verb between) belong to the subordinate clause.
  void PullIn(int i, int top, int c) {
    int b = i - 1;
    while (b >= 0 && dom_[b] == top && pred_of_[b] < 0 && !IsPunct(b) && key_[b] != "कि" &&
           !F(b).clause_conj)
      --b;
    for (int x = b + 1; x < i; ++x) dom_[x] = c;
    if (b + 1 < i) out_.clauses[c].first = b + 1;
  }

  void BuildClauses() {
    NewClause(ClauseType::kMain, 0, -1);
    out_.clauses[0].last = n_;
    // Quotes that hold a verb are clauses; scare quotes (‘दोहरे मानकों’) are not.
    std::vector<int> close_of(n_, -1);
    for (int i = 0; i < n_; ++i) {
      if (!IsQuoteOpen(t_[i].text)) continue;
      std::string_view closer = CloserOf(t_[i].text);
      int j = i + 1;
      while (j < n_ && t_[j].text != closer) ++j;
      bool has_verb = false;
      for (int k = i + 1; k < j; ++k) has_verb |= pred_of_[k] >= 0;
      if (!has_verb) {
        if (j < n_ && (Text(i) == "\"" || Text(i) == "'")) i = j;  // skip a straight pair
        continue;
      }
      close_of[i] = j < n_ ? j : n_ - 1;
      i = j < n_ ? j : n_;
    }
    // "ममता बनर्जी बोलीं- केंद्र सरकार … भेदभाव कर रही है", "शाह ने कहा: …":
    // a dash or colon right after a verb of saying opens a quote that runs
    // to the end of the sentence.
    for (int i = 1; i + 1 < n_; ++i) {
      const std::string_view d = Text(i);
      if (close_of[i] >= 0 || (d != "-" && d != "–" && d != "—" && d != ":")) continue;
      if (pred_of_[i - 1] < 0 || !OneOf(lkey_[i - 1], "बोलना", "कहना")) continue;
      bool has_verb = false;
      for (int k = i + 1; k < n_; ++k) has_verb |= pred_of_[k] >= 0;
      if (!has_verb) continue;
      close_of[i] = IsPunct(n_ - 1) ? n_ - 1 : n_;
      break;
    }
    bool has_to = false;
    for (int i = 0; i < n_; ++i) has_to |= key_[i] == "तो";
    std::vector<int> stack{0};
    std::vector<int> quote_end;  // close token of each open quote clause on the stack
    for (int i = 0; i < n_; ++i) {
      int top = stack.back();
      std::string_view k = key_[i];
      if (close_of[i] >= 0) {
        int c = NewClause(ClauseType::kQuote, i, top);
        stack.push_back(c);
        quote_end.push_back(close_of[i]);
        dom_[i] = c;
        continue;
      }
      if (!quote_end.empty() && i == quote_end.back()) {
        dom_[i] = top;
        while (stack.size() > 1 && out_.clauses[stack.back()].type != ClauseType::kQuote)
          stack.pop_back();
        if (stack.size() > 1) stack.pop_back();
        quote_end.pop_back();
        continue;
      }
      if (k == "कि" && pred_of_[i] < 0 && !(i > 0 && key_[i - 1] == "जैसे")) {
        dom_[i] = top;
        int c = NewClause(ClauseType::kComplement, i + 1, top);
        governor_[c] = LastPredicateBefore(i, top);
        stack.push_back(c);
        continue;
      }
      if ((k == "अगर" || k == "यदि" || k == "अगरचे") && pred_of_[i] < 0) {
        int c = NewClause(ClauseType::kConditional, i, top);
        stack.push_back(c);
        dom_[i] = c;
        PullIn(i, top, c);
        continue;
      }
      if (k == "तो" && out_.clauses[top].type == ClauseType::kConditional) {
        stack.pop_back();
        dom_[i] = stack.back();
        continue;
      }
      if (OneOf(k, "क्योंकि", "ताकि", "जबकि", "हालांकि", "चूंकि", "यद्यपि", "जब", "जैसे",
                    "ज्योंही", "जबतक") &&
          pred_of_[i] < 0 && phrase_of_[i] < 0) {
        // "… तभी सार्थक होगी जब पाकिस्तान … करता है": only if, a condition.
        bool only_if = false;
        for (int b = 0; k == "जब" && b < i; ++b) only_if |= key_[b] == "तभी";
        int c = NewClause(only_if ? ClauseType::kConditional : ClauseType::kAdverbial, i, top);
        if (OneOf(k, "जब", "जैसे", "ज्योंही", "जबतक")) bounded_.push_back(c);
        stack.push_back(c);
        dom_[i] = c;
        if (k == "जब") PullIn(i, top, c);
        continue;
      }
      // जो बाइडन: a name after a title, not the relative pronoun.
      const bool name_jo = k == "जो" && i > 0 && i + 1 < n_ && U(i + 1) == Upos::kPROPN &&
                           OneOf(key_[i - 1], "राष्ट्रपति", "उपराष्ट्रपति", "सीनेटर", "गवर्नर",
                                               "अमेरिकी", "नेता", "प्रत्याशी", "उम्मीदवार");
      if (F(i).relative && pred_of_[i] < 0 && !name_jo &&
          (U(i) == Upos::kPRON || U(i) == Upos::kDET || !F(i).fused_case.empty() ||
           U(i) == Upos::kADV || U(i) == Upos::kSCONJ)) {
        int c = NewClause(ClauseType::kRelative, i, top);
        bounded_.push_back(c);
        stack.push_back(c);
        dom_[i] = c;
        // "पाकिस्तान ने जिस तरह भारत पर हमला किया, उससे …", "भारत ने जो
        // कदम उठाए, वे …": a relative clause before its correlative takes
        // the phrases before it; one after its head noun (उस व्यक्ति को
        // जिसने …) does not.
        // Two ने subjects, before and after the relative word, belong to
        // two clauses ("… की समीक्षा की जिसमें मोदी ने …" where की was not
        // read as a verb).
        bool headed = false, ne_before = false, ne_after = false;
        for (int b = i - 1; b >= 0 && dom_[b] == top && pred_of_[b] < 0 && !IsPunct(b); --b) {
          headed |= OneOf(key_[b], "उस", "उन", "वह", "वे", "इस", "इन", "यह", "ये", "ऐसे", "ऐसी",
                                    "ऐसा", "उसी", "उन्हीं", "इसी");
          ne_before |= key_[b] == "ने";
        }
        for (int a = i + 1; a < n_ && pred_of_[a] < 0 && !IsPunct(a); ++a) ne_after |= key_[a] == "ने";
        if (!headed && !(ne_before && ne_after)) PullIn(i, top, c);
        continue;
      }
      dom_[i] = top;
      // A relative (or जब) clause ends with its first finite verb group; a
      // conditional without तो likewise. (Not a participle: "जब भारत ने संसद
      // पर हुए हमले के लिए … ठहराया" goes on past हुए.)
      int p = pred_of_[i];
      if (p >= 0 && i == pinfo_[p].last - 1 && out_.predicates[p].verb_form != "Inf" &&
          out_.predicates[p].verb_form != "Conv" && out_.predicates[p].verb_form != "Part") {
        int c = stack.back();
        bool bounded = std::find(bounded_.begin(), bounded_.end(), c) != bounded_.end();
        bool cond = out_.clauses[c].type == ClauseType::kConditional && !has_to;
        if ((bounded || cond) && stack.size() > 1) stack.pop_back();
      }
    }
    SplitCoordinateClauses();
  }

  void SplitCoordinateClauses() {
    for (size_t c = 0; c < out_.clauses.size(); ++c) {
      std::vector<int> finite;
      for (size_t p = 0; p < out_.predicates.size(); ++p) {
        const Predicate& pr = out_.predicates[p];
        if (dom_[pr.head] == static_cast<int>(c) && pr.verb_form == "Fin")
          finite.push_back(static_cast<int>(p));
      }
      for (size_t x = 0; x + 1 < finite.size(); ++x) {
        int f1 = finite[x], f2 = finite[x + 1];
        int from = pinfo_[f1].marker_end > 0 ? pinfo_[f1].marker_end : pinfo_[f1].last;
        int to = pinfo_[f2].first;
        int b = -1;
        for (int k = from; k < to; ++k) {
          if (dom_[k] != static_cast<int>(c)) continue;
          if (OneOf(t_[k].text, ",", ";", ":", "–", "—") ||
              (F(k).clause_conj && phrase_of_[k] < 0 && pred_of_[k] < 0)) {
            b = k;
            break;
          }
        }
        if (b < 0) continue;
        int d = NewClause(ClauseType::kCoordinate, b + 1, static_cast<int>(c));
        for (int k = b + 1; k < n_; ++k) {
          if (dom_[k] == static_cast<int>(c)) dom_[k] = d;
        }
        // Clauses nested in the moved part now hang under d.
        for (size_t e = 0; e + 1 < out_.clauses.size(); ++e) {
          if (out_.clauses[e].parent == static_cast<int>(c) && out_.clauses[e].first > b &&
              static_cast<int>(e) != d)
            out_.clauses[e].parent = d;
        }
        if (EndsComplement(static_cast<int>(c), f1, f2, b)) out_.clauses[d].parent = out_.clauses[c].parent;
        break;  // d is split further when the loop reaches it
      }
    }
  }

  // "राष्ट्रपति ने कहा कि प्रतिबंध गैरकानूनी हैं और अमेरिका पर … आरोप
  // लगाया": a past perfective after और, with no ने subject of its own, that
  // follows a कि-clause whose verb is not one, is coordinated with the verb
  // of saying (also past, after a ने subject), not part of what was said.
  // ("कहा कि पुलिस ने लाठीचार्ज किया और लोगों को गिरफ्तार किया" stays in
  // the clause: its first verb is perfective too.)
  bool EndsComplement(int c, int f1, int f2, int conj) const {
    const std::vector<Predicate>& pr = out_.predicates;
    auto past_perfective = [&](int p) {
      return pr[p].verb_form == "Fin" && pr[p].voice != Voice::kPassive && pr[p].tense == "Past" &&
             (pr[p].aspect == "Perf" || pr[p].aspect.empty());
    };
    if (out_.clauses[c].type != ClauseType::kComplement || !past_perfective(f2) || past_perfective(f1) ||
        pr[f1].tense == "Past" || !OneOf(key_[conj], "और", "तथा", "एवं"))
      return false;
    for (int k = conj + 1; k < pinfo_[f2].first; ++k)
      if (key_[k] == "ने") return false;
    // The verb of saying: the last finite verb of the parent clause before
    // the कि-clause, past and perfective, after a ने subject.
    const int parent = out_.clauses[c].parent;
    int gov = -1;
    for (size_t q = 0; q < pr.size(); ++q)
      if (dom_[pr[q].head] == parent && pr[q].verb_form == "Fin" && pinfo_[q].last <= out_.clauses[c].first)
        gov = static_cast<int>(q);
    if (gov < 0 || !past_perfective(gov)) return false;
    for (int k = pinfo_[gov].first - 1; k >= 0 && dom_[k] == parent; --k)
      if (key_[k] == "ने") return true;
    return false;
  }

  // complement_of: an infinitive depends on the next predicate of its clause.
  void LinkComplements() {
    std::vector<Predicate>& pr = out_.predicates;
    for (int p = static_cast<int>(pr.size()) - 1; p >= 0; --p) {
      if (pr[p].verb_form != "Inf") continue;
      int c = dom_[pr[p].head];
      for (size_t q = p + 1; q < pr.size(); ++q) {
        if (dom_[pr[q].head] != c) continue;
        pr[p].complement_of = static_cast<int>(q);
        // भाग लेने तथा … काम करने की इच्छा: coordinated infinitives share
        // their governor.
        int gap = pinfo_[p].last;
        if (pr[p].marker.empty() && pr[q].verb_form == "Inf" && gap < n_ &&
            F(gap).phrase_conj && pr[q].complement_of >= 0)
          pr[p].complement_of = pr[q].complement_of;
        break;
      }
      // (Also past a conjunctive participle of the second: "… से संयम बरतने
      // और संविधान के दायरे में रहकर आगे बढ़ने की अपील की".)
      const int gap = pinfo_[p].last;
      if (pr[p].marker.empty() && gap < n_ && F(gap).phrase_conj) {
        for (size_t q = p + 1; q < pr.size(); ++q) {
          if (pr[q].verb_form == "Fin") break;
          if (pr[q].verb_form != "Inf") continue;
          if (!pr[q].marker.empty() && pr[q].complement_of >= 0) pr[p].complement_of = pr[q].complement_of;
          break;
        }
      }
    }
  }

  void Attach() {
    std::vector<Predicate>& pr = out_.predicates;
    std::vector<int> cand;  // the predicates a phrase may attach to (reused)
    for (size_t k = 0; k < out_.phrases.size(); ++k) {
      const Phrase& ph = out_.phrases[k];
      PhraseInfo& info = phinfo_[k];
      if (info.paren) continue;
      if (info.gen_object_of >= 0) {
        pr[info.gen_object_of].args.push_back({Role::kGenitiveObject, static_cast<int>(k)});
        info.attached = info.gen_object_of;
        continue;
      }
      if (info.genitive_subject_of >= 0) {
        pr[info.genitive_subject_of].args.push_back({Role::kSubject, static_cast<int>(k)});
        info.attached = info.genitive_subject_of;
        continue;
      }
      if (ph.genitive_of >= 0) continue;
      if (IsModifierMarker(ph.marker)) continue;  // a genitive with nothing after it
      // A bare phrase of modifiers only (बहुत, ज्यादा, एक, सबसे पहली) is an
      // adverb or a stranded modifier, not an argument; pronominal
      // quantifiers (कोई, कुछ, सभी) are.
      if (ph.marker.empty()) {
        bool nominal = false;
        for (int t = ph.first; t < ph.last; ++t) {
          nominal |= U(t) == Upos::kNOUN || U(t) == Upos::kPROPN || U(t) == Upos::kPRON ||
                     U(t) == Upos::kNUM || U(t) == Upos::kX || U(t) == Upos::kVERB ||
                     U(t) == Upos::kADP || t_[t].kind != TokenKind::kWord ||
                     OneOf(key_[t], "कोई", "कुछ", "सब", "सभी", "दोनों", "कई", "अनेक");
        }
        if (!nominal) continue;
      }
      int c = dom_[ph.head];
      cand.clear();
      for (size_t p = 0; p < pr.size(); ++p) {
        if (dom_[pr[p].head] == c) cand.push_back(static_cast<int>(p));
      }
      // लवरोव ने "… बल दिया।": a clause whose verb is inside a quote.
      if (cand.empty()) {
        for (size_t q = 0; q < out_.clauses.size() && cand.empty(); ++q) {
          if (out_.clauses[q].parent != c || out_.clauses[q].type != ClauseType::kQuote ||
              out_.clauses[q].first < ph.last)
            continue;
          for (size_t p = 0; p < pr.size(); ++p) {
            if (dom_[pr[p].head] == static_cast<int>(q)) cand.push_back(static_cast<int>(p));
          }
        }
      }
      if (cand.empty()) continue;
      int right = -1, left = -1;
      for (int p : cand) {
        if (pinfo_[p].first >= info.end) {
          if (right < 0) right = p;
        } else if (pinfo_[p].first < ph.first) {
          left = p;
        }
      }
      int target = right >= 0 ? right : left;
      auto next_finite = [&](int from) {
        for (int p : cand) {
          if (pinfo_[p].first > pinfo_[from].first && pr[p].verb_form == "Fin") return p;
        }
        return -1;
      };
      if (ph.marker == "ने") {
        for (int p : cand) {
          if (pinfo_[p].first >= info.end && pr[p].verb_form == "Fin") {
            target = p;
            break;
          }
        }
      } else if (ph.marker == "द्वारा" && right >= 0 && pr[right].verb_form == "Conv") {
        // "चरमपंथियों द्वारा पायलट को जलाकर मारे जाने के बाद": the agent of
        // a passive passes over the conjunctive participles before it (a
        // participle is never passive).
        for (int p : cand) {
          if (pinfo_[p].first <= pinfo_[right].first) continue;
          if (pr[p].voice == Voice::kPassive) target = p;
          if (pr[p].verb_form != "Conv") break;
        }
      } else if (right >= 0 && pr[right].verb_form != "Fin") {
        // A non-finite verb takes only the phrases right before it; time
        // phrases, phrases cut off by punctuation and the clause's subject
        // go on to the finite verb.
        bool skip = IsAdjunctPhrase(ph);
        for (int t = info.end; t < pinfo_[right].first && !skip; ++t) {
          if (phrase_of_[t] >= 0 || transparent_[t] || U(t) == Upos::kADV ||
              U(t) == Upos::kPART || F(t).phrase_conj)
            continue;
          skip = true;
        }
        bool inf_has_object = false;  // मेजबानी करने: its object is the genitive
        for (const PhraseInfo& x : phinfo_) inf_has_object |= x.gen_object_of == right;
        // X … Y को सौंपे जाने के लिए: a को phrase between is the
        // infinitive's object; the bare phrase before it is the clause's subject.
        for (size_t m = k + 1; m < out_.phrases.size() && !inf_has_object; ++m) {
          const Phrase& q = out_.phrases[m];
          if (q.first >= pinfo_[right].first) break;
          if (q.marker == "को" && dom_[q.head] == c) inf_has_object = true;
        }
        // (An infinitive with a conjunct noun has its object already:
        // "अमेरिका पाकिस्तान से … कार्रवाई करने के लिए कहता रहा है".)
        if (pr[right].noun >= 0 && OneOf(pr[right].marker, "के लिए", "के लिये")) inf_has_object = true;
        // (Also a proper noun first in its clause before a conjunct
        // infinitive in का/की/के: "अमरीका … चीन पर … में सेंध लगाने का आरोप
        // लगाता रहा है" is the accuser, not what is broken into.)
        if (pr[right].noun >= 0 && IsGenitive(pr[right].marker) && U(ph.head) == Upos::kPROPN &&
            static_cast<int>(k) == FirstBareInDomain(c) && ph.first == out_.clauses[c].first)
          inf_has_object = true;
        // "केंद्र सरकार कोरोना से निपटने में नाकाम रही": a bare phrase
        // apart from an infinitive in में (not "जीत दर्ज करने में") whose
        // finite verb has no bare phrase of its own is that verb's subject
        // ("हालात संभालने में सरकार विफल रही": the infinitive's object).
        if (pr[right].verb_form == "Inf" && pr[right].marker == "में" && info.end < pinfo_[right].first) {
          const int f = next_finite(right);
          bool own_subject = f < 0;
          for (size_t m = k + 1; m < out_.phrases.size() && !own_subject; ++m) {
            const Phrase& q = out_.phrases[m];
            if (q.first < pinfo_[right].first) continue;
            if (q.first >= pinfo_[f].first) break;
            own_subject = q.marker.empty() && !IsAdjunctPhrase(q);
          }
          if (!own_subject) inf_has_object = true;
        }
        // "भारत और चीन पीछे हटने पर सहमत हो गए", "दोनों देश बातचीत जारी रखने पर
        // राजी हुए": the first bare phrase of a clause whose finite verb is
        // agreement or readiness (सहमत, राजी, तैयार … होना) is that verb's
        // subject, not the object of its infinitive.
        // (Past phrases of time before it: "… की बैठक के बाद दोनों देश पीछे
        // हटने पर सहमत हो गए".)
        bool opens = ph.first == out_.clauses[c].first;
        if (!opens) {
          opens = true;
          for (size_t m = 0; m < k && opens; ++m) {
            const Phrase& q = out_.phrases[m];
            if (q.first < out_.clauses[c].first || dom_[q.head] != c || q.genitive_of >= 0) continue;
            opens = IsAdjunctPhrase(q) || OneOf(q.marker, "के बाद", "के दौरान", "के बीच", "के चलते", "के तहत");
          }
        }
        int agreeing = -1;  // that verb, when the phrase is its subject
        if (pr[right].verb_form == "Inf" && !inf_has_object && opens && static_cast<int>(k) == FirstBareInDomain(c)) {
          const int f = pr[right].complement_of;
          if (f >= 0 && pr[f].verb_form == "Fin" &&
              OneOf(pr[f].lemma, "सहमत होना", "राजी होना", "तैयार होना", "इच्छुक होना", "प्रतिबद्ध होना",
                    "सहमत हो जाना", "राजी हो जाना", "तैयार हो जाना")) {
            inf_has_object = true;
            agreeing = f;
          }
        }
        // (Not before a participle of "as soon as", which has a subject of
        // its own: "छापों की खबर फैलते ही … कार्यकर्ता जमा हो गए".)
        const bool as_soon_as = pr[right].verb_form == "Part" && AsSoonAs(pr[right].head, pinfo_[right].last);
        if (!skip && (pr[right].verb_form != "Inf" || inf_has_object) && ph.marker.empty() &&
            static_cast<int>(k) == FirstBareInDomain(c) && !DomainHasNe(c) && !as_soon_as)
          skip = true;
        // A nominative personal pronoun is never the object of an
        // infinitive (हम … करने नहीं देंगे); nor is the first of two bare
        // phrases before it.
        if (!skip && ph.marker.empty() && !DomainHasNe(c) &&
            OneOf(key_[ph.head], "मैं", "हम", "तुम", "आप", "वह", "वे", "तू") &&
            ph.last - ph.first == 1)
          skip = true;
        if (!skip && ph.marker.empty() && !IsAdjunctPhrase(ph) && !DomainHasNe(c) &&
            static_cast<int>(k) == FirstBareInDomain(c)) {
          for (size_t m = k + 1; m < out_.phrases.size(); ++m) {
            const Phrase& q = out_.phrases[m];
            if (q.first >= pinfo_[right].first) break;
            if (q.marker.empty() && !IsAdjunctPhrase(q) && q.coordination < 0 &&
                q.genitive_of < 0 && dom_[q.head] == c)
              skip = true;
          }
        }
        // "… सड़कों पर उतरे और सड़क जाम कर राजमार्ग को रोक दिया": in a
        // coordinate clause, whose subject is its first conjunct's, a bare
        // phrase right before the noun of a conjunctive conjunct verb is
        // that verb's object.
        if (skip && ph.marker.empty() && pr[right].verb_form == "Conv" && pr[right].noun >= 0 &&
            ph.last == pr[right].noun && out_.clauses[c].type == ClauseType::kCoordinate)
          skip = false;
        // "X ने Y से एकजुट होकर … की अपील की": a से phrase before a
        // conjunctive participle is the addressee of a later verb that takes
        // one.
        if (!skip && ph.marker == "से" && pr[right].verb_form == "Conv") {
          const int g = next_finite(right);
          if (g >= 0 && frame_[g].se == Role::kAddressee) skip = true;
        }
        // "उन्होंने अमरीकी कांग्रेस से क्यूबा पर लगे प्रतिबंध हटाने … की
        // अपील की": so before an adjectival participle, when no other से
        // phrase (but a manner adverb, गंभीरता से) comes before that verb.
        // (And a पर phrase before one that reads पर as "against", past a
        // participle that does not, in वाला or qualifying the subject:
        // "अर्दोआन ने अमरीका पर तख़्तापलट की साज़िश रचने वालों को पनाह देने
        // का आरोप लगाया", "थाने पर सीमा पार से घुसे आतंकियों ने हमला किया";
        // not past one before another noun, "दूतावास पर हुआ हमला … आक्रमण
        // है", "सीमा पर चल रहे शिविरों को नष्ट करने के लिए हमले किए".)
        const bool se = ph.marker == "से";
        const int qualified = pinfo_[right].last < n_ ? phrase_of_[pinfo_[right].last] : -1;
        const bool par = ph.marker == "पर" && frame_[right].par != Role::kAgainst &&
                         (IsWala(pr[right].marker) || (qualified >= 0 && out_.phrases[qualified].marker == "ने"));
        if (!skip && (se || par) && pr[right].verb_form == "Part") {
          const int g = next_finite(right);
          bool other = false, nearer = false;
          for (size_t m = k + 1; m < out_.phrases.size() && g >= 0 && !other; ++m) {
            const Phrase& q = out_.phrases[m];
            if (q.first >= pinfo_[g].first) break;
            other = q.marker == ph.marker && !IsAdjunctPhrase(q);
            nearer = other && q.last <= pinfo_[right].first;
          }
          // (Of two से phrases before the participle, the one next to it is
          // the participle's and the first the addressee: "भारत ने
          // पाकिस्तान से हर श्रद्धालु से वसूले जाने वाले शुल्क को खत्म करने का
          // आग्रह किया".)
          bool earlier = false;
          for (size_t m = 0; se && m < k; ++m)
            earlier |= out_.phrases[m].marker == ph.marker && dom_[out_.phrases[m].head] == c &&
                       !IsAdjunctPhrase(out_.phrases[m]);
          if (se && nearer) other = false;
          if (se && !nearer && earlier) other = true;
          if (g >= 0 && !other && ((se && frame_[g].se == Role::kAddressee) || (par && frame_[g].par == Role::kAgainst)))
            skip = true;
        }
        int f = skip ? next_finite(right) : -1;
        if (skip && agreeing >= 0) f = agreeing;
        if (f >= 0 && !(ph.marker.empty() && pr[f].voice == Voice::kPassive && !IsAdjunctPhrase(ph))) {
          target = f;
        } else if (pr[right].verb_form == "Inf" && pr[right].complement_of >= 0) {
          int g = pr[right].complement_of;
          while (g >= 0 && pr[g].verb_form == "Inf" && pr[g].complement_of >= 0)
            g = pr[g].complement_of;
          const Frame& fg = frame_[g];
          const Frame& fi = frame_[right];
          if (ph.marker == "से" && fg.se == Role::kAddressee && fi.se != Role::kAddressee &&
              fi.se != Role::kWith)
            target = g;
          // The rules below move only the domain's first को phrase, and two
          // of them only when the governor has no को phrase of its own.
          const bool first_ko = ph.marker == "को" && static_cast<int>(k) == FirstMarkedInDomain(c, "को");
          const bool governor_ko = first_ko && OtherMarkedInDomain(dom_[pr[g].head], "को", k);
          // अमेरिका को … भुगतने की चेतावनी दी: the one warned.
          if (first_ko && (fg.ko == Role::kRecipient || pinfo_[g].giving)) target = g;
          // पाकिस्तान को … कार्रवाई करने के लिए कहा: the one asked, when the
          // infinitive is a conjunct verb of purpose (के लिए, को; not "की
          // बात कही") and nobody is asked with से or को already.
          if (first_ko && !governor_ko && fg.se == Role::kAddressee && pr[right].noun >= 0 &&
              OneOf(pr[right].marker, "के लिए", "के लिये", "को") && FirstMarkedInDomain(c, "से") < 0)
            target = g;
          // "पाक को … में लिप्त होने के लिए आड़े हाथों लिया": an adjective
          // with होना (लिप्त, शामिल होना) has no experiencer in को; the
          // governor's object is it.
          if (first_ko && !governor_ko && pr[right].noun >= 0 && U(pr[right].noun) == Upos::kADJ &&
              EndsWith(pr[right].lemma, "होना") && !pinfo_[g].dative_subject && fg.se != Role::kAddressee &&
              (fg.ko == Role::kObject || fg.ko == Role::kRecipient))
            target = g;
          // गुटेरेस को … प्रारंभ करने की आवश्यकता है: the experiencer.
          if (first_ko && pinfo_[g].dative_subject && !DomainHasNe(c)) target = g;
          // "… सरकार पर उन्हें उनके हाल पर छोड़ देने का आरोप लगाया": the
          // domain's first पर phrase is the one accused when the infinitive
          // has a को phrase of its own after it.
          if (ph.marker == "पर" && static_cast<int>(k) == FirstMarkedInDomain(c, "पर") &&
              fg.par == Role::kAgainst && fi.par != Role::kAgainst) {
            bool own = false;
            for (size_t m = k + 1; m < out_.phrases.size() && !own; ++m) {
              const Phrase& q = out_.phrases[m];
              if (q.first >= pinfo_[right].first) break;
              own = dom_[q.head] == c && q.marker == "को" && !IsAdjunctPhrase(q);
            }
            if (own) target = g;
          }
        }
      }
      // "केंद्र और राज्य सरकारों को … देने का निर्देश दिया": a later conjunct
      // goes where the first went.
      if (ph.coordination >= 0 && target >= 0 && pr[target].complement_of >= 0)
        for (size_t e = 0; e < k; ++e)
          if (out_.phrases[e].coordination == ph.coordination && phinfo_[e].attached == pr[target].complement_of) {
            target = phinfo_[e].attached;
            break;
          }
      if (target < 0) continue;
      info.attached = target;
      pr[target].args.push_back({Role::kOther, static_cast<int>(k)});
    }
    for (Predicate& p : pr) {
      std::sort(p.args.begin(), p.args.end(), [&](const Argument& a, const Argument& b) {
        return out_.phrases[a.phrase].first < out_.phrases[b.phrase].first;
      });
    }
  }

  // The first bare, non-time phrase of clause c that can be an argument.
  int FirstBareInDomain(int c) const {
    for (size_t k = 0; k < out_.phrases.size(); ++k) {
      const Phrase& ph = out_.phrases[k];
      if (dom_[ph.head] != c || phinfo_[k].paren || ph.genitive_of >= 0 ||
          phinfo_[k].gen_object_of >= 0)
        continue;
      if (ph.marker.empty() && !IsAdjunctPhrase(ph)) return static_cast<int>(k);
    }
    return -1;
  }
  int FirstMarkedInDomain(int c, const std::string& marker) const {
    for (size_t k = 0; k < out_.phrases.size(); ++k) {
      if (dom_[out_.phrases[k].head] == c && out_.phrases[k].marker == marker)
        return static_cast<int>(k);
    }
    return -1;
  }
  bool OtherMarkedInDomain(int c, const std::string& marker, size_t except) const {
    for (size_t k = 0; k < out_.phrases.size(); ++k)
      if (k != except && dom_[out_.phrases[k].head] == c && out_.phrases[k].marker == marker) return true;
    return false;
  }
  bool DomainHasNe(int c) const {
    for (const Phrase& ph : out_.phrases) {
      if (dom_[ph.head] == c && ph.marker == "ने") return true;
    }
    return false;
  }

  // A bare phrase that is no argument: a time (सोमवार को, इस साल) or a
  // manner (पूरी तरह, इस तरह).
  bool IsAdjunctPhrase(const Phrase& ph) const {
    // (Not हाल, state, but in में: "उन्हें उनके हाल पर छोड़ देने का आरोप".)
    if ((LF(ph.head).time_noun || F(ph.head).time_noun) && !(key_[ph.head] == "हाल" && ph.marker != "में"))
      return true;
    if (ph.marker.empty() && key_[ph.head] == "तरह" && ph.last - ph.first == 2) return true;
    // A manner adverb: "गंभीरता से", "सख़्ती से" (seriously, strictly).
    if (ph.marker == "से" && ph.last - ph.first <= 2 && (LF(ph.head).manner_noun || F(ph.head).manner_noun)) return true;
    // "इस बीच", "इसी दौरान": meanwhile, not a subject.
    if (ph.marker.empty() && ph.last - ph.first == 2 && ph.head == ph.first + 1 && IsMeanwhile(ph.head)) return true;
    // A year: "2024 में".
    return t_[ph.head].kind == TokenKind::kNumber && t_[ph.head].number_value >= 1000 &&
           t_[ph.head].number_value <= 2200 && ph.last - ph.first == 1;
  }

  void AssignRoles() {
    for (size_t pi = 0; pi < out_.predicates.size(); ++pi) {
      Predicate& p = out_.predicates[pi];
      const PredInfo& info = pinfo_[pi];
      const Frame& f = frame_[pi];
      bool passive = p.voice == Voice::kPassive;
      bool nonfinite = p.verb_form != "Fin";
      bool has_ne = false, has_bare_object = false, dative_subject_taken = false;
      int bare_count = 0;
      for (const Argument& a : p.args) {
        const Phrase& ph = out_.phrases[a.phrase];
        if (ph.marker == "ने") has_ne = true;
        if (ph.marker.empty() && !IsAdjunctPhrase(ph)) ++bare_count;
      }
      if (bare_count >= 1 && (has_ne || passive)) has_bare_object = true;
      if (bare_count >= 2) has_bare_object = true;
      for (Argument& a : p.args) {
        if (a.role == Role::kGenitiveObject) continue;
        const Phrase& ph = out_.phrases[a.phrase];
        if (IsGenitive(ph.marker)) continue;  // X का कहना: already kSubject
        const std::string& m = ph.marker;
        const bool adjunct = IsAdjunctPhrase(ph);
        Role r = Role::kOther;
        if (m == "ने") {
          r = Role::kSubject;
        } else if (m.empty()) {
          if (adjunct) r = Role::kOther;
          else if (passive || has_ne || nonfinite || dative_subject_taken) r = Role::kObject;
          else if (info.copula_only && a.phrase != FirstBare(p)) r = Role::kOther;
          else r = a.phrase == FirstBare(p) ? Role::kSubject : Role::kObject;
        } else if (m == "को") {
          if (adjunct) r = Role::kOther;
          else if (info.dative_subject && !has_ne && !passive) {
            r = Role::kSubject;
            dative_subject_taken = true;
          } else if (info.giving || f.ko == Role::kRecipient ||
                     (has_bare_object && !passive)) {
            r = Role::kRecipient;
          } else {
            r = Role::kObject;
          }
        } else if (m == "से") {
          r = adjunct ? Role::kOther : f.se;  // (1962 से, पिछले साल से: since when)
        } else if (m == "पर") {
          r = f.par;
        } else if (m == "में" || m == "मे") {
          r = adjunct ? Role::kOther : Role::kLocation;
        } else if (m == "द्वारा" || m == "के द्वारा") {
          r = Role::kPassiveAgent;
        } else if (m == "की ओर से" || m == "की तरफ से") {
          r = passive ? Role::kPassiveAgent : Role::kSource;
        } else {
          r = syntax_internal::PostpositionRole(m);
        }
        a.role = r;
      }
      // Conjuncts share the role of the first (भारत या चीन … करेगा).
      for (size_t x = 0; x < p.args.size(); ++x) {
        int g = out_.phrases[p.args[x].phrase].coordination;
        if (g < 0 || p.args[x].role == Role::kGenitiveObject) continue;
        for (size_t y = 0; y < x; ++y) {
          if (out_.phrases[p.args[y].phrase].coordination == g) {
            p.args[x].role = p.args[y].role;
            break;
          }
        }
      }
      // A bare subject of a dative-subject verb is its object (मुझे यह पसंद है).
      if (dative_subject_taken) {
        for (Argument& a : p.args) {
          if (a.role == Role::kSubject && out_.phrases[a.phrase].marker.empty())
            a.role = Role::kObject;
        }
      }
    }
  }

  int FirstBare(const Predicate& p) const {
    for (const Argument& a : p.args) {
      const Phrase& ph = out_.phrases[a.phrase];
      if (ph.marker.empty() && !IsAdjunctPhrase(ph)) return a.phrase;
    }
    return -1;
  }

  void FinishClauses() {
    std::vector<Clause>& cl = out_.clauses;
    // Spans: every token's domain and its ancestors cover it.
    for (size_t c = 1; c < cl.size(); ++c) {
      cl[c].last = cl[c].first;
    }
    std::vector<int> lo(cl.size(), n_), hi(cl.size(), -1);
    for (int i = 0; i < n_; ++i) {
      for (int c = dom_[i]; c >= 0; c = cl[c].parent) {
        lo[c] = std::min(lo[c], i);
        hi[c] = std::max(hi[c], i);
      }
    }
    for (size_t c = 1; c < cl.size(); ++c) {
      if (hi[c] >= 0) {
        cl[c].first = lo[c];
        cl[c].last = hi[c] + 1;
      }
    }
    // Predicates sit in their domain; infinitives and conjunctive
    // participles get a clause of their own spanning their arguments.
    for (size_t pi = 0; pi < out_.predicates.size(); ++pi) {
      Predicate& p = out_.predicates[pi];
      p.clause = dom_[p.head];
      if (p.verb_form != "Inf" && p.verb_form != "Conv") continue;
      int first = pinfo_[pi].first;
      int last = pinfo_[pi].marker_end > 0 ? pinfo_[pi].marker_end : pinfo_[pi].last;
      for (const Argument& a : p.args) first = std::min(first, out_.phrases[a.phrase].first);
      Clause c;
      c.type = p.verb_form == "Inf" ? ClauseType::kInfinitival : ClauseType::kConjunctive;
      c.first = first;
      c.last = last;
      c.parent = p.clause;
      cl.push_back(c);
      governor_.push_back(p.complement_of);
      p.clause = static_cast<int>(cl.size()) - 1;
    }
    // Speakers of quotes and कि-complements.
    for (size_t c = 0; c < cl.size(); ++c) {
      if (cl[c].type != ClauseType::kQuote && cl[c].type != ClauseType::kComplement) continue;
      int g = governor_[c];
      int parent = cl[c].parent;
      if (cl[c].type == ClauseType::kQuote && parent >= 0) {
        // The verb just before the quote (X ने कहा, "…") or the first after it.
        int before = -1, after = -1;
        for (size_t p = 0; p < out_.predicates.size(); ++p) {
          const Predicate& pr = out_.predicates[p];
          if (dom_[pr.head] != parent) continue;
          if (pinfo_[p].last <= cl[c].first && pinfo_[p].last >= cl[c].first - 3)
            before = static_cast<int>(p);
          if (pinfo_[p].first >= cl[c].last && after < 0) after = static_cast<int>(p);
        }
        g = before >= 0 ? before : after;
      }
      if (g >= 0) {
        cl[c].speaker = SpeakerOf(out_.predicates[g]);
      }
      if (cl[c].speaker < 0 && parent >= 0 &&
          (cl[parent].type == ClauseType::kComplement || cl[parent].type == ClauseType::kQuote))
        cl[c].speaker = cl[parent].speaker;
    }
    for (int i = 0; i < n_; ++i) {
      if (Text(i) == "?") cl[dom_[i]].question = true;
      // "… इस पर केंद्रित है कि पाकिस्तान आतंकवादियों के खिलाफ क्या
      // कार्रवाई करता है": a कि-clause with क्या is an indirect question
      // (what, whether), not a report.
      if (key_[i] == "क्या" && cl[dom_[i]].type == ClauseType::kComplement) cl[dom_[i]].question = true;
    }
    ShareSubjects();
  }

  bool HasSubject(const Predicate& p) const {
    for (const Argument& a : p.args) {
      if (a.role == Role::kSubject || a.role == Role::kPassiveAgent) return true;
    }
    return false;
  }

  // "मोदी ने … बताई, … बात कही और … बात की": a perfective transitive verb
  // coordinated after one with a ने subject shares that subject; its bare
  // noun is its object (the verb agrees with it), not a subject.
  void ErgativeConjunct(int p) {
    std::vector<Predicate>& pr = out_.predicates;
    // (A compound verb in the perfective, "रोक दी", carries no aspect of its
    // own: a past without one is perfective.)
    const bool perfective = pr[p].aspect == "Perf" || (pr[p].aspect.empty() && pr[p].tense == "Past");
    if (pr[p].verb_form != "Fin" || !perfective || pr[p].voice == Voice::kPassive || pinfo_[p].light == "होना")
      return;
    const int d = dom_[pr[p].head];
    if (out_.clauses[d].type != ClauseType::kCoordinate) return;
    Argument* bare = nullptr;
    for (Argument& a : pr[p].args)
      if (a.role == Role::kSubject) {
        if (!out_.phrases[a.phrase].marker.empty()) return;  // a subject of its own
        bare = &a;
      }
    if (bare == nullptr) return;
    const int parent = out_.clauses[d].parent;
    int from = -1;
    for (int q = 0; q < p; ++q)
      if (dom_[pr[q].head] == parent && pr[q].verb_form == "Fin") from = q;
    for (int guard = 0; from >= 0 && !HasSubject(pr[from]) && pr[from].subject_from >= 0 && guard < 10; ++guard)
      from = pr[from].subject_from;
    if (from < 0) return;
    for (const Argument& a : pr[from].args)
      if (a.role == Role::kSubject && out_.phrases[a.phrase].marker == "ने") {
        bare->role = Role::kObject;
        return;
      }
  }

  // subject_from: coordinated verbs and conjunctive participles.
  void ShareSubjects() {
    std::vector<Predicate>& pr = out_.predicates;
    for (size_t p = 0; p < pr.size(); ++p) {
      ErgativeConjunct(static_cast<int>(p));
      if (HasSubject(pr[p]) || pr[p].voice == Voice::kPassive) continue;
      // समझौता नहीं हुआ: an intransitive होना predicate has its own subject.
      if (pinfo_[p].light == "होना") continue;
      int d = dom_[pr[p].head];
      int from = -1;
      // A conjunctive participle (देकर) or an adverbial one (देते हुए)
      // shares the subject of the finite verb after it.
      const bool adverbial_part =
          pr[p].verb_form == "Part" && !pr[p].tokens.empty() &&
          OneOf(key_[pr[p].tokens.back()], "हुए", "हुये");
      if (pr[p].verb_form == "Conv" || adverbial_part) {
        // (Or the infinitive right after it when that has an agent: "…
        // द्वारा पायलट को जलाकर मारे जाने के बाद", burnt and killed by it.)
        for (size_t q = p + 1; q < pr.size() && from < 0; ++q) {
          if (dom_[pr[q].head] == d &&
              (pr[q].verb_form == "Fin" ||
               (pr[q].verb_form == "Inf" && q == p + 1 && pinfo_[q].first == pinfo_[p].last &&
                HasSubject(pr[q]))))
            from = static_cast<int>(q);
        }
      } else if (pr[p].verb_form == "Fin" &&
                 out_.clauses[d].type == ClauseType::kCoordinate) {
        int parent = out_.clauses[d].parent;
        for (size_t q = 0; q < p; ++q) {
          if (dom_[pr[q].head] == parent && pr[q].verb_form == "Fin") from = static_cast<int>(q);
        }
      }
      if (from < 0) continue;
      // Follow a chain (A किया, B किया और C किया) to the verb with the subject.
      int guard = 0;
      while (from >= 0 && !HasSubject(pr[from]) && pr[from].subject_from >= 0 && guard++ < 10)
        from = pr[from].subject_from;
      if (from >= 0 && from != static_cast<int>(p) &&
          (HasSubject(pr[from]) || pr[from].subject_from >= 0))
        pr[p].subject_from = from;
    }
  }

  int SpeakerOf(const Predicate& p) const {
    for (Role want : {Role::kSubject, Role::kPassiveAgent}) {
      for (const Argument& a : p.args) {
        if (a.role == want) return a.phrase;
      }
    }
    for (const Argument& a : p.args) {
      const std::string& m = out_.phrases[a.phrase].marker;
      if (m == "की ओर से" || m == "की तरफ से" || m == "के हवाले से") return a.phrase;
    }
    // "संयुक्त राष्ट्र की रिपोर्ट में कहा गया है कि …": a passive verb of
    // saying speaks for the owner of the document it is said in.
    if (p.voice == Voice::kPassive) {
      const int doc = DocumentArgument(p);
      if (doc >= 0)
        for (size_t g = 0; g < out_.phrases.size(); ++g)
          if (out_.phrases[g].genitive_of == doc) return static_cast<int>(g);
    }
    return -1;
  }

  // The argument of `p` that is a document it is said or done in (रिपोर्ट
  // में, बयान में, पत्र में), or -1.
  int DocumentArgument(const Predicate& p) const {
    for (const Argument& a : p.args) {
      const Phrase& ph = out_.phrases[a.phrase];
      if (ph.marker == "में" && F(ph.head).document_noun) return a.phrase;
    }
    return -1;
  }

  const std::vector<Token>& t_;
  const int n_;
  // The match keys of the tokens' text and lemmas: views of the tokens'
  // keys, of string literals or of own_keys_ (keys made here, which a list
  // keeps in place).
  std::vector<std::string_view> key_, lkey_;
  std::forward_list<std::string> own_keys_;
  std::vector<std::string> lemma_;
  std::vector<const syntax_internal::WordFacts*> facts_, lfacts_;  // of key_ and lkey_
  std::vector<bool> guessed_verb_;  // tokens read as verbs against their tag
  std::vector<int> pred_of_, phrase_of_, dom_;
  std::vector<bool> used_, transparent_, claimed_, in_pp_;
  std::vector<PredInfo> pinfo_;
  std::vector<Frame> frame_;
  std::vector<PhraseInfo> phinfo_;
  std::vector<int> governor_;  // per clause: the predicate it depends on
  std::vector<int> bounded_;   // clauses that end with their first finite verb
  SentenceParse out_;
};

}  // namespace

SentenceParse ParseSentence(const Sentence& sentence) {
  if (sentence.tokens.empty()) {
    SentenceParse empty;
    empty.clauses.push_back(Clause());
    return empty;
  }
  return Parser(sentence).Run();
}

}  // namespace ghatna
