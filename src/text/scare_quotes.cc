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

bool DropScareQuotes(Sentence* s) {
  constexpr size_t kMaxWords = 6;
  std::vector<Token>& t = s->tokens;
  std::vector<bool> drop(t.size(), false);
  bool any = false;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!IsQuoteMark(t[i])) continue;
    size_t j = i + 1;
    while (j < t.size() && j <= i + kMaxWords && t[j].text != t[i].text && !EndsOrJoins(t[j])) ++j;
    const bool closed = j < t.size() && t[j].text == t[i].text && j > i + 1;
    // Not a quotation opened after a verb of saying ("कहा, "…"", "बोले:
    // "…"") nor one that holds a verb, when the morphology has tagged the
    // words ("पाकिस्तान ने कहा "भारत ने हमला किया""): past it, with its
    // closing mark, so that the mark opens nothing.
    bool verb = false;
    for (size_t k = i + 1; closed && k < j; ++k) verb |= t[k].upos == Upos::kVERB || t[k].upos == Upos::kAUX;
    if ((i > 0 && EndsOrJoins(t[i - 1]) && t[i - 1].text != "।") || verb) {
      if (closed) i = j;
      continue;
    }
    if (!closed) continue;
    drop[i] = drop[j] = true;
    any = true;
    i = j;
  }
  if (!any) return false;
  size_t keep = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (drop[i]) continue;
    if (keep != i) t[keep] = std::move(t[i]);
    ++keep;
  }
  t.resize(keep);
  return true;
}

}  // namespace ghatna
