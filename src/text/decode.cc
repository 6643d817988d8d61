// UTF-8 validation with precise errors, and repair of messy web text.
#include <cstdio>
#include <cstring>
#include <string>

#include "ghatna/text.h"

namespace ghatna {
namespace {

// Length of the valid sequence at s[i], or 0 with *reason set.
int ValidLength(std::string_view s, size_t i, const char** reason) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  int len;
  if (b0 < 0x80) return 1;
  if (b0 < 0xC0) {
    *reason = "unexpected continuation byte";
    return 0;
  }
  if (b0 < 0xC2) {
    *reason = "overlong encoding";
    return 0;
  }
  if (b0 < 0xE0) {
    len = 2;
  } else if (b0 < 0xF0) {
    len = 3;
  } else if (b0 < 0xF5) {
    len = 4;
  } else {
    *reason = "invalid lead byte";
    return 0;
  }
  for (int k = 1; k < len; ++k) {
    if (i + k >= s.size()) {
      *reason = "truncated sequence at end of input";
      return 0;
    }
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) {
      *reason = "truncated sequence";
      return 0;
    }
  }
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  if (len == 3) {
    if (b0 == 0xE0 && b1 < 0xA0) {
      *reason = "overlong encoding";
      return 0;
    }
    if (b0 == 0xED && b1 >= 0xA0) {
      *reason = "surrogate code point";
      return 0;
    }
  } else if (len == 4) {
    if (b0 == 0xF0 && b1 < 0x90) {
      *reason = "overlong encoding";
      return 0;
    }
    if (b0 == 0xF4 && b1 >= 0x90) {
      *reason = "code point above U+10FFFF";
      return 0;
    }
  }
  return len;
}

}  // namespace

Status DecodeUtf8Part(std::string_view bytes, std::string_view origin, DecodeMode mode,
                      DecodePosition* pos, std::string* out, DecodeStats* stats) {
  DecodeStats local;
  if (stats == nullptr) stats = &local;
  size_t i = 0;
  if (pos->byte == 0 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    i = 3;
    stats->had_bom = true;
  }
  out->reserve(out->size() + bytes.size());
  size_t run_start = i;  // start of a run of valid bytes not yet appended
  size_t line = pos->line;
  const char* data = bytes.data();
  const size_t n = bytes.size();
  while (i < n) {
    const auto b = static_cast<unsigned char>(data[i]);
    if (b < 0x80) {
      // ASCII: 8 bytes at a time while they last, counting line breaks.
      while (i + 8 <= n) {
        uint64_t w;
        std::memcpy(&w, data + i, 8);
        if (w & 0x8080808080808080ULL) break;
        const uint64_t x = w ^ 0x0A0A0A0A0A0A0A0AULL;
        const uint64_t z = (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
        if (z) line += __builtin_popcountll(z);
        i += 8;
      }
      if (i < n && static_cast<unsigned char>(data[i]) < 0x80) {
        if (data[i] == '\n') ++line;
        ++i;
      }
      continue;
    }
    // Fast path for 3-byte sequences (Devanagari is E0 A4 xx / E0 A5 xx).
    if (b >= 0xE0 && b <= 0xEF && i + 2 < n) {
      const auto b1 = static_cast<unsigned char>(data[i + 1]);
      const auto b2 = static_cast<unsigned char>(data[i + 2]);
      const bool second_ok = b == 0xE0   ? (b1 >= 0xA0 && b1 <= 0xBF)
                             : b == 0xED ? (b1 >= 0x80 && b1 <= 0x9F)
                                         : (b1 & 0xC0) == 0x80;
      if (second_ok && (b2 & 0xC0) == 0x80) {
        i += 3;
        continue;
      }
    }
    const char* reason = nullptr;
    const int len = ValidLength(bytes, i, &reason);
    if (len > 0) {
      i += len;
      continue;
    }
    if (mode == DecodeMode::kStrict) {
      char hex[8];
      std::snprintf(hex, sizeof(hex), "0x%02X", b);
      return Status::InvalidInput(std::string(origin) + ":" + std::to_string(line) +
                                  ": byte offset " + std::to_string(pos->byte + i) +
                                  ": invalid UTF-8 (" + reason + ", byte " + hex + ")");
    }
    out->append(data + run_start, i - run_start);
    out->append("\xEF\xBF\xBD");
    ++stats->replaced;
    // Skip the maximal invalid prefix: the lead byte and any continuation
    // bytes that follow it (one U+FFFD per broken sequence).
    ++i;
    while (i < n && (static_cast<unsigned char>(data[i]) & 0xC0) == 0x80) ++i;
    run_start = i;
  }
  out->append(data + run_start, n - run_start);
  pos->line = line;
  pos->byte += n;
  return Status::Ok();
}

Status DecodeUtf8(std::string_view bytes, std::string_view origin, DecodeMode mode,
                  std::string* out, DecodeStats* stats) {
  DecodeStats local;
  if (stats == nullptr) stats = &local;
  *stats = DecodeStats();
  out->clear();
  DecodePosition pos;
  return DecodeUtf8Part(bytes, origin, mode, &pos, out, stats);
}

}  // namespace ghatna
