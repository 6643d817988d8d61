// The sentence splitter and boilerplate filter (rules in docs/text.md).
#include <string>
#include <unordered_set>

#include "text/tokenizer.h"
#include "text/unicode.h"

namespace ghatna::text {
namespace {

// Sets of words looked up by string_view without allocating.
struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::u32string_view s) const { return std::hash<std::u32string_view>()(s); }
};
using Set = std::unordered_set<std::u32string, ViewHash, std::equal_to<>>;

std::u32string U32(std::string_view utf8) {
  NormalizedText n;
  NormalizeText(utf8, &n);
  return n.text;
}

Set MakeSet(std::initializer_list<const char*> words) {
  Set s;
  for (const char* w : words) s.insert(U32(w));
  return s;
}

// Titles and abbreviations whose full stop never ends a sentence.
const Set& Abbreviations() {
  static const Set kSet = MakeSet({
      "डॉ", "डा", "श्री", "श्रीमती", "सुश्री", "कु", "प्रो", "मो", "मु", "सं", "रु", "नं", "क्र",
      "पृ", "ले", "जन", "लि", "प्रा", "कं", "सेक्टर", "स्व", "पं", "उ", "द", "मि", "ग्रा", "कि",
      "मी", "पू", "सा", "वि", "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "Inc",
      "Ltd", "Co", "Corp", "No", "Gen", "Col", "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep", "Rev",
      "Hon", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
      "Dec", "approx", "Dept", "Fig", "Vol", "Mt", "Ft", "Rs", "Mrs", "Pvt", "Smt", "Shri"});
  return kSet;
}

// English letter names in Devanagari: initials (ए.के., यू.एन.).
const Set& LetterNames() {
  static const Set kSet = MakeSet({
      "ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ",
      "पी", "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्लू", "डब्ल्यू", "एक्स", "वाई", "जेड",
      "ज़ेड", "ज़ी", "पीटी"});
  return kSet;
}

// Letter names that are also common sentence-final words: initials only
// inside a chain (आई = came, पी = drank, जी = sir, सी = like).
const Set& AmbiguousLetterNames() {
  static const Set kSet = MakeSet({"आई", "पी", "जी", "सी", "ई"});
  return kSet;
}

// Words that cannot start a sentence: postpositions.
const Set& Postpositions() {
  static const Set kSet = MakeSet({"ने", "को", "से", "में", "का", "के", "की", "तक"});
  return kSet;
}

// Words after which a line break does not end the sentence. (Not की, which
// ends a headline as a verb as often as it ends a wrapped line as a
// postposition: "भारत ने पाकिस्तान से बातचीत रद्द की".)
const Set& Continuations() {
  static const Set kSet = MakeSet({"ने", "को", "से", "में", "पर", "का", "के", "तक",
                                   "और", "या", "कि", "तथा", "एवं", "व", "लेकिन", "किंतु",
                                   "परंतु", "मगर", "जो", "जिसे", "जिसमें", "द्वारा"});
  return kSet;
}

// Share-button words: a line made only of these (and punctuation) is dropped.
const Set& ShareWords() {
  static const Set kSet = MakeSet({
      "facebook", "twitter", "whatsapp", "telegram", "linkedin", "instagram", "email",
      "e-mail", "share", "copy", "link", "koo", "pinterest", "reddit", "x", "messenger",
      "फेसबुक", "फ़ेसबुक", "ट्विटर", "व्हाट्सऐप", "व्हाट्सएप", "वॉट्सऐप", "वॉट्सएप", "टेलीग्राम",
      "ईमेल", "ई-मेल", "शेयर", "करें", "कॉपी", "लिंक", "इंस्टाग्राम", "लिंक्डइन", "कू", "पर"});
  return kSet;
}
const Set& ShareAnchors() {  // at least one of these makes a share line
  static const Set kSet = MakeSet({
      "facebook", "twitter", "whatsapp", "telegram", "linkedin", "share", "फेसबुक", "फ़ेसबुक",
      "ट्विटर", "व्हाट्सऐप", "व्हाट्सएप", "वॉट्सऐप", "वॉट्सएप", "शेयर", "टेलीग्राम"});
  return kSet;
}

// Line openings that mark "read also" links and picture credits.
const std::vector<std::vector<std::u32string>>& BoilerplateOpenings() {
  static const auto* kList = [] {
    auto* v = new std::vector<std::vector<std::u32string>>();
    for (auto words : std::initializer_list<std::initializer_list<const char*>>{
             {"ये", "भी", "पढ़ें"}, {"यह", "भी", "पढ़ें"}, {"इसे", "भी", "पढ़ें"},
             {"ये", "भी", "पढ़िए"}, {"यह", "भी", "पढ़िए"}, {"ये", "भी", "देखें"},
             {"यह", "भी", "देखें"}, {"और", "पढ़ें"}, {"पढ़ें"}, {"also", "read"},
             {"read", "also"}, {"read", "more"}, {"इमेज", "स्रोत"}, {"इमेज", "कैप्शन"},
             {"वीडियो", "कैप्शन"}, {"तस्वीर", "स्रोत"}, {"फ़ोटो", "स्रोत"}, {"फोटो", "स्रोत"},
             {"image", "source"}, {"image", "caption"}, {"getty", "images"}}) {
      std::vector<std::u32string> seq;
      for (const char* w : words) seq.push_back(U32(w));
      v->push_back(std::move(seq));
    }
    return v;
  }();
  return *kList;
}

const Set& WholeLineBoilerplate();

// The words a boilerplate line can start with (a quick filter).
const Set& BoilerplateFirstWords() {
  static const Set kSet = [] {
    Set s = ShareWords();
    for (const auto& seq : BoilerplateOpenings()) s.insert(seq.front());
    for (const auto& w : WholeLineBoilerplate()) s.insert(w);
    return s;
  }();
  return kSet;
}

const Set& WholeLineBoilerplate() {
  static const Set kSet = MakeSet({"विज्ञापन", "advertisement", "sponsored", "स्पॉन्सर्ड"});
  return kSet;
}

class Splitter {
 public:
  Splitter(const NormalizedText& norm, std::string_view original,
           const std::vector<RawToken>& toks)
      : t_(norm.text), norm_(norm), original_(original), toks_(toks), n_(toks.size()) {}

  void Run(std::vector<SentenceRange>* out) {
    size_t first = 0;     // first token of the open sentence
    size_t line_end = 0;  // end of the current line
    size_t k = 0;
    while (k < n_) {
      if (k == line_end) {
        size_t m = k + 1;
        while (m < n_ && toks_[m].nl_before == 0) ++m;
        line_end = m;
        if (IsBoilerplate(k, m)) {
          if (first < k) out->push_back({uint32_t(first), uint32_t(k), false});
          out->push_back({uint32_t(k), uint32_t(m), true});
          first = k = m;
          continue;
        }
      }
      size_t last = k;  // the last token of the sentence if it ends here
      bool end_here = false;
      if (IsTerminal(k)) {
        last = AbsorbClosers(k, first);
        end_here = !NextContinues(last);
      }
      if (!end_here && last + 1 < n_) {
        if (toks_[last + 1].nl_before >= 2) {
          end_here = true;
        } else if (toks_[last + 1].nl_before == 1) {
          end_here = !LineContinues(last, last + 1);
        }
      }
      if (end_here || last + 1 == n_) {
        out->push_back({uint32_t(first), uint32_t(last + 1), false});
        first = last + 1;
      }
      k = last + 1;
    }
  }

 private:
  std::u32string_view Text(size_t k) const {
    return std::u32string_view(t_).substr(toks_[k].b, toks_[k].e - toks_[k].b);
  }
  bool Is(size_t k, std::u32string_view s) const { return k < n_ && Text(k) == s; }
  bool In(size_t k, const Set& set) const { return k < n_ && set.find(Text(k)) != set.end(); }
  bool InLower(size_t k, const Set& set) const {
    const std::u32string_view v = Text(k);
    if (v.size() > 24) return false;
    char32_t buf[24];
    for (size_t q = 0; q < v.size(); ++q) buf[q] = (v[q] >= 'A' && v[q] <= 'Z') ? v[q] + 32 : v[q];
    return set.find(std::u32string_view(buf, v.size())) != set.end();
  }
  // Token k follows token k-1 with no white space between.
  bool Attached(size_t k) const { return k < n_ && !toks_[k].space_before; }
  char32_t OriginalFirst(size_t k) const {
    const size_t b = norm_.byte[toks_[k].b];
    char32_t c = 0;
    if (b < original_.size()) DecodeValid(original_.data() + b, original_.data() + original_.size(), &c);
    return c;
  }

  bool IsBoilerplate(size_t a, size_t b) const {
    if (b - a > 40 || !InLower(a, BoilerplateFirstWords())) return false;
    if (b - a == 1 && InLower(a, WholeLineBoilerplate())) return true;
    for (const auto& seq : BoilerplateOpenings()) {
      if (seq.size() > b - a) continue;
      bool match = true;
      for (size_t q = 0; q < seq.size() && match; ++q) {
        std::u32string w(Text(a + q));
        for (char32_t& c : w) {
          if (c >= 'A' && c <= 'Z') c += 32;
        }
        match = w == seq[q];
      }
      // "पढ़ें" alone opens a link line only when a colon or dash follows.
      if (match && seq.size() == 1) {
        match = a + 1 < b && (Is(a + 1, U":") || Is(a + 1, U"-") || Is(a + 1, U"\u2014"));
      }
      if (match) return true;
    }
    if (b - a > 15) return false;
    bool anchor = false;
    for (size_t k = a; k < b; ++k) {
      const TokenKind kind = toks_[k].kind;
      if (kind == TokenKind::kPunct || kind == TokenKind::kSymbol || kind == TokenKind::kEmoji) {
        continue;
      }
      if (!InLower(k, ShareWords())) return false;
      anchor = anchor || InLower(k, ShareAnchors());
    }
    return anchor;
  }

  bool IsQuote(size_t k) const { return Is(k, U"\"") || Is(k, U"'"); }
  bool IsClosingBracket(size_t k) const { return Is(k, U")") || Is(k, U"]") || Is(k, U"}"); }

  // Whether token k ends a sentence by itself (before closers are absorbed).
  bool IsTerminal(size_t k) const {
    if (toks_[k].kind != TokenKind::kPunct) return false;
    const std::u32string_view s = Text(k);
    const char32_t c = s[0];
    if (c == 0x0964 || c == 0x0965 || c == '?' || c == '!') return true;
    if (s != U".") return false;
    // A full stop: not after an abbreviation or an initial.
    if (k > 0 && Attached(k)) {
      const size_t w = k - 1;
      if (In(w, Abbreviations())) return false;
      const bool chain = (w > 0 && Attached(w) && Is(w - 1, U".")) ||                // ए.के.
                         (w > 1 && !Attached(w) && Is(w - 1, U".") && IsInitial(w - 2)) ||  // ए. के.
                         (k + 2 < n_ && IsInitial(k + 1) && Is(k + 2, U".") && Attached(k + 2));
      if (IsInitial(w) && (chain || !In(w, AmbiguousLetterNames()))) return false;
    }
    // A full stop followed by a lowercase Latin word, a comma or a
    // postposition does not end a sentence.
    if (k + 1 < n_ && toks_[k + 1].nl_before == 0) {
      const char32_t d = t_[toks_[k + 1].b];
      if ((d >= 'a' && d <= 'z') || d == ',' || d == ';') return false;
      if (In(k + 1, Postpositions())) return false;
    }
    return true;
  }

  // A Devanagari letter name or a single Latin capital letter.
  bool IsInitial(size_t k) const {
    if (k >= n_) return false;
    const std::u32string_view s = Text(k);
    if (s.size() == 1 && s[0] >= 'A' && s[0] <= 'Z') return true;
    return toks_[k].kind == TokenKind::kWord && In(k, LetterNames());
  }

  // After a terminal at k, the closing quotes and brackets (and further
  // terminals) that belong to the same sentence. Returns the last one.
  size_t AbsorbClosers(size_t k, size_t first) const {
    size_t last = k;
    while (last + 1 < n_ && toks_[last + 1].nl_before == 0) {
      const size_t j = last + 1;
      const char32_t orig = OriginalFirst(j);
      if (orig == 0x201D || orig == 0x2019 || orig == 0x00BB) {  // ” ’ »: closing
        last = j;
        continue;
      }
      if (orig == 0x201C || orig == 0x2018 || orig == 0x00AB) break;  // opening
      if (!Attached(j)) break;
      if (IsClosingBracket(j) || (toks_[j].kind == TokenKind::kPunct && IsTerminal(j) &&
                                  !Is(j, U"."))) {
        last = j;
        continue;
      }
      if (IsQuote(j)) {
        // An ASCII quote right after the terminal closes the sentence's
        // quotation unless another word is glued to it and the quotes seen
        // so far are balanced (then it opens the next sentence).
        if (j + 1 >= n_ || !Attached(j + 1) || IsTerminal(j + 1) || Is(j + 1, U",")) {
          last = j;
          continue;
        }
        size_t count = 0;
        for (size_t q = first; q < j; ++q) count += Is(q, Text(j));
        if (count % 2 == 1) {
          last = j;
          continue;
        }
      }
      break;
    }
    return last;
  }

  // The token after `last` continues the sentence although a terminal came:
  // a comma or a postposition cannot start a sentence.
  bool NextContinues(size_t last) const {
    const size_t j = last + 1;
    if (j >= n_ || toks_[j].nl_before > 0) return false;
    return Is(j, U",") || Is(j, U";") || In(j, Postpositions());
  }

  // A single line break between tokens a and b (b starts a line): the
  // sentence goes on when the line clearly continues.
  bool LineContinues(size_t a, size_t b) const {
    if (toks_[a].kind == TokenKind::kPunct) {
      const std::u32string_view s = Text(a);
      if (s == U"," || s == U";" || s == U":" || s == U"-" || s == U"(" || s == U"[" ||
          s == U"\u2013" || s == U"\u2014") {
        return true;
      }
      const char32_t orig = OriginalFirst(a);
      if (orig == 0x201C || orig == 0x2018) return true;  // an opening quote
    }
    if (toks_[a].kind == TokenKind::kWord && In(a, Continuations())) return true;
    const std::u32string_view s = Text(b);
    if (s == U"," || s == U";" || s == U")" || s == U"]" || s == U"\u0964" || s == U"\u0965" ||
        s == U"?" || s == U"!" || s == U".") {
      return true;
    }
    if (In(b, Postpositions())) return true;
    const char32_t d = s[0];
    return d >= 'a' && d <= 'z' && toks_[b].kind == TokenKind::kLatin;
  }

  const std::u32string& t_;
  const NormalizedText& norm_;
  std::string_view original_;
  const std::vector<RawToken>& toks_;
  const size_t n_;
};

}  // namespace

void SplitSentences(const NormalizedText& norm, std::string_view original,
                    const std::vector<RawToken>& toks, std::vector<SentenceRange>* out) {
  Splitter(norm, original, toks).Run(out);
}

}  // namespace ghatna::text
