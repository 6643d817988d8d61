// ghatna parse [FILE...]: the analysis of the syntax stage, per sentence.
//   --format jsonl   (default) the `tokens` line of the text layer, each token
//                    also with lemma/upos/feats, plus phrases, predicates with
//                    their arguments, and clauses;
//   --format conllu  CoNLL-U with heads and relations derived from the phrases
//                    and predicates (docs/grammar.md, "CoNLL-U output");
//   --format tree    a readable view.
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "command.h"
#include "ghatna/morph.h"
#include "ghatna/syntax.h"
#include "ghatna/text.h"

namespace ghatna::cli {
namespace {

void AppendInt(int v, std::string* out) { out->append(std::to_string(v)); }

void AppendJsonSentence(const Document& doc, size_t index, const Sentence& s,
                        const SentenceParse& parse, std::string* b) {
  b->append("{\"doc_id\":");
  AppendJsonString(doc.id, b);
  b->append(",\"sentence\":").append(std::to_string(index));
  b->append(",\"start\":").append(std::to_string(s.start));
  b->append(",\"end\":").append(std::to_string(s.end));
  b->append(",\"text\":");
  AppendJsonString(s.text, b);
  if (s.length_split) b->append(",\"length_split\":true");
  if (s.cut_words > 0) b->append(",\"cut_words\":").append(std::to_string(s.cut_words));
  b->append(",\"tokens\":[");
  for (size_t k = 0; k < s.tokens.size(); ++k) {
    const Token& t = s.tokens[k];
    if (k) b->push_back(',');
    b->append("{\"text\":");
    AppendJsonString(t.text, b);
    b->append(",\"start\":").append(std::to_string(t.start));
    b->append(",\"end\":").append(std::to_string(t.end));
    b->append(",\"kind\":\"").append(TokenKindName(t.kind)).append("\"");
    b->append(",\"lemma\":");
    AppendJsonString(t.lemma, b);
    b->append(",\"upos\":\"").append(UposName(t.upos)).append("\"");
    b->append(",\"feats\":");
    AppendJsonString(t.feats.empty() ? "_" : t.feats, b);
    b->push_back('}');
  }
  b->append("],\"phrases\":[");
  for (size_t k = 0; k < parse.phrases.size(); ++k) {
    const Phrase& p = parse.phrases[k];
    if (k) b->push_back(',');
    b->append("{\"first\":"); AppendInt(p.first, b);
    b->append(",\"last\":"); AppendInt(p.last, b);
    b->append(",\"head\":"); AppendInt(p.head, b);
    b->append(",\"text\":"); AppendJsonString(PhraseText(s, p), b);
    b->append(",\"postposition\":"); AppendJsonString(p.postposition, b);
    b->append(",\"postposition_first\":"); AppendInt(p.postposition_first, b);
    b->append(",\"postposition_last\":"); AppendInt(p.postposition_last, b);
    b->append(",\"marker\":"); AppendJsonString(p.marker, b);
    b->append(",\"coordination\":"); AppendInt(p.coordination, b);
    b->append(",\"genitive_of\":"); AppendInt(p.genitive_of, b);
    b->push_back('}');
  }
  b->append("],\"predicates\":[");
  for (size_t k = 0; k < parse.predicates.size(); ++k) {
    const Predicate& p = parse.predicates[k];
    if (k) b->push_back(',');
    b->append("{\"lemma\":"); AppendJsonString(p.lemma, b);
    b->append(",\"head\":"); AppendInt(p.head, b);
    b->append(",\"tokens\":[");
    for (size_t x = 0; x < p.tokens.size(); ++x) {
      if (x) b->push_back(',');
      AppendInt(p.tokens[x], b);
    }
    b->append("],\"noun\":"); AppendInt(p.noun, b);
    b->append(",\"negated\":").append(p.negated ? "true" : "false");
    b->append(",\"voice\":\"").append(p.voice == Voice::kPassive ? "Pass" : "Act").append("\"");
    b->append(",\"aspect\":"); AppendJsonString(p.aspect, b);
    b->append(",\"tense\":"); AppendJsonString(p.tense, b);
    b->append(",\"mood\":"); AppendJsonString(p.mood, b);
    b->append(",\"verb_form\":"); AppendJsonString(p.verb_form, b);
    b->append(",\"modal\":"); AppendJsonString(p.modal, b);
    b->append(",\"marker\":"); AppendJsonString(p.marker, b);
    b->append(",\"clause\":"); AppendInt(p.clause, b);
    b->append(",\"complement_of\":"); AppendInt(p.complement_of, b);
    b->append(",\"subject_from\":"); AppendInt(p.subject_from, b);
    b->append(",\"args\":[");
    for (size_t x = 0; x < p.args.size(); ++x) {
      if (x) b->push_back(',');
      b->append("{\"role\":\"").append(RoleName(p.args[x].role)).append("\",\"phrase\":");
      AppendInt(p.args[x].phrase, b);
      b->push_back('}');
    }
    b->append("]}");
  }
  b->append("],\"clauses\":[");
  for (size_t k = 0; k < parse.clauses.size(); ++k) {
    const Clause& c = parse.clauses[k];
    if (k) b->push_back(',');
    b->append("{\"type\":\"").append(ClauseTypeName(c.type)).append("\"");
    b->append(",\"first\":"); AppendInt(c.first, b);
    b->append(",\"last\":"); AppendInt(c.last, b);
    b->append(",\"parent\":"); AppendInt(c.parent, b);
    b->append(",\"speaker\":"); AppendInt(c.speaker, b);
    b->append(",\"question\":").append(c.question ? "true" : "false");
    b->push_back('}');
  }
  b->append("]}\n");
}

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

void AppendConllu(const Document& doc, size_t index, const Sentence& s,
                  const SentenceParse& parse, std::string* b) {
  // A tab or a line break in a field or a comment would add a column or a row.
  b->append("# sent_id = ");
  AppendTsvField(doc.id, b);
  b->append("-").append(std::to_string(index + 1));
  b->append("\n# text = ");
  AppendTsvField(s.text, b);
  b->append("\n");
  Deps d = DeriveDeps(s, parse);
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    b->append(std::to_string(i + 1)).append("\t");
    AppendTsvField(t.text, b);
    b->append("\t");
    AppendTsvField(t.lemma.empty() ? "_" : t.lemma, b);
    b->append("\t").append(UposName(t.upos));
    b->append("\t_\t");
    AppendTsvField(t.feats.empty() ? "_" : t.feats, b);
    b->append("\t");
    b->append(std::to_string(d.head[i] + 1)).append("\t").append(d.rel[i]).append("\t_\t");
    std::string misc = "TokenRange=" + std::to_string(t.start) + ":" + std::to_string(t.end);
    if (!t.space_after) misc = "SpaceAfter=No|" + misc;
    b->append(misc).append("\n");
  }
  b->append("\n");
}

void AppendTree(const Sentence& s, const SentenceParse& parse, size_t index, std::string* b) {
  b->append("[").append(std::to_string(index)).append("] ").append(s.text).append("\n");
  // Clauses as a tree: each clause, its predicates, then its sub-clauses.
  std::vector<bool> done(parse.clauses.size(), false);
  std::function<void(size_t, int)> print = [&](size_t c, int depth) {
    if (done[c] || depth > 20) return;
    done[c] = true;
    const Clause& cl = parse.clauses[c];
    b->append(std::string(2 + 2 * depth, ' '));
    b->append("clause ").append(std::to_string(c)).append(" ").append(ClauseTypeName(cl.type));
    if (cl.question) b->append(" ?");
    if (cl.speaker >= 0)
      b->append(" speaker=").append(PhraseText(s, parse.phrases[cl.speaker]));
    b->append(":");
    for (int i = cl.first; i < cl.last && i < static_cast<int>(s.tokens.size()); ++i)
      b->append(" ").append(s.tokens[i].text);
    b->append("\n");
    for (size_t pi = 0; pi < parse.predicates.size(); ++pi) {
      const Predicate& p = parse.predicates[pi];
      if (p.clause != static_cast<int>(c)) continue;
      b->append(std::string(4 + 2 * depth, ' ')).append(p.lemma);
      std::string flags;
      if (p.negated) flags += " neg";
      if (p.voice == Voice::kPassive) flags += " passive";
      if (!p.verb_form.empty()) flags += " " + p.verb_form;
      if (!p.aspect.empty()) flags += " " + p.aspect;
      if (!p.tense.empty()) flags += " " + p.tense;
      if (!p.mood.empty()) flags += " " + p.mood;
      if (!p.modal.empty()) flags += " " + p.modal;
      if (p.complement_of >= 0) flags += " <- " + parse.predicates[p.complement_of].lemma;
      if (!p.marker.empty()) flags += " +" + p.marker;
      if (p.subject_from >= 0) flags += " subject of " + parse.predicates[p.subject_from].lemma;
      b->append(" (").append(flags.empty() ? "" : flags.substr(1)).append(")\n");
      for (const Argument& a : p.args) {
        const Phrase& ph = parse.phrases[a.phrase];
        b->append(std::string(6 + 2 * depth, ' ')).append(RoleName(a.role)).append(": ");
        b->append(PhraseText(s, ph));
        if (!ph.postposition.empty()) b->append(" +").append(ph.postposition);
        for (size_t g = 0; g < parse.phrases.size(); ++g) {
          if (parse.phrases[g].genitive_of == a.phrase)
            b->append("  [of: ").append(PhraseText(s, parse.phrases[g])).append("]");
        }
        b->append("\n");
      }
    }
    for (size_t k = 0; k < parse.clauses.size(); ++k) {
      if (parse.clauses[k].parent == static_cast<int>(c)) print(k, depth + 1);
    }
  };
  for (size_t c = 0; c < parse.clauses.size(); ++c) {
    if (parse.clauses[c].parent < 0) print(c, 0);
  }
  for (size_t c = 0; c < parse.clauses.size(); ++c) print(c, 0);  // orphans, if any
}

Runner SetUp(CLI::App* app) {
  auto flags = std::make_shared<InputFlags>();
  auto data = std::make_shared<std::string>(GHATNA_DATA_DIR);
  AddInputFlags(app, flags.get(), {"jsonl", "conllu", "tree"});
  CLI::Option* data_opt =
      app->add_option("--data", *data, "data directory (default: $GHATNA_DATA, else build tree data/)");
  return [flags, data, data_opt]() {
    std::string data_dir = *data;
    if (const char* env = std::getenv("GHATNA_DATA"); env && data_opt->count() == 0) data_dir = env;
    auto morph = Morphology::Load(data_dir);
    if (!morph.ok()) {
      ReportError(morph.status().ToString());
      return kExitInput;
    }
    Output out;
    PartNumbering numbering;  // sentence numbers run on across the parts of a document
    return ForEachDocument(*flags, [&](Document& doc) {
      AnalyzeText(&doc);
      const size_t first = numbering.FirstSentence(doc);
      std::string& b = out.buffer();
      for (size_t k = 0; k < doc.sentences.size(); ++k) {
        const size_t i = first + k;
        Sentence& s = doc.sentences[k];
        (*morph)->Analyze(&s);
        SentenceParse parse = ParseSentence(s);
        if (flags->format == "conllu") {
          if (i == 0) {
            b.append("# newdoc id = ");
            AppendTsvField(doc.id, &b);
            b.append("\n");
          }
          AppendConllu(doc, i, s, parse, &b);
        } else if (flags->format == "tree") {
          AppendTree(s, parse, i, &b);
        } else {
          AppendJsonSentence(doc, i, s, parse, &b);
        }
        out.MaybeFlush();
      }
      ReportCuts(doc);
      return Status::Ok();
    });
  };
}

const bool kRegistered = RegisterCommand(
    {"parse", "Phrases, verb groups, clauses and argument roles (JSON lines, CoNLL-U, tree)",
     [](CLI::App* app) { return SetUp(app); }});

}  // namespace
}  // namespace ghatna::cli
