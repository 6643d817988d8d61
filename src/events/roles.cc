// Role filling: the source and target of a pattern from the parse. A verb's
// roles are its arguments, named by their canonical marker (से, को, के साथ,
// का for the genitive object of a conjunct noun, bare for an unmarked
// object); its subject may be written, shared with a coordinated verb,
// controlled by the verb it complements, or dropped (the discourse model
// supplies it). An event noun's roles are its genitive modifiers, the
// postposition phrases right before it, a के बीच phrase of its clause and
// actors inside its own phrase (भारत-पाक वार्ता, अमेरिकी हमले).
#include <algorithm>
#include <iterator>

#include "events/frames.h"
#include "syntax/lexicon.h"

namespace ghatna::events {
namespace {

// Whether phrase `ph` is an argument of `pr` in role `role`.
bool HasArgument(const Predicate& pr, int ph, Role role) {
  for (const Argument& a : pr.args)
    if (a.phrase == ph && a.role == role) return true;
  return false;
}

// Whether genitive phrase `ph` is, or owns through its chain, an argument of
// predicate `pred` other than the one judged: another predicate's argument
// ("लोगों की निजी जानकारी सार्वजनिक करना … दखल है"), a marked one of `pred`'s
// own ("उनकी निजता में दखल") or its genitive object ("रोहिंग्या लोगों का
// जातीय सफ़ाया है"): who was wronged, not whose act is judged.
bool OwnsOtherArgument(const SentenceView& v, int ph, int pred) {
  const SentenceParse& parse = *v.parse;
  int top = ph;
  for (int guard = 0; guard < 8 && parse.phrases[top].genitive_of >= 0; ++guard) top = parse.phrases[top].genitive_of;
  if (top == ph) return HasArgument(parse.predicates[pred], ph, Role::kGenitiveObject);
  const int host = v.attached[top];
  if (host < 0) return false;
  if (host != pred) return true;
  return parse.phrases[top].postposition_first >= 0;  // (its own, not a conjunct's)
}

const std::string& GenitiveKey() {
  static const std::string* k = new std::string(MatchKey("का"));
  return *k;
}
const std::string& AnyGenitiveKey() {
  static const std::string* k = new std::string(MatchKey("का*"));
  return *k;
}
const std::string& BetweenKey() {
  static const std::string* k = new std::string(syntax_internal::CanonicalMarker("के बीच"));
  return *k;
}

// The mention that names `r` as a bare state (no demonym), which in a
// phrase or before its head often says where, not who ("बलूचिस्तान की दरगाह",
// "पेलोसी की ताइवान यात्रा"); else nullptr.
const ActorMention* BareStateMention(const Referent& r, const Discourse& d) {
  if (r.mention < 0) return nullptr;
  const ActorMention& m = d.mentions()[r.mention];
  return m.kind == ActorKind::kState && !m.demonym && m.code.size() == 3 ? &m : nullptr;
}

// A complaint or petition (शिकायत, तहरीर, आवेदन, अर्जी): what a case is
// registered on, naming the complainant.
bool IsComplaintNoun(std::string_view key) {
  static const KeySet kComplaint({"शिकायत", "तहरीर", "आवेदन", "अर्जी"});
  return kComplaint.Contains(key);
}

// The actors of a participle right before a noun phrase that describes
// it: "वेनेजुएला पर लगे प्रतिबंध", "सेना द्वारा किए गए उल्लंघन", "ब्रिटेन
// से आने वाली उड़ानें".
std::vector<Referent> ParticipleOwners(const SentenceView& v, const Discourse& d, int phrase) {
  std::vector<Referent> out;
  const Phrase& ph = v.parse->phrases[phrase];
  for (size_t q = 0; q < v.parse->predicates.size(); ++q) {
    const Predicate& pr = v.parse->predicates[q];
    if (pr.verb_form != "Part" || pr.tokens.empty()) continue;
    // A perfective, passive or intransitive participle describes its noun
    // ("भारत से आयात होने वाले सामान" are India's); an active one tells
    // what the noun does ("यूक्रेन को हथियार देने वाले देशों" are not
    // Ukraine's).
    // (Also coming from: "ब्रिटेन से आने वाली उड़ानों पर रोक" bans Britain's
    // flights.)
    static const KeySet kWala({"वाले", "वाली", "वाला"});
    const bool coming = pr.lemma == "आना" && pr.tokens.back() + 1 < v.size() && kWala.Contains(v.keys[pr.tokens.back() + 1]);
    const bool intransitive = std::string_view(pr.lemma).ends_with("होना") || coming;
    if (pr.aspect != "Perf" && pr.voice != Voice::kPassive && !intransitive) continue;
    if (pr.tokens.back() + 1 != ph.first && pr.tokens.back() + 2 != ph.first) continue;
    // "मंत्री को निचली अदालत से मिली सजा": what was given to someone is
    // the recipient's, not the giver's.
    bool recipient = false;
    for (const Argument& a : pr.args)
      if (v.marker[a.phrase] == MatchKey("को") && !PhraseActors(v, d, a.phrase).empty()) recipient = true;
    for (const Argument& a : pr.args) {
      if (a.role == Role::kSubject && pr.voice != Voice::kPassive) continue;
      if (recipient && v.marker[a.phrase] != MatchKey("को")) continue;
      // (Nor whom the act was aimed at: "मैक्रों पर … किए गए निजी हमलों की
      // निंदा" condemns the attacker, not Macron.)
      if (v.marker[a.phrase] == MatchKey("पर")) continue;
      AddUnique(PhraseActors(v, d, a.phrase), &out);
    }
  }
  return out;
}

// Nouns whose genitive owns what they stand for: "Y के इस कदम की निंदा"
// is a condemnation of Y. A phrase without an actor passes its role on to
// its genitive modifiers (two levels).
std::vector<Referent> OwnerActors(const SentenceView& v, const Discourse& d, int phrase, int depth) {
  std::vector<Referent> out;
  if (depth > 2 || phrase < 0) return out;
  // A complaint or petition on which something is done is its basis, not
  // its target: "मृतक के पिता की तहरीर पर … केस दर्ज किया" (the complainant).
  if (IsComplaintNoun(v.keys[v.parse->phrases[phrase].head]) && v.marker[phrase] == MatchKey("पर")) return out;
  // An actor inside the phrase, before its head: "अमेरिकी हमले की निंदा".
  // A place named inside ("पेलोसी की ताइवान यात्रा") is where, not who:
  // a genitive that names an actor comes first.
  const Phrase& ph = v.parse->phrases[phrase];
  bool place_inside = false;
  for (size_t m = 0; m < d.mentions().size(); ++m) {
    const ActorMention& am = d.mentions()[m];
    if (am.sentence != v.index || am.code.empty()) continue;
    if (am.first >= ph.first && am.last <= ph.head) {
      Referent r;
      r.code = am.code;
      r.mention = r.antecedent = static_cast<int>(m);
      r.kind = am.kind;
      AddUnique({r}, &out);
      place_inside |= am.kind == ActorKind::kState && !am.demonym && am.code.size() == 3;
    }
  }
  if (place_inside)
    for (int g : v.genitives[phrase]) {
      std::vector<Referent> owner = PhraseActors(v, d, g);
      if (!owner.empty()) return owner;
    }
  if (!out.empty()) return out;
  AddUnique(ParticipleOwners(v, d, phrase), &out);
  if (!out.empty()) return out;
  // (The genitive of an arrest, a killing or a dismissal is who suffered
  // it, not whose act it was: "हज़ारे की गिरफ्तारी के विरोध में" protests
  // against the arrest, not against Hazare; the act named again finds its
  // doer.)
  // (Not हिरासत, whose genitive is the holder: "पुलिस की हिरासत".)
  static const KeySet kSuffered({"गिरफ्तारी", "गिरफ़्तारी", "गिरफ्तारियों", "गिरफ़्तारियों", "हत्या", "हत्याओं",
                                 "फांसी", "फाँसी", "अपहरण", "निलंबन", "बर्खास्तगी", "बर्ख़ास्तगी", "निष्कासन"});
  if (kSuffered.Contains(v.keys[ph.head])) return out;
  for (int g : v.genitives[phrase]) {
    std::vector<Referent> r = PhraseActors(v, d, g);
    if (r.empty()) r = OwnerActors(v, d, g, depth + 1);
    AddUnique(r, &out);
  }
  return out;
}

// "विद्रोहियों के कब्ज़े वाले इलाक़े", "सऊदी अरब के नेतृत्व वाला गठबंधन":
// the genitive phrase of "X के <noun> वाला" before `phrase`, when <noun> is
// one of `nouns`, or the modifier itself when a word before its noun names
// the owner ("अमरीकी नेतृत्व वाले गठबंधन"); -1 when the phrase has no such
// modifier.
int WalaOwner(const SentenceView& v, int phrase, const KeySet& nouns) {
  static const KeySet kWala({"वाले", "वाली", "वाला"});
  if (phrase < 1) return -1;
  const Phrase& mod = v.parse->phrases[phrase - 1];
  if (!kWala.Contains(v.marker[phrase - 1]) || !nouns.Contains(v.keys[mod.head])) return -1;
  if (phrase >= 2 && v.marker[phrase - 2] == GenitiveKey()) return phrase - 2;
  return mod.first < mod.head ? phrase - 1 : -1;
}

// The actors of an argument phrase, or of its owner when it names none.
std::vector<Referent> ArgumentActors(const SentenceView& v, const Discourse& d, int phrase,
                                     bool owner_ok, std::vector<std::string>* rules) {
  std::vector<Referent> r = PhraseActors(v, d, phrase);
  // "पेलोसी की ताइवान यात्रा पर": a place named before the head is where the
  // act happens; its genitive says whose act it is.
  if (!r.empty() && owner_ok && !v.genitives[phrase].empty()) {
    const Phrase& ph = v.parse->phrases[phrase];
    bool places_only = true;
    for (const Referent& x : r) {
      const ActorMention* m = BareStateMention(x, d);
      places_only &= m != nullptr && m->last <= ph.head;
    }
    if (places_only) {
      std::vector<Referent> owner = OwnerActors(v, d, phrase, 0);
      if (!owner.empty()) {
        if (rules) rules->push_back("owner: the genitive of '" + v.sent->tokens[ph.head].text + "', not the place");
        return owner;
      }
    }
  }
  if (r.empty() && owner_ok) {
    r = OwnerActors(v, d, phrase, 0);
    if (!r.empty() && rules) rules->push_back("owner: the genitive of '" +
                                              v.sent->tokens[v.parse->phrases[phrase].head].text + "'");
  }
  // "विद्रोहियों के कब्ज़े वाले इलाक़ों पर बमबारी": the areas held by X are X's.
  static const KeySet kHeld({"कब्जे", "कब्ज़े", "नियंत्रण", "प्रभाव", "दबदबे", "गढ़"});
  if (const int holder = WalaOwner(v, phrase, kHeld); r.empty() && owner_ok && holder >= 0) {
    r = PhraseActors(v, d, holder);
    if (!r.empty() && rules) rules->push_back("owner: who holds '" + v.sent->tokens[v.parse->phrases[phrase].head].text + "'");
  }
  return r;
}

bool SameActors(const std::vector<Referent>& a, const std::vector<Referent>& b) {
  if (a.empty() || b.empty()) return false;
  for (const Referent& x : a) {
    bool found = false;
    for (const Referent& y : b) found |= x.code == y.code;
    if (!found) return false;
  }
  return true;
}

// The mention that names a referent: its antecedent for one resolved
// from a pronoun, an ellipsis or a quote's first person; else its own.
int NamingMention(const Referent& r) {
  const bool resolved = r.how == Resolution::kPronoun || r.how == Resolution::kEllipsis || r.how == Resolution::kQuote;
  if (resolved && r.antecedent >= 0) return r.antecedent;
  return r.mention >= 0 ? r.mention : r.antecedent;
}

// The dictionary entry that names a referent's person or body: the people
// part of a compound ("दिल्ली के मुख्यमंत्री अरविंद केजरीवाल"), else the
// whole entry; empty when it is not written.
std::string EntityEntry(const Referent& r, const Discourse& d) {
  const int m = NamingMention(r);
  if (m < 0 || m >= static_cast<int>(d.mentions().size())) return "";
  const std::string& entry = d.mentions()[m].entry;
  size_t start = 0;
  while (start <= entry.size()) {
    size_t end = entry.find('+', start);
    if (end == std::string::npos) end = entry.size();
    if (entry.compare(start, 6, "people") == 0) return entry.substr(start, end - start);
    start = end + 1;
  }
  return entry;
}

}  // namespace

void AddUnique(const std::vector<Referent>& from, std::vector<Referent>* to) {
  for (const Referent& r : from) {
    bool dup = false;
    for (const Referent& x : *to) dup |= x.code == r.code;
    if (!dup && !r.code.empty()) to->push_back(r);
  }
}

void SetTarget(std::vector<Referent> actors, int phrase, const std::string& role, std::string rule, Candidate* c) {
  c->target.actors = std::move(actors);
  c->target.phrase = phrase;
  c->target.role = role;
  c->rules.push_back(std::move(rule));
}

namespace {

enum class GovLevel { kUnknown, kNational, kSubnational };

// Whether a government mention names the national government or a
// state's (the actor stage reads it from the words).
GovLevel LevelOf(const Referent& r, const Discourse& d) {
  const int i = NamingMention(r);
  if (i < 0 || i >= static_cast<int>(d.mentions().size())) return GovLevel::kUnknown;
  const ActorMention& m = d.mentions()[i];
  if (m.national) return GovLevel::kNational;
  return m.subnational ? GovLevel::kSubnational : GovLevel::kUnknown;
}

}  // namespace

bool DistinctEntities(const Referent& a, const Referent& b, const Discourse& d) {
  // The Union and a state's government (both INDGOV) are two bodies.
  if (a.code == b.code && RoleCode(a.code) == "GOV") {
    const GovLevel la = LevelOf(a, d), lb = LevelOf(b, d);
    if (la != GovLevel::kUnknown && lb != GovLevel::kUnknown && la != lb) return true;
  }
  // Bodies of two places of one state are two bodies: "मिजोरम सरकार ने असम
  // सरकार से … की मांग की", "असम पुलिस और मिजोरम पुलिस" (compounds whose
  // place parts differ).
  {
    const int ia = NamingMention(a), ib = NamingMention(b);
    const int n = static_cast<int>(d.mentions().size());
    if (a.code == b.code && ia >= 0 && ib >= 0 && ia < n && ib < n) {
      const ActorMention& ma = d.mentions()[ia];
      const ActorMention& mb = d.mentions()[ib];
      // (The words before the same role word: मिजोरम, असम.)
      auto place = [](const ActorMention& m) {
        if (m.entry.find('+') == std::string::npos || m.role_text.empty() || !m.name.empty() ||
            !std::string_view(m.text).ends_with(m.role_text) || m.text.size() == m.role_text.size())
          return std::string();
        return MatchKey(m.text.substr(0, m.text.size() - m.role_text.size()));
      };
      const std::string qa = place(ma), qb = place(mb);
      if (!qa.empty() && !qb.empty() && qa != qb && MatchKey(ma.role_text) == MatchKey(mb.role_text)) return true;
    }
  }
  if (a.kind == ActorKind::kState || b.kind == ActorKind::kState) return false;
  // Two titles of which one is an office of its own are two people or
  // bodies, whatever state the context gave them: "सरकार ने राज्यपाल से
  // गुहार लगाई", "मुख्यमंत्री ने मुख्य सचिव को … कहा".
  {
    static const KeySet kOffice({"राज्यपाल", "उपराज्यपाल", "उप राज्यपाल", "मुख्य सचिव", "गृह सचिव", "मुख्यमंत्री",
                                 "प्रधानमंत्री", "राष्ट्रपति", "उपराष्ट्रपति", "मुख्य न्यायाधीश", "स्पीकर",
                                 "विधानसभा अध्यक्ष", "सभापति"});
    std::string title[2];
    int n = 0;
    for (const Referent* r : {&a, &b}) {
      const int i = NamingMention(*r);
      if (i >= 0 && i < static_cast<int>(d.mentions().size())) title[n] = MatchKey(d.mentions()[i].role_text);
      ++n;
    }
    // (Both offices, or an office and the government as a body; not an
    // office and its officials, "मुख्यमंत्री ने अफसरों को निर्देश दिए".)
    static const std::string kGovernment = MatchKey("सरकार");
    auto office = [&](const std::string& t) { return kOffice.Contains(t) || t == kGovernment; };
    if (!title[0].empty() && !title[1].empty() && title[0] != title[1] && office(title[0]) && office(title[1]) &&
        (kOffice.Contains(title[0]) || kOffice.Contains(title[1])))
      return true;
  }
  // A bare generic title or body takes its state from context, often the
  // other side's own ("ज़ेलेंस्की ने दुनिया के नेताओं से …", "सांतोस ने
  // सरकार के कदमों की जांच की"): not another body.
  static const KeySet kGeneric({"नेता", "नेताओं", "अधिकारी", "अधिकारियों", "अफसर", "अफसरों", "मंत्रियों",
                                "प्रवक्ता", "प्रवक्ताओं", "सरकार", "सरकारों", "प्रशासन", "मंत्रालय", "शासन", "हुकूमत",
                                // (A bare "पार्टी" is most often the speaker's own.)
                                "पार्टी", "दल"});
  for (const Referent* r : {&a, &b}) {
    const int i = NamingMention(*r);
    if (i < 0 || i >= static_cast<int>(d.mentions().size())) continue;
    const ActorMention& m = d.mentions()[i];
    if (!m.name.empty() || m.role_text.empty()) continue;
    // (The first or the last word: "अधिकारी", "केंद्रीय मंत्रियों".)
    const std::string first = m.role_text.substr(0, m.role_text.find(' '));
    const std::string last = m.role_text.substr(m.role_text.rfind(' ') + 1);
    if (kGeneric.Contains(MatchKey(first)) || kGeneric.Contains(MatchKey(last))) return false;
  }
  // (A subject resolved from a pronoun, an ellipsis or a quote's first
  // person counts by the mention it stands for: "ममता … । उन्होंने केंद्र
  // सरकार की आलोचना की". Not a possessive or object pronoun: "सुप्रीम कोर्ट ने
  // उसकी अपील को खारिज किया" is too often resolved to the subject itself.)
  static const KeySet kSubjectPronoun({"उन्होंने", "उसने", "इन्होंने", "इसने", "वह", "वे", "वो", "मैंने", "हमने",
                                       "मैं", "हम"});
  // (Political office holders only: "उसने लोगों को घायल किया" is not two
  // groups of civilians.)
  auto identified = [&](const Referent& r) {
    if (r.how == Resolution::kNamed || r.how == Resolution::kTitle) return true;
    const std::string role = RoleCode(r.code);
    if (r.antecedent < 0 || !(role == "GOV" || role == "OPP" || role == "PTY" || role == "LEG" || role == "JUD"))
      return false;
    if (r.how == Resolution::kEllipsis) return true;
    if (r.how != Resolution::kPronoun && r.how != Resolution::kQuote) return false;
    return r.mention >= 0 && r.mention < static_cast<int>(d.mentions().size()) &&
           kSubjectPronoun.Contains(MatchKey(d.mentions()[r.mention].text));
  };
  if (!identified(a) || !identified(b)) return false;
  const std::string x = EntityEntry(a, d), y = EntityEntry(b, d);
  return !x.empty() && !y.empty() && x != y;
}

// As RemoveActorsOf, keeping a referent of the same code that is another
// person or body (DistinctEntities).
void RemoveSameEntities(const std::vector<Referent>& remove, const Discourse& d,
                        std::vector<Referent>* from) {
  from->erase(std::remove_if(from->begin(), from->end(),
                             [&](const Referent& r) {
                               for (const Referent& x : remove)
                                 if (x.code == r.code && !DistinctEntities(x, r, d)) return true;
                               return false;
                             }),
              from->end());
}

namespace {

void RemoveActors(const std::vector<Referent>& remove, std::vector<Referent>* from) {
  from->erase(std::remove_if(from->begin(), from->end(),
                             [&](const Referent& r) {
                               for (const Referent& x : remove)
                                 if (x.code == r.code) return true;
                               return false;
                             }),
              from->end());
}

// Whether phrase `ph` is the target of the event noun right after it, not
// of the predicate: "भारतीय संसद पर | हमले के बाद पाकिस्तान ने प्रतिबंध
// लगा दिया" (the attack's target; the noun has its own postposition and is
// not the predicate's conjunct noun).
bool OwnedByNextNoun(const SentenceView& v, const Predicate& pr, int ph) {
  // (A पर or के खिलाफ phrase: what an attack is made on.)
  static const std::string kOn = MatchKey("पर");
  static const std::string kAgainst = syntax_internal::CanonicalMarker("के खिलाफ");
  // (Or a से phrase: whom a talk is with, "… ने टीवी चैनल से बातचीत में
  // ओआईसी से … की मांग की" demands of the OIC.)
  static const std::string kWith = MatchKey("से");
  const bool with = v.marker[ph] == kWith;
  int next = ph + 1;
  const int phrases = static_cast<int>(v.parse->phrases.size());
  // "चीन के साथ जारी तनाव के बीच … ने बैठक की": the side of a tension, a
  // dispute or talks going on (जारी) is that noun's, not the verb's.
  // (Also past where it goes on, "चीन के साथ सीमा पर जारी तनाव के बीच", and
  // a tension named with के बीच without जारी, "चीन के साथ तनाव के बीच".)
  static const std::string kAlong = syntax_internal::CanonicalMarker("के साथ");
  static const KeySet kTension({"तनाव", "विवाद", "गतिरोध", "टकराव", "तनातनी"});
  if (with || v.marker[ph] == kAlong) {
    int gap = v.parse->phrases[ph].last;
    for (int k = next; k < phrases && k <= next + 1; ++k) {
      const Phrase& q = v.parse->phrases[k];
      if (q.first > gap + 2 || q.first >= v.size() || v.marker[k].empty()) break;
      if (v.keys[q.first] == MatchKey("जारी") && q.head > q.first) return true;
      if (v.marker[k] == BetweenKey() && kTension.Contains(v.keys[q.head])) return true;
      // (A place, "सीमा पर", may stand between.)
      if ((v.marker[k] != MatchKey("पर") && v.marker[k] != MatchKey("में")) || q.last - q.first > 2) break;
      gap = q.last + (q.postposition_last > q.last ? q.postposition_last - q.last : 0);
    }
  }
  if (v.marker[ph] != kOn && v.marker[ph] != kAgainst && !with) return false;
  if (next >= phrases) return false;
  static const KeySet kGen({"का", "की", "के"});
  // (Past a date's genitive: "संसद पर 13 दिसंबर के हमले के बाद".)
  static const KeySet kMonth({"जनवरी", "फरवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
                              "सितम्बर", "अक्टूबर", "अक्तूबर", "नवंबर", "नवम्बर", "दिसंबर", "दिसम्बर"});
  if (kGen.Contains(v.marker[next]) && next + 1 < phrases &&
      v.parse->phrases[next].first == v.parse->phrases[ph].last + 1) {
    const Phrase& date = v.parse->phrases[next];
    bool is_date = false;
    for (int k = date.first; k < date.last && k < v.size(); ++k) is_date |= kMonth.Contains(v.keys[k]);
    if (is_date && v.parse->phrases[next + 1].first == date.last + 1) ++next;
  }
  const Phrase& n = v.parse->phrases[next];
  const int before = next == ph + 1 ? v.parse->phrases[ph].last : v.parse->phrases[next - 1].last;
  if (n.first != before + 1 || v.marker[next].empty()) return false;
  // (Only an adjunct: "अमेरिका पर हमले की धमकी दी" threatens America.)
  if (kGen.Contains(v.marker[next])) return false;
  if (pr.noun >= 0 && pr.noun >= n.first && pr.noun < n.last) return false;
  if (!pr.tokens.empty() && n.last > pr.tokens.front()) return false;
  static const KeySet kAttack({"हमले", "हमलों", "हमला", "आक्रमण", "हमलावरों", "बमबारी", "गोलीबारी", "गोलाबारी"});
  static const KeySet kTalk({"बातचीत", "बात", "मुलाकात", "मुलाक़ात", "भेंट", "चर्चा", "वार्ता", "साक्षात्कार",
                             "इंटरव्यू"});
  if (!(with ? kTalk : kAttack).Contains(v.keys[n.head])) return false;
  // (Only when the predicate has another phrase of that marker for its
  // own: "ईरान ने अमरीका पर हमले में इज़राइल की मदद का आरोप लगाया"
  // accuses America.)
  for (const Argument& a : pr.args)
    if (a.phrase != ph && v.marker[a.phrase] == v.marker[ph]) return true;
  return false;
}

// The phrases the predicate's args hold, with `key` as canonical marker
// (or the special keys), in text order.
std::vector<int> ArgsWithRole(const SentenceView& v, const Predicate& pr, const std::string& key,
                              bool bare_objects = true) {
  std::vector<int> out;
  static const std::string kKo = MatchKey("को"), kSe = MatchKey("से");
  // A passive's unmarked patient anywhere, unless it has a को phrase ("एक
  // पत्रकार जुबैर अहमद खान को गिरफ्तार किया गया": the को phrase).
  bool marked_ko = false;
  for (const Argument& a : pr.args) marked_ko |= v.marker[a.phrase] == kKo;
  const bool passive_patient = pr.voice == Voice::kPassive && !marked_ko;
  for (const Argument& a : pr.args) {
    const std::string& m = v.marker[a.phrase];
    if (key == GenitiveKey()) {
      // The genitive object of a conjunct noun (Y की आलोचना की), or the
      // genitive of a direct object (Y का जखीरा जब्त किया).
      if (a.role == Role::kGenitiveObject) out.push_back(a.phrase);
      else if (a.role == Role::kObject && !v.genitives[a.phrase].empty())
        for (int g : v.genitives[a.phrase]) out.push_back(g);
    } else if (key == kBareRole) {
      if (m.empty() && a.role == Role::kObject) out.push_back(a.phrase);
    } else if (m == key && a.role != Role::kSubject) {
      // (Land is where from, never whom with: "भारत और चीन डोकलाम इलाक़े से
      // … सैनिकों को हटाने पर सहमत हो गए".)
      static const KeySet kArea({"इलाका", "इलाके", "इलाक़े", "इलाकों", "इलाक़ों", "क्षेत्र", "क्षेत्रों", "शहर",
                                 "शहरों", "गांव", "गांवों", "जिले", "ज़िले", "जिलों", "प्रांत", "प्रांतों",
                                 // ("गलवान घाटी से चीनी सैनिकों की वापसी की मांग": whence.)
                                 "घाटी", "घाटियों", "झील", "पहाड़ी", "पहाड़ियों", "चौकी", "चौकियों", "मोर्चे",
                                 "मोर्चों", "सीमा", "सीमाओं", "पट्टी", "बस्ती", "बस्तियों", "द्वीप", "द्वीपों"});
      const Phrase& ph = v.parse->phrases[a.phrase];
      if (key == kSe && ph.head == ph.last - 1 && kArea.Contains(v.keys[ph.head])) continue;
      if (!OwnedByNextNoun(v, pr, a.phrase)) out.push_back(a.phrase);
    } else if (bare_objects && key == kKo && m.empty() && a.role == Role::kObject &&
               (v.parse->phrases[a.phrase].last >= pr.tokens.front() - 1 || passive_patient)) {
      // Hindi marks a direct object with को or not by definiteness: "X ने
      // Y की पेशकश ठुकरा दी", "800 उग्रवादी रिहा किए गए" (the object right
      // before its verb; anywhere for a passive, whose patient is its
      // grammatical subject: "Y … X द्वारा मार डाले गए").
      out.push_back(a.phrase);
    }
  }
  return out;
}

// An infinitive that says when (… करने के बाद, … करने से पहले, … के दौरान).
bool IsTemporalInfinitive(const Predicate& pr) {
  static const std::string kWhen[] = {
      syntax_internal::CanonicalMarker("के बाद"), syntax_internal::CanonicalMarker("के पश्चात"),
      syntax_internal::CanonicalMarker("के उपरांत"), syntax_internal::CanonicalMarker("से पहले"),
      syntax_internal::CanonicalMarker("के पहले"), syntax_internal::CanonicalMarker("के दौरान")};
  return !pr.marker.empty() &&
         std::find(std::begin(kWhen), std::end(kWhen), syntax_internal::CanonicalMarker(pr.marker)) != std::end(kWhen);
}

// The को phrases of a verb of asking (कहना) that name who is asked: marked,
// and before an infinitive of purpose (के लिए, को) the verb governs.
std::vector<int> AskedWithKo(const SentenceView& v, const Predicate& pr, int index) {
  static const KeySet kPurpose({"के लिए", "के लिये", "को"});
  int purpose = -1;
  for (int c : ComplementsOf(*v.parse, index)) {
    const Predicate& comp = v.parse->predicates[c];
    if (kPurpose.Contains(MatchKey(comp.marker)) && !comp.tokens.empty())
      purpose = std::max(purpose, comp.tokens.front());
  }
  std::vector<int> out;
  if (purpose < 0) return out;
  for (int ph : ArgsWithRole(v, pr, MatchKey("को"), false))
    if (v.parse->phrases[ph].last <= purpose) out.push_back(ph);
  return out;
}

// Phrases an event noun governs: its genitive modifiers ("का"), and the
// postposition phrases right before it (पाकिस्तान पर हमला, भारत के खिलाफ
// संघर्ष), up to three, not crossing a verb or a subject.
std::vector<std::pair<int, std::string>> NounArguments(const SentenceView& v, int phrase) {
  std::vector<std::pair<int, std::string>> out;
  const SentenceParse& parse = *v.parse;
  for (int g : v.genitives[phrase]) {
    out.push_back({g, GenitiveKey()});
    // A coordination of genitives: "A और B की बैठक".
    const int c = parse.phrases[g].coordination;
    if (c >= 0)
      for (size_t k = 0; k < parse.phrases.size(); ++k)
        if (static_cast<int>(k) != g && parse.phrases[k].coordination == c)
          out.push_back({static_cast<int>(k), GenitiveKey()});
  }
  int at = parse.phrases[phrase].first;
  for (int steps = 0; steps < 3 && at > 0; ++steps) {
    int t = at - 1;
    // Adjectives and particles between (पाकिस्तान पर भीषण हमला).
    while (t >= 0 && v.phrase_of[t] < 0 && v.pred_of[t] < 0 &&
           v.sent->tokens[t].kind == TokenKind::kWord && at - t <= 2)
      --t;
    // "इराक पर हुए अमेरिकी हमले", "सेना द्वारा किए गए हमले": the
    // arguments of the participle that introduces the noun are the noun's.
    if (t >= 0 && v.pred_of[t] >= 0 && parse.predicates[v.pred_of[t]].verb_form == "Part") {
      for (const Argument& a : parse.predicates[v.pred_of[t]].args) {
        const std::string& m = v.marker[a.phrase];
        if (!m.empty() && m != MatchKey("ने") && m != GenitiveKey()) out.push_back({a.phrase, m});
      }
      break;
    }
    if (t < 0 || v.phrase_of[t] < 0) break;
    const int k = v.phrase_of[t];
    const std::string& m = v.marker[k];
    // (Past a day or date in को: "… के ठिकानों पर रविवार को भी हमले जारी
    // रखे".)
    if (m == MatchKey("को") && syntax_internal::FactsOf(v.keys[parse.phrases[k].head]).time_noun) {
      at = parse.phrases[k].first;
      continue;
    }
    if (m.empty() || m == MatchKey("ने") || m == MatchKey("को")) break;
    if (m != GenitiveKey()) out.push_back({k, m});
    // "राहुल का मोदी सरकार पर हमला", "अमेरिका का चीन पर आरोप": a direct-case
    // का before a postposition phrase cannot qualify that oblique phrase
    // (which would take के or की): it is the noun's own genitive.
    // (So is a की before an oblique plural, which would take के: "सेना की
    // आतंकियों के साथ मुठभेड़ में".)
    const std::string_view stepped = v.keys[parse.phrases[v.phrase_of[at]].head];
    const bool oblique_plural = stepped.size() > 6 && stepped.ends_with("ों");
    if (m == GenitiveKey() && steps > 0 && parse.phrases[k].last < v.size() &&
        (v.keys[parse.phrases[k].last] == MatchKey("का") ||
         (v.keys[parse.phrases[k].last] == MatchKey("की") && oblique_plural)))
      out.push_back({k, GenitiveKey()});
    at = parse.phrases[k].first;
    // A coordination is one step: "सीरिया पर अमरीका, ब्रिटेन और फ़्रांस
    // का मिसाइल हमला" reaches सीरिया पर past all three conjuncts.
    if (parse.phrases[k].coordination >= 0)
      for (const Phrase& q : parse.phrases)
        if (q.coordination == parse.phrases[k].coordination) at = std::min(at, q.first);
  }
  // A के बीच phrase earlier in the clause (A और B के बीच सीमा पर झड़प हुई).
  const int head = parse.phrases[phrase].head;
  for (size_t k = 0; k < parse.phrases.size(); ++k) {
    const Phrase& ph = parse.phrases[k];
    if (ph.last > parse.phrases[phrase].first || head - ph.last > 14) continue;
    if (v.marker[k] == BetweenKey()) out.push_back({static_cast<int>(k), BetweenKey()});
  }
  return out;
}

// The actors of an event noun's argument phrase; a postposition phrase
// that names none is its owner's, when the owner is an actor and not a
// place: "हूती विद्रोहियों के ठिकानों पर हवाई हमले", "सेना के कैंप पर हमला"
// (but "बलूचिस्तान की दरगाह पर हमला" is where, and "एफबीआई की तर्ज पर"
// is a manner).
std::vector<Referent> NounArgumentActors(const SentenceView& v, const Discourse& d, int phrase) {
  std::vector<Referent> r = PhraseActors(v, d, phrase);
  if (!r.empty() || v.marker[phrase] == GenitiveKey()) return r;
  static const KeySet kManner({"तर्ज", "आधार", "बल", "दम", "तौर", "भरोसे", "नाम", "इशारे", "कहने", "बात",
                               "मुद्दे", "सवाल", "मामले", "शिकायत", "आरोप", "निर्देश", "आदेश", "मौजूदगी",
                               "उपस्थिति", "वजह", "कारण", "मदद", "सहयोग"});
  if (kManner.Contains(v.keys[v.parse->phrases[phrase].head])) return r;
  // (Between the things of two sides, their owners are the sides, states
  // too: "चीन और वियतनाम के जहाजों के बीच टकराव"; PhraseActors gives both
  // conjuncts of a coordinated genitive.)
  const bool between = v.marker[phrase] == BetweenKey();
  for (int g : v.genitives[phrase]) {
    std::vector<Referent> owner = PhraseActors(v, d, g);
    bool place = !owner.empty() && !between;
    for (const Referent& x : owner) place &= BareStateMention(x, d) != nullptr;
    if (!place) AddUnique(owner, &r);
  }
  return r;
}

// Actors inside the event noun's own phrase, before the noun: भारत-पाक
// वार्ता, अमेरिकी हमले, भारत दौरा.
std::vector<Referent> InPhraseActors(const SentenceView& v, const Discourse& d, const Trigger& t) {
  std::vector<Referent> out;
  const Phrase& ph = v.parse->phrases[t.phrase];
  for (size_t m = 0; m < d.mentions().size(); ++m) {
    const ActorMention& am = d.mentions()[m];
    if (am.sentence != v.index || am.code.empty()) continue;
    // (A mention may begin before the phrase and end inside it: "हिजबुल
    // मुजाहिदीन के दो आतंकी गिरफ्तार".)
    if (am.last > ph.first && am.last <= t.first) {
      Referent r;
      r.code = am.code;
      r.mention = r.antecedent = static_cast<int>(m);
      r.kind = am.kind;
      AddUnique({r}, &out);
    }
  }
  return out;
}

// A predicate whose verb is होना (or चलना, a continuing event) with a
// conjunct event noun: बैठक हुई, बातचीत चल रही है, सहमति बनी.
bool IsIntransitiveEventVerb(const Predicate& pr) {
  if (pr.noun < 0) return false;
  const std::string& l = pr.lemma;
  for (const char* v : {"होना", "चलना", "शुरू होना", "छिड़ना", "बनना"}) {
    const std::string sv = v;
    if (l.size() >= sv.size() && l.compare(l.size() - sv.size(), sv.size(), sv) == 0) return true;
  }
  return false;
}

// एक दूसरे, एक-दूसरे, परस्पर among the predicate's or its complements'
// arguments.
bool HasReciprocal(const SentenceView& v, const Predicate& pr, int index) {
  static const std::string kEachOther = MatchKey("एक-दूसरे"), kMutual = MatchKey("परस्पर"),
                           kOther = MatchKey("दूसरे"), kOne = MatchKey("एक");
  auto check = [&](const Predicate& q) {
    for (const Argument& a : q.args) {
      const Phrase& ph = v.parse->phrases[a.phrase];
      for (int t = ph.first; t < ph.last && t < v.size(); ++t) {
        const std::string_view k = v.keys[t];
        if (k == kEachOther || k == kMutual) return true;
        // एक दूसरे, or एक - दूसरे as the tokeniser splits एक-दूसरे.
        if (k == kOther && ((t > 0 && v.keys[t - 1] == kOne) ||
                            (t > 1 && v.keys[t - 1] == "-" && v.keys[t - 2] == kOne)))
          return true;
      }
    }
    return false;
  };
  if (check(pr)) return true;
  for (int c : ComplementsOf(*v.parse, index))
    if (check(v.parse->predicates[c])) return true;
  return false;
}

// A refusal to do something (X ने माफी मांगने से इनकार कर दिया): a
// rejection (root 12) that governs an infinitive.
bool RefusesToDo(const SentenceParse& parse, const Pattern& p, int predicate) {
  return p.code.rfind("12", 0) == 0 && predicate >= 0 && !ComplementsOf(parse, predicate).empty();
}

bool IsConflictCode(const std::string& code) {
  if (code.size() < 2) return false;
  const int root = std::stoi(code.substr(0, 2));
  return root >= 15 && root <= 20;
}

// The victims a sentence reports (casualties.tsv): "… हमले में 11 सैनिकों
// की मौत हो गई, जबकि 13 लोग घायल हो गए", with the phrases joined to them
// by समेत or सहित ("तीन चीनी नागरिक समेत दो सुरक्षाकर्मी"). `*pluperfect`,
// when asked for, says every clause that reports them is pluperfect ("… हमले में 166 लोग
// मारे गए थे"): victims recalled as background, not reported as news.
std::vector<Referent> VictimActors(const SentenceView& v, const Discourse& d, const Lexicon& lex,
                                   int* first_phrase, bool* pluperfect = nullptr) {
  std::vector<Referent> included, total;
  *first_phrase = -1;
  const SentenceParse& parse = *v.parse;
  static const std::string kIncluding[] = {MatchKey("समेत"), MatchKey("सहित")};
  // (A victim of a clause that is not pluperfect makes them news.)
  bool any = false, current = false;
  auto add = [&](const Predicate& pr, const std::vector<Referent>& actors, std::vector<Referent>* to) {
    static const KeySet kWas({"था", "थे", "थी", "थीं"});
    AddUnique(actors, to);
    any = true;
    current |= std::none_of(pr.tokens.begin(), pr.tokens.end(),
                            [&](int k) { return k > pr.head && kWas.Contains(v.keys[k]); });
  };
  for (const Predicate& pr : parse.predicates) {
    if (pr.negated) continue;
    // "पांच जवानों की जान चली गई": lives gone (जाना, चलना with जान as its
    // subject) are the genitive's.
    static const KeySet kGo({"जाना", "चलना", "चले जाना"});
    static const KeySet kLife({"जान", "जानें"});
    if (kGo.Contains(MatchKey(pr.lemma)))
      for (const Argument& a : pr.args) {
        if (a.role != Role::kSubject || !kLife.Contains(v.keys[parse.phrases[a.phrase].head])) continue;
        for (int g : v.genitives[a.phrase]) {
          std::vector<Referent> actors = PhraseActors(v, d, g);
          if (actors.empty()) continue;
          if (*first_phrase < 0) *first_phrase = g;
          add(pr, actors, &total);
        }
      }
    const std::string* roles = lex.VictimRole(MatchKey(pr.lemma), pr.voice == Voice::kPassive);
    if (roles == nullptr) continue;
    for (const Argument& a : pr.args) {
      const std::string& m = v.marker[a.phrase];
      bool victim = m == kIncluding[0] || m == kIncluding[1];
      size_t at = 0;
      while (!victim && at <= roles->size()) {
        size_t bar = roles->find('|', at);
        if (bar == std::string::npos) bar = roles->size();
        const std::string_view r = std::string_view(*roles).substr(at, bar - at);
        victim = (r == "subj" && a.role == Role::kSubject) || (r == "obj" && a.role == Role::kObject && m.empty()) ||
                 (r == "का" && a.role == Role::kGenitiveObject);
        at = bar + 1;
      }
      if (!victim) continue;
      std::vector<Referent> actors = PhraseActors(v, d, a.phrase);
      if (actors.empty()) continue;
      if (*first_phrase < 0) *first_phrase = a.phrase;
      const bool part = m == kIncluding[0] || m == kIncluding[1];
      add(pr, actors, part ? &included : &total);
    }
    // "20 लोगों के मारे जाने की खबर है": an infinitive's subject is the
    // genitive right before it, when a report (खबर, सूचना) governs it.
    static const KeySet kReport({"खबर", "खबरें", "सूचना", "समाचार"});
    // (Not "हताहत होने की खबर नहीं है": no report of victims.)
    const bool reported = pr.verb_form == "Inf" && pr.complement_of >= 0 &&
                          !parse.predicates[pr.complement_of].negated &&
                          [&] {
                            const Predicate& gov = parse.predicates[pr.complement_of];
                            for (const Argument& a : gov.args)
                              if (kReport.Contains(v.keys[parse.phrases[a.phrase].head])) return true;
                            return gov.noun >= 0 && kReport.Contains(v.keys[gov.noun]);
                          }();
    if (reported && !pr.tokens.empty() && roles->find("subj") != std::string::npos) {
      for (size_t k = 0; k < parse.phrases.size(); ++k) {
        const Phrase& ph = parse.phrases[k];
        if (v.marker[k] != GenitiveKey() || ph.last + 1 != pr.tokens.front()) continue;
        std::vector<Referent> actors = PhraseActors(v, d, static_cast<int>(k));
        if (actors.empty()) continue;
        if (*first_phrase < 0) *first_phrase = static_cast<int>(k);
        add(pr, actors, &total);
      }
    }
  }
  if (pluperfect != nullptr) *pluperfect = any && !current;
  // "एक पुलिसकर्मी सहित 19 लोग घायल": the civilians of the total are the
  // people named as its part, not more victims.
  if (!included.empty())
    total.erase(std::remove_if(total.begin(), total.end(),
                               [](const Referent& r) { return RoleCode(r.code) == "CVL"; }),
                total.end());
  std::vector<Referent> out = included;
  AddUnique(total, &out);
  return out;
}

// Where a datelined story happens: the place its lead names, else its
// dateline's state; "" for an article without a dateline (an editorial
// ranges too widely for its lead to place anything).
std::string StoryPlace(const Discourse& d) {
  std::string lead, dateline;
  for (const ActorMention& m : d.mentions()) {
    if (m.sentence > 2) break;
    if (m.dateline) dateline = Principal(m.code);
    else if (m.place && lead.empty()) lead = Principal(m.code);
  }
  if (dateline.empty()) return "";
  return lead.empty() ? dateline : lead;
}

// The agent a passive or a headline noun does not name, with the role the
// pattern gives (agent=COP: the police): of the state where the sentence
// says it happened ("मुंबई में लश्कर के तीन आतंकी गिरफ्तार": IND), else of the dateline's state, else of
// the first target's state. False when neither is known.
bool ImpliedAgent(const SentenceView& v, const Discourse& d, const Pattern& p, Candidate* c) {
  std::string place = PlacePrincipal(v, d);
  // ("उन्हें बलूचिस्तान से गिरफ़्तार किया गया": a place right before से and
  // the trigger is where it happened.)
  if (place.empty() && c->trigger != nullptr && c->trigger->first >= 2 &&
      v.keys[c->trigger->first - 1] == MatchKey("से"))
    for (const ActorMention& m : d.mentions())
      if (m.sentence == v.index && m.kind == ActorKind::kState && m.code.size() == 3 &&
          m.last == c->trigger->first - 1)
        place = m.code;
  // (Else the place the lead names, then the dateline's: "नई दिल्ली। … के
  // आरोप में गिरफ्तार जैश के सदस्य मोहम्मद अफजल ने …" was arrested by
  // India's police, not Pakistan's; a desk dateline does not override a
  // lead that places the story abroad.)
  if (place.empty()) place = StoryPlace(d);
  for (const Referent& r : c->target.actors) {
    std::string principal = Principal(r.code);
    if (principal.size() != 3 || r.code.rfind("IGO", 0) == 0 || r.code.rfind("NGO", 0) == 0) continue;
    // A state itself is not acted on by its own police or government
    // ("ईरान पर प्रतिबंध लगाया गया" is by others).
    if (r.code.size() == 3) continue;
    if (!place.empty()) principal = place;
    Referent a;
    a.code = principal + p.implied_agent;
    a.how = Resolution::kImplied;  // no mention names it: the trigger stands for it
    a.kind = ActorKind::kOrganisation;
    c->source.actors = {a};
    c->source.role = "implied";
    c->rules.push_back("source: the agent the text does not name: " + a.code);
    return true;
  }
  return false;
}

// "Y से कहा कि वह … रोके": the predicate governs a कि-clause that says
// what is asked (a subjunctive the reality rules read as a wish).
bool AsksInClause(const SentenceView& v, int governor) {
  const SentenceParse& parse = *v.parse;
  for (size_t q = 0; q < parse.predicates.size(); ++q) {
    const Predicate& e = parse.predicates[q];
    if (e.verb_form != "Fin" || e.clause < 0 || e.clause >= static_cast<int>(parse.clauses.size())) continue;
    if (parse.clauses[e.clause].type != ClauseType::kComplement) continue;
    Trigger tq;
    tq.predicate = static_cast<int>(q);
    tq.first = e.tokens.front();
    tq.last = e.head + 1;
    const Modality m = ModalityOf(v, tq);
    if (m.speech_governor == governor && m.wish) return true;
  }
  return false;
}

// A phrase headed by an attack noun (हमले, विस्फोट): a row of nouns.tsv in
// roots 18-20 whose noun ends at its head.
bool IsAttackNoun(const SentenceView& v, const Lexicon& lex, int phrase) {
  std::vector<std::pair<int, int>> cands;
  lex.NounCandidates(v.keys[v.parse->phrases[phrase].head], &cands);
  for (const auto& [pid, alt] : cands)
    if (IsViolentCode(lex.patterns()[pid].code)) return true;
  return false;
}

}  // namespace

// Where the sentence says something happened: a state or a place of one
// named right before में or स्थित, or as the genitive of such a phrase
// ("पाकिस्तान के बलूचिस्तान प्रांत में", "अफगानिस्तान के जलालाबाद शहर
// स्थित").
std::string PlacePrincipal(const SentenceView& v, const Discourse& d) {
  static const std::string kIn = MatchKey("में");
  static const std::string kSituated = MatchKey("स्थित");
  static const std::string kOf = MatchKey("के");
  for (const ActorMention& m : d.mentions()) {
    if (m.sentence != v.index || m.kind != ActorKind::kState || m.code.size() != 3) continue;
    int k = m.last;
    if (k < v.size() && v.keys[k] == kOf) {
      // Up to four words of the place phrase the genitive belongs to.
      for (int j = k + 1; j < v.size() && j <= k + 5; ++j) {
        if (v.keys[j] == kIn || v.keys[j] == kSituated) return m.code;
        if (v.phrase_of[j] < 0 || v.pred_of[j] >= 0) break;
      }
      continue;
    }
    // The place name may be followed by its kind (जलालाबाद शहर में).
    // (Not the seat of a source the sentence cites: "ब्रिटेन स्थित संस्था
    // सीरियन ऑब्ज़र्वेटरी … के मुताबिक़".)
    static const KeySet kAccording({"मुताबिक", "मुताबिक़", "अनुसार"});
    auto cited = [&](int j) {
      for (int i = j + 1; i < v.size() && i <= j + 10; ++i) {
        if (kAccording.Contains(v.keys[i])) return true;
        if (v.pred_of[i] >= 0) break;
      }
      return false;
    };
    for (int j = k; j < v.size() && j <= k + 2; ++j) {
      if (v.keys[j] == kIn || (v.keys[j] == kSituated && !cited(j))) return m.code;
      if (v.pred_of[j] >= 0) break;
    }
  }
  return "";
}

bool IsElectionNoun(std::string_view key) {
  static const KeySet kElection({"चुनाव", "चुनावों", "नतीजे", "नतीजों", "परिणाम", "परिणामों", "मतदान", "जनमत-संग्रह"});
  return kElection.Contains(key);
}

bool IsAuthorityRole(std::string_view role) {
  return role == "GOV" || role == "MIL" || role == "COP" || role == "SPY";
}

bool IsAidCode(const std::string& code) {
  return code.rfind("07", 0) == 0 || code.rfind("033", 0) == 0;
}

bool IsViolentCode(const std::string& code) {
  if (code.size() < 2) return false;
  return (code[0] == '1' && (code[1] == '8' || code[1] == '9')) || (code[0] == '2' && code[1] == '0');
}

void RemoveActorsOf(const std::vector<Referent>& remove, std::vector<Referent>* from) {
  RemoveActors(remove, from);
}

std::string Principal(const std::string& code) {
  if (code.rfind("IGO", 0) == 0 || code.rfind("NGO", 0) == 0) return code.substr(0, std::min<size_t>(6, code.size()));
  return code.substr(0, std::min<size_t>(3, code.size()));
}

std::string RoleCode(const std::string& code) {
  if (code.rfind("IGO", 0) == 0 || code.rfind("NGO", 0) == 0 || code.size() < 6) return "";
  return code.substr(3, 3);
}

namespace {

// Whether a phrase names two sides: a coordination ("दलितों और मराठा समुदाय
// के लोगों") or a plural counted as two ("दो समुदायों", "दोनों गुटों").
// A coordination counts only when each of its conjuncts names an actor of
// the same code: "सुरक्षा बलों और प्रबुद्ध वर्ग के लोगों के बीच" with the
// forces unrecognised is not two crowds.
bool TwoSides(const SentenceView& v, const Discourse& d, int phrase) {
  // (The last conjunct of owners may name its actor only with the head:
  // "मराठा समुदाय के लोगों".)
  auto same_code_conjuncts = [&](int c, int head_phrase) {
    std::string code;
    int n = 0, last = -1;
    for (size_t k = 0; k < v.parse->phrases.size(); ++k)
      if (v.parse->phrases[k].coordination == c) last = static_cast<int>(k);
    for (int k = 0; k <= last; ++k) {
      if (v.parse->phrases[k].coordination != c) continue;
      const std::vector<Referent>* r = &d.PhraseReferents(v.index, k);
      if (r->empty() && k == last && head_phrase >= 0) r = &d.PhraseReferents(v.index, head_phrase);
      if (r->size() != 1 || (!code.empty() && (*r)[0].code != code)) return false;
      code = (*r)[0].code;
      ++n;
    }
    return n >= 2;
  };
  const Phrase& ph = v.parse->phrases[phrase];
  if (ph.coordination >= 0) return same_code_conjuncts(ph.coordination, -1);
  // (Or its owners: "[दलितों] और [मराठा समुदाय] के लोगों के बीच".)
  for (int g : v.genitives[phrase])
    if (v.parse->phrases[g].coordination >= 0) return same_code_conjuncts(v.parse->phrases[g].coordination, phrase);
  static const KeySet kTwo({"दो", "दोनों", "2"});
  for (int k = std::max(0, ph.first - 1); k < ph.head && k < v.size(); ++k)
    if (kTwo.Contains(v.keys[k])) return true;
  return false;
}

// Whether token `k` lies inside a quote (direct speech), at any depth.
bool InQuote(const SentenceParse& parse, int k) {
  for (const Clause& cl : parse.clauses)
    if (cl.type == ClauseType::kQuote && cl.first <= k && k < cl.last) return true;
  return false;
}

}  // namespace

std::vector<Referent> PhraseActors(const SentenceView& v, const Discourse& d, int phrase) {
  std::vector<Referent> out;
  if (phrase < 0 || phrase >= static_cast<int>(v.parse->phrases.size())) return out;
  // The phrase and its conjuncts, in text order.
  const int c = v.parse->phrases[phrase].coordination;
  for (size_t k = 0; k < v.parse->phrases.size(); ++k)
    if (static_cast<int>(k) == phrase || (c >= 0 && v.parse->phrases[k].coordination == c))
      AddUnique(d.PhraseReferents(v.index, static_cast<int>(k)), &out);
  // "अमेरिका समेत कई देशों ने", "भारत सहित अधिकतर देशों से": a phrase that
  // names no actor includes the one named with समेत/सहित just before it.
  // (Past the head's own genitive: "अर्जेंटीना और ब्राज़ील समेत लीमा समूह के
  // 14 देशों ने".)
  // (Also when the class noun was taken for the last one listed: "जॉनसन,
  // मर्केल और मैक्रों समेत कई नेताओं ने" are all three.)
  static const KeySet kMany({"नेताओं", "देशों", "राष्ट्रों", "राष्ट्राध्यक्षों", "सरकारों", "संगठनों", "दलों", "पार्टियों"});
  bool by_title = !out.empty() && kMany.Contains(v.keys[v.parse->phrases[phrase].head]);
  for (const Referent& r : out) by_title &= r.how == Resolution::kTitle;
  if ((out.empty() || by_title) && phrase > 0) {
    static const KeySet kIncluding({"समेत", "सहित"});
    int at = phrase;
    while (at > 1 && v.marker[at - 1] == GenitiveKey() && v.parse->phrases[at].first - v.parse->phrases[at - 1].last <= 1 &&
           v.parse->phrases[at - 1].genitive_of == at)
      --at;
    const Phrase& before = v.parse->phrases[at - 1];
    if (kIncluding.Contains(v.marker[at - 1]) && v.parse->phrases[at].first - before.last <= 1) {
      std::vector<Referent> listed = PhraseActors(v, d, at - 1);
      AddUnique(out, &listed);
      return listed;
    }
  }
  // "जापानी तटरक्षक बल के गश्ती जहाज़ों ने", "नैटो के विमानों ने": vessels,
  // aircraft and weapons that name no actor act for their genitive owner.
  static const KeySet kCraft({"जहाज", "जहाजों", "जहाज़", "जहाज़ों", "युद्धपोत", "युद्धपोतों", "विमान", "विमानों",
                              "लड़ाकू विमान", "लड़ाकू विमानों", "हेलिकॉप्टर", "हेलिकॉप्टरों", "हेलीकॉप्टर",
                              "हेलीकॉप्टरों", "ड्रोन", "ड्रोनों", "टैंक", "टैंकों", "पनडुब्बी", "पनडुब्बियों", "नौका",
                              "नौकाओं", "पोत", "पोतों", "तोपों", "मिसाइलों"});
  // (As agents only: ने, द्वारा or bare; what is done to a plane is not
  // done to its owner's listed places, "पेरिस, अंकारा … और रूस के विमान पर
  // … हमलों".)
  const std::string& craft_marker = v.marker[phrase];
  if (out.empty() && kCraft.Contains(v.keys[v.parse->phrases[phrase].head]) &&
      (craft_marker.empty() || craft_marker == MatchKey("ने") || craft_marker == MatchKey("द्वारा"))) {
    for (int g : v.genitives[phrase]) AddUnique(PhraseActors(v, d, g), &out);
    if (!out.empty()) return out;
  }
  // "संयुक्त राष्ट्र के अफगानिस्तान मिशन ने": a mission or office named
  // after the state it works in is its genitive owner's.
  static const KeySet kMission({"मिशन", "मिशनों", "कार्यालय", "दफ्तर", "दफ़्तर"});
  if (!out.empty() && kMission.Contains(v.keys[v.parse->phrases[phrase].head])) {
    bool places_only = true;
    for (const Referent& x : out) places_only &= BareStateMention(x, d) != nullptr;
    std::vector<Referent> owner;
    for (int g : v.genitives[phrase]) AddUnique(PhraseActors(v, d, g), &owner);
    if (places_only && !owner.empty()) return owner;
  }
  // "ट्रंप, नेतन्याहू और अबू धाबी के क्राउन प्रिंस के बीच", "स्थानीय लोगों
  // और बीएसएफ के जवानों के बीच": persons listed before the genitive that
  // owns the last conjunct (a state, or a word that names no actor of its
  // own) are the phrase's own conjuncts; the parse made them all genitives
  // of it.
  // (The place may own the phrase through a body: "आईएईए के प्रमुख युकिया
  // अमानो और ईरान के परमाणु ऊर्जा संगठन के प्रमुख अली अकबर सालेही": the
  // owners of its one genitive, the last coordinated one the place.)
  std::vector<int> owners = v.genitives[phrase];
  if (owners.size() == 1 && out.size() == 1 && out[0].kind == ActorKind::kPerson &&
      d.PhraseReferents(v.index, owners[0]).empty())
    for (int g : v.genitives[owners[0]]) owners.push_back(g);
  if (out.size() == 1 && out[0].kind == ActorKind::kPerson && owners.size() >= 2) {
    std::sort(owners.begin(), owners.end());
    int place = owners.back();
    for (int o : owners)
      if (v.parse->phrases[o].coordination >= 0) place = o;
    owners.erase(std::upper_bound(owners.begin(), owners.end(), place), owners.end());
    const int c = v.parse->phrases[place].coordination;
    std::vector<Referent> persons;
    bool fits = c >= 0;
    for (const Referent& r : d.PhraseReferents(v.index, place)) fits &= BareStateMention(r, d) != nullptr;
    // (Not two titles of one named person: "लीबिया की राष्ट्रीय महासभा के
    // अध्यक्ष और देश के अंतरिम राष्ट्राध्यक्ष मोहम्मद मगारियाफ़".)
    auto named = [&](const Referent& r) { return r.mention >= 0 && !d.mentions()[r.mention].name.empty(); };
    const bool head_named = named(out[0]);
    for (size_t i = 0; fits && i + 1 < owners.size(); ++i) {
      const std::vector<Referent> r = d.PhraseReferents(v.index, owners[i]);
      fits = v.parse->phrases[owners[i]].coordination == c && r.size() == 1 && r[0].kind == ActorKind::kPerson &&
             (!head_named || named(r[0]));
      if (fits) AddUnique(r, &persons);
    }
    if (fits && !persons.empty()) {
      AddUnique(out, &persons);
      return persons;
    }
  }
  // "संयुक्त राष्ट्र सुरक्षा परिषद, अमरीका और उत्तर कोरिया के सबसे क़रीबी
  // सहयोगी चीन समेत": states or bodies listed before the genitive of an
  // ally or neighbour named by its state are that state's conjuncts.
  static const KeySet kAlly({"सहयोगी", "सहयोगियों", "पड़ोसी", "मित्र", "दोस्त", "साझेदार", "समर्थक"});
  if (out.size() == 1 && out[0].kind == ActorKind::kState && v.genitives[phrase].size() >= 2) {
    const Phrase& ph = v.parse->phrases[phrase];
    bool ally = false;
    for (int k = ph.first; k < ph.head && k < v.size(); ++k) ally |= kAlly.Contains(v.keys[k]);
    std::vector<int> owners = v.genitives[phrase];
    std::sort(owners.begin(), owners.end());
    const int c = v.parse->phrases[owners.back()].coordination;
    std::vector<Referent> members;
    bool fits = ally && c >= 0;
    for (size_t i = 0; fits && i + 1 < owners.size(); ++i) {
      const std::vector<Referent> r = d.PhraseReferents(v.index, owners[i]);
      fits = v.parse->phrases[owners[i]].coordination == c && r.size() == 1 &&
             (r[0].kind == ActorKind::kState || r[0].kind == ActorKind::kOrganisation);
      if (fits) AddUnique(r, &members);
    }
    if (fits && !members.empty()) {
      AddUnique(out, &members);
      return members;
    }
  }
  // "सऊदी अरब के नेतृत्व वाले गठबंधन के हवाई हमले": what X leads is X's.
  static const KeySet kLed({"नेतृत्व", "अगुवाई", "अगुआई"});
  if (const int leader = WalaOwner(v, phrase, kLed); out.empty() && leader >= 0)
    return PhraseActors(v, d, leader);
  // "अमेरिका और ब्रिटेन जैसे देशों ने", "चीन, ब्रिटेन आदि देशों ने": a class
  // noun that names no actor stands for the examples listed before it.
  if (out.empty()) {
    static const KeySet kExamples({"जैसे", "जैसी", "जैसा", "आदि", "इत्यादि", "वगैरह", "वगैरा"});
    for (int g : v.genitives[phrase])
      if (kExamples.Contains(v.marker[g])) AddUnique(PhraseActors(v, d, g), &out);
  }
  // "ब्रिटेन, कनाडा और जर्मनी के कोर ग्रुप ने", "… के गठबंधन ने": a group
  // noun that names no actor, owned by a coordination of actors, is those
  // members.
  if (out.empty()) {
    static const KeySet kGroup({"ग्रुप", "समूह", "गठबंधन", "गुट", "गुटों", "मोर्चे", "मोर्चा", "संघ"});
    if (kGroup.Contains(v.keys[v.parse->phrases[phrase].head]))
      for (int g : v.genitives[phrase]) {
        if (v.parse->phrases[g].coordination < 0) continue;
        std::vector<Referent> members = PhraseActors(v, d, g);
        if (members.size() >= 2) AddUnique(members, &out);
      }
  }
  // "जापान, दक्षिण कोरिया और अमेरिका के नेताओं ने": a role noun whose
  // genitive is a coordination of states stands for each state's actor.
  if (out.size() == 1 && !RoleCode(out[0].code).empty()) {
    const std::string role = RoleCode(out[0].code);
    std::vector<Referent> owners = out;
    for (int g : v.genitives[phrase]) {
      // (Also दोनों देशों, which stands for two: "दोनों देशों के सैनिकों के
      // बीच झड़प"; then the two are all, not the state the role word alone
      // was given, "थिम्पू में दोनों देशों के प्रधानमंत्रियों की मुलाक़ात".)
      const bool both = v.parse->phrases[g].coordination < 0 && d.PhraseReferents(v.index, g).size() >= 2;
      if (v.parse->phrases[g].coordination < 0 && !both) continue;
      if (both) owners.clear();
      std::vector<Referent> o = PhraseActors(v, d, g);
      for (Referent r : o) {
        // "भाजपा और तृणमूल कांग्रेस के कार्यकर्ताओं": a party's members are
        // the party.
        const bool parties = (role == "OPP" || role == "PTY") &&
                             (RoleCode(r.code) == "OPP" || RoleCode(r.code) == "PTY");
        if (parties) {
          AddUnique({r}, &owners);
          continue;
        }
        if (r.code.size() != 3 || r.code.rfind("IGO", 0) == 0 || r.code.rfind("NGO", 0) == 0) continue;
        r.code += role;
        AddUnique({r}, &owners);
      }
    }
    if (owners.size() >= 2) return owners;
  }
  // "जापान और दक्षिण कोरिया के विदेश मंत्री": a bare state conjunct takes
  // the role of a conjunct that has one.
  std::string role;
  for (const Referent& r : out)
    if (!RoleCode(r.code).empty() && r.mention >= 0 &&
        d.mentions()[r.mention].how == MatchHow::kCompound && r.kind != ActorKind::kGroup)
      role = RoleCode(r.code);
  if (!role.empty() && out.size() >= 2)
    for (Referent& r : out)
      if (r.code.size() == 3 && r.code.rfind("IGO", 0) != 0 && r.code.rfind("NGO", 0) != 0)
        r.code += role;
  return out;
}

std::vector<Referent> SubjectOf(const SentenceView& v, const Discourse& d, int p, int* phrase) {
  *phrase = -1;
  const SentenceParse& parse = *v.parse;
  for (int guard = 0; guard < 6 && p >= 0; ++guard) {
    const Predicate& pr = parse.predicates[p];
    const Role want = pr.voice == Voice::kPassive ? Role::kPassiveAgent : Role::kSubject;
    for (const Argument& a : pr.args)
      if (a.role == want) {
        *phrase = a.phrase;
        return PhraseActors(v, d, a.phrase);
      }
    if (pr.voice == Voice::kPassive) return {};
    // प्रदर्शन कर रहे सांसदों: an adjectival participle's subject is the
    // noun it qualifies.
    if (pr.verb_form == "Part" && pr.subject_from < 0 && !pr.tokens.empty()) {
      const int next = pr.tokens.back() + 1;
      const bool adverbial = v.keys[pr.tokens.back()] == MatchKey("हुए");
      if (!adverbial && next < v.size() && v.phrase_of[next] >= 0 &&
          v.parse->phrases[v.phrase_of[next]].first == next) {
        *phrase = v.phrase_of[next];
        // (The noun is the head of the genitive chain that follows: "भारत
        // के दौरे पर आए ब्रिटेन के प्रधानमंत्री" are Britain's prime minister.)
        // (Only when the head names an actor: not "… पर पहुंचे चीनी
        // राष्ट्रपति शी चिनफिंग का शुक्रवार को … स्वागत किया गया".)
        std::vector<Referent> actors = PhraseActors(v, d, *phrase);
        for (int up = 0, at = *phrase; up < 3 && v.marker[at] == GenitiveKey(); ++up) {
          const int governor = v.parse->phrases[at].genitive_of;
          if (governor < 0 || governor >= static_cast<int>(v.parse->phrases.size())) break;
          at = governor;
          if (std::vector<Referent> head = PhraseActors(v, d, at); !head.empty()) {
            actors = head;
            *phrase = at;
          }
        }
        return actors;
      }
    }
    if (pr.subject_from >= 0) {
      p = pr.subject_from;
      continue;
    }
    // An infinitive's subject is its governor's (… करने का फैसला किया),
    // except that of an order, which is the one ordered ("सुप्रीम कोर्ट
    // ने केंद्र को … भोजन देने का निर्देश दिया": the centre gives).
    if (pr.verb_form == "Inf" && pr.complement_of >= 0) {
      static const KeySet kOrders({"आदेश", "हुक्म", "निर्देश"});
      const Predicate& gov = parse.predicates[pr.complement_of];
      if (gov.noun >= 0 && kOrders.Contains(v.keys[gov.noun]))
        for (const Argument& a : gov.args) {
          if (a.role != Role::kRecipient && v.marker[a.phrase] != MatchKey("को")) continue;
          std::vector<Referent> ordered = PhraseActors(v, d, a.phrase);
          // (Only an authority that can carry it out: not "ओसामा को मार
          // डालने का आदेश", "परिवारों को मुआवजा देने का आदेश".)
          bool authority = !ordered.empty();
          for (const Referent& r : ordered) {
            const std::string role = RoleCode(r.code);
            authority &= role == "GOV" || role == "COP" || role == "MIL";
          }
          if (!authority) continue;
          *phrase = a.phrase;
          return ordered;
        }
      p = pr.complement_of;
      continue;
    }
    return d.ImplicitSubject(v.index, p);
  }
  return {};
}

// "पाकिस्तान ने नियंत्रण रेखा पर संघर्ष विराम का उल्लंघन किया": force used
// along a line between two states is against the state across it. The
// Line of Control (नियंत्रण रेखा, एलओसी) divides India and Pakistan, the
// Line of Actual Control (वास्तविक नियंत्रण रेखा, एलएसी) India and China.
std::vector<Referent> AcrossTheLine(const SentenceView& v, const std::vector<Referent>& source, int* phrase) {
  if (source.empty()) return {};
  const std::string from = Principal(source[0].code);
  std::string pair[2];
  int at = -1;
  static const std::string kControl = MatchKey("नियंत्रण"), kLine = MatchKey("रेखा"), kLoc = MatchKey("एलओसी"),
                           kActual = MatchKey("वास्तविक"), kLac = MatchKey("एलएसी");
  for (int k = 0; k < v.size(); ++k) {
    const std::string_view w = v.keys[k];
    const bool loc = (w == kControl && k + 1 < v.size() && v.keys[k + 1] == kLine) || w == kLoc;
    const bool lac = (loc && k > 0 && v.keys[k - 1] == kActual) || w == kLac;
    if (lac) { pair[0] = "IND"; pair[1] = "CHN"; at = k; break; }
    if (loc) { pair[0] = "IND"; pair[1] = "PAK"; at = k; }
  }
  *phrase = -1;
  for (size_t ph = 0; ph < v.parse->phrases.size(); ++ph)
    if (v.parse->phrases[ph].first <= at && at < v.parse->phrases[ph].last) *phrase = static_cast<int>(ph);
  if (pair[0].empty() || RoleCode(source[0].code) == "REB") return {};
  Referent r;
  r.how = Resolution::kImplied;
  r.kind = ActorKind::kState;
  if (from == pair[0]) r.code = pair[1];
  else if (from == pair[1]) r.code = pair[0];
  else return {};
  return {r};
}

// "चीन ने भारत पर … आरोप लगाया, जिसे भारत ने खारिज कर दिया", "नेपाल की
// संसद ने नक्शे को मंजूरी दी, जिस पर भारत ने आपत्ति जताई": a relative
// pronoun after a comma or right after the clause's verb stands for what the clause before it did, so the
// reaction is to that clause's subject. Not जिसमें, जिससे, जिसके बाद.
std::vector<Referent> RelativeAntecedentActors(const SentenceView& v, const Discourse& d, int predicate,
                                               int* phrase) {
  // Singular only: what a clause says is one thing; "…, जिन्हें" is people.
  static const KeySet kRelative({"जिसे", "जिसको", "जिस", "जिसकी", "जिसके", "जिसका"});
  static const KeySet kMarkers({"को", "पर", "का", "की", "के"});
  const SentenceParse& parse = *v.parse;
  const Predicate& pr = parse.predicates[predicate];
  for (const Argument& a : pr.args) {
    const Phrase& ph = parse.phrases[a.phrase];
    if (!kRelative.Contains(v.keys[ph.head]) || ph.first == 0) continue;
    if (!v.marker[a.phrase].empty() && !kMarkers.Contains(v.marker[a.phrase])) continue;
    // (Or right after the clause's verb: "… परीक्षण किया है जिसकी … निंदा की",
    // also with a comma between: "… परीक्षण किया है, जिसकी …". A genitive
    // after a comma is as often a noun's: one the clause before marks as
    // the correlative ("हर उस चीज का विरोध करना शुरू कर दिया, जिसका ओबामा
    // ने समर्थन किया") or a copula's ("वह कौन प्रत्याशी है, जिसका …").)
    static const KeySet kGenitive({"जिसकी", "जिसके", "जिसका"});
    const bool comma = v.sent->tokens[ph.first - 1].text == ",";
    bool after_verb = v.pred_of[ph.first - 1] >= 0;
    if (!after_verb && comma && ph.first >= 2 && v.pred_of[ph.first - 2] >= 0) {
      const Predicate& before = parse.predicates[v.pred_of[ph.first - 2]];
      static const KeySet kCorrelative({"उस", "उन", "उसी", "उन्हीं"});
      after_verb = before.verb_form == "Fin" && before.lemma != "होना";
      const int from = parse.clauses[std::max(0, before.clause)].first;
      for (int k = from; k < ph.first - 1 && after_verb; ++k) after_verb = !kCorrelative.Contains(v.keys[k]);
    }
    if (!comma && !after_verb) continue;
    if (kGenitive.Contains(v.keys[ph.head]) && !after_verb) continue;
    // The nearest finite predicate before the comma.
    for (int q = predicate - 1; q >= 0; --q) {
      const Predicate& before = parse.predicates[q];
      if (before.head >= ph.first) continue;
      if (before.verb_form != "Fin") continue;
      int subject_phrase = -1;
      std::vector<Referent> subject = SubjectOf(v, d, q, &subject_phrase);
      *phrase = a.phrase;  // the pronoun: what the text says at this event
      return subject;
    }
  }
  return {};
}

// An event noun's source from the subject of predicate `pred`, less the
// target's actors; `rule` for --explain.
void SourceFromSubject(const SentenceView& v, const Discourse& d, int pred, const char* rule, Candidate* c) {
  int subject_phrase = -1;
  std::vector<Referent> s = SubjectOf(v, d, pred, &subject_phrase);
  RemoveSameEntities(c->target.actors, d, &s);
  if (s.empty()) return;
  c->source.actors = s;
  c->source.phrase = subject_phrase;
  c->rules.push_back(rule);
}

// A side the text implies but does not write (unnamed attackers, the
// people of a place): one actor of `code`, with the rule `why` + code.
static void SetImplied(const std::string& code, ActorKind kind, Side* side, Candidate* c, const std::string& why) {
  Referent r;
  r.code = code;
  r.how = Resolution::kImplied;
  r.kind = kind;
  side->actors = {r};
  side->role = "implied";
  c->rules.push_back(why + code);
}

bool FillRoles(const SentenceView& v, const Discourse& d, const Lexicon& lex, const Trigger& t,
               const Pattern& p, Candidate* c) {
  const SentenceParse& parse = *v.parse;
  c->source = Side();
  c->target = Side();
  c->joint_within = false;
  c->target_open = false;
  c->target_event = -1;
  c->target_act = -1;
  c->target_act_bare = false;
  c->target_act_noun = -1;
  c->target_aid = false;
  c->target_captor = false;
  c->target_cosigner = false;
  c->claims = false;
  c->unnamed_source = false;
  c->victims_recalled = false;
  c->one_way = false;
  // An attack the sentence reports without its attacker ("… में हुए
  // आत्मघाती हमले में", "दूतावास पर हमला हुआ") is by unnamed militants.
  const bool violent = IsViolentCode(p.code);
  bool unnamed = false;
  if (t.predicate >= 0) {
    const Predicate& pr = parse.predicates[t.predicate];
    // "Y से … करने को कहा": only with an infinitive complement.
    if (p.complement && ComplementsOf(parse, t.predicate).empty() && !AsksInClause(v, t.predicate)) return false;
    // मिलना is a meeting, not a thing received: not as a participle before
    // a noun ("अदालत से मिली सजा", "पाकिस्तान से मिल रही मदद"), nor with
    // an infinitive in को ("देखने को मिला": got to see).
    if (p.meeting) {
      if (pr.verb_form == "Part") return false;
      // (Nor मिलकर with no one met: "… से हथियार डालने और मिलकर देश का
      // पुनर्निर्माण करने की अपील की" is "together".)
      if (pr.verb_form == "Conv") {
        static const std::string kWith = syntax_internal::CanonicalMarker("के साथ");
        bool met = false;
        for (const Argument& a : pr.args) met |= v.marker[a.phrase] == MatchKey("से") || v.marker[a.phrase] == kWith;
        if (!met) return false;
      }
      // (Nor with a को phrase: "समुदाय को सहानुभूति मिल रही है" is received.)
      for (const Argument& a : pr.args)
        if (v.marker[a.phrase] == MatchKey("को") && !PhraseActors(v, d, a.phrase).empty()) return false;
      for (int k : ComplementsOf(parse, t.predicate))
        if (parse.predicates[k].marker == "को") return false;
    }
    // Source.
    if (p.sources.empty()) {
      int ph = -1;
      c->source.actors = SubjectOf(v, d, t.predicate, &ph);
      c->source.phrase = ph;
      // X को … मिला (X received): a dative subject is an experiencer, not
      // an agent (not the noun a participle qualifies, whose marker is its
      // own clause's: "प्रदर्शन कर रहे छात्रों को पुलिस ने …").
      // (Unless the row says the experiencer acts: "भारत को इस गलियारे पर
      // एतराज है" objects.)
      if (ph >= 0 && v.marker[ph] == MatchKey("को") && pr.modal != "Oblig" && pr.modal != "Nec" &&
          pr.verb_form != "Part" && !p.experiencer)
        c->source.actors.clear();
      // "इसकी झलक फ्रांस से भी मिल रही है": a written subject that names
      // no actor is a thing received, not one who meets.
      if (p.meeting && ph >= 0 && c->source.actors.empty()) return false;
      // "धमाकों के पीछे अल्फा का हाथ है": a subject that is the trigger's
      // own noun stands for its genitive.
      if (c->source.actors.empty() && ph >= 0 && parse.phrases[ph].head >= t.first &&
          parse.phrases[ph].head < t.last) {
        for (int g : v.genitives[ph]) {
          c->source.actors = PhraseActors(v, d, g);
          if (c->source.actors.empty()) continue;
          ph = g;
          c->source.phrase = g;
          c->rules.push_back("source: the genitive of the trigger's noun");
          break;
        }
      }
      if (!c->source.actors.empty())
        c->rules.push_back(ph >= 0 ? (pr.voice == Voice::kPassive ? "source: passive agent" : "source: subject")
                                   : "source: subject not written (" +
                                         std::string(ResolutionName(c->source.actors[0].how)) + ")");
    } else {
      for (const std::string& key : p.sources) {
        for (int ph : ArgsWithRole(v, pr, key)) {
          c->source.actors = ArgumentActors(v, d, ph, false, nullptr);
          if (!c->source.actors.empty()) {
            c->source.phrase = ph;
            c->source.role = key;
            c->rules.push_back("source: '" + key + "'");
            break;
          }
        }
        if (!c->source.actors.empty()) break;
      }
    }
    // बैठक हुई, बातचीत चल रही है: an event noun with an intransitive verb
    // has its participants in के बीच or its genitive ("A और B की बैठक हुई"),
    // before a subject the sentence does not write.
    const bool unwritten = !c->source.actors.empty() && c->source.phrase < 0 &&
                           c->source.actors[0].how == Resolution::kEllipsis;
    // A joint pattern whose own source roles found nobody tries the same.
    // (Not a judgement's: "… की सेना की कार्रवाई रोहिंग्या लोगों का
    // 'जातीय सफ़ाया' है" judges its subject's owner, not whose the label says
    // was wronged.)
    int judged_subject = -1;
    if (p.allege)
      for (const Argument& a : pr.args)
        if (a.role == Role::kSubject) judged_subject = a.phrase;
    if (IsIntransitiveEventVerb(pr) && (((c->source.actors.empty() || unwritten) && p.sources.empty()) ||
                                        (c->source.actors.empty() && p.joint))) {
      static const std::string kOn = MatchKey("पर");
      static const std::string kIn = MatchKey("में");
      bool found = false;
      for (const std::string& key : {BetweenKey(), GenitiveKey(), AnyGenitiveKey(), kOn, kIn}) {
        // "भारत-अमेरिका रक्षा समझौते पर हस्ताक्षर हुए": the parties of a
        // joint act may be named in its पर phrase, and "दोनों देशों में
        // सहमति हुई" in its में phrase (two of them at least).
        const bool pair_only = key == kOn || key == kIn;
        if (pair_only && !p.joint) continue;
        std::vector<int> phrases = ArgsWithRole(v, pr, key);
        // (Of a judgement, the subject's owner; the label's own genitive,
        // "उनकी निजता में दखल", is who was wronged.)
        if (judged_subject >= 0 && key == GenitiveKey()) phrases = v.genitives[judged_subject];
        else if (p.allege && key == GenitiveKey()) phrases.clear();
        // (Also the के बीच phrase the parse gave an infinitive of purpose
        // before the noun: "यूरोपीय संघ और तुर्की के बीच शरणार्थी संकट से
        // निपटने के लिए … समझौता हो गया".)
        // (Named there, not दोनों देशों, which the infinitive's own words may
        // be about.)
        if (key == BetweenKey() && phrases.empty())
          for (const Predicate& q : parse.predicates)
            if (q.complement_of == t.predicate && q.verb_form == "Inf")
              for (int ph : ArgsWithRole(v, q, key)) {
                bool named = true;
                for (const Referent& r : PhraseActors(v, d, ph)) named &= r.how != Resolution::kBoth;
                if (named) phrases.push_back(ph);
              }
        if (key == AnyGenitiveKey() || key == kIn) {
          // "रूस और यूक्रेन के प्रतिनिधिमंडलों की इस्तांबुल में बातचीत हुई";
          // "दोनों देशों में व्यापार बढ़ाने पर सहमति हुई" (the में phrase of
          // the infinitive).
          phrases.clear();
          for (size_t k = 0; k < parse.phrases.size(); ++k)
            if (v.marker[k] == (key == kIn ? kIn : GenitiveKey()) && parse.phrases[k].last <= t.first &&
                parse.phrases[k].first >= parse.clauses[std::max(0, pr.clause)].first &&
                (judged_subject < 0 || parse.phrases[k].first < parse.phrases[judged_subject].last) &&
                !(p.allege && OwnsOtherArgument(v, static_cast<int>(k), t.predicate)))
              phrases.push_back(static_cast<int>(k));
        }
        for (int ph : phrases) {
          std::vector<Referent> a = PhraseActors(v, d, ph);
          if (a.empty() || (pair_only && a.size() < 2)) continue;
          if (!c->source.actors.empty()) c->rules.pop_back();  // the unwritten subject
          c->source.actors = a;
          c->source.phrase = ph;
          c->source.role = key;
          c->rules.push_back("source: '" + key + "' of an event noun with " + pr.lemma);
          found = true;
          break;
        }
        if (found) break;
      }
    }
    // "अमेरिकी विदेश विभाग की रिपोर्ट में … की प्रशंसा की गई है": a passive
    // without its agent is done by the owner of the document it is done in.
    if (c->source.actors.empty() && p.sources.empty() && pr.voice == Voice::kPassive) {
      // (The parse may give the में phrase to an infinitive complement:
      // "बयान में पाकिस्तान से … कार्रवाई करने का आग्रह किया गया".)
      std::vector<Argument> args = pr.args;
      for (int comp : ComplementsOf(parse, t.predicate))
        for (const Argument& a : parse.predicates[comp].args) args.push_back(a);
      for (const Argument& a : args) {
        if (v.marker[a.phrase] != MatchKey("में") ||
            !syntax_internal::FactsOf(v.keys[parse.phrases[a.phrase].head]).document_noun)
          continue;
        for (int g : v.genitives[a.phrase]) {
          c->source.actors = PhraseActors(v, d, g);
          if (c->source.actors.empty()) continue;
          c->source.phrase = g;
          c->source.role = "document";
          c->rules.push_back("source: the owner of the document it is done in");
          break;
        }
        // (A document no genitive owns: who made it just before, "मंत्रालय
        // ने बयान जारी किया। बयान में … का आग्रह किया गया".)
        if (c->source.actors.empty()) {
          c->source.actors = d.DocumentOwner(v.index, a.phrase);
          if (!c->source.actors.empty()) {
            c->source.role = "document";
            c->rules.push_back("source: who made the document it is done in");
          }
        }
        if (!c->source.actors.empty()) break;
      }
    }
    // "दिल्ली पुलिस ने कहा कि किसानों को … प्रदर्शन की अनुमति नहीं दी गई है":
    // a refusal said in the passive is the speaker's own.
    // So is any act but force said so by a state or its government ("विदेश
    // मंत्रालय ने कहा कि पाकिस्तान के उच्चायुक्त को तलब किया गया है").
    if (c->source.actors.empty() && pr.voice == Voice::kPassive && pr.clause >= 0 &&
        (parse.clauses[pr.clause].type == ClauseType::kComplement ||
         parse.clauses[pr.clause].type == ClauseType::kQuote)) {
      std::vector<Referent> speaker = d.Speaker(v.index, pr.clause);
      const int root = p.code.size() >= 2 ? std::stoi(p.code.substr(0, 2)) : 0;
      bool government = !speaker.empty();
      for (const Referent& r : speaker)
        government &= r.code.rfind("IGO", 0) != 0 && r.code.rfind("NGO", 0) != 0 &&
                      (r.code.size() == 3 || RoleCode(r.code) == "GOV");
      if (p.refusal || (government && root >= 2 && root < 17)) {
        c->source.actors = std::move(speaker);
        if (!c->source.actors.empty()) {
          c->source.role = "speaker";
          c->rules.push_back(p.refusal ? "source: the speaker of a refusal said in the passive"
                                       : "source: the government that says it was done (passive)");
        }
      }
    }
    const bool implied = c->source.actors.empty() && pr.voice == Voice::kPassive && !p.implied_agent.empty();
    // Not a casualty predicate itself ("18 जवान मारे गए" reports victims;
    // the attack is the noun that names it), nor a contest ("मोदी को हराया
    // गया": defeated, by voters or a rival, not by militants).
    // (Nor said in a quote: "… ने कहा, "सोते हुए लोगों पर आधी रात को हमला
    // किया गया"" is the speaker's charge against a side the article names.)
    unnamed = c->source.actors.empty() && !implied && violent && !p.joint && !p.contest &&
              !InQuote(parse, t.first) && (pr.voice == Voice::kPassive || IsIntransitiveEventVerb(pr)) &&
              lex.VictimRole(MatchKey(pr.lemma), pr.voice == Voice::kPassive) == nullptr;
    // "नेपाल में सरकार के खिलाफ प्रदर्शन हुए", "… में आंदोलन चल रहा है":
    // protests said to happen name no protester; they are the people's of
    // the place the sentence names (the row's addressee gives its
    // government when no side is named).
    // (Not a copula, "आईएस एक वहाबी आंदोलन है": what something is.)
    const std::string_view lemma = pr.lemma;
    // "… ने कहा कि ये बहरीन की जनता के ख़िलाफ़ युद्ध की घोषणा है": a
    // demonstrative judged by a copula is the act just named, not an actor
    // it might stand for elsewhere. (Not वह, often the person a name is
    // given: "अब वह एक तानाशाह हैं".)
    static const KeySet kThisOrThat({"यह", "ये"});
    if (p.allege && lemma.ends_with("होना") && c->source.phrase >= 0 && !c->source.actors.empty() &&
        c->source.actors[0].how == Resolution::kPronoun &&
        parse.phrases[c->source.phrase].last - parse.phrases[c->source.phrase].first == 1 &&
        kThisOrThat.Contains(v.keys[parse.phrases[c->source.phrase].first]))
      return false;
    // (Its head a bare है or था; "प्रदर्शन हो गए", a compound perfective with
    // no aspect of its own, is no copula.)
    static const KeySet kIs({"है", "हैं", "था", "थी", "थे", "थीं"});
    int verb_tokens = 0;
    for (int k : pr.tokens) verb_tokens += k != pr.noun;
    const bool copula = lemma.ends_with("होना") && verb_tokens == 1 && kIs.Contains(v.keys[pr.head]);
    if (p.code.rfind("14", 0) == 0 && !p.nouns.empty() && copula) return false;
    if (c->source.actors.empty() && !implied && !unnamed && p.code.rfind("14", 0) == 0) {
      const bool happens = (lemma.ends_with("होना") && !copula) || lemma.ends_with("चलना") ||
                           lemma.ends_with("रहना") || lemma.ends_with("भड़कना") || lemma.ends_with("उठना");
      const std::string place = happens ? PlacePrincipal(v, d) : "";
      if (!place.empty())
        SetImplied(place + "CVL", ActorKind::kState, &c->source, c,
                   "source: the people of the place where the protests happen: ");
    }
    // "… ने कहा कि रूसी चुनाव न तो स्वतंत्र थे …", "बेलारूस में हुए चुनाव
    // निष्पक्ष नहीं थे": an election judged stands for the government of
    // the state that held it (its demonym or genitive, else the place the
    // sentence names).
    if (c->source.actors.empty() && !implied && !unnamed && p.allege && lemma.ends_with("होना")) {
      for (const Argument& a : pr.args) {
        if (a.role != Role::kSubject || !IsElectionNoun(v.keys[parse.phrases[a.phrase].head])) continue;
        std::string state;
        for (const ActorMention& mm : d.mentions())
          if (mm.sentence == v.index && mm.kind == ActorKind::kState && mm.code.size() == 3 &&
              mm.first >= parse.phrases[a.phrase].first && mm.last <= parse.phrases[a.phrase].last)
            state = mm.code;
        for (int g : v.genitives[a.phrase])
          for (const Referent& r : PhraseActors(v, d, g))
            if (state.empty() && r.code.size() == 3) state = r.code;
        if (state.empty()) state = PlacePrincipal(v, d);
        if (state.empty()) state = StoryPlace(d);
        if (state.empty()) break;
        SetImplied(state + "GOV", ActorKind::kOrganisation, &c->source, c,
                   "source: the government that held the election judged: ");
        c->source.phrase = a.phrase;
        break;
      }
    }
    if (c->source.actors.empty() && !implied && !unnamed) return false;
    // Target: the first role of the pattern an argument holds.
    for (const std::string& key : p.targets) {
      std::vector<int> phrases;
      if (key == AnyGenitiveKey()) {
        // Not the source's own genitive: "क्राइम ब्रांच के इस अधिकारी ने इन
        // खबरों को खारिज कर दिया" rejects no one.
        std::vector<int> own;
        if (c->source.phrase >= 0) own = v.genitives[c->source.phrase];
        // Nor the complainant: "मृतक के पिता की तहरीर पर पुलिस ने फैक्ट्री
        // मालिक के खिलाफ केस दर्ज किया" is a case against the owner.
        // (Nor who something is done at the behest of: X के इशारे पर, X के
        // कहने पर.)
        static const KeySet kBehest({"इशारे", "इशारों", "कहने"});
        auto basis = [&](size_t k) {
          const int of = parse.phrases[k].genitive_of;
          if (of < 0) return false;
          const std::string_view head = v.keys[parse.phrases[of].head];
          return IsComplaintNoun(head) || kBehest.Contains(head);
        };
        // (Nor one cut off by a comma before the source: "… सुलेमानी की मौत,
        // ईरान ने दी बदले की चेतावनी" warns no one of that fragment.)
        auto cut_off = [&](size_t k) {
          if (c->source.phrase < 0) return false;
          for (int x = parse.phrases[k].last; x < parse.phrases[c->source.phrase].first && x < v.size(); ++x)
            if (v.sent->tokens[x].text == ",") return true;
          return false;
        };
        // (Nor one before the source, for a refusal: "लिथुआनिया की राजधानी में
        // … यानुकोविच ने समझौते पर हस्ताक्षर करने से इनकार कर दिया", "जर्मनी की
        // चांसलर … शामिल होने से इनकार" refuse no Lithuania or Germany.)
        const int after_source =
            RefusesToDo(parse, p, t.predicate) && c->source.phrase >= 0 ? parse.phrases[c->source.phrase].last : 0;
        for (size_t k = 0; k < parse.phrases.size(); ++k)
          if (v.marker[k] == GenitiveKey() && parse.phrases[k].last <= t.first && !basis(k) &&
              parse.phrases[k].first >= after_source &&
              parse.phrases[k].first >= parse.clauses[std::max(0, pr.clause)].first && !cut_off(k) &&
              std::find(own.begin(), own.end(), static_cast<int>(k)) == own.end())
            phrases.push_back(static_cast<int>(k));
      } else if (key == kResponderRole) {
        // A verb's responder is its own subject: the one who takes the aid
        // in "पाकिस्तान ने चीन से मदद ली".
        int ph = -1;
        if (!SubjectOf(v, d, t.predicate, &ph).empty() && ph >= 0) phrases.push_back(ph);
      } else if (p.complement && key == MatchKey("को")) {
        // "Y को … करने के लिए कहा": the one asked with को is a marked phrase
        // of the verb itself before its infinitive of purpose, not "यह
        // कहकर" (says) or "पाकिस्तान को खास दोस्त कह दिया" (calls).
        phrases = AskedWithKo(v, pr, t.predicate);
      } else {
        phrases = ArgsWithRole(v, pr, key);
        // "वेनेज़ुएला पर लगे प्रतिबंध हटाए": the arguments of a participle
        // that introduces an object or location of the predicate.
        for (const Argument& a : pr.args) {
          if (a.role != Role::kObject && a.role != Role::kLocation && a.role != Role::kGenitiveObject) continue;
          const int before = parse.phrases[a.phrase].first - 1;
          const int q = before >= 0 ? v.pred_of[before] : -1;
          // Only a perfective participle ("पर लगे प्रतिबंध", imposed on): a
          // वाला participle tells what its noun does ("यूक्रेन को हथियार
          // देने वाले देशों").
          if (q < 0 || q == t.predicate || parse.predicates[q].verb_form != "Part" ||
              parse.predicates[q].aspect != "Perf")
            continue;
          for (int ph : ArgsWithRole(v, parse.predicates[q], key, false)) phrases.push_back(ph);
        }
        // "X को रिहा करने का आदेश दिया": an infinitive's object may sit
        // with its governor (after the infinitive's own arguments).
        if (pr.complement_of >= 0)
          for (int ph : ArgsWithRole(v, parse.predicates[pr.complement_of], key))
            if (parse.phrases[ph].last <= t.first) phrases.push_back(ph);
        // "नवाज शरीफ से फोन पर बात करके कहा": the verb a conjunctive or
        // adverbial participle shares its subject with may hold its target.
        if (pr.subject_from >= 0 && (pr.verb_form == "Conv" || pr.verb_form == "Part"))
          for (int ph : ArgsWithRole(v, parse.predicates[pr.subject_from], key, false))
            if (parse.phrases[ph].last <= t.first) phrases.push_back(ph);
        // "जवानों पर घात लगाकर हमला किया": a conjunctive participle of the
        // same subject holds the target.
        // (Not the partner of its own talk or meeting, with, unless the verb
        // is one too, or an intent: "पशिन्यान से फोन पर बात कर हालात पर चिंता जताई" is
        // concern about the situation; "… के साथ बैठक कर बातचीत की" talks.)
        // (Also an adverbial participle's object: "सीरिया ने इस फ़ैसले को
        // ग़ैरक़ानूनी बताते हुए ख़ारिज कर दिया" rejects the decision.)
        const bool consult = p.code.rfind("04", 0) == 0 || p.code.rfind("03", 0) == 0;
        // (Only one that labels or judges it: not "… को देखते हुए", in view
        // of, nor "… को संबोधित करते हुए".)
        auto lends = [&](const Predicate& q) {
          if (q.verb_form == "Conv") return true;
          static const KeySet kJudging({"बताना", "मानना", "पाना", "ठहराना", "करार देना", "क़रार देना",
                                        "घोषित करना"});
          std::string_view lemma = q.lemma;
          if (const size_t sp = lemma.rfind(' '); sp != std::string_view::npos && !kJudging.Contains(MatchKey(lemma)))
            lemma = lemma.substr(sp + 1);
          return q.verb_form == "Part" && !q.tokens.empty() && key == MatchKey("को") &&
                 kJudging.Contains(MatchKey(lemma)) && ArgsWithRole(v, pr, key, false).empty() &&
                 (v.keys[q.tokens.back()] == MatchKey("हुए") || v.keys[q.tokens.back()] == MatchKey("हुये"));
        };
        for (size_t q = 0; q < parse.predicates.size(); ++q)
          if (parse.predicates[q].subject_from == t.predicate && lends(parse.predicates[q]))
            for (int ph : ArgsWithRole(v, parse.predicates[q], key, false))
              if (consult || !HasArgument(parse.predicates[q], ph, Role::kWith)) phrases.push_back(ph);
        // A governing verb's argument in front of its infinitive complement
        // belongs to the complement's frame too: "X ने Y से बात करने की
        // इच्छा जताई".
        // (An infinitive of time under that complement says when, and lends
        // a phrase only when there is none: "… राष्ट्रपति से फोन पर बात करने
        // के बाद सभी पक्षों से संयम बरतने को कहा" asks all sides.)
        // (Not to a joint act whose parties are already named together in
        // के बीच: "रूस, यूक्रेन, अमरीका और यूरोपीय संघ के बीच … हथियारबंद
        // गुटों से इमारतें ख़ाली कराने पर सहमति बनी" is the four's
        // agreement, not one with the armed groups.)
        const bool parties_named = p.joint && c->source.role == BetweenKey() && c->source.actors.size() >= 2;
        const bool judged_act = p.code.rfind("11", 0) == 0 || p.code.rfind("12", 0) == 0 || p.code.rfind("05", 0) == 0;
        for (int comp : ComplementsOf(parse, t.predicate)) {
          if (parties_named) break;
          // (Not an infinitive of time: "चीनी विदेश मंत्री से मिलने के बाद
          // जयशंकर ने कहा कि …" says nothing to the one he met.)
          if (key == MatchKey("से") && IsTemporalInfinitive(parse.predicates[comp])) continue;
          // (Nor where a withdrawal is from: "भारत और चीन डोकलाम से सैनिक पीछे
          // हटाने पर सहमत हो गए" is no agreement with Bhutan.)
          static const KeySet kFrom({"हटाना", "हटना", "पीछा हटाना", "पीछे हटाना", "वापस लेना", "वापस बुलाना", "हट जाना"});
          if (key == MatchKey("से") && kFrom.Contains(MatchKey(parse.predicates[comp].lemma))) continue;
          for (int ph : ArgsWithRole(v, parse.predicates[comp], key, false)) phrases.push_back(ph);
          // "सऊदी सैनिकों के आने को क़ब्ज़ा बताया", "चीनी सैनिकों के घुसने
          // की निंदा": an act judged in an infinitive of the target's marker
          // is judged in whoever its genitive subject is.
          const Predicate& cp = parse.predicates[comp];
          // (Not a passive's, whose genitive is the one it was done to:
          // "रोहिंग्या मुसलमानों के मारे जाने पर एतराज जताया".)
          if (judged_act && cp.verb_form == "Inf" && cp.voice != Voice::kPassive &&
              syntax_internal::CanonicalMarker(cp.marker) == key)
            for (const Argument& a : cp.args)
              if (a.role == Role::kSubject && v.marker[a.phrase] == GenitiveKey()) phrases.push_back(a.phrase);
          const bool own = !phrases.empty();
          for (int comp2 : ComplementsOf(parse, comp))
            if (!own || !IsTemporalInfinitive(parse.predicates[comp2]))
              for (int ph : ArgsWithRole(v, parse.predicates[comp2], key, false)) phrases.push_back(ph);
        }
      }
      // (Not a means, whose genitive helped, here or in a complement: "नॉर्वे
      // की मध्यस्थता से सरकार और विद्रोहियों के बीच समझौता हुआ" is no
      // agreement with Norway, nor "अमरीका की मध्यस्थता से इसराइल और बहरीन
      // ने … स्थापित करने पर सहमति जताई" one with the United States.)
      if (key == MatchKey("से"))
        phrases.erase(std::remove_if(phrases.begin(), phrases.end(),
                                     [&](int ph) {
                                       return syntax_internal::FactsOf(v.keys[parse.phrases[ph].head]).means_noun;
                                     }),
                      phrases.end());
      // "अड्डे पर हमले को लेकर अमेरिका ने पाकिस्तान पर दबाव बनाया": a
      // phrase after the subject belongs to the verb before one fronted
      // ahead of it.
      if (c->source.phrase >= 0) {
        const int after = parse.phrases[c->source.phrase].last;
        std::stable_partition(phrases.begin(), phrases.end(),
                              [&](int ph) { return parse.phrases[ph].first >= after; });
      }
      // "X ने पायलट को भारत को सौंपा": of two को phrases, a state or
      // organisation is the recipient rather than the person handed over.
      int best = -1;
      std::vector<Referent> best_actors;
      const std::string_view code = p.code;  // (an act of judging or stopping: below)
      const bool judged = code.rfind("11", 0) == 0 || code.rfind("05", 0) == 0 || code.rfind("12", 0) == 0 ||
                          code.rfind("17", 0) == 0;
      for (int ph : phrases) {
        // "… सहयोग से जुड़े 13 समझौतों पर हस्ताक्षर किए": a से phrase that
        // a participle of relation follows says what a thing concerns, not
        // with whom the act is done.
        static const KeySet kRelated({"जुड़ा", "जुड़े", "जुड़ी", "जुडा", "जुडे", "जुडी", "संबंधित", "सम्बन्धित",
                                      "संबद्ध", "संबंधी"});
        if (v.marker[ph] == MatchKey("से")) {
          // (Of a coordination, after its last conjunct: "व्यापार, निवेश और
          // तटरक्षक सहयोग से जुड़े".)
          int end = ph;
          const int co = parse.phrases[ph].coordination;
          for (size_t q = ph + 1; co >= 0 && q < parse.phrases.size() && parse.phrases[q].coordination == co; ++q)
            end = static_cast<int>(q);
          const int after = std::max(parse.phrases[end].last, parse.phrases[end].postposition_last);
          if (after < v.size() && kRelated.Contains(v.keys[after])) continue;
        }
        // "X की गिरफ्तारी को गैरकानूनी करार दिया", "क़तर के अलगाव की आलोचना",
        // "जाधव की फांसी पर रोक": what was done to X is not X's deed; who is
        // criticised, praised or stopped is whoever did it.
        static const KeySet kDoneTo({"गिरफ्तारी", "गिरफ़्तारी", "हिरासत", "नजरबंदी", "नज़रबंदी", "हत्या", "हत्याओं",
                                     "फांसी", "फाँसी", "बर्खास्तगी", "निलंबन", "निष्कासन", "अलगाव", "घेराबंदी",
                                     "प्रत्यर्पण", "निर्वासन", "उत्पीड़न", "दमन", "अपहरण", "रिहाई"});
        // (Nor whose place or mission an attack hit: "ब्रितानी दूतावास पर हुए
        // हमले की निंदा" condemns the attackers.)
        const int first = parse.phrases[ph].first;
        static const KeySet kHappened({"हुए", "हुआ", "हुई", "किए", "किया", "की", "गए", "गई", "गया"});
        const bool attack_on = code.rfind("11", 0) == 0 && first >= 2 && v.keys[first - 2] == MatchKey("पर") &&
                               kHappened.Contains(v.keys[first - 1]) && IsAttackNoun(v, lex, ph);
        const bool done_to = judged && (kDoneTo.Contains(v.keys[parse.phrases[ph].head]) || attack_on);
        // "बान की-मून ने इसे 'भयावह और कायरतापूर्ण' हमला बताया": इसे, labelled
        // an attack, is the attack reported before, not the actor it may
        // stand for elsewhere.
        static const KeySet kIt({"इसे", "इसको", "उसे", "उसको"});
        if (code.rfind("11", 0) == 0 && c->target_event < 0 && parse.phrases[ph].last - parse.phrases[ph].first == 1 &&
            kIt.Contains(v.keys[parse.phrases[ph].first])) {
          int label = -1;
          for (size_t q = ph + 1; q < parse.phrases.size() && parse.phrases[q].last <= t.first; ++q)
            if (v.marker[q].empty() && IsAttackNoun(v, lex, static_cast<int>(q))) label = static_cast<int>(q);
          if (label >= 0) {
            c->target_event = label;
            continue;
          }
        }
        // "ईरान ने हमले की निंदा की है, जबकि ब्रिटेन … ने इसका समर्थन किया
        // है": इसका after an attack its own sentence named is that attack.
        static const KeySet kOfIt({"इसका", "इसकी", "इसके", "इसे", "इसको"});
        if ((code.rfind("05", 0) == 0 || code.rfind("11", 0) == 0 || code.rfind("12", 0) == 0) &&
            c->target_event < 0 && parse.phrases[ph].last - parse.phrases[ph].first == 1 &&
            kOfIt.Contains(v.keys[parse.phrases[ph].first])) {
          int attack = -1;
          for (int q = 0; q < ph; ++q)
            if (IsAttackNoun(v, lex, q)) attack = q;
          if (attack >= 0) {
            c->target_event = attack;
            c->rules.push_back("target: the attack its sentence named before '" + v.sent->tokens[parse.phrases[ph].first].text + "'");
            continue;
          }
        }
        std::vector<Referent> actors = ArgumentActors(v, d, ph, key != kBareRole && !done_to, &c->rules);
        // (A bare object that names no actor is still its participle's:
        // "… ने ब्रिटेन से आने वाली उड़ानें निलंबित कर दीं".)
        if (actors.empty() && key == kBareRole && !done_to) {
          actors = ParticipleOwners(v, d, ph);
          if (!actors.empty())
            c->rules.push_back("owner: the participle before '" + v.sent->tokens[parse.phrases[ph].head].text + "'");
        }
        RemoveSameEntities(c->source.actors, d, &actors);
        if (actors.empty() && c->target_event < 0 && IsAttackNoun(v, lex, ph)) c->target_event = ph;
        // "इन प्रतिबंधों की निंदा", "इस फ़ैसले का स्वागत": an act just reported.
        static const KeySet kThis({"इस", "इन", "उस", "उन", "इसी", "इन्हीं", "ऐसे", "ऐसी", "यह", "ये"});
        if (actors.empty() && (c->target_act < 0 || c->target_act_bare) && c->target_event < 0 &&
            kThis.Contains(v.keys[parse.phrases[ph].first]) && parse.phrases[ph].head > parse.phrases[ph].first) {
          c->target_act = ph;
          c->target_act_bare = false;
        }
        // "विपक्ष ने रविवार के चुनाव का बहिष्कार किया": an election, whatever
        // its genitive, stands for the government that held it (coder.cc).
        if (actors.empty() && c->target_act < 0 && c->target_event < 0 && IsElectionNoun(v.keys[parse.phrases[ph].head])) {
          c->target_act = ph;
          c->target_act_bare = false;
        }
        // "दक्षिण कोरिया ने परीक्षण की कड़ी निंदा की" after "उत्तर कोरिया ने
        // … परीक्षण किया", "आरोपों को खारिज किया", "तख़्तापलट के ख़िलाफ़
        // प्रदर्शन": a bare act noun, with no genitive of its own, as the
        // genitive object, the predicate's own को object or के खिलाफ (or पर,
        // of disapproval: "फैसले पर खेद जताया"), may name the act of the same
        // noun reported before.
        // (Also a two-word compound: "परमाणु परीक्षण की निंदा", "किसानों पर
        // बल प्रयोग की निंदा".)
        if (actors.empty() && c->target_act < 0 && c->target_event < 0 && v.genitives[ph].empty() &&
            parse.phrases[ph].head - parse.phrases[ph].first <= 1 && parse.phrases[ph].head == parse.phrases[ph].last - 1 &&
            (v.marker[ph] == GenitiveKey() || (v.marker[ph] == MatchKey("को") && v.attached[ph] == t.predicate) ||
             v.marker[ph] == syntax_internal::CanonicalMarker("के खिलाफ") ||
             (v.marker[ph] == MatchKey("पर") && code.rfind("11", 0) == 0)) &&
            v.pred_of[parse.phrases[ph].head] < 0) {
          c->target_act = ph;
          c->target_act_bare = true;
        }
        if (actors.empty()) continue;
        const bool institutional = actors[0].kind == ActorKind::kState || actors[0].kind == ActorKind::kOrganisation;
        // (Nor the source's own people sent to another state: "चीन ने
        // डॉक्टरों की एक टीम और दवाइयां श्रीलंका भेजी": Sri Lanka.)
        auto own = [&](const std::vector<Referent>& a) {
          return !c->source.actors.empty() && !Principal(a[0].code).empty() &&
                 Principal(a[0].code) == Principal(c->source.actors[0].code);
        };
        // (Only a को phrase of this very verb: "… आंदोलन को पैसा पहुंचाने के
        // आरोप में एक जर्मन नागरिक को देश से निकाल दिया" expels the German.)
        bool own_phrase = false;
        for (const Argument& a : pr.args) own_phrase |= a.phrase == ph;
        if (best < 0 ||
            (institutional && key == MatchKey("को") && best_actors[0].kind == ActorKind::kPerson && own_phrase) ||
            (key == MatchKey("को") && own(best_actors) && !own(actors))) {
          best = ph;
          best_actors = actors;
        }
      }
      if (best >= 0) {
        SetTarget(best_actors, best, key, "target: '" + (key.empty() ? std::string("subject") : key) + "'", c);
      }
      if (!c->target.actors.empty()) break;
    }
    // "… को गिरफ्तार किया गया": a passive without its agent has the
    // target's state as agent, in the role the pattern names (police for
    // an arrest, the government for a release).
    if (implied && !ImpliedAgent(v, d, p, c)) return false;
    // "X ने आरोप लगाया कि Y ने …": the subject of the कि-clause.
    // (And for a threat, whom the speaker's own side will act on there.)
    const bool threat = p.code.rfind("13", 0) == 0;
    if (c->target.actors.empty() && (p.clause_target || threat)) {
      for (size_t q = 0; q < parse.predicates.size() && c->target.actors.empty(); ++q) {
        const Predicate& e = parse.predicates[q];
        if (e.clause < 0 || e.clause >= static_cast<int>(parse.clauses.size())) continue;
        const Clause& cl = parse.clauses[e.clause];
        if (cl.type != ClauseType::kComplement && cl.type != ClauseType::kQuote) continue;
        if (cl.first < t.last - 1) continue;
        int ph = -1;
        std::vector<Referent> s = SubjectOf(v, d, static_cast<int>(q), &ph);
        // "… ने चेतावनी दी कि सुरक्षा बल आतंकवादियों … को ढूँढ निकालेंगे": a
        // warning that the speaker's own side will act is aimed at whom it
        // will act on.
        bool own_side = !c->source.actors.empty() && !s.empty();
        for (const Referent& r : s)
          own_side &= Principal(r.code) == Principal(c->source.actors[0].code);
        bool written_subject = false;
        for (const Argument& a : e.args) written_subject |= a.role == Role::kSubject;
        // (Of a state's authorities only: a senator's warning about what
        // another will do is no threat of his side.)
        const bool authority = !c->source.actors.empty() && (c->source.actors[0].code.size() == 3 ||
                                                             IsAuthorityRole(RoleCode(c->source.actors[0].code)));
        if (threat && authority &&
            ((ph < 0 && !written_subject && e.subject_from < 0) || (ph >= 0 && own_side))) {
          for (const Argument& a : e.args) {
            if (a.role == Role::kSubject || !c->target.actors.empty()) continue;
            std::vector<Referent> on = PhraseActors(v, d, a.phrase);
            on.erase(std::remove_if(on.begin(), on.end(),
                                    [&](const Referent& r) {
                                      return Principal(r.code) == Principal(c->source.actors[0].code) &&
                                             RoleCode(r.code) != "REB";
                                    }),
                     on.end());
            if (on.empty()) continue;
            SetTarget(on, a.phrase, "कि", "target: whom the speaker's side will act on in the कि-clause", c);
          }
          continue;
        }
        if (!p.clause_target) continue;
        if (ph < 0) continue;  // a dropped subject there is the speaker himself
        RemoveSameEntities(c->source.actors, d, &s);
        if (s.empty()) continue;
        SetTarget(s, ph, "कि", "target: subject of the कि-clause", c);
      }
      // (Else whose complicity, plot or hand the कि-clause names: "… आरोप
      // लगाया कि यह इस्तीफ़ा ट्रंप और सलमान की मिलीभगत से हुआ है".)
      static const KeySet kComplicity({"मिलीभगत", "साजिश", "साज़िश", "षड्यंत्र", "इशारे", "इशारा", "शह", "हाथ",
                                       "दबाव", "सांठगांठ", "साठगांठ"});
      for (size_t k = 0; p.clause_target && k < parse.phrases.size() && c->target.actors.empty(); ++k) {
        const Phrase& ph = parse.phrases[k];
        if (ph.head < 0 || ph.first < t.last || !kComplicity.Contains(v.keys[ph.head])) continue;
        bool in_clause = false;
        for (const Clause& cl : parse.clauses)
          in_clause |= (cl.type == ClauseType::kComplement || cl.type == ClauseType::kQuote) && cl.first <= ph.first &&
                       ph.last <= cl.last;
        if (!in_clause) continue;
        for (int g : v.genitives[k]) {
          // (PhraseActors gives every conjunct: "ट्रंप और सलमान की".)
          std::vector<Referent> a = PhraseActors(v, d, g);
          RemoveSameEntities(c->source.actors, d, &a);
          if (a.empty()) continue;
          SetTarget(a, g, "कि", "target: whose complicity the कि-clause names", c);
          break;
        }
      }
    }
  } else {
    // An event noun.
    std::vector<std::pair<int, std::string>> args = NounArguments(v, t.phrase);
    std::vector<Referent> inside = InPhraseActors(v, d, t);
    auto fill = [&](const std::vector<std::string>& keys, const std::vector<Referent>& exclude,
                    Side* side) {
      // The actors `a` of phrase `ph` for role `key`, unless only the other
      // side's.
      auto take = [&](std::vector<Referent> a, int ph, const std::string& key) {
        RemoveSameEntities(exclude, d, &a);
        if (a.empty()) return false;
        side->actors = std::move(a);
        side->phrase = ph;
        side->role = key;
        return true;
      };
      for (const std::string& key : keys) {
        if (key == kBareRole) {
          std::vector<Referent> a = inside;
          RemoveActors(exclude, &a);
          // (A city before the noun is where it happened, not a side:
          // "मुंबई हमलों", "सिंगापुर शिखर बैठक"; but where a visit goes,
          // "मोदी की लाहौर यात्रा".)
          if (p.code.rfind("042", 0) != 0 && p.code.rfind("043", 0) != 0)
            a.erase(std::remove_if(a.begin(), a.end(),
                                   [&](const Referent& r) {
                                     return r.mention >= 0 && r.mention < static_cast<int>(d.mentions().size()) &&
                                            d.mentions()[r.mention].city;
                                   }),
                    a.end());
          if (!a.empty()) {
            side->actors = a;
            side->role = key;
            return;
          }
          continue;
        }
        if (key == kNextRole) {
          std::vector<Referent> a;
          for (size_t m = 0; m < d.mentions().size() && a.empty(); ++m) {
            const ActorMention& am = d.mentions()[m];
            if (am.sentence != v.index || am.code.empty() || am.first != t.last) continue;
            Referent r;
            r.code = am.code;
            r.mention = r.antecedent = static_cast<int>(m);
            r.kind = am.kind;
            a.push_back(r);
          }
          if (take(std::move(a), -1, key)) return;
          continue;
        }
        if (key == kResponderRole) {
          // Who answers it: rejects, ignores, accepts, meets or acts on it
          // (… की मांग पर सरकार ने …); not who supports or joins it.
          static const KeySet kAnswers({"खारिज करना", "ठुकराना", "नकारना", "अनसुना करना", "अनसुनी करना",
                                        "मानना", "स्वीकार करना", "अस्वीकार करना", "पूरा करना", "अमल करना",
                                        "विचार करना", "मंजूर करना", "मंज़ूर करना", "नामंजूर करना"});
          const int host = v.attached[t.phrase];
          if (host < 0 || (v.marker[t.phrase] != MatchKey("पर") &&
                           !kAnswers.Contains(MatchKey(v.parse->predicates[host].lemma))))
            continue;
          int ph = -1;
          std::vector<Referent> a = SubjectOf(v, d, host, &ph);
          if (take(std::move(a), ph, key)) return;
          continue;
        }
        for (const auto& [ph, m] : args)
          if (m == key && take(NounArgumentActors(v, d, ph), ph, key)) return;
      }
    };
    // "B के साथ बैठक के दौरान A ने …", "भारत के दौरे पर X पहुंचे": a noun
    // that is an adjunct of a clause has that clause's subject as its
    // source, and its own genitive or inner actor as target.
    const int host = v.attached[t.phrase];
    const std::string& m = v.marker[t.phrase];
    // Only for meetings, talks and visits: an attack "के बाद" which the
    // clause's subject reacts to is not the subject's attack.
    static const std::vector<std::string> kAdjunct = {
        syntax_internal::CanonicalMarker("के दौरान"), MatchKey("में"), MatchKey("पर")};
    const bool cooperative = p.code.size() >= 2 && p.code[0] == '0';
    std::vector<Referent> host_subject;
    int host_phrase = -1;
    // (Not when the noun's genitive names a person or body: "पेलोसी की
    // ताइवान यात्रा पर नाराजगी" is Pelosi's visit; a state in the genitive
    // is where the visit goes: "भारत के दौरे पर X पहुंचे".)
    bool own_agent = false;
    for (int g : v.genitives[t.phrase])
      for (const Referent& r : PhraseActors(v, d, g)) own_agent |= r.kind != ActorKind::kState;
    // (Not an appeal: "नेटो ने तुर्की के अनुरोध पर बैठक बुलाई" is Turkey's
    // request of NATO.)
    const bool appeal = p.code.rfind("02", 0) == 0;
    // (Talks "के बाद" too, between the two sides that then speak: "… कोर
    // कमांडर स्तर की वार्ता के बाद दोनों पक्षों ने संयुक्त बयान में कहा".)
    const bool after = m == MatchKey("के बाद");
    if (host >= 0 && cooperative && !appeal && !own_agent &&
        (std::find(kAdjunct.begin(), kAdjunct.end(), m) != kAdjunct.end() || (after && p.joint)))
      host_subject = SubjectOf(v, d, host, &host_phrase);
    if (!host_subject.empty() && p.joint == false) {
      c->source.actors = host_subject;
      c->source.phrase = host_phrase;
      c->rules.push_back("source: subject of the clause the noun is an adjunct of");
      std::vector<std::string> keys = p.targets;
      for (const char* k : {"का", "bare"}) {
        const std::string key = std::string(k) == "bare" ? std::string(kBareRole) : GenitiveKey();
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
      }
      fill(keys, c->source.actors, &c->target);
    } else {
      fill(p.sources, {}, &c->source);
      // "दो समुदायों में झड़प हो गई": a joint noun right after a में phrase
      // counting two of a kind has them as its sides (not a place: "श्रीनगर
      // में झड़प").
      if (c->source.actors.empty() && p.joint && t.phrase > 0 && v.marker[t.phrase - 1] == MatchKey("में") &&
          parse.phrases[t.phrase].first - parse.phrases[t.phrase - 1].last <= 2 &&
          parse.phrases[t.phrase - 1].coordination < 0 && TwoSides(v, d, t.phrase - 1)) {
        std::vector<Referent> a = PhraseActors(v, d, t.phrase - 1);
        if (a.size() == 1 && !RoleCode(a[0].code).empty()) {
          c->source.actors = a;
          c->source.phrase = t.phrase - 1;
          c->source.role = BetweenKey();
          c->rules.push_back("source: the two sides counted in the में phrase");
        }
      }
      fill(p.targets, c->source.actors, &c->target);
      if (c->source.actors.empty() && !c->target.actors.empty() && !host_subject.empty()) {
        std::vector<Referent> s = host_subject;
        RemoveSameEntities(c->target.actors, d, &s);
        if (!s.empty()) {
          c->source.actors = s;
          c->source.phrase = host_phrase;
          c->rules.push_back("source: subject of the clause the noun is an adjunct of");
        }
      }
      // Talks with no sides of their own, "के बाद", are between the sides
      // that are the clause's subject.
      auto genitive_actor = [&] {
        for (int g : v.genitives[t.phrase])
          if (!PhraseActors(v, d, g).empty()) return true;
        return false;
      };
      // (Also talks "में" or "के दौरान" that the sides join: "आख़िरी दौर की
      // बातचीत में केरी और ज़रीफ़ … आमने-सामने बैठे".)
      const bool within = m == MatchKey("में") || m == syntax_internal::CanonicalMarker("के दौरान");
      if (c->source.actors.empty() && c->target.actors.empty() && p.joint && (after || within) &&
          host_subject.size() >= 2 && !genitive_actor()) {
        bool two = false;
        for (const Referent& r : host_subject) two |= Principal(r.code) != Principal(host_subject[0].code);
        if (two) {
          c->source.actors = host_subject;
          c->source.phrase = host_phrase;
          c->rules.push_back("source: the sides that are the subject of the clause the noun is an adjunct of");
        }
      }
    }
    // "अमरीका ने इस्लामिक स्टेट के ख़िलाफ़ हवाई हमले तेज़ कर दिए": an event
    // noun that is the object of a verb that starts, steps up or keeps up
    // an act is the deed of that verb's subject.
    if (c->source.actors.empty() && host >= 0 && (m.empty() || m == MatchKey("को"))) {
      static const KeySet kCarryOn({"तेज करना", "तेज़ करना", "शुरू करना", "शुरु करना", "जारी रखना", "बढ़ाना",
                                    "छेड़ना", "तीव्र करना", "आरंभ करना", "प्रारंभ करना"});
      const Predicate& hp = v.parse->predicates[host];
      // (Also as the infinitive of a decision: "… वार्ता फिर शुरू करने का
      // फैसला किया"; how real it is, its governor says.)
      if (hp.voice != Voice::kPassive && (hp.verb_form == "Fin" || (hp.verb_form == "Inf" && hp.complement_of >= 0)) &&
          kCarryOn.Contains(MatchKey(hp.lemma)))
        SourceFromSubject(v, d, host, "source: subject of the verb that carries on the act", c);
    }
    // "अमरीका ने उत्तर कोरिया के ख़िलाफ़ नए प्रतिबंधों का एलान किया": an
    // event noun that a decision or announcement (एलान, घोषणा, फैसला) has
    // as its genitive object is the deed of its subject.
    // (Not an attack announced: "न्यूयॉर्क पर हमले की घोषणा की" threatens
    // one; but an attack ordered is the orderer's: "ट्रंप ने … मिसाइल हमले का
    // आदेश दिया".)
    if (c->source.actors.empty() && host >= 0 && m == GenitiveKey()) {
      const Predicate& hp = v.parse->predicates[host];
      static const KeySet kOrder({"आदेश", "आदेशों", "हुक्म"});
      const bool ordered = hp.noun >= 0 && kOrder.Contains(v.keys[hp.noun]);
      if (hp.voice != Voice::kPassive && hp.verb_form == "Fin" && hp.noun >= 0 &&
          ((IsDecisionNoun(v.keys[hp.noun]) && !IsViolentCode(p.code)) || (ordered && IsViolentCode(p.code))))
        SourceFromSubject(v, d, host, "source: subject of the decision that names the act", c);
    }
    if (!c->source.actors.empty())
      c->rules.push_back("noun source: '" + (c->source.role.empty() ? std::string("subject") : c->source.role) + "'");
    if (!c->target.actors.empty()) c->rules.push_back("noun target: '" + c->target.role + "'");
    // "उन्होंने अपनी अमेरिका यात्रा के अंत में कहा": a noun owned by the
    // reflexive अपना is the deed of the subject of the clause it stands in
    // (through a genitive chain: यात्रा की समाप्ति पर). Visits, talks,
    // aid: not a conflict, which the clause may report someone else's view of.
    if (c->source.actors.empty() && cooperative) {
      static const KeySet kReflexive({"अपना", "अपनी", "अपने"});
      auto has_reflexive = [&](int first, int last) {
        for (int k = first; k < last && k < v.size(); ++k)
          if (kReflexive.Contains(v.keys[k])) return true;
        return false;
      };
      bool reflexive = has_reflexive(parse.phrases[t.phrase].first, t.first);
      for (int g : v.genitives[t.phrase]) reflexive |= has_reflexive(parse.phrases[g].first, parse.phrases[g].last);
      int ph = t.phrase, host_pred = -1;
      for (int guard = 0; reflexive && guard < 4 && ph >= 0 && host_pred < 0; ++guard) {
        host_pred = v.attached[ph];
        ph = parse.phrases[ph].genitive_of;
      }
      if (host_pred >= 0) SourceFromSubject(v, d, host_pred, "source: the subject the reflexive अपना points to", c);
    }
    // A noun alone ("संसद पर हमले के बाद") often recalls an attack the
    // article is not about; with victims it reports one.
    // "लश्कर के तीन आतंकी गिरफ्तार": a headline noun whose agent the
    // pattern implies (the police of the arrested).
    if (c->source.actors.empty() && !c->target.actors.empty() && !p.implied_agent.empty() &&
        !ImpliedAgent(v, d, p, c))
      return false;
    // "चीनी सैनिकों के साथ झड़प में भारतीय सेना के 20 जवान मारे गए": a
    // clash with one side written has the killed or wounded as the other.
    if (c->source.actors.empty() && !c->target.actors.empty() && violent && p.joint) {
      int ph = -1;
      std::vector<Referent> victims = VictimActors(v, d, lex, &ph);
      RemoveActors(c->target.actors, &victims);
      // (Not one who died before it: "एक आतंकी के मरने के बाद … भीड़ पर
      // गोलीबारी" is no clash of the dead militant's.)
      if (ph >= 0 && v.attached[ph] >= 0 && IsTemporalInfinitive(parse.predicates[v.attached[ph]])) victims.clear();
      if (!victims.empty()) {
        c->source.actors = victims;
        c->source.phrase = ph;
        c->source.role = "victims";
        c->rules.push_back("source: the killed or wounded of a clash with the other side");
      }
    }
    // (Not an air strike: states fly them; with no agent named there is no
    // event.)
    static const KeySet kAir({"हवाई", "ड्रोन", "मिसाइल", "सर्जिकल"});
    bool air = p.code.rfind("195", 0) == 0;
    for (int k = std::max(0, t.first - 2); k < t.last && k < v.size(); ++k) air |= kAir.Contains(v.keys[k]);
    // (Also an attack noun with its target that the text says happened in
    // a place it names: "क्वेटा में पुलिस चौकी पर हुए हमले में चार
    // पुलिसकर्मी मारे गए", as "चौकी पर हमला हुआ"; not an attack named only
    // to refer to it, "टीम पर हुए हमले के संबंध में", whose attackers the
    // article names elsewhere.)
    static const KeySet kHappened({"हुए", "हुआ", "हुई", "गए", "गई", "गया"});
    const bool happened = t.predicate < 0 && t.first > 0 && kHappened.Contains(v.keys[t.first - 1]) &&
                          !c->target.actors.empty() && !PlacePrincipal(v, d).empty();
    unnamed = c->source.actors.empty() && violent && !p.joint && (c->target.actors.empty() || happened) && !air &&
              !InQuote(*v.parse, t.first);
    // "मॉस्को और सेंट पीटर्सबर्ग में लगातार विरोध प्रदर्शन हो रहे हैं":
    // protests said to happen, with no protester named, in a place the
    // sentence names are that state's people's, against its government
    // when the text names no side.
    // (The noun with होना, चलना, शुरू होना is a predicate of its own, a row
    // of patterns.tsv: "नेपाल में सरकार के खिलाफ प्रदर्शन हुए".)
    if (c->source.actors.empty() && !unnamed && p.code.rfind("14", 0) == 0) {
      static const KeySet kGoingOn({"हो", "हुए", "हुआ", "हुई", "हुईं", "जारी", "चल", "भड़क", "भड़के", "शुरू"});
      bool going_on = t.predicate >= 0 && p.sources.empty();
      for (int k = t.last; t.predicate < 0 && k < v.size() && k < t.last + 2; ++k)
        going_on |= kGoingOn.Contains(v.keys[k]);
      const std::string place = going_on ? PlacePrincipal(v, d) : "";
      if (!place.empty()) {
        SetImplied(place + "CVL", ActorKind::kState, &c->source, c,
                   "source: the people of the place where the protests happen: ");
        if (c->target.actors.empty())
          SetImplied(place + "GOV", ActorKind::kOrganisation, &c->target, c, "target: the government of the place: ");
      }
    }
    if (c->source.actors.empty() && !unnamed) return false;
  }
  if (c->target.actors.empty() && violent && (!p.joint || c->source.actors.size() == 1)) {
    // "… हमले में 11 सैनिकों की मौत हो गई": the victims the sentence reports.
    int ph = -1;
    bool pluperfect = false;
    std::vector<Referent> victims = VictimActors(v, d, lex, &ph, &pluperfect);
    RemoveActors(c->source.actors, &victims);
    if (!victims.empty()) {
      SetTarget(victims, ph, "victims", "target: the killed or wounded the sentence reports", c);
      c->victims_recalled = pluperfect;
    }
  }
  if (c->target.actors.empty() && violent && t.predicate < 0 && !p.joint && !c->source.actors.empty()) {
    // "जम्मू में हुए आतंकवादी हमले पर …": an armed group's attack that the
    // text says happened in a place it names, with no victims written, is
    // on that place's people.
    // (The state named right before "में (…) हुए", and the group's own:
    // "पेरिस और माली में हुए हमलों" is not Mali's militants in Paris.)
    static const KeySet kHappenedHere({"हुए", "हुआ", "हुई"});
    static const std::string kIn = MatchKey("में");
    int happened = -1;
    for (int k = std::max(0, t.first - 3); k < t.first; ++k)
      if (kHappenedHere.Contains(v.keys[k])) happened = k;
    int in = -1;
    for (int k = happened - 1; k >= 0 && k >= happened - 4 && in < 0; --k)
      if (v.keys[k] == kIn) in = k;
    std::string place;
    int place_end = -1;
    if (in >= 0)
      for (const ActorMention& m : d.mentions())
        if (m.sentence == v.index && m.kind == ActorKind::kState && m.code.size() == 3 && m.last <= in &&
            in - m.last <= 2 && m.last > place_end)
          place = m.code, place_end = m.last;
    for (const Referent& r : c->source.actors)
      if (RoleCode(r.code) != "REB" || Principal(r.code) != place) place.clear();
    if (!place.empty())
      SetImplied(place + "CVL", ActorKind::kState, &c->target, c,
                 "target: the people of the place where the attack happened: ");
  }
  if (unnamed) {
    if (c->target.actors.empty()) return false;
    // "… हमले में 40 जवान मारे गए थे, जिसकी ज़िम्मेदारी जैश-ए-मोहम्मद ने ली
    // थी": a group that claims it in the same sentence did it.
    for (size_t q = 0; q < parse.predicates.size(); ++q) {
      const Predicate& cp = parse.predicates[q];
      static const KeySet kClaim({"जिम्मेदारी", "ज़िम्मेदारी", "जिम्मेवारी"});
      bool claim = false;
      // (Back over the claimant's name, hyphens and all, not past a comma.)
      for (int k = cp.head - 1; k >= 0 && k >= cp.head - 10 && !claim && v.sent->tokens[k].text != "," &&
                                v.sent->tokens[k].text != "।";
           --k)
        claim = kClaim.Contains(v.keys[k]);
      if (!claim || cp.negated || !std::string_view(cp.lemma).ends_with("लेना")) continue;
      int ph = -1;
      std::vector<Referent> by = SubjectOf(v, d, static_cast<int>(q), &ph);
      if (by.size() != 1 || RoleCode(by[0].code) != "REB") continue;
      c->source.actors = by;
      c->source.phrase = ph;
      c->rules.push_back("source: the group that claims the attack in its sentence");
      return true;
    }
    // Unnamed attackers are the armed non-state group of the country where
    // the attack happened: the place the sentence names, else the one
    // state all its targets belong to.
    std::string principal = PlacePrincipal(v, d);
    std::string why = "the place the sentence names";
    if (principal.empty()) {
      for (const Referent& r : c->target.actors) {
        const std::string pr = Principal(r.code);
        if (pr.size() != 3 || r.code.rfind("IGO", 0) == 0 || r.code.rfind("NGO", 0) == 0 ||
            (!principal.empty() && pr != principal)) {
          principal.clear();
          break;
        }
        principal = pr;
      }
      why = "the state of its targets";
    }
    // (Not the armed group that is itself the target: "सना में हूती
    // ठिकानों को निशाना बनाया गया" after coalition air strikes; the coder
    // may know the attacker.)
    for (const Referent& r : c->target.actors)
      if (!principal.empty() && r.code == principal + "REB") principal.clear();
    if (principal.empty()) {
      // The coder may know the attacker of the attack reported before.
      c->source.actors.clear();
      c->unnamed_source = true;
      c->rules.push_back("source: unnamed attackers of an unnamed place");
      return true;
    }
    SetImplied(principal + "REB", ActorKind::kOrganisation, &c->source, c,
               "source: unnamed attackers, armed group of " + why + ": ");
    c->unnamed_source = true;
  }
  if (c->target.actors.empty() && t.predicate >= 0 && c->source.actors.size() >= 2 &&
      HasReciprocal(v, parse.predicates[t.predicate], t.predicate)) {
    // "दोनों ने एक दूसरे पर आरोप लगाया": each of them to the other.
    c->joint_within = true;
    c->rules.push_back("reciprocal: एक दूसरे");
    return true;
  }
  // (Not past an act the predicate names as its own target after the
  // participle: "बान की-मून को चिट्ठी लिखकर इन आरोपों पर एतराज़ जताया"
  // objects to the accusers.)
  if (c->target.actors.empty() && t.predicate >= 0 && !p.joint) {
    const bool own_act = c->target_act >= 0 && !c->target_act_bare && v.attached[c->target_act] == t.predicate;
    // "X के राजदूत को तलब कर विरोध दर्ज कराया": the object of a
    // conjunctive participle of the same subject; for what is done by
    // saying (an appeal, a demand, criticism), also the one spoken to
    // before it: "शरीफ़ से बात कर/को पत्र लिखकर … की मांग की", "शरीफ़ से
    // बात की और … की मांग की".
    // (Also a promise, "… से बात की और मदद का भरोसा दिलाया", and a protest
    // with the one its coordinated verb accuses or asks: "लोगों ने प्रदर्शन
    // करके सरकार पर लापरवाही का आरोप लगाया".)
    const int root = p.code.size() >= 2 ? std::stoi(p.code.substr(0, 2)) : 0;
    const bool said = root == 2 || root == 3 || (root >= 10 && root <= 14);
    // (Also, for a promise or offer, a conjunctive participle of the verb
    // it shares its subject with: "… राष्ट्रपति को फ़ोन कर दुख जताया और
    // मदद की पेशकश की".)
    const int shared = parse.predicates[t.predicate].subject_from;
    for (size_t q = 0; q < parse.predicates.size() && c->target.actors.empty(); ++q) {
      const Predicate& cp = parse.predicates[q];
      const bool conv = cp.verb_form == "Conv" &&
                        (cp.subject_from == t.predicate || (root == 3 && shared >= 0 && cp.subject_from == shared));
      // (Or after it, sharing its subject: "छात्रों ने प्रदर्शन किया और
      // सरकार से इस्तीफे की मांग की", for the protest.)
      const bool before = said && static_cast<int>(q) != t.predicate &&
                          (conv || shared == static_cast<int>(q) || (root == 14 && cp.subject_from == t.predicate));
      if (!conv && !before) continue;
      if (own_act && !cp.tokens.empty() && parse.phrases[c->target_act].first > cp.tokens.back()) continue;
      for (const Argument& a : cp.args) {
        // (Not the partner of a talk for disapproval: "… से बात कर हालात पर
        // चिंता जताई".)
        const bool partner = root == 11 && a.role == Role::kWith;
        const bool spoken_to =
            before && !partner && (a.role == Role::kAddressee || v.marker[a.phrase] == MatchKey("से") ||
                       (root == 14 && (v.marker[a.phrase] == MatchKey("पर") ||
                                       v.marker[a.phrase] == syntax_internal::CanonicalMarker("के खिलाफ"))));
        // (Of a coordinated verb, only the one spoken to: "अदालत ने X को
        // संवेदनशील बताया और कहा कि …" asks nothing of X.)
        if (!spoken_to && (!conv || (a.role != Role::kObject && a.role != Role::kRecipient))) continue;
        std::vector<Referent> actors = PhraseActors(v, d, a.phrase);
        RemoveSameEntities(c->source.actors, d, &actors);
        if (actors.empty()) continue;
        SetTarget(actors, a.phrase, "conv", "target: object of the conjunctive participle '" + cp.lemma + "'", c);
        break;
      }
    }
  }
  if (c->target.actors.empty() && t.predicate >= 0 && !p.joint) {
    int ph = -1;
    std::vector<Referent> before = RelativeAntecedentActors(v, d, t.predicate, &ph);
    RemoveSameEntities(c->source.actors, d, &before);
    if (!before.empty()) {
      SetTarget(before, ph, "relative", "target: the subject of the clause the relative pronoun stands for", c);
    }
  }
  if (c->target.actors.empty() && p.claim && !c->source.actors.empty()) {
    c->claims = true;
    c->rules.push_back("target: the victim of the attack it claims");
    return true;  // the coder knows the attacks reported before
  }
  // "… आग्रह किया था, लेकिन पाकिस्तान ने इसे मानने से इनकार कर दिया": a
  // refusal to accept or carry out, with no target of its own, is aimed at
  // whoever the infinitive's object stands for (the request's maker).
  if (c->target.actors.empty() && c->target_event < 0 && t.predicate >= 0 && !p.joint &&
      p.code.rfind("12", 0) == 0) {
    static const KeySet kAccept({"मानना", "स्वीकार करना", "स्वीकारना", "मंजूर करना", "मंज़ूर करना", "लागू करना",
                                 "पालन करना"});
    for (size_t q = 0; q < parse.predicates.size() && c->target.actors.empty(); ++q) {
      const Predicate& inf = parse.predicates[q];
      if (inf.complement_of != t.predicate || inf.verb_form != "Inf" || !kAccept.Contains(MatchKey(inf.lemma)))
        continue;
      for (const Argument& a : inf.args) {
        if (a.role != Role::kObject) continue;
        std::vector<Referent> actors = PhraseActors(v, d, a.phrase);
        RemoveSameEntities(c->source.actors, d, &actors);
        if (actors.empty()) continue;
        SetTarget(actors, a.phrase, "refused", "target: what the refused infinitive's object stands for", c);
        break;
      }
    }
  }
  // "तालिबान के हमले के बाद सेना ने जवाबी कार्रवाई की": force with no target
  // of its own, after or in answer to an attack its clause names, is aimed
  // at that attack's attacker.
  if (c->target.actors.empty() && c->target_event < 0 && t.predicate >= 0 && !p.joint && IsViolentCode(p.code)) {
    static const std::string kAfter = syntax_internal::CanonicalMarker("के बाद"),
                             kAnswer = syntax_internal::CanonicalMarker("के जवाब में");
    // (Only a reply: "जवाबी कार्रवाई", or "के जवाब में"; a cordon thrown
    // round a place "विस्फोट के बाद" is aimed at no one.)
    static const std::string kReply = MatchKey("जवाबी");
    bool reply = false;
    for (int k = t.first; k < t.last && k < v.size(); ++k) reply |= v.keys[k] == kReply;
    for (const Argument& a : parse.predicates[t.predicate].args) {
      const std::string& mk = v.marker[a.phrase];
      if (!((mk == kAfter && reply) || mk == kAnswer) || !PhraseActors(v, d, a.phrase).empty() ||
          !IsAttackNoun(v, lex, a.phrase))
        continue;
      c->target_event = a.phrase;
      c->rules.push_back("target: the attacker of the attack it follows or answers");
      break;
    }
  }
  // "ईरान ने हमले तुरंत रोकने की मांग की": an appeal or a demand that an
  // attack stop, asked of no one named, is made of its attacker.
  if (c->target.actors.empty() && c->target_event < 0 && t.predicate >= 0 && !p.joint &&
      (p.code.rfind("02", 0) == 0 || p.code.rfind("10", 0) == 0)) {
    for (size_t q = 0; q < parse.predicates.size() && c->target_event < 0; ++q) {
      const Predicate& inf = parse.predicates[q];
      if (inf.complement_of != t.predicate || inf.verb_form != "Inf") continue;
      for (const Argument& a : inf.args) {
        if (a.role != Role::kObject || !PhraseActors(v, d, a.phrase).empty() || !IsAttackNoun(v, lex, a.phrase))
          continue;
        c->target_event = a.phrase;
        c->rules.push_back("target: the attack asked to stop, '" + inf.lemma + "'");
        break;
      }
    }
  }
  if (c->target.actors.empty() && c->target_event >= 0 && !p.joint) {
    c->rules.push_back("target: the attacker of the attack it names");
    return true;  // the coder knows the attacks reported before
  }
  // "विपक्ष ने मामले की जांच की मांग की": a demand or objection that names
  // no one is made of the source's own government.
  if (c->target.actors.empty() && !p.implied_addressee.empty() && c->source.actors.size() == 1) {
    const Referent& s = c->source.actors[0];
    const std::string principal = Principal(s.code);
    if (principal.size() == 3 && s.code.rfind("IGO", 0) != 0 && s.code.rfind("NGO", 0) != 0 &&
        !RoleCode(s.code).empty() && RoleCode(s.code) != p.implied_addressee &&
        (RoleCode(s.code) != "REB" || p.code.rfind("14", 0) == 0)) {
      // (An armed group's demands are of whoever it fights; its bandh or
      // strike is against its own state's government: "माओवादियों ने झारखंड
      // बंद का आह्वान किया".)
      SetImplied(principal + p.implied_addressee, ActorKind::kOrganisation, &c->target, c,
                 "target: the addressee the text does not name: ");
      return true;
    }
  }
  // "परिषद के 13 सदस्यों ने प्रस्ताव के पक्ष में वोट दिया, लेकिन रूस और
  // चीन ने इसे वीटो कर दिया": an act done in a body the article has named
  // (body=IGOUNO), with no target of its own, is aimed at that body.
  if (c->target.actors.empty() && !p.body.empty() && !c->source.actors.empty()) {
    bool named = false;
    for (const ActorMention& m : d.mentions()) {
      if (m.sentence > v.index) break;
      named |= m.code.rfind(p.body, 0) == 0;
    }
    if (named) {
      SetImplied(p.body, ActorKind::kOrganisation, &c->target, c, "target: the body the act is done in: ");
      return true;
    }
  }
  // "पुलिस ने प्रदर्शनकारियों को तितर-बितर करने के लिए आंसू गैस के गोले
  // छोड़े": force with no target of its own is against the one its purpose
  // infinitive acts on.
  if (c->target.actors.empty() && t.predicate >= 0) {
    const std::string root = p.code.substr(0, 2);
    if (root == "17" || root == "18" || root == "19")
      for (size_t q = 0; q < parse.predicates.size() && c->target.actors.empty(); ++q) {
        const Predicate& inf = parse.predicates[q];
        if (inf.complement_of != t.predicate || inf.verb_form != "Inf" || inf.tokens.empty()) continue;
        // (A purpose, "… करने के लिए", not "… निकालने के बाद".)
        const int after = inf.tokens.back() + 1;
        if (after + 1 >= v.size() || v.keys[after] != MatchKey("के") || v.keys[after + 1] != MatchKey("लिए")) continue;
        for (const Argument& a : inf.args) {
          if (a.role != Role::kObject || v.marker[a.phrase] != MatchKey("को")) continue;
          std::vector<Referent> on = ArgumentActors(v, d, a.phrase, true, &c->rules);
          RemoveSameEntities(c->source.actors, d, &on);
          if (on.empty()) continue;
          SetTarget(on, a.phrase, "purpose", "target: what its purpose infinitive acts on", c);
          break;
        }
      }
  }
  if (c->target.actors.empty()) {
    // "सेना और स्थानीय लोगों ने मिलकर आग पर काबू पाया": a conjunctive
    // participle with no one met or talked with is "together", not a
    // meeting among its subjects.
    const bool together = t.predicate >= 0 && parse.predicates[t.predicate].verb_form == "Conv" &&
                          parse.predicates[t.predicate].lemma == "मिलना";
    if (p.joint && c->source.actors.size() >= 2 && !together) {
      c->joint_within = true;
      c->rules.push_back("joint: between the actors of the source");
      return true;
    }
    // "दो समुदायों के बीच पथराव हुआ", "दलितों और मराठा समुदाय के लोगों के
    // बीच झड़प": two sides of one code (INDCVL 145 INDCVL).
    if (p.joint && c->source.actors.size() == 1 && c->source.role == BetweenKey() && c->source.phrase >= 0 &&
        TwoSides(v, d, c->source.phrase) && RoleCode(c->source.actors[0].code) != "") {
      c->source.actors.push_back(c->source.actors[0]);
      c->joint_within = true;
      c->self_joint = true;
      c->rules.push_back("joint: between two sides of one code");
      return true;
    }
    // A wrongdoing or an attack without a written target may still be
    // what a speaker alleges or reports (the speaker's side as target);
    // the coder decides.
    // So may any act a speaker says another side should do ("सरकार को
    // गरीबों के खाते में पैसे भेजने चाहिए"): the appeal is to its agent,
    // whatever the act's own target.
    if (IsViolentCode(p.code)) {
      int line = -1;
      std::vector<Referent> across = AcrossTheLine(v, c->source.actors, &line);
      if (!across.empty()) {
        SetTarget(across, line, "implied", "target: the state across the line: " + across[0].code, c);
        c->one_way = true;  // the state across the line did not fire back
        return true;
      }
    }
    // "ब्रिटेन ने भी 50 लाख पाउंड की मदद दी": aid, or an offer of aid, to
    // the recipient of the aid the article reported before (the coder).
    // (Also a consequence of a condition in reported speech: its target may
    // be the condition's subject, the coder's to find; and what a speaker
    // says another side will suffer, a threat to it: "अफ़ग़ान सरकार को इसका
    // ख़मियाज़ा भुगतना पड़ेगा".)
    // (A promise followed by its कि-clause too: "तालिबान ने वादा किया कि वह
    // … अमेरिका के खिलाफ … नहीं करने देगा" promises the side it names.)
    bool promise_clause = false;
    if (p.code.rfind("03", 0) == 0 && t.predicate >= 0)
      for (const Clause& cl : v.parse->clauses)
        promise_clause |= cl.type == ClauseType::kComplement && cl.parent == v.parse->predicates[t.predicate].clause &&
                          cl.first > t.first;
    // (A ceasefire declared, 0871, is with the source's adversary, the
    // coder's to find: "गद्दाफ़ी सरकार ने युद्धविराम की घोषणा कर दी".)
    c->target_open = p.allege || IsConflictCode(p.code) || p.code.rfind("13", 0) == 0 || promise_clause ||
                     p.code == "0871" || p.adversary || RefusesToDo(parse, p, t.predicate);
    if (!c->target_open) {
      const Modality mod = ModalityOf(v, t);
      c->target_open = mod.Asked() || (mod.speech_clause >= 0 && mod.consequence);
    }
    if (IsAidCode(p.code) && !c->source.actors.empty() && !c->target_open && c->target_act < 0) {
      c->target_aid = true;
      return true;
    }
    if (c->target_act >= 0 && !p.joint && !c->source.actors.empty()) return true;  // the coder knows the act before
    // "शी ने यह न्योता स्वीकार कर लिया", "सरकार ने अनुरोध ठुकरा दिया": an
    // invitation, request or offer accepted or turned down is its maker's.
    static const KeySet kAnswered({"न्योता", "न्यौता", "निमंत्रण", "आमंत्रण", "अनुरोध", "आग्रह", "प्रस्ताव",
                                   "पेशकश", "अपील"});
    // (The trigger's first word, or the word right before it: the parse may
    // make न्योता the object of स्वीकार करना, and "यह अनुरोध ठुकरा दिया" has
    // a simple verb.)
    static const KeySet kAnsweredToo({"मांग", "मांगें", "मांगों", "माँग"});
    int noun = t.first;
    if (noun < v.size() && !kAnswered.Contains(v.keys[noun]) && noun > 0 &&
        (kAnswered.Contains(v.keys[noun - 1]) || kAnsweredToo.Contains(v.keys[noun - 1])))
      --noun;
    const std::string root = p.code.substr(0, 2);
    // (Answered: accepted or turned down, not made: "क्यूबा ने … की पेशकश की".)
    bool answers = false;
    if (t.predicate >= 0) {
      const std::string& lemma = parse.predicates[t.predicate].lemma;
      for (const char* verb : {"स्वीकार करना", "कबूल करना", "मानना", "ठुकराना", "खारिज करना", "ख़ारिज करना",
                               "अस्वीकार करना", "नामंजूर करना", "नकारना"})
        answers |= lemma.ends_with(verb);
    }
    if (answers && noun >= 0 && noun < v.size() &&
        (kAnswered.Contains(v.keys[noun]) || kAnsweredToo.Contains(v.keys[noun])) && !c->source.actors.empty() &&
        (root == "03" || root == "05" || root == "12")) {
      c->target_act_noun = noun;
      return true;
    }
    // "… ने सभी बंदियों को तुरंत रिहा करने की मांग की": a demand or appeal to
    // release someone, made of no one written, is made of whoever holds him
    // (the coder remembers the arrests).
    if ((root == "10" || root == "02") && !c->source.actors.empty()) {
      static const KeySet kRelease({"रिहा", "रिहाई", "मुक्त", "मुक्ति"});
      int f = 0, l = v.size();
      NeedsRegion(v, t, &f, &l);
      bool release = false;
      for (int k = f; k < l && k < v.size(); ++k) release |= kRelease.Contains(v.keys[k]);
      if (release) {
        c->target_captor = true;
        return true;
      }
    }
    // "… विपक्षी गठबंधन के नेताओं ने भी समझौते पर दस्तख़त किए": a signing
    // too, with no partner written, is with who signed before (the coder
    // remembers the signings).
    if (p.code == "057" && p.joint && !c->source.actors.empty() && t.predicate >= 0) {
      static const std::string kToo = MatchKey("भी");
      const Predicate& pr = v.parse->predicates[t.predicate];
      const Clause& cl = v.parse->clauses[pr.clause];
      for (int k = cl.first; k < t.first && k < v.size(); ++k)
        if (v.keys[k] == kToo) {
          c->target_cosigner = true;
          return true;
        }
    }
    return c->target_open;
  }
  if (SameActors(c->source.actors, c->target.actors)) {
    std::vector<Referent> other = c->target.actors;
    RemoveSameEntities(c->source.actors, d, &other);
    // (Not from a genitive anywhere in the clause: "मोदी का साथ मिलते ही
    // राज्य सरकार ने प्रतिबंध हटा दिया" lifts no ban on Modi.)
    if (other.empty() || c->target.role == AnyGenitiveKey()) return false;
    c->rules.push_back("target: another " + other[0].code + " than the source");
  }
  // "पाकिस्तानी गोलाबारी में दो जवान शहीद", "चौकियों पर गोलीबारी": a joint
  // noun whose target is what one side fires on is that side's act only.
  if (t.predicate < 0 && p.joint && c->source.role != BetweenKey() &&
      (c->target.role == "victims" || c->target.role == MatchKey("पर") ||
       c->target.role == syntax_internal::CanonicalMarker("के खिलाफ"))) {
    c->one_way = true;
    c->rules.push_back("one side's act on the other, not joint");
  }
  return true;
}

}  // namespace ghatna::events
