// The discourse model: phrase referents and dropped subjects over a whole
// article. One pass over the sentences in order (headline and lead first, as
// written), carrying a small memory: the subject of the last finite clause,
// the last two actors named together, the last state named. Rules in the
// order they apply are in docs/discourse.md.
#include "ghatna/discourse.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <string_view>
#include <unordered_set>

#include "syntax/lexicon.h"
#include "text/one_of.h"

namespace ghatna {
namespace {

using syntax_internal::FoldKey;

// FoldKey of a token's text: the key the text layer or the morphology
// stored, folded here only for a token made without one.
std::string KeyOf(const Token& t) { return t.key.empty() ? FoldKey(t.text) : t.key; }

using text::OneOf;

// First-person pronouns (folded), and which of them are possessive.
bool IsFirstPerson(std::string_view k) {
  return OneOf(k, "मैं", "मैंने", "मुझे", "मुझको", "मुझसे", "मेरा", "मेरे", "मेरी", "हम", "हमने",
                   "हमें", "हमको", "हमसे", "हमारा", "हमारे", "हमारी", "हमपर", "मुझपर");
}
bool IsFirstPersonPossessive(std::string_view k) {
  return OneOf(k, "मेरा", "मेरे", "मेरी", "हमारा", "हमारे", "हमारी");
}
// Third-person pronouns that stand for an actor; the actor stage resolves
// most of them, the discourse model those it leaves open in subject place.
bool IsThirdPersonSubject(std::string_view k) {
  return OneOf(k, "उन्होंने", "उसने", "इन्होंने", "इसने", "वह", "वे", "वो", "यह", "ये");
}
// Third-person pronouns in any case, and whether they are honorific or
// plural (a person or a group) rather than singular (a state, an
// organisation, a person spoken of without respect).
bool IsPronoun(std::string_view k, bool* honorific) {
  // उस and उन stand alone before a postposition written apart: "उस पर".
  if (OneOf(k, "उन्होंने", "उनके", "उनकी", "उनका", "उन्हें", "उनको", "उनसे", "उनपर", "वे", "इन्होंने", "इनके",
            "इनकी", "इनका", "इन्हें", "उन")) {
    *honorific = true;
    return true;
  }
  // (वो, the spoken वह/वे that broadcasters write, counts as singular.)
  if (OneOf(k, "वो", "उसने", "उसके", "उसकी", "उसका", "उसे", "उसको", "उससे", "उसपर", "वह", "इसने", "इसके",
            "इसकी", "इसका", "इसे", "उस")) {
    *honorific = false;
    return true;
  }
  return false;
}

bool IsBoth(std::string_view k) { return OneOf(k, "दोनों", "दोनो"); }

bool IsQuoteMark(std::string_view t) { return OneOf(t, "'", "\"", "‘", "’", "“", "”"); }

// A phrase headed by a noun in the oblique plural (-ों: बंदूकधारियों, चरमपंथियों).
bool IsPluralHead(const std::vector<Token>& toks, const Phrase& ph) {
  if (ph.head < 0 || ph.head >= static_cast<int>(toks.size())) return false;
  return std::string_view(toks[ph.head].text).ends_with("ों");
}

// One actor twice: the same code, unless two people named apart (बिल
// क्लिंटन और जॉर्ज बुश, both USACVL).
bool SameReferent(const Referent& a, const Referent& b) {
  if (a.code != b.code) return false;
  return !(a.kind == ActorKind::kPerson && b.kind == ActorKind::kPerson && a.antecedent >= 0 && b.antecedent >= 0 &&
           a.antecedent != b.antecedent);
}

// Adds to `to` the referents of `from` whose code it has not yet.
void AddNewCodes(const std::vector<Referent>& from, std::vector<Referent>* to) {
  for (const Referent& r : from)
    if (std::none_of(to->begin(), to->end(), [&](const Referent& x) { return x.code == r.code; })) to->push_back(r);
}

// Whether the token `at` is in a phrase marked ने (the agent of a perfective
// verb).
bool AgentPhraseHolds(const SentenceParse& p, int at) {
  for (const Phrase& ph : p.phrases)
    if (ph.first <= at && at < ph.last) return ph.marker == "ने";
  return false;
}
// Relative pronouns: they stand for the noun their clause follows.
bool IsRelativePronoun(std::string_view k) {
  return OneOf(k, "जो", "जिसने", "जिन्होंने", "जिसे", "जिन्हें", "जिससे", "जिनसे", "जिसको", "जिनको",
                   "जिसके", "जिनके", "जिसकी", "जिनकी", "जिसका", "जिनका", "जिस", "जिन");
}
bool IsThere(std::string_view k) { return OneOf(k, "वहां", "वहाँ", "वहीं"); }

// "मोदी ने जो संदेश दिया, उससे जनता सहमत है", "चीन ने जिस तरह … किया,
// उससे तनाव बढ़ा": a pronoun right after a relative clause that comes
// before it is its correlative, and stands for what the relative phrase
// names. When that is a thing (संदेश, तरह), the pronoun is no actor.
bool CorrelativeOfThing(const SentenceParse& p, const std::vector<std::vector<Referent>>& refs, size_t k,
                        const Sentence& sent) {
  const Phrase& ph = p.phrases[k];
  for (const Clause& cl : p.clauses) {
    if (cl.type != ClauseType::kRelative || cl.last > ph.first || ph.first - cl.last > 1) continue;
    if (ph.first - cl.last == 1 && sent.tokens[cl.last].text != ",") continue;
    for (size_t j = 0; j < k; ++j) {
      const Phrase& rp = p.phrases[j];
      if (rp.first < cl.first || rp.first >= cl.last) continue;
      bool relative = false;
      for (int t = rp.first; t < rp.last; ++t) relative |= IsRelativePronoun(KeyOf(sent.tokens[t]));
      if (!relative) continue;
      // जिसने, जिन्होंने, "जिस नेता ने": a person; "जो संदेश", "जिस तरह": a
      // thing. The parse may split "जो | संदेश".
      size_t np = j;
      if (rp.head == rp.first && rp.marker.empty() && j + 1 < k && p.phrases[j + 1].first == rp.last)
        np = j + 1;
      const Phrase& noun = p.phrases[np];
      return !IsRelativePronoun(KeyOf(sent.tokens[noun.head])) && refs[np].empty() &&
             noun.marker != "ने";
    }
  }
  return false;
}

// The ISO principal of a state-based code, "" for IGO/NGO codes.
std::string StatePrincipal(const std::string& code) {
  if (code.size() < 3 || code.rfind("IGO", 0) == 0 || code.rfind("NGO", 0) == 0) return "";
  return code.substr(0, 3);
}
std::string RoleOf(const std::string& code) {
  return StatePrincipal(code).empty() || code.size() < 6 ? "" : code.substr(3, 3);
}

// Two sides of one state's internal conflict or talks: the state (its
// government, forces or police) and an armed group or the opposition
// (AFGGOV and AFGREB), not its forces and its civilians.
bool InternalSides(const std::vector<Referent>& two) {
  if (two.size() != 2) return false;
  auto state = [](const std::string& r) { return r == "GOV" || r == "MIL" || r == "COP"; };
  auto other = [](const std::string& r) { return r == "REB" || r == "OPP"; };
  const std::string a = RoleOf(two[0].code), b = RoleOf(two[1].code);
  return (state(a) && other(b)) || (other(a) && state(b));
}

// The referents of the genitive modifiers of phrase `head` ("भारत और चीन के
// सैनिकों के बीच": भारत, चीन), appended to `out`.
// (With the conjuncts of a coordinated genitive: "अमरीका और फ़िलीपींस का
// अभ्यास", both, when only the last is marked as the genitive.)
void AddGenitiveRefs(const SentenceParse& p, const std::vector<std::vector<Referent>>& refs, int head,
                     std::vector<Referent>* out) {
  for (size_t g = 0; g < p.phrases.size(); ++g) {
    if (p.phrases[g].genitive_of != head) continue;
    const int co = p.phrases[g].coordination;
    for (size_t c = 0; c < p.phrases.size(); ++c)
      if (c == g || (co >= 0 && p.phrases[c].coordination == co && p.phrases[c].genitive_of != head))
        out->insert(out->end(), refs[c].begin(), refs[c].end());
  }
}

// Role codes of institution nouns for "हमारी सरकार", "वहां की सेना".
std::string RoleOfNoun(std::string_view k) {
  if (OneOf(k, "सरकार", "प्रशासन", "हुकूमत", "मंत्रालय", "विदेश मंत्रालय")) return "GOV";
  if (OneOf(k, "सेना", "फौज", "फ़ौज", "सेनाओं", "सेनाएं", "सैनिक", "सैनिकों", "जवान", "जवानों"))
    return "MIL";
  if (OneOf(k, "पुलिस", "पुलिसकर्मी", "पुलिसकर्मियों")) return "COP";
  if (OneOf(k, "संसद", "सांसद", "सांसदों")) return "LEG";
  if (OneOf(k, "देश", "मुल्क", "राष्ट्र")) return "-";
  if (OneOf(k, "लोग", "लोगों", "नागरिक", "नागरिकों", "जनता")) return "CVL";
  return "";
}

bool Contains(const Clause& c, int t) { return t >= c.first && t < c.last; }

}  // namespace

const char* ResolutionName(Resolution how) {
  switch (how) {
    case Resolution::kNamed: return "named";
    case Resolution::kTitle: return "title";
    case Resolution::kPronoun: return "pronoun";
    case Resolution::kEllipsis: return "ellipsis";
    case Resolution::kQuote: return "quote";
    case Resolution::kBoth: return "both";
    case Resolution::kPlace: return "place";
    case Resolution::kImplied: return "implied";
    case Resolution::kEvent: return "event";
  }
  return "named";
}

Discourse::Discourse(const Document& doc, const std::vector<SentenceParse>& parses,
                     const std::vector<ActorMention>& mentions)
    : doc_(doc), parses_(parses), mentions_(mentions) {
  const int ns = static_cast<int>(doc.sentences.size());
  by_sentence_.assign(ns, {});
  for (size_t m = 0; m < mentions.size(); ++m) {
    const int s = mentions[m].sentence;
    if (s >= 0 && s < ns) by_sentence_[s].push_back(static_cast<int>(m));
  }
  phrase_refs_.assign(ns, {});
  implicit_.assign(ns, {});
  {
    struct Count {
      std::string principal;
      int mentions;
      int first_sentence;
    };
    std::vector<Count> counts;  // in order of first mention
    for (const ActorMention& m : mentions) {
      const std::string p = StatePrincipal(m.code);
      if (p.empty() || m.how == MatchHow::kCoreference) continue;
      // (Not an outlet or a company: "बीबीसी संवाददाता" makes no story British.)
      if (RoleOf(m.code) == "MED" || RoleOf(m.code) == "BUS") continue;
      auto it = std::find_if(counts.begin(), counts.end(), [&](const Count& c) { return c.principal == p; });
      if (it == counts.end()) counts.push_back({p, 1, m.sentence});
      else ++it->mentions;
    }
    std::stable_sort(counts.begin(), counts.end(), [](const Count& a, const Count& b) { return a.mentions > b.mentions; });
    for (const Count& c : counts) {
      main_states_.push_back(c.principal);
      main_state_first_.push_back(c.first_sentence);
    }
  }
  if (parses.size() != doc.sentences.size()) return;
  for (int s = 0; s < ns; ++s) {
    BuildSentence(s);
    Remember(s);
  }
}

const SentenceParse& Discourse::parse(int s) const {
  if (s < 0 || s >= static_cast<int>(parses_.size())) return empty_parse_;
  return parses_[s];
}

const std::vector<Referent>& Discourse::PhraseReferents(int s, int phrase) const {
  if (s < 0 || s >= static_cast<int>(phrase_refs_.size())) return none_;
  const auto& v = phrase_refs_[s];
  if (phrase < 0 || phrase >= static_cast<int>(v.size())) return none_;
  return v[phrase];
}

const std::vector<Referent>& Discourse::ImplicitSubject(int s, int p) const {
  if (s < 0 || s >= static_cast<int>(implicit_.size())) return none_;
  const auto& v = implicit_[s];
  if (p < 0 || p >= static_cast<int>(v.size())) return none_;
  return v[p];
}

// A mention as a referent: its own code, how the actor stage found it, and
// the mention that names the actor.
std::vector<Referent> Discourse::FromMention(int m) const {
  const ActorMention& am = mentions_[m];
  if (am.code.empty()) return {};
  Referent r;
  r.code = am.code;
  r.mention = m;
  r.antecedent = m;
  r.kind = am.kind;
  if (am.kind == ActorKind::kPronoun) {
    r.how = Resolution::kPronoun;
    r.antecedent = am.antecedent;
    if (am.antecedent >= 0) r.kind = mentions_[am.antecedent].kind;
  } else if (am.how == MatchHow::kCoreference) {
    r.how = Resolution::kTitle;
    if (am.antecedent >= 0) r.antecedent = am.antecedent;
  }
  return {r};
}

// The innermost quote or कि-clause holding `token` that has a speaker, or -1.
int Discourse::InnermostSpeechClause(int s, int token) const {
  const SentenceParse& p = parse(s);
  int best = -1;
  for (size_t c = 0; c < p.clauses.size(); ++c) {
    const Clause& cl = p.clauses[c];
    if (cl.type != ClauseType::kQuote && cl.type != ClauseType::kComplement) continue;
    if (!Contains(cl, token)) continue;
    if (best < 0 || cl.last - cl.first < p.clauses[best].last - p.clauses[best].first)
      best = static_cast<int>(c);
  }
  return best;
}

std::vector<Referent> Discourse::Speaker(int s, int clause) const {
  const SentenceParse& p = parse(s);
  if (clause < 0 || clause >= static_cast<int>(p.clauses.size())) return {};
  const Clause& cl = p.clauses[clause];
  if (cl.speaker >= 0) {
    // Built in order: the speaker phrase precedes or follows its clause;
    // either way its referents are known once the sentence is built.
    if (s >= static_cast<int>(phrase_refs_.size()) || cl.speaker >= static_cast<int>(phrase_refs_[s].size()))
      return {};
    // "अमरीका और ब्रिटेन ने कहा कि …": every conjunct speaks.
    const int g = p.phrases[cl.speaker].coordination;
    if (g < 0) return phrase_refs_[s][cl.speaker];
    std::vector<Referent> all;
    for (size_t j = 0; j < p.phrases.size() && j < phrase_refs_[s].size(); ++j)
      if (p.phrases[j].coordination == g) AddNewCodes(phrase_refs_[s][j], &all);
    return all;
  }
  // A verb of saying with a dropped subject: "…, कहा कि …".
  for (int q = static_cast<int>(p.predicates.size()) - 1; q >= 0; --q) {
    const Predicate& pr = p.predicates[q];
    if (pr.clause != cl.parent || pr.tokens.empty() || pr.tokens.back() >= cl.first) continue;
    // "X की मांग है कि …", "समय की मांग है कि …": the copula of a speech
    // noun has its genitive for speaker, and none when that names no actor.
    if (pr.noun >= 0 && std::string_view(pr.lemma).ends_with(" होना"))
      for (const Argument& a : pr.args)
        if (a.role == Role::kGenitiveObject && s < static_cast<int>(phrase_refs_.size()) &&
            a.phrase < static_cast<int>(phrase_refs_[s].size()))
          return phrase_refs_[s][a.phrase];
    // "बयान में कहा गया है कि …": the document's owner speaks.
    if (pr.voice == Voice::kPassive)
      for (const Argument& a : pr.args)
        if (p.phrases[a.phrase].marker == "में" && p.phrases[a.phrase].head >= 0 &&
            p.phrases[a.phrase].head < static_cast<int>(doc_.sentences[s].tokens.size()) &&
            syntax_internal::FactsOf(KeyOf(doc_.sentences[s].tokens[p.phrases[a.phrase].head])).document_noun)
          if (std::vector<Referent> owner = DocumentOwner(s, a.phrase); !owner.empty()) return owner;
    if (const std::vector<Referent>& implicit = ImplicitSubject(s, q); !implicit.empty()) return implicit;
    // "X ने … दुख जताया और कहा कि …": the subject of the verb it shares
    // its subject with.
    for (int r = pr.subject_from, guard = 0; r >= 0 && guard < 4; r = p.predicates[r].subject_from, ++guard)
      for (const Argument& a : p.predicates[r].args)
        if (a.role == Role::kSubject && !PhraseReferents(s, a.phrase).empty()) return PhraseReferents(s, a.phrase);
    break;
  }
  return {};
}

std::vector<Referent> Discourse::DocumentOwner(int s, int phrase) const {
  if (s < 0 || s >= static_cast<int>(phrase_refs_.size())) return {};
  const SentenceParse& p = parse(s);
  if (phrase < 0 || phrase >= static_cast<int>(p.phrases.size())) return {};
  const auto& toks = doc_.sentences[s].tokens;
  const Phrase& ph = p.phrases[phrase];
  if (ph.head < 0 || ph.head >= static_cast<int>(toks.size())) return {};
  const std::string noun = KeyOf(toks[ph.head]);
  for (size_t g = 0; g < p.phrases.size(); ++g)
    if (p.phrases[g].genitive_of == phrase && g < phrase_refs_[s].size() && !phrase_refs_[s][g].empty())
      return phrase_refs_[s][g];
  // The act that made it: its noun in the predicate ("बयान जारी किया") or as
  // its object ("प्रस्ताव पारित किया").
  for (int t = s; t >= 0 && t >= s - 3; --t) {
    const SentenceParse& q = parse(t);
    const auto& tt = doc_.sentences[t].tokens;
    for (int k = static_cast<int>(q.predicates.size()) - 1; k >= 0; --k) {
      const Predicate& pr = q.predicates[k];
      if (pr.tokens.empty() || (t == s && pr.tokens.front() >= ph.first) || pr.voice == Voice::kPassive) continue;
      const bool passed = syntax_internal::IsPassedLemma(pr.lemma);
      bool makes = pr.noun >= 0 && pr.noun < static_cast<int>(tt.size()) && KeyOf(tt[pr.noun]) == noun;
      for (const Argument& a : pr.args)
        if ((a.role == Role::kObject || (passed && a.role == Role::kSubject)) && q.phrases[a.phrase].head >= 0 &&
            q.phrases[a.phrase].head < static_cast<int>(tt.size()) && KeyOf(tt[q.phrases[a.phrase].head]) == noun)
          makes = true;
      if (!makes) continue;
      for (const Argument& a : pr.args)
        if (a.role == Role::kSubject && a.phrase < static_cast<int>(phrase_refs_[t].size()) &&
            !phrase_refs_[t][a.phrase].empty())
          return phrase_refs_[t][a.phrase];
      // (Passed in a body: "सुरक्षा परिषद में एक प्रस्ताव पारित हुआ। प्रस्ताव में
      // … मांग की गई है".)
      if (passed)
        for (const Argument& a : pr.args)
          if (q.phrases[a.phrase].marker == "में" && a.phrase < static_cast<int>(phrase_refs_[t].size()) &&
              phrase_refs_[t][a.phrase].size() == 1)
            return phrase_refs_[t][a.phrase];
      if (k < static_cast<int>(implicit_[t].size()) && !implicit_[t][k].empty()) return implicit_[t][k];
    }
  }
  return {};
}

// मैंने, हम, हमारी सरकार inside a quote or reported speech: the speaker,
// or the speaker's state with the role of the noun.
std::vector<Referent> Discourse::FirstPerson(int s, int phrase, bool possessive) const {
  const SentenceParse& p = parse(s);
  const Phrase& ph = p.phrases[phrase];
  const int clause = InnermostSpeechClause(s, ph.head);
  // (A quote that a sentence before opened and this one continues speaks
  // for its speaker too.)
  const bool continued = clause < 0 && open_quote_sentence_ == s - 1 && ph.head < open_quote_end_;
  if (clause < 0 && !continued) return {};
  std::vector<Referent> speaker = continued ? open_quote_speaker_ : Speaker(s, clause);
  if (speaker.empty()) return {};
  for (Referent& r : speaker) {
    r.how = Resolution::kQuote;
    r.mention = -1;
  }
  if (!possessive) return speaker;
  const std::string role = RoleOfNoun(KeyOf(doc_.sentences[s].tokens[ph.head]));
  if (role.empty()) return {};
  std::vector<Referent> out;
  for (Referent r : speaker) {
    const std::string principal = StatePrincipal(r.code);
    if (principal.empty()) {
      if (role != "-") out.push_back(r);  // an IGO's "हमारा संगठन"
      continue;
    }
    r.code = role == "-" ? principal : principal + role;
    r.kind = role == "-" ? ActorKind::kState : ActorKind::kOrganisation;
    out.push_back(r);
  }
  return out;
}

// A pronoun's actor: among the actors of this sentence before it and of
// the two sentences before, the best by recency, subjecthood, a name, and
// the kind the pronoun suits (उन्होंने: a person or group; उसने: a state
// or organisation). Actors of the pronoun's own clause are not candidates
// (उन्होंने उनसे मुलाकात की: two people).
std::vector<Referent> Discourse::ResolvePronoun(int s, int phrase, bool honorific) const {
  const SentenceParse& p = parses_[s];
  const Phrase& ph = p.phrases[phrase];
  const auto& refs = phrase_refs_[s];
  std::vector<char> is_subject(p.phrases.size(), 0);
  int own_predicate = -1;
  for (size_t q = 0; q < p.predicates.size(); ++q) {
    const Predicate& pr = p.predicates[q];
    // (The genitive of a noun's copula that a कि-clause follows speaks like
    // a subject: "भारत का दावा है कि उसने … विमान मार गिराया" is India.)
    bool speech_copula = false;
    if (pr.noun >= 0 && std::string_view(pr.lemma).ends_with(" होना"))
      for (const Clause& cl : p.clauses)
        speech_copula |= cl.parent == pr.clause && cl.type == ClauseType::kComplement;
    for (const Argument& a : pr.args) {
      if (a.role == Role::kSubject || (speech_copula && a.role == Role::kGenitiveObject)) is_subject[a.phrase] = 1;
      if (a.phrase == phrase) own_predicate = static_cast<int>(q);
    }
  }
  // (A possessive pronoun belongs to the clause of the phrase it modifies:
  // "बिलावल ने … उनका आभार जताया" thanks someone else, which अपना would not.)
  // (Only उनका/उनकी/उनके, a person's: इसकी, उसके stand as often for a
  // thing or a state named as a place.)
  const auto& toks = doc_.sentences[s].tokens;
  const std::string pkey = KeyOf(toks[std::clamp(ph.head, 0, static_cast<int>(toks.size()) - 1)]);
  const bool their = OneOf(pkey, "उनका", "उनकी", "उनके");
  for (int g = their ? ph.genitive_of : -1, guard = 0; own_predicate < 0 && g >= 0 && guard < 4; ++guard) {
    for (size_t q = 0; q < p.predicates.size() && own_predicate < 0; ++q)
      for (const Argument& a : p.predicates[q].args)
        if (a.phrase == g) own_predicate = static_cast<int>(q);
    g = p.phrases[g].genitive_of;
  }
  std::vector<int> own_args;
  if (own_predicate >= 0)
    for (const Argument& a : p.predicates[own_predicate].args) own_args.push_back(a.phrase);
  // An object pronoun (उन्हें, उनसे) is not the subject of its own verb or
  // of the verb that verb shares its subject with (X ने … की और उन्हें …).
  const bool object = !(ph.marker == "ने" || ph.marker.empty());
  std::vector<std::string> own_subject;
  // (Also an infinitive's, whose subject is its governor's: "पाकिस्तान ने
  // इसे मानने से इनकार कर दिया" is not Pakistan refusing itself.)
  for (int q = own_predicate, guard = 0; q >= 0 && guard < 4; ++guard) {
    const Predicate& pr = p.predicates[q];
    for (const Argument& a : pr.args)
      if (a.role == Role::kSubject)
        for (const Referent& r : refs[a.phrase]) own_subject.push_back(r.code);
    q = pr.subject_from >= 0 ? pr.subject_from : (pr.verb_form == "Inf" ? pr.complement_of : -1);
  }
  // "X ने Y से कहा कि वह … करे": the subject pronoun of what a speaker asks
  // of someone is the one asked.
  if (own_predicate >= 0 && !object) {
    const Predicate& pr = p.predicates[own_predicate];
    const int c = pr.clause;
    if (c >= 0 && c < static_cast<int>(p.clauses.size()) && p.clauses[c].type == ClauseType::kComplement) {
      for (const Predicate& gov : p.predicates) {
        if (gov.clause != p.clauses[c].parent || gov.tokens.empty() || gov.tokens.front() > p.clauses[c].first)
          continue;
        // (Only of what is asked, a subjunctive or what should be done: "ट्रंप
        // ने पत्रकारों से कहा कि उन्होंने … निर्देश दिया है" reports the
        // speaker's own act.)
        const bool asks = pr.mood == "Sub" || pr.mood == "Imp" || pr.modal == "Nec" || pr.modal == "Oblig";
        for (const Argument& a : gov.args)
          if (asks && a.role == Role::kAddressee && !refs[a.phrase].empty()) return refs[a.phrase];
        // "ब्रिटेन, फ़्रांस और जर्मनी ने कहा कि वे …": वे after coordinated
        // speakers is all of them.
        if (pkey == "वे") {
          std::vector<Referent> all;
          for (const Argument& a : gov.args)
            if (a.role == Role::kSubject) AddNewCodes(refs[a.phrase], &all);
          // (Also the states listed with समेत/सहित before a subject that
          // names none: "कोलंबिया, पेरू, अर्जेंटीना और स्पेन समेत कई देशों ने
          // कहा है कि वे …".)
          if (all.empty())
            for (const Argument& a : gov.args) {
              if (p.phrases[a.phrase].marker != "समेत" && p.phrases[a.phrase].marker != "सहित") continue;
              const int g = p.phrases[a.phrase].coordination;
              for (size_t j = 0; j < p.phrases.size(); ++j)
                if (static_cast<int>(j) == a.phrase || (g >= 0 && p.phrases[j].coordination == g))
                  AddNewCodes(refs[j], &all);
            }
          if (all.size() >= 2) {
            for (Referent& r : all) r.mention = -1;
            return all;
          }
        }
      }
    }
  }
  // "X ने कहा कि अगर Y ने हमला किया तो वह … जवाब देगा": the subject pronoun
  // of a consequence is not the subject of its condition.
  // (And an object pronoun there is most often that subject: "… चेतावनी दी
  // कि अगर रूस यूक्रेन में दख़ल देना जारी रखता है तो उस पर और प्रतिबंध
  // लगाए जाएँगे" is Russia.)
  int cond_first = -1, cond_last = -1;
  if (own_predicate >= 0) {
    const int c = p.predicates[own_predicate].clause;
    for (const Clause& ck : p.clauses)
      if (c >= 0 && ck.parent == c && ck.type == ClauseType::kConditional && ck.last <= ph.first)
        cond_first = ck.first, cond_last = ck.last;
  }
  struct Cand { Referent r; double score; bool earlier_non_subject = false; };
  std::vector<Cand> cands;
  // (Plural armed men are what a plural pronoun stands for: "अल-शबाब के
  // बंदूकधारियों ने मॉल पर धावा बोला। उन्होंने … गोलियां चलाईं".)
  auto score_kind = [&](const Referent& r, bool plural) {
    const std::string role = RoleOf(r.code);
    double sc = 0;
    // (A reporter or outlet quoted is rarely what a pronoun stands for:
    // "काबुल में बीबीसी संवाददाता का कहना है कि … गुट … । … उसने … हमलों
    // की ज़िम्मेदारी ली है" is the group.)
    if (role == "MED") sc -= 2.0;
    if (honorific) {
      sc += r.kind == ActorKind::kPerson ? 1.5 : r.kind == ActorKind::kGroup ? 0.5 : r.kind == ActorKind::kState ? -0.5 : 0.3;
      if ((role == "CRM" || role == "REB") && !plural) sc -= 0.7;
    } else {
      sc += r.kind == ActorKind::kState || r.kind == ActorKind::kOrganisation ? 1.0 : r.kind == ActorKind::kGroup ? 0.8 : 0;
    }
    return sc;
  };
  // A third-person pronoun in a speaker's own words is someone else: "…
  // ने कहा, 'मैं उन्हें लंदन से वापस लाऊंगा'" (a quote, or a कि-clause that
  // speaks in the first person).
  // (The speaker, not another of his code: "अठावले ने कहा, 'मैंने उनसे …
  // मांग की'" may be another minister.)
  auto entry_of = [&](const Referent& r) -> std::string_view {
    const int m = r.antecedent >= 0 ? r.antecedent : r.mention;
    return m >= 0 && m < static_cast<int>(mentions_.size()) ? std::string_view(mentions_[m].entry) : std::string_view();
  };
  std::vector<Referent> speaker;
  for (const Clause& cl : p.clauses) {
    if (cl.speaker < 0 || cl.speaker >= static_cast<int>(refs.size()) || ph.first < cl.first || ph.last > cl.last)
      continue;
    bool direct = cl.type == ClauseType::kQuote;
    for (int t = cl.first; !direct && t < cl.last && t < static_cast<int>(toks.size()); ++t)
      direct = IsFirstPerson(KeyOf(toks[t]));
    if (direct)
      for (const Referent& r : refs[cl.speaker]) speaker.push_back(r);
  }
  // (Nor the subject's own side as the coder counts it, a state and its
  // government: "उत्तर कोरिया के … परीक्षणों के बीच ट्रंप ने उसे … धमकी दी"
  // is not the US threatened by its president.)
  auto one_side = [&](const std::string& a, const std::string& b) {
    const std::string pa = StatePrincipal(a), pb = StatePrincipal(b);
    if (pa.empty() || pa != pb) return false;
    return (a.size() == 3 && (b.size() == 3 || RoleOf(b) == "GOV")) || (b.size() == 3 && RoleOf(a) == "GOV");
  };
  auto own = [&](const Referent& x) {
    for (const Referent& r : speaker)
      if (r.code == x.code && entry_of(r) == entry_of(x)) return true;
    if (!object) return false;
    for (const std::string& c : own_subject)
      if (c == x.code || one_side(c, x.code)) return true;
    return false;
  };
  for (const Salient& x : salient_) {
    if (x.sentence < s - 2 || x.ref.code.empty() || own(x.ref)) continue;
    double sc = x.sentence == s - 1 ? 2.0 : 1.0;
    if (x.subject && !object) sc += 2.0;
    // "वह बैंकाक में … राजी हो गया। … भारत उसके खिलाफ …": a state named as a
    // place is a weak antecedent for a pronoun.
    if (x.place) sc -= 1.5;
    if (x.named) sc += 1.0;
    sc += score_kind(x.ref, x.plural) + 0.0001 * x.token;
    cands.push_back({x.ref, sc, !x.subject && x.sentence < s});
  }
  // (The genitive object of an infinitive or a participle, and any
  // argument of a participle in वाला, are outranked by the arguments of a
  // finite verb: "ट्रंप ने डब्ल्यूएचओ पर चीन का पक्ष लेने का आरोप लगाया और
  // उसकी फंडिंग रोकने की धमकी दी" threatens the WHO's funding, not
  // China's; "… ने डॉक्टरों पर हमला करने वालों को चेतावनी दी कि उन्हें
  // बख्शा नहीं जाएगा" does not warn the doctors.)
  std::vector<char> nonfinite_arg(p.phrases.size(), 0);
  for (const Predicate& pr : p.predicates)
    if (pr.verb_form != "Fin")
      for (const Argument& a : pr.args)
        if ((a.role == Role::kGenitiveObject || OneOf(pr.marker, "वाला", "वाले", "वाली", "वालों")) && a.phrase >= 0 &&
            a.phrase < static_cast<int>(nonfinite_arg.size()))
          nonfinite_arg[a.phrase] = 1;
  for (int k = 0; k < phrase; ++k) {
    if (std::find(own_args.begin(), own_args.end(), k) != own_args.end()) continue;
    if (p.phrases[k].last > ph.first) continue;
    for (const Referent& r : refs[k]) {
      if (r.how == Resolution::kPronoun || own(r)) continue;
      double sc = 3.0;
      if (nonfinite_arg[k]) sc -= 0.5;
      if (is_subject[k] && !object) sc += 2.0;
      if (p.phrases[k].first >= cond_first && p.phrases[k].last <= cond_last)
        sc += object ? (is_subject[k] || p.phrases[k].marker.empty() ? 3.0 : 0.0) : -3.0;
      const int named_at = r.antecedent >= 0 ? r.antecedent : r.mention;
      if (named_at >= 0 && !mentions_[named_at].name.empty()) sc += 1.0;
      sc += score_kind(r, IsPluralHead(toks, p.phrases[k])) + 0.0001 * p.phrases[k].first;
      Referent c = r;
      c.mention = -1;
      cands.push_back({c, sc});
    }
  }
  const Cand* best = nullptr;
  for (const Cand& c : cands)
    if (!best || c.score > best->score) best = &c;
  if (!best || best->score < 3.0) return {};
  // "मकबूल … पाकिस्तान से लौटा। उसने …": after a sentence whose subject is
  // a name the dictionaries do not know, a subject pronoun is that person,
  // not a state the sentence names around him.
  if (!object && best->earlier_non_subject && unknown_subject_sentence_ == s - 1) return {};
  return {best->r};
}

void Discourse::BuildSentence(int s) {
  const Sentence& sent = doc_.sentences[s];
  const SentenceParse& p = parses_[s];
  const int n = static_cast<int>(sent.tokens.size());
  // How far a quote left open by the sentence before runs into this one.
  open_quote_end_ = n;
  for (int t = 0; t < n; ++t)
    if (IsQuoteMark(sent.tokens[t].text)) {
      open_quote_end_ = t;
      break;
    }
  auto& refs = phrase_refs_[s];
  refs.assign(p.phrases.size(), {});
  // Mentions by the phrase that holds their last token.
  std::vector<int> phrase_at(n, -1);
  for (size_t k = 0; k < p.phrases.size(); ++k) {
    const Phrase& ph = p.phrases[k];
    for (int t = std::max(0, ph.first); t < std::min(n, ph.last); ++t) phrase_at[t] = static_cast<int>(k);
    // (And an abbreviation in brackets before its postposition: "अमरीकी
    // देशों के संगठन (ओएएस) ने".)
    for (int t = std::max(0, ph.last); t < std::min(n, ph.postposition_first); ++t)
      if (phrase_at[t] < 0) phrase_at[t] = static_cast<int>(k);
  }
  std::vector<std::vector<int>> in_phrase(p.phrases.size());
  for (int m : by_sentence_[s]) {
    const ActorMention& am = mentions_[m];
    const int t = am.last - 1;
    if (t < 0 || t >= n || phrase_at[t] < 0) continue;
    in_phrase[phrase_at[t]].push_back(m);
  }
  for (size_t k = 0; k < p.phrases.size(); ++k) {
    const Phrase& ph = p.phrases[k];
    const std::vector<int>& ms = in_phrase[k];
    std::vector<Referent> r;
    if (!ms.empty()) {
      // Two mentions joined by a hyphen or conjunction inside one phrase
      // (भारत-पाक, अमेरिका-ब्रिटेन) are both referents; otherwise the one
      // at the head, else the last (भारतीय दूत कमलेश शर्मा after संयुक्त
      // राष्ट्र स्थित).
      bool pair = ms.size() == 2;
      if (pair) {
        const ActorMention& a = mentions_[ms[0]];
        const ActorMention& b = mentions_[ms[1]];
        pair = b.first >= a.last && b.first - a.last <= 1;
        if (pair && b.first == a.last + 1) {
          const std::string& mid = sent.tokens[a.last].text;
          pair = mid == "-" || mid == "–" || mid == "और" || mid == "व" || mid == "एवं" || mid == "तथा";
        }
        // भारत-पाक written as one word: the parts touch; two bare states
        // side by side are a pair too ("भारत पाक परमाणु ठिकानों की सूची",
        // "चीन ब्रिटेन आदि देशों").
        // (Not when a case marker follows the second: "जापान भारत के …
        // निर्माण में", "चीन भारत को": a subject and another's phrase.)
        if (pair && b.first == a.last) {
          const std::string after = b.last < n ? KeyOf(sent.tokens[b.last]) : std::string();
          const bool marked = OneOf(after, "के", "की", "का", "से", "को", "पर", "में", "द्वारा");
          pair = !sent.tokens[a.last - 1].space_after ||
                 (a.kind == ActorKind::kState && b.kind == ActorKind::kState && a.code.size() == 3 &&
                  b.code.size() == 3 && a.code != b.code && !marked);
        }
        // Two states or groups, not a person and a place ("भाजपा और
        // तृणमूल कांग्रेस के कार्यकर्ताओं": a party and a party's members).
        // (A state and an international body are two sides: "भारत-आसियान के
        // बीच", "भारत और यूरोपीय संघ".)
        const bool state_and_body = (a.kind == ActorKind::kState && b.code.rfind("IGO", 0) == 0) ||
                                    (b.kind == ActorKind::kState && a.code.rfind("IGO", 0) == 0);
        pair = pair && (a.kind == b.kind || state_and_body ||
                        (a.kind != ActorKind::kState && b.kind != ActorKind::kState));
      }
      if (pair) {
        for (int m : ms)
          for (Referent& x : FromMention(m)) r.push_back(x);
      } else {
        // The head's mention; else a person (ज़ेलेंस्की वॉशिंगटन: the
        // subject, not the place after it); else the last.
        int pick = ms.back();
        bool at_head = false;
        for (int m : ms)
          if (mentions_[m].first <= ph.head && ph.head < mentions_[m].last) pick = m, at_head = true;
        if (!at_head || mentions_[pick].kind == ActorKind::kState)
          for (int m : ms)
            if (mentions_[m].kind == ActorKind::kPerson) { pick = m; break; }
        // (A body named in brackets after a role word that took its code
        // from context is that body: "… आर्थिक समुदाय (इकोवास) ने".)
        if (mentions_[pick].how == MatchHow::kCoreference && !mentions_[pick].role_text.empty())
          for (int m : ms)
            if (m != pick && mentions_[m].first > 0 && sent.tokens[mentions_[m].first - 1].text == "(" &&
                (mentions_[m].code.rfind("IGO", 0) == 0 || mentions_[m].code.rfind("NGO", 0) == 0 ||
                 mentions_[m].kind == ActorKind::kGroup))
              pick = m;
        r = FromMention(pick);
      }
    }
    const std::string head = KeyOf(sent.tokens[std::clamp(ph.head, 0, n - 1)]);
    const std::string first = KeyOf(sent.tokens[std::clamp(ph.first, 0, n - 1)]);
    // दोनों (देश, पक्ष, नेता): a pair named together earlier in this
    // sentence, else the last pair.
    // (Not after its own conjuncts: "लश्कर और जैश दोनों को" are the two
    // conjuncts, which carry the actors.)
    const bool appositive = ph.coordination >= 0 && k > 0 && p.phrases[k - 1].coordination == ph.coordination;
    // दोनों पक्ष, सभी पक्ष, दोनों गुट: the two sides of the article's last
    // conflict ("रूस और यूक्रेन के बीच तनाव … बान की मून ने दोनों पक्षों से
    // संयम की अपील की"), not the last two actors named together.
    const bool sides = OneOf(head, "पक्ष", "पक्षों", "गुट", "गुटों", "खेमों");
    if (sides && (IsBoth(first) || OneOf(first, "सभी", "सारे", "तमाम")) && last_sides_.size() == 2 && !appositive) {
      // (With a demonym, the sides of that state: "सभी यमनी पक्षों से" after
      // an American strike on the Houthis are Yemen's government and the
      // Houthis, not the United States.)
      std::vector<Referent> own = last_sides_;
      if (r.size() == 1 && !StatePrincipal(r[0].code).empty()) {
        const std::string want = StatePrincipal(r[0].code);
        own.erase(std::remove_if(own.begin(), own.end(),
                                 [&](const Referent& x) { return StatePrincipal(x.code) != want; }),
                  own.end());
        if (own.size() == 1 && own[0].code != r[0].code) own.insert(own.begin(), r[0]);
        if (own.size() != 2) own = last_sides_;
      }
      r = own;
      for (Referent& x : r) {
        x.how = Resolution::kBoth;
        x.mention = -1;
      }
      refs[k] = std::move(r);
      continue;
    }
    if ((r.empty() || r.size() == 1) && !appositive && (IsBoth(first) || IsBoth(head))) {
      std::vector<Referent> pair;
      for (size_t j = 0; j < k; ++j) {
        const int c = p.phrases[j].coordination;
        if (c < 0 || (j > 0 && p.phrases[j - 1].coordination == c)) {
          if (refs[j].size() == 2) pair = refs[j];
          continue;
        }
        std::vector<Referent> all;
        for (size_t q = j; q < k && p.phrases[q].coordination == c; ++q)
          for (const Referent& x : refs[q]) {
            bool dup = false;
            for (const Referent& y : all) dup |= SameReferent(x, y);
            if (!dup) all.push_back(x);
          }
        if (all.size() == 2) pair = all;
      }
      // (दोनों सेनाओं, दोनों सरकारों: the two states' forces or governments.)
      const char* role = OneOf(head, "सेनाओं", "सेनाएं", "सेनाएँ", "फौजों", "फ़ौजों")   ? "MIL"
                         : OneOf(head, "सरकारों", "सरकारें", "सरकारे") ? "GOV"
                                                                         : "";
      const bool states = OneOf(head, "देश", "देशों", "मुल्क", "मुल्कों", "राष्ट्र", "राष्ट्रों") || *role != '\0';
      const bool people = OneOf(head, "नेता", "नेताओं", "नेताओ") ||
                          OneOf(head, "राष्ट्रपति", "राष्ट्रपतियों", "प्रधानमंत्री", "प्रधानमंत्रियों", "मंत्री",
                                "मंत्रियों");
      // (दोनों अरब देश, दोनों खाड़ी देश: two states of that region, not the
      // last two named: "फलस्तीनी नेताओं ने दोनों अरब देशों पर … गद्दारी का
      // आरोप लगाया" after Iran's and Turkey's criticism of the Emirates and
      // Bahrain.)
      static const std::unordered_set<std::string> kArab = {
          "ARE", "BHR", "SAU", "KWT", "QAT", "OMN", "YEM", "IRQ", "SYR", "JOR", "LBN", "PSE", "EGY", "LBY", "TUN",
          "DZA", "MAR", "SDN", "MRT", "SOM", "DJI", "COM"};
      static const std::unordered_set<std::string> kGulf = {"ARE", "BHR", "SAU", "KWT", "QAT", "OMN"};
      static const std::string kArabWord = FoldKey("अरब"), kGulfWord = FoldKey("खाड़ी"), kGulfWord2 = FoldKey("खाडी");
      const std::unordered_set<std::string>* region = nullptr;
      for (int t = ph.first; t < ph.last && t < n; ++t) {
        const std::string word = KeyOf(sent.tokens[t]);
        if (word == kArabWord) region = &kArab;
        if (word == kGulfWord || word == kGulfWord2) region = &kGulf;
      }
      auto in_region = [&](const std::string& code) { return region == nullptr || region->count(StatePrincipal(code)) > 0; };
      // दोनों देश: two states; दोनों नेता: two people; and never one side
      // twice.
      auto fits = [&](const std::vector<Referent>& two) {
        if (two.size() != 2) return false;
        for (const Referent& x : two) {
          if (!in_region(x.code)) return false;
          if (states && x.kind != ActorKind::kState) return false;
          if (people && x.kind != ActorKind::kPerson) return false;
        }
        // (Two people of one state are two: "पूर्व अमरीकी राष्ट्रपति बिल
        // क्लिंटन और जॉर्ज बुश … दोनों पूर्व राष्ट्रपतियों ने".)
        if (people) return two[0].antecedent != two[1].antecedent || two[0].code != two[1].code;
        // (दोनों पक्ष: a government and an armed group of one state are two.)
        if (sides && InternalSides(two)) return true;
        const std::string a = StatePrincipal(two[0].code);
        return a.empty() || a != StatePrincipal(two[1].code);
      };
      if (!fits(pair)) pair.clear();
      // "दोनों कोरियाई देशों": a demonym shared by two states names both.
      if (pair.empty() && states) {
        static const std::pair<const char*, std::pair<const char*, const char*>> kShared[] = {
            {"कोरियाई", {"KOR", "PRK"}}};
        for (const auto& [demonym, two] : kShared)
          for (int t = ph.first; t < ph.last && t < n && pair.empty(); ++t) {
            if (KeyOf(sent.tokens[t]) != FoldKey(demonym)) continue;
            for (const char* code : {two.first, two.second}) {
              Referent x;
              x.code = code;
              x.kind = ActorKind::kState;
              pair.push_back(x);
            }
          }
      }
      // "दोनों लीबियाई पक्षों से": the two sides within the state its demonym
      // names (a government and an armed group or the opposition), named in
      // the six sentences before, not the last pair of other states.
      auto internal_pair = [&](const std::string& want) {
        std::vector<Referent> two;
        for (auto it = salient_.rbegin(); it != salient_.rend() && two.size() < 2 && it->sentence >= s - 6; ++it) {
          if (StatePrincipal(it->ref.code) != want || it->ref.code.size() <= 3) continue;
          if (!two.empty() && (two[0].code == it->ref.code || !InternalSides({two[0], it->ref}))) continue;
          two.push_back(it->ref);
        }
        if (two.size() != 2) two.clear();
        return two;
      };
      if (pair.empty() && sides && r.size() == 1 && !StatePrincipal(r[0].code).empty())
        pair = internal_pair(StatePrincipal(r[0].code));
      // With no pair named together, दोनों देश are the two states the last
      // sentences are about ("शी जिनपिंग भारत यात्रा पर पहुंचे। … दोनों देशों
      // के बीच 12 समझौतों पर हस्ताक्षर हुए": CHN, IND), and दोनों नेता the
      // people of two states they name ("… मोदी ने ट्वीट कर कहा … दोनों
      // नेताओं ने एक-दूसरे को …"): the mentions of the sentence before the
      // phrase and of the `back` sentences before, latest first.
      auto recent_pair = [&](int back) {
        std::vector<Referent> found;
        for (int t = s; t >= 0 && t >= s - back && found.size() < 2; --t)
          for (auto it = by_sentence_[t].rbegin(); it != by_sentence_[t].rend() && found.size() < 2; ++it) {
            const ActorMention& am = mentions_[*it];
            const std::string principal = StatePrincipal(am.code);
            if (principal.empty() || (t == s && am.first >= ph.first) || !in_region(principal)) continue;
            // (Not the agent of this sentence: "अमरीका ने दोनों देशों से
            // संयम की अपील की" asks two others.)
            if (t == s && AgentPhraseHolds(p, am.first)) continue;
            if (people && am.kind != ActorKind::kPerson) continue;
            // (Nor a reporter's outlet: "दिल्ली में बीबीसी संवाददाता का कहना
            // है कि दोनों देश …" are not Britain and India.)
            if (RoleOf(am.code) == "MED") continue;
            bool dup = false;
            for (const Referent& y : found) dup |= StatePrincipal(y.code) == principal;
            if (dup) continue;
            if (people) {
              for (const Referent& x : FromMention(*it)) found.push_back(x);
              continue;
            }
            Referent x;
            x.code = principal;
            x.kind = ActorKind::kState;
            x.antecedent = *it;
            found.push_back(x);
          }
        if (found.size() != 2) found.clear();
        return found;
      };
      // The states of a remembered pair of people or bodies, both of a state
      // and fitting the noun; else none.
      auto states_of = [&](const std::vector<Referent>& pair_of) {
        std::vector<Referent> two;
        if (pair_of.size() != 2) return two;
        for (const Referent& x : pair_of) {
          Referent y;
          y.code = StatePrincipal(x.code);
          y.kind = ActorKind::kState;
          y.antecedent = x.antecedent;
          if (!y.code.empty()) two.push_back(y);
        }
        if (two.size() != 2 || !fits(two)) two.clear();
        return two;
      };
      // (Two people of two states named earlier in this very sentence come
      // before the last pair: "हुर्रियत नेताओं गिलानी और मीरवाइज़ … । … मोदी
      // के शपथ ग्रहण समारोह में … नवाज़ शरीफ़ शामिल हुए और दोनों नेताओं ने …".)
      if (pair.empty() && people) pair = recent_pair(0);
      // (दोनों देशों asked something, "रूस ने दोनों देशों से तुरंत संघर्षविराम
      // करने … की अपील की", are the two states at war, when the article has
      // them, not the last two states named together.)
      // (Also their officials asked or spoken to: "बान की-मून ने दोनों देशों के
      // विदेश मंत्रियों से फ़ोन पर बात की".)
      const bool owner_addressed = ph.marker == "का" && k + 1 < p.phrases.size() &&
                                   (p.phrases[k + 1].marker == "से" || p.phrases[k + 1].marker == "को");
      if (pair.empty() && states && (ph.marker == "से" || ph.marker == "को" || owner_addressed) &&
          fits(last_sides_) && last_sides_[0].code.size() == 3 && last_sides_[1].code.size() == 3)
        pair = last_sides_;
      // (दोनों देश after दोनों नेता of this or the sentence before are the
      // leaders' states: "दोनों नेताओं की बातचीत के बाद दोनों देशों ने …
      // समझौतों पर हस्ताक्षर किए", whatever pair the article named last.)
      // (Both leaders of states: not a Secretary-General's pair.)
      if (pair.empty() && states && last_people_pair_sentence_ >= s - 1)
        pair = states_of(last_people_pair_);
      // (The last pair only if it is of the kind the noun names: after
      // "भारत-अमेरिका", दोनों नेता are still the two leaders; after
      // "पाकिस्तान के विदेश मंत्रालय ने भारत पर", दोनों देश are not a
      // ministry and a state.)
      if (pair.empty() && fits(last_pair_)) pair = last_pair_;
      // Two states named together in the sentence before come first ("नई
      // दिल्ली और काबुल ने … हक्कानी नेटवर्क और लश्कर …").
      if (pair.empty() && states && last_state_pair_sentence_ >= s - 1 && fits(last_state_pair_))
        pair = last_state_pair_;
      // (Else, asked something, the two states the article names most, not
      // the asker's own: "अमरीकी विदेश मंत्रालय के प्रवक्ता ने कहा कि अमरीका
      // दोनों देशों से संयम बरतने की अपील करता है" in news of India and
      // Pakistan.)
      // (So are दोनों पक्ष with no sides or pair known, in any case: "… की
      // वार्ता के बाद दोनों पक्षों ने संयुक्त बयान में कहा …" in news of India
      // and China.)
      if (pair.empty() && ((states && (ph.marker == "से" || ph.marker == "को")) || (sides && IsBoth(first)))) {
        std::string asker;
        for (int m : by_sentence_[s])
          if (mentions_[m].first < ph.first && AgentPhraseHolds(p, mentions_[m].first))
            asker = StatePrincipal(mentions_[m].code);
        std::vector<Referent> two;
        for (size_t i = 0; i < main_states_.size(); ++i) {
          const std::string& principal = main_states_[i];
          // (Only states named by now: "दोनों पक्षों के सैनिकों के बीच
          // गोलीबारी" in a civil war is not the war's state and the United
          // States the article brings in at its end.)
          if (principal == asker || two.size() == 2 || main_state_first_[i] > s) continue;
          Referent x;
          x.code = principal;
          x.kind = ActorKind::kState;
          two.push_back(x);
        }
        if (fits(two)) pair = two;
        // (दोनों पक्ष in an article that has named one state so far: that
        // state's two sides named in the sentences before, a government and
        // an armed group or the opposition.)
        else if (sides && two.size() == 1 && asker.empty()) pair = internal_pair(two[0].code);
      }
      // (The states of two sides named together in this or the sentence
      // before, people or bodies of two states: "भारत और चीन के विदेश मंत्री
      // … मिलेंगे। … दोनों देशों के सैनिकों के बीच हिंसक झड़प हुई थी".)
      if (pair.empty() && states && last_pair_sentence_ >= s - 1) pair = states_of(last_pair_);
      if (pair.empty() && states) pair = recent_pair(2);
      // (The two people of the last pair of people, a few sentences back,
      // before the people named last: "… ट्रंप और मोदी ने वार्ता की … दोनों
      // देशों ने … साझा बयान में दोनों नेताओं ने …"; "… दाचिच और थाची ने
      // दस्तख़त किए। … ऐश्टन ने … केरी ने दोनों प्रधानमंत्रियों को बधाई दी".)
      if (pair.empty() && people && last_people_pair_sentence_ >= s - 6 && fits(last_people_pair_))
        pair = last_people_pair_;
      if (pair.empty() && people) pair = recent_pair(3);
      if (!fits(pair)) pair.clear();
      if (people && fits(pair)) {
        last_people_pair_ = pair;
        last_people_pair_sentence_ = s;
      }
      if (pair.size() == 2 && (r.empty() || IsBoth(first) || IsBoth(head))) {
        r = pair;
        for (Referent& x : r) {
          x.how = Resolution::kBoth;
          x.mention = -1;
          if (*role != '\0' && !StatePrincipal(x.code).empty()) x.code = StatePrincipal(x.code) + role;
        }
      }
    }
    // "मोदी, बाइडन, मॉरिसन और सुगा ने … । … चारों नेताओं ने …", "तीनों देशों":
    // a count of three or more over a noun of states or leaders is the last
    // group of that size listed together, in this sentence or the eight
    // before (leaders, or the states of whoever was listed).
    if (r.size() <= 1 && !last_group_.empty() && last_group_sentence_ >= s - 8 && last_group_sentence_ <= s &&
        ph.last - ph.first == 2) {
      static const std::pair<const char*, size_t> kCounts[] = {
          {"तीनों", 3}, {"तीनो", 3}, {"चारों", 4}, {"चारो", 4}, {"पांचों", 5}, {"पाँचों", 5}};
      size_t count = 0;
      for (const auto& [word, c] : kCounts)
        if (KeyOf(sent.tokens[ph.first]) == FoldKey(word)) count = c;
      const std::string noun = KeyOf(sent.tokens[std::clamp(ph.head, 0, n - 1)]);
      const bool of_states = OneOf(noun, "देशों", "देश", "राष्ट्रों", "राष्ट्र", "सरकारों");
      const bool of_leaders = OneOf(noun, "नेताओं", "नेता", "नेताओ", "राष्ट्राध्यक्षों", "मंत्रियों", "विदेश मंत्रियों");
      bool people = true;
      for (const Referent& x : last_group_) people &= x.kind == ActorKind::kPerson;
      if (count == last_group_.size() && (of_states || (of_leaders && people))) {
        r = last_group_;
        for (Referent& x : r) {
          if (of_states && !StatePrincipal(x.code).empty()) {
            x.code = StatePrincipal(x.code);
            x.kind = ActorKind::kState;
          }
          x.how = Resolution::kBoth;
        }
      }
    }
    // "… सऊदी अरब, संयुक्त अरब अमीरात, बहरीन और मिस्र ने … । इन देशों ने …":
    // these states (इन, ये, उन, वे, with सभी or a count word) are the last
    // states listed together, in this sentence or the four before.
    if (r.empty() && !last_state_group_.empty() && last_state_group_sentence_ >= s - 4 &&
        last_state_group_sentence_ <= s && ph.last - ph.first >= 2 && ph.last - ph.first <= 3 &&
        OneOf(KeyOf(sent.tokens[ph.first]), "इन", "ये", "उन", "वे") &&
        OneOf(KeyOf(sent.tokens[std::clamp(ph.head, 0, n - 1)]), "देशों", "देश", "राष्ट्रों", "राष्ट्र", "सरकारों") &&
        (ph.last - ph.first == 2 || OneOf(KeyOf(sent.tokens[ph.first + 1]), "सभी", "तीनों", "चारों", "पांचों", "पाँचों", "छहों"))) {
      r = last_state_group_;
      for (Referent& x : r) x.how = Resolution::kBoth;
    }
    // A pronoun: the actor it refers to, by the parse (subjects and names
    // first), overriding the actor stage's guess.
    bool honorific = false;
    if (ph.last - ph.first <= 2 && IsPronoun(head, &honorific) && CorrelativeOfThing(p, refs, k, sent)) {
      refs[k].clear();
      continue;
    }
    if (ph.last - ph.first <= 2 && IsPronoun(head, &honorific)) {
      std::vector<Referent> q = ResolvePronoun(s, static_cast<int>(k), honorific);
      // (Nor the actor stage's guess, after a sentence whose subject is a
      // name the dictionaries do not know.)
      if (q.empty() && (ph.marker == "ने" || ph.marker.empty()) && unknown_subject_sentence_ == s - 1) r.clear();
      if (!q.empty()) {
        for (Referent& x : q) {
          if (!r.empty() && r[0].mention >= 0) x.mention = r[0].mention;
          x.how = Resolution::kPronoun;
        }
        r = q;
      }
    }
    // A relative pronoun: the actor of the nearest phrase before its
    // clause ("… केरल के मुख्यमंत्री हैं, जिनसे अदालत ने पूछताछ की").
    if (r.empty() && ph.last - ph.first <= 2 && IsRelativePronoun(head)) {
      for (const Clause& cl : p.clauses) {
        if (cl.type != ClauseType::kRelative || ph.first < cl.first || ph.first >= cl.last) continue;
        for (int j = static_cast<int>(k) - 1; j >= 0 && r.empty(); --j) {
          if (p.phrases[j].last > cl.first) continue;
          // (Or the subject of the verb group just before it: "… अमरीका और
          // दक्षिण कोरिया का सैन्य अभ्यास चल रहा है, जिसकी उत्तर कोरिया ने
          // निंदा की है".)
          int words = 0;
          for (int t = p.phrases[j].last; t < cl.first && t < n; ++t) {
            bool verb = sent.tokens[t].kind == TokenKind::kPunct;
            for (const Predicate& q : p.predicates)
              verb |= std::find(q.tokens.begin(), q.tokens.end(), t) != q.tokens.end();
            words += !verb;
          }
          // (A verb group between the phrase and the clause, however short,
          // makes the clause's antecedent that verb's act: "… अपना हिस्सा
          // दिखाया, जिसे …". The last finite one that is no copula.)
          const Predicate* between = nullptr;
          for (const Predicate& q : p.predicates)
            if (q.verb_form == "Fin" && !q.tokens.empty() && q.tokens.back() >= p.phrases[j].last &&
                q.tokens.back() < cl.first && q.lemma != "होना")
              between = &q;
          const bool far = cl.first - p.phrases[j].last > 3 || (between != nullptr && words == 0 && refs[j].empty());
          if (far && words > 0) break;
          // (There, an act that names no actor, standing for its owners: the
          // exercise's, America and South Korea.)
          if (far) {
            if (refs[j].empty()) AddGenitiveRefs(p, refs, j, &r);
            // (Else the act of that clause, standing for its doer: "… नेपाल ने
            // नया नक्शा जारी कर … अपना हिस्सा दिखाया, जिसे भारत ने ख़ारिज कर
            // दिया" rejects Nepal. Only as an object, a genitive or with पर:
            // जिसमें, जिससे say where or how.)
            if (r.empty() && refs[j].empty() && ph.marker != "में" && ph.marker != "से" && between != nullptr)
              for (const Argument& a : between->args)
                if (a.role == Role::kSubject && a.phrase < static_cast<int>(k)) r = refs[a.phrase];
            break;
          }
          r = refs[j];
        }
        for (Referent& x : r) {
          x.how = Resolution::kPronoun;
          x.mention = -1;
        }
        break;
      }
    }
    // A pronoun in subject place the actor stage left open: the last subject.
    if (r.empty() && IsThirdPersonSubject(head) && ph.last - ph.first == 1 &&
        (ph.marker == "ने" || ph.marker.empty()) && !last_subject_.empty() &&
        last_subject_sentence_ >= s - 1) {
      r = last_subject_;
      for (Referent& x : r) {
        x.how = Resolution::kPronoun;
        x.mention = -1;
      }
    }
    refs[k] = std::move(r);
  }
  // "दोनों सेनाओं के ब्रिगेड कमांडरों के बीच बातचीत": a role word owned by
  // दोनों सेनाओं or सरकारों is of both their states, in its own role.
  for (size_t k = 0; k < p.phrases.size(); ++k) {
    const Phrase& g = p.phrases[k];
    const int h = g.genitive_of;
    if (h < 0 || h >= static_cast<int>(p.phrases.size()) || refs[k].size() != 2 || refs[h].size() != 1) continue;
    if (refs[k][0].how != Resolution::kBoth || refs[h][0].mention < 0) continue;
    // (Only after दोनों सेनाओं, सरकारों: दोनों देशों is too often the wrong
    // pair to lend it on.)
    // (Or दोनों देशों that are the two sides of the article's conflict:
    // "बान की-मून ने दोनों देशों के विदेश मंत्रियों से बात की".)
    const bool conflict_sides = last_sides_.size() == 2 &&
                                ((refs[k][0].code == last_sides_[0].code && refs[k][1].code == last_sides_[1].code) ||
                                 (refs[k][0].code == last_sides_[1].code && refs[k][1].code == last_sides_[0].code));
    if (!OneOf(KeyOf(sent.tokens[std::clamp(g.head, 0, n - 1)]), "सेनाओं", "सेनाएं", "सेनाएँ", "फौजों", "फ़ौजों",
               "सरकारों", "सरकारें") &&
        !conflict_sides)
      continue;
    const ActorMention& am = mentions_[refs[h][0].mention];
    std::string role = RoleOf(am.code);
    if (!am.name.empty() || role.empty() || am.role_text.empty()) continue;
    // (An official of both armies is the armies': "दोनों सेनाओं के … स्तर के
    // अधिकारियों", as "सेना के अधिकारी" is MIL in one phrase.)
    if (role == "GOV" && OneOf(KeyOf(sent.tokens[std::clamp(g.head, 0, n - 1)]), "सेनाओं", "सेनाएं", "सेनाएँ", "फौजों", "फ़ौजों"))
      role = "MIL";
    std::vector<Referent> both;
    for (const Referent& x : refs[k]) {
      if (StatePrincipal(x.code).empty()) break;
      Referent y = refs[h][0];
      y.code = StatePrincipal(x.code) + role;
      y.how = Resolution::kBoth;
      // (Traced to the state's mention, not the role word's own antecedent.)
      y.antecedent = x.antecedent >= 0 ? x.antecedent : x.mention;
      both.push_back(y);
    }
    if (both.size() == 2) refs[h] = std::move(both);
  }
  // The first person in reported speech, once every speaker phrase is known
  // (the speaker may follow its quote).
  for (size_t k = 0; k < p.phrases.size(); ++k) {
    const Phrase& ph = p.phrases[k];
    if (ph.last - ph.first != 1) continue;
    if (!IsFirstPerson(KeyOf(sent.tokens[std::clamp(ph.head, 0, n - 1)]))) continue;
    std::vector<Referent> q = FirstPerson(s, static_cast<int>(k), false);
    if (!q.empty()) refs[k] = q;
  }
  // Possessive first person and वहां: "हमारी सरकार", "वहां की सरकार".
  for (size_t k = 0; k < p.phrases.size(); ++k) {
    const Phrase& g = p.phrases[k];
    if (g.genitive_of < 0 || g.genitive_of >= static_cast<int>(p.phrases.size())) continue;
    const std::string gk = KeyOf(sent.tokens[std::clamp(g.head, 0, n - 1)]);
    // (So, in reported speech, is a speaker's own country or government
    // said in the third person: "एर्दोगन ने चेतावनी दी कि उनका देश यूएई के
    // साथ राजनयिक संबंध निलंबित कर सकता है".)
    const std::string owned = KeyOf(sent.tokens[std::clamp(p.phrases[g.genitive_of].head, 0, n - 1)]);
    const bool own_country = OneOf(gk, "उनका", "उनकी", "उनके") && OneOf(owned, "देश", "मुल्क", "सरकार");
    if (IsFirstPersonPossessive(gk) || own_country) {
      std::vector<Referent> q = FirstPerson(s, g.genitive_of, true);
      if (!q.empty()) refs[g.genitive_of] = q;
    } else if (IsThere(gk) && !last_state_.empty()) {
      const std::string role = RoleOfNoun(
          KeyOf(sent.tokens[std::clamp(p.phrases[g.genitive_of].head, 0, n - 1)]));
      if (!role.empty()) {
        std::vector<Referent> q = last_state_;
        for (Referent& x : q) {
          x.code = StatePrincipal(x.code) + (role == "-" ? "" : role);
          x.how = Resolution::kPlace;
          x.mention = -1;
        }
        refs[g.genitive_of] = q;
      }
    }
  }
  // Dropped subjects.
  auto& imp = implicit_[s];
  imp.assign(p.predicates.size(), {});
  std::vector<Referent> sentence_subject;  // of an earlier clause of this sentence
  for (size_t q = 0; q < p.predicates.size(); ++q) {
    const Predicate& pr = p.predicates[q];
    bool has_subject = pr.subject_from >= 0;
    std::vector<Referent> subject;
    for (const Argument& a : pr.args) {
      if (a.role == Role::kSubject || a.role == Role::kPassiveAgent) {
        has_subject = true;
        if (a.role == Role::kSubject)
          for (const Referent& r : refs[a.phrase]) subject.push_back(r);
      }
    }
    if (!subject.empty() && pr.verb_form == "Fin") sentence_subject = subject;
    // Adjectival and adverbial participles take their subject from the
    // parse (the noun they qualify, the verb they lead to), never from
    // an earlier sentence.
    if (has_subject || pr.voice == Voice::kPassive || pr.verb_form == "Inf" || pr.verb_form == "Part")
      continue;
    // बातचीत हुई: the noun is the subject (not an adjective's: "अमेरिका …
    // काम करने को उत्सुक है" has a subject to find).
    if (pr.lemma == "होना" ||
        (std::string_view(pr.lemma).ends_with(" होना") && pr.noun >= 0 &&
         pr.noun < static_cast<int>(sent.tokens.size()) && sent.tokens[pr.noun].upos == Upos::kNOUN))
      continue;
    std::vector<Referent> found;
    const int clause = pr.tokens.empty() ? -1 : InnermostSpeechClause(s, pr.head);
    if (clause >= 0) {
      found = Speaker(s, clause);
    } else if (!sentence_subject.empty()) {
      found = sentence_subject;
    } else if (!last_subject_.empty() && last_subject_sentence_ >= s - 2) {
      found = last_subject_;
    }
    for (Referent& r : found) {
      r.how = Resolution::kEllipsis;
      r.mention = -1;
    }
    imp[q] = std::move(found);
  }
}

// Carries the sentence's subject, pair and last state into the memory.
void Discourse::Remember(int s) {
  const SentenceParse& p = parses_[s];
  const auto& refs = phrase_refs_[s];
  const Sentence& sent = doc_.sentences[s];
  const int n = static_cast<int>(sent.tokens.size());
  // A quote still open at the sentence's end: carried on, or opened here by
  // a quote clause with a speaker (its last).
  {
    bool open = open_quote_sentence_ == s - 1;
    int marks = 0;
    for (int t = 0; t < n; ++t)
      if (IsQuoteMark(sent.tokens[t].text)) ++marks, open = !open;
    if (!open) {
      open_quote_sentence_ = -9;
    } else if (marks > 0) {
      open_quote_speaker_.clear();
      for (int c = static_cast<int>(p.clauses.size()) - 1; c >= 0 && open_quote_speaker_.empty(); --c)
        if (p.clauses[c].type == ClauseType::kQuote) open_quote_speaker_ = Speaker(s, c);
      open_quote_sentence_ = open_quote_speaker_.empty() ? -9 : s;
    } else {
      open_quote_sentence_ = s;
    }
  }
  std::vector<Referent> subject;
  for (size_t q = 0; q < p.predicates.size(); ++q) {
    const Predicate& pr = p.predicates[q];
    if (pr.verb_form != "Fin") continue;
    const bool main = pr.clause == 0 || (pr.clause < static_cast<int>(p.clauses.size()) &&
                                         p.clauses[pr.clause].type == ClauseType::kCoordinate);
    if (!main) continue;
    std::vector<Referent> here;
    for (const Argument& a : pr.args)
      if (a.role == Role::kSubject)
        for (const Referent& r : refs[a.phrase]) here.push_back(r);
    if (here.empty()) here = implicit_[s][q];
    if (!here.empty()) subject = here;
  }
  // Salient actors of this sentence, for pronouns further on.
  {
    std::vector<char> is_subject(p.phrases.size(), 0);
    for (const Predicate& pr : p.predicates)
      for (const Argument& a : pr.args)
        if (a.role == Role::kSubject && pr.verb_form == "Fin") is_subject[a.phrase] = 1;
    bool known_subject = false, unknown_subject = false;
    for (size_t k = 0; k < p.phrases.size(); ++k) {
      if (!is_subject[k]) continue;
      if (!refs[k].empty()) {
        known_subject = true;
        continue;
      }
      // (A name: proper nouns only, not of a genitive.)
      const Phrase& ph = p.phrases[k];
      const int end = ph.postposition_first >= 0 ? ph.postposition_first : ph.last;
      bool name = ph.genitive_of < 0 && ph.first < end && end <= n;
      for (int t = ph.first; name && t < end; ++t) name = sent.tokens[t].upos == Upos::kPROPN;
      for (size_t g = 0; name && g < p.phrases.size(); ++g) name = p.phrases[g].genitive_of != static_cast<int>(k);
      unknown_subject |= name;
    }
    if (unknown_subject && !known_subject) unknown_subject_sentence_ = s;
    for (size_t k = 0; k < p.phrases.size(); ++k)
      for (const Referent& r : refs[k]) {
        Salient x;
        x.ref = r;
        x.ref.mention = -1;
        x.sentence = s;
        x.token = p.phrases[k].first;
        x.subject = is_subject[k];
        const int named_at = r.antecedent >= 0 ? r.antecedent : r.mention;
        x.named = named_at >= 0 && !mentions_[named_at].name.empty();
        x.place = p.phrases[k].marker == "में" && r.kind == ActorKind::kState && r.code.size() == 3;
        x.plural = IsPluralHead(doc_.sentences[s].tokens, p.phrases[k]);
        salient_.push_back(x);
      }
    // Keep the last few sentences only.
    size_t drop = 0;
    while (drop < salient_.size() && salient_[drop].sentence < s - 2) ++drop;
    salient_.erase(salient_.begin(), salient_.begin() + drop);
  }
  if (!subject.empty()) {
    last_subject_ = subject;
    for (Referent& r : last_subject_) r.mention = -1;
    last_subject_sentence_ = s;
  }
  // The last two actors named together: a coordination, or the two sides of
  // one predicate.
  auto distinct_pair = [](const std::vector<Referent>& v) {
    std::vector<Referent> out;
    for (const Referent& r : v) {
      bool dup = false;
      for (const Referent& o : out) dup |= SameReferent(o, r);
      if (!dup) out.push_back(r);
    }
    return out;
  };
  std::vector<Referent> pair, state_pair;
  auto two_states = [](const std::vector<Referent>& two) {
    return two.size() == 2 && two[0].kind == ActorKind::kState && two[1].kind == ActorKind::kState;
  };
  for (size_t k = 0; k < p.phrases.size(); ++k) {
    if (refs[k].size() == 2) pair = refs[k];
    const int g = p.phrases[k].coordination;
    if (g < 0 || (k > 0 && p.phrases[k - 1].coordination == g)) continue;
    std::vector<Referent> all;
    for (size_t j = k; j < p.phrases.size() && p.phrases[j].coordination == g; ++j)
      for (const Referent& r : refs[j]) all.push_back(r);
    all = distinct_pair(all);
    if (all.size() == 2) pair = all;
    if (two_states(pair)) state_pair = pair;
    // (Any number of states listed together, for इन देशों after them.)
    bool states = all.size() >= 2;
    for (const Referent& r : all) states &= r.kind == ActorKind::kState && r.code.size() == 3;
    if (states) {
      last_state_group_ = all;
      last_state_group_sentence_ = s;
      for (Referent& r : last_state_group_) r.mention = -1;
    }
    // (Three or more of distinct states, people or bodies, for तीनों and
    // चारों after them.)
    std::set<std::string> principals;
    for (const Referent& r : all) principals.insert(StatePrincipal(r.code).empty() ? r.code : StatePrincipal(r.code));
    if (all.size() >= 3 && principals.size() == all.size()) {
      last_group_ = all;
      last_group_sentence_ = s;
      for (Referent& r : last_group_) r.mention = -1;
    }
  }
  if (!state_pair.empty()) {
    last_state_pair_ = state_pair;
    last_state_pair_sentence_ = s;
    for (Referent& r : last_state_pair_) r.mention = -1;
  }
  // The two sides of the last conflict: a pair named with के बीच before a
  // conflict noun ("रूस और यूक्रेन के बीच तनाव"), or the subject and the
  // object of a conflict predicate ("रूस ने यूक्रेन पर हमला किया").
  {
    auto conflict_word = [](std::string_view w) {
      // (Keys are folded: no nukta, लड़ाई is लडाई.)
      return OneOf(w, "हमला", "हमले", "हमलों", "लडाई", "संघर्ष", "झडप", "झडपें", "झडपों", "युद्ध", "जंग",
                   "तनाव", "विवाद", "गोलीबारी", "गोलाबारी", "बमबारी", "टकराव", "हिंसा", "संघर्षविराम") ||
             OneOf(w, "युद्धविराम", "कब्जा", "घुसपैठ", "तोडना", "नाकेबंदी", "घेराबंदी", "गोले", "गोलों", "फायरिंग");
    };
    // (A dispute in words has two sides too, when the article has named
    // no armed ones: "कीर ने मचार पर तख़्तापलट की कोशिश का आरोप लगाया …
    // अमरीका ने सभी पक्षों से …".)
    // (Not a demand: "अर्दोआन ने अमरीका से मांग की कि …" is no side of the
    // coup that "सभी पक्षों" asks.)
    auto dispute_word = [](std::string_view w) { return OneOf(w, "आरोप", "आरोपों", "खींचतान", "मतभेद", "गतिरोध"); };
    // (Talks, mediation or a peace deal between two have two sides too:
    // "सरकार और विपक्ष के बीच मध्यस्थता की थी", "कोलंबिया सरकार और फ़ार्क के
    // बीच शांति समझौते पर दस्तख़त".)
    auto talks_word = [](std::string_view w) {
      return OneOf(w, "मध्यस्थता", "सुलह", "बातचीत", "वार्ता", "शांति", "समझौता", "समझौते");
    };
    auto lemma_has = [](const std::string& lemma, auto&& word) {
      size_t from = 0;
      while (from <= lemma.size()) {
        size_t sp = lemma.find(' ', from);
        if (sp == std::string::npos) sp = lemma.size();
        if (word(FoldKey(std::string_view(lemma).substr(from, sp - from)))) return true;
        from = sp + 1;
      }
      return false;
    };
    auto lemma_conflict = [&](const std::string& lemma) { return lemma_has(lemma, conflict_word); };
    std::vector<Referent> sides;
    for (size_t k = 0; k < p.phrases.size(); ++k) {
      if (p.phrases[k].marker != "के बीच") continue;
      // (Through the conjuncts of its coordination.)
      std::vector<Referent> all;
      const int g = p.phrases[k].coordination;
      for (size_t j = 0; j <= k; ++j)
        if (j == k || (g >= 0 && p.phrases[j].coordination == g))
          for (const Referent& r : refs[j]) all.push_back(r);
      all = distinct_pair(all);
      // (Else its genitives: "भारत और चीन के सैनिकों के बीच झड़प".)
      if (all.size() < 2) {
        AddGenitiveRefs(p, refs, static_cast<int>(k), &all);
        all = distinct_pair(all);
      }
      if (all.size() != 2) continue;
      // (Up to six words on: "आर्मीनिया और अजरबैजान के बीच रविवार को शुरू हुई
      // लड़ाई", but not past the end of the clause.)
      bool conflict = false;
      const int from = std::max(p.phrases[k].last, p.phrases[k].postposition_last);
      for (int t = from; t < n && t < from + 6; ++t) {
        if (sent.tokens[t].kind == TokenKind::kPunct) break;
        conflict |= conflict_word(KeyOf(sent.tokens[t]));
      }
      bool talks = false;
      for (int t = from; t < n && t < from + 3; ++t)
        talks |= talks_word(KeyOf(sent.tokens[t]));
      // The predicate that holds the phrase: its lemma, and its subject ("आर्मेनिया
      // और अज़रबैजान के बीच … भीषण लड़ाई छिड़ गई").
      for (const Predicate& pr : p.predicates) {
        bool holds = false;
        for (const Argument& a : pr.args) holds |= a.phrase == static_cast<int>(k);
        if (!holds) continue;
        conflict |= lemma_conflict(pr.lemma);
        talks |= lemma_has(pr.lemma, talks_word);
        for (const Argument& a : pr.args)
          if (a.role == Role::kSubject)
            conflict |= conflict_word(KeyOf(sent.tokens[std::clamp(p.phrases[a.phrase].head, 0, n - 1)]));
      }
      if (conflict || (talks && last_sides_.empty())) sides = all;
    }
    for (const Predicate& pr : p.predicates) {
      if (!lemma_conflict(pr.lemma) && !(last_sides_.empty() && lemma_has(pr.lemma, dispute_word))) continue;
      // (Several on one side stand behind the first named: "सऊदी अरब,
      // बहरीन और मिस्र ने क़तर से रिश्ते तोड़े": Saudi Arabia and Qatar.)
      std::vector<Referent> subject, other;
      // (The पर phrase of an accusation often sits with its infinitive: "X
      // ने Y पर … झूठ बोलने का आरोप लगाया".)
      std::vector<Argument> args = pr.args;
      const int index = static_cast<int>(&pr - p.predicates.data());
      for (const Predicate& q : p.predicates)
        if (q.complement_of == index)
          for (const Argument& a : q.args)
            if (p.phrases[a.phrase].marker == "पर") args.push_back(a);
      for (const Argument& a : args) {
        const std::string& m = p.phrases[a.phrase].marker;
        if (a.role != Role::kSubject && m != "पर" && m != "के खिलाफ" && m != "से" && m != "के साथ") continue;
        std::vector<Referent>& side = a.role == Role::kSubject ? subject : other;
        for (const Referent& r : refs[a.phrase]) side.push_back(r);
        // (A place of the other side: "हमास के ठिकानों पर".)
        if (refs[a.phrase].empty()) AddGenitiveRefs(p, refs, a.phrase, &side);
      }
      std::vector<Referent> two = subject;
      two.insert(two.end(), other.begin(), other.end());
      two = distinct_pair(two);
      if (two.size() > 2 && !subject.empty() && !other.empty()) two = distinct_pair({subject[0], other[0]});
      // (Two sides of one state too when their roles differ: a government
      // and an armed group, "तालिबान ने सरकार पर हमला किया".)
      // (Not a third party's quarrel with one side of the war the article
      // is about: "आर्मीनिया और अज़रबैजान के बीच लड़ाई … एर्दोगन ने … आर्मीनिया
      // को … कब्जे वाले इलाके खाली करने होंगे" leaves the sides the two at war.)
      auto joins = [&](const std::vector<Referent>& two) {
        if (last_sides_.size() != 2) return false;
        int shared = 0;
        for (const Referent& x : two)
          for (const Referent& y : last_sides_) shared += StatePrincipal(x.code) == StatePrincipal(y.code);
        return shared == 1;
      };
      if (two.size() == 2 && (StatePrincipal(two[0].code) != StatePrincipal(two[1].code) || InternalSides(two)) &&
          !joins(two))
        sides = two;
    }
    if (!sides.empty()) {
      last_sides_ = sides;
      for (Referent& r : last_sides_) r.mention = -1;
    }
  }
  if (pair.empty()) {
    for (const Predicate& pr : p.predicates) {
      std::vector<Referent> sides;
      for (const Argument& a : pr.args) {
        const std::string& m = p.phrases[a.phrase].marker;
        if (a.role == Role::kSubject || m == "से" || m == "के साथ" || m == "को")
          for (const Referent& r : refs[a.phrase]) sides.push_back(r);
      }
      sides = distinct_pair(sides);
      if (sides.size() == 2 && StatePrincipal(sides[0].code) != StatePrincipal(sides[1].code)) pair = sides;
    }
  }
  if (pair.size() == 2) {
    last_pair_ = pair;
    last_pair_sentence_ = s;
    for (Referent& r : last_pair_) r.mention = -1;
    if (pair[0].kind == ActorKind::kPerson && pair[1].kind == ActorKind::kPerson &&
        StatePrincipal(pair[0].code) != StatePrincipal(pair[1].code)) {
      last_people_pair_ = last_pair_;
      last_people_pair_sentence_ = s;
    }
  }
  for (int m : by_sentence_[s]) {
    const ActorMention& am = mentions_[m];
    if (am.kind == ActorKind::kState && am.code.size() == 3 && am.how != MatchHow::kCoreference) {
      Referent r;
      r.code = am.code;
      r.antecedent = m;
      r.kind = am.kind;
      last_state_ = {r};
    }
  }
}

}  // namespace ghatna
