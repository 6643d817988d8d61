// Reported speech: what a speaker does by what she says. A predicate inside
// a quote or a कि-clause of a verb of saying is coded for the act of the
// speaker (CODING_CONVENTIONS.md §1): a wrongdoing she alleges of another
// side is an accusation (112) and is not coded itself; what she says
// another side should or must do is an appeal (02); what her own side will
// do is a threat (13) or a promise (03), or a refusal (12) when denied; a
// fact she reports (an attack, a clash) is coded as the fact.
#include "events/speech.h"

namespace ghatna::events {
namespace {

int Root(const std::string& code) { return code.size() >= 2 ? std::stoi(code.substr(0, 2)) : 0; }

// One state's actors are one side, except an armed group or criminals,
// who are no government's side ("गोगोई ने कहा कि धमाकों के पीछे अल्फा का
// हाथ है": INDGOV accuses INDREB).
bool SameSide(const std::vector<Referent>& a, const std::vector<Referent>& b) {
  auto outlaw = [](const Referent& r) { return RoleCode(r.code) == "REB" || RoleCode(r.code) == "CRM"; };
  for (const Referent& x : a)
    for (const Referent& y : b)
      if (Principal(x.code) == Principal(y.code) && outlaw(x) == outlaw(y)) return true;
  return false;
}

// Whether the target of an act is on the speaker's side (its own state, no
// armed group): who claims another used force on it.
bool Victim(const std::vector<Referent>& speaker, const std::vector<Referent>& target) {
  if (target.empty()) return false;
  for (const Referent& t : target) {
    const std::string role = RoleCode(t.code);
    if (role == "REB" || role == "CRM") return false;
    bool own = false;
    for (const Referent& x : speaker) own |= Principal(x.code) == Principal(t.code);
    if (!own) return false;
  }
  return true;
}

// Whether a speaker's claim about the agent's act contests it: the agent
// is another state's, or its own state's authorities (government, forces,
// police) when the speaker is not among them; and the speaker is a side (a
// state, its government, opposition, party, forces or police).
bool Contests(const std::vector<Referent>& speaker, const std::vector<Referent>& agent) {
  auto authority = [](const std::string& r) {
    return r.empty() || IsAuthorityRole(r);
  };
  // (Witnesses, doctors and refugees tell what they saw: facts.)
  bool political = false;
  for (const Referent& x : speaker) {
    const std::string r = RoleCode(x.code);
    political |= x.code.rfind("IGO", 0) != 0 &&
                 (r.empty() || r == "GOV" || r == "OPP" || r == "PTY" || r == "MIL" || r == "COP");
  }
  if (!political) return false;
  for (const Referent& a : agent) {
    bool contested = true;
    for (const Referent& x : speaker)
      if (Principal(x.code) == Principal(a.code) &&
          (!authority(RoleCode(a.code)) || authority(RoleCode(x.code))))
        contested = false;
    if (!contested) return false;
  }
  return true;
}

// The appeal sub-code for what the speaker asks for (CAMEO 021-028).
std::string AppealCode(int root) {
  switch (root) {
    case 4: return "026";   // meet or negotiate
    case 5: return "022";   // diplomatic cooperation
    case 6: return "021";   // material cooperation
    case 7: return "023";   // aid
    case 8: return "025";   // yield
    default: return "020";
  }
}

std::string PromiseCode(int root) {
  switch (root) {
    case 4: return "036";   // intent to meet or negotiate
    case 5: return "032";   // diplomatic cooperation
    case 6: return "031";   // material cooperation
    case 7: return "033";   // aid
    case 8: return "035";   // yield
    default: return "030";
  }
}

// The threat of an act (CAMEO 131-138): sanctions 1312, cutting relations
// 1313, halting talks 134, cutting aid 1311, coercion 130, force 138.
std::string ThreatCode(const std::string& act) {
  const int root = Root(act);
  if (root >= 18) return "138";
  if (act.rfind("163", 0) == 0) return "1312";
  if (act.rfind("164", 0) == 0) return "134";
  if (act.rfind("162", 0) == 0) return "1311";
  if (root == 16) return "1313";
  if (root == 15) return "138";
  return "130";
}

}  // namespace

// One side for an appeal: the same principal and the same role, or both
// in its establishment (government, ruling party, forces, police).
bool SameEstablishment(const std::vector<Referent>& a, const std::vector<Referent>& b) {
  auto establishment = [](const std::string& r) {
    return r.empty() || r == "PTY" || IsAuthorityRole(r);
  };
  for (const Referent& x : a)
    for (const Referent& y : b) {
      if (Principal(x.code) != Principal(y.code)) continue;
      const std::string rx = RoleCode(x.code), ry = RoleCode(y.code);
      if (rx == ry || (establishment(rx) && establishment(ry))) return true;
    }
  return false;
}

std::string DemandCode(const std::string& appeal) {
  if (appeal == "026") return "108";  // meet or negotiate
  if (appeal == "023") return "103";  // aid
  if (appeal == "021" || appeal == "022") return "102";  // cooperation: policy support
  return "100";
}

SpeechDecision DecideSpeech(const Pattern& p, const Modality& m, const std::vector<Referent>& speaker,
                            const Candidate& c, bool distinct) {
  SpeechDecision d;
  if (p.code.empty() || speaker.empty()) return d;
  // A belief stated ("X का मानना है कि …") accuses, but asks, promises or
  // threatens nothing.
  if (m.belief && !p.allege) return d;
  // What people or firms want ("लोग चाहते हैं कि ऐसी सरकार आए") is opinion;
  // a state, a government, a party or an international body that wants
  // another side to act asks it.
  if (m.want)
    for (const Referent& x : speaker) {
      const std::string role = RoleCode(x.code);
      const bool political = x.code.rfind("IGO", 0) == 0 || (x.code.size() == 3 && role.empty()) ||
                             role == "GOV" || role == "OPP" || role == "PTY" || role == "MIL";
      if (!political) return d;
    }
  const int root = Root(p.code);
  const std::vector<Referent>& agent = c.source.actors;
  const bool own_side = SameSide(speaker, agent);
  const bool own_side_strict = SameEstablishment(speaker, agent);
  // (Also what is force when armed forces do it: "मुंहतोड़ जवाब देंगे" is
  // a threat of force, though a politician's reply given is words, 111.)
  // (Against another state: "हम विपक्ष पर हमला बोलेंगे" is words.)
  bool abroad = false;
  for (const Referent& t : c.target.actors)
    for (const Referent& x : speaker) abroad |= Principal(t.code) != Principal(x.code);
  // (An answer to "this" with no target is aimed at the speaker's last
  // adversary, which the coder finds: "… इसका जवाब देगा".)
  abroad |= p.adversary && c.target.actors.empty();
  const bool force_when_armed = !p.ifsource_code.empty() && Root(p.ifsource_code) >= 18;
  const bool conflict = (root >= 13 && root != 14) || (force_when_armed && abroad);
  const bool cooperation = root >= 3 && root <= 8;
  // "… कहा कि अगर बमबारी नहीं रुकी तो अमरीका रूस के साथ बातचीत स्थगित
  // कर देगा": what the speaker's side will do against another if a
  // condition holds is a conditional threat.
  if (m.conditional && m.consequence && m.future && m.speech_act && !m.question && !m.negated &&
      !m.ability && !m.desire && conflict && (agent.empty() || SameSide(speaker, agent)) && !c.target.actors.empty()) {
    d.act = SpeechAct::kThreaten;
    d.code = ThreatCode(p.code);
    d.target = c.target.actors;
    d.why = "reported speech: what the speaker's side will do against another if a condition holds is a threat (" +
            d.code + ")";
    return d;
  }
  if (m.question || m.conditional || !m.speech_act) return d;
  if (m.counterfactual) return d;  // what should have been done is no appeal
  // What another side will have to suffer ("पाकिस्तान को इसके गंभीर परिणाम
  // भुगतने होंगे", "अमरीका को इसका सामना करना पड़ेगा") threatens it.
  if ((m.wish || m.norm) && root == 13 && !agent.empty() && !own_side_strict) {
    d.act = SpeechAct::kThreaten;
    d.code = p.code;
    d.target = agent;
    d.why = "reported speech: what another side will have to suffer is a threat (" + d.code + ")";
    return d;
  }
  if (m.wish || m.norm) {
    // "Y … करे", "Y को … करना चाहिए": the speaker asks Y to act. Within
    // one state the opposition, the courts or the people asking the
    // government (or the government asking them) ask another side.
    if (own_side_strict || agent.empty()) return d;
    // Any act at all (no row of its own) only when asked of a state, its
    // government or an international body: what people, firms or parties
    // should do is mostly opinion, not an appeal.
    if (p.asked)
      for (const Referent& a : agent) {
        const std::string role = RoleCode(a.code);
        const bool body = a.code.rfind("IGO", 0) == 0 || (a.code.size() == 3 && role.empty()) || role == "GOV";
        if (!body) return d;
      }
    d.act = SpeechAct::kAppeal;
    d.code = AppealCode(root);
    d.target = agent;
    d.why = "reported speech: what another side should do is an appeal (" + d.code + ")";
    // "ईरान को दोषियों को सजा देनी चाहिए", "सरकार को माफी मांगनी चाहिए": a
    // remedy the speaker says another side owes is demanded (not a
    // subjunctive, which an appeal word may govern: "… से अपील की कि वह
    // उन्हें रिहा करे").
    // (Not of an international body, which is appealed to, as an
    // investigation asked of it is: iftarget=IGO.)
    bool igo = false;
    for (const Referent& a : agent) igo |= a.code.rfind("IGO", 0) == 0;
    if (!p.demanded.empty() && m.norm && !igo) {
      d.code = p.demanded;
      d.why = "reported speech: a remedy another side should give is a demand (" + d.code + ")";
      return d;
    }
    // "पाकिस्तान को भारत के अंदरूनी मामलों में दखल देने से बाज आना चाहिए":
    // what a state's government says another state should do, with no row
    // of its own, is a demand; the annotators of sets 44-79 code it 10 six
    // times to 2.
    bool state_speaker = !speaker.empty();
    for (const Referent& x : speaker) {
      const std::string role = RoleCode(x.code);
      state_speaker &= x.code.rfind("IGO", 0) != 0 && (role.empty() || role == "GOV" || role == "MIL");
    }
    if (p.asked && m.norm && !igo && state_speaker && !own_side) {
      d.code = DemandCode(d.code);
      d.why = "reported speech: what a state's government says another state should do is a demand (" + d.code + ")";
      return d;
    }
    // "मेक्सिको को इसका ख़र्च उठाना होगा": what it must do is demanded.
    if (m.must) {
      d.code = p.demanded.empty() || igo ? DemandCode(d.code) : p.demanded;
      d.why = "reported speech: what another side must do (होगा, पड़ेगा) is a demand (" + d.code + ")";
    }
    return d;
  }
  if (m.future || m.ability || m.desire) {
    // What the speaker's own side will do; not what it could or wants to
    // do, nor a participle of such a verb.
    // (Wanting to meet or negotiate is an intent to: "इटली ने कहा कि वह
    // भारत के साथ बातचीत जारी रखना चाहता है", 036.)
    const bool wants_talks = m.desire && root == 4 && !m.ability && !m.negated;
    if (!own_side || m.ability || (m.desire && !wants_talks) || m.inherited) return d;
    if (m.negated && cooperation) {
      d.act = SpeechAct::kReject;
      d.code = root == 4 ? "125" : "120";
      d.target = c.target.actors;
      d.why = "reported speech: the speaker's side will not " + p.code + ": a refusal (" + d.code + ")";
      return d;
    }
    if (m.negated) return d;
    // (Being ready to act against another side is a stance, not a threat:
    // "… आतंकवादी गुटों के खिलाफ कार्रवाई करने के लिए प्रतिबद्ध है".)
    if (conflict && !m.willing) {
      d.act = SpeechAct::kThreaten;
      d.code = root >= 18 || force_when_armed ? "138" : "130";
      d.target = c.target.actors;
      d.why = "reported speech: what the speaker's side will do against another is a threat (" + d.code + ")";
      return d;
    }
    if (cooperation) {
      d.act = SpeechAct::kPromise;
      d.code = PromiseCode(root);
      d.target = c.target.actors;
      d.why = "reported speech: what the speaker's side will do for another is a promise (" + d.code + ")";
      return d;
    }
    return d;
  }
  // "… ने कहा कि पाकिस्तान आतंकियों की घुसपैठ कराने की कोशिश कर रहा है":
  // a wrongdoing another side is said to try is alleged as much as one it
  // is said to do.
  if (p.allege && m.attempt && !m.negated && !agent.empty() && (!own_side_strict || distinct)) {
    d.act = SpeechAct::kAccuse;
    d.code = p.code.rfind("11", 0) == 0 ? p.code : "112";
    d.target = agent;
    d.why = "reported speech: a wrongdoing another side tries is an accusation (" + d.code + ")";
    return d;
  }
  if (!m.Real()) return d;
  // "विपक्ष का कहना है कि पुलिस ने निहत्थे लोगों पर गोलियां चलाईं",
  // "वियतनाम का कहना है कि चीनी जहाज़ों ने उसकी नौकाओं को टक्कर मारी": force
  // or coercion one side claims the authorities of its own state, or another
  // state, used on its side is its accusation; what police say militants
  // did, or a state says of an attack on rebels, stays a fact.
  // (After a plain "ने कहा कि" only force a state's forces or government,
  // named in the clause, used: "पाकिस्तानी सेना ने कहा कि भारतीय सेना ने
  // बिना उकसावे के गोलीबारी की". What the police say militants did, or a
  // strike the article has already told, stays a fact.)
  bool named_state = !agent.empty();
  for (const Referent& a : agent) {
    const std::string r = RoleCode(a.code);
    named_state &= a.how == Resolution::kNamed && a.code.rfind("IGO", 0) != 0 &&
                   (r.empty() || r == "GOV" || r == "MIL" || r == "COP");
  }
  if ((m.claim || (m.speech_report && named_state)) && root >= 17 && !agent.empty() && Contests(speaker, agent) &&
      Victim(speaker, c.target.actors)) {
    d.act = SpeechAct::kAccuse;
    d.code = "112";
    d.target = agent;
    d.why = "reported speech: force one side claims another used is an accusation (112)";
    return d;
  }
  // "कमलनाथ ने कहा कि भाजपा ने … हमारे 22 विधायकों को बंधक बनाए रखा": the
  // force or coercion a politician says another party used is his
  // accusation, not a fact the text reports.
  bool parties = !agent.empty() && !speaker.empty() && root >= 15;
  for (const Referent& a : agent) {
    const std::string r = RoleCode(a.code);
    parties &= r == "PTY" || r == "OPP";
    for (const Referent& x : speaker) {
      const std::string sr = RoleCode(x.code);
      parties &= Principal(x.code) == Principal(a.code) && (sr == "PTY" || sr == "OPP" || sr == "GOV") && sr != r;
    }
  }
  if (parties) {
    d.act = SpeechAct::kAccuse;
    d.code = "112";
    d.target = agent;
    d.why = "reported speech: force a politician says another party used is an accusation (112)";
    return d;
  }
  // A wrongdoing of another side (sponsoring terror, violations, crimes)
  // is an accusation; an attack or a clash the speaker reports is a fact.
  // (Within one state too: the opposition accusing the government.)
  // (Also two office holders of one code each named: "खट्टर ने आरोप लगाया
  // कि अमरिंदर सिंह …"; not for appeals, which within one establishment
  // are instructions.)
  if (p.allege && (!own_side_strict || distinct)) {
    d.act = SpeechAct::kAccuse;
    // (A judgement row keeps its own code: criticism 111, or praise 051 of
    // the side whose act the speaker calls praiseworthy.)
    const bool judgement = p.code.rfind("11", 0) == 0 || p.code.rfind("05", 0) == 0;
    d.code = judgement ? p.code : "112";
    d.target = agent;
    d.why = judgement ? "reported speech: a judgement of another side's act is the speaker's (" + p.code + ")"
                      : "reported speech: a wrongdoing of another side is an accusation (112)";
    return d;
  }
  d.act = SpeechAct::kReport;
  d.why = "reported speech: a fact the speaker reports";
  return d;
}

}  // namespace ghatna::events
