// ghatna demo: the README's main job on the bundled examples: every article
// coded by the whole pipeline, its events printed as a readable table.
#include <algorithm>
#include <iostream>
#include <string_view>

#include "ghatna/text.h"

#include "command.h"
#include "ghatna/pipeline.h"

namespace ghatna::cli {
namespace {

// Display width of a UTF-8 string, approximately: code points that are not
// combining marks (Devanagari vowel signs, virama, nukta, anusvara).
int Width(const std::string& s) {
  int w = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    const bool combining = (cp >= 0x0900 && cp <= 0x0903) || (cp >= 0x093A && cp <= 0x094F) ||
                           (cp >= 0x0951 && cp <= 0x0957) || cp == 0x0962 || cp == 0x0963 ||
                           cp == 0x200C || cp == 0x200D;
    if (!combining) ++w;
    i += len;
  }
  return w;
}

// `s` without what a terminal would act on rather than show: C0 and C1
// control characters (escape sequences, line breaks, tabs become a space)
// and the bidirectional embedding and isolate controls.
std::string Printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const auto next = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
    if (c == '\t' || c == '\n' || c == '\r') {
      out.push_back(' ');
    } else if (c < 0x20 || c == 0x7F) {
      continue;
    } else if (c == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) {
      ++i;  // C1 controls U+0080..U+009F
    } else if (c == 0xE2 && next(1) == 0x80 && next(2) >= 0xAA && next(2) <= 0xAE) {
      i += 2;  // U+202A..U+202E
    } else if (c == 0xE2 && next(1) == 0x81 && next(2) >= 0xA6 && next(2) <= 0xA9) {
      i += 2;  // U+2066..U+2069
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string Pad(const std::string& s, int width) {
  int w = Width(s);
  return s + std::string(std::max(0, width - w), ' ');
}

std::string Clip(const std::string& s, int width) {
  if (Width(s) <= width) return s;
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    std::string next = out + s.substr(i, len);
    if (Width(next) > width - 1) break;
    out = next;
    i += len;
  }
  return out + "…";
}

Runner SetUp(CLI::App* app) {
  auto flags = std::make_shared<InputFlags>();
  auto data = std::make_shared<std::string>();
  AddInputFlags(app, flags.get(), {"table"});
  app->add_option("--data", *data, "Data directory (default: $GHATNA_DATA or the built-in path)");
  flags->format = "table";
  return [flags, data]() {
    PipelineOptions po;
    po.data_dir = FindDataDir(*data);
    auto pipe = Pipeline::Load(po);
    if (!pipe.ok()) {
      ReportError(pipe.status().ToString());
      return kExitInput;
    }
    Output out;
    PartNumbering numbering;
    return ForEachDocument(*flags, [&](Document& doc) {
      AnalyzeText(&doc);
      const int first = numbering.FirstSentence(doc);
      std::vector<Event> events = (*pipe)->Run(&doc);
      std::string& b = out.buffer();
      b.append("== ").append(Printable(doc.id));
      // A document read in parts: one table per part, sentences numbered on.
      if (doc.part > 0 || !doc.last_part) b.append(" (part ").append(std::to_string(doc.part + 1)).append(")");
      b.append(": ").append(std::to_string(doc.sentences.size()))
          .append(" sentences, ").append(std::to_string(events.size())).append(" events\n");
      if (!events.empty()) {
        b.append("  ").append(Pad("sent", 5)).append(Pad("source", 34)).append(Pad("event", 36))
            .append(Pad("target", 30)).append("trigger\n");
      }
      for (const Event& e : events) {
        std::string desc;
        CameoCodeInfo(e.code, nullptr, nullptr, nullptr, &desc);
        b.append("  ").append(Pad(std::to_string(first + e.sentence), 5));
        b.append(Pad(Clip(Printable(e.source.code + " " + e.source.text), 33), 34));
        b.append(Pad(Clip(e.code + " " + desc, 35), 36));
        b.append(Pad(Clip(Printable(e.target.code + " " + e.target.text), 29), 30));
        b.append(Printable(e.trigger.text)).append("\n");
      }
      b.append("\n");
      out.Flush();
      ReportCuts(doc);
      return Status::Ok();
    });
  };
}

const bool kDemo = RegisterCommand(
    {"demo", "Code articles and print their events as a readable table", &SetUp});

}  // namespace
}  // namespace ghatna::cli
