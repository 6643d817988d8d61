// Trigger matching: the predicates of the parse whose verb (and conjunct noun
// or fixed words) a verb pattern names, and the phrases whose head noun an
// event-noun pattern names. Matching reads the parse's verb groups and noun
// phrases; the words a pattern spells out are checked backwards from the
// verb (or the noun), allowing particles in between (हमला भी किया).
#include <algorithm>

#include "events/frames.h"
#include "syntax/lexicon.h"

namespace ghatna::events {
namespace {

// Words that may stand between a conjunct noun and its verb, or between
// the words of a pattern: particles, negation, intensifying adjectives.
bool IsWindowWord(std::string_view k) {
  static const KeySet kWindow({"भी", "ही", "तो", "नहीं", "न", "ना", "मत", "तक", "कड़ी", "तीखी", "कड़े",
                               "जोरदार", "कडी", "कडे",
                               // scare quotes: 'सर्जिकल स्ट्राइक' की
                               "'", "\"", "’", "‘", "“", "”"});
  return kWindow.Contains(k);
}

// Verbs that make a different predicate with a noun before them.
bool IsLightLemma(const std::string& lemma_key) {
  static const KeySet kLight({"करना", "होना", "देना", "लेना", "मिलना", "लगाना", "लगना", "रखना", "आना",
                              "जाना", "पाना", "बनाना", "बनना", "उठाना", "मारना", "खाना", "दिखाना",
                              "जताना", "चलाना", "डालना", "रहना"});
  return kLight.Contains(lemma_key);
}

// Matches the phrase pattern `ph` so that its last word is token `end - 1`;
// returns its first token or -1.
int MatchBackward(const SentenceView& v, const PhrasePat& ph, int end) {
  const int n = static_cast<int>(ph.size());
  if (end - n < 0) return -1;
  for (int k = 0; k < n; ++k)
    if (!ph[k].Matches(v.keys[end - n + k])) return -1;
  return end - n;
}

}  // namespace

SentenceView BuildView(const Sentence& sent, const SentenceParse& parse, int index) {
  SentenceView v;
  v.index = index;
  v.sent = &sent;
  v.parse = &parse;
  const int n = static_cast<int>(sent.tokens.size());
  v.own_keys.resize(n);
  v.keys.reserve(n);
  for (int i = 0; i < n; ++i) {
    const Token& t = sent.tokens[i];
    if (t.key.empty()) v.own_keys[i] = MatchKey(t.text);
    v.keys.push_back(t.key.empty() ? v.own_keys[i] : t.key);
  }
  v.phrase_of.assign(n, -1);
  v.pred_of.assign(n, -1);
  const int np = static_cast<int>(parse.phrases.size());
  v.attached.assign(np, -1);
  v.genitives.assign(np, {});
  v.marker.assign(np, "");
  for (int k = 0; k < np; ++k) {
    const Phrase& ph = parse.phrases[k];
    int end = std::max(ph.last, ph.postposition_last);
    for (int t = std::max(0, ph.first); t < std::min(n, end); ++t) v.phrase_of[t] = k;
    if (!ph.marker.empty()) v.marker[k] = syntax_internal::CanonicalMarker(ph.marker);
    if (ph.genitive_of >= 0 && ph.genitive_of < np) v.genitives[ph.genitive_of].push_back(k);
  }
  for (size_t p = 0; p < parse.predicates.size(); ++p) {
    const Predicate& pr = parse.predicates[p];
    for (int t : pr.tokens)
      if (t >= 0 && t < n) v.pred_of[t] = static_cast<int>(p);
    for (const Argument& a : pr.args)
      if (a.phrase >= 0 && a.phrase < np) v.attached[a.phrase] = static_cast<int>(p);
  }
  return v;
}

const std::vector<uint32_t>& CodePointBytes(const SentenceView& v) {
  if (!v.cp_bytes.empty()) return v.cp_bytes;
  const std::string& text = v.sent->text;
  v.cp_bytes.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) v.cp_bytes.push_back(static_cast<uint32_t>(i));
  }
  v.cp_bytes.push_back(static_cast<uint32_t>(text.size()));
  return v.cp_bytes;
}

// How far before its verb a conjunct noun may end: fixed words (के आदेश
// देना), particles and adjectives between (≤ 2 + 3 + 3).
constexpr int kNounWindow = 10;

std::vector<Trigger> FindTriggers(const SentenceView& v, const Lexicon& lex) {
  std::vector<Trigger> out;
  const SentenceParse& parse = *v.parse;
  const int n = v.size();
  std::vector<char> window(n);  // IsWindowWord of each token
  for (int k = 0; k < n; ++k) window[k] = IsWindowWord(v.keys[k]);
  // (So is a short gloss in brackets: "अवांछित व्यक्ति (पर्सोना नॉन ग्राटा)
  // घोषित कर दिया".)
  std::vector<int> gloss_open(n, -1);  // at a closing bracket: its opening one
  for (int k = 0; k < n; ++k) {
    if (v.sent->tokens[k].text != "(") continue;
    int j = k + 1;
    while (j < n && j <= k + 6 && v.sent->tokens[j].text != ")") ++j;
    if (j < n && v.sent->tokens[j].text == ")") gloss_open[j] = k;
  }
  // One step back over a window word, or over a whole gloss.
  // (Or over the last of two coordinated words: "… का यह प्रस्ताव 'अनुचित
  // और ग़ैरज़रूरी' है" is unfair.)
  static const KeySet kAnd({"और", "तथा", "एवं", "व"});
  auto step_back = [&](int k) {
    if (k - 1 >= 0 && gloss_open[k - 1] >= 0) return gloss_open[k - 1];
    if (k - 1 >= 0 && window[k - 1]) return k - 1;
    if (k - 2 >= 0 && kAnd.Contains(v.keys[k - 2])) return k - 2;
    return -1;
  };
  // ---- Predicates ----
  // (Working vectors shared by the predicates' iterations.)
  struct Match { int pattern, first, words; bool needs; };
  std::vector<int> lemmas;
  std::vector<Match> matches;
  std::vector<std::string_view> before;
  std::vector<int> pats;
  for (size_t pi = 0; pi < parse.predicates.size(); ++pi) {
    const Predicate& pr = parse.predicates[pi];
    const int h = pr.head;
    if (h < 0 || h >= n) continue;
    // Lemmas of the head: the form table, then the morphology's lemma.
    lemmas.clear();
    std::string_view l = v.sent->tokens[h].lemma;
    if (pr.noun < 0 && !pr.lemma.empty()) {
      l = pr.lemma;
    } else if (pr.noun >= 0) {  // (a conjunct verb's light verb: हमला करना → करना)
      const size_t space = pr.lemma.rfind(' ');
      l = std::string_view(pr.lemma).substr(space == std::string::npos ? 0 : space + 1);
    }
    if (const auto* forms = lex.Forms(v.keys[h]))
      for (const VerbForm& f : *forms) {
        // (Not a bare stem the parse read as another verb's perfective:
        // "आरोप लगा है" is लगना, not the stem of लगाना.)
        const bool other_verb = f.form == Form::kStem && pr.aspect == "Perf" && !l.empty() &&
                                lex.lemmas()[f.lemma] != l && MatchKey(l) != lex.lemmas()[f.lemma];
        if (!other_verb) lemmas.push_back(f.lemma);
      }
    {
      const int li = lex.LemmaIndex(l);
      // (A form of two verbs is the one the parse chose: "आरोप लगा है" is
      // लगना, "आरोप लगा दिया" लगाना.)
      if (li >= 0 && std::find(lemmas.begin(), lemmas.end(), li) != lemmas.end()) lemmas.assign(1, li);
      else if (li >= 0) lemmas.push_back(li);
    }
    matches.clear();
    // A conjunct noun ends within a few words before the verb (fixed words
    // and particles may stand between): only patterns whose noun ends in
    // one of those words can match.
    before.clear();
    for (int k = std::max(0, h - kNounWindow); k < h; ++k) before.push_back(v.keys[k]);
    // (A conjunct noun the parse found after its verb, in a headline: "विपक्ष
    // ने किया वाकआउट".)
    const bool postposed = pr.noun > h && pr.noun < n;
    if (postposed) before.push_back(v.keys[pr.noun]);
    for (int lemma : lemmas) {
      lex.VerbPatternsFor(lemma, before, &pats);
      for (int pid : pats) {
        const Pattern& p = lex.patterns()[pid];
        int best_first = -1, best_words = 0;
        for (const VerbAlt& va : p.verbs) {
          if (va.lemma != lemma) continue;
          int pos = h;  // exclusive end of what is still to match
          // Particles right before the verb (हमला भी किया).
          int j = pos;
          int fixed_first = -1;
          if (!va.fixed.empty()) {
            // Fixed words directly before the verb, or before a particle.
            for (int skip = 0; skip <= 2 && fixed_first < 0; ++skip) {
              fixed_first = MatchBackward(v, va.fixed, j);
              if (fixed_first < 0) {
                if (const int back = step_back(j); back >= 0) j = back;
                else break;
              }
            }
            if (fixed_first < 0) continue;
            pos = fixed_first;
          }
          int first = pos;
          if (!p.nouns.empty()) {
            int noun_first = -1;
            int k = pos;
            for (int skip = 0; skip <= 3 && noun_first < 0; ++skip) {
              for (const PhrasePat& ph : p.nouns) {
                int f = MatchBackward(v, ph, k);
                if (f >= 0 && (noun_first < 0 || f < noun_first)) noun_first = f;
              }
              if (noun_first < 0) {
                if (const int back = step_back(k); back >= 0) k = back;
                else break;
              }
            }
            // A conjunct noun the parse found fronted before the subject
            // ("हमले की ज़िम्मेदारी तालिबान ने ली").
            if (noun_first < 0 && va.fixed.empty() && pr.noun >= 0 && pr.noun + 1 < pos)
              for (const PhrasePat& ph : p.nouns) {
                const int f = MatchBackward(v, ph, pr.noun + 1);
                if (f >= 0 && (noun_first < 0 || f < noun_first)) noun_first = f;
              }
            if (noun_first < 0 && va.fixed.empty() && postposed)
              for (const PhrasePat& ph : p.nouns)
                if (const int f = MatchBackward(v, ph, pr.noun + 1); f > h) {
                  best_words = std::max(best_words, pr.noun + 1 - f + 1);
                  noun_first = h;
                }
            if (noun_first < 0) continue;
            first = noun_first;
          } else if (va.fixed.empty() && pr.noun >= 0 && IsLightLemma(lex.lemmas()[lemma])) {
            // A conjunct verb is not the simple verb of its light verb:
            // मदद मिली is not मिलना "meet". (A full verb keeps its meaning
            // with a noun object: जानकारी मांगी.)
            continue;
          }
          if (best_first < 0 || first < best_first) best_first = first;
        }
        if (best_first >= 0)
          matches.push_back({pid, best_first, std::max(h - best_first, best_words), !p.needs.empty()});
      }
    }
    if (matches.empty()) continue;
    // Longer matches first (a conjunct verb before its light verb alone),
    // then refusal rows (tried only when negated: "… को प्रदर्शन की अनुमति
    // नहीं दी" refuses, whatever the permission was for), then rows with
    // requirements, then file order.
    std::stable_sort(matches.begin(), matches.end(), [&lex](const Match& a, const Match& b) {
      if (a.words != b.words) return a.words > b.words;
      const bool ra = lex.patterns()[a.pattern].refusal, rb = lex.patterns()[b.pattern].refusal;
      if (ra != rb) return ra;
      if (a.needs != b.needs) return a.needs;
      return a.pattern < b.pattern;
    });
    Trigger t;
    t.predicate = static_cast<int>(pi);
    t.first = matches.front().first;
    t.last = postposed && t.first == h ? pr.noun + 1 : h + 1;
    for (const Match& m : matches)
      if (std::find(t.patterns.begin(), t.patterns.end(), m.pattern) == t.patterns.end())
        t.patterns.push_back(m.pattern);
    out.push_back(std::move(t));
  }
  // ---- Event nouns ----
  std::vector<std::pair<int, int>> cands;
  for (size_t k = 0; k < parse.phrases.size(); ++k) {
    const Phrase& ph = parse.phrases[k];
    // The event noun is the head or any noun of the phrase (the chunker
    // may join "मुलाकात सैन फ्रांसिस्को में").
    int h = -1;
    for (int tk = ph.first; tk < ph.last && tk < n; ++tk) {
      lex.NounCandidates(v.keys[tk], &cands);
      if (!cands.empty()) h = tk;
      if (tk == ph.head && h == tk) break;
    }
    if (h < 0) continue;
    lex.NounCandidates(v.keys[h], &cands);
    Trigger t;
    t.phrase = static_cast<int>(k);
    t.last = h + 1;
    t.first = h;
    struct Match { int pattern, first; bool needs; };
    std::vector<Match> matches;
    for (const auto& [pid, alt] : cands) {
      const int f = MatchBackward(v, lex.patterns()[pid].nouns[alt], h + 1);
      if (f < ph.first || f < 0) continue;
      matches.push_back({pid, f, !lex.patterns()[pid].needs.empty()});
    }
    if (matches.empty()) continue;
    std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
      if (a.first != b.first) return a.first < b.first;  // the longer noun
      if (a.needs != b.needs) return a.needs;
      return a.pattern < b.pattern;
    });
    t.first = matches.front().first;
    for (const Match& m : matches)
      if (std::find(t.patterns.begin(), t.patterns.end(), m.pattern) == t.patterns.end())
        t.patterns.push_back(m.pattern);
    out.push_back(std::move(t));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Trigger& a, const Trigger& b) { return a.first < b.first; });
  return out;
}

void NeedsRegion(const SentenceView& v, const Trigger& t, int* first, int* last, bool clause) {
  const SentenceParse& parse = *v.parse;
  *first = t.first;
  *last = t.last;
  if (t.predicate < 0) {
    *first = 0;
    *last = v.size();
    return;
  }
  // The verb group, its objects and genitive object, not its adjuncts
  // (a "… हमले के मुख्य आरोपी" before "चेतावनी दी" is no threat of attack).
  auto cover = [&](const Predicate& pr) {
    for (int k : pr.tokens) {
      *first = std::min(*first, k);
      *last = std::max(*last, k + 1);
    }
    for (const Argument& a : pr.args) {
      // A में phrase of a conjunct verb names what it acts on: "प्रतिबंधों
      // में ढील दी".
      const bool in_phrase = a.role == Role::kLocation && pr.noun >= 0 && v.marker[a.phrase] == MatchKey("में");
      // What one is ready or called for: "भारत से बातचीत के लिए तैयार है".
      static const std::string kFor = syntax_internal::CanonicalMarker("के लिए");
      const bool purpose = v.marker[a.phrase] == kFor;
      // The subject of a copula is what is judged: "… का यह भाषण खतरनाक है".
      const bool judged = a.role == Role::kSubject && pr.noun >= 0 && std::string_view(pr.lemma).ends_with(" होना");
      if (!judged && a.role != Role::kObject && a.role != Role::kGenitiveObject && a.role != Role::kRecipient &&
          a.role != Role::kAbout && a.role != Role::kAgainst && a.role != Role::kAddressee &&
          a.role != Role::kWith && a.role != Role::kSource && !in_phrase && !purpose)
        continue;
      const Phrase& ph = parse.phrases[a.phrase];
      *first = std::min(*first, ph.first);
      *last = std::max(*last, std::max(ph.last, ph.postposition_last));
      // The object's genitive: "युद्धबंदियों की अदला-बदली की".
      for (int g : v.genitives[a.phrase]) *first = std::min(*first, parse.phrases[g].first);
    }
  };
  const Predicate& pr = parse.predicates[t.predicate];
  cover(pr);
  for (int c : ComplementsOf(parse, t.predicate)) cover(parse.predicates[c]);
  if (pr.verb_form == "Inf" && pr.complement_of >= 0) cover(parse.predicates[pr.complement_of]);
  // The कि-clause or quote right after (or right before) the verb.
  for (const Clause& cl : parse.clauses) {
    if (!clause) break;
    if (cl.type != ClauseType::kComplement && cl.type != ClauseType::kQuote) continue;
    if (cl.parent != pr.clause) continue;
    if ((cl.first >= t.last && cl.first <= t.last + 2) || (cl.last <= t.first && cl.last >= t.first - 4)) {
      *first = std::min(*first, cl.first);
      *last = std::max(*last, cl.last);
    }
  }
}

bool NeedsMet(const SentenceView& v, const Pattern& p, int first, int last, std::string* word) {
  if (p.needs.empty()) return true;
  first = std::max(0, first);
  last = std::min(v.size(), last);
  for (const PhrasePat& ph : p.needs)
    for (int i = first; i + static_cast<int>(ph.size()) <= last; ++i) {
      bool ok = true;
      for (size_t k = 0; ok && k < ph.size(); ++k) ok = ph[k].Matches(v.keys[i + k]);
      if (ok) {
        if (word) {
          *word = v.sent->tokens[i].text;
          for (size_t k = 1; k < ph.size(); ++k) *word += " " + v.sent->tokens[i + k].text;
        }
        return true;
      }
    }
  return false;
}

}  // namespace ghatna::events
