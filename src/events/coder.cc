// The event coder: predicates of the parse and event nouns matched against
// the patterns (triggers.cc), their roles filled from the arguments and the
// discourse model (roles.cc), their reality judged from the verb group and
// the clause (reality.cc), reported speech turned into the speaker's act
// (speech.cc); here the candidates of a sentence are ordered, the actors
// paired and the events written, one per (source, root, target) per article.
// Rules in the order they apply: docs/events.md.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include "events/frames.h"
#include "events/lexicon.h"
#include "events/speech.h"
#include "events/tables.h"
#include "syntax/lexicon.h"
#include "ghatna/events.h"
#include "ghatna/io.h"
#include "ghatna/text.h"

namespace ghatna {
namespace {

using events::Candidate;
using events::Lexicon;
using events::Modality;
using events::Pattern;
using events::SentenceView;
using events::Side;
using events::SpeechAct;
using events::SpeechDecision;
using events::Trigger;

// More pairs than this from one predicate are cut (a list of 150 states
// before "ने बातचीत की" is not 22,000 events).
constexpr int kMaxPairsPerTrigger = 16;

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b < s.size()) {
    size_t e = s.find(' ', b);
    if (e == std::string::npos) e = s.size();
    if (e > b) out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

// The code points [from, to) of the view's sentence text (to beyond its end:
// up to the end; from beyond it or after `to`: empty).
std::string SliceCodePoints(const SentenceView& v, uint32_t from, uint32_t to) {
  const std::vector<uint32_t>& at = events::CodePointBytes(v);  // at.back() == text size
  if (from >= at.size() || to < from) return "";
  const uint32_t b = at[from];
  const uint32_t e = to < at.size() ? at[to] : at.back();
  return v.sent->text.substr(b, e - b);
}

int Specificity(const std::string& code) {
  return static_cast<int>(code.size()) * 2 + (code.back() != '0' ? 1 : 0);
}

// GHATNA_CODER_TRACE=1 prints every trigger and what became of it to
// stderr (a development aid; the output is not a stable format).
bool Tracing() {
  static const bool on = [] {
    const char* e = std::getenv("GHATNA_CODER_TRACE");
    return e != nullptr && *e == '1';
  }();
  return on;
}

std::string Codes(const std::vector<Referent>& v) {
  std::string s;
  for (const Referent& r : v) s += (s.empty() ? "" : ",") + r.code;
  return s.empty() ? "-" : s;
}

// Armed forces, police or armed groups.
bool ArmedRole(const std::string& code) {
  const std::string role = events::RoleCode(code);
  return role == "REB" || role == "MIL" || role == "COP";
}

// A हमला by or on them is no sport.
bool ArmedSide(const std::vector<Referent>& v) {
  for (const Referent& r : v)
    if (ArmedRole(r.code)) return true;
  return false;
}

// The role `ifsource=` and the rules about courts compare: an international
// court (ICJ, ICC) counts as a court, JUD.
std::string SourceRole(const std::string& code) {
  return IsInternationalCourt(code) ? "JUD" : events::RoleCode(code);
}

// Whether pattern `p`'s ifsource= chooses the code for a source coded `code`.
bool IfSourceApplies(const Pattern& p, const std::string& code) {
  if (p.ifsource_roles.empty()) return false;
  const std::string role = SourceRole(code);
  return std::find(p.ifsource_roles.begin(), p.ifsource_roles.end(), role) != p.ifsource_roles.end();
}

// Who can be fought rather than merely attacked: armed forces, police,
// armed groups and NATO (an army).
bool FightsBack(const std::string& code) { return ArmedRole(code) || code == "IGOWSTNAT"; }

// Outlets only ("सरकारी टीवी से कहा", "समाचार एजेंसी रॉयटर्स से कहा"): one
// told something through them is the channel, not whom it is said to.
bool AllOutlets(const std::vector<Referent>& v) {
  for (const Referent& x : v)
    if (events::RoleCode(x.code) != "MED") return false;
  return !v.empty();
}

// कहना and बताना: verbs of telling, whose addressee may be an outlet.
bool IsTelling(const std::string& lemma) { return lemma == "कहना" || lemma == "बताना"; }

bool PoliticalRole(const std::string& code) {
  const std::string role = events::RoleCode(code);
  return role == "GOV" || role == "OPP" || role == "PTY" || role == "LEG";
}

// One decided event of a sentence before its actors are paired.
// What the coder remembers of an article's attacks: the attacker of the
// last one reported, for "इस हमले में दो जवान शहीद हो गए" (that attacker's
// attack) and "इस हमले की निंदा" (the attacker is the one condemned).
// The side that hits back (जवाबी कार्रवाई में सुरक्षाबलों ने दो आतंकियों को
// मार गिराया) does not become the attacker: "हमले की निंदा" still condemns
// the first.
struct Decided;

struct AttackMemory {
  bool known = false;
  Referent attacker;
  std::string victim;  // code of the attacked side
  int sentence = -100; // where it was reported
  std::vector<Referent> victims;
  std::string code;    // the attack's event code
  std::string named;   // the last bombing the article named (1831: a
                       // suicide attack), with or without its roles
  int named_sentence = -100;
  // The principals of armed groups that claimed the article's attack
  // ("इस्लामिक स्टेट ने हमलों की ज़िम्मेदारी ली"), for DropAttackersTheClaimNames.
  std::set<std::string> claimants;
  // The last acts of any kind the article reported, for "इन प्रतिबंधों की
  // निंदा": who did each, the stem of its noun, its sentence; the latest
  // last.
  struct Act {
    Referent source;
    std::string noun;
    int sentence = -100;
    bool coded = true;  // an event coded; else a predicate with no event
                        // ("उत्तर कोरिया ने परमाणु परीक्षण किया")
    std::string code;   // the event code, when coded
    std::vector<Referent> partners;  // the other side of a joint act ("… ने
                                     // समझौते पर दस्तख़त किए"): named again, both
    // Background: reported in the pluperfect or after "इससे पहले" ("इससे
    // पहले मिस्र ने 1979 में … शांति संधि की थी"), not the story's news.
    bool background = false;
  };
  std::vector<Act> acts;
  static constexpr size_t kMaxActs = 10;
  // The last one who said something (कहा) with a subject written, and where.
  Referent speaker;
  int speaker_sentence = -100;
  // The recipient of the last aid the article reported ("भारत ने नेपाल को
  // राहत सामग्री भेजी … ब्रिटेन ने भी मदद दी"), and where.
  Referent aid_recipient;
  int aid_sentence = -100;
  // The last captor (an arrest or abduction coded, 173 or 181), for a
  // release asked of no one that names the detention again.
  Referent captor;
  int captor_sentence = -100;
  // The target of the last reaction (praise, criticism, rejection) to an
  // act named again, and its sentence: "… ने समझौते का स्वागत किया। भारत ने
  // भी इसका स्वागत किया".
  std::vector<Referent> reaction_target;
  int reaction_sentence = -100;
  // The police of the last crowd control (not an attack to condemn, but
  // the violence condemned when the article reports no attack).
  Referent crowd_source;
  int crowd_sentence = -1;
  // Each side's last adversary: the other side of the last conflictual
  // event (roots 10-20) between two principals, for a threat or a recalled
  // ambassador that names none ("सूडान ने चेतावनी दी कि वह अपनी ज़मीन वापस
  // लेने के लिए हर मुमकिन तरीक़ा अपनाएगा": South Sudan, whose army took it).
  struct Adversary {
    std::string principal;
    Referent other;
    int sentence = -100;
  };
  std::vector<Adversary> adversaries;

  // (Within one state, a government's or its forces' war with an armed
  // group is kept by the whole code: "लीबिया की सरकार ने विद्रोहियों के
  // ठिकानों पर हवाई हमले किए … युद्धविराम की घोषणा कर दी".)
  // The two sides of the last violent event (roots 18-20) between two
  // principals, for fire "from both sides" that names none ("… के ख़िलाफ़
  // अभियान शुरू किया। इस दौरान दोनों ओर से भारी गोलीबारी हुई").
  Referent fight_a, fight_b;
  int fight_sentence = -100;
  void RememberAdversary(const Referent& side, const Referent& other, int sentence) {
    std::string p = events::Principal(side.code);
    if (p.empty()) return;
    if (p == events::Principal(other.code)) {
      const std::string a = events::RoleCode(side.code), b = events::RoleCode(other.code);
      if (a == b || (a != "REB" && b != "REB") || a.empty() || b.empty()) return;
      p = side.code;
    }
    for (Adversary& a : adversaries)
      if (a.principal == p) {
        a.other = other, a.sentence = sentence;
        return;
      }
    adversaries.push_back({p, other, sentence});
  }
  // The adversary of `side` in the ten sentences before `sentence`.
  // The last side that asked or demanded something of a principal (roots
  // 02, 10), for a refusal that names no one: "ऑस्ट्रेलिया ने चीन से माफी
  // की मांग की … चीन ने माफी मांगने से इनकार कर दिया".
  struct Asker {
    std::string principal;  // who was asked
    Referent by;
    int sentence = -100;
  };
  std::vector<Asker> askers;
  void RememberAsker(const Referent& by, const Referent& of, int sentence) {
    const std::string p = events::Principal(of.code);
    if (p.empty() || p == events::Principal(by.code)) return;
    for (Asker& a : askers)
      if (a.principal == p) {
        a.by = by, a.sentence = sentence;
        return;
      }
    askers.push_back({p, by, sentence});
  }
  // Who asked something of `side` in the three sentences before `sentence`.
  const Referent* AskerOf(const Referent& side, int sentence) const {
    const std::string p = events::Principal(side.code);
    for (const Asker& a : askers)
      if (a.principal == p && sentence - a.sentence <= 3 && sentence > a.sentence) return &a.by;
    return nullptr;
  }

  const Referent* AdversaryOf(const Referent& side, int sentence) const {
    const std::string p = events::Principal(side.code);
    const Referent* found = nullptr;
    int latest = -100;
    for (const Adversary& a : adversaries)
      if ((a.principal == p || a.principal == side.code) && sentence - a.sentence <= 10 && a.sentence > latest) {
        found = &a.other;
        latest = a.sentence;
      }
    return found;
  }

  // The acts of the article's first three sentences (its lead), kept
  // whatever came after.
  std::vector<Act> lead;
  // Every coded act of the article (up to kMaxArticleActs), for an act
  // named again by its own noun far from where it was reported.
  std::vector<Act> article;
  static constexpr size_t kMaxArticleActs = 256;

  // Remembers `act`, forgetting the oldest of kMaxActs.
  void AddAct(Act act) {
    if (act.sentence <= 2 && lead.size() < kMaxActs) lead.push_back(act);
    if (act.coded && article.size() < kMaxArticleActs) article.push_back(act);
    if (acts.size() == kMaxActs) acts.erase(acts.begin());
    acts.push_back(std::move(act));
  }

  // The attacker, victims and code of a decided attack.
  void Remember(const Decided& attack);
};

// A referent the coder takes from an earlier event, not from a mention of
// this sentence.
Referent FromEvent(Referent r) {
  r.how = Resolution::kEvent;
  r.mention = -1;
  return r;
}

// Removes from *from the actors of `principal`'s state or body.
void RemovePrincipal(const std::string& principal, std::vector<Referent>* from) {
  from->erase(std::remove_if(from->begin(), from->end(),
                             [&](const Referent& r) { return events::Principal(r.code) == principal; }),
              from->end());
}

// The target the text names only by an earlier event ("इस हमले", "इन
// प्रतिबंधों"): who did it, unless that is the source itself.
void RememberedTarget(Referent r, int phrase, Candidate* cand) {
  cand->target.actors = {FromEvent(std::move(r))};
  cand->target.phrase = phrase;
  cand->target.role = "event";
  events::RemoveActorsOf(cand->source.actors, &cand->target.actors);
}


// "विपक्षी भारतीय जनता पार्टी ने सरकार पर … ढिलाई बरतने का आरोप लगाया":
// the bare सरकार or केंद्र an opposition or a party accuses, criticises or
// asks is its own state's government, not the last government named (an
// article on a row with Italy names Italy's).
void OwnGovernment(const Discourse& d, const events::Side& source, events::Side* target,
                   std::vector<std::string>* rules) {
  if (source.actors.size() != 1 || target->actors.size() != 1) return;
  Referent& t = target->actors[0];
  const std::string role = events::RoleCode(source.actors[0].code);
  if ((role != "OPP" && role != "PTY") || t.how != Resolution::kTitle || t.mention < 0 ||
      events::RoleCode(t.code) != "GOV")
    return;
  const std::string& text = d.mentions()[t.mention].text;
  if (text != "सरकार" && text != "केंद्र" && text != "केंद्र सरकार" && text != "हुकूमत") return;
  const std::string own = events::Principal(source.actors[0].code);
  if (own.size() != 3 || own == events::Principal(t.code)) return;
  rules->push_back("target: " + text + " of an opposition or party is its own state's (" + own + "GOV)");
  t.code = own + "GOV";
  t.antecedent = -1;
}
// A noun's stem for matching an act named again: प्रतिबंधों, प्रतिबंध →
// प्रतिबंध; फैसले, फैसला → फैसल. A strict stem keeps -ि- (विरोधियों, the
// opponents, is not विरोध).
std::string NounStem(std::string_view k, bool strict = false) {
  for (std::string_view e : {"ियों", "ों", "ें", "ाएं", "ा", "े", "ो"}) {
    if (strict && e == "ियों") continue;
    if (k.size() > e.size() + 3 && k.compare(k.size() - e.size(), e.size(), e) == 0) {
      k.remove_suffix(e.size());
      break;
    }
  }
  return std::string(k);
}

struct Decided {
  Candidate cand;
  std::string code;
  Side source, target;
  bool joint = false;
  bool joint_within = false;
  bool from_speech = false;  // the speaker's act, not the predicate's
  bool both_sides = false;   // fire "from both sides": the last violent event's sides
};

// Whether `y` is a demand (10) as it will be written: a court's "… को
// कहा" is 020 until its source's role makes it 100 (ifsource=JUD).
bool IsDemand(const Decided& y) {
  if (y.code.rfind("10", 0) == 0) return true;
  const Pattern* p = y.cand.pattern;
  return p != nullptr && p->ifsource_code.rfind("10", 0) == 0 && !y.source.actors.empty() &&
         IfSourceApplies(*p, y.source.actors[0].code);
}

void AttackMemory::Remember(const Decided& attack) {
  known = true;
  attacker = attack.source.actors[0];
  victim = attack.target.actors.empty() ? "" : attack.target.actors[0].code;
  // (Forces that hit armed men back leave the victims a claim claims: "…
  // हमले में 20 बंधक मारे गए। कमांडो दस्ते ने छह हमलावरों को मार गिराया।
  // … ने हमले की ज़िम्मेदारी ली".)
  const bool on_armed_groups =
      !attack.target.actors.empty() &&
      std::all_of(attack.target.actors.begin(), attack.target.actors.end(),
                  [](const Referent& r) { return events::RoleCode(r.code) == "REB"; });
  if (!on_armed_groups || victims.empty()) victims = attack.target.actors;
  code = attack.code;
}

// The codes (prefixes) of the acts a noun may name again, whatever the
// words that reported them: "… ने उच्चायोग के दो अधिकारियों को देश से
// निकाल दिया। … ने इन निष्कासनों की आलोचना की", "पुलिस ने खालिद को
// गिरफ्तार किया। … ने उनकी गिरफ्तारी की निंदा की".
const std::vector<std::string>* ActFamily(std::string_view key) {
  static const auto* const kFamilies = [] {
    auto* m = new std::unordered_map<std::string, std::vector<std::string>>();
    const std::pair<std::vector<const char*>, std::vector<std::string>> rows[] = {
        {{"निष्कासन", "निष्कासनों", "निकाले जाने"}, {"174", "1663", "166"}},
        {{"गिरफ्तारी", "गिरफ़्तारी", "गिरफ्तारियों", "गिरफ़्तारियों", "हिरासत"}, {"173"}},
        {{"रिहाई"}, {"0841", "084"}},
        {{"समझौते", "समझौता", "समझौतों", "करार", "संधि", "घोषणापत्र"}, {"057", "03"}},
        {{"पेशकश", "प्रस्ताव"}, {"03"}},
        {{"धमकी", "धमकियों", "चेतावनी"}, {"13"}},
        {{"यात्रा", "दौरे", "दौरा"}, {"042", "043", "036"}},
        {{"निलंबन", "बर्खास्तगी", "बर्ख़ास्तगी"}, {"16", "172"}},
        {{"तैनाती"}, {"15", "074", "042"}},
        {{"प्रतिबंध", "प्रतिबंधों", "पाबंदी", "पाबंदियों", "पाबंदियां"}, {"163"}},
    };
    for (const auto& [nouns, codes] : rows)
      for (const char* n : nouns) (*m)[events::MatchKey(n)] = codes;
    return m;
  }();
  auto it = kFamilies->find(std::string(key));
  return it == kFamilies->end() ? nullptr : &it->second;
}

// A target side of one adversary.
Side AdversarySide(const Referent& r) {
  Side side;
  side.actors = {FromEvent(r)};
  side.role = "adversary";
  return side;
}

// Whether the act of trigger `t` is background: its verb in the pluperfect
// (… की थी) or its sentence opening with "इससे पहले" or "गौरतलब है".
bool Background(const SentenceView& v, const Trigger& t) {
  static const events::KeySet kPast({"था", "थी", "थे", "थीं"});
  if (t.predicate >= 0) {
    const Predicate& pr = v.parse->predicates[t.predicate];
    // (A compound perfective, "कर लिया था", carries no aspect of its own.)
    const bool perfective = pr.aspect == "Perf" || (pr.aspect.empty() && pr.tense == "Past");
    if (perfective && !pr.tokens.empty() && kPast.Contains(v.keys[pr.tokens.back()])) return true;
  }
  static const std::string kThis = events::MatchKey("इससे"), kBefore = events::MatchKey("पहले"),
                           kNotable = events::MatchKey("गौरतलब");
  for (int k = 0; k + 1 < v.size() && k < 4; ++k)
    if ((v.keys[k] == kThis && v.keys[k + 1] == kBefore) || v.keys[k] == kNotable) return true;
  return false;
}

// An ambassador recalled (161 with बुलाना: "… ने अपना राजदूत वापस बुलाया").
bool Recalled(const Pattern& p, const Predicate& pr) {
  return p.code.rfind("161", 0) == 0 && pr.lemma.find("बुलाना") != std::string::npos;
}

// The one actor of the sentence other than `source`'s (one code, in one
// phrase and its conjuncts) as *target; false when it names none or more.
bool LoneOtherActor(const SentenceView& v, const Discourse& d, const Side& source, Side* target) {
  std::vector<Referent> others;
  int at = -1;
  // (Not one that does something of its own, a subject, nor a place.)
  std::vector<bool> skip(v.parse->phrases.size(), false);
  for (const Predicate& pr : v.parse->predicates)
    for (const Argument& a : pr.args)
      if ((a.role == Role::kSubject || a.role == Role::kLocation) && a.phrase >= 0 &&
          a.phrase < static_cast<int>(skip.size()))
        skip[a.phrase] = true;
  for (int ph = 0; ph < static_cast<int>(v.parse->phrases.size()); ++ph) {
    if (ph == source.phrase || skip[ph]) continue;
    std::vector<Referent> here = events::PhraseActors(v, d, ph);
    events::RemoveSameEntities(source.actors, d, &here);
    for (const Referent& r : here) {
      bool seen = false;
      for (const Referent& o : others) seen |= o.code == r.code;
      if (seen) continue;
      if (!others.empty()) return false;
      others.push_back(r);
      at = ph;
    }
  }
  if (others.empty()) return false;
  target->actors = std::move(others);
  target->phrase = at;
  return true;
}

// A remembered side (the source's last adversary, AttackMemory::AdversaryOf,
// or who last asked something of it, AskerOf) as the target `side`; false
// when there is none.
bool RememberedSide(const Referent* other, Side* side) {
  if (other == nullptr) return false;
  *side = AdversarySide(*other);
  return true;
}

// The international organisation named right before "शिखर सम्मेलन",
// "सम्मेलन" or "बैठक" in sentence `s` or the three before it, the latest,
// as the target `side`; false when there is none.
bool SummitOwner(const Document& doc, const Discourse& d, int s, Side* side) {
  static const events::KeySet kMeeting({"शिखर", "सम्मेलन", "बैठक"});
  const ActorMention* found = nullptr;
  for (const ActorMention& am : d.mentions()) {
    if (am.sentence < s - 3 || am.sentence > s || am.code.rfind("IGO", 0) != 0) continue;
    const auto& toks = doc.sentences[am.sentence].tokens;
    if (am.last < static_cast<int>(toks.size()) && kMeeting.Contains(events::MatchKey(toks[am.last].text))) found = &am;
  }
  if (found == nullptr) return false;
  Referent r;
  r.code = found->code;
  r.kind = found->kind;
  r.mention = static_cast<int>(found - d.mentions().data());
  *side = AdversarySide(r);
  side->role = "summit";
  return true;
}

// The one state other than the source's that the sentence names, as the
// target `side` ("इंडोनेशिया में … , ऑस्ट्रेलिया ने राजदूत वापस बुलाया");
// false when it names none or several.
bool AdversaryInSentence(const SentenceView& v, const Discourse& d, const Referent& source, Side* side) {
  const std::string own = events::Principal(source.code);
  std::string other;
  for (const ActorMention& m : d.mentions()) {
    if (m.sentence != v.index || m.code.size() != 3 || m.kind != ActorKind::kState || m.code == own) continue;
    if (!other.empty() && other != m.code) return false;
    other = m.code;
  }
  if (other.empty()) return false;
  Referent r;
  r.code = other;
  r.kind = ActorKind::kState;
  *side = AdversarySide(r);
  return true;
}

// Whether an event noun is named again: "इस हमले", "उसी हमले".
bool NamedAgain(const SentenceView& v, const Trigger& t) {
  static const events::KeySet kThis({"इस", "उस", "इसी", "उसी"});
  return t.phrase >= 0 && kThis.Contains(v.keys[v.parse->phrases[t.phrase].first]);
}

// "मुंबई हमलों के लिए लश्कर को ज़िम्मेदार ठहराया": the one a sentence
// holds responsible (112 on ज़िम्मेदार or दोषी) is the attacker of an attack
// it names without one, not the armed group of the attack's place.
void AttackerHeldResponsible(const SentenceView& v, std::vector<Decided>* decided) {
  static const events::KeySet kResponsible({"ज़िम्मेदार", "जिम्मेदार", "जिम्मेवार", "दोषी", "कसूरवार"});
  const Decided* held = nullptr;
  for (const Decided& x : *decided) {
    if (x.from_speech || x.code.rfind("112", 0) != 0 || x.target.actors.empty() || x.cand.trigger == nullptr) continue;
    for (int k = x.cand.trigger->first; k < x.cand.trigger->last && held == nullptr; ++k)
      if (kResponsible.Contains(v.keys[k])) held = &x;
  }
  if (held == nullptr) return;
  for (Decided& x : *decided) {
    if (&x == held || x.from_speech || !x.cand.unnamed_source || !events::IsViolentCode(x.code)) continue;
    Side by = held->target;
    events::RemoveActorsOf(x.target.actors, &by.actors);
    if (by.actors.empty()) continue;
    for (Referent& r : by.actors) r.how = Resolution::kEvent;
    x.source = by;
    x.source.role = "held responsible";
    x.cand.unnamed_source = false;
    x.cand.rules.push_back("source: the one the sentence holds responsible (" + by.actors[0].code + ")");
  }
}

// "पेरिस में हुए हमलों में 130 लोग मारे गए … । इस्लामिक स्टेट ने हमलों
// की ज़िम्मेदारी ली": once an armed group claims the article's attack, the
// unnamed attackers of that attack, taken for the armed group of its place
// (FRAREB), are that group and not another: their events go, and the
// claim's stay. `claimants`: the principals of the groups that claimed.
void DropAttackersTheClaimNames(const std::set<std::string>& claimants, std::vector<Event>* raw) {
  if (claimants.empty()) return;
  std::erase_if(*raw, [&](const Event& e) {
    return e.source.how == "implied" && events::RoleCode(e.source.code) == "REB" &&
           events::IsViolentCode(e.code) && !claimants.count(events::Principal(e.source.code));
  });
}

// "… ने तख़्तापलट पर गंभीर चिंता जताई और … की अपील की", "… हालात पर
// चिंता जताते हुए दोनों पक्षों से … अपील की": concern voiced in the same
// breath as an appeal or a demand by the same source is its preamble; the
// appeal is the act (sets 100-123: five such 110s false, one true).
void ConcernBeforeAppeal(const SentenceView& v, std::vector<Decided>* decided, std::vector<int>* clauses) {
  static const events::KeySet kConcern({"चिंता", "चिंताएं", "चिंताएँ", "फ़िक्र", "फिक्र"});
  auto asks = [](const Decided& y) { return y.code.rfind("02", 0) == 0 || IsDemand(y); };
  for (size_t i = 0; i < decided->size();) {
    const Decided& x = (*decided)[i];
    bool concern = x.code == "110" && x.cand.trigger != nullptr && !x.source.actors.empty();
    if (concern) {
      bool noun = false;
      for (int k = x.cand.trigger->first; k < x.cand.trigger->last; ++k) noun |= kConcern.Contains(v.keys[k]);
      concern = noun;
    }
    bool preamble = false;
    for (const Decided& y : *decided)
      preamble |= concern && &y != &x && asks(y) && !y.source.actors.empty() &&
                  events::Principal(y.source.actors[0].code) == events::Principal(x.source.actors[0].code);
    if (!preamble) {
      ++i;
      continue;
    }
    decided->erase(decided->begin() + static_cast<long>(i));
    clauses->erase(clauses->begin() + static_cast<long>(i));
  }
}

// The innermost clause holding token `t`, -1 if none.
int InnermostClause(const SentenceParse& parse, int t) {
  int best = -1;
  for (size_t c = 0; c < parse.clauses.size(); ++c) {
    const Clause& cl = parse.clauses[c];
    if (t < cl.first || t >= cl.last) continue;
    if (best < 0 || cl.last - cl.first < parse.clauses[best].last - parse.clauses[best].first)
      best = static_cast<int>(c);
  }
  return best;
}

bool InClauseOf(const SentenceParse& parse, int a, int b) {
  return InnermostClause(parse, a) == InnermostClause(parse, b);
}

// "सर्बिया और कोसोवो ने यूरोपीय संघ की मध्यस्थता में हुई बातचीत के बाद …":
// whoever's mediation (X की मध्यस्थता में, or से: "मिस्र की मध्यस्थता से
// इसराइल और हमास के बीच युद्धविराम हो गया") the talks or deal of the
// sentence came in mediates (045) between its sides.
void Mediation(const SentenceView& v, const Discourse& d, std::vector<Decided>* decided,
               std::vector<int>* decided_clause) {
  static const std::string kMediation = events::MatchKey("मध्यस्थता"), kIn = events::MatchKey("में"),
                           kBy = events::MatchKey("से");
  const SentenceParse& parse = *v.parse;
  for (size_t p = 0; p < parse.phrases.size(); ++p) {
    if (v.keys[parse.phrases[p].head] != kMediation || (v.marker[p] != kIn && v.marker[p] != kBy)) continue;
    std::vector<Referent> mediators;
    for (int g : v.genitives[p])
      for (const Referent& r : events::PhraseActors(v, d, g)) mediators.push_back(r);
    if (mediators.empty()) continue;
    // (Not when the sentence refuses something: "भारत ने अमेरिका की
    // मध्यस्थता में बातचीत को खारिज करते हुए …".)
    bool refused = false;
    for (const Decided& x : *decided) refused |= x.code.rfind("12", 0) == 0;
    if (refused) return;
    const size_t n = decided->size();
    for (size_t i = 0; i < n; ++i) {
      const Decided& x = (*decided)[i];
      // (Or sides that agreed to something: "अमेरिका की मध्यस्थता में इजरायल
      // और यूएई … पर सहमत हो गए", 030.)
      const bool talks_or_deal = x.code.rfind("04", 0) == 0 || x.code.rfind("057", 0) == 0 ||
                                 x.code.rfind("08", 0) == 0 || x.code.rfind("03", 0) == 0;
      if (x.from_speech || !talks_or_deal || x.source.actors.empty()) continue;
      // (In the clause of the act: "नॉर्वे की मध्यस्थता में हुई बातचीत विफल
      // होने के बाद श्रीलंका ने भारत से बातचीत की" mediated other talks.)
      const Trigger* t = x.cand.trigger;
      if (t == nullptr || !InClauseOf(parse, t->first, parse.phrases[p].head)) continue;
      std::vector<Referent> sides = x.source.actors;
      for (const Referent& r : x.target.actors) sides.push_back(r);
      events::RemoveActorsOf(mediators, &sides);
      if (sides.size() < 2) continue;
      Decided m = x;
      m.code = "045";
      m.source.actors = mediators;
      m.source.role = "mediator";
      m.target.actors = sides;
      m.joint = m.joint_within = false;
      m.cand.rules.push_back("mediation: " + mediators[0].code + " mediated (X की मध्यस्थता में)");
      const int clause = (*decided_clause)[i];
      decided->push_back(std::move(m));
      decided_clause->push_back(clause);
      return;
    }
  }
}

// The code of an attack coded `code` that is a bombing, else "", and why:
// a bombing (183) with a suicide attacker in its sentence ("आत्मघाती
// हमलावर ने … विस्फोट कर दिया") is 1831; a generic attack (190, 180) is
// one when by suicide attackers ("आत्मघाती हमलावरों ने सेना के जवानों को
// निशाना बनाया"), or named again as "इस हमले" within three sentences of
// the bombing the article told ("… आत्मघाती बम विस्फोट हुआ। इस हमले में
// छह जवान घायल हुए").
std::string BombingOf(const SentenceView& v, const Discourse& d, const Trigger& t, const Candidate& cand,
                      const AttackMemory& memory, const std::string& code, std::string* why) {
  if (code.rfind("183", 0) == 0 && code != "1831") {
    static const events::KeySet kSuicideInSentence({"आत्मघाती", "फिदायीन"});
    for (int k = 0; k < v.size(); ++k)
      if (kSuicideInSentence.Contains(v.keys[k])) {
        *why = "code: a suicide attacker in the sentence, 1831";
        return "1831";
      }
    return "";
  }
  if (code != "190" && code != "180") return "";
  static const events::KeySet kSuicide({"आत्मघाती"});
  bool suicide = false;
  for (int k = std::max(0, t.first - 3); k < t.last; ++k) suicide |= kSuicide.Contains(v.keys[k]);
  for (const Referent& r : cand.source.actors) {
    if (r.mention < 0 || r.mention >= static_cast<int>(d.mentions().size())) continue;
    const ActorMention& m = d.mentions()[r.mention];
    if (m.sentence != v.index) continue;
    for (int k = m.first; k < m.last && k < v.size(); ++k) suicide |= kSuicide.Contains(v.keys[k]);
  }
  std::string bombing;
  if (suicide) bombing = "1831";
  else if (!memory.named.empty() && v.index - memory.named_sentence <= 3 && NamedAgain(v, t)) bombing = memory.named;
  if (!bombing.empty()) *why = "code: a bombing, " + bombing;
  return bombing;
}

class CoderImpl : public EventCoder {
 public:
  explicit CoderImpl(std::unique_ptr<Lexicon> lex) : lex_(std::move(lex)) {}

  int num_patterns() const override { return static_cast<int>(lex_->patterns().size()); }

  std::vector<PredicateKnowledge> Vocabulary(const Sentence& sentence,
                                             const SentenceParse& parse) const override {
    std::vector<PredicateKnowledge> out(parse.predicates.size());
    SentenceView v = events::BuildView(sentence, parse, 0);
    for (size_t p = 0; p < parse.predicates.size(); ++p) {
      std::string key;
      for (const std::string& w : Split(parse.predicates[p].lemma)) key += (key.empty() ? "" : " ") + events::MatchKey(w);
      out[p].lemma = parse.predicates[p].lemma;
      out[p].known = lex_->IsNonEvent(key) ? Known::kNotEvent : Known::kUnknown;
    }
    for (const Trigger& t : events::FindTriggers(v, *lex_)) {
      if (t.predicate < 0) continue;
      bool coded = false;
      for (int pid : t.patterns) coded |= !lex_->patterns()[pid].code.empty();
      out[t.predicate].known = coded ? Known::kCoded : Known::kNotEvent;
    }
    return out;
  }

  std::vector<Event> Code(const Document& doc, const std::vector<SentenceParse>& parses,
                          const std::vector<ActorMention>& mentions) const override;

 private:
  // The pattern of a trigger's candidate; -1 is the built-in pattern of a
  // predicate that says what another side should do (AddAskedPredicates).
  const Pattern& PatternOf(int pid) const;
  void AddAskedPredicates(const SentenceView& v, std::vector<Trigger>* triggers) const;
  void CodeSentence(const Document& doc, const Discourse& d, SentenceView& v, bool doc_sport,
                    AttackMemory* memory, std::vector<Event>* out) const;
  void RememberActs(const Discourse& d, const SentenceView& v, AttackMemory* memory) const;
  void Emit(const Document& doc, const Discourse& d, const SentenceView& v, const Decided& x,
            std::vector<Event>* out) const;
  EventSpan Span(const Discourse& d, const SentenceView& v, const Referent& r, const Side& side) const;

  std::unique_ptr<Lexicon> lex_;
};

std::vector<Event> CoderImpl::Code(const Document& doc, const std::vector<SentenceParse>& parses,
                                   const std::vector<ActorMention>& mentions) const {
  if (parses.size() != doc.sentences.size()) return {};
  Discourse d(doc, parses, mentions);
  std::vector<int> actors_in(doc.sentences.size(), 0);
  for (const ActorMention& m : mentions)
    if (m.sentence >= 0 && m.sentence < static_cast<int>(actors_in.size())) ++actors_in[m.sentence];
  // Sport, film and market words: per sentence, and three make an article.
  int discard_hits = 0;
  std::vector<char> sport(doc.sentences.size(), 0);
  for (size_t s = 0; s < doc.sentences.size(); ++s)
    for (const Token& t : doc.sentences[s].tokens)
      if (t.kind == TokenKind::kWord && lex_->IsDiscard(t.text)) {
        ++discard_hits;
        sport[s] = 1;
      }
  const bool doc_sport = discard_hits >= 3;
  std::vector<Event> raw;
  AttackMemory memory;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    // An event needs an actor written in the sentence or one it refers to
    // without writing (a dropped subject, दोनों, मैंने).
    if (doc.sentences[s].tokens.empty()) continue;
    SentenceView v = events::BuildView(doc.sentences[s], parses[s], static_cast<int>(s));
    v.sport = sport[s];
    CodeSentence(doc, d, v, doc_sport, &memory, &raw);
    RememberActs(d, v, &memory);
  }
  DropAttackersTheClaimNames(memory.claimants, &raw);
  // One event per (source, root, target): the most specific code, else the
  // first evidence.
  std::vector<Event> out;
  std::map<std::tuple<std::string, std::string, std::string>, size_t> seen;
  for (Event& e : raw) {
    auto key = std::make_tuple(e.source.code, e.root_code, e.target.code);
    auto it = seen.find(key);
    if (it == seen.end()) {
      seen[key] = out.size();
      out.push_back(std::move(e));
    } else if (Specificity(e.code) > Specificity(out[it->second].code)) {
      out[it->second] = std::move(e);
    }
  }
  // The sentence's text only for the events kept: a long sentence with many
  // pairs must not be copied once per candidate event.
  for (Event& e : out) e.sentence_text = doc.sentences[e.sentence].text;
  return out;
}

// What a speaker says another side should or must do (चाहिए, करना होगा, a
// subjunctive in the कि-clause) is an appeal whatever the act: "पाकिस्तान को
// आतंकवाद का समर्थन बंद करना होगा", "पाकिस्तान को अपने अंदरूनी मामलों पर
// ध्यान देना चाहिए". Such predicates with no row of their own get this
// pattern (root 01: the reported-speech rules make it 020, or 100 after a
// demand); outside reported speech it is nothing.
// The built-in pattern for a resignation asked of another side.
constexpr int kAskedResign = -2;
// The built-in pattern for shame another side should feel ("चीन सरकार को
// शर्मिंदा होना चाहिए", "उन्हें शर्म आनी चाहिए"): criticism, 111.
constexpr int kAskedShame = -3;

// Whether predicate `pr` is stepping down: इस्तीफा/त्यागपत्र देना, पद छोड़ना.
bool StepsDown(const SentenceView& v, const Predicate& pr) {
  static const events::KeySet kResign({"इस्तीफा", "इस्तीफ़ा", "त्यागपत्र", "त्याग-पत्र"});
  static const std::string kPost = events::MatchKey("पद");
  if (pr.noun >= 0 && kResign.Contains(v.keys[pr.noun])) return true;
  for (const Argument& a : pr.args)
    if (v.keys[v.parse->phrases[a.phrase].head] == kPost && pr.lemma.find("छोड़") != std::string::npos) return true;
  return false;
}

// Whether predicate `pr` is being ashamed: शर्मिंदा/शर्मसार होना, शर्म आना/करना.
bool IsShame(const SentenceView& v, const Predicate& pr) {
  static const events::KeySet kShame({"शर्मिंदा", "शर्मसार", "शर्म"});
  return pr.noun >= 0 && kShame.Contains(v.keys[pr.noun]);
}

// The built-in pattern for what another side should do by predicate `pr`.
int AskedPattern(const SentenceView& v, const Predicate& pr) {
  return StepsDown(v, pr) ? kAskedResign : IsShame(v, pr) ? kAskedShame : -1;
}

const Pattern& CoderImpl::PatternOf(int pid) const {
  static const Pattern* asked = [] {
    auto* p = new Pattern;
    p->code = "010";
    p->asked = true;
    p->origin = "reported speech: what another side should do";
    return p;
  }();
  // (Stepping down, "मुख्यमंत्री को इस्तीफा देना चाहिए", is a demand for a
  // change of leadership, 1041.)
  static const Pattern* resign = [] {
    auto* p = new Pattern(*asked);
    p->demanded = "1041";
    p->origin = "reported speech: stepping down, which another side should do";
    return p;
  }();
  static const Pattern* shame = [] {
    auto* p = new Pattern(*asked);
    p->demanded = "111";
    p->origin = "reported speech: shame, which another side should feel";
    return p;
  }();
  if (pid == kAskedResign) return *resign;
  if (pid == kAskedShame) return *shame;
  return pid < 0 ? *asked : lex_->patterns()[pid];
}

void CoderImpl::AddAskedPredicates(const SentenceView& v, std::vector<Trigger>* triggers) const {
  const SentenceParse& parse = *v.parse;
  std::vector<bool> covered(parse.predicates.size(), false);
  for (Trigger& t : *triggers) {
    if (t.predicate < 0) continue;
    covered[t.predicate] = true;
    // A predicate with rows of its own that none fills ("पाकिस्तान को
    // आतंकवाद का रास्ता छोड़ना होगा": छोड़ना, release, with no one released)
    // is still what the speaker asks of its agent: the built-in pattern last.
    const Predicate& pr = parse.predicates[t.predicate];
    if (pr.verb_form != "Fin" || std::find(t.patterns.begin(), t.patterns.end(), -1) != t.patterns.end() ||
        std::find(t.patterns.begin(), t.patterns.end(), kAskedResign) != t.patterns.end() ||
        std::find(t.patterns.begin(), t.patterns.end(), kAskedShame) != t.patterns.end())
      continue;
    const Modality m = events::ModalityOf(v, t);
    if (m.Asked() && !m.negated) t.patterns.push_back(AskedPattern(v, pr));
  }
  for (size_t q = 0; q < parse.predicates.size(); ++q) {
    const Predicate& pr = parse.predicates[q];
    // (A verb, not a copula: "वे … आतंकवादी थे".)
    if (covered[q] || pr.verb_form != "Fin" || pr.tokens.empty() || (pr.noun < 0 && pr.lemma == "होना")) continue;
    Trigger t;
    t.predicate = static_cast<int>(q);
    t.first = pr.tokens.front();
    t.last = pr.head + 1;
    const Modality m = events::ModalityOf(v, t);
    if (!m.Asked() || m.negated) continue;
    t.patterns = {AskedPattern(v, pr)};
    triggers->push_back(std::move(t));
  }
  std::stable_sort(triggers->begin(), triggers->end(),
                   [](const Trigger& a, const Trigger& b) { return a.first < b.first; });
}

void CoderImpl::CodeSentence(const Document& doc, const Discourse& d, SentenceView& v, bool doc_sport,
                             AttackMemory* memory, std::vector<Event>* out) const {
  const SentenceParse& parse = *v.parse;
  std::vector<Trigger> triggers = events::FindTriggers(v, *lex_);
  AddAskedPredicates(v, &triggers);
  if (triggers.empty()) return;
  std::vector<Decided> decided;
  // Clauses whose events are not coded: the content of an accusation.
  std::vector<int> suppressed_clauses;
  std::vector<std::string> accusers;  // the sources of the accusations that suppress them
  std::vector<int> decided_clause;  // the speech clause of each decided event, -1
  // An attack named without its attacker: its code and victims, and the
  // code of the last attack noun named so.
  struct { std::string code; std::vector<Referent> victims; std::string named; } claimable;
  // Threats with no target yet, by their predicate, and the target the act
  // in their clause gives.
  struct PendingThreat {
    Decided x;
    int predicate;
    int clause;
    std::vector<Referent> target;
  };
  std::vector<PendingThreat> threats;
  for (const Trigger& t : triggers) {
    // Where a pattern's requirements are looked for.
    int nf = 0, nl = v.size();
    events::NeedsRegion(v, t, &nf, &nl);
    // (A label is looked for without the कि-clause: "सदन को बताया कि अवैध
    // रूप से …" labels nothing.)
    int lf = 0, ll = v.size();
    events::NeedsRegion(v, t, &lf, &ll, false);
    Candidate cand;
    const Pattern* chosen = nullptr;
    // (Aid with no recipient written is the last resort: a later row of the
    // trigger may find one, "सरकार ने बैंकों से … का वादा किया".)
    Candidate aid_only;
    const Pattern* aid_pattern = nullptr;
    std::string chosen_word;  // the chosen row's requirement met, if any
    bool both_fire = false;   // fire from both sides: a joint event
    for (int pid : t.patterns) {
      const Pattern& p = PatternOf(pid);
      // (A refusal row only for a negated finite predicate: "… को तैयार नहीं
      // कि" governs the infinitive, which refuses nothing.)
      if (p.refusal && (t.predicate < 0 || !parse.predicates[t.predicate].negated ||
                        parse.predicates[t.predicate].verb_form != "Fin"))
        continue;
      std::string word;
      if (!events::NeedsMet(v, p, p.label ? lf : nf, p.label ? ll : nl, &word)) continue;
      if (p.code.empty()) break;  // a blocker: "आरोपों से इनकार" is not coded
      Candidate c;
      c.trigger = &t;
      c.pattern = &p;
      if (!word.empty()) c.rules.push_back("needs: '" + word + "' in the clause");
      if (!events::FillRoles(v, d, *lex_, t, p, &c)) continue;
      if (c.target_aid) {
        if (aid_pattern == nullptr) aid_only = std::move(c), aid_pattern = &p;
        continue;
      }
      cand = std::move(c);
      chosen = &p;
      chosen_word = word;
      break;
    }
    if (chosen == nullptr && aid_pattern != nullptr) {
      cand = std::move(aid_only);
      chosen = aid_pattern;
    }
    auto trace = [&](const std::string& what) {
      if (!Tracing()) return;
      std::string words;
      for (int k = t.first; k < t.last; ++k) words += (k > t.first ? " " : "") + v.sent->tokens[k].text;
      std::fprintf(stderr, "TRACE %s s%d [%s] %s\n", doc.id.c_str(), v.index, words.c_str(), what.c_str());
    };
    // An accusation or a formal complaint whose target the roles do not
    // reach (a clause the parse leaves unattached, a genitive inside the
    // charge) is against the one other actor its sentence names: "खर ने
    // क्लिंटन से फ़ोन पर बात करके कड़ा विरोध दर्ज कराया", "मायावती ने ईवीएम
    // में धोखाधड़ी का आरोप लगाया" after the BJP's win. Not with two others
    // (which one?), nor for other codes: on sets 44-91 it finds 13 true and
    // 2 false accusations and complaints, but criticism, concern and
    // protests so found are as often false as true in real news and
    // editorials (प्रदर्शन is also a performance), and appeals,
    // consultations and rejections more often.
    auto accusation = [](const Pattern& p) { return p.code.rfind("112", 0) == 0 || p.code == "114"; };
    bool accuses = false;  // (only then is the search below worth its cost)
    for (int pid : t.patterns) accuses |= accusation(PatternOf(pid));
    if (!chosen && accuses && t.predicate >= 0)
      for (int pid : t.patterns) {
        const Pattern& p = PatternOf(pid);
        std::string word;
        if (!events::NeedsMet(v, p, p.label ? lf : nf, p.label ? ll : nl, &word)) continue;
        if (p.code.empty()) break;
        Candidate c;
        c.trigger = &t;
        c.pattern = &p;
        events::FillRoles(v, d, *lex_, t, p, &c);
        if (c.source.actors.empty() || !c.target.actors.empty()) continue;
        if (!accusation(p) || !p.ifsource_code.empty()) break;
        if (!LoneOtherActor(v, d, c.source, &c.target)) break;
        c.rules.push_back("target: the one other actor of the sentence");
        if (!word.empty()) c.rules.push_back("needs: '" + word + "' in the clause");
        cand = std::move(c);
        chosen = &p;
        chosen_word = word;
        break;
      }
    // Fire "from both sides" (दोनों ओर से, दोनों तरफ़ से) that names no side
    // is between the sides of the last violent event, in the two sentences
    // before: "सेना ने … चरमपंथियों के ख़िलाफ़ अभियान शुरू किया। इस दौरान
    // दोनों ओर से भारी गोलीबारी हुई".
    if (!chosen && memory->fight_sentence >= v.index - 2 && memory->fight_sentence < v.index) {
      static const events::KeySet kBoth({"दोनों", "दोनो"}), kSide({"ओर", "तरफ", "तरफ़"});
      static const std::string kFrom = events::MatchKey("से");
      bool both_sides = false;
      for (int k = 0; k + 2 < v.size() && !both_sides; ++k)
        both_sides = kBoth.Contains(v.keys[k]) && kSide.Contains(v.keys[k + 1]) && v.keys[k + 2] == kFrom;
      for (int pid : t.patterns) {
        if (!both_sides) break;
        const Pattern& p = PatternOf(pid);
        if (!events::IsViolentCode(p.code)) continue;
        Candidate c;
        c.trigger = &t;
        c.pattern = &p;
        events::FillRoles(v, d, *lex_, t, p, &c);
        if (!c.source.actors.empty() || !c.target.actors.empty()) break;
        c.source = AdversarySide(memory->fight_a);
        c.target = AdversarySide(memory->fight_b);
        c.rules.push_back("sides: those of the last violent event (दोनों ओर से)");
        cand = std::move(c);
        chosen = &p;
        both_fire = true;
        break;
      }
    }
    if (!chosen) {
      // An attack named without its attacker ("हमले की जिम्मेदारी … ली"):
      // what a claim in this sentence claims.
      for (int pid : t.patterns) {
        const Pattern& p = PatternOf(pid);
        if (!events::IsViolentCode(p.code)) continue;
        Candidate c;
        c.trigger = &t;
        events::FillRoles(v, d, *lex_, t, p, &c);
        if (c.source.actors.empty()) claimable.named = p.code;
        if (p.code.rfind("183", 0) == 0) memory->named = p.code, memory->named_sentence = v.index;  // a bombing
        if (!c.target.actors.empty() && c.source.actors.empty()) {
          claimable.code = p.code;
          claimable.victims = c.target.actors;
        }
        break;
      }
      if (Tracing()) {
        std::string why;
        for (int pid : t.patterns) {
          const Pattern& p = PatternOf(pid);
          Candidate c;
          c.trigger = &t;
          events::FillRoles(v, d, *lex_, t, p, &c);
          why += " " + p.origin + "(" + p.code + " src=" + Codes(c.source.actors) + " tgt=" + Codes(c.target.actors) + ")";
          if (why.size() > 400) break;
        }
        trace("no roles:" + why);
      }
      continue;
    }
    // A label that names whose act it is ("… ने इसे ईरान की 'सीधी सैन्य
    // आक्रामकता' क़रार दिया"): criticism or an accusation of that owner, not
    // of what इसे stands for.
    if (!chosen_word.empty() && chosen->code.rfind("11", 0) == 0 && t.predicate >= 0 &&
        (v.keys[t.first] == events::MatchKey("करार") || parse.predicates[t.predicate].lemma == "बताना")) {
      const std::string first = events::MatchKey(chosen_word.substr(0, chosen_word.find(' ')));
      for (int k = nf; k < nl && k < v.size(); ++k) {
        if (v.keys[k] != first || v.phrase_of[k] < 0) continue;
        std::vector<Referent> owner;
        for (int g : v.genitives[v.phrase_of[k]]) {
          owner = events::PhraseActors(v, d, g);
          if (!owner.empty()) break;
        }
        events::RemoveActorsOf(cand.source.actors, &owner);
        if (!owner.empty()) {
          cand.target.actors = owner;
          cand.rules.push_back("target: the owner the label names");
        }
        break;
      }
    }
    if (chosen->sport && (v.sport || doc_sport) && !ArmedSide(cand.source.actors) &&
        !ArmedSide(cand.target.actors)) {
      trace("sport context");
      continue;
    }
    OwnGovernment(d, cand.source, &cand.target, &cand.rules);
    Modality m = events::ModalityOf(v, t);
    // "भारत की मांग पर अमल नहीं करेंगे": a demand owned by its maker was
    // made, whatever its clause does with it (not when proposed: संभावित).
    if (chosen->made && cand.source.role == events::MatchKey("का") && !m.Real() && !m.recalled && m.from_host) {
      cand.rules.push_back("made: the genitive's " + v.sent->tokens[t.first].text + ", whatever its clause says");
      m = Modality();
    }
    // "अकाली दल इन विधेयकों को कभी स्वीकार नहीं करेगा": the negation, said
    // of now or of the future, is the refusal.
    if (chosen->refusal) {
      cand.rules.push_back("refusal: a negated acceptance");
      m.negated = m.future = false;
    }
    // "… को माफ़ी के क़ाबिल नहीं बताया": a negation the row's label ends in
    // is the label's, not the verb's.
    static const std::string kNot = events::MatchKey("नहीं");
    if (m.negated && chosen_word.size() > kNot.size() &&
        std::string_view(events::MatchKey(chosen_word)).ends_with(kNot)) {
      cand.rules.push_back("the negation is the label's: '" + chosen_word + "'");
      m.negated = false;
    }
    // "जब कोई नेता … आपत्ति करता है": anyone is no actor of an event.
    if (cand.source.phrase >= 0) {
      const Phrase& sp = parse.phrases[cand.source.phrase];
      bool anyone = false;
      for (int k = sp.first; k < sp.last && k <= sp.head; ++k) anyone |= v.keys[k] == events::MatchKey("कोई");
      if (anyone) {
        trace("generic: कोई (anyone) as the source");
        continue;
      }
    }
    // "पुलिस प्रवक्ता ने कहा कि यह हमला एक नेता को निशाना बनाकर किया गया": an
    // official reporting an attack is not its unwritten attacker.
    if (m.speech_clause >= 0 && !cand.source.actors.empty() && cand.source.phrase < 0 &&
        events::IsViolentCode(chosen->code)) {
      const std::vector<Referent> speaker = d.Speaker(v.index, m.speech_clause);
      bool speaks = false;
      for (const Referent& a : cand.source.actors)
        for (const Referent& b : speaker) speaks |= a.code == b.code && a.how == Resolution::kEllipsis;
      if (speaks) {
        trace("the speaker is not the unwritten attacker of what it reports");
        continue;
      }
    }
    if (t.predicate >= 0 && IsTelling(parse.predicates[t.predicate].lemma) && AllOutlets(cand.target.actors)) {
      trace("told an outlet: the channel, not an addressee");
      continue;
    }
    trace(chosen->origin + " " + chosen->code + " src=" + Codes(cand.source.actors) + " tgt=" +
          Codes(cand.target.actors) + (m.Real() ? " real" : " unreal: " + m.why) +
          (m.speech_clause >= 0 ? " speech" : ""));
    // The act a target-less threat threatens gives its target, when that
    // is another state's.
    for (PendingThreat& pt : threats) {
      if (m.Real() || m.speech_governor != pt.predicate || !pt.target.empty() || cand.target.actors.empty()) continue;
      std::vector<Referent> on = cand.target.actors;
      RemovePrincipal(events::Principal(pt.x.source.actors[0].code), &on);
      pt.target = on;
    }
    // The attacks reported before: the attacker of "इस हमले".
    if (cand.target.actors.empty() && cand.target_event >= 0) {
      // (An attack its sentence names with its attacker's genitive, "ईरान
      // के हमले की रूस ने आलोचना की, जबकि … ने इसकी निंदा की", is his.)
      std::vector<Referent> owner;
      if (v.parse->phrases[cand.target_event].last <= t.first)
        for (int g : v.genitives[cand.target_event]) events::AddUnique(events::PhraseActors(v, d, g), &owner);
      events::RemoveActorsOf(cand.source.actors, &owner);
      // (With no attack remembered, the violence condemned may be the
      // police's on a crowd: "पुलिस ने प्रदर्शनकारियों पर लाठियां बरसाईं …
      // यूरोपीय संघ ने हिंसा की निंदा की".)
      if (!owner.empty()) {
        events::SetTarget(owner, cand.target_event, "event", "target: the attacker its sentence names", &cand);
      } else if (memory->known) {
        RememberedTarget(memory->attacker, cand.target_event, &cand);
      } else if (memory->crowd_sentence >= 0) {
        cand.rules.push_back("target: the police of the crowd control reported before");
        RememberedTarget(memory->crowd_source, cand.target_event, &cand);
      } else {
        // (What is labelled may be another act the article reported, named
        // by its noun: "उत्तर कोरिया ने … परमाणु परीक्षण किया … ओबामा ने
        // परीक्षण को बेहद उकसावे वाली कार्रवाई बताया" is North Korea's.)
        const AttackMemory::Act* named = nullptr;
        for (size_t q = 0; q < v.parse->phrases.size() && named == nullptr; ++q) {
          if (v.marker[q] != events::MatchKey("को") || v.parse->phrases[q].last > t.first) continue;
          const std::string stem = NounStem(v.keys[v.parse->phrases[q].head]);
          for (auto it = memory->acts.rbegin(); it != memory->acts.rend(); ++it)
            if (it->noun == stem && it->sentence < v.index) {
              named = &*it;
              break;
            }
        }
        if (named == nullptr) {
          trace("no attack reported before for its target");
          continue;
        }
        cand.rules.push_back("target: who did the act labelled (" + named->source.code + ")");
        RememberedTarget(named->source, -1, &cand);
      }
      if (cand.target.actors.empty()) continue;
    }
    // An addressee the text does not name waits for the act it names: "…
    // तख़्तापलट के ख़िलाफ़ प्रदर्शन किया" is against the soldiers who did it;
    // with no such act it stands.
    events::Side implied;
    std::string implied_rule;
    if (cand.target.role == "implied" && cand.target_act >= 0 && !cand.joint_within && !cand.rules.empty()) {
      implied = std::move(cand.target);
      implied_rule = std::move(cand.rules.back());
      cand.rules.pop_back();
      cand.target = events::Side();
    }
    // A reaction (05, 11, 12) to इसका, इसकी, इसे alone: after a document or
    // step named earlier in its sentence, it is to that thing, not to the
    // actor named with it ("भारत ने प्रस्ताव के पक्ष में मतदान किया, जबकि
    // चीन ने इसका विरोध किया"); else, in the two sentences after a reaction
    // to an act named again, it reacts to the same act ("मिस्र ने समझौते का
    // स्वागत किया। भारत ने भी इसका स्वागत किया"), not to the actor named last.
    {
      const std::string croot = chosen->code.substr(0, 2);
      const bool reaction = croot == "05" || croot == "11" || croot == "12";
      static const events::KeySet kIt({"इसका", "इसकी", "इसके", "इसे", "इसको"});
      const bool it = reaction && cand.target.phrase >= 0 &&
                      cand.target.phrase < static_cast<int>(parse.phrases.size()) &&
                      parse.phrases[cand.target.phrase].first == parse.phrases[cand.target.phrase].head &&
                      kIt.Contains(v.keys[parse.phrases[cand.target.phrase].head]);
      static const events::KeySet kDocument({"प्रस्ताव", "प्रस्तावों", "समझौते", "समझौता", "फैसले", "फैसला", "फ़ैसले",
                                              "फ़ैसला", "कानून", "क़ानून", "विधेयक", "बिल", "योजना", "नीति", "निर्णय",
                                              "मसौदे", "मसौदा", "बयान", "कदम", "क़दम"});
      bool document = false;
      for (size_t q = 0; it && q < parse.phrases.size() &&
                         parse.phrases[q].last <= parse.phrases[cand.target.phrase].first;
           ++q)
        document |= kDocument.Contains(v.keys[parse.phrases[q].head]);
      if (it && document) {
        cand.target = events::Side();
        cand.rules.push_back("target: इसका stands for the document or step named before it");
      } else if (it && !memory->reaction_target.empty() && memory->reaction_sentence < v.index &&
                 v.index - memory->reaction_sentence <= 2) {
        cand.target.actors = memory->reaction_target;
        events::RemoveActorsOf(cand.source.actors, &cand.target.actors);
        cand.rules.push_back("target: the act the reactions just before were to");
      }
    }
    // "अमरीका ने ईरान पर प्रतिबंध लगाए। ईरान ने इन प्रतिबंधों की निंदा की":
    // the one who did the act named again just before (the same noun, or a
    // word for any step: कदम, फैसला, कार्रवाई).
    if (cand.target.actors.empty() && (cand.target_act >= 0 || cand.target_act_noun >= 0) && !cand.joint_within) {
      static const events::KeySet kAnyStep({"कदम", "कदमों", "क़दम", "फैसले", "फैसला", "फ़ैसले", "फ़ैसला",
                                            "निर्णय", "निर्णयों", "कार्रवाई", "कार्रवाइयों", "कार्यवाही"});
      // (The predicate's own noun, "न्योता स्वीकार किया", counts as a bare
      // one.)
      if (cand.target_act < 0) cand.target_act_bare = true;
      const int head_tok = cand.target_act >= 0 ? parse.phrases[cand.target_act].head : cand.target_act_noun;
      const std::string_view head = v.keys[head_tok];
      // "विपक्ष ने चुनाव का बहिष्कार किया", "… नतीजों को मान्यता नहीं देंगे":
      // an election or its result boycotted, rejected or condemned is the
      // government that held it (its genitive's, else the article's main
      // state's).
      const std::string root2 = chosen->code.substr(0, 2);
      // (So is wrongdoing alleged in an election: "विपक्ष ने चुनाव में बड़े
      // पैमाने पर धांधली का आरोप लगाया".)
      bool in_election = false;
      if (root2 == "11" && cand.target_act >= 0)
        for (int k = 0; k + 1 < t.first && !in_election; ++k)
          in_election = events::IsElectionNoun(v.keys[k]) && v.keys[k + 1] == events::MatchKey("में");
      if ((events::IsElectionNoun(head) || in_election) && (root2 == "11" || root2 == "12" || root2 == "14") && !cand.source.actors.empty()) {
        std::string state;
        if (cand.target_act >= 0)
          for (int g : v.genitives[cand.target_act])
            for (const Referent& r : events::PhraseActors(v, d, g))
              if (r.code.size() == 3 && r.kind == ActorKind::kState) state = r.code;
        if (state.empty() && !d.main_states().empty()) state = d.main_states()[0];
        if (!state.empty()) {
          Referent gov;
          gov.code = state + "GOV";
          gov.kind = ActorKind::kOrganisation;
          gov.how = Resolution::kImplied;
          cand.target.actors = {gov};
          cand.target.phrase = cand.target_act;
          cand.target.role = "implied";
          events::RemoveActorsOf(cand.source.actors, &cand.target.actors);
          if (!cand.target.actors.empty()) cand.rules.push_back("target: the government that held the election");
        }
      }
      // (The same noun may be an act before the last: "… ने याचिका दाखिल
      // कर मांग की थी। … ने उस याचिका को खारिज कर दिया".)
      // (Violence named again, "विपक्ष ने हिंसा की निंदा की": the latest of
      // the attack and the crowd control reported in the eight sentences
      // before.)
      static const events::KeySet kViolence({"हिंसा", "दमन", "बर्बरता", "ज्यादती", "ज्यादतियों", "बल प्रयोग"});
      // (Also the two-word बल प्रयोग, headed by प्रयोग.)
      static const std::string kForce = events::MatchKey("बल"), kUse = events::MatchKey("प्रयोग");
      const bool force_used = head_tok > 0 && v.keys[head_tok - 1] == kForce && head == kUse;
      if (kViolence.Contains(head) || force_used) {
        const bool attack = memory->known && v.index - memory->sentence <= 8;
        const bool crowd = memory->crowd_sentence >= 0 && v.index - memory->crowd_sentence <= 8;
        if (crowd && (!attack || memory->crowd_sentence >= memory->sentence)) {
          cand.rules.push_back("target: the police of the crowd control reported before");
          RememberedTarget(memory->crowd_source, cand.target_act, &cand);
        } else if (attack) {
          cand.rules.push_back("target: the attacker reported before");
          RememberedTarget(memory->attacker, cand.target_act, &cand);
        }
      }
      // (Also "इसका": "… वाणिज्य दूतावास बंद करने का आदेश दिया। चीन ने चेतावनी
      // दी कि वह इसका मुंहतोड़ जवाब देगा" answers the last act.)
      static const events::KeySet kThisThing({"इसका", "इसकी", "इसके", "इसे", "इन्हें", "इनका", "इनकी", "इनके"});
      // (Only for an answer or threat: "पुलिस इसकी जांच कर रही है" answers
      // nothing.)
      const bool answer = chosen->code.rfind("13", 0) == 0 || chosen->ifsource_code.rfind("19", 0) == 0;
      // (A request turned down or accepted names the latest appeal or
      // demand whatever its noun: "पुलिस ने … इजाजत मांगी थी, लेकिन सरकार ने
      // यह अनुरोध ठुकरा दिया".)
      static const events::KeySet kRequest({"अनुरोध", "आग्रह", "मांग", "मांगें", "मांगों", "अपील", "गुजारिश", "पेशकश"});
      const bool request = kRequest.Contains(head);
      const bool any_step = (kAnyStep.Contains(head) && !cand.target_act_bare) || request ||
                            (answer && kThisThing.Contains(head) && cand.target_act >= 0 &&
                             parse.phrases[cand.target_act].first == parse.phrases[cand.target_act].head);
      const std::string stem = NounStem(head, cand.target_act_bare);
      // (A coup named after what the soldiers did: "विद्रोही सैनिकों ने
      // राष्ट्रपति को हिरासत में ले लिया … अफ्रीकी संघ ने तख्तापलट की निंदा
      // की": the armed forces' latest act.)
      static const events::KeySet kCoup({"तख्तापलट", "तख़्तापलट", "सैन्य तख्तापलट", "सैन्य तख़्तापलट", "बगावत", "बग़ावत",
                                         "सैन्य विद्रोह"});
      const bool coup = kCoup.Contains(head);
      // Whether act `a` is the one named again; `lead`: an act of the
      // article's first three sentences, at any distance; `anywhere`: any
      // act of the article named by its own noun or family.
      // (An incident named again, "इस घटना की निंदा", or a condemnation of
      // "इसकी" alone, names the last violent act: "अमरीकी सैनिक ने 16 ग्रामीणों
      // की हत्या कर दी … करज़ई ने इस घटना को … बताते हुए इसकी कड़ी निंदा की".)
      // (So do deeds: "… सैनिकों द्वारा … की हत्या … उन्होंने ऐसे कृत्यों की कड़ी
      // निंदा की".)
      static const events::KeySet kIncident({"घटना", "घटनाओं", "वारदात", "वारदातों", "हत्याकांड", "नरसंहार",
                                             "कृत्य", "कृत्यों", "करतूत", "करतूतों", "हरकत", "हरकतों"});
      const bool pronoun_only = cand.target_act >= 0 &&
                                parse.phrases[cand.target_act].first == parse.phrases[cand.target_act].head;
      const bool condemned_this = chosen->code.rfind("11", 0) == 0 && kThisThing.Contains(head) && pronoun_only;
      // (Only the bare noun or with a demonstrative: "पदक लौटाने की घटना"
      // names its own event.)
      static const events::KeySet kThisOne({"इस", "इन", "उस", "उन", "इसी", "उसी", "ऐसी", "ऐसे"});
      static const events::KeySet kGenitive({"का", "की", "के"});
      const bool bare_incident =
          cand.target_act >= 0 && !(head_tok > 0 && kGenitive.Contains(v.keys[head_tok - 1])) &&
          (parse.phrases[cand.target_act].first == head_tok ||
                                   (parse.phrases[cand.target_act].first == head_tok - 1 &&
                                    kThisOne.Contains(v.keys[head_tok - 1])));
      const bool incident = (kIncident.Contains(head) && bare_incident) || condemned_this;
      // (Concern over an incident is no disapproval of those who did it:
      // "चीन … ने घटना पर चिंता जताते हुए दोनों पक्षों से संयम बरतने की
      // अपील की" appeals to both, as the annotators read it.)
      static const std::string kConcern = events::MatchKey("चिंता");
      const bool concern = cand.trigger != nullptr && v.keys[cand.trigger->first] == kConcern;
      auto names = [&](const AttackMemory::Act& a, bool lead, bool anywhere = false) {
        if (incident && concern) return false;
        if (incident) {
          // (Or soldiers' coercion, "सैनिकों ने राष्ट्रपति को हिरासत में ले
          // लिया … इकोवास ने घटना की कड़ी निंदा की": the coup.)
          const std::string role = events::RoleCode(a.source.code);
          const bool coercion = a.code.rfind("17", 0) == 0 && (role == "MIL" || role == "REB");
          // (Or a riot, stones thrown at a team: "लोगों ने टीम पर पत्थर
          // बरसाने शुरू कर दिए … मुख्यमंत्री ने घटना की कड़ी निंदा की".)
          const bool riot = a.code == "145";
          if (!a.coded || !(events::IsViolentCode(a.code) || coercion || riot) || a.sentence == v.index) return false;
          return v.index - a.sentence <= (condemned_this ? 3 : 8);
        }
        // (Eight sentences back for an act named again by its own noun: "…
        // ने समझौते पर दस्तख़त किए। … गुटेरेश ने इस समझौते का स्वागत किया"; two
        // for a word for any step or a request.)
        const bool far = (cand.target_act_bare || coup || !any_step) && !request;
        if (!lead && !anywhere && v.index - a.sentence > (far ? 8 : 2)) return false;
        if (a.sentence == v.index && !request) return false;
        const bool soldiers = coup && events::RoleCode(a.source.code) == "MIL";
        bool kin = false;
        if (const std::vector<std::string>* family = ActFamily(head); family != nullptr && a.coded)
          for (const std::string& prefix : *family) kin |= a.code.rfind(prefix, 0) == 0;
        // (A decision, order or verdict names what a court did: "हाईकोर्ट
        // ने … होर्डिंग्स हटाने को कहा … अखिलेश यादव ने फैसले का स्वागत किया".)
        static const events::KeySet kRuling({"फैसले", "फैसला", "फ़ैसले", "फ़ैसला", "निर्णय", "आदेश", "आदेशों",
                                             "निर्देश", "निर्देशों"});
        // (Also a ruling that codes no event: "तुर्की की सर्वोच्च प्रशासनिक
        // अदालत ने … 1934 के सरकारी फैसले को रद कर दिया … ग्रीस ने फैसले की
        // कड़ी निंदा की".)
        const bool court_ruling = kRuling.Contains(head) && SourceRole(a.source.code) == "JUD";
        kin |= court_ruling;
        // (A bare decision word, "फ़ैसले का स्वागत", names the lead's act too.)
        const bool step = any_step || (lead && kAnyStep.Contains(head));
        if (!step && a.noun != stem && !soldiers && !kin) return false;
        if (step && !a.coded && !court_ruling) return false;  // (a step names an event)
        // (Nor a reaction in words to one, praise, appeal, criticism or
        // rejection, except a request named as such; of the lead too: "… भारत
        // ने भी इसका स्वागत किया। … गुटेरेस ने भी इस कदम का स्वागत किया"
        // welcomes the deal.)
        const bool words = a.code.rfind("11", 0) == 0 || a.code.rfind("051", 0) == 0 ||
                           a.code.rfind("02", 0) == 0 || a.code.rfind("12", 0) == 0;
        if (step && words && (lead || !request)) return false;
        return true;
      };
      auto take = [&](const AttackMemory::Act& a, const char* why, bool with_partners) {
        cand.rules.push_back(std::string(why) + " (" + a.source.code + ")");
        RememberedTarget(a.source, cand.target_act, &cand);
        // (An act done by coordinated sources was done by each: "रूस और
        // चीन ने … प्रस्ताव को वीटो कर दिया … क्लिंटन ने इस वीटो को 'तमाशा'
        // क़रार दिया" is aimed at both.)
        if (!cand.target.actors.empty())
          for (const AttackMemory::Act& b : memory->acts)
            if (&b != &a && b.sentence == a.sentence && b.noun == a.noun && b.code == a.code && b.coded &&
                b.source.code != a.source.code) {
              bool have = false;
              for (const Referent& r : cand.target.actors) have |= r.code == b.source.code;
              if (!have) cand.target.actors.push_back(FromEvent(b.source));
            }
        // (A joint act's sides, not one of the source's own state:
        // "जयशंकर ने इस समझौते को सकारात्मक कदम बताया" praises the other side.)
        if (with_partners)
          for (const Referent& r : a.partners) cand.target.actors.push_back(FromEvent(r));
        // (Only a source of the state's own side: "विपक्षी नेता उरीबे ने
        // समझौते की आलोचना की" criticises his government and the rebels who
        // signed it.)
        if (!a.partners.empty() && !cand.source.actors.empty()) {
          const std::string role = events::RoleCode(cand.source.actors[0].code);
          if (role.empty() || role == "GOV" || role == "MIL")
            RemovePrincipal(events::Principal(cand.source.actors[0].code), &cand.target.actors);
        }
        events::RemoveActorsOf(cand.source.actors, &cand.target.actors);
      };
      // (Not a background act when the lead reported one the noun names:
      // "इजरायल और यूएई … सहमत हो गए [lead] … इससे पहले मिस्र ने … शांति संधि
      // की थी … फलस्तीनी नेतृत्व ने समझौते को खारिज किया" rejects the lead's.)
      bool lead_named = false;
      for (const AttackMemory::Act& a : memory->lead) lead_named |= names(a, true);
      for (auto it = memory->acts.rbegin(); cand.target.actors.empty() && it != memory->acts.rend(); ++it) {
        // (A request or offer turned down is often told in the pluperfect:
        // "सरकार ने … बातचीत की पेशकश की थी। … नेता ने यह पेशकश ठुकरा दी".)
        if (it->background && lead_named && !request) continue;
        if (!names(*it, false)) continue;
        take(*it, "target: who did the act named again", true);
        break;
      }
      // (Else the act the article's lead reported, however far back: "…
      // अदालत ने म्यांमार से … को कहा [s1] … बांग्लादेश ने फैसले का स्वागत
      // किया [s9]".)
      for (auto it = memory->lead.begin(); cand.target.actors.empty() && !request && it != memory->lead.end(); ++it) {
        if (!names(*it, true)) continue;
        // (Its first side only: the sides of a deal named far back are
        // judged one by one, if at all.)
        take(*it, "target: who did the act the lead reported", false);
        break;
      }
      // (Else an act of the article named by its own noun or its family,
      // however far back, the latest first: "… ने शांति समझौते पर दस्तख़त
      // किए [s1] … गुटेरेश ने समझौते का स्वागत किया [s12]"; a court's act
      // named as a decision or order.)
      if (cand.target.actors.empty() && !request && !(any_step && !coup))
        for (auto it = memory->article.rbegin(); it != memory->article.rend(); ++it) {
          if (it->sentence >= v.index || v.index - it->sentence <= 8) continue;
          if (!names(*it, false, true)) continue;
          take(*it, "target: who did the act named again far back", false);
          break;
        }
      // (A request made earlier in this sentence: "पुलिस ने … इजाजत मांगी थी,
      // लेकिन सरकार ने यह अनुरोध ठुकरा दिया".)
      if (cand.target.actors.empty() && request)
        for (auto it = decided.rbegin(); it != decided.rend(); ++it)
          if (!it->from_speech && !it->source.actors.empty() &&
              (it->code.rfind("02", 0) == 0 || it->code.rfind("10", 0) == 0 || it->code.rfind("03", 0) == 0)) {
            cand.rules.push_back("target: who made the request earlier in the sentence");
            RememberedTarget(it->source.actors[0], cand.target_act, &cand);
            break;
          }
      // (A law, bill or ordinance no act before names is its state's: the
      // government of the source's own state, "किसानों ने कृषि कानूनों के
      // खिलाफ प्रदर्शन किया".)
      static const events::KeySet kLaw({"कानून", "कानूनों", "क़ानून", "क़ानूनों", "विधेयक", "विधेयकों", "अध्यादेश",
                                        "अध्यादेशों", "अधिनियम", "अधिनियमों"});
      if (cand.target.actors.empty() && kLaw.Contains(head) && cand.source.actors.size() == 1) {
        const Referent& by = cand.source.actors[0];
        const std::string principal = events::Principal(by.code), role = events::RoleCode(by.code);
        if (principal.size() == 3 && by.code.rfind("IGO", 0) != 0 && by.code.rfind("NGO", 0) != 0 && !role.empty() &&
            role != "GOV" && role != "LEG") {
          Referent government;
          government.code = principal + "GOV";
          government.kind = ActorKind::kOrganisation;
          cand.rules.push_back("target: the government whose law it is (" + government.code + ")");
          RememberedTarget(government, cand.target_act, &cand);
        }
      }
      // (A statement or remarks no act names, "इस बयान पर आपत्ति जताई", are
      // those of the last one who spoke, in the two sentences before.)
      static const events::KeySet kSaid({"बयान", "बयानों", "टिप्पणी", "टिप्पणियों"});
      if (cand.target.actors.empty() && kSaid.Contains(head) && memory->speaker_sentence < v.index &&
          v.index - memory->speaker_sentence <= 2) {
        cand.rules.push_back("target: the one who spoke just before (" + memory->speaker.code + ")");
        RememberedTarget(memory->speaker, cand.target_act, &cand);
        events::RemoveActorsOf(cand.source.actors, &cand.target.actors);
      }
      if (cand.target.actors.empty() && !implied.actors.empty()) {
        cand.target = std::move(implied);
        cand.rules.push_back(std::move(implied_rule));
      }
      if (cand.target.actors.empty() && !cand.claims && !cand.target_open) {
        trace("no act reported just before for its target");
        continue;
      }
    }
    // A release asked of no one written is asked of whoever arrested or
    // seized the people before (the latest such act remembered): "पुलिस ने
    // … को गिरफ्तार किया … एमनेस्टी ने उन्हें रिहा करने की मांग की".
    if (cand.target.actors.empty() && cand.target_captor) {
      for (auto it = memory->acts.rbegin(); it != memory->acts.rend(); ++it) {
        if (!it->coded || v.index - it->sentence > 8) continue;
        if (it->code.rfind("173", 0) != 0 && it->code.rfind("181", 0) != 0) continue;
        cand.rules.push_back("target: who holds them (" + it->source.code + ")");
        RememberedTarget(it->source, -1, &cand);
        break;
      }
      // (Further back when the sentence names the detention again: "… ने
      // हिरासत में लिए गए सभी लोगों को तुरंत रिहा करने की मांग की".)
      static const events::KeySet kDetained({"हिरासत", "गिरफ्तार", "गिरफ़्तार", "नजरबंद", "नज़रबंद", "बंधक", "कैद", "क़ैद"});
      bool named_again = false;
      for (int k = 0; k < t.first && !named_again; ++k) named_again = kDetained.Contains(v.keys[k]);
      if (cand.target.actors.empty() && named_again && memory->captor_sentence >= 0 &&
          memory->captor_sentence < v.index) {
        cand.rules.push_back("target: who holds them, the detention named again (" + memory->captor.code + ")");
        RememberedTarget(memory->captor, -1, &cand);
      }
      if (cand.target.actors.empty()) {
        trace("a release asked of no one, no arrest reported before");
        continue;
      }
    }
    // A signing too is with who signed before, within four sentences, of
    // the same noun ("सालेह ने … समझौते पर दस्तख़त कर दिए … विपक्ष के नेताओं
    // ने भी समझौते पर दस्तख़त किए").
    if (cand.target.actors.empty() && cand.target_cosigner) {
      const std::string stem = NounStem(v.keys[t.first]);
      for (auto it = memory->acts.rbegin(); it != memory->acts.rend(); ++it) {
        if (it->noun != stem || it->sentence >= v.index || v.index - it->sentence > 4) continue;
        if (it->source.code == cand.source.actors[0].code) continue;
        cand.rules.push_back("target: who signed before (" + it->source.code + ")");
        RememberedTarget(it->source, -1, &cand);
        break;
      }
      if (cand.target.actors.empty()) {
        trace("a signing too, no signing by another reported before");
        continue;
      }
    }
    // Aid with no recipient written goes where the article's aid went
    // (within six sentences), not to the donor.
    if (cand.target.actors.empty() && cand.target_aid) {
      if (memory->aid_sentence < 0 || v.index - memory->aid_sentence > 6) {
        trace("aid with no recipient, none reported before");
        continue;
      }
      cand.rules.push_back("target: the recipient of the aid reported before (" + memory->aid_recipient.code + ")");
      RememberedTarget(memory->aid_recipient, -1, &cand);
      cand.target.role = "aid";
      if (cand.target.actors.empty()) continue;
    }
    // "हमले की जिम्मेदारी तालिबान ने ली है": the claimant is the attacker of
    // the attack reported before, against its victims.
    std::string claimed_code;
    if (cand.claims) {
      // The attack this sentence names ("बस पर हुए हमले की जिम्मेदारी"),
      // else the one remembered.
      for (auto it = decided.rbegin(); it != decided.rend(); ++it) {
        if (it->from_speech || it->target.actors.empty() || !events::IsViolentCode(it->code)) continue;
        memory->known = true;
        memory->victims = it->target.actors;
        memory->code = it->code;
        break;
      }
      if (!claimable.victims.empty()) {
        memory->victims = claimable.victims;
        memory->code = claimable.code;
      }
      if (memory->victims.empty()) {
        trace("claims an attack, none reported before");
        continue;
      }
      cand.target.actors = memory->victims;
      cand.target.role = "claimed";
      events::RemoveActorsOf(cand.source.actors, &cand.target.actors);
      // An armed group claims attacks on others, not the deaths of armed
      // men like its own: the attackers killed in the commandos' raid, its
      // own hideouts bombed in reply ("… छह हमलावर मारे गए … इस्लामिक स्टेट
      // ने हमले की ज़िम्मेदारी ली").
      if (!cand.source.actors.empty() && events::RoleCode(cand.source.actors[0].code) == "REB")
        std::erase_if(cand.target.actors,
                      [](const Referent& r) { return events::RoleCode(r.code) == "REB"; });
      if (cand.target.actors.empty()) {
        trace("claims an attack whose remembered victims are armed groups");
        continue;
      }
      if (!cand.source.actors.empty() && events::RoleCode(cand.source.actors[0].code) == "REB")
        memory->claimants.insert(events::Principal(cand.source.actors[0].code));
      // The attack the sentence names gives the code when it says more than
      // "attack" ("विस्फोट की जिम्मेदारी": 183), else the one remembered.
      claimed_code = claimable.named.empty() || claimable.named == "190" ? memory->code : claimable.named;
      // (A generic attack the article named more precisely before: "…
      // आत्मघाती हमले में … । … इस हमले में … । हमले की जिम्मेदारी …".)
      if (claimed_code == "190" && !memory->named.empty()) claimed_code = memory->named;
      // An armed group's generic attack on people who are not armed is
      // unconventional violence (the ifreb rule of the attack rows).
      bool armed_victim = false;
      for (const Referent& r : cand.target.actors) armed_victim |= FightsBack(r.code);
      // (Any use of force of root 19, "… पर्यटकों पर अंधाधुंध गोलीबारी की",
      // 193 as the shooting was coded before its attacker was known.)
      if (claimed_code.rfind("19", 0) == 0 && !armed_victim && !cand.source.actors.empty() &&
          events::RoleCode(cand.source.actors[0].code) == "REB")
        claimed_code = "180";
    }
    if (cand.unnamed_source && cand.source.actors.empty() && !memory->known) {
      trace("unnamed attackers of an unnamed place, no attack reported before");
      // (Its victims wait for a claim: "… हमले में एक अमरीकी सैनिक घायल
      // हुआ। हमले की जिम्मेदारी तालिबान ने ली".)
      if (claimable.victims.empty() && !cand.target.actors.empty()) {
        claimable.code = chosen->code;
        claimable.victims = cand.target.actors;
      }
      continue;
    }
    // The attacker of the attack reported before, for an attack that refers
    // back to it ("इस हमले में …") or one within two sentences of it; a
    // later attack keeps the armed group of its own place, or has none.
    static const events::KeySet kBack({"इस", "उस", "इसी", "उसी", "यह", "वह", "इन", "उन"});
    const bool refers_back = t.phrase >= 0 && kBack.Contains(v.keys[parse.phrases[t.phrase].first]);
    // (A state's strike, "सर्जिकल स्ट्राइक", "हवाई हमले", has no armed group
    // of the place: the attacker before stays the best guess.)
    static const events::KeySet kStateStrike({"सर्जिकल", "हवाई", "ड्रोन", "मिसाइल"});
    bool state_strike = false;
    for (int k = std::max(0, t.first - 2); k < t.last; ++k) state_strike |= kStateStrike.Contains(v.keys[k]);
    // (Nor, for another state's strike remembered, when the victims' own
    // side reports the attack on them: "अमरीका ने सीरिया के … हवाई अड्डे
    // पर … मिसाइलें दाग़ीं … सीरियाई सेना ने कहा है कि हमले में छह लोग मारे
    // गए हैं".)
    bool same_victims = memory->known && !memory->victim.empty() && !cand.target.actors.empty() &&
                        m.speech_clause >= 0 && events::RoleCode(memory->attacker.code) != "REB" &&
                        events::Principal(memory->attacker.code) != events::Principal(memory->victim) &&
                        events::Principal(memory->victim) == events::Principal(cand.target.actors[0].code);
    if (same_victims) {
      const std::vector<Referent> speaker = d.Speaker(v.index, m.speech_clause);
      same_victims = !speaker.empty() && events::Principal(speaker[0].code) == events::Principal(memory->victim);
    }
    const bool near = v.index - memory->sentence <= 2 || state_strike || same_victims;
    if (cand.unnamed_source && memory->known && !refers_back && !near) {
      // (A beating or torture with no agent is no armed group's.)
      if (cand.source.actors.empty() || chosen->code.rfind("182", 0) == 0) {
        trace("unnamed attackers, the attack reported before is far: no source");
        continue;
      }
    } else if (cand.unnamed_source && memory->known && !refers_back && !state_strike && !memory->victim.empty() &&
               events::RoleCode(memory->attacker.code) != "REB" &&
               events::Principal(memory->attacker.code) == events::Principal(cand.target.actors[0].code) &&
               events::Principal(memory->victim) != events::Principal(cand.target.actors[0].code)) {
      // "फ़्रांस ने रक़्क़ा पर बमबारी की … यह हवाई हमला पेरिस में हुए हमलों के
      // दो दिन बाद किया गया": an attack on the own people of a state that
      // struck abroad is another attack; its victims wait for a claim.
      trace("unnamed attackers on the remembered attacker's own side: another attack");
      if (!cand.target.actors.empty()) {
        claimable.code = chosen->code;
        claimable.victims = cand.target.actors;
      }
      continue;
    } else if (cand.unnamed_source && memory->known && memory->attacker.code != cand.target.actors[0].code) {
      const Referent r = FromEvent(memory->attacker);
      cand.source.actors = {r};
      cand.source.phrase = -1;
      cand.rules.push_back("source: the attacker of the attack reported before: " + r.code);
      // "… आत्मघाती हमले में … । … इस हमले में …": the attack named again
      // keeps the kind it was named with.
      if (chosen->code == "190" && memory->code.rfind("183", 0) == 0 && NamedAgain(v, t) && claimed_code.empty()) {
        claimed_code = memory->code;
        cand.rules.push_back("code: the attack named before, " + memory->code);
      }
    }
    // "उस हमले में 80 लोग मारे गए थे": an attack whose attacker the text
    // does not name, with victims only of a pluperfect clause, is recalled
    // background, not news.
    if (cand.unnamed_source && cand.victims_recalled) {
      trace("recalled: unnamed attackers, victims of a pluperfect clause");
      continue;
    }
    if (cand.source.actors.empty()) continue;
    // (Talks named to date what follows, "… के बीच बातचीत के बाद … घोषणा
    // की गई", are this story's news: consultations are not recalled.)
    const bool news_talks = m.dates && chosen->code.rfind("04", 0) == 0;
    if (m.recalled && cand.target.role != "victims" && !news_talks) {
      trace("recalled, not reported: " + m.why);
      continue;
    }
    Decided x;
    x.cand = cand;
    x.code = claimed_code.empty() ? chosen->code : claimed_code;
    if (claimed_code.empty()) {
      std::string why;
      if (const std::string bombing = BombingOf(v, d, t, cand, *memory, x.code, &why); !bombing.empty()) {
        x.code = bombing;
        x.cand.rules.push_back(why);
      }
    }
    x.source = cand.source;
    x.target = cand.target;
    // "सेनेगल के राष्ट्रपति … बेनिन के राष्ट्रपति के साथ वागादूगू पहुंचे":
    // who comes along on a visit visits too.
    if (chosen->code.rfind("042", 0) == 0 && t.predicate >= 0 && !x.target.actors.empty())
      for (const Argument& a : parse.predicates[t.predicate].args) {
        if (v.marker[a.phrase] != syntax_internal::CanonicalMarker("के साथ")) continue;
        for (const Referent& r : events::PhraseActors(v, d, a.phrase)) {
          bool known = false;
          for (const Referent& y : x.source.actors) known |= events::Principal(y.code) == events::Principal(r.code);
          for (const Referent& y : x.target.actors) known |= events::Principal(y.code) == events::Principal(r.code);
          if (known) continue;
          x.source.actors.push_back(r);
          x.cand.rules.push_back("source: who came along (" + r.code + ")");
        }
      }
    x.joint = (chosen->joint || both_fire) && !cand.one_way;
    x.both_sides = both_fire;
    x.joint_within = cand.joint_within;
    int speech_clause = -1;
    if (m.question || (m.conditional && !(m.consequence && m.speech_clause >= 0))) continue;
    if (m.speech_clause >= 0 && m.speech_act && !cand.joint_within) {
      std::vector<Referent> speaker = d.Speaker(v.index, m.speech_clause);
      // "… चेतावनी दी कि अगर इजरायल ने हमला किया तो वह कड़ा जवाब देगा": a
      // consequence with no target of its own is against the one whose act
      // the condition names.
      if (m.consequence && cand.target.actors.empty() && m.condition_clause >= 0)
        for (size_t q = 0; q < parse.predicates.size() && cand.target.actors.empty(); ++q) {
          if (parse.predicates[q].clause != m.condition_clause) continue;
          int phrase = -1;
          std::vector<Referent> by = events::SubjectOf(v, d, static_cast<int>(q), &phrase);
          events::RemoveActorsOf(speaker, &by);
          events::RemoveActorsOf(cand.source.actors, &by);
          if (by.empty()) continue;
          cand.target.actors = by;
          cand.target.phrase = phrase;
          cand.target.role = "condition";
          x.target = cand.target;
          x.cand.rules.push_back("target: the subject of the condition (" + by[0].code + ")");
        }
      // (Two office holders of one code, each named, are two sides: "खट्टर
      // ने आरोप लगाया कि अमरिंदर सिंह …".)
      bool distinct = !speaker.empty() && !cand.source.actors.empty();
      for (const Referent& sp : speaker)
        for (const Referent& ag : cand.source.actors)
          distinct &= sp.code != ag.code || events::DistinctEntities(sp, ag, d);
      SpeechDecision sd = events::DecideSpeech(*chosen, m, speaker, cand, distinct);
      static const events::KeySet kAccusation({"आरोप", "आरोपों", "इल्जाम", "इल्ज़ाम"});
      if (sd.act == SpeechAct::kNone) {
        if (!m.Real() || cand.target_open) continue;
        // A speaker we cannot identify: code what is reported as real.
      } else if (sd.act == SpeechAct::kReport && m.speech_governor >= 0 &&
                 parse.predicates[m.speech_governor].noun >= 0 &&
                 kAccusation.Contains(v.keys[parse.predicates[m.speech_governor].noun]) &&
                 !(!speaker.empty() && !cand.source.actors.empty() &&
                   cand.source.actors[0].how == Resolution::kEllipsis &&
                   speaker[0].code == cand.source.actors[0].code)) {
        // "गृह मंत्री ने आरोप लगाया कि … कार्यकर्ताओं की हत्या हुई है": what an
        // accusation alleges is not reported as fact, whoever it accuses
        // (not the speaker's own act the parse puts in the clause: "… आरोप
        // लगाया कि … और विजयन से इस्तीफे की मांग की").
        trace("the content of an accusation, not a fact");
        continue;
      } else if (sd.act == SpeechAct::kReport) {
        x.cand.rules.push_back(sd.why);
        if (cand.target_open) {
          // "भारतीय सेना ने कहा, पाकिस्तानी सेना ने गोलीबारी की": at the
          // speaker's side.
          std::vector<Referent> t2 = speaker;
          events::RemoveActorsOf(cand.source.actors, &t2);
          bool other = !t2.empty();
          for (const Referent& a : cand.source.actors)
            for (const Referent& b : t2) other &= events::Principal(a.code) != events::Principal(b.code);
          if (!other) continue;
          // (Its soldiers or police report what they were hit by; a
          // government or minister may as well report a war elsewhere:
          // "अमरीकी विदेश मंत्री ने कहा कि रूस ने हवाई हमले किए" — unless
          // the sentence places the act in the speaker's state.)
          bool victim = false;
          const std::string place = events::PlacePrincipal(v, d);
          for (const Referent& b : t2) {
            const std::string role = events::RoleCode(b.code);
            victim |= role == "MIL" || role == "COP" || (!place.empty() && events::Principal(b.code) == place);
          }
          if (!victim) {
            trace("an attack the speaker reports, not on the speaker's forces or in its state");
            continue;
          }
          x.target = Side();
          x.target.actors = t2;
          x.target.role = "speaker";
          x.cand.rules.push_back("target: the speaker's side");
        }
      } else {
        speech_clause = m.speech_clause;
        x.code = sd.code;
        if (sd.act == SpeechAct::kAppeal && m.speech_governor >= 0) {
          // "X ने मांग की कि Y …": what is demanded is a demand (10), not an
          // appeal (02).
          const Predicate& gov = parse.predicates[m.speech_governor];
          // (A warning that Y should act is a demand too: "X ने Y को चेतावनी
          // दी कि उसे … सुनिश्चित करनी चाहिए".)
          static const events::KeySet kDemand({"मांग", "माँग", "मांगना", "मांगें", "चेतावनी", "चेताना",
                                               "आगाह"});
          // (So is telling Y plainly: "अमेरिका ने पाकिस्तान को स्पष्ट तौर पर
          // बता दिया है कि उसे घुसपैठ रोकनी चाहिए", "साफ कह चुके हैं", "दो टूक".)
          static const events::KeySet kPlainly({"साफ", "स्पष्ट", "साफ-साफ", "टूक", "स्पष्टतः", "स्पष्टत:"});
          bool plainly = false;
          if (!gov.tokens.empty())
            for (int k = std::max(0, gov.tokens.front() - 4); k < gov.head; ++k) plainly |= kPlainly.Contains(v.keys[k]);
          if ((gov.noun >= 0 && kDemand.Contains(v.keys[gov.noun])) || kDemand.Contains(events::MatchKey(gov.lemma)) ||
              plainly) {
            x.code = events::DemandCode(sd.code);
            sd.why += plainly ? "; said plainly: a demand (" + x.code + ")"
                              : "; the verb of saying is a demand (" + x.code + ")";
          }
        }
        x.source = Side();
        x.source.actors = speaker;
        x.source.role = "speaker";
        x.target = Side();
        x.target.actors = sd.target;
        x.target.phrase = sd.target.empty() ? -1 : cand.source.phrase;
        if ((sd.act == SpeechAct::kAppeal || sd.act == SpeechAct::kThreaten) && m.speech_governor >= 0) {
          // "Y से कहा कि वे …", "Y को चेतावनी दी कि …": the one addressed.
          for (const Argument& a : parse.predicates[m.speech_governor].args) {
            const std::string& mk = v.marker[a.phrase];
            if (mk != events::MatchKey("से") && mk != events::MatchKey("को")) continue;
            std::vector<Referent> addressed = events::PhraseActors(v, d, a.phrase);
            if (addressed.empty() || AllOutlets(addressed)) continue;
            x.target.actors = addressed;
            x.target.phrase = a.phrase;
            sd.act = SpeechAct::kAppeal;  // keep this target below
            break;
          }
        }
        // (A threat keeps the act's target, or the one who will suffer it
        // when the act has none: "पाकिस्तान को परिणाम भुगतने होंगे".)
        if (sd.act != SpeechAct::kAppeal && sd.act != SpeechAct::kAccuse &&
            !(sd.act == SpeechAct::kThreaten && cand.target.actors.empty()))
          x.target = cand.target;
        x.joint = false;
        x.joint_within = false;
        x.from_speech = true;
        x.cand.rules.push_back(sd.why);
        // (Keeping another person or body of the speaker's code: "खट्टर ने
        // आरोप लगाया कि अमरिंदर सिंह किसानों को भड़का रहे हैं", INDGOV 112
        // INDGOV.)
        if (sd.act == SpeechAct::kAccuse) events::RemoveSameEntities(x.source.actors, d, &x.target.actors);
        else events::RemoveActorsOf(x.source.actors, &x.target.actors);
        // "पाकिस्तान अपनी पसंद के समय और स्थान पर इसका जवाब देगा": an answer
        // to "this" threatens the speaker's last adversary.
        if (x.target.actors.empty() && chosen->adversary && sd.act == SpeechAct::kThreaten &&
            !x.source.actors.empty() && RememberedSide(memory->AdversaryOf(x.source.actors[0], v.index), &x.target))
          x.cand.rules.push_back("target: the adversary of the speaker (" + x.target.actors[0].code + ")");
        if (x.target.actors.empty()) continue;
      }
    } else if (cand.target_open && cand.target.actors.empty() && chosen->code.rfind("13", 0) == 0 && !decided.empty() &&
               t.predicate >= 0 && parse.predicates[t.predicate].verb_form != "Inf" &&
               !decided.back().from_speech && !decided.back().target.actors.empty() &&
               !cand.source.actors.empty() && !decided.back().source.actors.empty() &&
               decided.back().source.actors[0].code == cand.source.actors[0].code) {
      // "… इटली के इस रवैये को 'अस्वीकार्य' बताया और चेतावनी दी कि इसके
      // गंभीर नतीजे होंगे": a warning with no target, after an act of the same
      // source in its sentence, warns that act's target.
      x.target = decided.back().target;
      x.cand.rules.push_back("target: the one the same source's act before it in the sentence was aimed at");
    } else if (cand.target_open && cand.target.actors.empty() && chosen->code == "125" && !x.source.actors.empty() &&
               SummitOwner(doc, d, v.index, &x.target)) {
      // "भारत ने … सार्क शिखर सम्मेलन में हिस्सा न लेने का फ़ैसला किया …
      // बांग्लादेश … ने भी सम्मेलन में शामिल होने से इनकार कर दिया": a summit
      // named bare is the one named with its organisation just before.
      x.cand.rules.push_back("target: the organisation whose summit was named before (" +
                             x.target.actors[0].code + ")");
    } else if (cand.target_open && cand.target.actors.empty() && t.predicate >= 0 && !x.source.actors.empty() &&
               !m.recalled &&
               ((Recalled(*chosen, parse.predicates[t.predicate]) &&
                 AdversaryInSentence(v, d, x.source.actors[0], &x.target)) ||
                ((Recalled(*chosen, parse.predicates[t.predicate]) || chosen->code == "0871") &&
                 RememberedSide(memory->AdversaryOf(x.source.actors[0], v.index), &x.target)) ||
                (chosen->code.rfind("12", 0) == 0 &&
                 RememberedSide(memory->AskerOf(x.source.actors[0], v.index), &x.target)))) {
      // "… ऑस्ट्रेलिया ने राजदूत वापस बुलाया": an ambassador recalled from no
      // state named is recalled from another state the sentence names, else
      // from the source's last adversary; so is a ceasefire declared with
      // no other side named, by the source alone, and a refusal to do
      // something ("चीन सरकार ने माफी मांगने से इन्कार कर दिया" after
      // Australia demanded it: who asked it of the source just before).
      if (chosen->code == "0871") x.joint = false;
      x.cand.rules.push_back("target: the adversary of the source (" + x.target.actors[0].code + ")");
    } else if (cand.target_open) {
      // A threat may name its target only in what it threatens: "… ने
      // चेतावनी दी कि चीनी उपभोक्ता ऑस्ट्रेलियाई उत्पादों का बहिष्कार कर
      // सकते हैं" (below, from the clause's own act).
      // (So may a promise: "यूनान ने वादा किया कि वह … मकदूनिया के शामिल
      // होने का विरोध नहीं करेगा".)
      if ((chosen->code.rfind("13", 0) == 0 || chosen->code.rfind("03", 0) == 0) && t.predicate >= 0 &&
          !x.source.actors.empty())
        threats.push_back({std::move(x), t.predicate, m.speech_clause, {}});
      trace("no target outside reported speech");
      continue;
    } else if (!m.Real()) {
      // Announced visits and meetings (… यात्रा पर जाएंगे) count as decided;
      // promises and threats are events of their own (03, 13).
      const std::string root = chosen->code.substr(0, 2);
      // (Not a participle that describes its noun: "मिलने जा रहे सिख".)
      const bool participle = t.predicate >= 0 && parse.predicates[t.predicate].verb_form == "Part";
      const bool announced = m.future && !participle && !m.negated && !m.wish && !m.norm && !m.ability &&
                             !m.desire && !m.complement && (root == "04" || root == "03" || root == "13");
      // An appeal, a demand, criticism or a threat the text says was tried
      // (… पर दबाव डालने की कोशिश की) was made.
      Modality tried = m;
      tried.complement = false;
      const bool attempted = m.attempt && tried.Real() &&
                             (root == "02" || root == "10" || root == "11" || root == "12" || root == "13");
      if (!announced && !attempted) continue;
      x.cand.rules.push_back(attempted ? "tried: an act of saying tried is made" : "future: announced as decided");
      // (A visit or meeting announced is an intent to meet, 036, as CAMEO
      // has an intent code for it: one way when one side will meet the
      // other, "ओबामा क्यूबा के असंतुष्टों से मिलेंगे"; both ways for talks
      // between two, "भारत और पाकिस्तान के बीच बातचीत होगी".)
      if (announced && root == "04") {
        x.code = "036";
        x.cand.rules.push_back("future: a visit or meeting to come is an intent to meet (036)");
        if (x.target.role == events::MatchKey("से") ||
            x.target.role == syntax_internal::CanonicalMarker("के साथ"))
          x.joint = false;
      }
    }
    if (chosen->no_embedded && t.predicate >= 0) {
      // The accusation is coded, not what it alleges: its कि-clause and
      // quote are left alone.
      for (size_t c = 0; c < parse.clauses.size(); ++c) {
        const Clause& cl = parse.clauses[c];
        if ((cl.type == ClauseType::kComplement || cl.type == ClauseType::kQuote) && cl.first >= t.first)
          suppressed_clauses.push_back(static_cast<int>(c));
      }
      if (!x.source.actors.empty()) accusers.push_back(x.source.actors[0].code);
    }
    decided_clause.push_back(m.speech_clause);
    decided.push_back(std::move(x));
    (void)speech_clause;
  }
  for (PendingThreat& pt : threats) {
    // (Else another state's actor its कि-clause names as a side of what it
    // threatens: subject, object, पर, को or के खिलाफ, "… ने चेतावनी दी कि
    // अमरीकी नौसेना ने उसकी सीमा में घुसने की कोशिश की तो …".)
    const Predicate& threat = parse.predicates[pt.predicate];
    for (size_t q = 0; q < parse.predicates.size() && pt.target.empty(); ++q) {
      const int c = parse.predicates[q].clause;
      if (c < 0 || c == threat.clause || threat.tokens.empty()) continue;
      bool inside = false;
      for (int k = c, guard = 0; k >= 0 && guard < 8 && !inside; k = parse.clauses[k].parent, ++guard)
        inside = parse.clauses[k].parent == threat.clause && parse.clauses[k].first > threat.tokens.back() &&
                 (parse.clauses[k].type == ClauseType::kComplement || parse.clauses[k].type == ClauseType::kQuote);
      if (!inside) continue;
      // (A promise is to another state, and not to the armed groups it
      // promises to act against; के साथ names its partner, and a threat's
      // ally.)
      const bool promise = pt.x.code.rfind("03", 0) == 0;
      for (const Argument& a : parse.predicates[q].args) {
        const std::string& mk = v.marker[a.phrase];
        if (a.role != Role::kSubject && a.role != Role::kObject && mk != events::MatchKey("पर") &&
            mk != events::MatchKey("को") && mk != syntax_internal::CanonicalMarker("के खिलाफ") &&
            !(promise && mk == syntax_internal::CanonicalMarker("के साथ")))
          continue;
        // (Of another state, or of another side within it: "शरीफ़ ने
        // चेतावनी दी कि उनकी पार्टी प्रधानमंत्री को हटाने के लिए आंदोलन
        // छेड़ेगी", the opposition against the government.)
        for (const Referent& r : events::PhraseActors(v, d, a.phrase)) {
          const bool other_state = events::Principal(r.code) != events::Principal(pt.x.source.actors[0].code);
          if (promise && (!other_state || events::RoleCode(r.code) == "REB" || events::RoleCode(r.code) == "CRM"))
            continue;
          if (!events::SameEstablishment({pt.x.source.actors[0]}, {r}) &&
              (other_state || !events::RoleCode(r.code).empty()))
            pt.target.push_back(r);
        }
        if (!pt.target.empty()) break;
      }
    }
    if (!pt.target.empty()) {
      pt.x.target = Side();
      pt.x.target.actors = std::move(pt.target);
      pt.x.target.role = "threatened";
      pt.x.cand.rules.push_back("target: the one the act it threatens is aimed at");
    } else {
      // (Else, for a warning or threat said in words, the source's last
      // adversary: "सूडान ने चेतावनी दी कि वह अपनी ज़मीन वापस लेने के लिए
      // हर मुमकिन तरीक़ा अपनाएगा".)
      static const events::KeySet kWarn({"चेतावनी", "धमकी", "चेताया", "चेताते", "धमकाया", "आगाह"});
      const Trigger* tr = pt.x.cand.trigger;
      if (tr == nullptr || !kWarn.Contains(v.keys[tr->first]) ||
          !RememberedSide(memory->AdversaryOf(pt.x.source.actors[0], v.index), &pt.x.target))
        continue;
      pt.x.cand.rules.push_back("target: the adversary of the source (" + pt.x.target.actors[0].code + ")");
    }
    decided_clause.push_back(pt.clause);
    decided.push_back(std::move(pt.x));
  }
  // (Also what a speaker of the opposition says the government should do:
  // "… सुषमा स्वराज ने मांग की कि सरकार इटली के ख़िलाफ़ सख़्त क़दम उठाए".)
  for (Decided& y : decided) OwnGovernment(d, y.source, &y.target, &y.cand.rules);
  AttackerHeldResponsible(v, &decided);
  ConcernBeforeAppeal(v, &decided, &decided_clause);
  Mediation(v, d, &decided, &decided_clause);
  // The victims of an attack named without its attacker, for a claim in a
  // later sentence ("… हमले में सात पुलिसकर्मी मारे गए। टीटीपी ने हमले की
  // जिम्मेदारी ली").
  if (!claimable.victims.empty()) {
    memory->victims = claimable.victims;
    memory->code = claimable.code;
  }
  for (size_t i = 0; i < decided.size(); ++i) {
    const int c = decided_clause[i];
    bool inside = false;
    for (int s : suppressed_clauses) {
      if (c < 0) break;
      for (int k = c, guard = 0; k >= 0 && guard < 12; k = parse.clauses[k].parent, ++guard)
        if (k == s) inside = true;
    }
    // (Not the accuser's own act the parse puts in the clause, its subject
    // dropped: "… ने आरोप लगाया कि … संरक्षण दे रहा था और विजयन से इस्तीफे
    // की मांग की".)
    const bool own = inside && !decided[i].source.actors.empty() &&
                     decided[i].source.actors[0].how == Resolution::kEllipsis &&
                     std::find(accusers.begin(), accusers.end(), decided[i].source.actors[0].code) != accusers.end();
    if (inside && !decided[i].from_speech && !own) continue;
    if (inside && decided[i].code.rfind("112", 0) == 0) continue;  // the governor already accuses
    // (An appeal read from the कि-clause of a demand made of the same side
    // is that demand: "अदालत ने म्यांमार से यह सुनिश्चित करने को कहा कि
    // उसकी सेना … कार्रवाई न करे". The कि-clause is taken to be the demand's
    // when its parent is the clause of the demand's predicate: not another
    // appeal of the sentence, "… बंद करने की मांग की और कहा कि पाकिस्तान को
    // भारत से बातचीत करनी चाहिए", whose verbs are coordinate clauses.)
    bool within_demand = false;
    if (c >= 0 && decided[i].from_speech && decided[i].code.rfind("02", 0) == 0 &&
        !decided[i].source.actors.empty() && !decided[i].target.actors.empty())
      for (const Decided& y : decided)
        within_demand |= &y != &decided[i] && IsDemand(y) && y.cand.trigger != nullptr &&
                         y.cand.trigger->predicate >= 0 &&
                         parse.clauses[c].parent == parse.predicates[y.cand.trigger->predicate].clause &&
                         !y.source.actors.empty() &&
                         !y.target.actors.empty() && y.source.actors[0].code == decided[i].source.actors[0].code &&
                         y.target.actors[0].code == decided[i].target.actors[0].code;
    if (within_demand) continue;
    const size_t before = out->size();
    Emit(doc, d, v, decided[i], out);
    // (The code as emitted, after the source's or target's role chose it:
    // a court's "… को कहा" is remembered as the demand it is.)
    const std::string& emitted = out->size() > before ? (*out)[before].code : decided[i].code;
    if (out->size() > before && !decided[i].target.actors.empty() &&
        (emitted.rfind("05", 0) == 0 || emitted.rfind("11", 0) == 0 || emitted.rfind("12", 0) == 0))
      for (const std::string& r : decided[i].cand.rules)
        if (r.find("act named again") != std::string::npos || r.find("act the lead reported") != std::string::npos ||
            r.find("reactions just before") != std::string::npos) {
          memory->reaction_target = decided[i].target.actors;
          memory->reaction_sentence = v.index;
          break;
        }
    if (!decided[i].source.actors.empty() && !decided[i].target.actors.empty() && decided[i].code.size() >= 2 &&
        decided[i].code.compare(0, 2, "10") >= 0 && decided[i].code.compare(0, 2, "20") <= 0) {
      memory->RememberAdversary(decided[i].source.actors[0], decided[i].target.actors[0], v.index);
      const std::string& fa = decided[i].source.actors[0].code;
      const std::string& fb = decided[i].target.actors[0].code;
      if (emitted.compare(0, 2, "18") >= 0 && emitted.compare(0, 2, "20") <= 0 && !decided[i].from_speech &&
          (events::Principal(fa) != events::Principal(fb) || events::RoleCode(fa) != events::RoleCode(fb))) {
        memory->fight_a = decided[i].source.actors[0];
        memory->fight_b = decided[i].target.actors[0];
        memory->fight_sentence = v.index;
      }
      memory->RememberAdversary(decided[i].target.actors[0], decided[i].source.actors[0], v.index);
    }
    if (!decided[i].source.actors.empty() && !decided[i].target.actors.empty() &&
        (decided[i].code.rfind("02", 0) == 0 || decided[i].code.rfind("10", 0) == 0))
      memory->RememberAsker(decided[i].source.actors[0], decided[i].target.actors[0], v.index);
    // (A joint act with its other sides: the target, or the rest of the
    // source, "इथियोपिया और इरीट्रिया ने समझौते पर दस्तख़त किए".)
    if (!decided[i].from_speech && !decided[i].source.actors.empty() && decided[i].cand.trigger != nullptr) {
      const std::vector<Referent>& src = decided[i].source.actors;
      std::vector<Referent> partners;
      if (decided[i].joint_within) partners.assign(src.begin() + 1, src.end());
      else if (decided[i].joint) partners = decided[i].target.actors;
      const std::string noun = NounStem(v.keys[decided[i].cand.trigger->first]);
      const bool background = Background(v, *decided[i].cand.trigger);
      if (!decided[i].joint || !partners.empty())
        memory->AddAct({src[0], noun, v.index, true, emitted, std::move(partners), background});
      // (Both coordinated sources of a one-sided act did it: "रूस और चीन ने
      // … वीटो कर दिया"; a longer list of states is read one by one.)
      if (!decided[i].joint && src.size() == 2) memory->AddAct({src[1], noun, v.index, true, emitted, {}, background});
    }
    // (A state or its people as recipient; the donor's own side is none.)
    if (!decided[i].from_speech && events::IsAidCode(decided[i].code) && !decided[i].target.actors.empty() &&
        !decided[i].source.actors.empty() &&
        events::Principal(decided[i].target.actors[0].code) != events::Principal(decided[i].source.actors[0].code)) {
      memory->aid_recipient = decided[i].target.actors[0];
      memory->aid_sentence = v.index;
    }
    if (!decided[i].from_speech && !decided[i].source.actors.empty() &&
        (decided[i].code.rfind("173", 0) == 0 || decided[i].code.rfind("181", 0) == 0)) {
      memory->captor = decided[i].source.actors[0];
      memory->captor_sentence = v.index;
    }
    if (!decided[i].from_speech && decided[i].code.rfind("183", 0) == 0) {
      memory->named = decided[i].code;
      memory->named_sentence = v.index;
    }
    // (Not police firing on a crowd: "पुलिस ने प्रदर्शनकारियों पर गोलियां
    // चलाईं … भारत ने हमले की निंदा की" condemns the bombing before.)
    const std::string& dc = decided[i].code;
    const bool crowd_control = (dc.rfind("17", 0) == 0 || dc.rfind("145", 0) == 0 || dc.rfind("193", 0) == 0) &&
                               !decided[i].source.actors.empty() && !decided[i].target.actors.empty() &&
                               events::RoleCode(decided[i].source.actors[0].code) == "COP" &&
                               events::RoleCode(decided[i].target.actors[0].code) == "CVL";
    if (!decided[i].from_speech && crowd_control) {
      memory->crowd_source = decided[i].source.actors[0];
      memory->crowd_sentence = v.index;
    }
    // (Not fire from both sides, which has no one attacker: "… दोनों ओर से
    // गोलीबारी हुई … सुरक्षा परिषद ने हमले की निंदा की" is the militants'.)
    if (!decided[i].from_speech && events::IsViolentCode(decided[i].code) && !crowd_control && !decided[i].both_sides &&
        !decided[i].source.actors.empty() && !decided[i].cand.unnamed_source) {
      const std::string& by = decided[i].source.actors[0].code;
      if (!memory->known || by != memory->victim) memory->Remember(decided[i]), memory->sentence = v.index;
    } else if (!memory->known && decided[i].cand.unnamed_source && !decided[i].source.actors.empty() &&
               decided[i].source.actors[0].how == Resolution::kImplied) {
      memory->Remember(decided[i]);  // unnamed attackers of a place: better than none
      memory->sentence = v.index;
    }
  }
}

// Acts the sentence reports that coded no event, for a reaction that names
// them again by their noun ("उत्तर कोरिया ने परमाणु परीक्षण किया। … इस
// परीक्षण की निंदा की"): a finite, affirmed conjunct verb whose subject is an
// actor. An attack so reported (its target no actor: "आतंकियों ने बस पर
// हमला किया") is the article's attack for "इस हमले" when it knows none.
void CoderImpl::RememberActs(const Discourse& d, const SentenceView& v, AttackMemory* memory) const {
  const SentenceParse& parse = *v.parse;
  for (size_t q = 0; q < parse.predicates.size(); ++q) {
    const Predicate& pr = parse.predicates[q];
    // "महबूबा ने … कहा था कि … । भाजपा ने इस बयान पर कड़ी आपत्ति जताई": what
    // someone said is their statement, remarks named again.
    static const std::string kSay = events::MatchKey("कहना"), kSpeak = events::MatchKey("बोलना");
    if ((events::MatchKey(pr.lemma) == kSay || events::MatchKey(pr.lemma) == kSpeak) && pr.verb_form == "Fin" &&
        !pr.negated && pr.voice != Voice::kPassive && pr.tense != "Fut") {
      int ph = -1;
      const std::vector<Referent> speaker = events::SubjectOf(v, d, static_cast<int>(q), &ph);
      if (speaker.size() == 1 && ph >= 0) {
        memory->speaker = speaker[0];
        memory->speaker_sentence = v.index;
      }
      continue;
    }
    // "सुरक्षा परिषद में प्रस्ताव पारित होने के बाद …": a resolution passed
    // in a body is that body's ("इस प्रस्ताव को ख़ारिज करता है").
    if (syntax_internal::IsPassedLemma(pr.lemma) && !pr.negated && pr.tense != "Fut") {
      std::vector<Referent> body;
      int document = -1;
      for (const Argument& a : pr.args) {
        const Phrase& ph = parse.phrases[a.phrase];
        if (v.marker[a.phrase] == events::MatchKey("में")) {
          for (const Referent& r : events::PhraseActors(v, d, a.phrase))
            if (r.code.rfind("IGO", 0) == 0 || events::RoleCode(r.code) == "LEG") body.push_back(r);
        } else if (ph.marker.empty() && (a.role == Role::kSubject || a.role == Role::kObject)) {
          document = ph.head;
        }
      }
      if (body.size() == 1 && document >= 0 && document < v.size())
        memory->AddAct({body[0], NounStem(v.keys[document]), v.index, false});
      continue;
    }
    // (Also a conjunctive participle: "परिषद ने एक प्रस्ताव पारित करके … की
    // अनुमति दे दी है".)
    if ((pr.verb_form != "Fin" && pr.verb_form != "Conv") || pr.negated || pr.voice == Voice::kPassive ||
        pr.tense == "Fut")
      continue;
    // (The conjunct noun, or the object of a light verb: "परमाणु परीक्षण
    // किया", "कदम उठाया".)
    int noun = pr.noun;
    static const events::KeySet kLight({"करना", "उठाना", "चलाना", "छेड़ना", "लेना"});
    // (Also what a conjunct verb produces: "परिषद ने प्रस्ताव पारित किया …
    // इस प्रस्ताव को ख़ारिज कर दिया", "… ने बयान जारी किया".)
    static const events::KeySet kMakes({"पारित करना", "पास करना", "जारी करना", "लाना", "पेश करना", "सुनाना",
                                        "दायर करना", "दाखिल करना"});
    int made = -1;
    for (const Argument& a : pr.args)
      if (a.role == Role::kObject && parse.phrases[a.phrase].marker.empty()) {
        if (noun < 0 && kLight.Contains(events::MatchKey(pr.lemma))) noun = parse.phrases[a.phrase].head;
        else if (kMakes.Contains(events::MatchKey(pr.lemma))) made = parse.phrases[a.phrase].head;
      }
    if (noun < 0 || noun >= v.size()) noun = made, made = -1;
    if (noun < 0 || noun >= v.size()) continue;
    // (Not a bare copula, which says what something is: "यह पहली पाकिस्तान
    // यात्रा है".)
    static const events::KeySet kIs({"है", "हैं", "था", "थे", "थी", "थीं"});
    if (kIs.Contains(v.keys[pr.head])) continue;
    const std::string stem = NounStem(v.keys[noun]);
    bool seen = false;
    for (const AttackMemory::Act& a : memory->acts) seen |= a.sentence == v.index && a.noun == stem;
    if (seen) continue;
    int ph = -1;
    const std::vector<Referent> subject = events::SubjectOf(v, d, static_cast<int>(q), &ph);
    if (subject.size() != 1) continue;
    memory->AddAct({subject[0], stem, v.index, false});
    if (made >= 0 && made < v.size()) memory->AddAct({subject[0], NounStem(v.keys[made]), v.index, false});
    static const std::string kAttack = NounStem(events::MatchKey("हमला"));
    if (stem == kAttack && !memory->known && events::RoleCode(subject[0].code) == "REB") {
      memory->known = true;
      memory->attacker = subject[0];
      memory->code = "180";
      memory->sentence = v.index;
    }
  }
}

EventSpan CoderImpl::Span(const Discourse& d, const SentenceView& v, const Referent& r,
                          const Side& side) const {
  EventSpan s;
  s.code = r.code;
  const auto& ms = d.mentions();
  if (r.mention >= 0 && r.mention < static_cast<int>(ms.size())) {
    s.text = ms[r.mention].text;
    s.start = ms[r.mention].start;
    s.end = ms[r.mention].end;
  } else if (side.phrase >= 0 && side.phrase < static_cast<int>(v.parse->phrases.size())) {
    const Phrase& ph = v.parse->phrases[side.phrase];
    const auto& toks = v.sent->tokens;
    if (ph.first >= 0 && ph.last <= static_cast<int>(toks.size()) && ph.first < ph.last) {
      s.start = toks[ph.first].start;
      s.end = toks[ph.last - 1].end;
      s.text = SliceCodePoints(v, s.start - v.sent->start, s.end - v.sent->start);
    }
  } else if (r.antecedent >= 0 && r.antecedent < static_cast<int>(ms.size())) {
    s.text = ms[r.antecedent].text;
    s.start = ms[r.antecedent].start;
    s.end = ms[r.antecedent].end;
  }
  if (r.how != Resolution::kNamed) {
    s.how = ResolutionName(r.how);
    if (r.antecedent >= 0 && r.antecedent < static_cast<int>(ms.size())) {
      s.antecedent_text = ms[r.antecedent].text;
      s.antecedent_start = ms[r.antecedent].start;
      s.antecedent_end = ms[r.antecedent].end;
    }
  }
  return s;
}

// Is referent r, on side `side` of trigger t, the head of the predicate's
// own argument phrase (मोदी का), not a genitive inside it (भारत के फ़ैसले का)?
static bool HeadOfArgument(const Discourse& d, const SentenceView& v, const Trigger& t, const Side& side,
                           const Referent& r) {
  if (t.predicate < 0 || side.phrase < 0 || side.phrase >= static_cast<int>(v.attached.size()) ||
      v.attached[side.phrase] != t.predicate || r.mention < 0 ||
      r.mention >= static_cast<int>(d.mentions().size()))
    return false;
  const Phrase& ph = v.parse->phrases[side.phrase];
  const ActorMention& m = d.mentions()[r.mention];
  return m.first <= ph.head && ph.head < m.last;
}

void CoderImpl::Emit(const Document& doc, const Discourse& d, const SentenceView& v, const Decided& x,
                     std::vector<Event>* out) const {
  const Trigger& t = *x.cand.trigger;
  const Pattern& p = *x.cand.pattern;
  struct Pair { const Referent* a; const Side* sa; const Referent* b; const Side* sb; };
  std::vector<Pair> pairs;
  // Stop at the cap: a long list of actors must not cost its square.
  auto full = [&] { return static_cast<int>(pairs.size()) >= kMaxPairsPerTrigger; };
  if (x.joint_within) {
    for (const Referent& a : x.source.actors)
      for (const Referent& b : x.source.actors) {
        if (full()) break;
        if (&a != &b) pairs.push_back({&a, &x.source, &b, &x.source});
      }
  } else {
    for (const Referent& a : x.source.actors)
      for (const Referent& b : x.target.actors) {
        if (full()) break;
        pairs.push_back({&a, &x.source, &b, &x.target});
        if (x.joint) pairs.push_back({&b, &x.target, &a, &x.source});
      }
  }
  if (static_cast<int>(pairs.size()) > kMaxPairsPerTrigger) pairs.resize(kMaxPairsPerTrigger);
  const auto& toks = v.sent->tokens;
  const uint32_t ts = toks[t.first].start;
  const uint32_t te = toks[std::max(t.first, t.last - 1)].end;
  for (const Pair& pr : pairs) {
    std::string ca = pr.a->code;
    const std::string& cb = pr.b->code;
    // Unnamed militants (आतंकवादी, हमलावर) who attack in a state are that
    // state's armed group: the principal comes from the target, not from
    // the last state the article named.
    const std::string root = x.code.substr(0, 2);
    // (Nor when it says where they came from: "चरमपंथी पाकिस्तान से … घुसे
    // थे"; nor when the article names their group: "लश्कर के कमांडर समेत दो
    // आतंकी मारे गए … आतंकियों ने जवानों पर फायरिंग की" are Lashkar's.)
    // (Through a chain of such words: "जैश के ये आतंकी … आतंकियों … ट्रक
    // में छिपे आतंकियों ने".)
    auto named_group = [&](const ActorMention& m) {
      int a = m.antecedent;
      for (int guard = 0; a >= 0 && guard < 6; ++guard) {
        const ActorMention& x = d.mentions()[a];
        if (x.entry.rfind("groups", 0) == 0) return true;
        if (x.how != MatchHow::kCoreference) return false;
        a = x.antecedent;
      }
      return false;
    };
    // (Not the reverse of a joint event, whose militants the forward
    // direction already placed as its target: "युगांडा के सैनिक … विद्रोहियों
    // के ख़िलाफ़ लड़ रहे हैं".)
    const bool reversed = x.joint && !x.joint_within && pr.sa == &x.target;
    if (!x.from_speech && !reversed && (root == "18" || root == "19") && events::RoleCode(ca) == "REB" &&
        pr.a->mention >= 0 && d.mentions()[pr.a->mention].how == MatchHow::kCoreference &&
        d.mentions()[pr.a->mention].kind == ActorKind::kPerson && !named_group(d.mentions()[pr.a->mention]) &&
        !d.mentions()[pr.a->mention].came_from) {
      const std::string tp = events::Principal(cb);
      const std::string tr = events::RoleCode(cb);
      const bool institution = tr == "GOV" || tr == "LEG" || tr == "MIL" || tr == "COP" || tr == "JUD";
      if (institution && tp.size() == 3 && cb.rfind("IGO", 0) != 0 && cb.rfind("NGO", 0) != 0 &&
          tp != events::Principal(ca)) {
        ca = tp + "REB";
      }
    }
    if (ca.empty() || cb.empty()) continue;
    auto dropped = [&](const char* why) {
      if (Tracing())
        std::fprintf(stderr, "TRACE %s s%d %s %s %s dropped: %s\n", doc.id.c_str(), v.index, ca.c_str(),
                     x.code.c_str(), cb.c_str(), why);
    };
    if (ca == cb && !x.cand.self_joint && !events::DistinctEntities(*pr.a, *pr.b, d)) {
      dropped("one actor on both sides");
      continue;
    }
    // (An international body and its own officers are one side too: "इस संघ
    // के अध्यक्ष ने कहा …" says nothing to the EU.)
    if (ca == cb && !x.cand.self_joint && (ca.rfind("IGO", 0) == 0 || ca.rfind("NGO", 0) == 0)) {
      dropped("one international body on both sides");
      continue;
    }
    // A state and its own government (IRNGOV and IRN) are one side; so,
    // in a joint event, are a state and its own forces, police,
    // legislature, courts or intelligence ("भारत-चीन कोर कमांडर वार्ता" is
    // no talk of China with its commander); its rebels, opposition or
    // firms are another side.
    auto own_body = [&](const std::string& r) {
      return r == "GOV" || (x.joint && (r == "MIL" || r == "COP" || r == "LEG" || r == "JUD" || r == "SPY"));
    };
    if (events::Principal(ca) == events::Principal(cb) &&
        ((ca.size() == 3 && own_body(events::RoleCode(cb))) || (cb.size() == 3 && own_body(events::RoleCode(ca))))) {
      dropped("a state and its own government (or, in a joint event, its own forces) are one side");
      continue;
    }
    // A visit is to another state (मोदी दिल्ली पहुंचे is no visit).
    if (p.foreign && !x.from_speech && events::Principal(ca) == events::Principal(cb)) {
      dropped("a visit (foreign) within one state");
      continue;
    }
    // A government's order to its own forces or police is command, not an
    // interaction ("प्रधानमंत्री ने सुरक्षा बलों को … सख़्ती से निपटने का आदेश
    // दिया"): the annotators never require it.
    // (An order, 100: not a report or probe sought of them, 101, which is
    // accountability asked: "गृह मंत्री ने पुलिस आयुक्त से घटना की रिपोर्ट मांगी".)
    // (Nor a demand made of them, मांग: a state government asks what it
    // cannot order of police it does not command, "दिल्ली सरकार ने पुलिस से
    // … मुकदमा दर्ज करने की मांग की".)
    static const events::KeySet kDemandNoun({"मांग", "मांगें", "मांगों"});
    const bool demand_noun = x.cand.trigger != nullptr && kDemandNoun.Contains(v.keys[x.cand.trigger->first]);
    if (x.code == "100" && !demand_noun && events::Principal(ca) == events::Principal(cb) &&
        (ca.size() == 3 || events::RoleCode(ca) == "GOV") &&
        (events::RoleCode(cb) == "COP" || events::RoleCode(cb) == "MIL")) {
      dropped("an order to one's own forces or police is command");
      continue;
    }
    Event e;
    e.doc_id = doc.id;
    e.date = doc.date;
    e.date_source = DateSourceName(doc.date_source);
    e.sentence = v.index;
    e.source = Span(d, v, *pr.a, *pr.sa);
    e.source.code = ca;
    e.target = Span(d, v, *pr.b, *pr.sb);
    // An agent nobody names (an unnamed attacker, the police of a headline
    // arrest) stands on the words that imply it: the trigger.
    for (EventSpan* sp : {&e.source, &e.target}) {
      if (!sp->text.empty()) continue;
      sp->start = ts;
      sp->end = te;
      sp->text = SliceCodePoints(v, ts - v.sent->start, te - v.sent->start);
    }
    e.code = x.code;
    e.rules = x.cand.rules;
    // (IGO stands for any international organisation: "अरब लीग ने संयुक्त
    // राष्ट्र के निरीक्षकों से … जांच करने को कहा" asks a third party.)
    std::string target_role;
    for (const std::string& role : p.iftarget_roles)
      if (role == "IGO" ? cb.rfind("IGO", 0) == 0 : events::RoleCode(cb) == role) target_role = role;
    // (Repression is a state's forces against its own people: "पुलिस ने
    // प्रदर्शनकारियों पर गोलियां चलाईं" is 175; an army's fire across a
    // border that kills the other side's villagers stays fire, 193, and so
    // does a gang's.)
    if (p.iftarget_code == "175" &&
        (events::Principal(ca) != events::Principal(cb) || !events::IsAuthorityRole(events::RoleCode(ca))))
      target_role.clear();
    if (!x.from_speech && !target_role.empty()) {
      e.code = p.iftarget_code;
      e.rules.push_back("target's role " + target_role + ": " + e.code);
    }
    // (A guest welcomed is hosted: "शी जिनपिंग ने … मोदी का स्वागत किया" is
    // 043; "… भारत के फ़ैसले का स्वागत किया", a genitive inside the phrase,
    // stays praise.)
    if (!x.from_speech && !p.ifhead.empty() && HeadOfArgument(d, v, t, *pr.sb, *pr.b)) {
      e.code = p.ifhead;
      e.rules.push_back("the target is the argument itself: " + e.code);
    }
    // (An international court is a court: "अंतरराष्ट्रीय न्यायालय ने म्यांमार
    // से … को कहा" directs, ifsource=JUD.)
    if (!x.from_speech && IfSourceApplies(p, ca)) {
      e.code = p.ifsource_code;
      e.rules.push_back("source's role " + SourceRole(ca) + ": " + e.code);
    }
    // (A clash row that makes the police's clash with a crowd 175 and the
    // crowd's 145 does so for party workers and the police too: "कई जगह
    // पुलिस और पीपीपी कार्यकर्ताओं के बीच झड़पें हुईं"; between parties it
    // stays violence, 180.)
    if (!x.from_speech && p.iftarget_code == "175" && p.ifsource_code == "145") {
      const std::string sr = events::RoleCode(ca), tr = events::RoleCode(cb);
      if ((sr == "OPP" || sr == "PTY") && tr == "COP") e.code = "145";
      if (sr == "COP" && (tr == "OPP" || tr == "PTY")) e.code = "175";
      if (e.code != x.code && (sr == "COP" || tr == "COP") && e.rules.size() == x.cand.rules.size())
        e.rules.push_back("a clash of party workers and the police: " + e.code);
    }
    const std::string troot = x.code.substr(0, 2);
    const std::string srole = events::RoleCode(ca);
    // (For a gang or a crowd, only a violent code the source's role has not
    // already changed: a clash between crowds, ifsource=CVL:145, is a
    // riot; "लोग कांग्रेस पर हमला बोलते हैं" is words.)
    const bool gang = (srole == "CRM" || srole == "CVL") && e.code == x.code && events::IsViolentCode(e.code);
    // Whether the words after the trigger say someone was wounded or killed.
    static const events::KeySet kHurt({"घायल", "जख्मी", "ज़ख्मी", "लहूलुहान", "मौत", "हत्या"});
    bool hurt = false;
    for (int k = x.cand.trigger->last; k < v.size() && k < x.cand.trigger->last + 12; ++k)
      hurt |= kHurt.Contains(v.keys[k]);
    if (!x.from_speech && !p.ifreb.empty() && (srole == "REB" || gang)) {
      // An armed group's attack on civilians, leaders or buildings is
      // unconventional violence (18); on soldiers and police, fighting (19).
      // So is a gang's or a mob's ("चार युवकों ने महिला को गोलियां मारीं").
      // (A crowd's assault on a government, parliament, court or embassy,
      // "प्रदर्शनकारियों ने सरकारी इमारतों पर धावा बोल दिया", is a violent
      // protest, 145.)
      const std::string trole = events::RoleCode(cb);
      // (Not a named person: "गिलानी का संसद पर हमला" is terrorism.)
      const int named = pr.a->antecedent >= 0 ? pr.a->antecedent : pr.a->mention;
      // (A group named after a person is no person: "असद के सैकड़ों समर्थकों
      // ने … दूतावासों पर धावा बोल दिया".)
      static const std::string kPluralEnd = events::MatchKey("ों");
      // (Nor a crowd: "असद के समर्थकों की भीड़ ने … दूतावासों पर हमला कर दिया".)
      static const events::KeySet kCrowd({"भीड़", "हुजूम", "जत्था", "जत्थे", "जुलूस"});
      const bool source_phrase = x.source.phrase >= 0 && x.source.phrase < static_cast<int>(v.parse->phrases.size());
      const std::string_view source_head = source_phrase ? v.keys[v.parse->phrases[x.source.phrase].head] : "";
      const bool plural_source = source_phrase && (source_head.ends_with(kPluralEnd) || kCrowd.Contains(source_head));
      const bool person = named >= 0 && !d.mentions()[named].name.empty() && !plural_source;
      if (srole == "CVL" && !person && (trole == "GOV" || trole == "LEG" || trole == "JUD")) {
        e.code = "145";
        e.rules.push_back("a crowd's assault on the state's institutions: a violent protest (145)");
      } else if (srole == "REB" && trole.empty() && (x.code.rfind("194", 0) == 0 || x.code.rfind("195", 0) == 0)) {
        // (Rockets, shells or air strikes an armed group fires at a state,
        // "हमास ने इसराइल पर रॉकेट दागे", are war, 19.)
        e.rules.push_back("an armed group's artillery or air attack on a state: " + e.code);
      } else if (!FightsBack(cb) || (srole == "CVL" && hurt)) {
        // (A mob that kills or wounds a policeman assaults him, 18: "भीड़ के
        // हमले में हेड कांस्टेबल की मौत हो गई"; a crowd's clash with the
        // police stays force, 19.)
        e.code = p.ifreb;
        e.rules.push_back(FightsBack(cb) ? "a crowd's attack on soldiers or police: " + e.code
                                         : "armed non-state source, target not armed: " + e.code);
      }
    }
    // (Only a generic attack: killings, beatings and bombings of party
    // workers are what they say.)
    // (Nor a violent clash: "भाजपा और तृणमूल के कार्यकर्ताओं के बीच हिंसक
    // झड़प हुई" is fighting, "तीखी झड़प" words.)
    static const events::KeySet kViolent({"हिंसक", "खूनी", "जानलेवा"});
    bool violent_words = false;
    for (int k = std::max(0, x.cand.trigger->first - 2); k < x.cand.trigger->last; ++k)
      violent_words |= kViolent.Contains(v.keys[k]);
    // (Nor one that wounds or kills: "तृणमूल समर्थकों के हमले में भाजपा के 17
    // कार्यकर्ता घायल हुए".)
    violent_words |= hurt;
    // (A politician in person "attacking" civil society is in words too:
    // "प्रधानमंत्री ने विपक्ष और एनजीओ के खिलाफ करारा हमला किया".)
    const bool person_source = !x.source.actors.empty() && x.source.actors[0].kind == ActorKind::kPerson;
    // (Nor a government's or party's "attack" on a university, the press or
    // a faith's body: "जेएनयू पर भाजपा सरकार का हमला".)
    const std::string trole = events::RoleCode(cb);
    const bool civil_target = (trole == "CVL" && person_source) || trole == "EDU" || trole == "MED" ||
                              trole == "REL" || trole == "HRI";
    // (Also a fight with civilians a clash row made crowd control, 175, when
    // a politician fights it: "… समाजवादी पार्टी की भी लड़ाई है".)
    const bool force_code = e.code == "180" || e.code == "190" || (e.code == "175" && x.code != "175");
    if (force_code && events::Principal(ca) == events::Principal(cb) &&
        PoliticalRole(ca) && (PoliticalRole(cb) || civil_target || (e.code == "175" && trole == "CVL")) &&
        !violent_words) {
      e.code = "111";  // "विपक्ष पर हमला": a politician's attack is in words
      e.rules.push_back("political actors of one state: an attack in words (111)");
    } else if (e.code == "190" && violent_words && PoliticalRole(ca) && PoliticalRole(cb)) {
      e.code = "180";  // party workers are no armed forces
      e.rules.push_back("political actors' violent clash: unconventional violence (180)");
    }
    // "इमरान खान ने भारत सरकार पर हमला करते हुए कहा कि …": an attack made
    // while saying something is in words, between any two sides.
    if ((e.code == "180" || e.code == "190") && !violent_words && t.predicate >= 0) {
      const Predicate& ap = v.parse->predicates[t.predicate];
      const bool adverbial = ap.verb_form == "Part" && !ap.tokens.empty() &&
                             (v.keys[ap.tokens.back()] == events::MatchKey("हुए") ||
                              v.keys[ap.tokens.back()] == events::MatchKey("हुये"));
      if (adverbial && ap.subject_from >= 0 && !ArmedSide(x.source.actors) &&
          events::IsReportingLemma(v.parse->predicates[ap.subject_from].lemma)) {
        e.code = "111";
        e.rules.push_back("an attack made while saying something: in words (111)");
      }
    }
    // "कर्मचारियों ने सरकार के खिलाफ जंग शुरू कर दी": a war waged by people
    // who bear no arms (not a state, its forces or an armed group) is one of
    // words.
    static const events::KeySet kWar({"जंग", "युद्ध", "लड़ाई", "लड़ाई"});
    if (e.code == "190" && x.cand.trigger != nullptr && kWar.Contains(v.keys[x.cand.trigger->first]) &&
        !x.source.actors.empty() && x.source.actors[0].code.size() == 6 && !ArmedSide(x.source.actors) &&
        !ArmedSide(x.target.actors)) {
      e.code = "111";
      e.rules.push_back("a war waged by the unarmed: in words (111)");
    }
    // "पोंपियो का चीन पर सीधा हमला": a politician in person attacking
    // "directly", "sharply" or "in words" attacks in words, whoever the
    // target (the noun of the verb's words row, जुबानी/तीखा हमला करना).
    static const events::KeySet kInWords({"तीखा", "तीखे", "तीखी", "सीधा", "सीधे", "करारा", "करारे", "जुबानी",
                                          "ज़ुबानी", "शाब्दिक", "जोरदार", "ज़ोरदार"});
    if ((e.code == "180" || e.code == "190") && !violent_words && person_source && PoliticalRole(ca) &&
        !ArmedSide(x.source.actors) && x.cand.trigger != nullptr) {
      bool in_words = false;
      for (int k = std::max(0, x.cand.trigger->first - 2); k < x.cand.trigger->first; ++k)
        in_words |= kInWords.Contains(v.keys[k]);
      if (in_words) {
        e.code = "111";
        e.rules.push_back("a politician's attack called direct or sharp: in words (111)");
      }
    }
    // "घनी ने पाकिस्तान पोषित आतंकवाद पर हमला किया": an attack on a policy,
    // a stance or terrorism itself, by a politician, is in words.
    static const events::KeySet kAbstract({"आतंकवाद", "नीति", "नीतियों", "फैसले", "फैसला", "फैसलों", "बयान",
                                           "बयानों", "रवैये", "रवैया", "रुख", "सोच", "विचारधारा", "मानसिकता"});
    if ((e.code == "180" || e.code == "190") && PoliticalRole(ca) && x.target.phrase >= 0 &&
        x.target.phrase < static_cast<int>(v.parse->phrases.size()) &&
        kAbstract.Contains(v.keys[v.parse->phrases[x.target.phrase].head])) {
      e.code = "111";
      e.rules.push_back("a politician's attack on a policy or stance: in words (111)");
    }
    if (troot == "04" && (events::RoleCode(ca) == "MED" || events::RoleCode(cb) == "MED")) continue;
    const events::CameoInfo* info = events::LookupCameo(e.code);
    e.root_code = info ? info->root : e.code.substr(0, 2);
    e.quad_class = info ? info->quad_class : 0;
    e.goldstein = info ? info->goldstein : 0;
    e.trigger.text = SliceCodePoints(v, ts - v.sent->start, te - v.sent->start);
    e.trigger.start = ts;
    e.trigger.end = te;
    e.pattern = p.origin;
    out->push_back(std::move(e));
  }
}

}  // namespace

bool CameoCodeInfo(std::string_view code, std::string* root, int* quad_class, double* goldstein,
                   std::string* description) {
  const events::CameoInfo* c = events::LookupCameo(code);
  if (!c) return false;
  if (root) *root = c->root;
  if (quad_class) *quad_class = c->quad_class;
  if (goldstein) *goldstein = c->goldstein;
  if (description) *description = c->description;
  return true;
}

bool PloverOf(std::string_view code, std::string* type, std::string* mode, std::string* context) {
  const events::PloverInfo* p = events::LookupPlover(code);
  if (!p) return false;
  if (type) *type = p->type;
  if (mode) *mode = p->mode;
  if (context) *context = p->context;
  return true;
}

Result<std::unique_ptr<EventCoder>> EventCoder::LoadFromMemory(
    const std::vector<std::pair<std::string, std::string>>& files) {
  auto lex = Lexicon::Load(files);
  if (!lex.ok()) return lex.status();
  return std::unique_ptr<EventCoder>(new CoderImpl(std::move(lex).value()));
}

Result<std::unique_ptr<EventCoder>> EventCoder::Load(const std::string& data_dir) {
  // Present, UTF-8, not empty; named by their paths in errors.
  auto files = ReadDataFiles(data_dir + "/verbs",
                             {"discard.tsv", "patterns.tsv", "nouns.tsv", "nonevents.tsv", "casualties.tsv"},
                             /*full_names=*/true);
  if (!files.ok()) return files.status();
  return LoadFromMemory(*files);
}

}  // namespace ghatna
