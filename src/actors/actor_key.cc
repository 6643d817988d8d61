// Match keys: the spelling-normalised form under which dictionary words and
// text words are compared, and the bases of inflected last words.
#include <string>
#include <string_view>
#include <vector>

#include "actors/dictionary_impl.h"
#include "ghatna/actors.h"
#include "text/unicode.h"

namespace ghatna {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::vector<std::string_view> SplitFormWords(std::string_view form) {
  std::vector<std::string_view> words;
  size_t i = 0, word_start = 0;
  auto flush = [&](size_t end) {
    if (end > word_start) words.push_back(form.substr(word_start, end - word_start));
  };
  while (i < form.size()) {
    size_t len = 1;
    bool sep = false;
    const char ch = form[i];
    // (Brackets too: "नेकपा (एनसीपी)" is the words नेकपा and एनसीपी, which
    // the recognizer matches across the brackets of the text.)
    if (ch == ' ' || ch == '\t' || ch == '-' || ch == '.' || ch == '(' || ch == ')') {
      sep = true;
    } else if (form.compare(i, 3, "\xE2\x80\x90") == 0 ||  // U+2010 hyphen
               form.compare(i, 3, "\xE2\x80\x91") == 0 ||  // U+2011 non-breaking hyphen
               form.compare(i, 3, "\xE2\x80\x93") == 0) {  // U+2013 en dash
      sep = true;
      len = 3;
    } else if (form.compare(i, 2, "\xC2\xA0") == 0) {  // no-break space
      sep = true;
      len = 2;
    }
    if (sep) {
      flush(i);
      word_start = i + len;
    }
    i += len;
  }
  flush(form.size());
  return words;
}

bool HasPluralEnding(std::string_view key) {
  for (std::string_view e : {"ियों", "ियां", "ओं", "एं", "ें", "ों"}) {
    if (EndsWith(key, e)) return true;
  }
  return false;
}

void InflectionBases(std::string_view key, std::vector<std::string>* out) {
  auto base = [&](std::string_view suffix) { return std::string(key.substr(0, key.size() - suffix.size())); };
  // मंत्रियों → मंत्री, प्रतिनिधियों → प्रतिनिधि.
  if (EndsWith(key, "ियों")) { out->push_back(base("ियों") + "ी"); out->push_back(base("ियों") + "ि"); return; }
  if (EndsWith(key, "ियां")) { out->push_back(base("ियां") + "ी"); out->push_back(base("ियां") + "ि"); return; }
  if (EndsWith(key, "ओं")) { out->push_back(base("ओं")); return; }
  if (EndsWith(key, "एं")) { out->push_back(base("एं")); return; }
  if (EndsWith(key, "ें")) { out->push_back(base("ें")); return; }
  if (EndsWith(key, "ों")) {
    out->push_back(base("ों"));
    out->push_back(base("ों") + "ा");
    out->push_back(base("ों") + "े");  // वालों → वाले, an entry's plural direct form
    return;
  }
  // Masculine oblique singular: दस्ते → दस्ता (never for two-letter words,
  // which are postpositions and pronouns: के, ने, से).
  if (EndsWith(key, "े") && key.size() > 6) out->push_back(base("े") + "ा");
}

}  // namespace ghatna
