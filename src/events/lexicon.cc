#include "events/lexicon.h"

#include "ghatna/io.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "events/tables.h"
#include "syntax/lexicon.h"
#include "ghatna/text.h"
#include "text/unicode.h"

namespace ghatna::events {
namespace {

// Decodes one code point at s[*i] and advances *i past it.
char32_t NextCodePoint(std::string_view s, size_t* i) {
  char32_t cp;
  *i += text::DecodeValid(s.data() + *i, s.data() + s.size(), &cp);
  return cp;
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    out.emplace_back(s.substr(start, pos == std::string_view::npos ? pos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  for (std::string& w : Split(s, ' '))
    if (!w.empty()) out.push_back(std::move(w));
  return out;
}

// (The prefix's last byte first: IsDiscard asks it of every word, and that
// byte tells most words from a prefix without a call to memcmp.)
bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && (prefix.empty() || s[prefix.size() - 1] == prefix.back()) &&
         s.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

PhrasePat ParsePhrase(std::string_view s) {
  PhrasePat p;
  for (std::string& w : Words(s)) {
    WordPat wp;
    if (w.size() > 1 && w.back() == '*') {
      wp.prefix = true;
      w.pop_back();
    }
    wp.key = MatchKey(w);
    // कैदी* also matches the oblique plural कैदियों (ी shortened to ि).
    static const std::string kII = "\xE0\xA5\x80", kI = "\xE0\xA4\xBF";
    if (wp.prefix && EndsWith(wp.key, kII)) wp.alt = wp.key.substr(0, wp.key.size() - kII.size()) + kI;
    p.push_back(std::move(wp));
  }
  return p;
}


bool IsVowelSign(char32_t c) {
  return (c >= 0x093E && c <= 0x094C) || (c >= 0x0904 && c <= 0x0914);
}

char32_t LastCodePoint(std::string_view s) {
  size_t i = 0;
  char32_t last = 0;
  while (i < s.size()) last = NextCodePoint(s, &i);
  return last;
}

struct Irregular {
  const char* lemma;
  std::vector<std::pair<const char*, Form>> forms;
};

const std::vector<Irregular>& IrregularVerbs() {
  static const auto* kIrregular = new std::vector<Irregular>{
      {"करना", {{"किया", Form::kPerf}, {"की", Form::kPerf}, {"किए", Form::kPerf},
                {"किये", Form::kPerf}, {"कीं", Form::kPerf}, {"करें", Form::kSubj}}},
      {"देना", {{"दिया", Form::kPerf}, {"दी", Form::kPerf}, {"दिए", Form::kPerf},
                {"दिये", Form::kPerf}, {"दीं", Form::kPerf}, {"देगा", Form::kFut},
                {"देगी", Form::kFut}, {"देंगे", Form::kFut}, {"देंगी", Form::kFut},
                {"दें", Form::kSubj}}},
      {"लेना", {{"लिया", Form::kPerf}, {"ली", Form::kPerf}, {"लिए", Form::kPerf},
                {"लिये", Form::kPerf}, {"लीं", Form::kPerf}, {"लेगा", Form::kFut},
                {"लेगी", Form::kFut}, {"लेंगे", Form::kFut}, {"लें", Form::kSubj}}},
      {"जाना", {{"गया", Form::kPerf}, {"गई", Form::kPerf}, {"गयी", Form::kPerf},
                {"गए", Form::kPerf}, {"गये", Form::kPerf}, {"गईं", Form::kPerf}}},
      {"होना", {{"हुआ", Form::kPerf}, {"हुई", Form::kPerf}, {"हुए", Form::kPerf},
                {"हुईं", Form::kPerf}, {"होगा", Form::kFut}, {"होगी", Form::kFut},
                {"होंगे", Form::kFut}, {"हों", Form::kSubj}}},
  };
  return *kIrregular;
}

// Lemmas the coder reads around a trigger (vector verbs and auxiliaries).
const char* const kHelperLemmas[] = {"करना", "देना", "लेना", "जाना", "होना", "डालना",
                                      "बैठना", "पाना", "सकना", "चुकना", "रहना", "उठना",
                                      "चाहना", "कहना", "बताना"};

}  // namespace

std::string MatchKey(std::string_view word) { return ghatna::MatchKey(word); }

namespace {

// The order of a KeySet: by length, then bytes (most comparisons end at the
// length, without a memcmp).
struct ShorterFirst {
  bool operator()(std::string_view a, std::string_view b) const {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  }
};

}  // namespace

KeySet::KeySet(std::initializer_list<const char*> words) {
  for (const char* w : words) keys_.push_back(MatchKey(w));
  std::sort(keys_.begin(), keys_.end(), ShorterFirst());
  keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
}

bool KeySet::Contains(std::string_view key) const {
  return std::binary_search(keys_.begin(), keys_.end(), key, ShorterFirst());
}

int Lexicon::LemmaIndex(std::string_view lemma) const {
  auto it = lemma_index_.find(MatchKey(lemma));
  return it == lemma_index_.end() ? -1 : it->second;
}

int Lexicon::AddLemma(const std::string& lemma) {
  std::string key = MatchKey(lemma);
  auto it = lemma_index_.find(key);
  if (it != lemma_index_.end()) return it->second;
  int id = static_cast<int>(lemmas_.size());
  lemmas_.push_back(key);
  lemma_index_[key] = id;
  AddForms(id);
  return id;
}

void Lexicon::AddForms(int lemma) {
  const std::string& l = lemmas_[lemma];
  const std::string na = MatchKey("ना");
  if (!EndsWith(l, na)) return;
  const std::string stem = l.substr(0, l.size() - na.size());
  auto add = [&](const std::string& form, Form f) {
    auto& v = forms_[MatchKey(form)];
    for (const VerbForm& x : v)
      if (x.lemma == lemma) return;  // first reading of a form wins
    v.push_back({lemma, f});
  };
  for (const Irregular& irr : IrregularVerbs())
    if (MatchKey(irr.lemma) == l)
      for (const auto& [form, f] : irr.forms) add(form, f);
  const char32_t last = LastCodePoint(stem);
  const bool vowel = IsVowelSign(last);
  if (!vowel) {
    for (const char* s : {"ा", "ी", "े", "ीं"}) add(stem + s, Form::kPerf);
    for (const char* s : {"ेगा", "ेगी", "ेंगे", "ेंगी", "ूंगा", "ूंगी", "ोगे"}) add(stem + s, Form::kFut);
    for (const char* s : {"ें", "ूं"}) add(stem + s, Form::kSubj);
  } else if (last == 0x093E) {  // ा: लगा, जता, ठुकरा
    for (const char* s : {"या", "यी", "ई", "ए", "ये", "ईं"}) add(stem + s, Form::kPerf);
    for (const char* s : {"एगा", "एगी", "एंगे", "एंगी", "येगा", "येगी", "येंगे", "ऊंगा"})
      add(stem + s, Form::kFut);
    for (const char* s : {"एं", "यें"}) add(stem + s, Form::kSubj);
  } else {  // े, ो, ी: दे, हो, पी (perfectives listed as irregular)
    for (const char* s : {"गा", "गी", "ंगे", "ंगी"}) add(stem + s, Form::kFut);
    add(stem + "ं", Form::kSubj);
  }
  for (const char* s : {"ता", "ती", "ते", "तीं"}) add(stem + s, Form::kImpf);
  for (const char* s : {"ना", "ने", "नी"}) add(stem + s, Form::kInf);
  for (const char* s : {"कर", "के"}) add(stem + s, Form::kConv);
  add(stem, Form::kStem);
}

const std::vector<VerbForm>* Lexicon::Forms(std::string_view key) const {
  auto it = forms_.find(key);
  return it == forms_.end() ? nullptr : &it->second;
}

const std::vector<int>* Lexicon::VerbPatterns(int lemma) const {
  auto it = by_lemma_.find(lemma);
  return it == by_lemma_.end() ? nullptr : &it->second;
}

void Lexicon::NounCandidates(std::string_view key, std::vector<std::pair<int, int>>* out) const {
  out->clear();
  auto it = nouns_by_last_.find(key);
  if (it != nouns_by_last_.end()) out->insert(out->end(), it->second.begin(), it->second.end());
  for (const auto& [wp, cand] : nouns_by_prefix_)
    if (wp.Matches(key)) out->push_back(cand);
}

void Lexicon::VerbPatternsFor(int lemma, const std::vector<std::string_view>& keys, std::vector<int>* out) const {
  out->clear();
  if (auto it = by_lemma_open_.find(lemma); it != by_lemma_open_.end())
    out->insert(out->end(), it->second.begin(), it->second.end());
  if (auto it = by_lemma_noun_.find(lemma); it != by_lemma_noun_.end())
    for (std::string_view k : keys)
      if (auto n = it->second.find(k); n != it->second.end()) out->insert(out->end(), n->second.begin(), n->second.end());
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

bool Lexicon::IsNonEvent(std::string_view lemma_key) const {
  return nonevents_.find(lemma_key) != nonevents_.end();
}

const std::string* Lexicon::VictimRole(std::string_view lemma_key, bool passive) const {
  auto it = victims_.find(passive ? std::string(lemma_key) + " passive" : std::string(lemma_key));
  return it == victims_.end() ? nullptr : &it->second;
}

bool Lexicon::IsDiscard(std::string_view key) const {
  if (discard_.find(key) != discard_.end()) return true;
  for (const std::string& p : discard_prefix_)
    if (StartsWith(key, p)) return true;
  return false;
}

namespace {

// A hyphenated word may be one token (अदला-बदली) or three (अदला - बदली),
// as the tokeniser found it: both are listed.
std::vector<std::string> WithHyphenVariants(const std::string& field) {
  std::vector<std::string> alts;
  for (const std::string& alt : Split(field, '|')) {
    alts.push_back(alt);
    if (alt.find('-') != std::string::npos && alt.find(" - ") == std::string::npos) {
      // "अदला-बदली" is also written "अदला - बदली" and "अदला बदली".
      std::string spaced, open;
      for (char c : alt) {
        spaced += c == '-' ? std::string(" - ") : std::string(1, c);
        open += c == '-' ? ' ' : c;
      }
      alts.push_back(spaced);
      alts.push_back(open);
    }
  }
  return alts;
}

// A role key of a pattern: the subject, bare, का*, or a canonical marker.
bool RoleKey(const std::string& field, std::string* key, std::string* error) {
  std::string f = Trim(field);
  if (f == "bare" || f == "का*") {
    *key = f == "bare" ? std::string(kBareRole) : MatchKey(f);
    return true;
  }
  if (f == kResponderRole || f == kNextRole) {
    *key = f;
    return true;
  }
  const std::string canonical = syntax_internal::CanonicalMarker(f);
  if (!syntax_internal::IsCanonicalMarker(canonical)) {
    *error = "unknown role '" + f + "' (a postposition of the syntax stage, bare, का*, responder or next)";
    return false;
  }
  if (canonical != syntax_internal::FoldKey(f)) {
    *error = "role '" + f + "' is a variant of '" + canonical + "': use that name";
    return false;
  }
  *key = canonical;
  return true;
}

// A flag "NAME=ROLE|ROLE:CODE" (ifsource=, iftarget=) whose CODE is a CAMEO
// code: its roles and code; false when it has no colon or no such code.
bool RoleCodeFlag(const std::string& flag, std::vector<std::string>* roles, std::string* code) {
  const size_t eq = flag.find('=');
  const size_t colon = flag.rfind(':');
  if (eq == std::string::npos || colon == std::string::npos || colon < eq || !LookupCameo(flag.substr(colon + 1)))
    return false;
  for (const std::string& role : Split(flag.substr(eq + 1, colon - eq - 1), '|'))
    if (!role.empty()) roles->push_back(role);
  *code = flag.substr(colon + 1);
  return true;
}

}  // namespace

Result<std::unique_ptr<Lexicon>> Lexicon::Load(
    const std::vector<std::pair<std::string, std::string>>& files) {
  auto lex = std::unique_ptr<Lexicon>(new Lexicon());
  DataErrors errors;  // the loaders' convention (ghatna/io.h)
  auto error = [&](const std::string& file, int line, const std::string& reason) {
    errors.Add(file, line, reason);
  };
  for (const char* l : kHelperLemmas) lex->AddLemma(l);
  bool have_patterns = false, have_nouns = false;
  for (const auto& [name, content] : files) {
    const bool is_discard = name.find("discard") != std::string::npos;
    const bool is_nonevents = name.find("nonevents") != std::string::npos;
    const bool is_casualties = name.find("casualties") != std::string::npos;
    const bool is_nouns = !is_discard && !is_nonevents && !is_casualties && name.find("nouns") != std::string::npos;
    std::istringstream in(content);
    std::string raw;
    int n = 0;
    while (std::getline(in, raw)) {
      ++n;
      std::string line = raw;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (Trim(line).empty() || line[0] == '#') continue;
      std::vector<std::string> f = Split(line, '\t');
      if (is_nonevents) {
        // One predicate lemma a line; words separated by spaces.
        std::string key;
        for (const std::string& w : Words(Trim(line))) key += (key.empty() ? "" : " ") + MatchKey(w);
        if (key.empty() || line.find('\t') != std::string::npos) {
          error(name, n, "expected one predicate lemma (\"कहना\", \"चिंता जताना\")");
          continue;
        }
        lex->nonevents_[key] = true;
        continue;
      }
      if (is_casualties) {
        // predicate lemma, voice (active|passive), role of the victims.
        if (f.size() != 3) {
          error(name, n, "expected 3 tab-separated fields: predicate voice victim (got " +
                             std::to_string(f.size()) + ")");
          continue;
        }
        for (std::string& x : f) x = Trim(x);
        std::string key;
        for (const std::string& w : Words(f[0])) key += (key.empty() ? "" : " ") + MatchKey(w);
        bool roles_ok = !f[2].empty();
        for (const std::string& r : Split(f[2], '|')) roles_ok &= r == "subj" || r == "obj" || r == "का";
        if (key.empty() || (f[1] != "active" && f[1] != "passive") || !roles_ok) {
          error(name, n, "expected a predicate lemma, active or passive, and subj, obj or का (\"|\" between)");
          continue;
        }
        lex->victims_[f[1] == "passive" ? key + " passive" : key] = f[2];
        continue;
      }
      if (is_discard) {
        std::string w = Trim(line);
        // Listed by key and as written (so that a word can be checked
        // without computing its key).
        if (w.size() > 1 && w.back() == '*') {
          w.pop_back();
          lex->discard_prefix_.push_back(MatchKey(w));
          if (MatchKey(w) != w) lex->discard_prefix_.push_back(w);
        } else {
          // A phrase is listed by its first word and counted by it.
          const std::string first = Words(w)[0];
          lex->discard_[MatchKey(first)] = true;
          lex->discard_[first] = true;
        }
        continue;
      }
      const size_t want = is_nouns ? 6 : 7;
      if (f.size() != want) {
        error(name, n, is_nouns ? "expected 6 tab-separated fields: code noun source target needs flags (got " +
                                      std::to_string(f.size()) + ")"
                                : "expected 7 tab-separated fields: code noun verb source target needs flags (got " +
                                      std::to_string(f.size()) + ")");
        continue;
      }
      for (std::string& x : f) x = Trim(x);
      if (is_nouns) f.insert(f.begin() + 2, "-");  // no verb column
      Pattern p;
      p.origin = name + ":" + std::to_string(n);
      p.event_noun = is_nouns;
      if (f[0] != "-") {
        if (!LookupCameo(f[0])) { error(name, n, "unknown CAMEO code '" + f[0] + "'"); continue; }
        p.code = f[0];
      }
      bool bad = false;
      if (f[1] != "-")
        for (const std::string& alt : WithHyphenVariants(f[1])) {
          PhrasePat ph = ParsePhrase(alt);
          if (ph.empty()) { error(name, n, "empty noun alternative"); bad = true; break; }
          p.nouns.push_back(std::move(ph));
        }
      if (bad) continue;
      if (!is_nouns && f[2] != "-") {
        for (const std::string& alt : Split(f[2], '|')) {
          std::vector<std::string> w = Words(alt);
          if (w.empty() || !EndsWith(w.back(), "ना")) {
            error(name, n, "verb '" + alt + "' must end in a lemma ending in ना (करना, देना)");
            bad = true;
            break;
          }
          VerbAlt v;
          v.lemma = lex->AddLemma(w.back());
          w.pop_back();
          for (const std::string& x : w) v.fixed.push_back({MatchKey(x), false, {}});
          p.verbs.push_back(std::move(v));
        }
      }
      if (bad) continue;
      if (is_nouns && p.nouns.empty()) { error(name, n, "an event noun row needs a noun"); continue; }
      if (!is_nouns && p.verbs.empty()) { error(name, n, "a verb pattern needs a verb"); continue; }
      std::string why;
      if (f[3] != "-")
        for (const std::string& r : Split(f[3], '|')) {
          std::string key;
          if (!RoleKey(r, &key, &why)) { error(name, n, "source: " + why); bad = true; break; }
          p.sources.push_back(key);
        }
      if (f[4] != "-")
        for (const std::string& r : Split(f[4], '|')) {
          std::string key;
          if (!RoleKey(r, &key, &why)) { error(name, n, "target: " + why); bad = true; break; }
          p.targets.push_back(key);
        }
      if (bad) continue;
      if (f[5] != "-")
        for (const std::string& alt : WithHyphenVariants(f[5])) {
          PhrasePat ph = ParsePhrase(alt);
          if (!ph.empty()) p.needs.push_back(std::move(ph));
        }
      if (f[6] != "-")
        for (const std::string& flag0 : Split(f[6], ',')) {
          std::string flag = Trim(flag0);
          if (flag == "joint") p.joint = true;
          else if (flag == "allege") p.allege = true;
          else if (flag == "clause-target") p.clause_target = true;
          else if (flag == "no-embedded") p.no_embedded = true;
          else if (flag == "sport") p.sport = true;
          else if (flag == "contest") p.contest = true;
          else if (flag == "claim") p.claim = true;
          else if (flag == "meeting") p.meeting = true;
          else if (flag == "experiencer") p.experiencer = true;
          else if (flag == "made") p.made = true;
          else if (flag == "refusal") p.refusal = true;
          else if (flag == "label") p.label = true;
          else if (flag == "adversary") p.adversary = true;
          else if (flag == "complement") p.complement = true;
          else if (flag == "foreign") p.foreign = true;
          else if (flag.rfind("ifreb=", 0) == 0 && LookupCameo(flag.substr(6))) p.ifreb = flag.substr(6);
          else if (flag.rfind("ifhead=", 0) == 0 && LookupCameo(flag.substr(7))) p.ifhead = flag.substr(7);
          else if (flag.rfind("demanded=", 0) == 0 && LookupCameo(flag.substr(9))) p.demanded = flag.substr(9);
          else if (flag.rfind("agent=", 0) == 0 && flag.size() == 9) p.implied_agent = flag.substr(6);
          else if (flag.rfind("addressee=", 0) == 0 && flag.size() == 13) p.implied_addressee = flag.substr(10);
          else if (flag.rfind("body=IGO", 0) == 0 && flag.size() >= 11) p.body = flag.substr(5);
          // ifsource=COP|JUD:173, iftarget=CVL|EDU:175: the source's or the
          // target's role chooses the code.
          else if (flag.rfind("ifsource=", 0) == 0 && RoleCodeFlag(flag, &p.ifsource_roles, &p.ifsource_code)) {
            if (p.ifsource_roles.empty()) { error(name, n, "ifsource= names no role"); bad = true; }
          }
          else if (flag.rfind("iftarget=", 0) == 0 && RoleCodeFlag(flag, &p.iftarget_roles, &p.iftarget_code)) {
            if (p.iftarget_roles.empty()) { error(name, n, "iftarget= names no role"); bad = true; }
          }
          else { error(name, n, "unknown flag '" + flag + "'"); bad = true; }
        }
      if (bad) continue;
      const int id = static_cast<int>(lex->patterns_.size());
      if (is_nouns) {
        have_nouns = true;
        for (size_t a = 0; a < p.nouns.size(); ++a) {
          const WordPat& last = p.nouns[a].back();
          if (last.prefix) lex->nouns_by_prefix_.push_back({last, {id, static_cast<int>(a)}});
          else lex->nouns_by_last_[last.key].push_back({id, static_cast<int>(a)});
        }
      } else {
        have_patterns = true;
        for (const VerbAlt& v : p.verbs) {
          auto& list = lex->by_lemma_[v.lemma];
          if (list.empty() || list.back() != id) list.push_back(id);
          auto add = [id](std::vector<int>* ids) {
            if (ids->empty() || ids->back() != id) ids->push_back(id);
          };
          bool open = p.nouns.empty();
          for (const PhrasePat& noun : p.nouns) {
            if (noun.back().prefix) open = true;
            else add(&lex->by_lemma_noun_[v.lemma][noun.back().key]);
          }
          if (open) add(&lex->by_lemma_open_[v.lemma]);
        }
      }
      lex->patterns_.push_back(std::move(p));
    }
  }
  if (!have_patterns && errors.count() == 0) errors.Add("patterns.tsv: no verb patterns loaded");
  (void)have_nouns;
  if (errors.count() > 0) return errors.ToStatus();
  return lex;
}

}  // namespace ghatna::events
