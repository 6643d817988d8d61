// Actor recognition: dictionary matching over words, phrase composition
// (country/organisation + role words + name), dated offices, and
// within-document coreference (surnames, bare titles, pronouns).
//
// Pass 1 (per sentence): words → units (hyphenated compounds split), longest
// dictionary match at each unit → atoms (entity, agent, pronoun), atoms →
// candidates ("रूस के विदेश मंत्री सर्गेई लवरोव" is one candidate). Pass 2
// (document order): codes that need context (a bare role word, an unknown
// name, a pronoun, a surname seen before) are resolved against what came
// earlier in the document.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/dictionary_impl.h"
#include "ghatna/actors.h"
#include "syntax/lexicon.h"
#include "text/one_of.h"

#if __has_include("ghatna/romanize.h")
#include "ghatna/romanize.h"
#define GHATNA_HAVE_ROMANIZE 1
#endif

namespace ghatna {
namespace {

using text::OneOf;

constexpr uint32_t kNoWord = WordTrie::kNoWord;
// How many sentences back a bare title (मंत्रालय, सेना) may find the same
// title used with a country.
constexpr int kTitleWindow = 6;
// How far from the foreign armed group an article names its unnamed
// militants are taken to be that group's (AttributeUnnamedMilitants).
constexpr int kGroupWindow = 12;

// ---------------------------------------------------------------------------
// Closed word classes (match keys).

bool IsGenitive(std::string_view k) { return k == "के" || k == "की" || k == "का"; }
// A postposition that closes a noun phrase (को, से, पर, में, ने, के …).
bool IsCaseMarkerKey(std::string_view k) {
  return IsGenitive(k) || k == "को" || k == "से" || k == "पर" || k == "में" || k == "ने";
}
bool IsConjunction(std::string_view k) { return k == "और" || k == "तथा" || k == "एवं" || k == "व" || k == ","; }
bool IsFormer(std::string_view k) { return k == "पूर्व" || k == "भूतपूर्व"; }
bool IsHonorific(std::string_view k) {
  return k == "श्री" || k == "श्रीमती" || k == "सुश्री" || k == "डॉ" || k == "डा" || k == "मिस्टर";
}

// Words after which a name ends: postpositions, particles, conjunctions.
bool IsBoundary(std::string_view k) {
  static const std::unordered_set<std::string_view> kWords = {
      "ने", "को", "से", "के", "की", "का", "में", "पर", "और", "तथा", "एवं", "व", "भी", "ही",
      "द्वारा", "तक", "जी", "या", "ने,", "समेत", "सहित", "साथ", "का,", "वाले", "वाली"};
  return kWords.count(k) > 0;
}

// Words that are never (part of) a person's name.
bool IsStopWord(std::string_view k) {
  static const std::unordered_set<std::string_view> kWords = {
      "है", "हैं", "था", "थे", "थी", "थीं", "हो", "होगा", "होगी", "होंगे", "होने", "होता", "होती",
      "गया", "गई", "गए", "गये", "गयी", "कहा", "कही", "कहे", "कहना", "कहते", "किया", "किए", "किये",
      "कर", "करें", "करेंगे", "करेगा", "करेगी", "करने", "करते", "करता", "करती", "कि", "यह", "वह",
      "ये", "वे", "इस", "उस", "इन", "उन", "एक", "दो", "नहीं", "न", "ना", "तो", "बाद", "पहले",
      "लिए", "अनुसार", "बताया", "बोले", "बोला", "बोली", "आज", "कल", "अब", "जब", "तब", "फिर",
      "सभी", "सब", "कई", "कुछ", "अपने", "अपनी", "अपना", "खुद", "स्वयं", "रहे", "रही", "रहा",
      "चुके", "दिया", "दी", "दिए", "लिया", "ली", "मिले", "मिला", "बात", "बयान", "ओर", "यहां",
      "वहां", "जो", "जिन", "जिसे", "जिसने", "उन्होंने", "उनके", "उनकी", "उनका", "उन्हें", "उसने",
      "उसके", "उसकी", "उसका", "उसे", "इसके", "इसकी", "इसका", "पूर्व", "नए", "नई", "नया", "सबसे",
      "बहुत", "मुख्य", "वरिष्ठ", "तत्कालीन", "मौजूदा", "वर्तमान", "नवनियुक्त", "कार्यवाहक"};
  return kWords.count(k) > 0 || IsBoundary(k);
}

// Pronouns that refer to actors: honorific/plural (a person, or a group)
// and singular (an organisation or state, or a person).
enum class PronounClass : uint8_t { kNone, kHonorific, kSingular };
PronounClass ClassifyPronoun(std::string_view k) {
  static const std::unordered_set<std::string_view> kHon = {
      "उन्होंने", "उनके", "उनकी", "उनका", "उन्हें", "उन्हीं", "उनको", "वे", "उनसे", "उनपर", "इन्होंने"};
  static const std::unordered_set<std::string_view> kSing = {
      "उसने", "उसके", "उसकी", "उसका", "उसे", "उसको", "उससे", "उसपर", "इसने", "वो"};
  if (kHon.count(k)) return PronounClass::kHonorific;
  if (kSing.count(k)) return PronounClass::kSingular;
  return PronounClass::kNone;
}
// उसके, उनकी, उसका: a possessive pronoun.
bool IsGenitiveSuffix(std::string_view k) {
  return k == "उसके" || k == "उसकी" || k == "उसका" || k == "उनके" || k == "उनकी" || k == "उनका";
}
// The role of agents that are whatever their owner is (समिति, टीम, सहयोगी:
// "भाजपा की समिति" is the party, "संयुक्त राष्ट्र की टीम" the UN).
constexpr std::string_view kOwnerRole = "OWN";

// उसे, उन्हें, उससे: an object pronoun, which never means the subject of
// its own clause (that is अपने/खुद: "पुलिस उसे गिरफ्तार कर चुकी है").
bool IsObjectPronoun(std::string_view k) {
  return k == "उसे" || k == "उसको" || k == "उससे" || k == "उसपर" || k == "उन्हें" || k == "उनको" ||
         k == "उनसे" || k == "उनपर";
}

bool IsErgativePronoun(std::string_view k) {
  return k == "उन्होंने" || k == "उसने" || k == "इन्होंने" || k == "इसने";
}

// Places and assets a state owns, which an attack, a sanction or a seizure
// may target: after a demonym they name that state (आर्मेनियाई ठिकानों पर
// गोलाबारी, भारतीय चौकियों, अमेरिकी जहाजों, पाकिस्तानी इलाके), and the role
// some of them imply (a border post is the army's, an embassy the
// government's, fishermen are civilians). Returns nullptr when `k` is none.
const char* OwnedPlaceRole(std::string_view k) {
  static const std::unordered_map<std::string_view, const char*> kPlaces = {
      {"चौकी", "MIL"}, {"चौकियों", "MIL"}, {"चौकियां", "MIL"}, {"पोस्ट", "MIL"}, {"पोस्टों", "MIL"},
      {"बंकर", "MIL"}, {"बंकरों", "MIL"}, {"मोर्चे", "MIL"}, {"मोर्चों", "MIL"}, {"युद्धपोत", "MIL"},
      {"युद्धपोतों", "MIL"}, {"काफिले", "MIL"}, {"काफिला", "MIL"}, {"काफिलों", "MIL"},
      {"दूतावास", "GOV"}, {"दूतावासों", "GOV"}, {"वाणिज्य दूतावास", "GOV"},
      {"नागरिक", "CVL"}, {"नागरिकों", "CVL"}, {"बंधक", "CVL"}, {"बंधकों", "CVL"}, {"कैदी", "CVL"},
      {"कैदियों", "CVL"}, {"मछुआरे", "CVL"}, {"मछुआरों", "CVL"}, {"पर्यटक", "CVL"}, {"पर्यटकों", "CVL"},
      {"तीर्थयात्री", "CVL"}, {"तीर्थयात्रियों", "CVL"}, {"छात्र", "CVL"}, {"छात्रों", "CVL"},
      {"मजदूर", "CVL"}, {"मजदूरों", "CVL"}, {"मज़दूर", "CVL"}, {"मज़दूरों", "CVL"},
      {"इंजीनियर", "CVL"}, {"इंजीनियरों", "CVL"}, {"डॉक्टर", "CVL"}, {"डॉक्टरों", "CVL"},
      {"कामगार", "CVL"}, {"कामगारों", "CVL"}, {"श्रमिक", "CVL"}, {"श्रमिकों", "CVL"},
      {"यात्री", "CVL"}, {"यात्रियों", "CVL"}, {"सहायताकर्मी", "CVL"}, {"सहायताकर्मियों", "CVL"},
      {"ठिकाना", ""}, {"ठिकाने", ""}, {"ठिकानों", ""}, {"अड्डा", ""}, {"अड्डे", ""}, {"अड्डों", ""},
      {"शिविर", ""}, {"शिविरों", ""}, {"इलाका", ""}, {"इलाके", ""}, {"इलाकों", ""}, {"क्षेत्र", ""},
      {"क्षेत्रों", ""}, {"सीमा", ""}, {"सीमाओं", ""}, {"जमीन", ""}, {"ज़मीन", ""}, {"भूभाग", ""},
      {"शहर", ""}, {"शहरों", ""}, {"गांव", ""}, {"गांवों", ""}, {"बस्ती", ""}, {"बस्तियों", ""},
      {"जहाज", ""}, {"जहाजों", ""}, {"पोत", ""}, {"पोतों", ""}, {"विमान", ""}, {"विमानों", ""},
      {"ड्रोन", ""}, {"नौका", ""}, {"नौकाओं", ""}, {"हितों", ""}, {"हित", ""}, {"संपत्ति", ""},
      {"संपत्तियों", ""}, {"प्रतिष्ठान", ""}, {"प्रतिष्ठानों", ""}, {"टैंकर", ""}, {"टैंकरों", ""},
      {"सामान", ""}, {"सामानों", ""}, {"उत्पाद", ""}, {"उत्पादों", ""}, {"आयात", ""}, {"निर्यात", ""},
      // (Goods a duty or a ban hits: "ऑस्ट्रेलियाई वाइन पर … शुल्क".)
      {"वस्तु", ""}, {"वस्तुओं", ""}, {"माल", ""}, {"वाइन", ""}, {"जौ", ""}, {"स्टील", ""}, {"इस्पात", ""},
      {"कोयला", ""}, {"कोयले", ""}, {"एल्युमिनियम", ""}, {"एल्यूमीनियम", ""}, {"तेल", ""},
      {"उडान", ""}, {"उडानों", ""}, {"उडानें", ""},  // (keys: no nukta)
      {"कंपनी", "BUS"}, {"कंपनियों", "BUS"}, {"कंपनियां", "BUS"}, {"ऐप", "BUS"}, {"ऐप्स", "BUS"},
      {"बैंक", "BUS"}, {"बैंकों", "BUS"}, {"पत्रकार", "MED"}, {"पत्रकारों", "MED"},
      // "चीनी पक्ष ने …": the state's side in talks, its government.
      {"पक्ष", "GOV"}, {"पक्षों", "GOV"}};
  auto it = kPlaces.find(k);
  return it == kPlaces.end() ? nullptr : it->second;
}

bool IsOwnedPlace(std::string_view k) { return OwnedPlaceRole(k) != nullptr; }

// Acts a state does, which an event may be about or be: after a demonym
// they are that state's (अमेरिकी हमले की निंदा, पाकिस्तानी प्रस्ताव को
// ठुकराया, चीनी दबाव में).
bool IsStateAct(std::string_view k) {
  static const std::unordered_set<std::string_view> kActs = {
      "हमला", "हमले", "हमलों", "आक्रमण", "कार्रवाई", "कार्रवाइयों", "बमबारी", "गोलाबारी", "गोलीबारी",
      "घुसपैठ", "प्रस्ताव", "प्रस्तावों", "पेशकश", "बयान", "बयानों", "दबाव", "प्रतिबंध", "प्रतिबंधों",
      "मांग", "मांगों", "आरोप", "आरोपों", "सहायता", "मदद", "समर्थन", "नीति", "नीतियों", "रुख", "फैसला",
      "फैसले", "फैसलों", "निर्णय", "कदम", "कदमों", "दौरा", "दौरे", "यात्रा", "धमकी", "धमकियों",
      "चेतावनी", "आपत्ति", "विरोध", "दावा", "दावे", "दावों", "हस्तक्षेप", "कब्जा", "कब्जे", "निवेश",
      "सैन्य कार्रवाई", "अभियान", "आक्रामकता", "उकसावे", "नाकेबंदी", "घोषणा", "पहल", "रवैया", "रवैये",
      "रवैए", "आदेश", "आदेशों", "निर्देश", "निर्देशों", "फरमान", "साजिश", "षड्यंत्र", "दखल", "दखलंदाजी",
      "हरकत", "हरकतों", "उल्लंघन", "बहिष्कार", "सुझाव", "प्रतिक्रिया", "नेतृत्व", "अगुवाई", "अगुआई",
      // (An election is the state's that holds it: "रूसी चुनाव न तो स्वतंत्र थे".)
      "चुनाव", "चुनावों", "मतदान", "जनमत-संग्रह", "जनमत संग्रह"};
  return kActs.count(k) > 0;
}

// After a demonym, words that leave the head noun to what follows or
// name the state's own counterpart: "अमेरिकी और रूसी अधिकारियों" (US and
// Russian officials), "अपने अमेरिकी समकक्ष".
bool IsDemonymHeadShared(std::string_view k) {
  return k == "और" || k == "तथा" || k == "एवं" || k == "व" || k == "," || k == "समकक्ष" ||
         k == "समकक्षों";
}

bool IsHyphen(std::string_view t) {
  return t == "-" || t == "\xE2\x80\x90" || t == "\xE2\x80\x91" || t == "\xE2\x80\x93";
}

bool HasAsciiLower(std::string_view s) {
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

// The ISO principal of a state-based code ("RUSGOV" → "RUS"), else "".
std::string StatePrincipal(std::string_view code) {
  if (code.size() < 3) return "";
  std::string_view p = code.substr(0, 3);
  if (p == "IGO" || p == "NGO") return "";
  return std::string(p);
}

// ---------------------------------------------------------------------------
// Pass 1 structures.

struct Unit {
  int token = 0;
  uint32_t start = 0, end = 0;
  std::string_view key;  // in the recogniser's word cache (valid for one document)
  uint32_t id = kNoWord, loose_id = kNoWord, lemma_id = kNoWord;
  std::array<uint32_t, 3> bases = {kNoWord, kNoWord, kNoWord};  // inflection bases (terminal only)
  bool plural = false;     // has a plural ending
  PronounClass pronoun = PronounClass::kNone;  // ClassifyPronoun(key)
  bool punct = false;
  bool latin_lower = false;
  Upos upos = Upos::kX;
};

enum class AtomKind : uint8_t { kEntity, kAgent, kPronoun };

struct Atom {
  int u0 = 0, u1 = 0;
  AtomKind kind = AtomKind::kEntity;
  FormRef ref;          // the chosen form
  bool inflected = false;
  bool loose = false;
  PronounClass pronoun = PronounClass::kNone;
  int bracketed = -1;   // the unit of a form's last word in brackets, which
                        // the atom leaves out ("नेकपा (एनसीपी)": एनसीपी)
};

struct Cand {
  int u0 = 0, u1 = 0;
  int entity = -1;              // atom index of a country/org/group/person
  std::vector<int> agents;      // atom indices of role words
  int person = -1;              // atom index of a known person after role words
  int name_u0 = -1, name_u1 = -1;  // an unknown name after role words
  int pronoun = -1;             // atom index
  bool former = false;
  bool subject = false;
  // Filled in pass 1 when the code needs no context.
  bool resolved = false;
  std::string code;
  std::string entry;
  MatchHow how = MatchHow::kDirect;
  double confidence = 1.0;
  ActorKind kind = ActorKind::kState;
  std::string role;  // for context resolution
  const ActorEntry* person_entry = nullptr;
};

struct SentenceWork {
  std::vector<Unit> units;
  std::vector<Atom> atoms;
  std::vector<Cand> cands;
};

// A demonym adjective that names its state: before an owned place or
// asset, a state's act (through one modifier: अमेरिकी हवाई हमले), a
// coordination or a counterpart.
bool DemonymNamesState(const SentenceWork& w, int u) {
  const int n = static_cast<int>(w.units.size());
  if (u >= n) return false;
  if (IsDemonymHeadShared(w.units[u].key)) return true;
  // The head may follow a modifier or two: अमेरिकी हवाई हमले, ब्रिटिश तेल
  // टैंकर, चीनी मोबाइल ऐप्स (not रूसी तेल की खरीद).
  for (int k = u; k < n && k < u + 3; ++k) {
    const Unit& x = w.units[k];
    if (x.punct || x.upos == Upos::kADP || x.upos == Upos::kVERB || x.upos == Upos::kAUX) break;
    if (IsOwnedPlace(x.key) || IsStateAct(x.key)) return true;
  }
  return false;
}

class Recognition {
 public:
  Recognition(const ActorIndex& dict, const RecognizerOptions& options, const Document& doc,
              const std::vector<SentenceParse>& parses)
      : dict_(dict), options_(options), doc_(doc), parses_(parses) {}

  std::vector<ActorMention> Run() {
    ClearWordCacheIfFull();
    work_.resize(doc_.sentences.size());
    for (size_t s = 0; s < doc_.sentences.size(); ++s) {
      BuildUnits(doc_.sentences[s], &work_[s]);
      FindAtoms(&work_[s]);
      DropStanceStates(&work_[s]);
      Compose(static_cast<int>(s), &work_[s]);
      for (Cand& c : work_[s].cands) ResolveStatic(&work_[s], &c);
      ShareCoordinatedHeads(&work_[s]);
      ForeignInstitutions(&work_[s]);
      GroupMembers(&work_[s]);
      MarkSubjects(static_cast<int>(s), &work_[s]);
    }
    SurnamesOfFullNames();
    ComputeDominant();
    ComputeHome();
    PlaceRoamingGroups();
    CongressAbroad();
    for (size_t s = 0; s < doc_.sentences.size(); ++s) ResolveInContext(static_cast<int>(s));
    AttributeUnnamedMilitants();
    return std::move(out_);
  }

  // A surname alone is the person the article names in full with it,
  // before or after ("बाजवा और दूलो ने राज्यपाल से …" in the headline,
  // "कांग्रेस के राज्यसभा सांसद प्रताप सिंह बाजवा" in the body), not
  // another of that surname the dictionary knows alone (Pakistan's army
  // chief).
  void SurnamesOfFullNames() {
    // (The people named in full, by their last word; a surname stays its
    // own when its own person is among them, or when two others are.)
    std::unordered_map<std::string, std::vector<const ActorEntry*>> full;
    for (const SentenceWork& w : work_)
      for (const Cand& c : w.cands) {
        const int p = PersonAtomOf(w, c);
        if (!c.resolved || p < 0) continue;
        const Atom& a = w.atoms[p];
        if (a.u1 - a.u0 < 2) continue;
        std::vector<const ActorEntry*>& named = full[std::string(w.units[a.u1 - 1].key)];
        if (std::find(named.begin(), named.end(), &Entry(a.ref)) == named.end()) named.push_back(&Entry(a.ref));
      }
    if (full.empty()) return;
    for (SentenceWork& w : work_)
      for (Cand& c : w.cands) {
        const int p = PersonAtomOf(w, c);
        if (!c.resolved || p < 0 || p != c.entity || !c.agents.empty() || c.former) continue;
        const Atom& a = w.atoms[p];
        if (a.u1 - a.u0 != 1) continue;
        auto it = full.find(std::string(w.units[a.u0].key));
        if (it == full.end() || it->second.size() != 1 || it->second[0] == &Entry(a.ref)) continue;
        double conf = 1.0;
        const std::string code = ActorDictionary::CodeOn(*it->second[0], doc_.date, &conf);
        if (code.empty()) continue;
        c.person_entry = it->second[0];
        c.code = code;
        c.kind = ActorKind::kPerson;
      }
  }

  // Unnamed militants (आतंकी, हमलावर) placed in the article's own state are
  // the one foreign armed group the article names, wherever it names it:
  // "… सुंजवां स्थित ब्रिगेड पर आतंकियों ने हमला किया … जैश-ए-मोहम्मद ने
  // हमले की जिम्मेदारी ली" (PAKREB, not INDREB; CODING_CONVENTIONS:
  // "or the group's code when the text names it"). Not when it names two.
  void AttributeUnnamedMilitants() {
    // (In the news of the project's own state: abroad, "पाकिस्तान में …
    // कट्टरपंथियों को हिरासत में लिया गया" are Pakistan's own.)
    const std::string& home = options_.default_country;
    if (home.empty() || (!home_.empty() && home_ != home)) return;
    std::string group;
    std::vector<int> named_in;  // the sentences that name it
    for (size_t s = 0; s < work_.size(); ++s) {
      // (A group only suspected is not named as the attacker: "हमले में
      // लश्कर-ए-तैयबा के आतंकियों का हाथ होने का शक है".)
      bool suspected = false;
      for (const Unit& u : work_[s].units)
        suspected |= OneOf(u.key, "शक", "संदेह", "आशंका", "शुबहा", "अंदेशा");
      if (suspected) continue;
      for (const Cand& c : work_[s].cands) {
        if (!c.resolved || c.entity < 0 || RoleOf(c.code) != "REB") continue;
        const ActorEntry& e = Entry(work_[s].atoms[c.entity].ref);
        if (e.file != ActorFile::kGroups || StatePrincipal(c.code) == home) continue;
        // (Not a group that fights in many states, al-Qaeda, the Islamic
        // State: an article on India that names them speaks of elsewhere.)
        if (!e.fights_in.empty()) return;
        if (!group.empty() && group != c.code) return;
        group = c.code;
        named_in.push_back(static_cast<int>(s));
      }
    }
    if (group.empty()) return;
    auto near = [&](int s) {
      for (int g : named_in)
        if (std::abs(g - s) <= kGroupWindow) return true;
      return false;
    };
    const std::string own = home + "REB";
    std::vector<bool> changed(out_.size(), false);
    for (size_t i = 0; i < out_.size(); ++i) {
      ActorMention& m = out_[i];
      if (m.code != own) continue;
      const bool bare = m.kind == ActorKind::kPerson && m.name.empty() && m.entry.rfind("agents.tsv", 0) == 0 &&
                        m.entry.find("countries") == std::string::npos && !m.demonym;
      const bool follows = m.kind == ActorKind::kPronoun && m.antecedent >= 0 && changed[m.antecedent];
      if ((!bare && !follows) || !near(m.sentence)) continue;
      m.code = group;
      // (The group's nearest mention before it, else after it, is its
      // antecedent: `--explain` shows where the code comes from.)
      if (bare) {
        int best = -1;
        for (size_t j = 0; j < out_.size(); ++j) {
          if (out_[j].code != group || out_[j].entry.rfind("groups", 0) != 0) continue;
          if (best < 0 || j < i) best = static_cast<int>(j);
          if (j > i) break;
        }
        if (best >= 0) m.antecedent = best, m.how = MatchHow::kCoreference;
      }
      changed[i] = true;
    }
  }

 private:
  const ActorEntry& Entry(const FormRef& r) const { return dict_.entries[r.entry]; }

  // --- pass 1 --------------------------------------------------------------

  void AddUnit(const Token& t, int index, std::string_view text, uint32_t start, uint32_t end,
               SentenceWork* w) {
    Unit u;
    u.token = index;
    u.start = start;
    u.end = end;
    u.upos = t.upos;
    u.punct = t.kind == TokenKind::kPunct;
    const WordIds& word = LookUpWord(text);
    u.key = word.key;
    u.pronoun = word.pronoun;
    if (!u.punct) {
      u.id = word.id;
      u.loose_id = word.loose_id;
      u.latin_lower = word.latin_lower;
      if (!t.lemma.empty() && std::string_view(t.lemma) != "_" && t.parts.empty()) {
        const std::string lk = t.lemma_key.empty() ? ActorMatchKey(t.lemma) : std::string();
        const std::string& lemma_key = t.lemma_key.empty() ? lk : t.lemma_key;
        if (lemma_key != u.key) u.lemma_id = dict_.strict.WordId(lemma_key);
      }
      u.bases = word.bases;
      u.plural = word.plural;
    }
    w->units.push_back(std::move(u));
  }

  // What the dictionary says about a word whatever its context: its key and
  // the ids of its key, its loose key and its inflection bases.
  struct WordIds {
    std::string key;
    uint32_t id = kNoWord, loose_id = kNoWord;
    std::array<uint32_t, 3> bases = {kNoWord, kNoWord, kNoWord};
    bool plural = false;
    bool latin_lower = false;
    PronounClass pronoun = PronounClass::kNone;
  };

  // The WordIds of `text`, from a per-thread cache of this index's answers
  // (news vocabulary repeats: each word costs two match keys and up to six
  // hash look-ups, the cache one). The answers stay valid until the next
  // ClearWordCacheIfFull, at the start of a document.
  struct WordCache {
    uint64_t owner = 0;
    std::unordered_map<std::string, WordIds, StringHash, std::equal_to<>> words;
  };
  static WordCache& ThreadWordCache() {
    static thread_local WordCache cache;
    return cache;
  }
  void ClearWordCacheIfFull() const {
    constexpr size_t kMaxCached = 1 << 16;
    WordCache& cache = ThreadWordCache();
    if (cache.owner != dict_.id || cache.words.size() >= kMaxCached) {
      cache.words.clear();
      cache.owner = dict_.id;
    }
  }
  const WordIds& LookUpWord(std::string_view text) const {
    WordCache& cache = ThreadWordCache();
    auto it = cache.words.find(text);
    if (it != cache.words.end()) return it->second;
    WordIds w;
    w.key = ActorMatchKey(text);
    w.id = dict_.strict.WordId(w.key);
    w.loose_id = dict_.loose.WordId(ActorMatchKey(text, true));
    w.latin_lower = HasAsciiLower(text);
    w.pronoun = ClassifyPronoun(w.key);
    if (w.key.size() > 3) {
      std::vector<std::string> bases;
      InflectionBases(w.key, &bases);
      for (size_t i = 0; i < bases.size() && i < w.bases.size(); ++i) w.bases[i] = dict_.strict.WordId(bases[i]);
      w.plural = HasPluralEnding(w.key);
    }
    return cache.words.emplace(std::string(text), std::move(w)).first->second;
  }

  void BuildUnits(const Sentence& s, SentenceWork* w) {
    w->units.reserve(s.tokens.size());
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      if (t.kind == TokenKind::kPunct) {
        if (IsHyphen(t.text)) continue;  // रूस-यूक्रेन split by a simple tokeniser
        // The full stops of initials (ए. पी. जे.) do not break a name.
        if (t.text == "." && i > 0 && !s.tokens[i - 1].space_after && s.tokens[i - 1].end - s.tokens[i - 1].start <= 2 &&
            s.tokens[i - 1].kind != TokenKind::kPunct) {
          continue;
        }
      }
      if (t.parts.size() > 1) {
        // A hyphenated compound kept as one token: one unit per part.
        std::vector<std::string_view> pieces = SplitFormWords(t.text);
        if (pieces.size() == t.parts.size()) {
          for (size_t p = 0; p < pieces.size(); ++p) {
            AddUnit(t, static_cast<int>(i), pieces[p], t.parts[p].first, t.parts[p].second, w);
          }
          continue;
        }
      }
      AddUnit(t, static_cast<int>(i), t.text, t.start, t.end, w);
    }
  }

  // A form is usable at these units: acronyms need capitals in the text;
  // a one-word name must not be tagged as a function word or verb.
  bool Acceptable(const FormRef& r, const std::vector<Unit>& units, int u0) const {
    const Unit& u = units[u0];
    if (r.acronym && u.latin_lower) return false;
    // केंद्र alone is the Union government only as a phrase of its own
    // ("केंद्र ने", "केंद्र से", "केंद्र और राज्य"), not a centre: स्वास्थ्य
    // केंद्र, विवाद के केंद्र में, केंद्र बिंदु, केंद्र शासित.
    if (r.units == 1 && (u.key.rfind("केंद्र", 0) == 0 || u.key.rfind("केन्द्र", 0) == 0)) {
      if (u.key != "केंद्र" && u.key != "केन्द्र") return false;  // केंद्रों: centres
      if (u0 > 0) {
        const Unit& p = units[u0 - 1];
        if (p.upos == Upos::kNOUN || p.upos == Upos::kPROPN || p.upos == Upos::kADJ || p.upos == Upos::kNUM ||
            p.upos == Upos::kDET || p.key == "जिस" || p.key == "उस" || p.key == "किस" || p.key == "हर" ||
            p.key == "का" || p.key == "के" || p.key == "की" || p.key == "इस" || p.key == "एक")
          return false;
      }
      static const std::unordered_set<std::string_view> kAfter = {
          "ने", "से", "को", "पर", "की", "के", "का", "और", "तथा", "एवं", "व", "भी", "ही", "द्वारा", ","};
      if (u0 + 1 >= static_cast<int>(units.size()) || !kAfter.count(units[u0 + 1].key)) return false;
      if (units[u0 + 1].key == "के" && u0 + 2 < static_cast<int>(units.size()) &&
          (units[u0 + 2].key == "रूप" || units[u0 + 2].key == "पास"))
        return false;
    }
    // दक्षिण अमेरिका, लैटिन अमेरिका, मध्य अमरीका: a continent or region,
    // not the United States.
    if (r.units == 1 && u0 > 0 && Entry(r).file == ActorFile::kCountries && !Entry(r).codes.empty() &&
        Entry(r).codes.front().code == "USA" && (u.key == "अमेरिका" || u.key == "अमरीका" || u.key == "अमेरीका")) {
      static const std::unordered_set<std::string_view> kRegion = {
          "दक्षिण", "दक्षिणी", "उत्तर", "उत्तरी", "मध्य", "लैटिन", "लातिन", "लातीनी", "मध्या"};
      if (kRegion.count(units[u0 - 1].key)) return false;
    }
    // "करतारपुर उनके लिए मदीना जैसा है": a city or place named in a
    // comparison (X जैसा, जैसी, जैसे) is no place of the story.
    if (r.type == FormType::kCapital && u0 + r.units < static_cast<int>(units.size()) &&
        OneOf(units[u0 + r.units].key, "जैसा", "जैसी", "जैसे"))
      return false;
    // "'पाकिस्तान ज़िंदाबाद' के नारे": a name in a slogan is no actor (and
    // no state for the sentence's police or students).
    if (u0 + r.units < static_cast<int>(units.size()) &&
        OneOf(units[u0 + r.units].key, "जिंदाबाद", "ज़िंदाबाद", "मुर्दाबाद", "जिन्दाबाद", "मुरदाबाद"))
      return false;
    // A monarch's title (नरेश, शाह, राजा …) only right after a state, its
    // demonym or its genitive: "बहरीन नरेश", "सऊदी शाह", "जॉर्डन के शाह";
    // alone these are names (नरेश अग्रवाल, अमित शाह). A coalition is a
    // foreign state's military one only right after the state or its
    // demonym (सऊदी गठबंधन); alone, after a party or a genitive (बिहार के
    // गठबंधन), it is a political alliance. (What a state leads, "सऊदी अरब
    // के नेतृत्व वाला गठबंधन", is the state's by the discourse's rule for
    // नेतृत्व.)
    const bool coalition = r.type == FormType::kAgent && !Entry(r).names.empty() && Entry(r).names.front() == "गठबंधन";
    if (r.type == FormType::kAgent && !Entry(r).names.empty() && (Entry(r).names.front() == "नरेश" || coalition)) {
      // A state's form that ends at unit k (सऊदी अरब के शाह: two words).
      auto state_at = [&](int k) {
        for (int b = k; b >= 0 && b > k - 3; --b) {
          uint32_t node = 0;
          for (int i = b; i <= k && (i == b || node != 0); ++i) node = dict_.strict.Child(node, units[i].id);
          if (node == 0) continue;
          for (const FormRef& f : dict_.strict.Forms(node))
            if (Entry(f).file == ActorFile::kCountries &&
                !(coalition && !Entry(f).codes.empty() && Entry(f).codes.front().code == "IND"))
              return true;
        }
        return false;
      };
      const bool genitive = !coalition && u0 >= 2 && (units[u0 - 1].key == "के" || units[u0 - 1].key == "की") &&
                            state_at(u0 - 2);
      if (!state_at(u0 - 1) && !genitive) return false;
    }
    // Kin (पिता, मां, भाई …) are actors only as a victim's or a fallen
    // soldier's family, who speak and act for it: "शहीद जवान के पिता ने …",
    // "मृतक के भाई ने …"; not anyone's mother in an anecdote.
    if (r.type == FormType::kAgent && !Entry(r).names.empty() && Entry(r).names.front() == "पिता") {
      static const std::unordered_set<std::string_view> kVictims = {
          "शहीद", "शहीदों", "मृतक", "मृतका", "मृतकों", "पीड़ित", "पीड़िता", "पीड़ितों", "पीडित", "पीडिता", "पीडितों",
          "जवान", "जवानों",
          "सैनिक", "सैनिकों", "हताहतों", "बंधक", "बंधकों", "लापता"};
      if (u0 < 2 || (units[u0 - 1].key != "के" && units[u0 - 1].key != "की")) return false;
      // (Also a person's kin named in turn, who speaks for the
      // person in the news: "आसिया बीबी के पति आशिक़ मसीह ने … शरण देने की
      // अपील की".)
      // (Not when the name is one the dictionary knows: "उत्तर कोरियाई नेता की
      // बहन किम यो जोंग" is an official.)
      const bool named_kin = u0 + r.units < static_cast<int>(units.size()) && units[u0 + r.units].upos == Upos::kPROPN &&
                             !StartsKnownPerson(units, u0 + r.units);
      if (!kVictims.count(units[u0 - 2].key) && !named_kin) return false;
    }
    // "राष्ट्रपति चुनाव", "प्रधानमंत्री पद के उम्मीदवार": an office named for
    // its election or post is no office holder (but "विपक्षी उम्मीदवार" is).
    // (Not an institution: "कि पुलिस चुनाव के दौरान …".)
    if (r.type == FormType::kAgent && !Entry(r).institution && u0 + r.units < static_cast<int>(units.size()) &&
        OneOf(units[u0 + r.units].key, "चुनाव", "चुनावों", "पद"))
      return false;
    // "वियना संधि", "पेरिस समझौते", "जिनेवा कन्वेंशन": a city named in a
    // treaty's name is no actor.
    if (r.type == FormType::kCapital && u0 + r.units < static_cast<int>(units.size()) &&
        OneOf(units[u0 + r.units].key, "संधि", "समझौते", "समझौता", "समझौतों", "कन्वेंशन", "करार", "प्रोटोकॉल",
              "घोषणापत्र", "प्रक्रिया"))
      return false;
    // "26,274 यूएस डॉलर", "अमेरिकी डॉलर": a currency names no actor.
    if (Entry(r).file == ActorFile::kCountries && u0 + r.units < static_cast<int>(units.size())) {
      // (Nor a leak named for a state: "पनामा पेपर्स मामला" is no Panama.)
      static const std::unordered_set<std::string_view> kCurrency = {"डॉलर", "डालर", "डॉलरों", "डालरों",
                                                                     "पाउंड", "रुपये", "रुपया", "रुपए", "युआन", "येन",
                                                                     "पेपर्स", "पेपर", "लीक्स"};
      if (kCurrency.count(units[u0 + r.units].key)) return false;
    }
    if (r.units == 1 && r.type == FormType::kName) {
      const ActorFile f = Entry(r).file;
      switch (u.upos) {
        case Upos::kVERB: case Upos::kAUX: case Upos::kADP: case Upos::kPRON: case Upos::kCCONJ:
        case Upos::kSCONJ: case Upos::kPART: case Upos::kDET: case Upos::kADV:
          return false;
        case Upos::kADJ:
          return f == ActorFile::kCountries || f == ActorFile::kAgents;
        default:
          break;
      }
    }
    return true;
  }

  // "रूस समर्थक अलगाववादी", "अमरीका विरोधी प्रदर्शनकारी": a state named
  // before समर्थक, विरोधी or परस्त says whom a group is for or against, not
  // whose it is. The state is dropped, and समर्थक too when a role word
  // follows; the group takes its state from the context ("पूर्वी यूक्रेन
  // में रूस समर्थक विद्रोहियों ने": UKRREB). So is a state or place that
  // names a general strike ("किसान संगठनों के भारत बंद को", "बंगाल बंद"):
  // the strike is its callers'.
  void DropStanceStates(SentenceWork* w) const {
    static const std::unordered_set<std::string_view> kStance = {"समर्थक", "समर्थकों", "विरोधी", "विरोधियों",
                                                                 "परस्त"};
    std::vector<Atom>& atoms = w->atoms;
    const int nu = static_cast<int>(w->units.size());
    std::vector<bool> drop(atoms.size(), false);
    for (size_t a = 0; a < atoms.size(); ++a) {
      const Atom& A = atoms[a];
      // "प्रतिनिधिमंडल स्तर की बातचीत", "मंत्री स्तरीय बैठक": a role word
      // before स्तर names a level, not an actor.
      if (A.kind == AtomKind::kAgent && A.u1 < nu &&
          (w->units[A.u1].key == "स्तर" || w->units[A.u1].key == "स्तरीय")) {
        drop[a] = true;
        continue;
      }
      if (A.u1 >= nu) continue;
      // (Anyone named before विरोधी is opposed, not acting: "सरकार विरोधी
      // प्रदर्शनों में सुरक्षा बलों के साथ झड़पों में" names no government
      // in the clash.)
      const std::string_view next = w->units[A.u1].key;
      if ((A.kind == AtomKind::kEntity || A.kind == AtomKind::kAgent) && (next == "विरोधी" || next == "विरोधियों")) {
        drop[a] = true;
        continue;
      }
      if (A.kind != AtomKind::kEntity) continue;
      // "किसी नेटो सदस्य देश ने": one member state of a body is a state, not
      // the body (its members together, "सभी संयुक्त राष्ट्र सदस्य देशों",
      // "नाटो के सदस्य देश", stay the body's).
      {
        const int k = A.u1;
        if (k + 1 < nu && w->units[k].key == "सदस्य" &&
            OneOf(w->units[k + 1].key, "देश", "राष्ट्र") && (k + 2 >= nu || !IsGenitive(w->units[k + 2].key)) &&
            Entry(A.ref).codes.front().code.rfind("IGO", 0) == 0) {
          drop[a] = true;
          continue;
        }
      }
      const ActorFile file = Entry(A.ref).file;
      const bool stance = file == ActorFile::kCountries && kStance.count(next);
      // (Not "इजरायल ने गाजा बंद कर दिया": closed, not a strike.)
      const bool closed = A.u1 + 1 < nu && (w->units[A.u1 + 1].key.rfind("कर", 0) == 0 ||
                                           w->units[A.u1 + 1].key.rfind("किय", 0) == 0 ||
                                           w->units[A.u1 + 1].key.rfind("कराय", 0) == 0 ||
                                           w->units[A.u1 + 1].key.rfind("रख", 0) == 0);
      const bool strike =
          (file == ActorFile::kCountries || file == ActorFile::kPlaces) && next == "बंद" && !closed;
      if (!stance && !strike) continue;
      drop[a] = true;
      // (The stance word itself when it is an atom and a role word follows:
      // "समर्थक अलगाववादियों".)
      if (stance && a + 1 < atoms.size() && atoms[a + 1].u0 == A.u1 && a + 2 < atoms.size() &&
          atoms[a + 2].kind == AtomKind::kAgent && atoms[a + 2].u0 == atoms[a + 1].u1)
        drop[a + 1] = true;
    }
    size_t keep = 0;
    for (size_t a = 0; a < atoms.size(); ++a)
      if (!drop[a]) atoms[keep++] = atoms[a];
    atoms.resize(keep);
  }

  void FindAtoms(SentenceWork* w) {
    const std::vector<Unit>& units = w->units;
    const int n = static_cast<int>(units.size());
    struct Found { int len; uint32_t node; bool inflected; bool loose; };
    std::vector<Found> found;
    for (int i = 0; i < n;) {
      if (units[i].punct) { ++i; continue; }
      found.clear();
      // Strict trie: exact words, lemmas, and inflected last words.
      uint32_t node = 0;
      bool via_lemma = false;
      // (A bracket inside a form is passed over: "नेपाल कम्युनिस्ट पार्टी
      // (एनसीपी)", "नेकपा (माओवादी)" are forms with their brackets.)
      auto bracket = [&](int j) { return j > i && (units[j].key == "(" || units[j].key == ")"); };
      for (int j = i; j < n && (!units[j].punct || bracket(j)); ++j) {
        if (units[j].punct) continue;
        const Unit& u = units[j];
        for (uint32_t b : u.bases) {
          if (b == kNoWord) continue;
          const uint32_t c = dict_.strict.Child(node, b);
          if (c != 0 && !dict_.strict.Forms(c).empty()) found.push_back({j - i + 1, c, true, false});
        }
        uint32_t next = dict_.strict.Child(node, u.id);
        if (next == 0 && u.lemma_id != kNoWord) {
          next = dict_.strict.Child(node, u.lemma_id);
          via_lemma = next != 0;
        }
        if (next == 0) break;
        node = next;
        if (!dict_.strict.Forms(node).empty()) found.push_back({j - i + 1, node, via_lemma, false});
      }
      // Loose trie (names with long/short vowels folded).
      node = 0;
      for (int j = i; j < n && (!units[j].punct || bracket(j)); ++j) {
        if (units[j].punct) continue;
        node = dict_.loose.Child(node, units[j].loose_id);
        if (node == 0) break;
        if (!dict_.loose.Forms(node).empty()) found.push_back({j - i + 1, node, false, true});
      }
      std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        if (a.len != b.len) return a.len > b.len;
        if (a.loose != b.loose) return !a.loose;
        return !a.inflected && b.inflected;
      });
      bool matched = false;
      for (const Found& f : found) {
        const WordTrie& trie = f.loose ? dict_.loose : dict_.strict;
        const FormRef* best = nullptr;
        for (const FormRef& r : trie.Forms(f.node)) {
          if (!Acceptable(r, units, i)) continue;
          // Names before agents; the first name of the best file order.
          if (best == nullptr || (best->type == FormType::kAgent && r.type != FormType::kAgent)) best = &r;
        }
        if (best == nullptr) continue;
        Atom a;
        a.u0 = i;
        a.u1 = i + f.len;
        // (A form ending in a word in brackets is the words before them, the
        // phrase the parse makes: "आम आदमी पार्टी (आप) ने"; the word in
        // brackets is the article's short name for it.)
        const int past = a.u1;
        if (a.u1 - a.u0 >= 3 && units[a.u1 - 2].key == "(") {
          a.bracketed = a.u1 - 1;
          a.u1 -= 2;
        }
        a.kind = best->type == FormType::kAgent ? AtomKind::kAgent : AtomKind::kEntity;
        a.ref = *best;
        a.inflected = f.inflected;
        a.loose = f.loose;
        w->atoms.push_back(a);
        i = past;
        matched = true;
        break;
      }
      if (matched) continue;
      const PronounClass pc = units[i].pronoun;
      if (pc != PronounClass::kNone) {
        Atom a;
        a.u0 = i;
        a.u1 = i + 1;
        a.kind = AtomKind::kPronoun;
        a.pronoun = pc;
        w->atoms.push_back(a);
      }
      ++i;
    }
  }

  // Whether atom `b` continues a phrase ending at unit `end`: adjacent, or
  // after one genitive postposition (रूस के विदेश मंत्री).
  static bool Continues(const SentenceWork& w, int end, const Atom& b) {
    // (Not after a plural in -ें/-एं/-यां, which ends its phrase: "अमरीकी
    // ख़ुफ़िया एजेंसियां | चांसलर के फ़ोन की निगरानी कर रही थीं".)
    if (b.u0 == end) {
      const std::string_view last = end > 0 ? std::string_view(w.units[end - 1].key) : "";
      return !(last.size() > 6 && (last.ends_with("यां") || last.ends_with("याँ") || last.ends_with("एं") ||
                                   last.ends_with("एँ") || last.ends_with("ें")));
    }
    if (end >= static_cast<int>(w.units.size()) || !IsGenitive(w.units[end].key)) return false;
    // की and का do not agree with an oblique plural, which takes के: "सेना
    // की आतंकियों के साथ मुठभेड़" is the army's encounter with militants.
    const std::string_view head = w.units[b.u1 - 1].key;
    if (w.units[end].key != "के" && head.size() > 6 && head.ends_with("ों")) return false;
    // (Or with a quantifier between after के: "कंपनी के एक अधिकारी", "सेना के
    // दो जवान"; not after की, whose head is feminine: "शिक्षक की तीन लोगों
    // ने हत्या कर दी" is the teacher's murder.)
    // (But एक after की before a feminine body: "पाकिस्तान की एक सैन्य
    // अदालत", "अमेरिका की एक संघीय अदालत".)
    static const std::unordered_set<std::string_view> kQuantifier = {"एक", "दो", "तीन", "चार", "पांच", "कई", "कुछ"};
    static const std::unordered_set<std::string_view> kFeminineBody = {
        "अदालत", "सरकार", "सेना", "पुलिस", "समिति", "टीम", "एजेंसी", "कंपनी", "पार्टी", "संस्था", "पीठ",
        "फौज", "फ़ौज", "संसद", "सभा"};
    if (b.u0 == end + 2 && w.units[end].key == "की" && w.units[end + 1].key == "एक" && kFeminineBody.count(head))
      return true;
    return b.u0 == end + 1 ||
           (b.u0 == end + 2 && w.units[end].key == "के" && kQuantifier.count(w.units[end + 1].key));
  }

  // The unit after a parenthesis that opens at unit `at` and closes within
  // eight units ("भारतीय जनता पार्टी (भाजपा)", "नाटो (उत्तरी अटलांटिक संधि
  // संगठन)"), or -1.
  static int AfterParenthesis(const SentenceWork& w, int at) {
    const int n = static_cast<int>(w.units.size());
    if (at >= n || w.units[at].key != "(") return -1;
    for (int u = at + 1; u < n && u <= at + 9; ++u) {
      if (w.units[u].key == ")") return u + 1;
      if (w.units[u].key == "(" || w.units[u].key == "।") return -1;
    }
    return -1;
  }

  bool IsPersonAtom(const Atom& a) const {
    return a.kind == AtomKind::kEntity && a.ref.type == FormType::kName && Entry(a.ref).file == ActorFile::kPeople;
  }

  // The atom of a candidate's known person, after role words or alone; -1
  // for none.
  int PersonAtomOf(const SentenceWork& w, const Cand& c) const {
    if (c.person >= 0) return c.person;
    return c.entity >= 0 && IsPersonAtom(w.atoms[c.entity]) ? c.entity : -1;
  }

  // Whether a person the dictionary knows is named from unit u on.
  bool StartsKnownPerson(const std::vector<Unit>& units, int u) const {
    uint32_t node = 0;
    for (int k = u; k < static_cast<int>(units.size()) && k < u + 5 && !units[k].punct; ++k) {
      node = dict_.strict.Child(node, units[k].id);
      if (node == 0) return false;
      for (const FormRef& f : dict_.strict.Forms(node))
        if (Entry(f).file == ActorFile::kPeople) return true;
    }
    return false;
  }

  // An organisation form that is another form plus a title: संयुक्त राष्ट्र
  // + महासचिव.
  bool IsOrgTitleForm(const SentenceWork& w, const Atom& a) const {
    if (a.kind != AtomKind::kEntity || Entry(a.ref).file != ActorFile::kOrgs || a.u1 - a.u0 < 2) return false;
    uint32_t node = 0;
    for (int u = a.u0; u < a.u1 - 1; ++u) {
      node = dict_.strict.Child(node, w.units[u].id);
      if (node == 0) return false;
    }
    return !dict_.strict.Forms(node).empty();
  }

  // An unknown name right after role words at unit `s`: up to three words
  // that are not function words or other actors, followed by a boundary.
  bool FindName(const SentenceWork& w, int s, int next_atom_u0, int* n0, int* n1) const {
    const std::vector<Unit>& units = w.units;
    const int n = static_cast<int>(units.size());
    int i = s;
    // (Also initials, a word of at most three letters whose full stop the
    // units leave out: "सभापति के. प्रतापचंद्र शेट्टी", "एम. रघुनंदन राव".)
    while (i < n) {
      const bool initial = i + 1 < n && units[i].key.size() <= 9 && units[i + 1].token == units[i].token + 2 &&
                           units[i + 1].start == units[i].end + 2;
      if (!IsHonorific(units[i].key) && !initial) break;
      ++i;
    }
    bool tagged = false;  // the morphology ran on this sentence
    for (const Unit& u : units) tagged |= u.upos != Upos::kX;
    int best = -1;
    for (int k = 0; k < 3 && i + k < n; ++k) {
      const Unit& u = units[i + k];
      // Names do not end in plural endings (सैनिक टुकड़ियों is not a name).
      if (u.punct || u.plural || IsStopWord(u.key) || u.pronoun != PronounClass::kNone) break;
      if (i + k >= next_atom_u0) break;
      if (u.upos != Upos::kX && u.upos != Upos::kPROPN && u.upos != Upos::kNOUN) break;
      // Hindi is verb-final: a name is followed by a postposition or
      // particle, or by a comma or bracket, not by the end of the sentence.
      const int after = i + k + 1;
      // With morphology, the last word of a name is a proper noun (विदेश
      // मंत्री विज्ञान पर: विज्ञान is a noun).
      if (tagged && u.upos != Upos::kPROPN && u.upos != Upos::kX) continue;
      if (after < n && (IsBoundary(units[after].key) ||
                        (units[after].punct && units[after].key != "।" && units[after].key != "." &&
                         units[after].key != "?" && units[after].key != "!" && units[after].key != "॥"))) {
        best = k + 1;
      }
    }
    if (best <= 0) return false;
    *n0 = i;
    *n1 = i + best;
    return true;
  }

  void Compose(int sentence, SentenceWork* w) {
    const std::vector<Atom>& atoms = w->atoms;
    const int na = static_cast<int>(atoms.size());
    for (int a = 0; a < na;) {
      const Atom& A = atoms[a];
      Cand c;
      c.u0 = A.u0;
      c.u1 = A.u1;
      int next = a + 1;
      if (A.kind == AtomKind::kPronoun) {
        // वे लोग, वे सैनिक: a determiner, not a pronoun.
        if (next < na && atoms[next].u0 == A.u1 && w->units[A.u0].key == "वे" &&
            atoms[next].kind == AtomKind::kAgent && !Entry(atoms[next].ref).institution) {
          a = next;
          continue;
        }
        c.pronoun = a;
        w->cands.push_back(std::move(c));
        a = next;
        continue;
      }
      const bool starts_with_person = IsPersonAtom(A);
      if (A.kind == AtomKind::kEntity) c.entity = a;
      if (A.kind == AtomKind::kEntity && !starts_with_person && next < na && IsPersonAtom(atoms[next]) &&
          atoms[next].u0 == A.u1 && IsOrgTitleForm(*w, A)) {
        // संयुक्त राष्ट्र महासचिव एंतोनियो गुटेरेस: an organisation's title and its holder.
        c.person = next;
        c.u1 = atoms[next].u1;
        ++next;
      } else if (!starts_with_person) {
        // Role words: रूसी [विदेश मंत्री], रूस के [विदेश मंत्री], [रक्षा मंत्रालय] के [प्रवक्ता].
        if (A.kind == AtomKind::kAgent) c.agents.push_back(a);
        // A parenthesis right after a name restates it: "भारतीय जनता पार्टी
        // (भाजपा) के अध्यक्ष", "नाटो (उत्तरी अटलांटिक संधि संगठन) सैनिकों".
        if (const int after = AfterParenthesis(*w, c.u1); A.kind == AtomKind::kEntity && after > 0) {
          int skip = next;
          while (skip < na && atoms[skip].u1 < after) ++skip;
          if (skip < na && atoms[skip].kind == AtomKind::kAgent && Continues(*w, after, atoms[skip])) {
            next = skip;
            c.u1 = after;
          }
        }
        while (next < na && atoms[next].kind == AtomKind::kAgent) {
          // A crowd of people, unmarked, and a state's institution right
          // after it are two actors: "स्थानीय लोग | पुलिस प्रमुख की …",
          // "किसान | सरकार के खिलाफ …" (as the parser splits them).
          if (!c.agents.empty() && atoms[next].u0 == c.u1 &&
              Entry(atoms[c.agents.back()].ref).codes.front().code == "CVL" && StateInstitution(atoms[next]))
            break;
          // Nor an institution and a crowd right after it, when the crowd
          // takes a postposition: "भाजपा सरकार | किसानों को धोखा दे रही है".
          if (!c.agents.empty() && atoms[next].u0 == c.u1 && StateInstitution(atoms[c.agents.back()]) &&
              Entry(atoms[next].ref).codes.front().code == "CVL" && atoms[next].u1 < static_cast<int>(w->units.size()) &&
              IsCaseMarkerKey(w->units[atoms[next].u1].key))
            break;
          // Nor soldiers and a head of state or government named right after
          // them: "युगांडा के सैनिक | राष्ट्रपति सल्वा कीर की सरकार की ओर
          // से लड़ रहे हैं".
          if (!c.agents.empty() && atoms[next].u0 == c.u1 && next + 1 < na && IsPersonAtom(atoms[next + 1]) &&
              atoms[next + 1].u0 == atoms[next].u1) {
            const std::string& last_role = Entry(atoms[c.agents.back()].ref).codes.front().code;
            const ActorEntry& title = Entry(atoms[next].ref);
            if ((last_role == "MIL" || last_role == "COP" || last_role == "REB") && !title.institution &&
                title.codes.front().code == "GOV")
              break;
          }
          // Nor a state's bare name opening a कि-clause and an oblique role
          // word with its own postposition: "कि पाकिस्तान | आतंकियों के
          // खिलाफ कार्रवाई करे" (the parser's clause subject too; "कि
          // पाकिस्तानी सैनिकों ने" and "… पाकिस्तान सैनिकों ने" stay one).
          if (c.agents.empty() && A.kind == AtomKind::kEntity && A.u1 == A.u0 + 1 && A.u0 > 0 &&
              atoms[next].u0 == c.u1 && OneOf(w->units[A.u0 - 1].key, "कि", "अगर", "यदि") &&
              atoms[next].u1 < static_cast<int>(w->units.size()) &&
              IsCaseMarkerKey(w->units[atoms[next].u1].key) &&
              !OneOf(w->units[atoms[next].u1].key, "ने", "का", "की") &&
              (w->units[atoms[next].u1].key != "के" ||
               (atoms[next].u1 + 1 < static_cast<int>(w->units.size()) &&
                OneOf(w->units[atoms[next].u1 + 1].key, "खिलाफ", "साथ", "लिए", "विरुद्ध", "प्रति"))) &&
              w->units[atoms[next].u1 - 1].key.size() > 6 &&
              std::string_view(w->units[atoms[next].u1 - 1].key).ends_with("ों"))
            break;
          if (!Continues(*w, c.u1, atoms[next])) {
            // रूस के पूर्व राष्ट्रपति: a former office inside the chain.
            if (!(atoms[next].u0 == c.u1 + 2 && IsGenitive(w->units[c.u1].key) &&
                  IsFormer(w->units[c.u1 + 1].key))) {
              break;
            }
            c.former = true;
          }
          c.agents.push_back(next);
          c.u1 = atoms[next].u1;
          ++next;
        }
        if (!c.agents.empty()) {
          const bool title = !Entry(atoms[c.agents.back()].ref).institution;
          // (Not a one-word form of a known person who never held the
          // title's role: "जिलाधिकारी राहुल" is a district magistrate named
          // Rahul, not Rahul Gandhi.)
          auto other_holder = [&](const Atom& p) {
            if (p.u1 - p.u0 != 1) return false;
            // (Only an office: a leader, chief or member may be anyone's.)
            static const std::unordered_set<std::string_view> kLoose = {
                "नेता", "प्रमुख", "अध्यक्ष", "सांसद", "विधायक", "कार्यकर्ता", "सदस्य", "प्रवक्ता", "समर्थक"};
            const ActorEntry& t = Entry(atoms[c.agents.back()].ref);
            if (!t.names.empty() && kLoose.count(t.names.front())) return false;
            const std::string& role = t.codes.front().code;
            if (role != "GOV" && role != "COP" && role != "JUD" && role != "MIL") return false;
            for (const DatedCode& dc : Entry(p.ref).codes)
              if (RoleOf(dc.code) == role) return false;
            return true;
          };
          // (An institution takes no person's name after it: "मुंबई पुलिस
          // कंगना रनौत के खिलाफ …" is the police and the actress.)
          if (title && next < na && IsPersonAtom(atoms[next]) && atoms[next].u0 == c.u1 &&
              other_holder(atoms[next])) {
            c.name_u0 = atoms[next].u0;
            c.name_u1 = atoms[next].u1;
            c.u1 = atoms[next].u1;
            ++next;
          } else if (title && next < na && IsPersonAtom(atoms[next]) &&
                     (atoms[next].u0 == c.u1 || (atoms[next].u0 == c.u1 + 1 && IsHonorific(w->units[c.u1].key)))) {
            c.person = next;
            c.u1 = atoms[next].u1;
            ++next;
          } else if (title) {
            const int limit = next < na ? atoms[next].u0 : static_cast<int>(w->units.size());
            const int nu = static_cast<int>(w->units.size());
            // "अधिकारी जॉन होम्स ने": a one-word place right after the first
            // word of a name is its surname (Homs), unless a locative follows.
            if (next < na && atoms[next].kind == AtomKind::kEntity && !IsPersonAtom(atoms[next]) &&
                atoms[next].u1 == limit + 1 && limit > c.u1 && limit + 1 < nu &&
                w->units[limit - 1].upos == Upos::kPROPN && w->units[limit].upos == Upos::kPROPN &&
                w->units[limit + 1].key != "में" &&
                FindName(*w, c.u1, limit + 1, &c.name_u0, &c.name_u1) && c.name_u1 == limit + 1) {
              c.u1 = c.name_u1;
              ++next;
            } else if (FindName(*w, c.u1, limit, &c.name_u0, &c.name_u1)) {
              c.u1 = c.name_u1;
            }
          }
        }
      }
      if (c.u0 > 0 && IsFormer(w->units[c.u0 - 1].key)) {
        c.former = true;
        --c.u0;
      }
      (void)sentence;
      w->cands.push_back(std::move(c));
      a = next;
    }
  }

  // A state's institution or office (सरकार, पुलिस, सेना, प्रशासन; a GOV,
  // COP, MIL, JUD or LEG role word).
  bool StateInstitution(const Atom& a) const {
    const std::string& role = Entry(a.ref).codes.front().code;
    return role == "GOV" || role == "COP" || role == "MIL" || role == "JUD" || role == "LEG";
  }

  // A word that may stand between an owner's genitive and its role word:
  // a numeral, quantifier or adjective ("हमास के कई कमांडर", "भारतीय सेना
  // के एक कमांडिंग अफसर").
  static bool OwnerGapWord(const Unit& u) {
    return u.upos == Upos::kNUM || u.upos == Upos::kDET || u.upos == Upos::kADJ ||
           OneOf(u.key, "उच्च", "कई", "सभी", "अनेक", "कुछ", "शीर्ष", "वरिष्ठ", "कमांडिंग", "आला", "मुख्य") ||
           syntax_internal::IsApproximator(u.key);
  }

  // A genitive chain from a state through one unnamed body to a role word:
  // "नेपाल के सशस्त्र प्रहरी बल (एपीएफ) के जवानों" are Nepal's. Units
  // [from, to): a genitive at `from` and at `to - 1`, nouns, names,
  // adjectives, numbers or brackets between, no other genitive.
  static bool ChainedOwner(const std::vector<Unit>& units, int from, int to) {
    if (from < 0 || to > static_cast<int>(units.size()) || to - from < 3 || to - from > 8) return false;
    if (!IsGenitive(units[from].key) || !IsGenitive(units[to - 1].key)) return false;
    for (int k = from + 1; k < to - 1; ++k) {
      const Unit& u = units[k];
      if (IsGenitive(u.key)) return false;
      if (u.punct) {
        if (u.key != "(" && u.key != ")") return false;
        continue;
      }
      if (u.upos != Upos::kNOUN && u.upos != Upos::kPROPN && u.upos != Upos::kADJ && u.upos != Upos::kNUM) return false;
    }
    return true;
  }

  // A family is civilians whoever it belongs to (पुलिस के परिवार, मजदूरों
  // के परिवार वाले); other agents after an owner take the owner's role.
  bool FamilyAgent(const SentenceWork& w, const Cand& c) const {
    if (c.agents.empty()) return false;
    const ActorEntry& e = Entry(w.atoms[c.agents.back()].ref);
    return !e.names.empty() && (e.names.front() == "परिवार" || e.names.front() == "परिजन" ||
                                e.names.front() == "रिश्तेदार" || e.names.front() == "पिता");
  }
  // (A government's or a state's police or army is that force: "राज्यों की
  // पुलिस", "सरकार की सेना" are COP and MIL, not GOV.)
  std::string AgentRole(const SentenceWork& w, const Cand& c) const {
    if (c.agents.empty()) return "";
    const std::string& first = Entry(w.atoms[c.agents.front()].ref).codes.front().code;
    const std::string& last = Entry(w.atoms[c.agents.back()].ref).codes.front().code;
    if (first == "GOV" && (last == "COP" || last == "MIL")) return last;
    // "अंतरिम सरकार के लड़ाकों": a government's fighters are its forces (not
    // "सरकार उग्रवादी गुटों से …", two actors the genitive does not join).
    if (first == "GOV" && last == "REB" && c.agents.size() >= 2) {
      const Atom& a = w.atoms[c.agents.back()];
      if (a.u0 > 0 && IsGenitive(w.units[a.u0 - 1].key) && OneOf(w.units[a.u0].key, "लडाके", "लडाकों", "लडाका"))
        return "MIL";
    }
    // "सरकार समर्थक प्रदर्शनकारी": a government's supporters are civilians
    // (the role of the words from समर्थक on); a party's are the party
    // ("विपक्षी समर्थकों ने संसद भवन को आग के हवाले कर दिया": OPP).
    for (size_t i = 1; first == "GOV" && i < c.agents.size(); ++i) {
      const ActorEntry& e = Entry(w.atoms[c.agents[i]].ref);
      if (!e.names.empty() && e.names.front() == "समर्थक") return last;
    }
    // "आंदोलन के नेताओं ने …", "प्रदर्शनकारियों के नेता": the leaders of a
    // movement, a protest or a strike are civilians, not the government.
    if (first == "GOV" && c.agents.size() == 1) {
      const Atom& a = w.atoms[c.agents.front()];
      const ActorEntry& e = Entry(a.ref);
      if (!e.names.empty() && (e.names.front() == "नेता" || e.names.front() == "लीडर") && a.u0 >= 2 &&
          IsGenitive(w.units[a.u0 - 1].key) &&
          OneOf(w.units[a.u0 - 2].key, "आंदोलन", "आंदोलनों", "आन्दोलन", "प्रदर्शन", "प्रदर्शनों", "प्रदर्शनकारियों",
                "हड़ताल", "हडताल", "धरने", "छात्रों", "किसानों", "मजदूरों", "मज़दूरों", "कर्मचारियों"))
        return "CVL";
    }
    return FamilyAgent(w, c) ? last : first;
  }

  // Is candidate i named right after candidate i - 1 and its genitive
  // ("पाकिस्तान की सुप्रीम कोर्ट")?
  static bool AfterGenitive(const SentenceWork& w, size_t i) {
    const Cand& before = w.cands[i - 1];
    return before.u1 + 1 == w.cands[i].u0 && IsGenitive(w.units[before.u1].key);
  }

  // "पाकिस्तान की सुप्रीम कोर्ट", "नेपाल के चुनाव आयोग": a body the
  // dictionary names as India's (orgs.tsv) after another state's genitive
  // is that state's body in the same role.
  void ForeignInstitutions(SentenceWork* w) const {
    for (size_t i = 1; i < w->cands.size(); ++i) {
      Cand& c = w->cands[i];
      const Cand& before = w->cands[i - 1];
      if (!c.resolved || c.entity < 0 || c.code.size() != 6 || c.code.rfind("IND", 0) != 0) continue;
      // ("लीबिया की राष्ट्रीय कांग्रेस": another state's congress is its
      // legislature, not India's party.)
      const Atom& ea = w->atoms[c.entity];
      if (Entry(ea.ref).file == ActorFile::kGroups && ea.u1 == ea.u0 + 1 && w->units[ea.u0].key == "कांग्रेस" &&
          before.resolved && before.kind == ActorKind::kState) {
        int k = ea.u0 - 1;
        while (k > before.u1 && OneOf(w->units[k].key, "राष्ट्रीय", "आम", "जनरल", "नेशनल")) --k;
        const std::string p = StatePrincipal(before.code);
        if (k == before.u1 && IsGenitive(w->units[k].key) && !p.empty() && p != "IND") {
          c.code = p + "LEG";
          c.how = MatchHow::kCompound;
        }
        continue;
      }
      if (Entry(w->atoms[c.entity].ref).file != ActorFile::kOrgs) continue;
      if (!before.resolved || before.kind != ActorKind::kState || !AfterGenitive(*w, i)) continue;
      const std::string p = StatePrincipal(before.code);
      if (p.empty() || p == "IND") continue;
      c.code = p + c.code.substr(3);
      c.how = MatchHow::kCompound;
    }
  }

  // "जैश-ए-मोहम्मद के मोहम्मद अफजल": a militant named right after his armed
  // group's genitive is the group's, whatever his own entry says (as with a
  // role word between, "जैश-ए-मोहम्मद का आतंकी मोहम्मद अफजल").
  void GroupMembers(SentenceWork* w) const {
    for (size_t i = 1; i < w->cands.size(); ++i) {
      Cand& c = w->cands[i];
      const Cand& before = w->cands[i - 1];
      if (!c.resolved || c.kind != ActorKind::kPerson || !c.agents.empty() || RoleOf(c.code) != "REB") continue;
      if (!before.resolved || before.entity < 0 || RoleOf(before.code) != "REB" || !AfterGenitive(*w, i)) continue;
      if (Entry(w->atoms[before.entity].ref).file != ActorFile::kGroups) continue;
      c.code = before.code;
      c.how = MatchHow::kCompound;
    }
  }

  // "अमेरिकी और रूसी अधिकारियों": a demonym coordinated with a demonym and
  // role word shares that role (USAGOV and RUSGOV).
  static void ShareCoordinatedHeads(SentenceWork* w) {
    for (size_t i = 0; i + 1 < w->cands.size(); ++i) {
      Cand& c = w->cands[i];
      const Cand& next = w->cands[i + 1];
      if (!c.resolved || c.code.size() != 3 || c.u1 >= static_cast<int>(w->units.size())) continue;
      if (c.entity < 0 || w->atoms[c.entity].ref.type != FormType::kDemonym) continue;
      if (!IsDemonymHeadShared(w->units[c.u1].key) || w->units[c.u1].key == "समकक्ष") continue;
      if (next.u0 != c.u1 + 1 || !next.resolved || next.code.size() != 6 || next.agents.empty()) continue;
      c.code += next.code.substr(3);
      c.kind = next.kind;
    }
  }

  void ResolveStatic(SentenceWork* w, Cand* c) {
    const std::string& date = doc_.date;
    if (c->pronoun >= 0) return;
    const Atom* entity = c->entity >= 0 ? &w->atoms[c->entity] : nullptr;
    const Atom* person = c->person >= 0 ? &w->atoms[c->person] : nullptr;
    if (entity != nullptr && IsPersonAtom(*entity)) person = entity, entity = nullptr;
    std::string entries;
    auto add_entry = [&](const Atom& a) {
      if (!entries.empty()) entries += "+";
      entries += Entry(a.ref).location;
    };
    if (entity) add_entry(*entity);
    for (int ai : c->agents) add_entry(w->atoms[ai]);
    if (person) add_entry(*person);
    c->entry = entries;
    const double match_conf = (entity && entity->loose) || (person && person->loose) ? 0.9 : 1.0;
    c->role = AgentRole(*w, *c);
    const bool title = !c->agents.empty() && !Entry(w->atoms[c->agents.back()].ref).institution;
    c->kind = (person || c->name_u0 >= 0 || title) ? ActorKind::kPerson : ActorKind::kOrganisation;

    // A known person (alone or after role words without a country).
    double conf = 1.0;
    std::string pcode;
    if (person) {
      c->person_entry = &Entry(person->ref);
      pcode = ActorDictionary::CodeOn(*c->person_entry, date, &conf);
    }
    auto any_principal = [](const ActorEntry& e) {
      for (const DatedCode& dc : e.codes) {
        std::string p = StatePrincipal(dc.code);
        if (!p.empty()) return p;
      }
      return std::string();
    };
    if (entity == nullptr) {
      if (person) {
        c->resolved = true;
        c->how = (c->person_entry->codes.size() == 1 && c->person_entry->codes[0].from == 0 &&
                  c->person_entry->codes[0].to == 99999999)
                     ? MatchHow::kDirect
                     : MatchHow::kDate;
        c->code = pcode;
        c->confidence = pcode.empty() ? 0.3 : conf * match_conf;
        if (c->former && !c->role.empty()) {
          // पूर्व प्रधानमंत्री X: the role is not current; the dated code decides.
          if (pcode.empty()) {
            const std::string p = any_principal(*c->person_entry);
            if (!p.empty()) c->code = p + "CVL", c->confidence = 0.5;
          }
        } else if (pcode.empty() && !c->role.empty()) {
          const std::string p = any_principal(*c->person_entry);
          if (!p.empty() && c->role != kOwnerRole) c->code = p + c->role, c->confidence = 0.6, c->how = MatchHow::kCompound;
        } else if (pcode.empty()) {
          // Out of office at the date and named without a title: a civilian
          // of his state (the conventions' rule for former office holders).
          const std::string p = any_principal(*c->person_entry);
          if (!p.empty()) c->code = p + "CVL", c->confidence = 0.5;
        }
        return;
      }
      // Role words alone, or role words + unknown name: need context.
      c->how = c->name_u0 >= 0 ? MatchHow::kUnknown : MatchHow::kCoreference;
      return;
    }
    const ActorEntry& e = Entry(entity->ref);
    c->kind = e.file == ActorFile::kCountries ? ActorKind::kState
              : e.file == ActorFile::kGroups  ? ActorKind::kGroup
                                              : ActorKind::kOrganisation;
    if (!c->agents.empty() || person != nullptr || c->name_u0 >= 0) {
      if (person || c->name_u0 >= 0 || title) c->kind = ActorKind::kPerson;
    }
    c->resolved = true;
    if (c->agents.empty() && person == nullptr) {
      // A country, organisation or group alone.
      c->how = MatchHow::kDirect;
      if (e.file == ActorFile::kCountries) {
        c->code = e.codes.front().code;
        c->confidence = match_conf;
        if (entity->ref.type == FormType::kCapital) c->confidence = 0.85 * match_conf;
        if (entity->ref.type == FormType::kDemonym) {
          // A plural demonym is people (इसराइलियों: ISRCVL); an adjective
          // before a noun names the state the noun belongs to (आर्मेनियाई
          // ठिकानों, भारतीय चौकियों: the owner of a target), with less
          // confidence than a name.
          // "दस फ़लस्तीनी मारे गए": a counted demonym with no noun after it
          // is people too.
          const bool noun_after =
              entity->u1 < static_cast<int>(w->units.size()) &&
              (w->units[entity->u1].upos == Upos::kNOUN || w->units[entity->u1].upos == Upos::kADJ ||
               w->units[entity->u1].upos == Upos::kPROPN);
          static const std::unordered_set<std::string_view> kMany = {
              "कई", "अनेक", "सैकडों", "हजारों", "दर्जनों", "लाखों", "सैंकडों"};  // (keys: no nukta)
          // (Also in a list of counted nationalities: "नौ इतालवी, सात जापानी
          // और एक भारतीय नागरिक" are people, whatever head the list shares.)
          const bool next_joins = entity->u1 < static_cast<int>(w->units.size()) &&
                                  (w->units[entity->u1].punct || w->units[entity->u1].key == "और" ||
                                   w->units[entity->u1].key == "तथा" || w->units[entity->u1].key == "व");
          const bool counted = entity->u0 > 0 && !noun_after &&
                               (!DemonymNamesState(*w, entity->u1) || next_joins) &&
                               (w->units[entity->u0 - 1].upos == Upos::kNUM ||
                                kMany.count(w->units[entity->u0 - 1].key));
          if ((entity->inflected && w->units[entity->u1 - 1].plural) || counted) {
            c->code += "CVL";
            c->confidence = 0.7;
            c->kind = ActorKind::kState;
          } else if (DemonymNamesState(*w, entity->u1)) {
            c->confidence = 0.6 * match_conf;
            c->kind = ActorKind::kState;
            const std::string_view next = w->units[entity->u1].key;
            if (const char* role = OwnedPlaceRole(next); role != nullptr && role[0] != '\0') {
              c->code += role;  // भारतीय चौकियों: INDMIL
            }
            if (next == "समकक्ष" || next == "समकक्षों") {
              // "रक्षा मंत्री ने अपने अमेरिकी समकक्ष से": the counterpart holds
              // the office of the actor before it (GOV when none).
              std::string role = "GOV";
              for (const Cand& before : w->cands) {
                if (&before == c) break;
                if (before.resolved && before.code.size() == 6) role = before.code.substr(3);
              }
              c->code += role;
              c->kind = ActorKind::kPerson;
            }
          } else {
            // रूसी तेल, चीनी की कीमत (sugar), भारतीय खाना: not an actor.
            c->resolved = false;
            c->code.clear();
            c->entity = -2;  // dropped
          }
        }
      } else {
        c->code = ActorDictionary::CodeOn(e, date, &conf);
        c->confidence = c->code.empty() ? 0.3 : conf * match_conf;
        if (c->code.empty() && e.codes.size() > 0) c->how = MatchHow::kDate;
        else if (e.codes.size() > 1 || e.codes.front().from != 0 || e.codes.front().to != 99999999) c->how = MatchHow::kDate;
      }
      return;
    }
    // Principal + role words (+ name).
    c->how = MatchHow::kCompound;
    c->confidence = 0.95 * match_conf;
    if (e.file == ActorFile::kCountries) {
      if (c->former) {
        c->code = !pcode.empty() ? pcode : e.codes.front().code + "CVL";
        c->confidence = 0.6;
      } else {
        c->code = e.codes.front().code + (c->role == kOwnerRole ? "" : c->role);
      }
      // A known person who holds an office of another state at the date
      // is his own ("… कहा कि अमरीका राष्ट्रपति राफ़ेल कोरेया और …": the
      // subject अमरीका, then Ecuador's president), not the state before his
      // title.
      // (Named in full: a surname alone may be another's, "अमरीकी राजदूत
      // कैमरन" is not Britain's prime minister.)
      if (!c->former && !pcode.empty() && !StatePrincipal(pcode).empty() && person->u1 - person->u0 > 1 &&
          StatePrincipal(pcode) != e.codes.front().code)
        c->code = pcode;
      // (Out of office at the date, he keeps his state: "पंजाब के गवर्नर
      // सलमान तासीर" after his death is Pakistan's governor, not India's
      // by the Punjab the dictionary reads as India's.)
      if (!c->former && person != nullptr && pcode.empty() && person->u1 - person->u0 > 1 && !c->role.empty() &&
          c->role != kOwnerRole) {
        const std::string p = any_principal(*c->person_entry);
        if (!p.empty() && p != e.codes.front().code) c->code = p + c->role;
      }
    } else {
      c->code = ActorDictionary::CodeOn(e, date, &conf);
      // (A militant of a named group is the group's, whatever his own entry
      // says: "जैश-ए-मोहम्मद का आतंकी मोहम्मद अफजल" is PAKREB.)
      if (e.file == ActorFile::kGroups && !pcode.empty() && !(RoleOf(pcode) == "REB" && RoleOf(c->code) == "REB"))
        c->code = pcode;
      if (FamilyAgent(*w, *c) && !StatePrincipal(c->code).empty())
        c->code = StatePrincipal(c->code) + "CVL";  // हमास के परिवार: PSECVL
      // भाजपा सरकार (2014 on): the government a party leads is a government,
      // whether it governs the nation, a state ("पश्चिम बंगाल की तृणमूल
      // सरकार", "अन्नाद्रमुक सरकार") or led when the event was (संप्रग
      // सरकार in 2016): the conventions judge the level the article is
      // about. Its leaders and members stay the party.
      if (c->role == "GOV" && person == nullptr && !title &&
          (RoleOf(c->code) == "PTY" || RoleOf(c->code) == "OPP") && !StatePrincipal(c->code).empty())
        c->code = StatePrincipal(c->code) + "GOV";
      c->confidence = conf * 0.95 * match_conf;
    }
    if (c->name_u0 >= 0) c->how = MatchHow::kUnknown;
  }

  void MarkSubjects(int sentence, SentenceWork* w) {
    const std::vector<Unit>& units = w->units;
    const int n = static_cast<int>(units.size());
    std::vector<Cand>& cands = w->cands;
    for (size_t i = 0; i < cands.size(); ++i) {
      Cand& c = cands[i];
      if (c.pronoun >= 0 && IsErgativePronoun(units[c.u0].key)) c.subject = true;
      if (c.u1 < n && units[c.u1].key == "ने") c.subject = true;
      if (c.u1 + 1 < n && (units[c.u1].key == "भी" || units[c.u1].key == "ही") && units[c.u1 + 1].key == "ने") {
        c.subject = true;
      }
      // Sentence-initial nominative: रूस [no postposition] ... .
      int first_word = 0;
      while (first_word < n && units[first_word].punct) ++first_word;
      if (c.u0 == first_word && (c.u1 >= n || units[c.u1].punct || !IsBoundary(units[c.u1].key))) c.subject = true;
    }
    // Coordination: लवरोव और गुटेरेस ने.
    for (size_t i = cands.size(); i-- > 1;) {
      Cand& a = cands[i - 1];
      const Cand& b = cands[i];
      if (b.subject && b.u0 == a.u1 + 1 && IsConjunction(units[a.u1].key)) a.subject = true;
    }
    // Parsed subjects, when the syntax stage ran.
    if (parses_.size() == doc_.sentences.size()) {
      const SentenceParse& p = parses_[sentence];
      for (const Predicate& pred : p.predicates) {
        for (const Argument& arg : pred.args) {
          if (arg.role != Role::kSubject || arg.phrase < 0 || arg.phrase >= static_cast<int>(p.phrases.size())) continue;
          const Phrase& ph = p.phrases[arg.phrase];
          for (Cand& c : cands) {
            const int t0 = units[c.u0].token, t1 = units[c.u1 - 1].token + 1;
            if (t0 < ph.last && ph.first < t1) c.subject = true;
          }
        }
      }
    }
  }

  void ComputeDominant() {
    std::unordered_map<std::string, int> counts;
    std::unordered_map<std::string, int>& state_counts = state_counts_;
    state_counts.clear();
    std::vector<std::string> order;
    for (const SentenceWork& w : work_) {
      for (const Cand& c : w.cands) {
        if (!c.resolved) continue;
        std::string p = StatePrincipal(c.code);
        // (Companies and media name no state of the story: "सर्वोच्च
        // न्यायालय ने गूगल और याहू से कहा" is not the US court.)
        const std::string role = RoleOf(c.code);
        if (p.empty() || role == "BUS" || role == "MED") continue;
        if (counts[p]++ == 0) order.push_back(p);
        if (c.kind != ActorKind::kGroup && role != "REB") ++state_counts[p];
      }
    }
    int best = 0, best_state = 0;
    for (const std::string& p : order) {
      if (counts[p] > best) best = counts[p], dominant_ = p;
      if (state_counts[p] > best_state) best_state = state_counts[p], dominant_state_ = p;
    }
    // (Named more often than any other state, not tied.)
    main_state_ = dominant_state_;
    for (const std::string& p : order)
      if (p != dominant_state_ && state_counts[p] == best_state) main_state_.clear();
  }

  // India's bodies named bare, in news of another state (the dateline's
  // state, else the state the article names most), are that state's: कांग्रेस
  // from Washington is the US Congress ("बुश ने कांग्रेस से 40 अरब डॉलर मंजूर
  // करने का आग्रह किया"), संसद भवन in Beirut Lebanon's parliament.
  void CongressAbroad() {
    const std::string& state = !home_.empty() ? home_ : dominant_state_;
    if (state.empty() || state == "IND") return;
    for (SentenceWork& w : work_)
      for (Cand& c : w.cands) {
        if (!c.resolved || c.entity < 0 || c.person >= 0) continue;
        if (StatePrincipal(c.code) != "IND") continue;
        const Atom& a = w.atoms[c.entity];
        const std::string_view first = w.units[a.u0].key;
        // (Punjab in news of Pakistan is Pakistan's province: "पंजाब पुलिस के
        // एलीट फ़ोर्स दस्ते का सदस्य" in Islamabad.)
        if (state == "PAK" && first == "पंजाब" && !NamesIndia(w, c)) {
          c.code = "PAK" + c.code.substr(3);
          continue;
        }
        if (!c.agents.empty()) continue;
        const bool congress = state == "USA" && a.u1 == a.u0 + 1 && first == "कांग्रेस" &&
                              Entry(a.ref).file == ActorFile::kGroups;
        bool house = a.u1 == a.u0 + 2 && first == "संसद" && Entry(a.ref).file == ActorFile::kOrgs;
        // (So is the central government: "… केंद्र सरकार को सौंपने का
        // अल्टीमेटम दिया" in news of Iraq is Baghdad's.)
        // (Also a central body of government named with more words:
        // "केंद्रीय चुनाव आयोग" in news of Russia is Russia's.)
        const bool centre = Entry(a.ref).file == ActorFile::kOrgs &&
                            (first == "केंद्र" || first == "केन्द्र" || first == "केंद्रीय") &&
                            (a.u1 == a.u0 + 1 || a.u1 == a.u0 + 2 || (a.u1 <= a.u0 + 4 && RoleOf(c.code) == "GOV"));
        // (Likewise a northern command, "इथियोपियाई सेना की उत्तरी कमान" in
        // news of Ethiopia.)
        const bool command = Entry(a.ref).file == ActorFile::kOrgs && first == "उत्तरी" && a.u1 >= a.u0 + 2 &&
                             RoleOf(c.code) == "MIL";
        // (Not when its sentence names India otherwise: "लाहौर (एपी): … 13
        // दिसंबर को संसद भवन पर आतंकवादी हमले के बाद से भारत …" is India's.)
        const bool here = (house || centre || command) && !NamesIndia(w, c);
        if (!congress && !here) continue;
        c.code = state + (centre ? "GOV" : command ? "MIL" : "LEG");
        c.kind = ActorKind::kOrganisation;
      }
  }

  // Does sentence w name India with a candidate other than c?
  static bool NamesIndia(const SentenceWork& w, const Cand& c) {
    for (const Cand& o : w.cands)
      if (&o != &c && o.resolved && StatePrincipal(o.code) == "IND") return true;
    return false;
  }

  // The role code of a state-based code ("REB" of PAKREB), "" otherwise.
  static std::string RoleOf(const std::string& code) {
    return code.size() == 6 && code.rfind("IGO", 0) != 0 && code.rfind("NGO", 0) != 0 ? code.substr(3) : "";
  }

  // The dateline's state: "इस्लामाबाद (भाषा):", "काबुल, एएफपी।", "नई
  // दिल्ली।" at the start of one of the first sentences. Institutions named
  // without a state (संसद, सुप्रीम कोर्ट, पुलिस, सेना) are that state's.
  void ComputeHome() {
    for (size_t s = 0; s < work_.size() && s < 3; ++s) {
      const SentenceWork& w = work_[s];
      int first = 0;
      while (first < static_cast<int>(w.units.size()) && w.units[first].punct) ++first;
      for (const Cand& c : w.cands) {
        if (c.u0 != first || !c.resolved || c.kind != ActorKind::kState) continue;
        if (c.u1 >= static_cast<int>(w.units.size())) break;
        const std::string_view next = w.units[c.u1].key;
        if (next == "(" || next == "," || next == ":" || next == "।" || next == "." || next == "-" ||
            next == "॥" || next == "|") {
          home_ = StatePrincipal(c.code);
          home_at_ = {static_cast<int>(s), c.u0};
          home_label_ = s == 0 && next == ":";
          return;
        }
        break;
      }
    }
  }

  // Whether state `p`, named in sentence `w`, is only the venue of talks
  // there: the sentence names talks, a meeting or an agreement, and the
  // article is about another state and names `p` at most twice.
  bool TalksVenueOnly(const SentenceWork& w, const std::string& p) const {
    if (dominant_state_.empty() || p == dominant_state_) return false;
    if (auto it = state_counts_.find(p); it != state_counts_.end() && it->second > 2) return false;
    for (const Unit& x : w.units)
      if (OneOf(x.key, "बातचीत", "वार्ता", "बैठक", "सम्मेलन", "मुलाकात", "मुलाक़ात", "समझौते", "समझौता"))
        return true;
    return false;
  }

  // The state of the last place sentence s names before unit `before`: a
  // state or place right before में or स्थित, or before a kind of place
  // and में ("पाकिस्तान के उत्तर-पश्चिमी इलाक़े में", "काबुल शहर में").
  // (स्थित only when `situated`: "अमेरिका स्थित एक संगठन" is where the
  // organisation sits, not where the sentence's people are.)
  std::string PlaceIn(const SentenceWork& w, int before, bool situated) const {
    static const std::unordered_set<std::string_view> kPlaceNoun = {
        "शहर", "प्रांत", "इलाके", "इलाक़े", "इलाकों", "इलाक़ों", "क्षेत्र", "क्षेत्रों", "राज्य", "जिले",
        "ज़िले", "राजधानी", "हिस्से", "हिस्सों"};
    const int n = static_cast<int>(w.units.size());
    for (auto it = w.cands.rbegin(); it != w.cands.rend(); ++it) {
      const Cand& c = *it;
      if (!c.resolved || c.kind != ActorKind::kState || c.code.size() != 3 || c.u1 >= n || c.u1 > before) continue;
      int k = c.u1;
      // Up to two words between a genitive and the kind of place.
      if (w.units[k].key == "के" || w.units[k].key == "की")
        for (int j = k + 1; j < n && j <= k + 3; ++j)
          if (kPlaceNoun.count(w.units[j].key)) {
            k = j;
            break;
          }
      if (kPlaceNoun.count(w.units[k].key) && k + 1 < n) ++k;
      if (w.units[k].key == "में" || (situated && w.units[k].key == "स्थित")) return c.code;
    }
    return "";
  }

  // A group that fights in several states (Islamic State, al-Qaeda) is the
  // armed group of the state where the text places it, if it fights there:
  // a state or place named before में or स्थित in its sentence or the three
  // before ("काबुल में … हमले की जिम्मेदारी आइएस ने ली": AFGREB), else the
  // dateline's state, else its listed code (IS in Paris stays IRQREB).
  void PlaceRoamingGroups() {
    auto place_in = [&](int s) { return PlaceIn(work_[s], static_cast<int>(work_[s].units.size()), true); };
    // (Placed once, a group stays there for the next eight sentences'
    // mentions that no place of their own fixes: "लीबिया के दर्ना शहर में …
    // इस्लामिक स्टेट के ठिकानों पर …", then "… ने इस्लामिक स्टेट की निंदा की"
    // in an article about Egypt is still Libya's.)
    std::map<const ActorEntry*, std::pair<std::string, size_t>> placed;  // group -> place, sentence
    for (size_t s = 0; s < work_.size(); ++s)
      for (Cand& c : work_[s].cands) {
        if (!c.resolved || c.entity < 0 || RoleOf(c.code) != "REB") continue;
        const std::vector<std::string>& in = Entry(work_[s].atoms[c.entity].ref).fights_in;
        if (in.empty()) continue;
        auto fights_there = [&](const std::string& p) { return std::find(in.begin(), in.end(), p) != in.end(); };
        std::string p;
        const bool placed_only = Entry(work_[s].atoms[c.entity].ref).placed_only;
        // (A `placed` group only by the place nearest before it in its own
        // sentence: "पाकिस्तान के पेशावर शहर में … तालिबान चरमपंथियों के हमले",
        // not "अफगानिस्तान में सक्रिय तालिबान … पाकिस्तान में सक्रिय …".)
        if (placed_only) {
          p = PlaceIn(work_[s], c.u0, true);
          if (!fights_there(p)) p.clear();
        }
        for (int t = static_cast<int>(s); !placed_only && t >= 0 && t >= static_cast<int>(s) - 3 && p.empty(); --t) {
          p = place_in(t);
          if (!fights_there(p)) p.clear();
        }
        const ActorEntry* group = &Entry(work_[s].atoms[c.entity].ref);
        if (!p.empty()) placed[group] = {p, s};
        else if (auto it = placed.find(group); it != placed.end() && s - it->second.second <= 8) p = it->second.first;
        if (p.empty() && !placed_only && fights_there(home_)) p = home_;
        // An article about one state ("जहां तक पाकिस्तान की बात है, वहां आइएस
        // के सक्रिय होने से पहले …") places it there.
        if (p.empty() && !placed_only && home_.empty() && fights_there(dominant_state_)) p = dominant_state_;
        if (!p.empty()) c.code = p + "REB";
      }
  }

  // --- pass 2 ----------------------------------------------------------------

  struct Info {
    int sentence;
    bool subject;
    ActorKind kind;  // of the antecedent for a pronoun
    int u0, u1;      // unit range in the sentence
    bool seat = false;  // a state named as the seat of a source cited
  };

  int Emit(int s, const SentenceWork& w, int u0, int u1, ActorMention m, bool subject, ActorKind kind) {
    m.sentence = s;
    m.first = w.units[u0].token;
    m.last = w.units[u1 - 1].token + 1;
    m.start = w.units[u0].start;
    m.end = w.units[u1 - 1].end;
    m.text = Slice(s, m.start, m.end);
    m.subject = subject;
    if (m.code.size() == 6 && m.code.compare(3, 3, "GOV") == 0) SetGovernmentLevel(w, u0, u1, &m);
    m.dateline = home_at_.first == s && home_at_.second == u0;
    if (m.kind == ActorKind::kState && m.code.size() == 3 && u1 < static_cast<int>(w.units.size())) {
      const std::string_view next = w.units[u1].key;
      m.place = next == "में" || next == "स्थित" ||
                (u1 + 1 < static_cast<int>(w.units.size()) && w.units[u1 + 1].key == "में" &&
                 (next == "शहर" || next == "प्रांत" || next == "जिले" || next == "राज्य" || next == "इलाके"));
    }
    // "ब्रिटेन स्थित संस्था सीरियन ऑब्ज़र्वेटरी … के मुताबिक़": the seat of
    // a source the sentence cites is not where its people are.
    bool seat = false;
    if (m.kind == ActorKind::kState && u1 < static_cast<int>(w.units.size()) && w.units[u1].key == "स्थित")
      for (int k = u1 + 1; k < static_cast<int>(w.units.size()) && k <= u1 + 10 && !seat; ++k)
        seat = OneOf(w.units[k].key, "मुताबिक", "मुताबिक़", "अनुसार");
    out_.push_back(std::move(m));
    info_.push_back({s, subject, kind, u0, u1, seat});
    return static_cast<int>(out_.size()) - 1;
  }

  // National or a state's government, by the mention's words and the one
  // before it (केंद्रीय गृह मंत्रालय, राज्य सरकार; not राज्य मंत्री, a junior
  // minister of the Union).
  static void SetGovernmentLevel(const SentenceWork& w, int u0, int u1, ActorMention* m) {
    static const std::unordered_set<std::string_view> kNational = {"केंद्र", "केन्द्र", "केंद्रीय", "केन्द्रीय",
                                                                   "प्रधानमंत्री", "पीएम", "भारत",
                                                                   // (A governor is the Union's appointee in
                                                                   // a state, another body than its government.)
                                                                   "राज्यपाल", "उपराज्यपाल"};
    // (A Union law, by its last word, stands for the Union: सीएए, कृषि
    // कानूनों; not the law minister, कानून मंत्री.)
    static const std::unordered_set<std::string_view> kLaw = {"कानून", "कानूनों", "अधिनियम", "सीएए"};
    static const std::unordered_set<std::string_view> kState = {"मुख्यमंत्री", "सीएम", "राज्य", "प्रदेश"};
    if (u1 > u0 && kLaw.count(w.units[u1 - 1].key)) m->national = true;
    bool ministry = false;
    for (int u = std::max(0, u0 - 1); u < u1; ++u) {
      const std::string_view k = w.units[u].key;
      if (kNational.count(k)) m->national = true;
      const bool junior = k == "राज्य" && u + 1 < static_cast<int>(w.units.size()) && w.units[u + 1].key == "मंत्री";
      if (kState.count(k) && !junior) m->subnational = true;
      ministry |= k == "मंत्रालय";
    }
    if (m->national) m->subnational = false;
    // (A ministry is the Union's unless the words say a state's: a state's
    // departments are विभाग. "पर्यावरण मंत्रालय ने राज्य सरकार से रिपोर्ट मांगी".)
    if (ministry && !m->subnational) m->national = true;
  }

  std::string Surface(int s, const SentenceWork& w, int u0, int u1) const {
    return Slice(s, w.units[u0].start, w.units[u1 - 1].end);
  }

  // The text of code points [a, b) of the document that sentence s holds
  // ("" unless a <= b inside it; b beyond its end: to the end), through a
  // byte index of the sentence built once: a mention costs its length, not
  // the sentence's.
  std::string Slice(int s, uint32_t a, uint32_t b) const {
    const Sentence& sent = doc_.sentences[s];
    if (slice_sentence_ != s) {
      slice_sentence_ = s;
      slice_bytes_.clear();
      for (size_t i = 0; i < sent.text.size(); ++i) {
        if ((static_cast<unsigned char>(sent.text[i]) & 0xC0) != 0x80) slice_bytes_.push_back(static_cast<uint32_t>(i));
      }
      slice_bytes_.push_back(static_cast<uint32_t>(sent.text.size()));
    }
    if (a < sent.start || b < a || a - sent.start >= slice_bytes_.size()) return "";
    const uint32_t from = slice_bytes_[a - sent.start];
    const uint32_t to = b - sent.start < slice_bytes_.size() ? slice_bytes_[b - sent.start] : slice_bytes_.back();
    return sent.text.substr(from, to - from);
  }

  static std::string Romanize(std::string_view text) {
#ifdef GHATNA_HAVE_ROMANIZE
    return RomanizeHindi(text);
#else
    (void)text;
    return "";
#endif
  }

  // The state principal from context for a role word at sentence s: the
  // nearest state actor earlier in the sentence, later in the sentence,
  // in the three sentences before, the document's most frequent state, or
  // the default country.
  // `came_from` is set when the answer is the state armed men came from.
  std::string ContextPrincipal(int s, const SentenceWork& w, size_t cand_index, int* antecedent, double* conf,
                               bool institution, std::string_view role, bool* came_from) {
    *antecedent = -1;
    *came_from = false;
    // "जी-20 देशों के नेताओं ने", "कई देशों के विदेश मंत्री": a role word of
    // many states is no one state's (दोनों देशों is the discourse's).
    {
      const Cand& c = w.cands[cand_index];
      if (c.u0 >= 2 && IsGenitive(w.units[c.u0 - 1].key) &&
          OneOf(w.units[c.u0 - 2].key, "देशों", "राष्ट्रों", "मुल्कों") &&
          (c.u0 < 3 || w.units[c.u0 - 3].key != "दोनों"))
        return "";
    }
    // "भारतीय दूतावास ने अपने नागरिकों को … सलाह दी": a role word owned by
    // the reflexive अपना is of the subject's state.
    {
      const Cand& c = w.cands[cand_index];
      // (Past a count: "वुहान में फंसे अपने सैकड़ों छात्रों को".)
      int before = c.u0 - 1;
      // (And past an adjective: "रोम में अपने नए राजदूत से".)
      while (before >= 0 && before >= c.u0 - 2 &&
             (w.units[before].upos == Upos::kNUM || w.units[before].upos == Upos::kADJ ||
              OneOf(w.units[before].key, "सैकड़ों", "सैकडों", "हजारों", "हज़ारों", "लाखों", "दर्जनों", "कई", "सभी",
                    "तमाम", "सारे")))
        --before;
      const bool reflexive = before >= 0 && before < c.u0 &&
                             OneOf(w.units[before].key, "अपने", "अपनी", "अपना");
      for (int i = static_cast<int>(out_.size()) - 1; reflexive && i >= 0 && info_[i].sentence == s; --i) {
        if (!info_[i].subject || info_[i].u1 > c.u0) continue;
        const std::string p = StatePrincipal(out_[i].code);
        if (p.empty()) continue;
        *antecedent = i;
        *conf = 0.7;
        return p;
      }
    }
    // Militants who came from a state are its: "हमला करने वाले चरमपंथी
    // पाकिस्तान से रावी पार करके भारत में घुसे थे" (PAKREB).
    if (role == "REB") {
      const Cand& c = w.cands[cand_index];
      const int n_units = static_cast<int>(w.units.size());
      static const std::unordered_set<std::string_view> kEntered = {
          "आए", "आये", "आया", "घुसे", "घुसा", "घुस", "घुसपैठ", "घुसकर", "आकर"};
      for (size_t k = cand_index + 1; k < w.cands.size(); ++k) {
        const Cand& o = w.cands[k];
        if (o.u0 > c.u1 + 3) break;
        if (!o.resolved || o.kind != ActorKind::kState || o.code.size() != 3 || o.u1 >= n_units ||
            w.units[o.u1].key != "से")
          continue;
        bool entered = false;
        for (int u = o.u1 + 1; u < n_units && u <= o.u1 + 8 && !w.units[u].punct && !entered; ++u)
          entered = kEntered.count(w.units[u].key) > 0;
        if (!entered) break;
        *conf = 0.65;
        *came_from = true;
        return o.code;
      }
    }
    // A place a visitor has come to, right before his title, is not his:
    // "म्यांमार पहुंचे सेना प्रमुख और विदेश सचिव", "चीन के दौरे पर गए विदेश
    // मंत्री" are of the dateline's state, or nobody's without one.
    {
      const Cand& c = w.cands[cand_index];
      static const std::unordered_set<std::string_view> kCame = {
          "पहुंचे", "पहुँचे", "पहुंची", "पहुँची", "पहुंचा", "पहुँचा", "गए", "गये", "गई", "गया", "आए", "आये", "आई", "आया"};
      static const std::unordered_set<std::string_view> kOnVisit = {"के", "की", "दौरे", "यात्रा", "पर", "हुए", "हुई"};
      for (int i = static_cast<int>(out_.size()) - 1; i >= 0 && info_[i].sentence == s; --i) {
        if (info_[i].u1 > c.u0) continue;
        if (out_[i].kind != ActorKind::kState || c.u0 - info_[i].u1 > 5) break;
        bool came = false, only = c.u0 > info_[i].u1;
        for (int u = info_[i].u1; only && u < c.u0; ++u) {
          came |= kCame.count(w.units[u].key) > 0;
          only = kCame.count(w.units[u].key) > 0 || kOnVisit.count(w.units[u].key) > 0;
        }
        if (!only || !came) break;
        if (home_.empty() || home_ == StatePrincipal(out_[i].code)) return "";
        *conf = 0.6;
        return home_;
      }
    }
    // "पाकिस्तानी गोलाबारी में दो जवान शहीद हो गए", "हमारे जवान": Hindi
    // news calls its own side's fallen शहीद and its own forces हमारे; they
    // are the dateline's state (else the default), not the attacker's named
    // before them.
    std::string not_of;  // the state whose fire hit these people
    if (role == "MIL" || role == "COP" || role == "CVL") {
      const Cand& c = w.cands[cand_index];
      const bool forces = role != "CVL";
      // (Also "शहीद जवान", "शहीद हुए जवानों".)
      bool own = forces && c.u0 > 0 &&
                 (w.units[c.u0 - 1].key == "हमारे" || w.units[c.u0 - 1].key == "हमारी" ||
                  w.units[c.u0 - 1].key == "शहीद" || (c.u0 > 1 && w.units[c.u0 - 2].key == "शहीद"));
      for (int u = c.u1; forces && u < static_cast<int>(w.units.size()) && u < c.u1 + 4 && !own; ++u)
        own = w.units[u].key == "शहीद";
      const std::string home = home_.empty() ? options_.default_country : home_;
      if (own) {
        *conf = 0.65;
        return home;
      }
      // "पाक गोलाबारी में 18 जवान मारे गए", "भारतीय सेना की गोलीबारी में
      // दो नागरिक मारे गए": soldiers and civilians hit by a state's fire,
      // named before them, are not that state's.
      static const std::unordered_set<std::string_view> kFire = {
          "गोलाबारी", "गोलीबारी", "फायरिंग", "हमले", "हमलों", "बमबारी"};
      // (The fire word right after the state or its genitive, and in:
      // "बेल्जियम की पुलिस ने हमलों के सिलसिले में कई लोगों को हिरासत में
      // लिया" names no fire that hit those people.)
      std::string attacker;
      const int n_units = static_cast<int>(w.units.size());
      for (const Cand& s2 : w.cands) {
        if (&s2 == &c || s2.u1 >= c.u0 || !s2.resolved || s2.kind != ActorKind::kState) continue;
        const std::string_view after = s2.u1 < n_units ? std::string_view(w.units[s2.u1].key) : "";
        const int fire = IsGenitive(after) ? s2.u1 + 1 : s2.u1;
        if (fire < c.u0 && kFire.count(w.units[fire].key) && fire + 1 < n_units && w.units[fire + 1].key == "में")
          attacker = StatePrincipal(s2.code);
      }
      if (!attacker.empty() && !home_.empty() && home_ != attacker) {
        *conf = 0.6;
        return home_;
      }
      // (With no dateline, not the default state either: "तुर्की की बमबारी
      // में कई आम नागरिक मारे गए" in news from Syria are Syria's, found
      // below as for any bare civilian, passing over the attacker.)
      not_of = attacker;
    }
    // An armed group does not lend its state to an institution: "लश्कर के
    // आतंकियों ने सेना पर हमला किया" is not Pakistan's army. A news agency
    // lends its state to nobody but its own staff: "सिन्हुआ ने एक पुलिस
    // प्रवक्ता के हवाले से बताया" quotes the police of the place reported.
    // Nor to soldiers or police: "आतंकियों ने जवानों पर फायरिंग की" are not
    // the militants' state's soldiers.
    // Nor a state that only names another noun's kind, in this sentence:
    // "लाहौर। श्रीलंका क्रिकेट टीम पर हुए हमले के संबंध में पुलिस ने …"
    // is Pakistan's police.
    // (The state's side: an institution, soldiers, police or judges.)
    const bool armed = institution || role == "MIL" || role == "COP" || role == "JUD";
    auto lends = [&](int i) {
      if (!not_of.empty() && StatePrincipal(out_[i].code) == not_of) return false;
      if (info_[i].seat) return false;  // (the seat of a source cited)
      // (Nor does a company: "फेसबुक पर पोस्ट … भीड़ ने पुलिस पर हमला किया"
      // is not the US police.)
      if (const std::string r = RoleOf(out_[i].code); (r == "MED" || r == "BUS") && role != r) return false;
      // (Nor a state that helps as a means: "नॉर्वे की मध्यस्थता से सरकार और
      // विद्रोहियों के बीच समझौता हुआ" is Sri Lanka's government.)
      if (info_[i].sentence == s && info_[i].u1 + 1 < static_cast<int>(w.units.size()) &&
          IsGenitive(w.units[info_[i].u1].key) && syntax_internal::FactsOf(w.units[info_[i].u1 + 1].key).means_noun)
        return false;
      // (Nor the venue of talks, when the article is about another state:
      // "इथियोपिया की राजधानी अदीस अबाबा में सरकार और विद्रोहियों के
      // वार्ताकारों के बीच बातचीत" in news of South Sudan.)
      if (info_[i].sentence == s && out_[i].kind == ActorKind::kState && out_[i].code.size() == 3) {
        const int n_units = static_cast<int>(w.units.size());
        const int u = info_[i].u1;
        const bool venue = (u < n_units && w.units[u].key == "में") ||
                           (u + 1 < n_units && IsGenitive(w.units[u].key) && w.units[u + 1].key == "राजधानी");
        if (venue && (role == "REB" || role == "GOV" || role == "MIL") && TalksVenueOnly(w, StatePrincipal(out_[i].code)))
          return false;
      }
      // (Nor a state named for its border: "कैमरून सीमा के पास एक क़स्बे पर
      // हमला करके 300 लोगों को मार डाला" killed no Cameroonians.)
      if (info_[i].sentence == s && info_[i].u1 < static_cast<int>(w.units.size()) &&
          (w.units[info_[i].u1].key == "सीमा" || w.units[info_[i].u1].key == "सरहद" ||
           w.units[info_[i].u1].key == "बॉर्डर"))
        return false;
      // (Nor a state named for its mission to people: "बीजिंग … में जापानी
      // दूतावास के बाहर लोगों ने प्रदर्शन किया" are not Japanese; nor are
      // students, workers or the police there.)
      if (!role.empty() && role != "GOV" && info_[i].sentence == s &&
          ((info_[i].u1 < static_cast<int>(w.units.size()) &&
            OneOf(w.units[info_[i].u1].key, "दूतावास", "दूतावासों", "उच्चायोग", "वाणिज्य", "कांसुलेट", "मिशन")) ||
           out_[i].role_text.find("दूतावास") != std::string::npos ||
           out_[i].role_text.find("उच्चायोग") != std::string::npos))
        return false;
      // (Nor a foreign envoy to an office of the state he is posted in:
      // "… ने अमरीकी राजदूत को तलब किया। विदेश मंत्री गीडो वेस्टरवेले ने
      // राजदूत से …" is Germany's minister.)
      if (role == "GOV" && (out_[i].role_text.find("राजदूत") != std::string::npos ||
                            out_[i].role_text.find("उच्चायुक्त") != std::string::npos)) {
        const Cand& c = w.cands[cand_index];
        const std::string_view word = c.agents.empty() ? "" : std::string_view(w.units[w.atoms[c.agents.back()].u1 - 1].key);
        if (word.find("दूत") == std::string_view::npos && word.find("उच्चायुक्त") == std::string_view::npos)
          return false;  // (दूत: राजदूत too)
      }
      // (Nor civilians to armed men or forces: the victims of an attack are
      // often foreigners, "मारे गए लोगों में नौ इतालवी, सात जापानी और एक
      // भारतीय नागरिक हैं। हथियारबंद हमलावर …" are not Indian.)
      if ((armed || role == "REB") && RoleOf(out_[i].code) == "CVL") return false;
      // (Nor does a foreign armed group to people: "अल-शबाब के बंदूकधारियों
      // … । उन्होंने … लोगों पर गोलियां चलाईं" in news from Kenya are Kenyans.)
      // (A person named keeps lending: "गिलानी ने कश्मीरी युवकों से …".)
      if (role == "CVL" && !(out_[i].kind == ActorKind::kPerson && !out_[i].name.empty()) &&
          (out_[i].kind == ActorKind::kGroup || RoleOf(out_[i].code) == "REB") &&
          !dominant_state_.empty() && StatePrincipal(out_[i].code) != dominant_state_)
        return false;
      if (armed && info_[i].sentence == s && out_[i].kind == ActorKind::kState && out_[i].code.size() == 3 &&
          info_[i].u1 < static_cast<int>(w.units.size()) && w.units[info_[i].u1].upos == Upos::kNOUN &&
          !home_.empty())
        return false;
      return !armed || (out_[i].kind != ActorKind::kGroup && RoleOf(out_[i].code) != "REB");
    };
    // Militants and civilians of a place the sentence names before them are
    // its own ("पाकिस्तान के उत्तर-पश्चिमी इलाक़े में एक अमरीकी ड्रोन हमले
    // में पांच चरमपंथी मारे गए": PAKREB, not the drone's state).
    // (Not the venue of talks in news of another state: "इथियोपिया की
    // राजधानी अदीस अबाबा में … समझौते पर … विद्रोहियों की ओर से … ने दस्तख़त
    // किए" are South Sudan's rebels.)
    if (role == "REB" || role == "CVL" || role == "MIL" || role == "COP") {
      const std::string p = PlaceIn(w, w.cands[cand_index].u0, false);
      if (!p.empty() && !(role == "REB" && TalksVenueOnly(w, p))) {
        *conf = 0.7;
        return p;
      }
    }
    // Civilians after an attack named by its place are that place's: "2008
    // के मुंबई हमलों के लिए …, जिनमें 166 लोग मारे गए थे".
    if (role == "CVL") {
      const int n = static_cast<int>(w.units.size());
      for (auto it = w.cands.rbegin(); it != w.cands.rend(); ++it)
        if (it->resolved && it->kind == ActorKind::kState && it->code.size() == 3 && it->u1 < n &&
            it->u1 < w.cands[cand_index].u0 && OneOf(w.units[it->u1].key, "हमले", "हमलों", "हमला", "धमाके", "धमाकों", "विस्फोट", "विस्फोटों")) {
          *conf = 0.65;
          return it->code;
        }
    }
    for (int i = static_cast<int>(out_.size()) - 1; i >= 0 && info_[i].sentence == s; --i) {
      std::string p = StatePrincipal(out_[i].code);
      if (!p.empty() && lends(i)) { *antecedent = i; *conf = 0.7; return p; }
    }
    // A minister of a portfolio whose ministry the sentences before named
    // with its state (a person named by title, or no dateline): "अमरीकी वित्त
    // मंत्रालय ने एलान किया … । वित्त मंत्री स्टीवन म्नूचिन ने …" is the US's.
    {
      static const std::unordered_set<std::string_view> kPortfolio = {
          "विदेश", "वित्त", "रक्षा", "गृह", "वाणिज्य", "स्वास्थ्य", "ऊर्जा", "तेल", "न्याय", "शिक्षा", "कृषि"};
      const Cand& c = w.cands[cand_index];
      const std::string_view first = w.units[c.u0].key;
      if (kPortfolio.count(first) && (c.name_u0 >= 0 || home_.empty()))
        for (int i = static_cast<int>(out_.size()) - 1; i >= 0 && info_[i].sentence >= s - 3; --i) {
          if (info_[i].sentence == s && info_[i].u0 >= c.u0) continue;
          const std::string p = StatePrincipal(out_[i].code);
          if (p.empty() || RoleOf(out_[i].code) != "GOV" ||
              out_[i].text.find(std::string(first) + " मंत्रालय") == std::string::npos)
            continue;
          *antecedent = i;
          *conf = 0.65;
          return p;
        }
    }
    // An institution with no state before it in its sentence: the dateline's,
    // else the last country or place named in the three sentences before.
    // Unnamed militants too: "लाहौर।। आतंकवादियों ने श्रीलंका टीम पर हमला
    // किया" are not Sri Lanka's.
    // (A ministry right after a sentence whose subject is a state named
    // bare is that state's: "भारत ने भी हमले की निंदा की है। विदेश मंत्रालय
    // ने संयुक्त राष्ट्र से अपील की …" in news from South Sudan.)
    if (institution && role == "GOV" && s > 0 && (home_.empty() || home_label_)) {
      bool named_here = false;
      for (int i = static_cast<int>(out_.size()) - 1; i >= 0 && info_[i].sentence == s; --i)
        named_here |= !StatePrincipal(out_[i].code).empty();
      for (int i = static_cast<int>(out_.size()) - 1; !named_here && i >= 0 && info_[i].sentence >= s - 1; --i) {
        if (info_[i].sentence != s - 1 || !info_[i].subject) continue;
        if (out_[i].kind == ActorKind::kState && out_[i].code.size() == 3 && !out_[i].dateline && !out_[i].city) {
          *antecedent = i;
          *conf = 0.6;
          return out_[i].code;
        }
        break;
      }
    }
    if ((institution || role == "REB") && !home_.empty()) { *conf = 0.65; return home_; }
    // A bare office not seen before with its state ("प्रधानमंत्री ने
    // देशवासियों से …") is the dateline's, not the foreign state the
    // sentences before reported on.
    if (role == "GOV" && !home_.empty()) { *conf = 0.6; return home_; }
    // The latest mention of this sentence and the three before to which
    // `state_of` gives a state, the article's main state first when they
    // name it; -1 for none.
    // (A city named in this sentence or the one before sets the scene and
    // stops the search for the main state: "… अलीयेव ने इसे आर्मेनिया का
    // आत्मसमर्पण बताया। … येरेवान में हजारों लोग सड़कों पर उतर आए।
    // प्रदर्शनकारियों ने संसद में घुसकर …" are Armenians.)
    auto latest_state = [&](auto state_of) {
      int last = -1;
      for (int i = static_cast<int>(out_.size()) - 1; i >= 0 && info_[i].sentence >= s - 3; --i) {
        const std::string p = state_of(i);
        if (p.empty()) continue;
        if (last < 0 || p == main_state_) last = i;
        if (p == main_state_) break;
        if (out_[i].city && !out_[i].dateline && !info_[i].seat && info_[i].sentence >= s - 1) break;
      }
      return last;
    };
    if (institution) {
      // (The article's main state when those sentences name it too: "…
      // मादुरो ने अमरीका के साथ राजनयिक संबंध तोड़ने का एलान किया है। …
      // सुरक्षा बलों के साथ झड़पों में" are Venezuela's forces.)
      // (Named by any of its actors: "… असद सरकार … । सरकारी सेना और
      // विद्रोहियों के बीच लड़ाई में" after Iran was named is Syria's army.)
      auto state_of = [&](int i) {
        if (out_[i].kind == ActorKind::kState && out_[i].code.size() == 3) return out_[i].code;
        if (!main_state_.empty() && StatePrincipal(out_[i].code) == main_state_) return main_state_;
        return std::string();
      };
      const int last = latest_state(state_of);
      if (last >= 0) {
        *antecedent = last;
        *conf = 0.6;
        return state_of(last);
      }
    }
    // (Not for a subject: "सरकार ने चीनी कंपनियों के निवेश पर रोक लगा दी"
    // is not China's government.)
    const bool subject = w.cands[cand_index].subject;
    for (size_t k = cand_index + 1; k < w.cands.size() && !subject; ++k) {
      const Cand& c = w.cands[k];
      if (!c.resolved) continue;
      if (armed && (c.kind == ActorKind::kGroup || RoleOf(c.code) == "REB")) continue;
      if (role != "MED" && RoleOf(c.code) == "MED") continue;
      std::string p = StatePrincipal(c.code);
      if (!p.empty() && p != not_of) { *conf = 0.7; return p; }
    }
    // (The article's main state first when those sentences name it, as for
    // an institution above.)
    if (const int last = latest_state([&](int i) { return lends(i) ? StatePrincipal(out_[i].code) : std::string(); });
        last >= 0) {
      *antecedent = last;
      *conf = 0.6;
      return StatePrincipal(out_[last].code);
    }
    const std::string& dominant = institution ? dominant_state_ : dominant_;
    if (!dominant.empty() && dominant != not_of) { *conf = 0.55; return dominant; }
    *conf = 0.4;
    return options_.default_country;
  }

  // The last state sentence s names before unit u0 that is not a subject:
  // a place ("भारत प्रशासित कश्मीर में"), not "रूस ने कहा कि सेना …"; or -1.
  int PlaceBefore(int s, int u0) const {
    for (int i = static_cast<int>(out_.size()) - 1; i >= 0 && info_[i].sentence == s; --i)
      if (out_[i].kind == ActorKind::kState && out_[i].code.size() == 3 && info_[i].u1 <= u0 && !info_[i].subject &&
          !info_[i].seat)
        return i;
    return -1;
  }

  // The sentence of the first mention of a coreference chain ending at i.
  int ChainStart(int i) const {
    for (int guard = 0; guard < 64 && out_[i].antecedent >= 0 && out_[i].antecedent < i; ++guard)
      i = out_[i].antecedent;
    return info_[i].sentence;
  }

  // `w` and `u0` are the pronoun's sentence and first unit.
  int ResolvePronoun(int s, const SentenceWork& w, int u0, PronounClass pc, double* conf) {
    int best = -1;
    double best_score = 0;
    // "A और उनके B" (A and his B): a possessive right after और is the
    // conjunct before it, the nearest actor named there ("अमेरिकी दूतावास के
    // प्रभारी … और उनके सहयोगी"), not the clause's subject.
    if (u0 >= 2 && IsGenitiveSuffix(w.units[u0].key) &&
        (w.units[u0 - 1].key == "और" || w.units[u0 - 1].key == "तथा" || w.units[u0 - 1].key == "एवं")) {
      for (int i = static_cast<int>(out_.size()) - 1; i >= 0 && info_[i].sentence == s; --i) {
        if (info_[i].u1 > u0 - 1 || out_[i].code.empty()) continue;
        if (info_[i].u1 < u0 - 6 || info_[i].subject) break;
        *conf = 0.7;
        return i;
      }
    }
    // The subject of the object pronoun's own clause, and so its code.
    std::string clause_subject;
    if (IsObjectPronoun(w.units[u0].key)) {
      static const std::unordered_set<std::string_view> kMarked = {"को", "से", "में", "पर", "के", "की",
                                                                   "का", "तक", "द्वारा", "लिए"};
      for (int i = static_cast<int>(out_.size()) - 1; i >= 0 && info_[i].sentence == s; --i)
        if (info_[i].u1 < u0 && !ClauseBreak(w, info_[i].u1, u0) &&
            (info_[i].subject || !kMarked.count(w.units[info_[i].u1].key))) {
          clause_subject = out_[i].code;
          break;
        }
    }
    for (int i = static_cast<int>(out_.size()) - 1; i >= 0; --i) {
      const int dist = s - info_[i].sentence;
      if (dist > 2) break;
      if (out_[i].code.empty() || out_[i].code == clause_subject) continue;
      double score = dist == 0 ? 3.0 : dist == 1 ? 2.0 : 1.0;
      score += 0.001 * i;  // recency within a sentence
      if (info_[i].subject) score += 1.5;
      const ActorKind k = info_[i].kind;
      if (pc == PronounClass::kHonorific) {
        score += k == ActorKind::kPerson ? 1.5 : k == ActorKind::kGroup ? 0.5 : k == ActorKind::kOrganisation ? 0.3 : -0.5;
      } else {
        // उसने/उसके: news refers to people it names with the honorific उन्होंने.
        score += k == ActorKind::kPerson ? -0.5 : 1.0;
      }
      if (score > best_score) best_score = score, best = i;
    }
    *conf = std::min(0.9, 0.3 + 0.1 * best_score);
    return best_score >= 2.0 ? best : -1;
  }

  // A clause boundary among units [from, to): कि, a quote, a comma, a
  // danda, or a conjunction (और, तथा, लेकिन) between two clauses.
  static bool ClauseBreak(const SentenceWork& w, int from, int to) {
    static const std::unordered_set<std::string_view> kBreaks = {"कि", "और", "तथा", "एवं", "लेकिन", "परंतु",
                                                                 "किंतु", "जबकि", "क्योंकि", "जो", "जिसने",
                                                                 "जिन्होंने", "जिसे", "जिन्हें"};
    for (int u = from; u < to && u < static_cast<int>(w.units.size()); ++u)
      if (w.units[u].punct || kBreaks.count(w.units[u].key)) return true;
    return false;
  }

  // Emits candidate `c` as the actor of the earlier mention `ante`, with
  // `code`, and registers its aliases.
  void EmitCoreferent(int s, const SentenceWork& w, const Cand& c, ActorMention m, std::string code, int ante,
                      double confidence) {
    m.code = std::move(code);
    m.how = MatchHow::kCoreference;
    m.confidence = confidence;
    m.antecedent = ante;
    const int idx = Emit(s, w, c.u0, c.u1, std::move(m), c.subject, c.kind);
    RegisterAliases(s, w, c, idx);
  }

  void RegisterAliases(int s, const SentenceWork& w, const Cand& c, int mention) {
    const std::vector<Unit>& units = w.units;
    // Surname of a known person (सर्गेई लवरोव → लवरोव) or of an unknown name.
    int n0 = -1, n1 = -1;
    if (c.person >= 0) n0 = w.atoms[c.person].u0, n1 = w.atoms[c.person].u1;
    else if (c.entity >= 0 && IsPersonAtom(w.atoms[c.entity])) n0 = w.atoms[c.entity].u0, n1 = w.atoms[c.entity].u1;
    else if (c.name_u0 >= 0) n0 = c.name_u0, n1 = c.name_u1;
    if (n0 >= 0 && (n1 - n0 >= 2 || c.name_u0 >= 0)) {
      const std::string_view last = units[n1 - 1].key;
      // (The person named first keeps the surname: "लेबनान के प्रधानमंत्री
      // साद हरीरी … उनके पिता रफ़ीक़ हरीरी की हत्या … हरीरी ने" is Saad.)
      // (Also a known person's surname that is a common word, "टेरीज़ा मे …
      // मे ने": the match takes it only before a case marker.)
      if (last.size() >= 6 && (!IsStopWord(last) || PersonAtomOf(w, c) >= 0)) {
        auto [it, added] = word_alias_.try_emplace(std::string(last), mention);
        if (!added && (it->second < 0 || it->second >= static_cast<int>(out_.size()) ||
                       out_[it->second].kind != ActorKind::kPerson || out_[it->second].how == MatchHow::kUnknown ||
                       PersonAtomOf(w, c) < 0))
          it->second = mention;
      }
      // A Chinese, Korean or Vietnamese name puts the family name first:
      // "मून जे-इन … मून के भाषण", "शी जिनपिंग … शी ने".
      static const std::unordered_set<std::string_view> kFamilyFirst = {"CHN", "TWN", "HKG", "MAC", "KOR",
                                                                        "PRK", "VNM", "SGP"};
      if (PersonAtomOf(w, c) >= 0 && n1 - n0 >= 2 && mention >= 0 && mention < static_cast<int>(out_.size()) &&
          kFamilyFirst.count(StatePrincipal(out_[mention].code)) && units[n0].key.size() >= 6)
        family_alias_[std::string(units[n0].key)] = mention;
      // A known person's first name, as Hindi news writes many (चिराग पासवान
      // … चिराग ने), when long enough not to be a common short word.
      // (After an honorific in the name's form: कैप्टन अमरिंदर सिंह … अमरिंदर
      // ने.)
      const bool honorific = n1 - n0 >= 3 && OneOf(units[n0].key, "कैप्टन", "डॉ", "डॉक्टर", "जनरल", "मेजर",
                                                    "कर्नल", "प्रोफेसर", "पंडित", "मौलाना", "शेख", "सरदार",
                                                    "स्वामी", "साध्वी", "बाबा", "महंत");
      // (Also of a name the article gives after a title, "भाजपा नेता एम.
      // रघुनंदन राव … रघुनंदन ने", and a middle name, "बंडी संजय कुमार …
      // संजय से".)
      const bool known = PersonAtomOf(w, c) >= 0;
      if ((known || c.name_u0 >= 0) && n1 - n0 >= 2)
        for (int u = honorific ? n0 + 1 : n0; u < n1 - 1; ++u)
          if (units[u].key.size() >= 12 && !IsStopWord(units[u].key)) first_alias_[std::string(units[u].key)] = mention;
      if (honorific && known && units[n0].key.size() >= 12) first_alias_[std::string(units[n0].key)] = mention;
      // An Ethiopian or Eritrean is named by the given name, the second
      // being the father's: "अबी अहमद … अबी ने", "इसायास अफ़ेवर्की … इसायास".
      static const std::unordered_set<std::string_view> kGivenName = {"ETH", "ERI"};
      if (known && n1 - n0 >= 2 && mention >= 0 && mention < static_cast<int>(out_.size()) &&
          kGivenName.count(StatePrincipal(out_[mention].code)) && units[n0].key.size() >= 6 &&
          !IsStopWord(units[n0].key))
        first_alias_[std::string(units[n0].key)] = mention;
      // An unknown name written again in full (आतंकी अबू हमजा … अबू हमजा ने).
      if (c.person < 0 && n1 - n0 >= 2 && n1 - n0 <= kMaxNameAlias) {
        std::string key;
        for (int u = n0; u < n1; ++u) key.append(key.empty() ? "" : " ").append(units[u].key);
        name_alias_[key] = mention;
      }
    }
    // A word in brackets inside the matched name (नेपाल कम्युनिस्ट पार्टी
    // (एनसीपी)): the article's short name for this actor.
    // (Not a pronoun: "आम आदमी पार्टी (आप)" does not make every आप, "you",
    // the party.)
    static const std::unordered_set<std::string_view> kPersonal = {"आप", "तुम", "तू", "हम", "मैं"};
    auto aliasable = [&](const Unit& b) {
      return b.pronoun == PronounClass::kNone && !IsStopWord(b.key) && !kPersonal.count(b.key);
    };
    if (c.entity >= 0 && w.atoms[c.entity].bracketed >= 0 && aliasable(units[w.atoms[c.entity].bracketed]))
      bracket_alias_[std::string(units[w.atoms[c.entity].bracketed].key)] = mention;
    // One word in brackets right after the name: "राष्ट्रीय जवाबदेही ब्यूरो
    // (एनएबी)", "नेशनल लीग फॉर डेमोक्रेसी (एनएलडी)". (Not a pronoun; not
    // after a place, a dateline's city or a person, "इस्लामाबाद (पीटीआई)",
    // "अमित शाह (भाजपा)"; and a word the dictionary knows only when it gives
    // the same code: "डेमोक्रेटिक पार्टी (पीडीपी)" is the Indian PDP whatever
    // the words before matched.)
    const int nu = static_cast<int>(units.size());
    if (c.u1 + 2 < nu && units[c.u1].key == "(" && units[c.u1 + 2].key == ")" && !units[c.u1 + 1].punct &&
        aliasable(units[c.u1 + 1]) && !out_[mention].code.empty() && out_[mention].kind != ActorKind::kState &&
        out_[mention].kind != ActorKind::kPerson) {
      bool other = false;
      for (const Cand& b : w.cands)
        if (b.u0 == c.u1 + 1 && b.resolved && !b.code.empty()) other |= b.code != out_[mention].code;
      if (!other) {
        bracket_alias_[std::string(units[c.u1 + 1].key)] = mention;
        word_alias_[std::string(units[c.u1 + 1].key)] = mention;
      }
    }
    // Titles: the role words (मंत्रालय, विदेश मंत्री, मंत्री) now mean this actor.
    for (int ai : c.agents) {
      const Atom& a = w.atoms[ai];
      // (Not people: "लोग" in a later sentence are other people, perhaps
      // of another place.)
      if (Entry(a.ref).codes.front().code == "CVL") continue;
      std::string key;
      for (int u = a.u0; u < a.u1; ++u) key.append(key.empty() ? "" : " ").append(units[u].key);
      title_alias_[key] = mention;
      title_alias_[std::string(units[a.u1 - 1].key)] = mention;
    }
    // An organisation's title form (संयुक्त राष्ट्र महासचिव): its last word
    // (महासचिव) when the words before it are a form themselves.
    if (c.entity >= 0 && c.agents.empty() && IsOrgTitleForm(w, w.atoms[c.entity])) {
      word_alias_[std::string(units[w.atoms[c.entity].u1 - 1].key)] = mention;
    }
    // A named organisation's head noun alone now means it: "अरब लीग ने … ।
    // लीग ने …", "सुरक्षा परिषद … । परिषद ने …", "विश्व स्वास्थ्य संगठन …
    // संगठन पर …". Only these nouns, of several words' names in the
    // organisation and group tables.
    static const std::unordered_set<std::string_view> kOrgHead = {
        "लीग", "संघ", "परिषद", "संगठन", "मोर्चा", "कोष", "गठबंधन", "महासभा"};
    if (c.entity >= 0 && c.agents.empty() && !out_[mention].code.empty()) {
      const Atom& a = w.atoms[c.entity];
      const ActorFile file = Entry(a.ref).file;
      if ((file == ActorFile::kOrgs || file == ActorFile::kGroups) && a.u1 - a.u0 >= 2 &&
          kOrgHead.count(units[a.u1 - 1].key))
        word_alias_[std::string(units[a.u1 - 1].key)] = mention;
    }
    (void)s;
  }

  void ResolveInContext(int s) {
    const SentenceWork& w = work_[s];
    const std::vector<Unit>& units = w.units;
    const int n = static_cast<int>(units.size());
    size_t ci = 0;
    for (int u = 0; u < n;) {
      while (ci < w.cands.size() && w.cands[ci].u0 < u) ++ci;
      if (ci < w.cands.size() && w.cands[ci].u0 == u) {
        const Cand& c = w.cands[ci];
        ProcessCand(s, w, ci, c);
        u = std::max(c.u1, u + 1);
        ++ci;
        continue;
      }
      // An unknown name seen before in full.
      if (!name_alias_.empty() && !units[u].punct) {
        int len = 0, ante = -1;
        std::string key(units[u].key);
        for (int k = 2; k <= kMaxNameAlias && u + k <= n; ++k) {
          if (units[u + k - 1].punct) break;
          key.append(" ").append(units[u + k - 1].key);
          auto it = name_alias_.find(key);
          if (it != name_alias_.end()) len = k, ante = it->second;
        }
        if (ante >= 0) {
          EmitAlias(s, w, u, u + len, ante);
          u += len;
          continue;
        }
      }
      // A word seen earlier as a surname or title (लवरोव, महासचिव).
      // Not when a proper noun comes just before: अमरिंदर सिंह is not
      // मनमोहन सिंह.
      const bool after_name = u > 0 && units[u - 1].upos == Upos::kPROPN;
      if (!units[u].punct && !after_name) {
        auto it = word_alias_.find(units[u].key);
        // (A family name alone, not the first word of another's name: "मून
        // के भाषण", but "किम यू-ग्युन" is not Kim Yo-jong.)
        auto fam = family_alias_.find(units[u].key);
        // (A family name that is also a common word, "ली" (took), only
        // before a case marker: "ली ने", "ली के", not "ज़िम्मेदारी ली।".)
        const bool marked = u + 1 < static_cast<int>(units.size()) &&
                            OneOf(units[u + 1].key, "ने", "को", "से", "के", "की", "का", "पर");
        const bool alone = IsStopWord(units[u].key)
                               ? marked
                               : u + 1 >= static_cast<int>(units.size()) ||
                                     (units[u + 1].punct && units[u + 1].key != "-") || IsBoundary(units[u + 1].key);
        if (it != word_alias_.end()) {
          EmitAlias(s, w, u, u + 1, it->second);
        } else if (fam != family_alias_.end() && alone) {
          EmitAlias(s, w, u, u + 1, fam->second);
        } else if (u + 1 < static_cast<int>(units.size()) &&
                   ((units[u].upos == Upos::kPROPN &&
                     (units[u + 1].punct || IsBoundary(units[u + 1].key) ||
                      OneOf(units[u + 1].key, "बाबू", "साहब", "साहेब"))) ||
                    units[u + 1].key == "ने")) {
          // (A first name alone: a proper noun with a postposition, particle
          // or punctuation after it, not another surname, "राहुल तिवारी नामक
          // व्यक्ति"; or any word as an agent, "चिराग ने", which is also a
          // lamp.)
          auto fit = first_alias_.find(units[u].key);
          if (fit != first_alias_.end()) EmitAlias(s, w, u, u + 1, fit->second);
        }
      }
      ++u;
    }
  }

  // Units [u0, u1) name again the actor of mention `ante`.
  void EmitAlias(int s, const SentenceWork& w, int u0, int u1, int ante_index) {
    const ActorMention& ante = out_[ante_index];
    ActorMention m;
    m.code = ante.code;
    m.entry = ante.entry;
    m.how = MatchHow::kCoreference;
    m.confidence = 0.8 * ante.confidence;
    m.antecedent = ante_index;
    m.kind = ante.kind;
    if (!ante.name.empty()) {
      m.name = Surface(s, w, u0, u1);
      m.romanized = Romanize(m.name);
    }
    const bool subject = u1 < static_cast<int>(w.units.size()) && w.units[u1].key == "ने";
    Emit(s, w, u0, u1, std::move(m), subject, info_[ante_index].kind);
  }

  void ProcessCand(int s, const SentenceWork& w, size_t ci, const Cand& c) {
    if (c.entity == -2) return;  // a demonym used as an adjective
    const std::vector<Unit>& units = w.units;
    // विदेशी सैनिक, विदेशी राजनयिक: of some other state than the context's,
    // which the words do not name; nobody rather than the scene's.
    if (!c.resolved && c.entity < 0 && c.person < 0 && c.u0 > 0 &&
        units[c.u0 - 1].key == "विदेशी")
      return;
    // अंतरराष्ट्रीय समुदाय, विश्व समुदाय: the world at large, no actor (the
    // appeal "अंतरराष्ट्रीय समुदाय से मदद की अपील" is to nobody codable).
    if (!c.resolved && c.entity < 0 && c.person < 0 && c.u0 > 0 && c.u1 == c.u0 + 1 &&
        (units[c.u0].key == "समुदाय" || units[c.u0].key == "बिरादरी") &&
        (units[c.u0 - 1].key == "अंतरराष्ट्रीय" || units[c.u0 - 1].key == "अंतर्राष्ट्रीय" ||
         units[c.u0 - 1].key == "विश्व" || units[c.u0 - 1].key == "वैश्विक"))
      return;
    // An acronym the article gave in brackets after a name ("नेपाल
    // कम्युनिस्ट पार्टी (एनसीपी) … एनसीपी ने") is that name's, whatever else
    // the dictionary knows by it (India's NCP).
    if (c.u1 == c.u0 + 1 && c.agents.empty()) {
      auto it = bracket_alias_.find(units[c.u0].key);
      if (it != bracket_alias_.end()) {
        EmitAlias(s, w, c.u0, c.u1, it->second);
        return;
      }
    }
    ActorMention m;
    m.entry = c.entry;
    m.how = c.how;
    m.confidence = c.confidence;
    m.kind = c.kind;
    if (!c.agents.empty()) {
      const int a0 = w.atoms[c.agents.front()].u0, a1 = w.atoms[c.agents.back()].u1;
      m.role_text = Surface(s, w, a0, a1);
    }
    int n0 = -1, n1 = -1;
    if (c.person >= 0) n0 = w.atoms[c.person].u0, n1 = w.atoms[c.person].u1;
    else if (c.entity >= 0 && IsPersonAtom(w.atoms[c.entity])) n0 = w.atoms[c.entity].u0, n1 = w.atoms[c.entity].u1;
    else if (c.name_u0 >= 0) n0 = c.name_u0, n1 = c.name_u1;
    if (n0 >= 0) {
      m.name = Surface(s, w, n0, n1);
      m.romanized = Romanize(m.name);
    }
    if (c.pronoun >= 0) {
      double conf;
      const int ante = ResolvePronoun(s, w, c.u0, w.atoms[c.pronoun].pronoun, &conf);
      if (ante < 0) return;
      m.code = out_[ante].code;
      m.entry = out_[ante].entry;
      m.how = MatchHow::kCoreference;
      m.confidence = conf;
      m.antecedent = out_[ante].antecedent >= 0 && out_[ante].kind == ActorKind::kPronoun ? out_[ante].antecedent : ante;
      m.kind = ActorKind::kPronoun;
      Emit(s, w, c.u0, c.u1, std::move(m), c.subject, info_[ante].kind);
      return;
    }
    if (c.resolved) {
      m.code = c.code;
      m.demonym = c.entity >= 0 && w.atoms[c.entity].ref.type == FormType::kDemonym && c.agents.empty();
      m.city = c.entity >= 0 && w.atoms[c.entity].ref.type == FormType::kCapital && c.agents.empty() &&
               c.person < 0;
      m.subnational = c.entity >= 0 && Entry(w.atoms[c.entity].ref).subnational;
      // A known person seen before (लवरोव after सर्गेई लवरोव), or a title
      // with a country (रूसी मंत्री) after a person with that code.
      if (c.person_entry != nullptr) {
        auto it = last_person_.find(c.person_entry);
        if (it != last_person_.end()) m.antecedent = it->second;
      } else if (c.kind == ActorKind::kPerson && c.name_u0 < 0 && !m.code.empty() && !c.agents.empty() &&
                 !units[w.atoms[c.agents.back()].u1 - 1].plural) {
        for (int i = static_cast<int>(out_.size()) - 1; i >= 0 && info_[i].sentence >= s - kTitleWindow; --i) {
          if (out_[i].code == m.code && info_[i].kind == ActorKind::kPerson && !out_[i].name.empty()) {
            m.antecedent = i;
            m.how = MatchHow::kCoreference;
            m.confidence = 0.9 * c.confidence;
            break;
          }
        }
      }
      const int idx = Emit(s, w, c.u0, c.u1, std::move(m), c.subject, c.kind);
      if (c.person_entry != nullptr) last_person_[c.person_entry] = idx;
      RegisterAliases(s, w, c, idx);
      return;
    }
    // A title with the surname or first name of a person named in full
    // before ("अशरफ गनी … राष्ट्रपति गनी ने"): that person.
    if (c.name_u0 >= 0 && c.name_u1 - c.name_u0 <= 2 && !c.former) {
      int alias = -1;
      auto wit = word_alias_.find(units[c.name_u1 - 1].key);
      if (wit != word_alias_.end()) alias = wit->second;
      auto fit = first_alias_.find(units[c.name_u0].key);
      if (alias < 0 && fit != first_alias_.end()) alias = fit->second;
      // (A person the dictionary knows: an unknown name's title may have
      // been wrong, "पुलिस बदमाश आसिफ".)
      if (alias >= 0 && out_[alias].kind == ActorKind::kPerson && !out_[alias].code.empty() &&
          out_[alias].how != MatchHow::kUnknown) {
        const ActorMention& ante = out_[alias];
        m.code = ante.code;
        m.how = MatchHow::kCoreference;
        m.confidence = 0.8;
        m.antecedent = alias;
        m.name = Surface(s, w, c.name_u0, c.name_u1);
        m.romanized = Romanize(m.name);
        const int idx = Emit(s, w, c.u0, c.u1, std::move(m), c.subject, c.kind);
        RegisterAliases(s, w, c, idx);
        return;
      }
    }
    // "डच दूतावास और वाणिज्य दूतावास": a bare role word coordinated right
    // after a role word with its state shares that state; so does one after
    // "A और दूसरे/अन्य" when A is a role word or a group, "हमास और दूसरे
    // चरमपंथी गुटों", "पुलिस और अन्य सुरक्षा बलों" (not a bare state: "भारत और
    // अन्य देशों").
    if (c.name_u0 < 0 && !c.role.empty() && c.role != kOwnerRole && !out_.empty() && info_.back().sentence == s &&
        out_.back().code.size() > 3) {
      const int gap = c.u0 - info_.back().u1;
      auto conjunction = [&](int u) { return u >= 0 && OneOf(units[u].key, "और", "तथा", "एवं", "व"); };
      const bool next = gap == 1 && conjunction(c.u0 - 1) && !out_.back().role_text.empty();
      const bool other = gap == 2 && conjunction(c.u0 - 2) && OneOf(units[c.u0 - 1].key, "दूसरे", "दूसरी", "अन्य", "बाकी");
      const std::string p = next || other ? StatePrincipal(out_.back().code) : std::string();
      if (!p.empty()) {
        m.code = p + (c.former ? "CVL" : c.role);
        m.how = MatchHow::kCoreference;
        m.confidence = 0.75;
        m.antecedent = static_cast<int>(out_.size()) - 1;
        const int idx = Emit(s, w, c.u0, c.u1, std::move(m), c.subject, c.kind);
        RegisterAliases(s, w, c, idx);
        return;
      }
    }
    // (Not a role word its sentence gives an owner just before it, through
    // a genitive and quantifiers or adjectives: "पाकिस्तान की एक सैन्य
    // अदालत" is Pakistan's, whatever court the article named before.)
    bool owned = false;
    if (!out_.empty() && info_.back().sentence == s && info_.back().u1 < c.u0 &&
        IsGenitive(units[info_.back().u1].key) && c.u0 - info_.back().u1 <= 3 &&
        (StatePrincipal(out_.back().code).size() == 3 || out_.back().code.rfind("IGO", 0) == 0 ||
         out_.back().code.rfind("NGO", 0) == 0)) {
      owned = true;
      for (int k = info_.back().u1 + 1; k < c.u0; ++k) owned &= OwnerGapWord(units[k]);
    }
    const bool chained = !owned && !out_.empty() && info_.back().sentence == s &&
                         out_.back().kind == ActorKind::kState && out_.back().code.size() == 3 &&
                         ChainedOwner(units, info_.back().u1, c.u0);
    owned |= chained;
    // Role words alone (or with an unknown name): a title seen before, else
    // the country from context.
    if (c.name_u0 < 0 && !owned) {
      const Atom& last_agent = w.atoms[c.agents.back()];
      // "इमरान खान सरकार", "ट्रंप प्रशासन": a government named by its
      // leader right before it is the leader's state's.
      if (!out_.empty() && info_.back().sentence == s && info_.back().u1 == c.u0 &&
          out_.back().kind == ActorKind::kPerson && c.agents.size() == 1 && c.role == "GOV" &&
          OneOf(units[last_agent.u1 - 1].key, "सरकार", "प्रशासन", "हुकूमत")) {
        const std::string p = StatePrincipal(out_.back().code);
        if (!p.empty()) {
          EmitCoreferent(s, w, c, std::move(m), p + "GOV", static_cast<int>(out_.size()) - 1, 0.9);
          return;
        }
      }
      std::string key;
      for (int ai : c.agents) {
        for (int u = w.atoms[ai].u0; u < w.atoms[ai].u1; ++u) key.append(key.empty() ? "" : " ").append(units[u].key);
      }
      int alias = -1;
      auto it = title_alias_.find(key);
      if (it == title_alias_.end()) it = title_alias_.find(units[last_agent.u1 - 1].key);
      if (it != title_alias_.end()) alias = it->second;
      // A bare title refers back only within a few sentences, unless the
      // headline or lead named the institution with the article's main
      // state ("ब्राज़ील की सीनेट ने … [ten sentences] … सीनेट के इस फ़ैसले
      // की आलोचना"; not forces, which are where the sentence places them).
      if (alias >= 0 && info_[alias].sentence < s - kTitleWindow &&
          (!Entry(last_agent.ref).institution || c.role == "MIL" || c.role == "COP" || c.role == "REB" ||
           c.role == kOwnerRole ||
           dominant_state_.empty() ||
           StatePrincipal(out_[alias].code) != dominant_state_ || ChainStart(alias) > 1 ||
           !PlaceIn(w, c.u0, false).empty()))
        alias = -1;
      if (c.agents.size() == 1) {
        auto wit = word_alias_.find(units[last_agent.u1 - 1].key);
        if (wit != word_alias_.end() && info_[wit->second].sentence >= s - kTitleWindow) {
          alias = std::max(alias, wit->second);
        }
      }
      // Forces, police and militants are where the sentence places them (a
      // state named before them that is not a subject):
      // "भारत प्रशासित कश्मीर में सुरक्षा बलों और चरमपंथियों के बीच" are not the
      // Afghan ones named sentences before.
      // (Unless the sentence names them with their state after that place:
      // "बालाकोट में भारतीय वायुसेना की कार्रवाई के बाद … वायुसेना के
      // पायलटों को" are India's.)
      if (alias >= 0 && (c.role == "MIL" || c.role == "COP" || c.role == "REB")) {
        const int place = PlaceBefore(s, c.u0);
        const bool named_after = info_[alias].sentence == s && place >= 0 && info_[alias].u0 > info_[place].u0;
        if (place >= 0 && out_[place].code != StatePrincipal(out_[alias].code) && !named_after) alias = -1;
      }
      if (alias >= 0 && !out_[alias].code.empty() && !c.former) {
        // The title's role wins over the antecedent's: a ministry is GOV.
        const std::string p = StatePrincipal(out_[alias].code);
        EmitCoreferent(s, w, c, std::move(m),
                       !p.empty() && !c.role.empty() && c.role != kOwnerRole ? p + c.role : out_[alias].code, alias,
                       0.8);
        return;
      }
    }
    // Possessed role words: उसके (सभी) कर्मचारी, लवरोव के प्रवक्ता, संयुक्त
    // राष्ट्र के ... — the owner gives the principal, also to a name the
    // dictionary does not know (संयुक्त राष्ट्र के अधिकारी जॉन होम्स).
    if (!out_.empty() && info_.back().sentence == s) {
      const int owner = static_cast<int>(out_.size()) - 1;
      const Info& oi = info_[owner];
      const bool genitive_pronoun =
          out_[owner].kind == ActorKind::kPronoun && IsGenitiveSuffix(units[oi.u1 - 1].key);
      // A numeral or quantifier may stand between: हमास के कई कमांडर.
      bool counted = oi.u1 < c.u0 - 1 && c.u0 - oi.u1 <= 3 && IsGenitive(units[oi.u1].key);
      for (int k = oi.u1 + 1; counted && k < c.u0; ++k) counted = OwnerGapWord(units[k]);
      const bool linked = (oi.u1 == c.u0 - 1 && IsGenitive(units[oi.u1].key)) || counted ||
                          (genitive_pronoun && c.u0 - oi.u1 <= 1) || chained;
      if (linked && !out_[owner].code.empty()) {
        const std::string p = StatePrincipal(out_[owner].code);
        m.code = p.empty() ? (FamilyAgent(w, c) ? c.role : out_[owner].code) : p + (c.former ? "CVL" : c.role);
        if (c.role == kOwnerRole) m.code = out_[owner].code;  // भाजपा की समिति
        // सीमा सुरक्षा बल के जवान, सीआरपीएफ के सैनिक: the men of an armed
        // body are that body (police or army).
        const std::string owner_role = RoleOf(out_[owner].code);
        // भाजपा के दो नेता, कांग्रेस के प्रवक्ता: a party's leaders and
        // members are the party (OPP, PTY), unless they hold an office.
        static const std::unordered_set<std::string_view> kMembers = {
            "नेता", "नेताओं", "प्रवक्ता", "प्रवक्ताओं", "कार्यकर्ता", "कार्यकर्ताओं", "पदाधिकारी",
            "पदाधिकारियों", "सदस्य", "सदस्यों", "समर्थक", "समर्थकों", "अध्यक्ष", "उपाध्यक्ष"};
        if ((owner_role == "OPP" || owner_role == "PTY") && out_[owner].kind != ActorKind::kPerson &&
            !c.former && !c.agents.empty() &&
            kMembers.count(units[w.atoms[c.agents.back()].u1 - 1].key))
          m.code = out_[owner].code;
        // (So are its officers and spokesmen: "भारतीय सेना के एक कमांडिंग
        // अफसर", "पुलिस के अधिकारी".)
        if ((owner_role == "COP" || owner_role == "MIL") && (c.role == "COP" || c.role == "MIL" || c.role == "GOV") &&
            !c.former)
          m.code = out_[owner].code;
        // हमास के कमांडर, लश्कर के प्रवक्ता: a group's members are the
        // group (PSEREB), unless they hold a state office (भाजपा के
        // मुख्यमंत्री: INDGOV).
        if (out_[owner].kind == ActorKind::kGroup && !c.former && c.role != "GOV" && c.role != "LEG" &&
            c.role != "JUD")
          m.code = out_[owner].code;
        m.how = MatchHow::kCoreference;
        m.confidence = 0.8 * out_[owner].confidence;
        m.antecedent = owner;
        const int idx = Emit(s, w, c.u0, c.u1, std::move(m), c.subject, c.kind);
        RegisterAliases(s, w, c, idx);  // रीकर ने, अंतरिम सरकार ने … later
        return;
      }
    }
    int ante = -1;
    double conf = 0.5;
    const bool institution = !c.agents.empty() && Entry(w.atoms[c.agents.back()].ref).institution;
    // A body known only by its owner (समिति, टीम) without one is nobody;
    // पार्टी alone is the party named last ("भाजपा … । पार्टी ने …").
    // (पीठ alone, the bench or court named last: "जस्टिस … की पीठ ने … । पीठ
    // ने … दलील भी खारिज कर दी".)
    if (c.role == kOwnerRole) {
      const Atom& last_agent = w.atoms[c.agents.back()];
      const std::string_view head = units[last_agent.u1 - 1].key;
      // (आयोग alone, the commission named last: "… अमेरिकी आयोग (यूएससीआइआरएफ)
      // … । आयोग ने …".)
      const bool commission = head == "आयोग" || head == "कमीशन";
      if (c.agents.size() != 1 || (head != "पार्टी" && head != "पीठ" && !commission)) return;
      // (A commission whose owner's genitive stands a few modifiers before
      // it: "इस्लामिक सहयोग संगठन (ओआईसी) के स्वतंत्र स्थायी मानवाधिकार
      // आयोग ने".)
      if (commission && !out_.empty()) {
        int u = c.u0 - 1;
        while (u >= 0 && c.u0 - u <= 4 && !units[u].punct && !IsGenitive(units[u].key) &&
               (units[u].upos == Upos::kADJ || units[u].upos == Upos::kNOUN || units[u].upos == Upos::kPROPN))
          --u;
        if (u >= 1 && IsGenitive(units[u].key) && c.u0 - u >= 2)
          for (int i = static_cast<int>(out_.size()) - 1; i >= 0 && info_[i].sentence == s; --i) {
            const bool bracketed = units[u - 1].key == ")" && (info_[i].u1 == u - 1 || info_[i].u1 + 3 == u);
            if (info_[i].u1 != u && !bracketed) continue;
            m.code = out_[i].code;
            m.how = MatchHow::kCoreference;
            m.confidence = 0.7;
            m.antecedent = i;
            Emit(s, w, c.u0, c.u1, std::move(m), c.subject, ActorKind::kOrganisation);
            return;
          }
      }
      for (int i = static_cast<int>(out_.size()) - 1; i >= 0 && info_[i].sentence >= s - kTitleWindow; --i) {
        const std::string role = RoleOf(out_[i].code);
        if (commission) {
          if (out_[i].text.find("आयोग") == std::string::npos && out_[i].text.find("कमीशन") == std::string::npos)
            continue;
        } else if (head == "पीठ" ? role != "JUD" : (role != "OPP" && role != "PTY")) {
          continue;
        }
        m.code = out_[i].code;
        m.how = MatchHow::kCoreference;
        m.confidence = 0.7;
        m.antecedent = i;
        Emit(s, w, c.u0, c.u1, std::move(m), c.subject,
             head == "पार्टी" ? ActorKind::kGroup : ActorKind::kOrganisation);
        return;
      }
      return;
    }
    // आतंकी, हमलावर alone: the armed group the article named last (within a
    // few sentences), before any state of the context.
    if (c.role == "REB" && !c.former) {
      // (Not a group of another state than the one this sentence names
      // before the word: "पाकिस्तान में दो हजार कट्टरपंथियों को" after the
      // Taliban.)
      std::string here;
      for (int i = static_cast<int>(out_.size()) - 1; i >= 0 && info_[i].sentence == s; --i)
        if (out_[i].kind == ActorKind::kState && out_[i].code.size() == 3 &&
            info_[i].u1 < static_cast<int>(units.size()) && units[info_[i].u1].key == "में")
          here = out_[i].code;
      for (int i = static_cast<int>(out_.size()) - 1; i >= 0 && info_[i].sentence >= s - 5; --i) {
        // (Or armed men given the state they came from: "… चरमपंथी पाकिस्तान
        // से … घुसे थे। … हमलावरों ने …".)
        if (RoleOf(out_[i].code) != "REB" || (out_[i].how == MatchHow::kCoreference && !out_[i].came_from)) continue;
        if (!here.empty() && StatePrincipal(out_[i].code) != here) break;
        m.came_from = out_[i].came_from;
        EmitCoreferent(s, w, c, std::move(m), out_[i].code, i, 0.6);
        return;
      }
    }
    // "अज्ञात लोगों के खिलाफ मामला दर्ज किया": people not known are no
    // actor.
    if (c.role == "CVL" && c.u0 > 0 && (units[c.u0 - 1].key == "अज्ञात" || units[c.u0 - 1].key == "अनजान")) return;
    // अदालत, न्यायालय alone (or a judge named with it) a few sentences after
    // an international court, and no state's court since: that court
    // ("अंतरराष्ट्रीय न्यायालय ने … । अदालत के अध्यक्ष अब्दुलकवी यूसुफ ने …").
    if (c.role == "JUD" && !c.former && !c.agents.empty()) {
      const Atom& agent = w.atoms[c.agents.front()];
      static const std::unordered_set<std::string_view> kCourt = {"अदालत", "अदालतों", "न्यायालय", "कोर्ट"};
      if (agent.u1 - agent.u0 == 1 && kCourt.count(units[agent.u0].key))
        for (int i = static_cast<int>(out_.size()) - 1; i >= 0 && info_[i].sentence >= s - kTitleWindow; --i) {
          const std::string& code = out_[i].code;
          if (RoleOf(code) == "JUD") break;  // a state's court named since
          if (!IsInternationalCourt(code)) continue;
          EmitCoreferent(s, w, c, std::move(m), code, i, 0.7);
          return;
        }
    }
    bool came_from = false;
    const std::string principal = ContextPrincipal(s, w, ci, &ante, &conf, institution, c.role, &came_from);
    if (principal.empty()) return;  // not a codeable actor
    m.code = principal + (c.former ? "CVL" : c.role);
    m.confidence = conf * (c.name_u0 >= 0 ? 0.9 : 1.0);
    m.antecedent = ante;
    m.came_from = came_from;
    const int idx = Emit(s, w, c.u0, c.u1, std::move(m), c.subject, c.kind);
    RegisterAliases(s, w, c, idx);
  }

  const ActorIndex& dict_;
  const RecognizerOptions& options_;
  const Document& doc_;
  const std::vector<SentenceParse>& parses_;
  std::vector<SentenceWork> work_;
  std::string dominant_;
  std::string dominant_state_;  // the same, without armed groups' states
  std::unordered_map<std::string, int> state_counts_;  // mentions of each state, without armed groups
  std::string main_state_;      // dominant_state_ when no other state ties it
  std::string home_;  // the dateline's state
  std::pair<int, int> home_at_{-1, -1};  // its sentence and first unit
  bool home_label_ = false;  // it is a headline's topic label ("दक्षिण सूडान: …"), no place of writing
  std::vector<ActorMention> out_;
  std::vector<Info> info_;
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> word_alias_;     // surname or org title → mention
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> family_alias_;   // East Asian family name → mention
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> bracket_alias_;  // एनसीपी → mention
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> first_alias_;  // a known person's first name → mention
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> title_alias_;  // role words → mention
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> name_alias_;   // an unknown full name → mention
  static constexpr int kMaxNameAlias = 4;
  std::unordered_map<const ActorEntry*, int> last_person_;
  mutable int slice_sentence_ = -1;            // the sentence slice_bytes_ indexes
  mutable std::vector<uint32_t> slice_bytes_;  // byte of each code point, then the size
};

}  // namespace

const char* MatchHowName(MatchHow how) {
  switch (how) {
    case MatchHow::kDirect: return "direct";
    case MatchHow::kCompound: return "compound";
    case MatchHow::kDate: return "date";
    case MatchHow::kCoreference: return "coreference";
    case MatchHow::kUnknown: return "unknown";
  }
  return "direct";
}

const char* ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kState: return "state";
    case ActorKind::kOrganisation: return "organisation";
    case ActorKind::kGroup: return "group";
    case ActorKind::kPerson: return "person";
    case ActorKind::kPronoun: return "pronoun";
  }
  return "state";
}

ActorRecognizer::ActorRecognizer(const ActorDictionary& dict, RecognizerOptions options)
    : dict_(dict), options_(std::move(options)) {}

std::vector<ActorMention> ActorRecognizer::Recognize(const Document& doc,
                                                     const std::vector<SentenceParse>& parses) const {
  Recognition r(*dict_.index_, options_, doc, parses);
  return r.Run();
}

}  // namespace ghatna
