// The event coder: verb patterns matched on the tokens of each sentence, with
// actor mentions as arguments read off their postpositions. See
// docs/events.md for the rules, in the order they are applied here.
#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_set>

#include "events/lexicon.h"
#include "events/tables.h"
#include "ghatna/events.h"

namespace ghatna {
namespace {

using events::Form;
using events::Lexicon;
using events::Pattern;
using events::PostKind;

const std::unordered_set<std::string>& KeySet(std::initializer_list<const char*> words,
                                              std::unordered_set<std::string>* storage) {
  for (const char* w : words) storage->insert(events::MatchKey(w));
  return *storage;
}

struct Words {
  std::unordered_set<std::string> window, negation, boundary, embed, coord_conj, aux,
      finite_speech, modal_tail, adverbial_next, adverbial_after_inf, conditional,
      unreal_before, question_start, nominal_gap, during, quantifier, decision, contrast;
  Words() {
    KeySet({"भी", "ही", "तो", "नहीं", "न", "ना", "मत", "तक", "कड़ी", "तीखी", "कड़े", "जोरदार"}, &window);
    KeySet({"नहीं", "न", "ना", "मत", "नही"}, &negation);
    KeySet({"कि", "\"", "“", "”", "'", "‘", "’", "।", "?", "!", ";", ":", "लेकिन", "परंतु",
            "परन्तु", "किंतु", "किन्तु", "मगर", "जबकि", "बल्कि", "क्योंकि", "ताकि", "|", "॥", "(", ")"},
           &boundary);
    KeySet({"कि", "\"", "“", "”", "'", "‘", "’", ":"}, &embed);
    KeySet({"और", "तथा", "एवं", ",", "व"}, &coord_conj);
    KeySet({"है", "हैं", "था", "थे", "थी", "थीं", "हो", "होगा", "होगी", "होंगे"}, &aux);
    KeySet({"कहा", "बताया", "है", "हैं", "था", "थे", "थी", "थीं"}, &finite_speech);
    KeySet({"सकता", "सकती", "सकते", "सकें", "सके", "सकेगा", "सकेगी", "सकेंगे", "चाहिए", "चाहता",
            "चाहती", "चाहते", "वाला", "वाली", "वाले", "पड़ेगा", "पड़ेगी", "पड़ेंगे", "होगा"},
           &modal_tail);
    KeySet({"समय", "वक्त", "हुए", "दौरान"}, &adverbial_next);
    KeySet({"के बाद", "के दौरान", "से पहले", "पर", "के बाद से"}, &adverbial_after_inf);
    KeySet({"अगर", "यदि", "अगरचे", "बशर्ते"}, &conditional);
    KeySet({"प्रस्तावित", "संभावित", "आगामी", "भावी"}, &unreal_before);
    KeySet({"क्या"}, &question_start);
    KeySet({"की", "के", "का", "हुई", "हुए", "हुआ", "द्विपक्षीय", "उच्चस्तरीय", "अहम", "महत्वपूर्ण",
            "शिखर", "लंबी", "औपचारिक", "अनौपचारिक", "एक", "भीषण", "हिंसक"},
           &nominal_gap);
    KeySet({"दौरान", "में", "बाद", "पहले"}, &during);
    KeySet({"दोनों", "तीनों", "चारों", "सभी", "खुद", "स्वयं"}, &quantifier);
    KeySet({"लेकिन", "परंतु", "परन्तु", "किंतु", "किन्तु", "मगर", "बल्कि"}, &contrast);
    KeySet({"फैसला", "फ़ैसला", "निर्णय", "ऐलान", "एलान", "घोषणा"}, &decision);
  }
};

const Words& W() {
  static const Words* kWords = new Words();
  return *kWords;
}

// A role an actor group has in the sentence: the postposition after it.
struct RoleAt {
  std::string role;  // role key ("ने", "से", "का", "" for none)
  int end = 0;       // token after the marker
  int attach = -1;   // genitive: the token the genitive phrase leads up to
};

struct Group {
  std::vector<int> members;  // mention indices (document-wide)
  int first = 0, last = 0;   // tokens [first, last) of the actors
  std::vector<RoleAt> roles;
  bool subject_flag = false;
  const RoleAt& primary() const { return roles.front(); }
  bool Has(const std::string& role) const {
    for (const RoleAt& r : roles)
      if (r.role == role) return true;
    return false;
  }
};

struct Trigger {
  int start = 0, noun_end = 0, verb = -1, end = 0;  // tokens
  std::vector<int> patterns;  // candidate pattern ids, file order
  int noun_alt = -1;
  bool negated = false, passive = false, unreal = false, adverbial = false, nominal = false,
       decided = false;
  Form form = Form::kPerf;
  std::string why_unreal;
};

std::string SliceCodePoints(const std::string& s, uint32_t from, uint32_t to) {
  size_t i = 0, cp = 0, b = std::string::npos;
  while (i <= s.size()) {
    if (cp == from) b = i;
    if (cp == to) return b == std::string::npos ? "" : s.substr(b, i - b);
    if (i == s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    ++cp;
  }
  return b == std::string::npos ? "" : s.substr(b);
}

int Specificity(const std::string& code) {
  return static_cast<int>(code.size()) * 2 + (code.back() != '0' ? 1 : 0);
}

class CoderImpl : public EventCoder {
 public:
  explicit CoderImpl(std::unique_ptr<Lexicon> lex) : lex_(std::move(lex)) {
    for (const char* r : {"ने"}) ne_ = events::MatchKey(r);
    gen_ = events::MatchKey("का");
    dvara_ = events::MatchKey("द्वारा");
    saath_ = events::MatchKey("के साथ");
    se_ = events::MatchKey("से");
    beech_ = events::MatchKey("के बीच");
    ki_ = events::MatchKey("कि");
    open_paren_ = events::MatchKey("(");
    close_paren_ = events::MatchKey(")");
    gen_any_ = events::MatchKey("का*");
    bare_ = "bare";
    for (const char* l : {"देना", "लेना", "डालना", "जाना", "बैठना", "पाना", "सकना", "चुकना",
                          "रहना", "उठना", "चाहना"})
      vector_lemmas_.insert(lex_->LemmaIndex(l));
    jaana_ = lex_->LemmaIndex("जाना");
    hona_ = lex_->LemmaIndex("होना");
    sakna_ = lex_->LemmaIndex("सकना");
    chahna_ = lex_->LemmaIndex("चाहना");
    rahna_ = lex_->LemmaIndex("रहना");
  }

  int num_patterns() const override { return static_cast<int>(lex_->patterns().size()); }

  std::vector<Event> Code(const Document& doc, const std::vector<SentenceParse>& parses,
                          const std::vector<ActorMention>& mentions) const override;

 private:
  struct Sent;
  void CodeSentence(const Document& doc, int si, const std::vector<std::string>& keys,
                    bool sentence_sport, const std::vector<ActorMention>& mentions,
                    const std::vector<int>& sent_mentions, bool doc_sport,
                    std::vector<Event>* out) const;

  std::unique_ptr<Lexicon> lex_;
  std::string ne_, gen_, dvara_, saath_, se_, beech_, ki_, gen_any_, bare_, open_paren_, close_paren_;
  std::unordered_set<int> vector_lemmas_;
  int jaana_ = -1, hona_ = -1, sakna_ = -1, chahna_ = -1, rahna_ = -1;
};

std::vector<Event> CoderImpl::Code(const Document& doc, const std::vector<SentenceParse>& parses,
                                   const std::vector<ActorMention>& mentions) const {
  std::vector<std::vector<int>> by_sentence(doc.sentences.size());
  for (size_t m = 0; m < mentions.size(); ++m) {
    int s = mentions[m].sentence;
    if (s >= 0 && s < static_cast<int>(by_sentence.size())) by_sentence[s].push_back(static_cast<int>(m));
  }
  // Match keys of every token, computed once.
  std::vector<std::vector<std::string>> keys(doc.sentences.size());
  std::vector<char> sport(doc.sentences.size(), 0);
  int discard_hits = 0;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    // Keys only where an event is possible (two actors); the discard list
    // is also checked on the text as written, for every sentence.
    const bool codeable = by_sentence[si].size() >= 2;
    if (codeable) keys[si].reserve(s.tokens.size());
    for (const Token& t : s.tokens) {
      if (codeable) keys[si].push_back(events::MatchKey(t.text));
      if (t.kind == TokenKind::kWord &&
          (codeable ? lex_->IsDiscard(keys[si].back()) : lex_->IsDiscard(t.text))) {
        ++discard_hits;
        sport[si] = 1;
      }
    }
  }
  const bool doc_sport = discard_hits >= 3;
  std::vector<Event> raw;
  for (size_t si = 0; si < doc.sentences.size(); ++si)
    CodeSentence(doc, static_cast<int>(si), keys[si], sport[si], mentions, by_sentence[si], doc_sport, &raw);
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
  return out;
}

void CoderImpl::CodeSentence(const Document& doc, int si, const std::vector<std::string>& keys,
                             bool sentence_sport, const std::vector<ActorMention>& mentions,
                             const std::vector<int>& sent_mentions, bool doc_sport,
                             std::vector<Event>* out) const {
  const Sentence& sent = doc.sentences[si];
  const int n = static_cast<int>(sent.tokens.size());
  // Every event needs two actors in its sentence.
  if (n == 0 || sent_mentions.size() < 2) return;
  const Words& w = W();
  std::vector<const std::vector<events::VerbForm>*> forms_at(n);
  for (int i = 0; i < n; ++i) forms_at[i] = lex_->Forms(keys[i]);
  std::vector<int> mention_at(n, -1);
  for (int m : sent_mentions) {
    const ActorMention& am = mentions[m];
    bool overlap = false;
    for (int t = std::max(0, am.first); t < std::min(n, am.last); ++t) overlap |= mention_at[t] >= 0;
    if (overlap || am.first >= am.last) continue;
    for (int t = std::max(0, am.first); t < std::min(n, am.last); ++t) mention_at[t] = m;
  }
  auto is_verb_form = [&](int i) { return forms_at[i] != nullptr; };
  auto form_of = [&](int i, int lemma, Form* f) {
    if (const auto* v = forms_at[i])
      for (const auto& vf : *v)
        if (vf.lemma == lemma) {
          *f = vf.form;
          return true;
        }
    return false;
  };

  // ---- 1. Triggers ----
  std::vector<Trigger> triggers;
  std::vector<std::pair<int, int>> cands;
  auto neg_before = [&](int i) { return i > 0 && w.negation.count(keys[i - 1]) > 0; };
  // The light verb "की/के/का" is the genitive when a noun follows it.
  auto genitive_not_verb = [&](int k) {
    static const std::unordered_set<std::string> kGen = {events::MatchKey("की"), events::MatchKey("के"),
                                                         events::MatchKey("का")};
    if (!kGen.count(keys[k]) || k + 1 >= n) return false;
    const std::string& nx = keys[k + 1];
    if (w.boundary.count(nx) || w.aux.count(nx) || w.coord_conj.count(nx)) return false;
    if (const auto* f = forms_at[k + 1]) {
      for (const auto& vf : *f)
        if (vf.form != Form::kStem) return false;  // a real verb form follows
    }
    if (sent.tokens[k + 1].kind == TokenKind::kPunct) return false;
    return true;
  };
  auto add_trigger = [&](Trigger t, int pattern) {
    for (Trigger& x : triggers)
      if (x.start == t.start && x.verb == t.verb && x.noun_end == t.noun_end) {
        x.patterns.push_back(pattern);
        return;
      }
    t.patterns = {pattern};
    triggers.push_back(std::move(t));
  };
  for (int i = 0; i < n; ++i) {
    if (mention_at[i] >= 0 || sent.tokens[i].kind == TokenKind::kPunct) continue;
    lex_->Candidates(keys[i], &cands);
    for (const auto& [pid, alt] : cands) {
      const Pattern& p = lex_->patterns()[pid];
      Trigger t;
      t.start = i;
      int j = i;
      if (alt >= 0) {
        const events::PhrasePat& noun = p.nouns[alt];
        bool ok = i + static_cast<int>(noun.size()) <= n;
        for (size_t k = 0; ok && k < noun.size(); ++k) ok = noun[k].Matches(keys[i + k]) && mention_at[i + k] < 0;
        if (!ok) continue;
        j = i + static_cast<int>(noun.size());
        t.noun_end = j;
        t.noun_alt = alt;
        int skipped = 0;
        while (j < n && skipped < 3 && w.window.count(keys[j])) {
          if (w.negation.count(keys[j])) t.negated = true;
          ++j;
          ++skipped;
        }
        if (neg_before(i)) t.negated = true;
      } else {
        t.noun_end = i;
        if (neg_before(i)) t.negated = true;
      }
      bool found = false;
      for (const events::VerbAlt& v : p.verbs) {
        if (alt < 0 && v.fixed.empty()) continue;  // plain verbs come from the lemma index
        int k = j;
        bool ok = true;
        for (const events::WordPat& f : v.fixed) {
          if (k >= n || !f.Matches(keys[k])) { ok = false; break; }
          ++k;
        }
        Form f;
        if (!ok || k >= n || !form_of(k, v.lemma, &f) || genitive_not_verb(k)) continue;
        t.verb = k;
        t.form = f;
        t.nominal = v.lemma == hona_;
        found = true;
        break;
      }
      if (!found) {
        if (alt < 0 || !(p.nominal || p.allege)) continue;
        t.nominal = true;
        t.verb = -1;
      }
      add_trigger(t, pid);
    }
    // Simple verbs by lemma.
    if (const auto* forms = forms_at[i]) {
      for (const auto& vf : *forms) {
        const std::vector<int>* pats = lex_->VerbPatterns(vf.lemma);
        if (!pats || genitive_not_verb(i)) continue;
        // A vector verb after a stem ("कर दिया", "बना लिया") is not a verb of its own.
        if (i > 0 && vector_lemmas_.count(vf.lemma)) {
          bool after_stem = false;
          if (const auto* prev = forms_at[i - 1])
            for (const auto& pv : *prev) after_stem |= pv.form == Form::kStem || pv.form == Form::kPerf;
          if (after_stem) continue;
        }
        for (int pid : *pats) {
          Trigger t;
          t.start = i;
          t.noun_end = i;
          t.verb = i;
          t.form = vf.form;
          t.negated = neg_before(i);
          add_trigger(t, pid);
        }
      }
    }
  }
  if (triggers.empty()) return;
  // A conjunct verb beats a simple verb on the same verb token (सहायता मिली
  // is not मिलना "meet"), and a longer noun beats its prefix (हवाई हमला).
  std::sort(triggers.begin(), triggers.end(), [](const Trigger& a, const Trigger& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.noun_end != b.noun_end) return a.noun_end > b.noun_end;
    return (a.verb >= 0) > (b.verb >= 0);  // a verb reading before a nominal one
  });
  {
    std::vector<Trigger> kept;
    for (Trigger& t : triggers) {
      bool drop = false;
      for (const Trigger& k : kept) {
        if (t.verb >= 0 && t.verb == k.verb && t.start >= k.start) drop = true;
        if (t.start >= k.start && t.start < k.noun_end) drop = true;
      }
      if (!drop) kept.push_back(std::move(t));
    }
    triggers.swap(kept);
  }
  std::vector<char> trigger_start(n, 0);
  for (const Trigger& t : triggers) trigger_start[t.start] = 1;

  // ---- 2. Verb group: tail, voice, reality ----
  for (Trigger& t : triggers) {
    if (t.verb < 0) {
      t.end = t.noun_end;
      if (t.start > 0 && w.unreal_before.count(keys[t.start - 1])) {
        t.unreal = true;
        t.why_unreal = "proposed or expected, not reported as real";
      }
      continue;
    }
    int k = t.verb + 1;
    Form form = t.form;
    bool modal = false;
    for (int steps = 0; k < n && steps < 5; ++steps) {
      if (w.modal_tail.count(keys[k])) {
        modal = true;
        ++k;
        continue;
      }
      const auto* forms = forms_at[k];
      const events::VerbForm* vec = nullptr;
      if (forms)
        for (const auto& vf : *forms)
          if (vector_lemmas_.count(vf.lemma)) { vec = &vf; break; }
      if (vec) {
        if (vec->lemma == jaana_ && (form == Form::kPerf)) {
          t.passive = true;
          form = vec->form;
        } else if (vec->lemma == sakna_ || vec->lemma == chahna_) {
          modal = true;
        } else if (form == Form::kStem || form == Form::kConv) {
          form = vec->lemma == rahna_ ? Form::kImpf : vec->form;
        }
        ++k;
        continue;
      }
      if (w.aux.count(keys[k])) { ++k; continue; }
      break;
    }
    t.end = k;
    t.form = form;
    if (form == Form::kConv || (form == Form::kStem && (k >= n || !is_verb_form(k)))) {
      t.adverbial = true;
    } else if (form == Form::kImpf && k < n && w.adverbial_next.count(keys[k])) {
      t.adverbial = true;
    } else if (form == Form::kInf) {
      int len = 0;
      const events::Postposition* pp = lex_->MatchPostposition(keys, k, &len);
      std::string two = k + 1 < n ? keys[k] + " " + keys[k + 1] : "";
      if ((pp && w.adverbial_after_inf.count(pp->role)) || w.adverbial_after_inf.count(two) ||
          (k < n && keys[k] == events::MatchKey("पर"))) {
        t.adverbial = true;
      } else if (k + 1 < n && (keys[k] == gen_ || keys[k] == events::MatchKey("की") ||
                               keys[k] == events::MatchKey("के")) &&
                 w.decision.count(keys[k + 1])) {
        t.decided = true;  // "... हटाने का फैसला किया": announced as decided
      } else {
        t.unreal = true;
        t.why_unreal = "infinitive: a complement, not itself reported";
      }
    } else if (form == Form::kSubj) {
      t.unreal = true;
      t.why_unreal = "subjunctive: wish or proposal";
    }
    if (modal) {
      t.unreal = true;
      t.why_unreal = "modal (सकना, चाहिए, चाहना, वाला)";
    }
  }

  // ---- 3. Clause segments ----
  std::vector<int> seg_start(n, 0), seg_end(n, n);
  std::vector<char> seg_kind(n, 'm');  // m main, e embedded (कि/quote), c coordinated
  {
    std::vector<char> boundary_after(n + 1, 0);  // 1 = boundary token at i, 2 = coordination cut before i
    for (int i = 0; i < n; ++i)
      if (w.boundary.count(keys[i])) boundary_after[i] = 1;
    // A short quoted name ('ऑपरेशन दोस्त') is not a clause.
    auto is_quote = [&](int i) { return w.embed.count(keys[i]) && keys[i] != ki_ && keys[i] != ":"; };
    for (int i = 0; i < n; ++i) {
      if (!is_quote(i)) continue;
      for (int j = i + 1; j < n && j <= i + 5; ++j) {
        if (is_verb_form(j) || w.boundary.count(keys[j]) ) {
          if (is_quote(j)) {
            boundary_after[i] = boundary_after[j] = 0;
            i = j;
          }
          break;
        }
      }
    }
    // Nor is a short bracketed gloss (ईडी in "प्रवर्तन निदेशालय (ईडी) ने").
    for (int i = 0; i < n; ++i) {
      if (keys[i] != open_paren_) continue;
      for (int j = i + 1; j < n && j <= i + 6; ++j) {
        if (keys[j] == close_paren_) {
          boundary_after[i] = boundary_after[j] = 0;
          i = j;
          break;
        }
        if (is_verb_form(j) || w.boundary.count(keys[j])) break;
      }
    }
    std::vector<char> verb_end(n + 1, 0);
    for (const Trigger& t : triggers)
      if (t.verb >= 0 && !t.adverbial && t.form != Form::kInf) verb_end[t.end] = 1;
    for (int i = 0; i < n; ++i)
      if (w.finite_speech.count(keys[i])) verb_end[i + 1] = 1;
    for (int i = 1; i < n; ++i)
      if (verb_end[i] && w.coord_conj.count(keys[i]) && !boundary_after[i]) boundary_after[i] = 2;
    int start = 0;
    char kind = 'm';
    for (int i = 0; i <= n; ++i) {
      if (i == n || boundary_after[i]) {
        for (int k = start; k < i; ++k) {
          seg_start[k] = start;
          seg_end[k] = i;
          seg_kind[k] = kind;
        }
        if (i < n) {
          seg_start[i] = start;
          seg_end[i] = i;
          kind = w.embed.count(keys[i]) ? 'e'
                 : (boundary_after[i] == 2 || w.contrast.count(keys[i])) ? 'c'
                                                                           : 'm';
          start = i + 1;
        }
      }
    }
  }

  // ---- 4. Actor groups and their roles ----
  // A short bracketed gloss after an actor (an abbreviation: प्रवर्तन
  // निदेशालय (ईडी) ने) is skipped: the postposition after it is the actor's.
  auto skip_gloss = [&](int i) {
    if (i >= n || keys[i] != open_paren_) return i;
    for (int j = i + 1; j < n && j <= i + 6; ++j) {
      if (keys[j] == close_paren_) return j + 1;
      if (is_verb_form(j) || w.boundary.count(keys[j])) break;
    }
    return i;
  };
  std::vector<Group> groups;
  std::vector<int> group_of(n, -1);
  std::map<int, std::string> code_of;  // codes changed by coordination
  for (int m : sent_mentions) {
    const ActorMention& am = mentions[m];
    if (am.first < 0 || am.first >= n || mention_at[am.first] != m) continue;
    if (group_of[am.first] >= 0) continue;
    Group g;
    g.members = {m};
    g.first = am.first;
    int pos = am.last;
    g.subject_flag = am.subject;
    while (pos + 1 < n && w.coord_conj.count(keys[pos]) && mention_at[pos + 1] >= 0 &&
           mentions[mention_at[pos + 1]].first == pos + 1) {
      int next = mention_at[pos + 1];
      g.members.push_back(next);
      g.subject_flag |= mentions[next].subject;
      pos = mentions[next].last;
    }
    g.last = pos;
    // "जापान और दक्षिण कोरिया के विदेश मंत्री": the role word of the last
    // member applies to every bare state in the coordination.
    if (g.members.size() >= 2) {
      const ActorMention& lm = mentions[g.members.back()];
      auto is_state = [](const std::string& c) {
        return c.size() >= 3 && c.rfind("IGO", 0) != 0 && c.rfind("NGO", 0) != 0;
      };
      if (lm.how == MatchHow::kCompound && lm.code.size() == 6 && is_state(lm.code))
        for (size_t k = 0; k + 1 < g.members.size(); ++k) {
          const std::string& c = mentions[g.members[k]].code;
          if (c.size() == 3 && is_state(c)) code_of[g.members[k]] = c + lm.code.substr(3);
        }
    }
    // Fused pronoun (उन्होंने) or postposition after the group.
    int len = 0;
    const int last_tok = pos - 1;
    const events::Postposition* fused = lex_->MatchPostposition(keys, last_tok, &len);
    RoleAt r;
    if (fused && fused->kind == PostKind::kFused) {
      r.role = fused->role;
      r.end = pos;
    } else {
      int q = skip_gloss(pos);  // "प्रवर्तन निदेशालय (ईडी) ने"
      while (q < n && w.quantifier.count(keys[q])) ++q;  // "भारत और पाकिस्तान दोनों से"
      const events::Postposition* pp = lex_->MatchPostposition(keys, q, &len);
      if (pp && pp->kind == PostKind::kPost) pos = q;
      else pp = lex_->MatchPostposition(keys, pos, &len);
      if (pp && pp->kind == PostKind::kPost) {
        r.role = pp->role;
        r.end = pos + len;
      } else {
        r.role = "";
        r.end = pos;
      }
    }
    g.roles.push_back(r);
    // A compound noun: "लेबनान सीमा पर" (the actor names the noun's owner).
    if (r.role.empty() && pos + 1 < n && mention_at[pos] < 0 && !trigger_start[pos] &&
        !is_verb_form(pos) && sent.tokens[pos].kind == TokenKind::kWord && !w.boundary.count(keys[pos]) &&
        !w.coord_conj.count(keys[pos])) {
      int l2 = 0;
      const events::Postposition* pp = lex_->MatchPostposition(keys, pos + 1, &l2);
      if (pp && pp->kind == PostKind::kPost && pp->role != ne_) {
        RoleAt d;
        d.role = pp->role;
        d.end = pos + 1 + l2;
        g.roles.push_back(d);
      }
    }
    // A genitive leads to the noun it modifies: "Y के इस कदम की निंदा",
    // "Y के राजदूत को तलब किया". Follow it to the next marker.
    int p = r.end;
    std::string role = r.role;
    int guard = 0;
    while (role == gen_ && guard++ < 4) {
      int skip = 0;
      while (p < n && skip < 5 && !trigger_start[p] && !w.boundary.count(keys[p]) &&
             sent.tokens[p].kind != TokenKind::kPunct) {
        if (mention_at[p] >= 0) {
          // "भारत की जी-20 अध्यक्षता", "म्यांमार के पीड़ितों के लिए": the
          // genitive owns the phrase the mention stands in.
          const ActorMention& inner = mentions[mention_at[p]];
          if (inner.last <= p || inner.last >= n) break;
          int l3 = 0;
          const events::Postposition* after = lex_->MatchPostposition(keys, inner.last, &l3);
          if (after || mention_at[inner.last] >= 0 || is_verb_form(inner.last)) break;  // the mention heads the phrase
          p = inner.last;
          ++skip;
          continue;
        }
        int l2 = 0;
        const events::Postposition* pp = lex_->MatchPostposition(keys, p, &l2);
        if (pp && pp->kind == PostKind::kPost) break;
        if (is_verb_form(p) && skip > 0) break;
        ++p;
        ++skip;
      }
      g.roles.back().attach = p;
      int l2 = 0;
      const events::Postposition* pp = p < n && skip > 0 ? lex_->MatchPostposition(keys, p, &l2) : nullptr;
      if (!pp || pp->kind != PostKind::kPost) break;
      RoleAt d;
      d.role = pp->role;
      d.end = p + l2;
      g.roles.push_back(d);
      role = d.role;
      p = d.end;
    }
    const int gi = static_cast<int>(groups.size());
    for (int k = g.first; k < g.last; ++k) group_of[k] = gi;
    groups.push_back(std::move(g));
  }
  if (groups.empty()) return;

  // A bare (unmarked) group is a subject when it is not the first part of a
  // compound noun phrase ("यूक्रेन संघर्ष को").
  auto bare_subject = [&](const Group& g) {
    if (!g.primary().role.empty()) return false;
    if (g.subject_flag) return true;
    int p = g.last;
    if (p >= n) return false;
    if (group_of[p] >= 0 || trigger_start[p] || is_verb_form(p)) return true;
    if (sent.tokens[p].kind == TokenKind::kPunct || sent.tokens[p].kind == TokenKind::kNumber) return true;
    int len = 0;
    const events::Postposition* pp = lex_->MatchPostposition(keys, p + 1, &len);
    if (pp && pp->kind == PostKind::kPost) return false;  // X NOUN का/को ...
    return true;
  };
  // Nearest group in [from, to) (to the left of `to`) with role `role`.
  auto nearest_left = [&](int from, int to, const std::string& role, int exclude) -> int {
    int best = -1, best_end = -1;
    for (size_t gi = 0; gi < groups.size(); ++gi) {
      if (static_cast<int>(gi) == exclude) continue;
      const Group& g = groups[gi];
      if (g.first < from || g.last > to) continue;
      for (const RoleAt& r : g.roles)
        if (r.role == role && r.end <= to + 0 && r.end > best_end) {
          best = static_cast<int>(gi);
          best_end = r.end;
        }
    }
    return best;
  };
  // Leftmost group in [from, to) with `role` (its marker ending by `to`).
  auto leftmost = [&](int from, int to, const std::string& role, int exclude) -> int {
    for (size_t gi = 0; gi < groups.size(); ++gi) {
      if (static_cast<int>(gi) == exclude) continue;
      const Group& g = groups[gi];
      if (g.first < from || g.last > to) continue;
      for (const RoleAt& r : g.roles)
        if (r.role == role && r.end <= to) return static_cast<int>(gi);
    }
    return -1;
  };
  auto nearest_right = [&](int from, int to, const std::string& role, int exclude) -> int {
    for (size_t gi = 0; gi < groups.size(); ++gi) {
      if (static_cast<int>(gi) == exclude) continue;
      const Group& g = groups[gi];
      if (g.first >= from && g.last <= to && g.Has(role)) return static_cast<int>(gi);
    }
    return -1;
  };
  auto first_bare = [&](int from, int to, int exclude) -> int {
    for (size_t gi = 0; gi < groups.size(); ++gi) {
      const Group& g = groups[gi];
      if (static_cast<int>(gi) != exclude && g.first >= from && g.last <= to && bare_subject(g))
        return static_cast<int>(gi);
    }
    return -1;
  };
  // A genitive group directly attached to token `at` (Y की निंदा).
  auto genitive_at = [&](int from, int at, int exclude) -> int {
    for (size_t gi = 0; gi < groups.size(); ++gi) {
      const Group& g = groups[gi];
      if (static_cast<int>(gi) == exclude || g.first < from) continue;
      for (const RoleAt& r : g.roles)
        if (r.role == gen_ && r.attach == at) return static_cast<int>(gi);
    }
    return -1;
  };

  bool question = keys[0] == events::MatchKey("क्या");
  for (int i = 0; i < n; ++i)
    if (keys[i] == "?") question = true;
  int conditional_from = n;
  for (int i = 0; i < n; ++i)
    if (w.conditional.count(keys[i])) { conditional_from = i; break; }

  // ---- 5. Code each trigger ----
  int suppress_from = n;  // after an accusation: its clause is not coded
  for (const Trigger& t : triggers) {
    if (t.start >= suppress_from) break;
    const int ss = seg_start[t.start], se = seg_end[t.start];
    // Requires: words of the clause (the trigger included).
    auto requires_ok = [&](const Pattern& p, std::string* which) {
      if (p.needs.empty()) return true;
      for (const events::PhrasePat& ph : p.needs)
        for (int i = ss; i + static_cast<int>(ph.size()) <= std::max(se, t.end); ++i) {
          bool ok = true;
          for (size_t k = 0; ok && k < ph.size(); ++k) ok = ph[k].Matches(keys[i + k]);
          if (ok) {
            *which = sent.tokens[i].text;
            return true;
          }
        }
      return false;
    };
    std::vector<int> order;
    for (int pid : t.patterns)
      if (!lex_->patterns()[pid].needs.empty()) order.push_back(pid);
    for (int pid : t.patterns)
      if (lex_->patterns()[pid].needs.empty()) order.push_back(pid);
    for (int pid : order) {
      const Pattern& p = lex_->patterns()[pid];
      std::string req_word;
      if (!requires_ok(p, &req_word)) continue;
      std::vector<std::string> rules;
      if (!req_word.empty()) rules.push_back("needs: '" + req_word + "' in the clause");
      if (p.code.empty()) break;  // blocker
      if (t.nominal && !(p.nominal || p.allege)) continue;
      if (t.nominal && t.verb < 0 && t.end + 1 < n && (keys[t.end] == gen_ || keys[t.end] == events::MatchKey("की") ||
                                                        keys[t.end] == events::MatchKey("के")) &&
          trigger_start[t.end + 1])
        continue;  // "... समझौते का स्वागत किया": the object of another event
      if (!t.nominal && t.verb >= 0 && t.end < n && mention_at[t.end] >= 0 &&
          (t.form == Form::kImpf || t.form == Form::kPerf) && !w.aux.count(keys[t.verb]))
        continue;  // "प्रदर्शन कर रहे सांसदों": a participle describing an actor
      if (t.nominal && t.verb < 0 && t.end < n) {
        // "समझौते पर वार्ता": the noun is the topic of another event.
        int pl = 0;
        const events::Postposition* pp = lex_->MatchPostposition(keys, t.end, &pl);
        if (pp && pp->kind == PostKind::kPost &&
            (pp->role == events::MatchKey("पर") || pp->role == events::MatchKey("को") || pp->role == se_ ||
             pp->role == events::MatchKey("के बारे में")))
          continue;
      }
      if (!t.nominal && t.verb < 0) continue;
      // Reality.
      if (t.negated || t.unreal || question || t.start > conditional_from ||
          (p.sport && (sentence_sport || doc_sport)))
        break;
      std::vector<int> src_groups, tgt_groups;
      int src = -1, tgt = -1;
      bool joint_within = false;
      if (p.allege && t.verb >= 0 && !t.nominal) {
        // "X ने कहा कि Y ने युद्ध अपराध किए": X accuses Y.
        if (seg_kind[t.start] != 'e') continue;
        src = nearest_left(0, ss, ne_, -1);
        tgt = nearest_left(ss, t.start, ne_, src);
        if (tgt < 0) tgt = first_bare(ss, t.start, src);
        rules.push_back("allege: the speaker of the कि-clause or quote accuses its subject");
      } else if (p.allege) {
        src = nearest_left(ss, t.start, ne_, -1);
        if (src < 0) src = nearest_right(t.end, se, ne_, -1);
        tgt = nearest_left(ss, t.start, dvara_, src);
        if (tgt < 0) tgt = genitive_at(ss, t.start, src);
        rules.push_back("allege: the clause's speaker accuses the agent of '" + sent.tokens[t.start].text + "'");
      } else if (t.nominal) {
        // "A और B के बीच बैठक", "A और B की बैठक", "A की B से बैठक",
        // "B के साथ बैठक के दौरान A ने".
        for (size_t gi = 0; gi < groups.size() && src < 0; ++gi) {
          const Group& g = groups[gi];
          if (g.last > t.start || g.first < ss) continue;
          for (const RoleAt& r : g.roles) {
            if (r.end > t.start) continue;
            // Coordinated actors with के बीच / का may stand a few words
            // before the noun ("A और B के बीच सीमा पर झड़प"); a single
            // actor only right before it.
            const bool coordinated = g.members.size() >= 2 && (r.role == beech_ || r.role == gen_);
            // "A और B के बीच <where, about what> समझौता हुआ": के बीच holds
            // across the clause.
            const bool between = coordinated && r.role == beech_;
            bool near = true;
            for (int k = r.end; k < t.start && near; ++k) {
              if (w.nominal_gap.count(keys[k])) continue;
              if (between && mention_at[k] >= 0) continue;
              int pl = 0;
              const events::Postposition* pp = lex_->MatchPostposition(keys, k, &pl);
              if (pp && pp->kind == PostKind::kPost) {
                k += pl - 1;
                continue;
              }
              near = coordinated && !w.boundary.count(keys[k]) && !is_verb_form(k) &&
                     (between || !trigger_start[k]) && sent.tokens[k].kind != TokenKind::kPunct;
            }
            if (!near || t.start - r.end > (between ? 14 : coordinated ? 6 : 3)) continue;
            if ((r.role == beech_ || r.role == gen_) && g.members.size() >= 2) {
              src = static_cast<int>(gi);
              joint_within = true;
              rules.push_back("nominal: '" + r.role + "' of coordinated actors");
            } else if (r.role == saath_ || r.role == se_) {
              tgt = static_cast<int>(gi);
              int a = -1;
              for (size_t gj = 0; gj < groups.size(); ++gj)
                for (const RoleAt& ra : groups[gj].roles)
                  if (ra.role == gen_ && ra.attach == g.first) a = static_cast<int>(gj);
              if (a >= 0) {
                src = a;
                rules.push_back("nominal: 'A का B के साथ/से N'");
              } else if (t.end < n && w.during.count(keys[std::min(n - 1, t.end + (keys[t.end] == events::MatchKey("के") ? 1 : 0))])) {
                src = nearest_right(t.end, n, ne_, tgt);
                if (src >= 0) rules.push_back("nominal: 'B के साथ N के दौरान', source = subject of the main clause");
              }
            }
            if (src >= 0) break;
          }
        }
        if (src < 0 && t.end + 1 < n && keys[t.end] == events::MatchKey("के") &&
            keys[t.end + 1] == events::MatchKey("दौरान")) {
          int g = nearest_right(t.end, n, ne_, -1);
          if (g >= 0 && groups[g].members.size() >= 2) {
            src = g;
            joint_within = true;
            rules.push_back("nominal: 'N के दौरान A और B ने'");
          }
        }
        if (src < 0) continue;
        if (!p.joint && !joint_within) continue;
      } else {
        // Source.
        if (!p.source.empty()) {
          src = nearest_left(ss, t.start, p.source, -1);
          if (src >= 0) rules.push_back("source: '" + p.source + "'");
        } else if (t.passive) {
          src = nearest_left(ss, t.start, dvara_, -1);
          if (src < 0) src = nearest_right(t.end, se, dvara_, -1);
          if (src >= 0) rules.push_back("passive: source from द्वारा");
        } else {
          src = nearest_left(ss, t.start, ne_, -1);
          if (src >= 0) rules.push_back("source: ने-subject");
          if (src < 0) {
            src = first_bare(ss, t.start, -1);
            if (src >= 0) rules.push_back("source: nominative subject");
          }
          if (src < 0 && t.adverbial) {
            src = nearest_right(t.end, n, ne_, -1);
            if (src < 0) src = first_bare(t.end, se, -1);
            if (src >= 0) rules.push_back("adverbial clause: subject of the main clause");
          }
          if (src < 0 && seg_kind[t.start] == 'c') {
            src = nearest_left(0, ss, ne_, -1);
            if (src >= 0)
              rules.push_back("coordinated clause: subject of the previous clause");
          }
        }
        // Target: the first role of the pattern that an actor group has;
        // among several groups, the leftmost after the source (later ones
        // sit in the complement: "X ने Y से Z को रिहा करने का आग्रह").
        const int after = src >= 0 ? groups[src].last : ss;
        for (const std::string& role0 : p.targets) {
          int g = -1;
          if (role0 == gen_) {
            g = genitive_at(ss, t.start, src);
            if (g < 0 && t.noun_end > t.start) g = genitive_at(ss, t.noun_end, src);
          } else if (role0 == gen_any_) {
            g = leftmost(after, t.start, gen_, src);
            if (g < 0) g = leftmost(ss, t.start, gen_, src);
          } else if (role0 == bare_) {
            for (size_t gi = 0; gi < groups.size(); ++gi)
              if (static_cast<int>(gi) != src && groups[gi].last == t.start && groups[gi].first >= ss &&
                  groups[gi].primary().role.empty())
                g = static_cast<int>(gi);
          } else if (t.noun_end == t.start) {
            // A simple verb: the nearest group ("Y को Z को सौंपा": Z).
            g = nearest_left(after, t.start, role0, src);
            if (g < 0) g = nearest_left(ss, t.start, role0, src);
          } else {
            g = leftmost(after, t.start, role0, src);
            if (g < 0) g = leftmost(ss, t.start, role0, src);
          }
          if (g >= 0 && src >= 0) {
            bool same = true;
            for (int a : groups[g].members)
              for (int b : groups[src].members) same &= mentions[a].code == mentions[b].code;
            if (same) {  // "भारत ने लद्दाख में ...": look further
              const int g2 = role0 == gen_ || role0 == bare_ ? -1 : leftmost(groups[g].last, t.start, role0, src);
              g = g2;
            }
          }
          if (g < 0 && seg_kind[t.start] == 'c' && role0 != gen_ && role0 != bare_ && role0 != gen_any_) {
            // "X ने Y को धमकी नहीं दी, बल्कि बातचीत की पेशकश की": the
            // coordinated clause shares the previous clause's object.
            g = nearest_left(0, ss, role0, src);
            if (g >= 0) rules.push_back("coordinated clause: target of the previous clause");
          }
          if (g >= 0) {
            tgt = g;
            break;
          }
        }
        if (tgt >= 0) {
          std::string tr;
          for (const RoleAt& r : groups[tgt].roles) tr += (tr.empty() ? "" : "/") + r.role;
          rules.push_back("target: '" + tr + "'");
        }
        if (tgt < 0 && p.clause_target) {
          for (int k = t.end; k < n && tgt < 0; ++k)
            if (keys[k] == ki_) {
              tgt = nearest_right(k + 1, n, ne_, src);
              if (tgt < 0) tgt = first_bare(k + 1, n, src);
              if (tgt >= 0) rules.push_back("target: subject of the कि-clause");
            }
        }
        if (src < 0) continue;
        if (tgt < 0) {
          if (p.joint && groups[src].members.size() >= 2) {
            joint_within = true;
            rules.push_back("joint: between the coordinated subjects");
          } else {
            continue;
          }
        }
      }
      if (src < 0) continue;
      if (t.passive) rules.push_back("passive voice");
      if (p.no_embedded) suppress_from = std::min(suppress_from, t.end);
      // Pairs.
      std::vector<std::pair<int, int>> pairs;
      const Group& sg = groups[src];
      if (joint_within) {
        for (int a : sg.members)
          for (int b : sg.members)
            if (a != b) pairs.push_back({a, b});
      }
      if (tgt >= 0) {
        for (int a : sg.members)
          for (int b : groups[tgt].members) {
            pairs.push_back({a, b});
            if (p.joint) pairs.push_back({b, a});
          }
        if (p.joint) rules.push_back("joint: both directions");
      }
      uint32_t ts = sent.tokens[t.start].start;
      uint32_t te = sent.tokens[std::max(t.start, (t.verb >= 0 ? t.verb : t.noun_end - 1))].end;
      for (const auto& [a, b] : pairs) {
        const ActorMention& ma = mentions[a];
        const ActorMention& mb = mentions[b];
        const std::string& ca = code_of.count(a) ? code_of[a] : ma.code;
        const std::string& cb = code_of.count(b) ? code_of[b] : mb.code;
        if (ca.empty() || cb.empty() || ca == cb) continue;
        Event e;
        e.doc_id = doc.id;
        e.date = doc.date;
        e.sentence = si;
        e.source = {ca, ma.text, ma.start, ma.end};
        e.target = {cb, mb.text, mb.start, mb.end};
        e.code = p.code;
        if (!p.ifreb.empty() && ca.size() >= 3 && ca.compare(ca.size() - 3, 3, "REB") == 0)
          e.code = p.ifreb;
        const events::CameoInfo* info = events::LookupCameo(e.code);
        e.root_code = info ? info->root : e.code.substr(0, 2);
        e.quad_class = info ? info->quad_class : 0;
        e.goldstein = info ? info->goldstein : 0;
        e.trigger = {"", SliceCodePoints(sent.text, ts - sent.start, te - sent.start), ts, te};
        e.sentence_text = sent.text;
        e.pattern = p.origin;
        e.rules = rules;
        if (ma.how == MatchHow::kCoreference) e.rules.push_back("source by coreference: '" + ma.text + "'");
        if (mb.how == MatchHow::kCoreference) e.rules.push_back("target by coreference: '" + mb.text + "'");
        if (e.code != p.code) e.rules.push_back("armed non-state source: " + e.code);
        out->push_back(std::move(e));
      }
      break;
    }
  }
}

std::vector<std::pair<std::string, std::string>> ReadVerbFiles(const std::string& dir, Status* st) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const char* name : {"postpositions.tsv", "discard.tsv", "patterns.tsv"}) {
    std::ifstream in(dir + "/" + name, std::ios::binary);
    if (!in) {
      *st = Status::NotFound(dir + "/" + name + ": cannot open the verb-pattern file");
      return {};
    }
    std::stringstream ss;
    ss << in.rdbuf();
    files.push_back({dir + "/" + name, ss.str()});
  }
  return files;
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
  Status st;
  auto files = ReadVerbFiles(data_dir + "/verbs", &st);
  if (!st.ok()) return st;
  return LoadFromMemory(files);
}

}  // namespace ghatna
