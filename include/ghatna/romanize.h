// Romanisation of Devanagari: a lossless ISO 15919 transliteration, and a
// pronunciation-faithful Hindi romanisation (schwa deletion, nasal
// assimilation) for showing names and matching them against Latin-script
// dictionaries.
//
//   ghatna::RomanizeIso15919("लवरोव ने");  // "lavarōva nē"
//   ghatna::RomanizeHindi("लवरोव ने");     // "lavrov ne"
//   ghatna::RomanizeHindi("गुटेरेस");       // "guṭeres"
//
// Both functions are pure and thread-safe; they keep no state between calls.
// Characters outside the Devanagari block (Latin, digits, spaces, emoji,
// invalid UTF-8 bytes) are copied through unchanged.
#ifndef GHATNA_ROMANIZE_H_
#define GHATNA_ROMANIZE_H_

#include <string>
#include <string_view>

namespace ghatna {

// ISO 15919 transliteration of every Devanagari letter and sign: inherent
// vowels are written (क = ka, ए = ē, ओ = ō), ं = ṁ, ँ = m̐, ः = ḥ, nukta letters
// have their own Latin letters (क़ q, ख़ k͟h, ग़ ġ, ज़ z, ड़ ṛ, ढ़ ṛh, फ़ f, य़ ẏ),
// and a colon separates letters whose Latin spellings would otherwise merge
// (अइ = a:i versus ऐ = ai, क्ह = k:h versus ख = kh, क्ऐ = k:ai versus कै =
// kai). The mapping is injective: every Devanagari letter sequence can be
// recovered from the result (the unit test inverts it on random text).
// Devanagari digits, dandas and code points without an ISO 15919 letter (ॐ,
// stray vowel signs, Vedic marks) are copied through unchanged.
std::string RomanizeIso15919(std::string_view utf8);

// Hindi as it is pronounced, in the scheme of McGregor's Oxford Hindi-English
// Dictionary (lavrov, guṭeres, bhārat, kamlā, samajhnā, añjan, aṅk, saṃsad,
// cāṁd): word-final and medial inherent vowels that Hindi speakers drop are
// dropped, anusvara becomes the nasal of the following consonant, ṃ, or ṁ
// (vowel nasalisation), ज्ञ = gy. Devanagari digits become ASCII digits and
// । ॥ become "." ".."; everything else outside the Devanagari letters is
// copied. The result is a best guess for unseen words (names included); see
// docs/romanize.md for the rules and their measured accuracy.
std::string RomanizeHindi(std::string_view utf8);

// ASCII folding of a RomanizeHindi or RomanizeIso15919 result for loose
// matching against English spellings: diacritics dropped (ṭ→t, ā→a, ś→sh,
// ṣ→sh, ṅ ñ ṇ ṁ→n, r̥→ri, ḵẖ→kh, ġ→gh), lower case kept as is.
std::string FoldRomanToAscii(std::string_view roman_utf8);

}  // namespace ghatna

#endif  // GHATNA_ROMANIZE_H_
