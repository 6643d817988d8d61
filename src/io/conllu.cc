#include "ghatna/conllu.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>

namespace ghatna {
namespace {

bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// The value of "# key = value" comments; false if `line` is not that key.
bool CommentValue(std::string_view line, std::string_view key, std::string* value) {
  std::string_view rest = Trim(line.substr(1));
  if (!StartsWith(rest, key)) return false;
  rest = rest.substr(key.size());
  if (!rest.empty() && rest.front() != ' ' && rest.front() != '=' && rest.front() != '\t') {
    return false;  // "# textfoo" is not "# text"
  }
  rest = Trim(rest);
  if (!rest.empty() && rest.front() == '=') rest = Trim(rest.substr(1));
  value->assign(rest);
  return true;
}

bool HasSpaceAfterNo(std::string_view misc) {
  size_t pos = 0;
  while (pos <= misc.size()) {
    size_t bar = misc.find('|', pos);
    if (bar == std::string_view::npos) bar = misc.size();
    if (misc.substr(pos, bar - pos) == "SpaceAfter=No") return true;
    pos = bar + 1;
  }
  return false;
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

uint32_t CountCodePoints(std::string_view s) {
  uint32_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

Result<std::vector<ConlluSentence>> ParseConllu(std::string_view text,
                                                std::string_view origin) {
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  bool open = false;             // cur has comments or words
  int line_no = 0;
  auto where = [&]() { return std::string(origin) + ":" + std::to_string(line_no) + ": "; };
  auto finish = [&]() {
    if (open && !cur.words.empty()) out.push_back(std::move(cur));
    cur = ConlluSentence();
    open = false;
  };
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty()) {
      finish();
      continue;
    }
    if (!open) {
      open = true;
      cur.line = line_no;
    }
    if (line.front() == '#') {
      std::string value;
      if (CommentValue(line, "newdoc id", &value) || CommentValue(line, "newdoc", &value)) {
        cur.new_doc = cur.new_par = true;
        cur.doc_id = value;
      } else if (CommentValue(line, "newpar id", &value) || CommentValue(line, "newpar", &value)) {
        cur.new_par = true;
      } else if (CommentValue(line, "sent_id", &value)) {
        cur.sent_id = value;
      } else if (CommentValue(line, "text", &value)) {
        cur.text = value;
      }
      continue;
    }
    std::string_view cols[10];
    int n = 0;
    size_t cpos = 0;
    while (n < 10) {
      size_t tab = line.find('\t', cpos);
      if (tab == std::string_view::npos) {
        cols[n++] = line.substr(cpos);
        break;
      }
      cols[n++] = line.substr(cpos, tab - cpos);
      cpos = tab + 1;
      if (n == 10) return Status::InvalidInput(where() + "more than 10 tab-separated columns");
    }
    if (n != 10) {
      return Status::InvalidInput(where() + "expected 10 tab-separated columns, found " +
                                  std::to_string(n));
    }
    const std::string_view id = cols[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    if (size_t dash = id.find('-'); dash != std::string_view::npos) {
      ConlluMultiword mw;
      if (!ParseInt(id.substr(0, dash), &mw.first) || !ParseInt(id.substr(dash + 1), &mw.last) ||
          mw.first < 1 || mw.last < mw.first) {
        return Status::InvalidInput(where() + "bad multi-word token range \"" + std::string(id) +
                                    "\"");
      }
      mw.form = cols[1];
      mw.misc = cols[9];
      mw.space_after = !HasSpaceAfterNo(cols[9]);
      cur.multiwords.push_back(std::move(mw));
      continue;
    }
    ConlluWord w;
    if (!ParseInt(id, &w.id) || w.id < 1) {
      return Status::InvalidInput(where() + "bad word id \"" + std::string(id) + "\"");
    }
    if (w.id != static_cast<int>(cur.words.size()) + 1) {
      return Status::InvalidInput(where() + "word id " + std::to_string(w.id) + " out of order");
    }
    w.form = cols[1];
    w.lemma = cols[2];
    w.upos = cols[3];
    w.xpos = cols[4];
    w.feats = cols[5];
    if (cols[6] == "_") {
      w.head = -1;
    } else if (!ParseInt(cols[6], &w.head) || w.head < 0) {
      return Status::InvalidInput(where() + "bad head \"" + std::string(cols[6]) + "\"");
    }
    w.deprel = cols[7];
    w.deps = cols[8];
    w.misc = cols[9];
    w.space_after = !HasSpaceAfterNo(cols[9]);
    cur.words.push_back(std::move(w));
  }
  finish();
  // The first sentence always starts a document and a paragraph.
  if (!out.empty()) out.front().new_doc = out.front().new_par = true;
  return out;
}

Result<std::vector<ConlluSentence>> ReadConllu(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open: " + std::strerror(errno));
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  return ParseConllu(ss.str(), path);
}

std::vector<CodeSpan> GoldText::AllTokenSpans() const {
  std::vector<CodeSpan> all;
  for (const auto& s : tokens) all.insert(all.end(), s.begin(), s.end());
  return all;
}

std::vector<CodeSpan> GoldText::AllWordSpans() const {
  std::vector<CodeSpan> all;
  for (const auto& s : words) all.insert(all.end(), s.begin(), s.end());
  return all;
}

GoldText BuildGoldText(const std::vector<ConlluSentence>& sentences) {
  GoldText g;
  uint32_t cp = 0;  // code points in g.text so far
  auto append = [&](std::string_view s) {
    g.text.append(s);
    cp += CountCodePoints(s);
  };
  for (size_t si = 0; si < sentences.size(); ++si) {
    const ConlluSentence& sent = sentences[si];
    if (si > 0) append(sent.new_par || sent.new_doc ? "\n\n" : " ");
    // The sentence text: "# text", else rebuilt from the surface tokens.
    struct Surface {
      std::string_view form;
      int first_word, last_word;  // indexes into sent.words
      bool space_after;
    };
    std::vector<Surface> surface;
    {
      size_t mw = 0;
      for (size_t i = 0; i < sent.words.size(); ++i) {
        while (mw < sent.multiwords.size() && sent.multiwords[mw].last < sent.words[i].id) ++mw;
        if (mw < sent.multiwords.size() && sent.multiwords[mw].first == sent.words[i].id) {
          const ConlluMultiword& m = sent.multiwords[mw];
          const int last = std::min<int>(m.last, sent.words.size());
          surface.push_back({m.form, static_cast<int>(i), last - 1, m.space_after});
          i = last - 1;
          ++mw;
        } else {
          surface.push_back({sent.words[i].form, static_cast<int>(i), static_cast<int>(i),
                             sent.words[i].space_after});
        }
      }
    }
    std::string rebuilt;
    std::string_view stext = Trim(sent.text);
    if (stext.empty()) {
      for (size_t k = 0; k < surface.size(); ++k) {
        rebuilt.append(surface[k].form);
        if (surface[k].space_after && k + 1 < surface.size()) rebuilt.push_back(' ');
      }
      stext = rebuilt;
    }
    const uint32_t base = cp;
    append(stext);
    // Locate each surface token in stext.
    std::vector<CodeSpan> tok_spans;
    std::vector<CodeSpan> word_spans(sent.words.size());
    size_t bpos = 0;     // byte position in stext
    uint32_t cpos = 0;   // code point position in stext
    bool mismatch = false;
    auto advance_to = [&](size_t new_bpos) {
      cpos += CountCodePoints(stext.substr(bpos, new_bpos - bpos));
      bpos = new_bpos;
    };
    for (const Surface& t : surface) {
      size_t p = bpos;
      while (p < stext.size() && IsSpaceByte(stext[p])) ++p;
      advance_to(p);
      CodeSpan span;
      if (!t.form.empty() && stext.substr(bpos, t.form.size()) == t.form) {
        span.start = base + cpos;
        advance_to(bpos + t.form.size());
        span.end = base + cpos;
      } else {
        mismatch = true;
        const size_t found = t.form.empty() ? std::string_view::npos : stext.find(t.form, bpos);
        if (found != std::string_view::npos) {
          advance_to(found);
          span.start = base + cpos;
          advance_to(found + t.form.size());
          span.end = base + cpos;
        } else {
          // Consume as many non-space code points as the form has.
          uint32_t want = 0;
          for (size_t k = 0; k < t.form.size(); ++k) {
            const unsigned char c = t.form[k];
            if ((c & 0xC0) != 0x80 && !IsSpaceByte(t.form[k])) ++want;
          }
          span.start = base + cpos;
          size_t q = bpos;
          while (q < stext.size() && want > 0) {
            if (IsSpaceByte(stext[q])) break;
            ++q;
            while (q < stext.size() && (static_cast<unsigned char>(stext[q]) & 0xC0) == 0x80) ++q;
            --want;
          }
          advance_to(q);
          span.end = base + cpos;
        }
      }
      tok_spans.push_back(span);
      for (int w = t.first_word; w <= t.last_word; ++w) word_spans[w] = span;
    }
    if (mismatch) ++g.mismatched_sentences;
    CodeSpan sspan{base, base};
    if (!tok_spans.empty()) {
      sspan.start = tok_spans.front().start;
      sspan.end = tok_spans.back().end;
    }
    g.sentences.push_back(sspan);
    g.tokens.push_back(std::move(tok_spans));
    g.words.push_back(std::move(word_spans));
  }
  return g;
}

SpanScore ScoreSpans(const std::vector<CodeSpan>& gold, const std::vector<CodeSpan>& system) {
  SpanScore s;
  s.gold = gold.size();
  s.system = system.size();
  std::vector<CodeSpan> g = gold, y = system;
  std::sort(g.begin(), g.end());
  std::sort(y.begin(), y.end());
  size_t i = 0, j = 0;
  while (i < g.size() && j < y.size()) {
    if (g[i] == y[j]) {
      ++s.correct;
      ++i;
      ++j;
    } else if (g[i] < y[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return s;
}

std::vector<int> AlignSpans(const std::vector<CodeSpan>& gold,
                            const std::vector<CodeSpan>& system) {
  // System indexes per span, in order; each gold word takes the next unused.
  std::map<CodeSpan, std::vector<int>> by_span;
  for (size_t j = 0; j < system.size(); ++j) by_span[system[j]].push_back(static_cast<int>(j));
  std::map<CodeSpan, size_t> used;
  std::vector<int> out(gold.size(), -1);
  for (size_t i = 0; i < gold.size(); ++i) {
    auto it = by_span.find(gold[i]);
    if (it == by_span.end()) continue;
    size_t& k = used[gold[i]];
    if (k < it->second.size()) out[i] = it->second[k++];
  }
  return out;
}

}  // namespace ghatna
