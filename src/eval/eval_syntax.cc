// ghatna eval syntax: argument-attachment precision and recall of the syntax
// stage against a UD treebank (definition in docs/grammar.md), with gold
// tokens and gold morphology, gold tokens and predicted morphology, or raw
// text through text layer, morphology and syntax (words aligned by span).
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>
#include <vector>

#include "eval/format.h"
#include "ghatna/eval.h"
#include "ghatna/syntax.h"
#include "ghatna/text.h"

namespace ghatna {
namespace {

using eval_internal::Format;

bool IsArgRel(const std::string& deprel) {
  std::string base = deprel.substr(0, deprel.find(':'));
  return base == "nsubj" || base == "obj" || base == "iobj" || base == "obl";
}

struct SysSentence {
  const Sentence* s = nullptr;
  SentenceParse parse;
  std::vector<int> tok_pred, tok_phrase;
};

// Scores `sentences` (analysed up to morphology) against the gold treebank;
// up to `errors` missed and false attachments are listed in *listed.
AttachmentCounts Score(const std::vector<ConlluSentence>& gold, const GoldText& raw,
                       const std::vector<Sentence*>& sentences, int errors, std::string* listed) {
  std::vector<SysSentence> sys(sentences.size());
  std::vector<CodeSpan> sys_spans;
  std::vector<std::pair<int, int>> sys_pos;  // flat -> (sentence, token)
  for (size_t si = 0; si < sentences.size(); ++si) {
    SysSentence& ss = sys[si];
    ss.s = sentences[si];
    ss.parse = ParseSentence(*ss.s);
    int n = static_cast<int>(ss.s->tokens.size());
    ss.tok_pred.assign(n, -1);
    ss.tok_phrase.assign(n, -1);
    for (size_t p = 0; p < ss.parse.predicates.size(); ++p) {
      for (int t : ss.parse.predicates[p].tokens) ss.tok_pred[t] = static_cast<int>(p);
    }
    for (size_t x = 0; x < ss.parse.phrases.size(); ++x) {
      const Phrase& ph = ss.parse.phrases[x];
      int end = std::max(ph.last, ph.postposition_last);
      for (int t = ph.first; t < end && t < n; ++t) ss.tok_phrase[t] = static_cast<int>(x);
    }
    for (int t = 0; t < n; ++t) {
      sys_spans.push_back({ss.s->tokens[t].start, ss.s->tokens[t].end});
      sys_pos.push_back({static_cast<int>(si), t});
    }
  }
  // Gold words, flat.
  std::vector<const ConlluWord*> gw;
  std::vector<int> sent_base;
  for (const ConlluSentence& cs : gold) {
    sent_base.push_back(static_cast<int>(gw.size()));
    for (const ConlluWord& w : cs.words) gw.push_back(&w);
  }
  const std::vector<CodeSpan> gold_spans = raw.AllWordSpans();
  const std::vector<int> align = AlignSpans(gold_spans, sys_spans);
  std::vector<int> sys_to_gold(sys_spans.size(), -1);
  for (size_t g = 0; g < align.size(); ++g) {
    if (align[g] >= 0) sys_to_gold[align[g]] = static_cast<int>(g);
  }
  auto head_of = [&](size_t s, const ConlluWord& w) {
    return w.head > 0 ? sent_base[s] + w.head - 1 : -1;
  };
  // Per gold word: the gold verb it is an argument of (-1), conjuncts of an
  // argument inheriting it (for precision only).
  std::vector<int> arg_verb(gw.size(), -1), arg_verb_conj(gw.size(), -1);
  for (size_t s = 0; s < gold.size(); ++s) {
    for (const ConlluWord& w : gold[s].words) {
      int g = sent_base[s] + w.id - 1;
      int h = head_of(s, w);
      if (h >= 0 && IsArgRel(w.deprel) && gw[h]->upos == "VERB") arg_verb[g] = h;
    }
    for (const ConlluWord& w : gold[s].words) {
      int g = sent_base[s] + w.id - 1;
      // A later conjunct of an argument is an argument too. UD attaches it
      // to the head word of the first conjunct, which may itself sit inside
      // a name or compound (प्यूअर्टो रिको, गुआम और फिलीपींस).
      int x = g, guard = 0;
      bool via_conj = false;
      while (x >= 0 && arg_verb[x] < 0 && guard++ < 20) {
        const std::string& rel = gw[x]->deprel;
        if (rel == "conj") via_conj = true;
        else if (!via_conj || (rel != "compound" && rel != "flat" && rel != "flat:name"))
          break;
        x = head_of(s, *gw[x]);
      }
      arg_verb_conj[g] = x >= 0 && (x == g || via_conj) ? arg_verb[x] : -1;
    }
  }
  AttachmentCounts c;
  int shown = 0;
  // Recall.
  for (size_t g = 0; g < gw.size(); ++g) {
    if (arg_verb[g] < 0) continue;
    ++c.gold;
    int a = align[g], b = align[arg_verb[g]];
    bool ok = false;
    if (a >= 0 && b >= 0 && sys_pos[a].first == sys_pos[b].first) {
      const SysSentence& ss = sys[sys_pos[a].first];
      int pred = ss.tok_pred[sys_pos[b].second];
      int ta = sys_pos[a].second;
      if (pred >= 0) {
        const Predicate& p = ss.parse.predicates[pred];
        if (p.noun == ta) ok = true;
        int ph = ss.tok_phrase[ta];
        for (const Argument& arg : p.args) ok |= arg.phrase == ph && ph >= 0;
      }
    }
    if (ok) {
      ++c.recalled;
    } else if (shown < errors && a >= 0) {
      ++shown;
      const SysSentence& ss = sys[sys_pos[a].first];
      *listed += "MISS " + gw[g]->form + "(" + gw[g]->deprel + ") -> " + gw[arg_verb[g]]->form +
                 "  | " + ss.s->text + "\n    " + DumpPredicates(*ss.s, ss.parse) + "\n";
    }
  }
  // Precision.
  int shown_fp = 0;
  for (size_t si = 0; si < sys.size(); ++si) {
    const SysSentence& ss = sys[si];
    int base = 0;
    // Flat index of token 0 of this sentence.
    for (size_t k = 0; k < si; ++k) base += static_cast<int>(sys[k].s->tokens.size());
    for (const Predicate& p : ss.parse.predicates) {
      bool verb = false;
      for (int t : p.tokens) {
        int g = sys_to_gold[base + t];
        verb |= g >= 0 && gw[g]->upos == "VERB";
      }
      if (!verb) continue;
      for (const Argument& arg : p.args) {
        if (arg.role == Role::kGenitiveObject) {
          ++c.genobj;
          continue;
        }
        ++c.system;
        const Phrase& ph = ss.parse.phrases[arg.phrase];
        int end = std::max(ph.last, ph.postposition_last);
        bool ok = false;
        for (int t = ph.first; t < end && !ok; ++t) {
          int g = sys_to_gold[base + t];
          if (g < 0 || arg_verb_conj[g] < 0) continue;
          int hv = align[arg_verb_conj[g]];
          if (hv < 0 || sys_pos[hv].first != static_cast<int>(si)) continue;
          for (int pt : p.tokens) ok |= pt == sys_pos[hv].second;
        }
        if (ok) {
          ++c.correct;
        } else if (shown_fp < errors) {
          ++shown_fp;
          int g = ph.head >= 0 ? sys_to_gold[base + ph.head] : -1;
          std::string why = "unaligned";
          if (g >= 0) {
            int s = 0;
            while (s + 1 < static_cast<int>(sent_base.size()) && sent_base[s + 1] <= g) ++s;
            int h = head_of(s, *gw[g]);
            why = gw[g]->deprel + " of " + (h >= 0 ? gw[h]->form + "/" + gw[h]->upos : "root");
          }
          *listed += "FALSE " + PhraseText(*ss.s, ph) + " -> " + p.lemma + "  [gold: " + why +
                     "]\n    " + ss.s->text + "\n    " + DumpPredicates(*ss.s, ss.parse) + "\n";
        }
      }
    }
  }
  return c;
}

TokenKind KindOf(const ConlluWord& w) {
  if (w.upos == "PUNCT") return TokenKind::kPunct;
  unsigned char c0 = w.form.empty() ? 0 : w.form[0];
  if (c0 < 0x80 && std::isdigit(c0)) return TokenKind::kNumber;
  if (c0 < 0x80 && std::isalpha(c0)) return TokenKind::kLatin;
  if (w.upos == "SYM") return TokenKind::kSymbol;
  return TokenKind::kWord;
}

// The gold tokens as sentences, with the gold morphology or none.
std::vector<Sentence> GoldSentences(const std::vector<ConlluSentence>& gold, const GoldText& raw,
                                    bool gold_morphology) {
  std::vector<Sentence> sents(gold.size());
  for (size_t s = 0; s < gold.size(); ++s) {
    const ConlluSentence& cs = gold[s];
    sents[s].text = cs.text;
    for (size_t i = 0; i < cs.words.size(); ++i) {
      const ConlluWord& w = cs.words[i];
      Token t;
      t.text = w.form;
      t.start = raw.words[s][i].start;
      t.end = raw.words[s][i].end;
      t.kind = KindOf(w);
      if (t.kind == TokenKind::kNumber) t.number_value = std::atof(w.form.c_str());
      t.space_after = w.space_after;
      if (gold_morphology) {
        t.lemma = w.lemma;
        t.upos = ParseUpos(w.upos);
        t.feats = w.feats;
      }
      sents[s].tokens.push_back(std::move(t));
    }
  }
  return sents;
}

}  // namespace

std::vector<SyntaxEval> EvaluateSyntax(const std::vector<ConlluSentence>& gold,
                                       const Morphology* morph,
                                       const std::vector<SyntaxEvalMode>& modes, int errors) {
  const GoldText raw = BuildGoldText(gold);
  std::vector<SyntaxEval> out;
  for (SyntaxEvalMode mode : {SyntaxEvalMode::kGold, SyntaxEvalMode::kGoldTokens,
                              SyntaxEvalMode::kRaw}) {
    if (std::find(modes.begin(), modes.end(), mode) == modes.end()) continue;
    if (mode != SyntaxEvalMode::kGold && morph == nullptr) continue;
    SyntaxEval e{mode, {}, {}};
    std::vector<Sentence> sentences;
    Document doc;
    if (mode == SyntaxEvalMode::kRaw) {
      doc.text = raw.text;
      AnalyzeText(&doc);
    } else {
      sentences = GoldSentences(gold, raw, mode == SyntaxEvalMode::kGold);
    }
    std::vector<Sentence*> ptrs;
    for (Sentence& s : mode == SyntaxEvalMode::kRaw ? doc.sentences : sentences) {
      if (mode != SyntaxEvalMode::kGold) morph->Analyze(&s);
      ptrs.push_back(&s);
    }
    e.counts = Score(gold, raw, ptrs, errors, &e.errors);
    out.push_back(std::move(e));
  }
  return out;
}

std::string SyntaxEvalText(const std::vector<SyntaxEval>& evals,
                           const std::vector<ConlluSentence>& gold, const std::string& file) {
  size_t words = 0;
  for (const ConlluSentence& cs : gold) words += cs.words.size();
  std::string out = Format("%s: %zu sentences, %zu words\n", file.c_str(), gold.size(), words);
  for (const SyntaxEval& e : evals) {
    const char* what = e.mode == SyntaxEvalMode::kGold
                           ? "gold tokens + gold morphology (syntax only)"
                       : e.mode == SyntaxEvalMode::kGoldTokens
                           ? "gold tokens + predicted morphology"
                           : "raw text (text layer + morphology + syntax, CoNLL 2018 alignment)";
    const AttachmentCounts& c = e.counts;
    out += e.errors;
    out += Format("%s\n  precision %6.2f (%zu/%zu)  recall %6.2f (%zu/%zu)  F1 %6.2f"
                  "  [genitive objects not scored: %zu]\n",
                  what, c.P(), c.correct, c.system, c.R(), c.recalled, c.gold, c.F(), c.genobj);
  }
  return out;
}

}  // namespace ghatna
