// Names and dumps of the syntax stage's results.
#include <string>

#include "ghatna/syntax.h"

namespace ghatna {

const char* RoleName(Role role) {
  switch (role) {
    case Role::kSubject: return "subj";
    case Role::kObject: return "obj";
    case Role::kRecipient: return "recip";
    case Role::kAddressee: return "addr";
    case Role::kWith: return "with";
    case Role::kAgainst: return "against";
    case Role::kAbout: return "about";
    case Role::kLocation: return "loc";
    case Role::kSource: return "source";
    case Role::kPassiveAgent: return "by";
    case Role::kGenitiveObject: return "genobj";
    case Role::kOther: return "other";
  }
  return "other";
}

const char* ClauseTypeName(ClauseType type) {
  switch (type) {
    case ClauseType::kMain: return "main";
    case ClauseType::kComplement: return "complement";
    case ClauseType::kQuote: return "quote";
    case ClauseType::kRelative: return "relative";
    case ClauseType::kInfinitival: return "infinitival";
    case ClauseType::kConjunctive: return "conjunctive";
    case ClauseType::kCoordinate: return "coordinate";
    case ClauseType::kConditional: return "conditional";
    case ClauseType::kAdverbial: return "adverbial";
  }
  return "main";
}

std::vector<int> ComplementsOf(const SentenceParse& parse, int predicate) {
  std::vector<int> out;
  for (size_t i = 0; i < parse.predicates.size(); ++i) {
    if (parse.predicates[i].complement_of == predicate) out.push_back(static_cast<int>(i));
  }
  return out;
}

std::string PhraseText(const Sentence& sentence, const Phrase& phrase) {
  std::string out;
  for (int i = phrase.first; i < phrase.last && i < static_cast<int>(sentence.tokens.size());
       ++i) {
    if (!out.empty()) out.push_back(' ');
    out += sentence.tokens[i].text;
  }
  return out;
}

std::string DumpPredicates(const Sentence& sentence, const SentenceParse& parse) {
  std::string out;
  for (size_t i = 0; i < parse.predicates.size(); ++i) {
    const Predicate& p = parse.predicates[i];
    if (i) out += "; ";
    out += p.lemma;
    if (p.negated) out += " neg";
    if (p.voice == Voice::kPassive) out += " pass";
    if (p.verb_form == "Inf") out += " inf";
    if (p.verb_form == "Conv") out += " conv";
    if (p.verb_form == "Part") out += " part";
    if (!p.modal.empty()) out += " " + p.modal;
    if (p.complement_of >= 0) out += " <-" + parse.predicates[p.complement_of].lemma;
    if (p.subject_from >= 0) out += " subj<-" + parse.predicates[p.subject_from].lemma;
    out += ":";
    for (const Argument& a : p.args) {
      const Phrase& ph = parse.phrases[a.phrase];
      out += " ";
      out += RoleName(a.role);
      out += "=";
      if (ph.head >= 0 && ph.head < static_cast<int>(sentence.tokens.size()))
        out += sentence.tokens[ph.head].text;
    }
  }
  return out;
}

}  // namespace ghatna
