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

std::string ActorMatchKey(std::string_view word, bool loose) {
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0; i < word.size();) {
    const auto b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {  // ASCII fast path: Latin forms are case-insensitive
      out.push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b + 32) : static_cast<char>(b));
      ++i;
      continue;
    }
    char32_t c;
    i += text::DecodeValid(word.data() + i, word.data() + word.size(), &c);
    switch (c) {
      case 0x200C: case 0x200D: case 0x00AD: case 0xFEFF: case 0x093C:  // ZWNJ ZWJ SHY BOM nukta
        continue;
      case 0x0958: c = 0x0915; break;  // क़ → क
      case 0x0959: c = 0x0916; break;  // ख़ → ख
      case 0x095A: c = 0x0917; break;  // ग़ → ग
      case 0x095B: c = 0x091C; break;  // ज़ → ज
      case 0x095C: c = 0x0921; break;  // ड़ → ड
      case 0x095D: c = 0x0922; break;  // ढ़ → ढ
      case 0x095E: c = 0x092B; break;  // फ़ → फ
      case 0x095F: c = 0x092F; break;  // य़ → य
      case 0x0929: c = 0x0928; break;  // ऩ → न
      case 0x0931: c = 0x0930; break;  // ऱ → र
      case 0x0934: c = 0x0933; break;  // ऴ → ळ
      case 0x0901: c = 0x0902; break;  // chandrabindu → anusvara
      default:
        if (loose) {
          switch (c) {
            case 0x0940: c = 0x093F; break;  // ी → ि
            case 0x0942: c = 0x0941; break;  // ू → ु
            case 0x0908: c = 0x0907; break;  // ई → इ
            case 0x090A: c = 0x0909; break;  // ऊ → उ
            case 0x0949: c = 0x093E; break;  // ॉ → ा
            case 0x0911: c = 0x0906; break;  // ऑ → आ
            case 0x0945: c = 0x0947; break;  // ॅ → े
            default: break;
          }
        }
        break;
    }
    text::AppendUtf8(c, &out);
  }
  text::FoldNasalClusters(&out, /*stops_only=*/true);
  return out;
}

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
    if (ch == ' ' || ch == '\t' || ch == '-' || ch == '.') {
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
    return;
  }
  // Masculine oblique singular: दस्ते → दस्ता (never for two-letter words,
  // which are postpositions and pronouns: के, ने, से).
  if (EndsWith(key, "े") && key.size() > 6) out->push_back(base("े") + "ा");
}

}  // namespace ghatna
