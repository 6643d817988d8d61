// The text layer: UTF-8 decoding, normalisation with a map back to the
// original, sentence splitting and tokenisation of Hindi news text.
//
//   ghatna::Document doc;
//   doc.text = "लवरोव ने गुटेरेस से बात की।";
//   ghatna::AnalyzeText(&doc);   // fills doc.sentences[i].tokens
#ifndef GHATNA_TEXT_H_
#define GHATNA_TEXT_H_

#include <string>
#include <string_view>

#include "ghatna/document.h"
#include "ghatna/status.h"

namespace ghatna {

enum class DecodeMode {
  kStrict,  // the first invalid sequence is an error
  kRepair,  // invalid sequences become U+FFFD and are counted
};

struct DecodeStats {
  size_t replaced = 0;   // invalid sequences replaced (kRepair)
  bool had_bom = false;  // a leading UTF-8 BOM was removed
};

// Validates `bytes` as UTF-8 and writes the decoded text (BOM removed, CRLF
// and lone CR kept as written: offsets count them) to *out. On failure in
// kStrict mode returns kInvalidInput with "ORIGIN:LINE: byte offset N:
// reason" and leaves *out unspecified.
Status DecodeUtf8(std::string_view bytes, std::string_view origin,
                  DecodeMode mode, std::string* out,
                  DecodeStats* stats = nullptr);

// Splits doc->text into sentences and tokens (replacing doc->sentences).
// doc->text must be valid UTF-8 (see DecodeUtf8).
void AnalyzeText(Document* doc);

}  // namespace ghatna

#endif  // GHATNA_TEXT_H_
