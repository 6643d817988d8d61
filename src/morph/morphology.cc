// The morphology stage: candidate readings of each word from the lexicons
// and the inflection rules (AnalyzeForm), then a left-to-right contextual
// pass that chooses among them and fills case and number from the
// neighbours (Analyze).
#include "ghatna/io.h"
#include "ghatna/morph.h"

#include <array>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <utility>

#include "ghatna/text.h"
#include "morph/lexicon.h"

namespace ghatna {
namespace {

using morph::Lexicon;
using morph::Reading;
using morph::SuffixRule;

// Where a candidate reading came from.
enum class Source : uint8_t { kClosed, kLexicon, kGuess, kShape };

struct Cand {
  std::string lemma;
  Upos upos = Upos::kX;
  const std::string* feats = nullptr;  // into the lexicon (may hold ? and @)
  uint16_t lemma_classes = 0;
  Source source = Source::kShape;
};

// A reading as Analyze weighs it: a Cand whose strings are views (into the
// per-thread cache of readings, the lexicon or the sentence), so that a
// sentence copies no strings until it writes its tokens.
struct CandView {
  std::string_view lemma;
  Upos upos = Upos::kX;
  const std::string* feats = nullptr;
  uint16_t lemma_classes = 0;
  Source source = Source::kShape;
  std::string_view lemma_key;  // MatchKey(lemma); empty when not known
};

// The readings of a form as the per-thread cache keeps them.
struct Readings {
  std::vector<Cand> cands;
  std::vector<std::string> lemma_keys;  // MatchKey of each cand's lemma
  std::vector<CandView> views;          // of cands and lemma_keys
};

const std::string kNoFeats = "_";
const std::string kNumFeats = "NumType=Card";
const std::string kNounGuessFeats = "Case=?|Number=Sing";
const std::string kPropnGuessFeats = "Case=?|Gender=Masc|Number=Sing";
const std::string kCompoundNounFeats = "Case=?|Gender=@|Number=Sing";

// (The last byte first: a word tried against the ~100 suffix rules is told
// from most of them there, without a call to memcmp.)
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && (suffix.empty() || s.back() == suffix.back()) &&
         s.substr(s.size() - suffix.size()) == suffix;
}

// Decodes the code point at s[i] (valid UTF-8 assumed, else returns the
// byte); advances i.
char32_t NextCp(std::string_view s, size_t* i) {
  const auto b = static_cast<unsigned char>(s[*i]);
  int len = 1;
  char32_t c = b;
  if (b >= 0xF0) { len = 4; c = b & 0x07; }
  else if (b >= 0xE0) { len = 3; c = b & 0x0F; }
  else if (b >= 0xC0) { len = 2; c = b & 0x1F; }
  if (*i + len > s.size()) { ++*i; return b; }
  for (int k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += len;
  return c;
}

enum class Shape { kWord, kNumber, kPunct, kSymbol, kLatin };

bool IsDigit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0x0966 && c <= 0x096F); }
bool IsLatin(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsDevanagari(char32_t c) { return c >= 0x0900 && c <= 0x097F; }
bool IsSymbol(char32_t c) {
  return c == '%' || c == '$' || c == '@' || c == '#' || c == '&' || c == '+' || c == '=' ||
         c == '<' || c == '>' || c == '^' || c == '|' || c == '~' || c == '*' ||
         (c >= 0x20A0 && c <= 0x20CF) || c == 0x00A3 || c == 0x00B0 || c == 0x00A9 ||
         c == 0x00AE || c == 0x2122;
}

Shape ShapeOf(std::string_view s) {
  size_t i = 0;
  int digits = 0, latin = 0, deva = 0, symbols = 0, other = 0;
  char32_t first = 0;
  while (i < s.size()) {
    const char32_t c = NextCp(s, &i);
    if (first == 0) first = c;
    if (IsDigit(c)) ++digits;
    else if (IsLatin(c)) ++latin;
    else if (IsDevanagari(c) || c == 0x200D || c == 0x200C) ++deva;
    else if (IsSymbol(c)) ++symbols;
    else if (c == ',' || c == '.' || c == '-' || c == '/' || c == ':') { /* inside numbers */ }
    else if (c >= 0x80 && c != 0x2013 && c != 0x2014 && !(c >= 0x2018 && c <= 0x201F) &&
             !(c >= 0x2010 && c <= 0x2027) && c != 0x00AB && c != 0x00BB)
      ++other;  // letters of other scripts
  }
  if (deva > 0 && deva >= latin) {
    // Devanagari digits are numbers; a danda alone is punctuation.
    if (digits > 0 && deva == digits) return Shape::kNumber;
    if (first == 0x0964 || first == 0x0965) return Shape::kPunct;
    return Shape::kWord;
  }
  if (digits > 0 && latin == 0) return Shape::kNumber;
  if (latin > 0) return Shape::kLatin;
  if (other > 0) return Shape::kWord;
  if (symbols > 0) return Shape::kSymbol;
  return Shape::kPunct;
}

// Digits followed by an ordinal ending: 45वें, 21वीं, 5वां.
bool IsDigitOrdinal(std::string_view s) {
  size_t i = 0, digits = 0;
  while (i < s.size()) {
    size_t j = i;
    if (!IsDigit(NextCp(s, &j))) break;
    ++digits;
    i = j;
  }
  if (digits == 0) return false;
  const std::string_view rest = s.substr(i);
  return rest == "वां" || rest == "वाँ" || rest == "वें" || rest == "वीं" || rest == "वी" ||
         rest == "वा" || rest == "वे";
}

// Gender of a lemma from its classes: "Masc", "Fem" or "".
std::string_view GenderOf(uint16_t classes) {
  if (classes & morph::kNM) return "Masc";
  if (classes & morph::kNF) return "Fem";
  return "";
}

bool IsNominal(Upos u) {
  return u == Upos::kNOUN || u == Upos::kPROPN || u == Upos::kPRON || u == Upos::kNUM;
}

// Forms that make the word before them oblique (postpositions).
bool IsCaseMarker(std::string_view f) {
  static const std::array<std::string_view, 16> kMarkers = {
      "ने", "को", "से", "में", "पर", "तक", "का", "के", "की", "द्वारा", "वाला", "वाले", "वाली",
      "वालों", "समेत", "सहित"};
  for (auto m : kMarkers) if (f == m) return true;
  return false;
}

// Second parts of compound postpositions: के लिए, के साथ ... (के is then
// lemmatised के with no features, as in the UD Hindi treebanks).
bool IsCompoundPostpositionHead(std::string_view f) {
  static const std::array<std::string_view, 62> kHeads = {
      "लिए", "लिये", "साथ", "बाद", "बीच", "बारे", "दौरान", "कारण", "प्रति", "अनुसार",
      "मुताबिक", "मुताबिक़", "खिलाफ", "ख़िलाफ़", "खिलाफ़", "विरुद्ध", "विरूद्ध", "पास", "तहत",
      "जरिए", "जरिये", "ज़रिए", "ज़रिये", "बजाय", "बजाए", "समक्ष", "सामने", "पीछे", "ऊपर",
      "नीचे", "अंदर", "अन्दर", "भीतर", "बाहर", "निकट", "नजदीक", "नज़दीक", "करीब", "क़रीब",
      "आसपास", "आस", "अलावा", "सिवा", "सिवाय", "अतिरिक्त", "उपरांत", "पश्चात", "पूर्व", "बदले",
      "द्वारा", "रूप", "तौर", "तरह", "हवाले", "मद्देनजर", "मद्देनज़र", "पहले", "बावजूद",
      "परिणामस्वरूप", "फलस्वरूप", "समय", "बिना"};
  for (auto h : kHeads) if (f == h) return true;
  return false;
}

// Forms after which की / किए is the verb करना rather than the genitive.
bool IsVerbalFollower(std::string_view f) {
  static const std::array<std::string_view, 32> kForms = {
      "है", "हैं", "था", "थी", "थे", "थीं", "गई", "गयी", "गईं", "गयीं", "गए", "गये", "गया",
      "जा", "जाती", "जाता", "जाएगी", "जाएगा", "जानी", "जाने", "रही", "रहा", "रहे", "चुकी",
      "सकती", "सकता", "सकते", "कि", "हो", "होगी", "चाहिए", "चाहिये"};
  for (auto x : kForms) if (f == x) return true;
  return false;
}

// Verbs that follow a bare verb stem: auxiliaries and vector verbs.
bool TakesBareStem(std::string_view lemma) {
  static const std::array<std::string_view, 10> kVerbs = {
      "सकना", "रहना", "चुकना", "पाना", "जाना", "डालना", "बैठना", "पड़ना", "उठना", "देना"};
  for (auto v : kVerbs) if (lemma == v) return true;
  return false;
}

bool IsTitle(std::string_view f) {
  static const std::array<std::string_view, 22> kTitles = {
      "श्री", "श्रीमती", "सुश्री", "डॉ", "डॉक्टर", "राष्ट्रपति", "प्रधानमंत्री", "मंत्री",
      "महासचिव", "प्रवक्ता", "राजदूत", "सचिव", "अध्यक्ष", "नेता", "मिस्टर", "सांसद", "जनरल",
      "राजा", "रानी", "गवर्नर", "प्रमुख", "निदेशक"};
  for (auto t : kTitles) if (f == t) return true;
  return false;
}

// "Aspect=Perf|..." -> "Aspect=Prog|..." (interned: the result must outlive
// the call because candidates point at their feature strings).
const std::string* ProgressiveFeats(const std::string& perf) {
  static const std::array<std::string, 4> kProg = {
      "Aspect=Prog|Gender=Masc|Mood=Ind|Number=Sing|Person=3",
      "Aspect=Prog|Gender=Masc|Mood=Ind|Number=Plur|Person=3",
      "Aspect=Prog|Gender=Fem|Mood=Ind|Number=Sing|Person=3",
      "Aspect=Prog|Gender=Fem|Mood=Ind|Number=Plur|Person=3"};
  const bool fem = perf.find("Gender=Fem") != std::string::npos;
  const bool plur = perf.find("Number=Plur") != std::string::npos;
  return &kProg[(fem ? 2 : 0) + (plur ? 1 : 0)];
}

// True when a rule's feature string has placeholders (? or @) to substitute
// (one pass: find_first_of would search "?@" once per character).
bool HasPlaceholders(std::string_view feats) {
  // (Asked for every token: two memchr calls beat a loop over the bytes.)
  return feats.find('?') != std::string_view::npos || feats.find('@') != std::string_view::npos;
}

// Substitutes the placeholders of a rule's feature string.
// `oblique`: the word stands before a postposition (Case=Acc); `bare`: it
// modifies the next noun (a compound, no Case); else Case=Nom.
std::string ResolveFeats(const std::string& feats, uint16_t lemma_classes, bool oblique,
                         bool bare = false) {
  if (!HasPlaceholders(feats)) return feats;
  std::string out;
  out.reserve(feats.size());
  size_t start = 0;
  while (start <= feats.size()) {
    size_t bar = feats.find('|', start);
    if (bar == std::string::npos) bar = feats.size();
    std::string_view pair(feats.data() + start, bar - start);
    std::string value;
    if (pair == "Gender=@") {
      const std::string_view g = GenderOf(lemma_classes);
      if (!g.empty()) value = "Gender=" + std::string(g);
    } else if (pair == "Case=?") {
      value = oblique ? "Case=Acc" : bare ? "" : "Case=Nom";
    } else if (pair == "Number=?") {
      value = oblique ? "Number=Sing" : "Number=Plur";
    } else {
      value = std::string(pair);
    }
    if (!value.empty()) {
      if (!out.empty()) out.push_back('|');
      out += value;
    }
    start = bar + 1;
    if (bar == feats.size()) break;
  }
  return out.empty() ? "_" : out;
}

// ResolveFeats, remembered per thread and analyser (`owner`): a token's
// features depend only on its reading's feature string (interned in the
// lexicon), the gender classes of its lemma and its two context flags.
const std::string& CachedFeats(uint64_t owner, const std::string& feats, uint16_t lemma_classes, bool oblique,
                               bool bare) {
  if (!HasPlaceholders(feats)) return feats;
  struct Key {
    const std::string* feats;
    uint32_t bits;
    bool operator==(const Key& o) const { return feats == o.feats && bits == o.bits; }
  };
  struct KeyHash {
    size_t operator()(const Key& k) const { return std::hash<const void*>()(k.feats) * 31 + k.bits; }
  };
  static thread_local std::unordered_map<Key, std::string, KeyHash> cache;
  static thread_local uint64_t cache_owner = 0;  // the analyser whose strings the keys point at
  if (cache_owner != owner || cache.size() > 4096) {
    cache.clear();
    cache_owner = owner;
  }
  const Key key{&feats, (static_cast<uint32_t>(lemma_classes) << 2) | (oblique ? 2u : 0u) | (bare ? 1u : 0u)};
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(key, ResolveFeats(feats, lemma_classes, oblique, bare)).first;
  return it->second;
}

std::string ReadFileOr(const std::string& path, bool* ok) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) { *ok = false; return ""; }
  std::string text(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  *ok = static_cast<bool>(in) || in.eof();
  return text;
}

class MorphologyImpl : public Morphology {
 public:
  explicit MorphologyImpl(Lexicon lex) : id_(next_id_.fetch_add(1)), lex_(std::move(lex)) {}

  void Analyze(Sentence* sentence) const override;
  std::vector<MorphAnalysis> AnalyzeForm(std::string_view form) const override;

 private:
  // The readings of a form, from a per-thread cache of this analyser's
  // answers (news vocabulary repeats: most lookups are hits).
  void Candidates(std::string_view form, std::vector<Cand>* out) const;
  // The same from the cache itself: valid until the next ClearCacheIfFull()
  // on this thread (Cached never clears it, so that a sentence's readings
  // stay valid while it is analysed).
  const Readings& Cached(std::string_view form) const;
  void ClearCacheIfFull() const;
  void ComputeCandidates(std::string_view form, std::vector<Cand>* out) const;
  // A compound of two known words (शीतयुद्ध, गृहमंत्री) takes the class and
  // gender of its last part. Returns false when `form` is not one.
  bool Decompound(std::string_view form, std::vector<Cand>* out) const;
  // A postposition that follows a genitive (के साथ, की ओर, के अंतर्गत): a
  // closed-class ADP that is neither a case marker nor वाला/जैसा.
  bool IsPostpositionHead(std::string_view f) const {
    if (IsCompoundPostpositionHead(f)) return true;
    if (IsCaseMarker(f) || f == "जैसा" || f == "जैसे" || f == "जैसी" || f == "जैसेकि") {
      return false;
    }
    const auto* closed = lex_.Closed(f);
    return closed != nullptr && (*closed)[0].upos == Upos::kADP;
  }
  static inline std::atomic<uint64_t> next_id_{1};
  const uint64_t id_;  // tells this analyser's cached answers from another's

  static int Find(const std::vector<CandView>& c, Upos upos) {
    for (size_t i = 0; i < c.size(); ++i) if (c[i].upos == upos) return static_cast<int>(i);
    return -1;
  }

  Lexicon lex_;
};

struct ReadingsCache {
  uint64_t owner = 0;
  std::unordered_map<std::string, Readings, morph::StringHash, std::equal_to<>> answers;
};
thread_local ReadingsCache readings_cache;

void MorphologyImpl::ClearCacheIfFull() const {
  constexpr size_t kMaxCached = 1 << 16;
  ReadingsCache& cache = readings_cache;
  if (cache.owner != id_ || cache.answers.size() >= kMaxCached) {
    cache.answers.clear();
    cache.owner = id_;
  }
}

const Readings& MorphologyImpl::Cached(std::string_view form) const {
  ReadingsCache& cache = readings_cache;
  auto it = cache.answers.find(form);
  if (it != cache.answers.end()) return it->second;
  Readings& r = cache.answers.emplace(std::string(form), Readings()).first->second;
  ComputeCandidates(form, &r.cands);
  for (const Cand& c : r.cands) r.lemma_keys.push_back(MatchKey(c.lemma));
  for (size_t k = 0; k < r.cands.size(); ++k) {
    const Cand& c = r.cands[k];
    r.views.push_back({c.lemma, c.upos, c.feats, c.lemma_classes, c.source, r.lemma_keys[k]});
  }
  return r;
}

void MorphologyImpl::Candidates(std::string_view form, std::vector<Cand>* out) const {
  ClearCacheIfFull();
  *out = Cached(form).cands;
}

void MorphologyImpl::ComputeCandidates(std::string_view form, std::vector<Cand>* out) const {
  out->clear();
  switch (ShapeOf(form)) {
    case Shape::kNumber: {
      std::string lemma;
      for (char ch : form) if (ch != ',') lemma.push_back(ch);
      out->push_back({std::move(lemma), Upos::kNUM, &kNumFeats, 0, Source::kShape});
      return;
    }
    case Shape::kPunct:
      out->push_back({std::string(form), Upos::kPUNCT, &kNoFeats, 0, Source::kShape});
      return;
    case Shape::kSymbol:
      out->push_back({std::string(form), Upos::kSYM, &kNoFeats, 0, Source::kShape});
      return;
    case Shape::kLatin:
      out->push_back({std::string(form), Upos::kPROPN, &kPropnGuessFeats, 0, Source::kShape});
      return;
    case Shape::kWord:
      break;
  }
  if (IsDigitOrdinal(form)) {  // 45वें, 21वीं
    out->push_back({std::string(form), Upos::kADJ, &kNoFeats, 0, Source::kShape});
    return;
  }
  if (const auto* closed = lex_.Closed(form)) {
    for (const Reading& r : *closed) {
      out->push_back({r.lemma, r.upos, &r.feats, 0, Source::kClosed});
    }
    // A closed-class word has no open-class readings, except the content
    // words that head compound postpositions (कारण, साथ, पहले).
    if (!IsPostpositionHead(form)) return;
  }
  std::string lemma;
  for (const SuffixRule& rule : lex_.rules()) {
    if (rule.guess) continue;
    if (!EndsWith(form, rule.suffix)) continue;
    const size_t stem_len = form.size() - rule.suffix.size();
    if (stem_len == 0) continue;
    lemma.assign(form.substr(0, stem_len));
    lemma += rule.replace;
    const uint16_t classes = lex_.Classes(lemma);
    if ((classes & rule.classes) == 0) continue;
    bool dup = false;
    for (const Cand& c : *out) dup |= (c.upos == rule.upos && c.lemma == lemma);
    if (dup) continue;
    out->push_back({lemma, rule.upos, &rule.feats, classes, Source::kLexicon});
  }
  if (!out->empty()) return;
  if (Decompound(form, out)) return;
  for (const SuffixRule& rule : lex_.rules()) {
    if (!rule.guess || !EndsWith(form, rule.suffix)) continue;
    const size_t stem_len = form.size() - rule.suffix.size();
    if (stem_len < 3) continue;  // at least one Devanagari letter
    lemma.assign(form.substr(0, stem_len));
    lemma += rule.replace;
    out->push_back({lemma, rule.upos, &rule.feats, 0, Source::kGuess});
    return;
  }
  // An unknown word: a common noun if the word list knows it, else a name.
  if (lex_.InWordList(form)) {
    out->push_back({std::string(form), Upos::kNOUN, &kNounGuessFeats, 0, Source::kGuess});
    out->push_back({std::string(form), Upos::kPROPN, &kPropnGuessFeats, 0, Source::kGuess});
  } else {
    out->push_back({std::string(form), Upos::kPROPN, &kPropnGuessFeats, 0, Source::kGuess});
    out->push_back({std::string(form), Upos::kNOUN, &kNounGuessFeats, 0, Source::kGuess});
  }
}

bool MorphologyImpl::Decompound(std::string_view form, std::vector<Cand>* out) const {
  // Split points: the head must start with a Devanagari letter (not a vowel
  // sign) and be at least three code points, the modifier a known noun or
  // adjective of at least three.
  size_t cps = 0;
  for (size_t k = 0; k < form.size(); ++k) {
    const auto b = static_cast<unsigned char>(form[k]);
    if ((b & 0xC0) == 0x80) continue;
    ++cps;
    if (cps < 3 || k + 9 > form.size()) continue;
    size_t j = k;
    const char32_t c = NextCp(form, &j);
    if (!((c >= 0x0905 && c <= 0x0914) || (c >= 0x0915 && c <= 0x0939))) continue;
    // A consonant after a virama continues a conjunct.
    const std::string_view head = form.substr(k);
    const std::string_view modifier = form.substr(0, k);
    if (EndsWith(modifier, "\xE0\xA5\x8D")) continue;  // ्
    const uint16_t head_classes = lex_.Classes(head);
    if ((head_classes & (morph::kNoun | morph::kAdj)) == 0) continue;
    if (cps < 4) continue;  // the modifier: at least three code points
    if ((lex_.Classes(modifier) & (morph::kNoun | morph::kAdj)) == 0) continue;
    const bool noun = (head_classes & morph::kNoun) != 0;
    out->push_back({std::string(form), noun ? Upos::kNOUN : Upos::kADJ,
                    noun ? &kCompoundNounFeats : &kNoFeats, head_classes, Source::kLexicon});
    return true;
  }
  return false;
}

std::vector<MorphAnalysis> MorphologyImpl::AnalyzeForm(std::string_view form) const {
  std::vector<Cand> cands;
  Candidates(form, &cands);
  std::vector<MorphAnalysis> out;
  for (const Cand& c : cands) {
    out.push_back({c.lemma, c.upos, ResolveFeats(*c.feats, c.lemma_classes, false)});
  }
  return out;
}

void MorphologyImpl::Analyze(Sentence* sentence) const {
  auto& toks = sentence->tokens;
  const size_t n = toks.size();
  // The readings of each token, in vectors reused from sentence to sentence.
  static thread_local std::vector<std::vector<CandView>> cands;
  if (cands.size() < n) cands.resize(n);
  std::vector<int> pick(n, 0);
  ClearCacheIfFull();
  for (size_t i = 0; i < n; ++i) {
    // What the tokeniser already knows about a token decides its class.
    switch (toks[i].kind) {
      case TokenKind::kUrl:
      case TokenKind::kEmail:
        cands[i].assign(1, CandView{toks[i].text, Upos::kX, &kNoFeats, 0, Source::kShape, {}});
        continue;
      case TokenKind::kEmoji:
        cands[i].assign(1, CandView{toks[i].text, Upos::kSYM, &kNoFeats, 0, Source::kShape, {}});
        continue;
      default:
        break;
    }
    cands[i] = Cached(toks[i].text).views;
  }

  auto upos_at = [&](size_t i) { return cands[i][pick[i]].upos; };
  auto choose = [&](size_t i, Upos u) {
    const int k = Find(cands[i], u);
    if (k >= 0) pick[i] = k;
    return k >= 0;
  };
  auto form = [&](size_t i) -> std::string_view { return toks[i].text; };
  auto is_verbish = [&](size_t i) {
    const Upos u = upos_at(i);
    return u == Upos::kVERB || u == Upos::kAUX;
  };

  for (size_t i = 0; i < n; ++i) {
    std::vector<CandView>& c = cands[i];
    const std::string_view f = form(i);
    const bool has_next = i + 1 < n;
    const std::string_view next = has_next ? form(i + 1) : std::string_view();
    const Upos next_upos = has_next ? cands[i + 1][0].upos : Upos::kPUNCT;
    const bool next_is_punct = next_upos == Upos::kPUNCT;
    const bool has_prev = i > 0;
    // The previous word, looking through the particles नहीं, भी, ही, तो.
    size_t p = i;
    while (p > 0 && (form(p - 1) == "नहीं" || form(p - 1) == "भी" || form(p - 1) == "ही" ||
                     form(p - 1) == "तो" || form(p - 1) == "न")) {
      --p;
    }
    const Upos prev_upos = p > 0 ? upos_at(p - 1) : Upos::kPUNCT;
    const bool next_nominal = has_next && (next_upos == Upos::kNOUN ||
                                           next_upos == Upos::kPROPN ||
                                           next_upos == Upos::kADJ);

    // A closed-class reading the rules below know better than the lexicon:
    // put it first and pick it.
    auto prefer_closed = [&](Upos u) {
      c.insert(c.begin(), CandView{f, u, &kNoFeats, 0, Source::kClosed, {}});
      pick[i] = 0;
    };
    // पीट-पीटकर, घसीट-घसीटकर: a reduplicated converb is a manner adverb,
    // not a verb that cuts a genitive from its noun ("दो पुलिसकर्मियों की
    // पीट-पीटकर हत्या").
    {
      auto conv_of = [](std::string_view stem, std::string_view conv) {
        return conv.starts_with(stem) && conv.substr(stem.size()) == "कर";
      };
      const bool first = i + 2 < n && next == "-" && conv_of(f, form(i + 2));
      const bool second = i >= 2 && form(i - 1) == "-" && conv_of(form(i - 2), f);
      if (first || second) {
        prefer_closed(Upos::kADV);
        continue;
      }
    }
    // "रात 10 बजे से": o'clock after a number, a noun (as in UD Hindi),
    // not the verb बजना.
    if (f == "बजे" && has_prev && upos_at(i - 1) == Upos::kNUM) {
      prefer_closed(Upos::kNOUN);
      continue;
    }
    // जो बाइडन: a first name, not the relative pronoun.
    if (f == "जो" && has_next && (next == "बाइडन" || next == "बाइडेन" || next == "बिडेन" || next == "बायडन")) {
      prefer_closed(Upos::kPROPN);
      continue;
    }
    if ((f == "ईसा" && next == "पूर्व") || (f == "पूर्व" && has_prev && form(i - 1) == "ईसा")) {
      // ईसा पूर्व (BC) is two particles in the UD Hindi treebanks.
      prefer_closed(Upos::kPART);
      continue;
    }
    if (c.size() > 1) {
      if (f == "की" || f == "किए" || f == "किये") {
        // Genitive की vs. perfective of करना (घोषणा की है, बात की।).
        // (Also before a relative pronoun with its case fused: "गोलीबारी की
        // जिसमें 20 लोग मारे गए"; a genitive precedes a noun or the
        // determiner जिस/जो, never जिसमें.)
        static const std::unordered_set<std::string_view> kFusedRelative = {
            "जिसमें", "जिसके", "जिसकी", "जिसका", "जिससे", "जिसने", "जिसे", "जिसपर", "जिनमें", "जिनके",
            "जिनकी", "जिनसे", "जिन्होंने", "जिन्हें", "जिनपर"};
        const bool verbal = next_is_punct || IsVerbalFollower(next) ||
                            next_upos == Upos::kCCONJ || next_upos == Upos::kSCONJ ||
                            (has_next && kFusedRelative.count(next) > 0) ||
                            (has_prev && (form(i - 1) == "नहीं" || form(i - 1) == "न"));
        choose(i, verbal ? Upos::kVERB : Upos::kADP);
      } else if (Find(c, Upos::kAUX) >= 0 && Find(c, Upos::kVERB) >= 0 &&
                 c[0].source == Source::kClosed) {
        // है/था: auxiliary or copula after a verb or adjective, the main
        // verb (existential) after a noun or postposition.
        // शामिल है / हासिल है ("is included", "is obtained") count as the
        // main verb in the treebanks, like a noun predicate.
        const bool main = prev_upos == Upos::kNOUN || prev_upos == Upos::kPROPN ||
                          prev_upos == Upos::kADP || prev_upos == Upos::kPRON ||
                          prev_upos == Upos::kNUM || prev_upos == Upos::kDET ||
                          (p > 0 && (form(p - 1) == "शामिल" || form(p - 1) == "हासिल"));
        choose(i, main ? Upos::kVERB : Upos::kAUX);
      } else if (c[0].upos == Upos::kNUM && c[0].source == Source::kClosed && prev_upos != Upos::kNUM) {
        // A number word that is also a name or an adjective (अरब: a
        // billion, Arabia, Arab) counts only after a number ("दो अरब
        // डॉलर"); else "सऊदी अरब", "अरब देशों".
        const int adj = Find(c, Upos::kADJ);
        const int name = Find(c, Upos::kPROPN);
        if (next_nominal && next_upos != Upos::kPROPN && adj >= 0) {
          pick[i] = adj;
        } else if (name >= 0) {
          pick[i] = name;
        } else if (adj >= 0) {
          pick[i] = adj;
        }
      } else if (c[0].upos == Upos::kADP && c[0].source == Source::kClosed &&
                 IsPostpositionHead(f)) {
        // A content word used as the head of a compound postposition only
        // after के/की (के साथ, की ओर), else its own reading (कारण; साथ: below).
        const bool after_gen = has_prev && (EndsWith(form(i - 1), "के") ||
                                            EndsWith(form(i - 1), "की") ||
                                            form(i - 1) == "से");
        // (साथ is a noun only after a genitive in का, "पाकिस्तान का साथ
        // दिया"; elsewhere, "साथ ही", "एक साथ", it stays the postposition's.)
        const bool own_reading = f != "साथ" || (has_prev && EndsWith(form(i - 1), "का"));
        if (!after_gen && own_reading) {
          for (size_t k = 1; k < c.size(); ++k) {
            if (c[k].upos != Upos::kADP) { pick[i] = static_cast<int>(k); break; }
          }
        }
      } else {
        // Nominal vs. verbal readings of an open-class form.
        const int verb = Find(c, Upos::kVERB);
        int nominal = -1;
        for (size_t k = 0; k < c.size(); ++k) {
          if (IsNominal(c[k].upos) || c[k].upos == Upos::kADJ) { nominal = static_cast<int>(k); break; }
        }
        // After a genitive postposition, a noun: "बांग्लादेश की मांग है"
        // (the demand), not the stem of मांगना.
        const bool after_genitive = prev_upos == Upos::kADP && p > 0 &&
                                    (form(p - 1) == "का" || form(p - 1) == "के" || form(p - 1) == "की");
        if (verb >= 0 && nominal >= 0 && after_genitive && c[nominal].upos != Upos::kADJ) {
          pick[i] = nominal;
        } else if (verb >= 0 && nominal >= 0) {
          const bool adjective_lemma = c[nominal].upos == Upos::kADJ && c[nominal].lemma == f &&
                                       c[verb].feats->compare(0, 10, "Aspect=Imp") != 0;
          if (has_next && IsCaseMarker(next) && next != "की" && next != "के") {
            pick[i] = nominal;
          } else if ((!has_next || next_is_punct || next == "कि" || next == "और" || next == "लेकिन") &&
                     c[verb].feats->find("Aspect=Perf") != std::string::npos &&
                     (c[nominal].upos != Upos::kADJ || prev_upos == Upos::kNOUN ||
                      (has_prev && (form(i - 1) == "से" || form(i - 1) == "को" || form(i - 1) == "पर")))) {
            // A perfective at the end of a clause is the verb (दिल्ली
            // पहुंचे।, निशाना साधा।, चप्पल से मारा।), not a noun or adjective
            // of the same spelling.
            pick[i] = verb;
          } else if (c[nominal].upos == Upos::kNOUN && EndsWith(f, "े") && next_nominal && has_prev &&
                     (form(i - 1) == "पर" || form(i - 1) == "में") && c[verb].lemma != "जुड़ना" &&
                     Find(cands[i + 1], Upos::kVERB) < 0 &&
                     c[verb].feats->find("Aspect=Perf") != std::string::npos) {
            // "भारत दौरे पर पहुंचे अमेरिकी राष्ट्रपति", "संसद में दिए भाषण में":
            // a perfective in -े after a पर or में phrase and before a noun
            // is a participle, not a noun of the same spelling (पहुंचा,
            // दीया). (Not "से जुड़े मुद्दों", whose noun reading the parse
            // reads as "related to"; nor before a word that may be a verb:
            // "घरों पर छापे मारे".)
            pick[i] = verb;
          } else if (adjective_lemma && prev_upos == Upos::kNOUN && i >= 2 &&
                     c[verb].feats->find("Aspect=Perf") != std::string::npos &&
                     (form(i - 2) == "पर" || form(i - 2) == "को" || form(i - 2) == "से")) {
            // "सरकार पर निशाना साधा है": a bare object after a marked
            // phrase, then a perfective; the verb, not an adjective.
            pick[i] = verb;
          } else if (adjective_lemma) {
            pick[i] = nominal;  // सही है, बड़ा है: the adjective, not सहना/बड़ना
          } else if (has_next && IsVerbalFollower(next) && next != "कि") {
            pick[i] = verb;
          } else if (has_next && (*c[verb].feats == "_" || *c[verb].feats == "VerbForm=Conv") &&
                     (f == "कर" || TakesBareStem(cands[i + 1][0].lemma))) {
            // A bare stem before an auxiliary or vector verb (कर देंगे, मार
            // डाला, लिख सकता); a noun before करना/होना/देना is a conjunct
            // verb's noun (काम किया, पहचान देने).
            pick[i] = verb;
          }
        }
        // A participle listed as an adjective (बढ़ता, बढ़ती) is the verb.
        if (verb >= 0 && c[pick[i]].upos == Upos::kADJ && c[pick[i]].lemma == f &&
            c[verb].feats->compare(0, 10, "Aspect=Imp") == 0) {
          pick[i] = verb;
        }
        // Adjective vs. noun: an adjective before a noun.
        const int adj = Find(c, Upos::kADJ);
        const int noun = Find(c, Upos::kNOUN);
        if (adj >= 0 && noun >= 0 && (pick[i] == adj || pick[i] == noun)) {
          pick[i] = next_nominal ? adj : noun;
        }
        // Unknown words: a name after a title or next to another name.
        if (c[0].source == Source::kGuess && c.size() > 1) {
          if (has_prev && (IsTitle(form(i - 1)) || prev_upos == Upos::kPROPN)) {
            choose(i, Upos::kPROPN);
          } else if (prev_upos == Upos::kDET) {
            choose(i, Upos::kNOUN);  // एक/इस/कई + unknown word: a common noun
          }
        }
      }
    }

    // A bare verb stem inside a run of names, not followed by a verb
    // (प्रधानमंत्री पुष्प कमल दहल प्रचंड): a name, not दहलना.
    if (c[pick[i]].upos == Upos::kVERB && *c[pick[i]].feats == "_" && c[pick[i]].source != Source::kClosed &&
        next_nominal && !IsVerbalFollower(next) && next != "कर") {
      bool named = false;
      for (size_t k = i; k > 0 && k + 3 > i; --k)
        named |= IsTitle(form(k - 1)) || upos_at(k - 1) == Upos::kPROPN;
      if (named) {
        c.insert(c.begin(), CandView{f, Upos::kPROPN, &kPropnGuessFeats, 0, Source::kGuess, {}});
        pick[i] = 0;
      }
    }
    // "बान की-मून": की joined by a hyphen to the next word is part of a
    // name, not the genitive; so is की right before a case marker, which
    // no genitive is ("आंग सान सू की को", "सू की ने").
    if (f == "की" && has_prev && (prev_upos == Upos::kPROPN || prev_upos == Upos::kNOUN) &&
        ((i + 2 < n && !toks[i].space_after && next == "-" && !toks[i + 1].space_after) ||
         (has_next && (next == "ने" || next == "को" || next == "से" || next == "पर" || next == "का" ||
                       next == "के" || next == "की" || next == "द्वारा")))) {
      c.insert(c.begin(), CandView{f, Upos::kPROPN, &kPropnGuessFeats, 0, Source::kGuess, {}});
      pick[i] = 0;
    }
    // जैसे: "as, as soon as" (SCONJ) at the start of a clause (जैसे ही, or
    // after a verb), else the postposition "like" (शहरों जैसे).
    if (f == "जैसे") {
      const bool clause = p == 0 || next == "ही" || prev_upos == Upos::kVERB ||
                          prev_upos == Upos::kAUX;
      choose(i, clause ? Upos::kSCONJ : Upos::kADP);
    }
    // से ज़्यादा / से अधिक ("more than"): a postposition in the treebanks.
    if (c.size() > 1 && c[0].upos == Upos::kDET && has_prev && form(i - 1) == "से") {
      choose(i, Upos::kADP);
    }
    // An adjectival reading before a noun (पहले कार्यकाल: पहला).
    if (c.size() > 1 && c[pick[i]].upos == Upos::kNOUN && next_nominal &&
        c[pick[i]].source == Source::kClosed) {
      choose(i, Upos::kADJ);
    }
    // लेकर: the postposition "about" after को (मुद्दे को लेकर), else लेना.
    if (f == "लेकर" && has_prev && form(i - 1) == "को") {
      c.insert(c.begin(), CandView{"ले", Upos::kADP, &kNoFeats, 0, Source::kClosed, {}});
      pick[i] = 0;
    }

    // Auxiliary verbs: जाना (passive), रहना (progressive), सकना, पाना,
    // पड़ना after a main verb.
    CandView& chosen = c[pick[i]];
    if (chosen.upos == Upos::kVERB && chosen.source != Source::kClosed) {
      const std::string_view l = chosen.lemma;
      if (l == "सकना") {
        chosen.upos = Upos::kAUX;
      } else if ((l == "जाना" || l == "रहना" || l == "पाना" || l == "पड़ना") && has_prev &&
                 is_verbish(i - 1)) {
        chosen.upos = Upos::kAUX;
        // कर रहा/रही/रहे: the progressive.
        if (l == "रहना" && chosen.feats->compare(0, 11, "Aspect=Perf") == 0) {
          chosen.feats = ProgressiveFeats(*chosen.feats);
        }
      }
    } else if (chosen.upos == Upos::kVERB && chosen.source == Source::kClosed &&
               chosen.lemma == "जाना" && has_prev && is_verbish(i - 1)) {
      chosen.upos = Upos::kAUX;
    }
  }

  for (size_t i = 0; i < n; ++i) {
    const CandView& c = cands[i][pick[i]];
    Token& t = toks[i];
    t.upos = c.upos;
    t.lemma.assign(c.lemma);
    const bool oblique = i + 1 < n && IsCaseMarker(toks[i + 1].text);
    if (t.text == "के" && c.upos == Upos::kADP && i + 1 < n &&
        IsPostpositionHead(toks[i + 1].text)) {
      t.lemma = "के";
      t.feats = "_";
      continue;
    }
    const bool bare = !oblique && i + 1 < n &&
                      (upos_at(i + 1) == Upos::kNOUN || upos_at(i + 1) == Upos::kPROPN);
    t.feats = CachedFeats(id_, *c.feats, c.lemma_classes, oblique, bare);
    if (t.key.empty()) t.key = MatchKey(t.text);
    if (t.lemma.empty() || t.lemma == "_") t.lemma_key = t.key;
    else if (!c.lemma_key.empty()) t.lemma_key.assign(c.lemma_key);
    else t.lemma_key = MatchKey(t.lemma);
    // A place name (PROPN-geo in the lexicon): the syntax stage ends a
    // person's name before it (मोदी | अमेरिका के दौरे पर).
    if (c.upos == Upos::kPROPN && (c.lemma_classes & morph::kGeo))
      t.feats = t.feats == "_" ? "NameType=Geo" : t.feats + "|NameType=Geo";
  }
}

// The project's lexicon files, by the ends of their names.
constexpr const char* kLexiconFiles[] = {"closed.tsv", "open.tsv", "suffixes.tsv"};

Result<std::unique_ptr<Morphology>> LoadFiles(
    const std::vector<std::pair<std::string, std::string>>& files, const MorphOptions& options) {
  Lexicon lex;
  DataErrors errors;
  bool seen[3] = {false, false, false};
  for (const auto& [name, text] : files) {
    int kind = -1;
    for (int k = 0; k < 3; ++k) {
      const std::string_view end = kLexiconFiles[k];
      if (name.size() >= end.size() && name.compare(name.size() - end.size(), end.size(), end) == 0 &&
          (name.size() == end.size() || name[name.size() - end.size() - 1] == '/'))
        kind = k;
    }
    if (kind < 0) return Status::InvalidArgument(name + ": not a lexicon file (closed.tsv, open.tsv, suffixes.tsv)");
    seen[kind] = true;
    if (kind == 0) lex.ParseClosed(text, name, &errors);
    else if (kind == 1) lex.ParseOpen(text, name, morph::LexSource::kOwn, &errors);
    else lex.ParseSuffixes(text, name, &errors);
  }
  for (int k = 0; k < 3; ++k) {
    if (!seen[k]) return Status::NotFound(std::string("lexicon: no ") + kLexiconFiles[k]);
  }
  if (errors.count() > 0) return errors.ToStatus();
  if (options.use_apertium && !options.apertium_dix.empty()) {
    bool ok = false;
    const std::string text = ReadFileOr(options.apertium_dix, &ok);
    if (ok) lex.ParseApertiumDix(text);
  }
  if (options.use_hunspell && !options.hunspell_dic.empty()) {
    bool ok = false;
    const std::string text = ReadFileOr(options.hunspell_dic, &ok);
    if (ok) lex.ParseHunspellDic(text);
  }
  lex.Finish();
  return std::unique_ptr<Morphology>(std::make_unique<MorphologyImpl>(std::move(lex)));
}

}  // namespace

Upos ParseUpos(std::string_view name) {
  for (int u = 0; u <= static_cast<int>(Upos::kVERB); ++u) {
    if (name == UposName(static_cast<Upos>(u))) return static_cast<Upos>(u);
  }
  return Upos::kX;
}

Result<std::unique_ptr<Morphology>> Morphology::Load(const std::string& data_dir,
                                                     const MorphOptions& options) {
  auto files = ReadDataFiles(data_dir + "/lexicon", {std::begin(kLexiconFiles), std::end(kLexiconFiles)},
                             /*full_names=*/true);
  if (!files.ok()) return files.status();
  return LoadFiles(*files, options);
}

Result<std::unique_ptr<Morphology>> Morphology::LoadFromMemory(
    const std::vector<std::pair<std::string, std::string>>& files, const MorphOptions& options) {
  return LoadFiles(files, options);
}

Result<std::unique_ptr<Morphology>> Morphology::Load(const std::string& data_dir) {
  MorphOptions options;
  if (const char* env = std::getenv("GHATNA_MORPH_APERTIUM")) {
    options.use_apertium = std::string(env) != "0";
  }
  if (const char* env = std::getenv("GHATNA_MORPH_HUNSPELL")) {
    options.use_hunspell = std::string(env) != "0";
  }
  return Load(data_dir, options);
}

}  // namespace ghatna
