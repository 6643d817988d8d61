// The CoNLL-U writer: one sentence's tokens with lemma, UPOS and features,
// and dependency heads and relations derived from the parse
// (docs/grammar.md, "CoNLL-U output"). Moved out of `ghatna parse` so that
// fuzz/parse_fuzz.cc and fuzz/writers_fuzz.cc can check it.
#include <string>
#include <string_view>
#include <vector>

#include "ghatna/io.h"
#include "ghatna/syntax.h"

namespace ghatna {
namespace {

// Dependency heads and relations derived from the parse (0-based heads, -1
// for the root).
struct Deps {
  std::vector<int> head;
  std::vector<std::string> rel;
};

Deps DeriveDeps(const Sentence& s, const SentenceParse& parse) {
  const int n = static_cast<int>(s.tokens.size());
  Deps d;
  d.head.assign(n, -2);
  d.rel.assign(n, "dep");
  if (n == 0) return d;  // found by fuzz/writers_fuzz.cc: no token, no root
  const auto& preds = parse.predicates;
  const auto& clauses = parse.clauses;
  auto domain = [&](const Predicate& p) {
    if (p.clause < 0 || p.clause >= static_cast<int>(clauses.size())) return 0;
    ClauseType t = clauses[p.clause].type;
    if ((t == ClauseType::kInfinitival || t == ClauseType::kConjunctive) &&
        clauses[p.clause].parent >= 0)
      return clauses[p.clause].parent;
    return p.clause;
  };
  auto main_of = [&](int c) {
    int last = -1;
    for (size_t p = 0; p < preds.size(); ++p) {
      if (domain(preds[p]) != c) continue;
      if (preds[p].verb_form == "Fin") return static_cast<int>(p);
      last = static_cast<int>(p);
    }
    return last;
  };
  // Root.
  int root_pred = main_of(0);
  int root = -1;
  if (root_pred >= 0) {
    root = preds[root_pred].head;
  } else if (!parse.phrases.empty()) {
    root = parse.phrases[0].head;
  } else {
    for (int i = 0; i < n && root < 0; ++i) {
      if (s.tokens[i].upos != Upos::kPUNCT) root = i;
    }
    if (root < 0) root = 0;
  }
  d.head[root] = -1;
  d.rel[root] = "root";
  auto set = [&](int tok, int head, const std::string& rel) {
    if (tok < 0 || tok >= n || tok == root || d.head[tok] != -2) return;
    if (head == tok) head = root;
    d.head[tok] = head;
    d.rel[tok] = rel;
  };
  // Predicates.
  for (size_t pi = 0; pi < preds.size(); ++pi) {
    const Predicate& p = preds[pi];
    int c = domain(p);
    int gov = -1;
    std::string rel = "conj";
    if (static_cast<int>(pi) == main_of(c)) {
      int pc = c >= 0 && c < static_cast<int>(clauses.size()) ? clauses[c].parent : -1;
      while (pc >= 0 && main_of(pc) < 0) pc = clauses[pc].parent;
      gov = pc >= 0 ? preds[main_of(pc)].head : root;
      switch (clauses[c].type) {
        case ClauseType::kComplement: case ClauseType::kQuote: rel = "ccomp"; break;
        case ClauseType::kRelative: rel = "acl:relcl"; break;
        case ClauseType::kConditional: case ClauseType::kAdverbial: rel = "advcl"; break;
        default: rel = "conj"; break;
      }
    } else if (p.complement_of >= 0) {
      gov = preds[p.complement_of].head;
      rel = "xcomp";
    } else {
      int m = main_of(c);
      gov = m >= 0 ? preds[m].head : root;
      rel = p.verb_form == "Conv" ? "advcl" : p.verb_form == "Part" ? "acl"
            : p.verb_form == "Inf" ? "xcomp" : "conj";
    }
    set(p.head, gov, rel);
    for (int t : p.tokens) {
      if (t == p.head) continue;
      const Token& tok = s.tokens[t];
      if (t == p.noun) set(t, p.head, "compound:lvc");
      else if (tok.text == "नहीं" || tok.text == "न" || tok.text == "मत" || tok.text == "ना")
        set(t, p.head, "advmod");
      else if (p.noun >= 0 && t < p.noun)
        set(t, p.noun, tok.upos == Upos::kDET ? "det" : "amod");
      else if (tok.text == "कर" || tok.text == "के") set(t, p.head, "mark");
      else if (p.voice == Voice::kPassive && tok.lemma == "जाना") set(t, p.head, "aux:pass");
      else set(t, p.head, "aux");
    }
  }
  // Phrases.
  std::vector<int> attached(parse.phrases.size(), -1);
  std::vector<Role> role(parse.phrases.size(), Role::kOther);
  for (const Predicate& p : preds) {
    for (const Argument& a : p.args) {
      attached[a.phrase] = static_cast<int>(&p - &preds[0]);
      role[a.phrase] = a.role;
    }
  }
  std::vector<int> first_conjunct(parse.phrases.size(), -1);
  for (size_t k = 0; k < parse.phrases.size(); ++k) {
    const Phrase& ph = parse.phrases[k];
    if (ph.coordination < 0) continue;
    for (size_t m = 0; m < k; ++m) {
      if (parse.phrases[m].coordination == ph.coordination) {
        first_conjunct[k] = parse.phrases[m].head;
        break;
      }
    }
  }
  for (size_t k = 0; k < parse.phrases.size(); ++k) {
    const Phrase& ph = parse.phrases[k];
    int h = ph.head;
    if (first_conjunct[k] >= 0) {
      set(h, first_conjunct[k], "conj");
      if (ph.first > 0) set(ph.first - 1, h, "cc");
    } else if (ph.genitive_of >= 0) {
      set(h, parse.phrases[ph.genitive_of].head, "nmod");
    } else if (attached[k] >= 0) {
      const Predicate& p = preds[attached[k]];
      std::string rel = "obl";
      switch (role[k]) {
        case Role::kSubject: rel = "nsubj"; break;
        case Role::kObject:
          rel = p.voice == Voice::kPassive && ph.marker.empty() ? "nsubj:pass" : "obj";
          break;
        case Role::kRecipient: rel = "iobj"; break;
        case Role::kPassiveAgent: rel = "obl:agent"; break;
        case Role::kGenitiveObject: rel = "nmod"; break;
        default: rel = "obl"; break;
      }
      int target = role[k] == Role::kGenitiveObject && p.noun >= 0 ? p.noun : p.head;
      set(h, target, rel);
    } else {
      set(h, root, "dep");
    }
    for (int t = ph.first; t < ph.last; ++t) {
      if (t == h) continue;
      Upos u = s.tokens[t].upos;
      const char* rel = u == Upos::kADJ ? "amod" : u == Upos::kDET ? "det"
                        : u == Upos::kNUM ? "nummod" : u == Upos::kPUNCT ? "punct"
                        : u == Upos::kPROPN && s.tokens[h].upos == Upos::kPROPN ? "flat"
                        : "compound";
      set(t, h, rel);
    }
    if (ph.postposition_first >= 0) {
      set(ph.postposition_first, h, "case");
      for (int t = ph.postposition_first + 1; t < ph.postposition_last; ++t)
        set(t, ph.postposition_first, "fixed");
    }
  }
  // The rest: markers after non-finite verbs, punctuation, conjunctions.
  for (int i = 0; i < n; ++i) {
    if (d.head[i] != -2 || i == root) continue;
    const Token& t = s.tokens[i];
    if (t.upos == Upos::kPUNCT || t.kind == TokenKind::kPunct) {
      set(i, root, "punct");
    } else if (t.upos == Upos::kADP && i > 0) {
      int p = -1;
      for (size_t k = 0; k < preds.size(); ++k) {
        for (int x : preds[k].tokens) {
          if (x == i - 1 || (d.rel[i - 1] == "case" && x == d.head[i - 1])) p = static_cast<int>(k);
        }
      }
      if (p >= 0) set(i, preds[p].head, "case");
      else set(i, root, "dep");
    } else if (t.upos == Upos::kSCONJ || t.upos == Upos::kCCONJ) {
      int next = -1;
      for (size_t k = 0; k < preds.size() && next < 0; ++k) {
        if (preds[k].head > i) next = preds[k].head;
      }
      set(i, next >= 0 ? next : root, t.upos == Upos::kSCONJ ? "mark" : "cc");
    } else if (t.upos == Upos::kADV || t.upos == Upos::kPART) {
      int next = -1;
      for (size_t k = 0; k < preds.size() && next < 0; ++k) {
        if (preds[k].head > i) next = preds[k].head;
      }
      set(i, next >= 0 ? next : root, "advmod");
    } else {
      set(i, root, "dep");
    }
  }
  for (int i = 0; i < n; ++i) {
    if (d.head[i] == -2) { d.head[i] = root; d.rel[i] = "dep"; }
  }
  return d;
}

// A field as CoNLL-U can hold it: no tab or line break (they would add a
// column or a row), never empty.
void AppendField(std::string_view s, std::string* b) {
  const size_t before = b->size();
  AppendTsvField(s, b);
  if (b->size() == before) b->push_back('_');
}

}  // namespace

void AppendConllu(std::string_view doc_id, size_t index, const Sentence& s,
                  const SentenceParse& parse, std::string* b) {
  b->append("# sent_id = ");
  AppendTsvField(doc_id, b);
  b->append("-").append(std::to_string(index + 1));
  b->append("\n# text = ");
  AppendTsvField(s.text, b);
  b->append("\n");
  Deps d = DeriveDeps(s, parse);
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    b->append(std::to_string(i + 1)).append("\t");
    AppendField(t.text, b);
    b->append("\t");
    AppendField(t.lemma, b);
    b->append("\t").append(UposName(t.upos));
    b->append("\t_\t");
    AppendField(t.feats, b);
    b->append("\t");
    b->append(std::to_string(d.head[i] + 1)).append("\t").append(d.rel[i]).append("\t_\t");
    std::string misc = "TokenRange=" + std::to_string(t.start) + ":" + std::to_string(t.end);
    if (!t.space_after) misc = "SpaceAfter=No|" + misc;
    b->append(misc).append("\n");
  }
  b->append("\n");
}

}  // namespace ghatna
