// Scare quotes: quote marks that set off a word or a label inside a clause
// ("अस्वीकार्य", 'आज़ाद') rather than open a quotation.

#include <string_view>
#include <vector>

#include "ghatna/text.h"

namespace ghatna {

namespace {

bool IsQuoteMark(const Token& t) { return t.kind == TokenKind::kPunct && (t.text == "\"" || t.text == "'"); }

// Punctuation inside a pair that makes it a quotation, or a clause of its
// own: an end of sentence, a comma, a colon, a dash.
bool EndsOrJoins(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.text == "।" || t.text == "." || t.text == "?" || t.text == "!" ||
                                         t.text == "," || t.text == ":" || t.text == "-" || t.text == "–" ||
                                         t.text == "—" || t.text == ";");
}

}  // namespace

void DropScareQuotes(Sentence* s) {
  constexpr size_t kMaxWords = 6;
  std::vector<Token>& t = s->tokens;
  std::vector<bool> drop(t.size(), false);
  bool any = false;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!IsQuoteMark(t[i])) continue;
    // Not a quotation opened after a verb of saying: "कहा, "…"", "बोले: "…"".
    if (i > 0 && EndsOrJoins(t[i - 1]) && t[i - 1].text != "।") continue;
    size_t j = i + 1;
    while (j < t.size() && j <= i + kMaxWords && t[j].text != t[i].text && !EndsOrJoins(t[j])) ++j;
    if (j >= t.size() || t[j].text != t[i].text || j == i + 1) continue;
    drop[i] = drop[j] = true;
    any = true;
    i = j;
  }
  if (!any) return;
  size_t keep = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (drop[i]) continue;
    if (keep != i) t[keep] = std::move(t[i]);
    ++keep;
  }
  t.resize(keep);
}

}  // namespace ghatna
