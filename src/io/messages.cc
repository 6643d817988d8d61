// Messages for people: printable text and the text layer's limit warnings
// (ghatna/io.h).
#include <cstdio>
#include <string>

#include "ghatna/io.h"
#include "ghatna/text.h"

namespace ghatna {

std::string PrintableMessage(std::string_view s) {
  std::string out;
  std::string decoded;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len > 1 && i + len <= s.size() &&
        DecodeUtf8(s.substr(i, len), "", DecodeMode::kStrict, &decoded).ok()) {
      out.append(s.substr(i, len));
      i += len - 1;
      continue;
    }
    if (len == 1 && c >= 0x20 && c != 0x7F) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02X", c);
    out.append(buf);
  }
  return out;
}

std::string CutsWarning(std::string_view origin, std::string_view id, size_t sentences,
                        size_t words) {
  if (sentences == 0 && words == 0) return "";
  std::string m = PrintableMessage(origin) + ": warning: document " + PrintableMessage(id) + ": ";
  if (sentences > 0) {
    m += std::to_string(sentences) + (sentences == 1 ? " sentence" : " sentences") +
         " ended at " + std::to_string(kMaxSentenceTokens) + " tokens";
  }
  if (sentences > 0 && words > 0) m += ", ";
  if (words > 0) {
    m += std::to_string(words) + (words == 1 ? " cut" : " cuts") + " in words longer than " +
         std::to_string(kMaxWordLetters) + " letters";
  }
  return m + " (docs/text.md, limits)";
}

}  // namespace ghatna
