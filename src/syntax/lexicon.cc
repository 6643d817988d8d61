// Tables of the syntax stage. They are small closed classes of Hindi grammar
// (not open-class vocabulary), kept here as literal tables, one entry a line,
// and compiled once into hash maps (thread-safe static initialisation).
#include "syntax/lexicon.h"

#include "ghatna/text.h"
#include "text/word_hash.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace ghatna::syntax_internal {
namespace {

constexpr Role S = Role::kSource;
constexpr Role A = Role::kAddressee;
constexpr Role W = Role::kWith;
constexpr Role G = Role::kAgainst;
constexpr Role B = Role::kAbout;
constexpr Role L = Role::kLocation;
constexpr Role O = Role::kObject;
constexpr Role R = Role::kRecipient;

struct FrameRow {
  const char* words;  // "|"-separated verb lemmas or conjunct nouns
  Frame frame;
};

// Verb frames. A row lists verbs and conjunct nouns that share how they read
// से, को and पर. Unlisted verbs: से source, को object, पर location.
const FrameRow kFrames[] = {
    // Asking, urging, demanding: से is the one asked.
    {"आग्रह|अनुरोध|मांग|मांगना|अपील|निवेदन|आह्वान|आहवान|प्रार्थना|पूछना|कहना|सवाल|प्रश्न|"
     "गुजारिश|विनती|याचना|पूछताछ|अर्ज|दरख्वास्त|आवेदन|आशा|उम्मीद|अपेक्षा",
     {A, O, B, false}},
    // Meeting and talking: से is the partner; पर the topic.
    {"मिलना|मुलाकात|भेंट|बातचीत|बात|वार्ता|चर्चा|संपर्क|संवाद|परामर्श|मंत्रणा|"
     "समझौता|संधि|गठबंधन|करार|सहयोग|विचार-विमर्श|विमर्श|बहस|शादी|विवाह|"
     "साझेदारी|सौदा|डील|मिलकर|मिलाना|हाथ",
     {W, R, B, false}},
    // Fighting: से is the opponent; पर the target.
    {"लड़ना|लडना|युद्ध|संघर्ष|झगड़ा|झगडा|टकराव|झड़प|झडप|लड़ाई|लडाई|मुकाबला|"
     "जंग|भिड़ना|भिडना",
     {G, O, G, false}},
    // Attacking, accusing, sanctioning: पर is the target.
    {"हमला|आक्रमण|प्रहार|आरोप|प्रतिबंध|पाबंदी|गोलीबारी|बमबारी|फायरिंग|"
     "कार्रवाई|कार्यवाही|दबाव|निशाना|जुर्माना|शुल्क|टैक्स|कब्जा|चढ़ाई|चढाई|"
     "धावा|छापा|छापेमारी|रोक|आपत्ति|एतराज|दोष|इल्जाम",
     {S, O, G, false}},
    // Speaking about, deciding on: पर is the topic.
    {"बल|जोर|टिप्पणी|प्रतिक्रिया|विचार|ध्यान|सहमति|असहमति|हस्ताक्षर|दस्तखत|"
     "निर्णय|फैसला|चिंता|सोचना|गौर|प्रकाश|रोशनी|भरोसा|विश्वास|"
     "जानकारी|बयान|राय|मतदान|वोट|काम|जवाब|उत्तर|खेद|नाराजगी|संतोष|"
     "प्रसन्नता|खुशी|दुख|दुःख|अफसोस|शोक|स्पष्टीकरण|रिपोर्ट",
     {S, O, B, false}},
    // Giving, telling, sending: को is the recipient.
    {"देना|सौंपना|भेजना|बताना|दिखाना|सुनाना|लिखना|सिखाना|पहुंचाना|पहुँचाना|"
     "बेचना|दिलाना|सुझाना|समझाना|धन्यवाद|बधाई|शुभकामना|चेतावनी|निर्देश|"
     "आदेश|अनुमति|इजाजत|सलाह|सुझाव|धमकी|आश्वासन|न्योता|निमंत्रण|आमंत्रण|"
     "संदेश|पत्र|सूचना|प्रस्ताव|पेशकश|मदद|सहायता|समर्थन|मान्यता|सम्मान|"
     "पुरस्कार|सजा|दंड|वीजा|ऋण|कर्ज|हथियार|धन",
     {S, R, L, false}},
    // Dative subjects: को marks the experiencer.
    {"लगना|चाहिए|पड़ना|पडना|आवश्यकता|जरूरत|पता|मालूम|पसंद|याद|डर|भय|शर्म|"
     "अधिकार|हक|इच्छा|जानकारी|अनुभव|एहसास|अहसास|महसूस|संदेह|शक|यकीन|"
     "दिखना|दिखाई|सुनाई|होश|चोट|बुखार|आपत्ति",
     {S, O, B, true}},
};

// Nouns (and participial adjectives) that make a conjunct verb with a light
// verb: "आग्रह करना", "आरोप लगाना", "चिंता जताना", "गिरफ्तार करना".
const char* const kConjunctNouns =
    "आग्रह|अनुरोध|मांग|अपील|निवेदन|आह्वान|आहवान|प्रार्थना|मुलाकात|भेंट|बातचीत|बात|मना|"
    "वार्ता|चर्चा|हस्ताक्षर|दस्तखत|इनकार|इंकार|आलोचना|निंदा|भर्त्सना|हमला|आक्रमण|"
    "प्रहार|आरोप|चिंता|इच्छा|आशा|उम्मीद|विश्वास|भरोसा|समर्थन|विरोध|स्वागत|"
    "प्रशंसा|तारीफ|सराहना|धन्यवाद|बधाई|शुभकामना|घोषणा|ऐलान|फैसला|निर्णय|बल|"
    "जोर|ध्यान|प्रयास|कोशिश|मदद|सहायता|सहयोग|इस्तेमाल|उपयोग|प्रयोग|गिरफ्तार|"
    "रिहा|तैनात|आयोजित|आयोजन|नियुक्त|शुरू|शुरु|शुरुआत|प्रारंभ|प्रारम्भ|आरंभ|"
    "खत्म|समाप्त|बंद|जारी|पेश|प्रस्तुत|स्वीकार|अस्वीकार|खारिज|रद्द|पारित|लागू|"
    "तय|प्राप्त|हासिल|दौरा|यात्रा|मुकाबला|सामना|संघर्ष|युद्ध|लड़ाई|प्रतिबंध|"
    "पाबंदी|धमकी|चेतावनी|निर्देश|आदेश|अनुमति|इजाजत|सलाह|सुझाव|प्रस्ताव|वादा|"
    "आश्वासन|दावा|खंडन|पुष्टि|जिक्र|उल्लेख|टिप्पणी|प्रतिक्रिया|विचार|सवाल|प्रश्न|"
    "शिकायत|माफी|क्षमा|परहेज|बहिष्कार|समझौता|नेतृत्व|प्रतिनिधित्व|मध्यस्थता|"
    "बचाव|रक्षा|हत्या|कब्जा|नियंत्रण|गोलीबारी|बमबारी|फायरिंग|प्रदर्शन|हड़ताल|"
    "पालन|उल्लंघन|सम्मान|अपमान|भाग|हिस्सा|शामिल|सम्मिलित|केंद्रित|आकर्षित|व्यक्त|"
    "प्रकट|जाहिर|साझा|संपर्क|वापस|इंतजार|प्रतीक्षा|तलाश|जांच|पूछताछ|बरामद|जब्त|"
    "नष्ट|तबाह|घायल|रवाना|मौजूद|उपस्थित|खुलासा|अपहरण|आवश्यकता|जरूरत|पता|"
    "मालूम|पसंद|खेद|दुख|अफसोस|डर|भय|शर्म|याद|इस्तीफा|त्याग|मतदान|स्थापित|"
    "गठित|गठन|मजबूत|कमजोर|सुनिश्चित|संबोधित|सम्बोधित|आमंत्रित|निमंत्रित|मुक्त|"
    "स्पष्ट|उजागर|प्रभावित|नामित|निलंबित|बर्खास्त|सम्मानित|रोक|पूरा|तैयार|"
    "इकट्ठा|एकत्र|दर्ज|बहाल|काम|पहल|कार्रवाई|कार्यवाही|दबाव|निशाना|जवाब|उत्तर|"
    "भुगतान|खर्च|निवेश|व्यापार|अनुभव|महसूस|एहसास|संदेह|शक|यकीन|नाराजगी|"
    "संतोष|प्रसन्नता|खुशी|शोक|स्पष्टीकरण|बयान|हल|समाधान|सुधार|मजबूर|बाध्य|"
    "विवश|प्रेरित|प्रोत्साहित|सक्रिय|सफल|असफल|विफल|कामयाब|नाकाम|अनुमान|उपलब्ध|"
    "गिरफ़्तार|हल्ला|छापा|छापेमारी|धावा|चढ़ाई|सुनवाई|कोशिश|तैयारी|रिपोर्ट|"
    "आपत्ति|एतराज|सहमति|असहमति|सहमत|असहमत|इशारा|संकेत|आलोचना|अध्ययन|"
    "विश्लेषण|निगरानी|देखभाल|पीछा|अनदेखी|अनदेखा|नजरअंदाज|स्थगित|निरस्त|"
    "मंजूर|मंजूरी|स्वीकृत|स्वीकृति|पास|अदा|प्रदान|प्रसारित|प्रकाशित|जमा|"
    "विकसित|निर्मित|निर्माण|गठबंधन|विलय|मुहैया|उपलब्ध|हस्तांतरित|हस्तक्षेप|पार|"
    "प्रवेश|शिरकत|मुकदमा|सलाम|नमस्कार|प्रणाम|अभिवादन|चोट|वार|फोन|ट्वीट|आत्महत्या|जिम्मेदारी|तलब|"
    "सफर|मतभेद|झगड़ा|बहस|मेल|सुलह|शांति|युद्धविराम|संघर्षविराम|जानकारी|बुखार|"
    "खाली|संकल्प|जुर्माना|शहीद|आंदोलन|अभ्यास|बर्दाश्त|सहन|धूम्रपान|मेजबानी|सजा|"
    "कदम|राहत|मौत|पुष्टि|गुजारिश|अनुरोध|प्रतिज्ञा|शपथ|ऐतराज|बलात्कार|गोली|"
    "स्थानांतरित|बहाली|निष्कासित|बेदखल|रिहाई|नजरबंद|कैद|हिरासत|अगवा|ढेर|नजर|"
    "कम|आगाह|पैदा|ज्यादा|अधिक|साबित|सिद्ध|प्रोन्नत|सहायक|अंकुरित|नापसंद|"
    "इस्तेमाल|प्रचार|प्रसार|वृद्धि|कटौती|बढ़ोतरी|बढ़ोत्तरी|आयात|निर्यात|"
    "ध्वस्त|बहिष्कृत|प्रतिबंधित|सील|जाम|चालू|शुरु|रवाना|हस्तगत|खड़ा|खड़े|डेरा|तोड़फोड़|आगजनी|आग|स्वीकार्य|सहनीय|उचित|जायज|"
    // (Names of wrongdoing: दखल देना, सफाया करना; a judgement with होना,
    // "… का यह कदम आंतरिक मामलों में दखल है".)
    "दखल|दखलअंदाजी|सफाया|नरसंहार|साजिश|षड्यंत्र|धोखा|तख्तापलट|दिखावा|नाटक|विश्वासघात|आक्रामकता|"
    // (Soldiers killed on duty, "20 भारतीय जवान बलिदान हो गए".)
    "बलिदान";

const char* const kLightVerbs =
    "करना|होना|देना|लेना|लगाना|जताना|रखना|दिलाना|उठाना|मारना|आना|पाना|लगना|"
    "बनाना|बनना|जाना|साधना|बरतना|भरना|छोड़ना|खाना|डालना|पहुंचाना|मिलना|कराना|"
    "करवाना|दिखाना|चलाना|निभाना|फेंकना|ठहराना|हटाना|थोपना|ढाना|सुनाना|मांगना|"
    "रहना";

struct PostpositionRow {
  const char* words;  // space-separated tokens
  Role role;
};

// Postpositions, simple and compound. The longest match wins.
const PostpositionRow kPostpositions[] = {
    {"ने", Role::kSubject}, {"को", Role::kObject}, {"से", Role::kSource},
    {"में", Role::kLocation}, {"मे", Role::kLocation}, {"पर", Role::kLocation},
    {"तक", Role::kOther}, {"का", Role::kOther}, {"के", Role::kOther},
    {"की", Role::kOther}, {"द्वारा", Role::kPassiveAgent},
    {"समेत", Role::kOther}, {"सहित", Role::kOther}, {"बिना", Role::kOther},
    {"प्रति", Role::kOther}, {"वाला", Role::kOther}, {"वाले", Role::kOther},
    {"वाली", Role::kOther}, {"वालों", Role::kOther}, {"संग", Role::kWith}, {"विरुद्ध", Role::kAgainst},
    {"खिलाफ", Role::kAgainst}, {"लिए", Role::kOther}, {"लिये", Role::kOther},
    {"के बारे में", Role::kAbout}, {"के विषय में", Role::kAbout},
    {"के संबंध में", Role::kAbout}, {"के सम्बन्ध में", Role::kAbout},
    {"के संदर्भ में", Role::kAbout}, {"के बाबत", Role::kAbout},
    {"को लेकर", Role::kAbout}, {"के मुद्दे पर", Role::kAbout},
    {"के विरुद्ध", Role::kAgainst}, {"के खिलाफ", Role::kAgainst},
    {"के विरोध में", Role::kAgainst}, {"की खिलाफत में", Role::kAgainst},
    {"की ओर से", Role::kSource}, {"की तरफ से", Role::kSource},
    {"के हवाले से", Role::kSource}, {"में से", Role::kSource},
    {"पर से", Role::kSource}, {"की ओर", Role::kOther}, {"की तरफ", Role::kOther},
    {"के साथ", Role::kWith}, {"के साथ-साथ", Role::kOther},
    {"के साथ साथ", Role::kOther}, {"के साथ - साथ", Role::kOther}, {"के संग", Role::kWith},
    {"के सहयोग से", Role::kWith}, {"के साथ मिलकर", Role::kWith},
    {"से मिलकर", Role::kWith},
    {"के अनुसार", Role::kOther}, {"के मुताबिक", Role::kOther},
    {"के बीच", Role::kOther}, {"के मध्य", Role::kOther},
    {"के लिए", Role::kOther}, {"के लिये", Role::kOther},
    {"के द्वारा", Role::kPassiveAgent}, {"के हाथों", Role::kPassiveAgent}, {"के जरिए", Role::kOther},
    {"के जरिये", Role::kOther}, {"के माध्यम से", Role::kOther},
    {"के दौरान", Role::kOther}, {"के बाद", Role::kOther},
    {"के पहले", Role::kOther}, {"से पहले", Role::kOther},
    {"के पूर्व", Role::kOther}, {"से पूर्व", Role::kOther},
    {"के उपरांत", Role::kOther}, {"के पश्चात", Role::kOther},
    {"के तहत", Role::kOther}, {"के अंतर्गत", Role::kOther},
    {"के अन्तर्गत", Role::kOther}, {"के प्रति", Role::kOther},
    {"के कारण", Role::kOther}, {"की वजह से", Role::kOther},
    {"के चलते", Role::kOther}, {"के अलावा", Role::kOther},
    {"के अतिरिक्त", Role::kOther}, {"से इतर", Role::kOther}, {"के इतर", Role::kOther},
    {"के बजाय", Role::kOther},
    {"के बजाए", Role::kOther}, {"के रूप में", Role::kOther},
    {"के तौर पर", Role::kOther}, {"के पास", Role::kLocation},
    {"के अंदर", Role::kLocation}, {"के अन्दर", Role::kLocation},
    {"के भीतर", Role::kLocation}, {"के बाहर", Role::kLocation},
    {"के ऊपर", Role::kLocation}, {"के नीचे", Role::kLocation},
    {"के सामने", Role::kLocation}, {"के समक्ष", Role::kLocation},
    {"के पीछे", Role::kLocation}, {"के आसपास", Role::kLocation},
    {"के निकट", Role::kLocation}, {"के नजदीक", Role::kLocation},
    {"के करीब", Role::kLocation}, {"से लेकर", Role::kOther},
    {"की मदद से", Role::kOther}, {"के समय", Role::kOther},
    {"की मौजूदगी में", Role::kOther}, {"की उपस्थिति में", Role::kOther},
    {"के बदले", Role::kOther}, {"की तुलना में", Role::kOther},
    {"के मुकाबले", Role::kOther}, {"के बावजूद", Role::kOther},
    {"के स्थान पर", Role::kOther}, {"की जगह", Role::kOther},
    {"के लिहाज से", Role::kOther}, {"के हित में", Role::kOther},
    {"के पक्ष में", Role::kOther}, {"की ओर से भी", Role::kSource},
    {"के बग़ैर", Role::kOther}, {"के बिना", Role::kOther},
    {"के सिवा", Role::kOther}, {"के सिवाय", Role::kOther},
    {"के मद्देनजर", Role::kOther}, {"के नाते", Role::kOther},
    {"की खातिर", Role::kOther}, {"के वास्ते", Role::kOther},
    {"तक के", Role::kOther},
    {"जैसे", Role::kOther}, {"जैसी", Role::kOther}, {"जैसा", Role::kOther},
    {"आदि", Role::kOther}, {"इत्यादि", Role::kOther}, {"वगैरह", Role::kOther},
    {"वगैरा", Role::kOther},
};

// Variants of one postposition, as the event patterns name them
// (CanonicalMarker): variant, canonical name.
const std::pair<const char*, const char*> kMarkerAliases[] = {
    {"के", "का"}, {"की", "का"}, {"मे", "में"}, {"में से", "में"},
    {"के विरुद्ध", "के खिलाफ"}, {"के विरोध में", "के खिलाफ"}, {"की खिलाफत में", "के खिलाफ"},
    {"खिलाफ", "के खिलाफ"}, {"विरुद्ध", "के खिलाफ"},
    {"के मध्य", "के बीच"}, {"के दरम्यान", "के बीच"},
    {"के संग", "के साथ"}, {"संग", "के साथ"}, {"के साथ मिलकर", "के साथ"},
    {"से मिलकर", "के साथ"}, {"के सहयोग से", "के साथ"},
    {"के द्वारा", "द्वारा"}, {"की ओर से", "द्वारा"}, {"की तरफ से", "द्वारा"},
    {"की ओर से भी", "द्वारा"}, {"के हाथों", "द्वारा"},
    {"के मुताबिक", "के अनुसार"}, {"के लिये", "के लिए"}, {"लिए", "के लिए"}, {"लिये", "के लिए"},
    {"को लेकर", "के बारे में"}, {"के संबंध में", "के बारे में"},
    {"के सम्बन्ध में", "के बारे में"}, {"के विषय में", "के बारे में"},
    {"के बाबत", "के बारे में"}, {"के संदर्भ में", "के बारे में"},
    {"के मुद्दे पर", "के बारे में"},
    {"के सामने", "के समक्ष"}, {"के तहत", "के अंतर्गत"}, {"के अन्तर्गत", "के अंतर्गत"},
    {"की तरफ", "की ओर"}, {"प्रति", "के प्रति"}, {"के पहले", "से पहले"},
};

// Pronouns with a fused case: ergative (ने), dative/accusative (को), genitive.
const char* const kFusedNe =
    "उन्होंने|उसने|इन्होंने|इसने|मैंने|हमने|तुमने|आपने|जिसने|जिन्होंने|किसने|"
    "किन्होंने|सबने|किसीने";
const char* const kFusedKo =
    "मुझे|हमें|तुम्हें|तुझे|उन्हें|उसे|इन्हें|इसे|जिसे|जिन्हें|किसे|किन्हें|"
    "हमको|मुझको|उनको|उसको|इनको|इसको|आपको|सबको|किसीको";
const char* const kFusedKa =
    "उसका|उसके|उसकी|उनका|उनके|उनकी|इसका|इसके|इसकी|इनका|इनके|इनकी|मेरा|मेरे|"
    "मेरी|हमारा|हमारे|हमारी|तुम्हारा|तुम्हारे|तुम्हारी|आपका|आपके|आपकी|अपना|"
    "अपने|अपनी|जिसका|जिसके|जिसकी|जिनका|जिनके|जिनकी|किसका|किसके|किसकी|"
    "तेरा|तेरे|तेरी|सबका|सबके|सबकी";
const char* const kFusedSe = "उससे|उनसे|इससे|इनसे|मुझसे|हमसे|तुमसे|जिससे|जिनसे|किससे|आपसे";
const char* const kFusedMe = "उसमें|उनमें|इसमें|इनमें|जिसमें|जिनमें|किसमें|जहां|जहाँ|यहां|वहां";
const char* const kFusedPar = "उसपर|उनपर|इसपर|इनपर|जिसपर|जिनपर";

const char* const kRelativeWords =
    "जो|जिसने|जिन्होंने|जिसे|जिन्हें|जिसमें|जिनमें|जिसका|जिसके|जिसकी|जिनका|"
    "जिनके|जिनकी|जिससे|जिनसे|जिसपर|जिनपर|जहां|जहाँ|जिस|जिन";

const char* const kTimeNouns =
    "सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|वीरवार|शुक्रवार|शनिवार|रविवार|"
    "दिन|साल|वर्ष|बरस|महीना|महीने|माह|मास|सप्ताह|हफ्ता|हफ्ते|समय|वक्त|आज|कल|"
    "परसों|अब|रात|सुबह|शाम|दोपहर|घंटा|घंटे|मिनट|सदी|शताब्दी|दशक|जनवरी|फरवरी|"
    "मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|"
    "नवम्बर|दिसंबर|दिसम्बर|तारीख|दौरान|बाद|पहले|दिनों|सालों|वर्षों|सुबह-सुबह|"
    "फिलहाल|हाल|अवधि|मौके|मौका|अवसर|बार|बार-बार|अभी|तभी|कभी|पूर्व|बजे";

// Nouns that make a manner adverb with से ("गंभीरता से विचार करने की
// अपील"): not an addressee, source or partner.
const char* const kMannerNouns =
    "गंभीरता|गम्भीरता|सख्ती|सख़्ती|मजबूती|मज़बूती|तेजी|तेज़ी|कड़ाई|ईमानदारी|सावधानी|प्रमुखता|"
    "शालीनता|विनम्रता|दृढ़ता|स्पष्टता|सक्रियता|गहराई|बारीकी|सिरे";

// Documents something is said or done in (X की रिपोर्ट में कहा गया है):
// a passive there speaks or acts for the document's owner.
// Nouns of a means or help: "X की मध्यस्थता से", "X की मदद से" says through
// whom, not with whom.
const char* const kMeansNouns = "मध्यस्थता|पहल|मदद|सहायता|सहयोग|कोशिश|कोशिशों|प्रयास|प्रयासों|दबाव|हस्तक्षेप";

const char* const kDocumentNouns =
    "रिपोर्ट|बयान|पत्र|चिट्ठी|घोषणापत्र|विज्ञप्ति|अधिसूचना|संदेश|हलफनामे|हलफनामा|आरोपपत्र|प्रस्ताव";

const char* const kPhraseConjunctions = "और|तथा|एवं|व|या|अथवा|एवम्";
const char* const kClauseConjunctions =
    "और|तथा|एवं|व|या|अथवा|लेकिन|किंतु|किन्तु|परंतु|परन्तु|मगर|बल्कि|इसलिए|"
    "अतः|फिर|तब|वरना|अन्यथा|जबकि";

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= s.size()) {
    size_t e = s.find(sep, b);
    if (e == std::string_view::npos) e = s.size();
    if (e > b) out.emplace_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

// Transparent hashing: lookups by string_view without building a string.
using KeyHash = text::WordHash;
using KeySet = std::unordered_set<std::string, KeyHash, std::equal_to<>>;
template <typename V>
using KeyMap = std::unordered_map<std::string, V, KeyHash, std::equal_to<>>;

KeySet MakeSet(const char* words) {
  KeySet set;
  for (const std::string& w : Split(words, '|')) set.insert(FoldKey(w));
  return set;
}

struct Tables {
  KeyMap<Frame> frames;
  KeySet conjunct_nouns, light_verbs, relative, time_nouns, manner_nouns, means_nouns, document_nouns, phrase_conj,
      clause_conj;
  KeyMap<std::string> fused;
  // Postpositions by their first word, those of two words or more also by
  // their second (a word such as के starts dozens): (word keys, name, role),
  // longest first.
  struct Pp {
    std::vector<std::string> words;
    std::string name;
    Role role;
  };
  struct PpsOfWord {
    KeyMap<std::vector<Pp>> by_second;  // two words or more
    std::vector<Pp> single;             // the word alone
  };
  KeyMap<PpsOfWord> postpositions;
  KeyMap<std::string> marker_alias;  // folded variant -> canonical name
  KeySet canonical_markers;

  std::unordered_map<std::string, Role> role_of_marker;  // folded postposition -> its role
  KeyMap<WordFacts> facts;  // every word of the above tables
  Tables() {
    for (const FrameRow& row : kFrames) {
      for (const std::string& w : Split(row.words, '|')) {
        frames.emplace(FoldKey(w), row.frame);  // the first row listing a word wins
      }
    }
    conjunct_nouns = MakeSet(kConjunctNouns);
    light_verbs = MakeSet(kLightVerbs);
    relative = MakeSet(kRelativeWords);
    time_nouns = MakeSet(kTimeNouns);
    manner_nouns = MakeSet(kMannerNouns);
    means_nouns = MakeSet(kMeansNouns);
    document_nouns = MakeSet(kDocumentNouns);
    phrase_conj = MakeSet(kPhraseConjunctions);
    clause_conj = MakeSet(kClauseConjunctions);
    const std::pair<const char*, const char*> fused_rows[] = {
        {kFusedNe, "ने"}, {kFusedKo, "को"}, {kFusedKa, "का"},
        {kFusedSe, "से"}, {kFusedMe, "में"}, {kFusedPar, "पर"}};
    for (const auto& [words, c] : fused_rows) {
      for (const std::string& w : Split(words, '|')) fused.emplace(FoldKey(w), c);
    }
    for (const PostpositionRow& row : kPostpositions) {
      Pp pp;
      pp.name = row.words;
      pp.role = row.role;
      for (const std::string& w : Split(row.words, ' ')) pp.words.push_back(FoldKey(w));
      PpsOfWord& of_first = postpositions[pp.words[0]];
      if (pp.words.size() == 1) of_first.single.push_back(std::move(pp));
      else of_first.by_second[pp.words[1]].push_back(std::move(pp));
    }
    for (const auto& [variant, canonical] : kMarkerAliases) {
      marker_alias.emplace(FoldKey(variant), FoldKey(canonical));
    }
    for (const PostpositionRow& row : kPostpositions) {
      std::string k = FoldKey(row.words);
      role_of_marker.emplace(k, row.role);
      auto a = marker_alias.find(k);
      canonical_markers.insert(a == marker_alias.end() ? k : a->second);
    }
    for (const char* fused_case : {"ने", "को", "का", "से", "में", "पर"})
      canonical_markers.insert(FoldKey(fused_case));
    for (auto& [first, of_first] : postpositions) {
      for (auto& [second, list] : of_first.by_second) {
        std::stable_sort(list.begin(), list.end(), [](const Pp& a, const Pp& b) {
          return a.words.size() > b.words.size();
        });
      }
    }
    for (const auto& [w, c] : fused) facts[w].fused_case = c;
    for (const auto& [w, frame] : frames) facts[w].frame = &frame;
    for (const std::string& w : conjunct_nouns) facts[w].conjunct_noun = true;
    for (const std::string& w : relative) facts[w].relative = true;
    for (const std::string& w : time_nouns) facts[w].time_noun = true;
    for (const std::string& w : manner_nouns) facts[w].manner_noun = true;
    for (const std::string& w : means_nouns) facts[w].means_noun = true;
    for (const std::string& w : document_nouns) facts[w].document_noun = true;
    for (const std::string& w : phrase_conj) facts[w].phrase_conj = true;
    for (const std::string& w : clause_conj) facts[w].clause_conj = true;
    for (const auto& [first, list] : postpositions) facts[first].postposition = true;
  }
};

const Tables& T() {
  static const Tables* const tables = new Tables();
  return *tables;
}

}  // namespace

std::string FoldKey(std::string_view s) { return MatchKey(s); }

const Frame* FindFrame(std::string_view key) {
  auto it = T().frames.find(key);
  return it == T().frames.end() ? nullptr : &it->second;
}

bool IsApproximator(std::string_view key) {
  return key == "करीब" || key == "क़रीब" || key == "लगभग" || key == "तकरीबन" || key == "तक़रीबन";
}

bool IsPassedLemma(std::string_view lemma) {
  return lemma == "पारित होना" || lemma == "पास होना" || lemma == "मंजूर होना" || lemma == "मंज़ूर होना" ||
         lemma == "स्वीकृत होना";
}

bool IsLightVerb(std::string_view k) { return T().light_verbs.find(k) != T().light_verbs.end(); }

PostpositionMatch MatchPostposition(const std::vector<Token>& tokens, int i) {
  std::vector<std::string> folded;
  for (int k = i; k >= 0 && k < static_cast<int>(tokens.size()) && k < i + 5; ++k)
    folded.push_back(FoldKey(tokens[k].text));
  return MatchPostpositionKeys(std::vector<std::string_view>(folded.begin(), folded.end()), 0);
}

PostpositionMatch MatchPostpositionKeys(const std::vector<std::string_view>& keys, int i) {
  PostpositionMatch best;
  if (i < 0 || i >= static_cast<int>(keys.size())) return best;
  auto it = T().postpositions.find(keys[i]);
  if (it == T().postpositions.end()) return best;
  const Tables::PpsOfWord& of_first = it->second;
  auto found = [&](const Tables::Pp& pp) {
    best.name = pp.name;
    best.length = static_cast<int>(pp.words.size());
    best.role = pp.role;
    return best;
  };
  if (i + 1 < static_cast<int>(keys.size())) {
    if (auto s = of_first.by_second.find(keys[i + 1]); s != of_first.by_second.end()) {
      for (const Tables::Pp& pp : s->second) {
        const int n = static_cast<int>(pp.words.size());
        if (i + n > static_cast<int>(keys.size())) continue;
        bool ok = true;
        for (int k = 2; k < n && ok; ++k) ok = keys[i + k] == pp.words[k];
        if (ok) return found(pp);
      }
    }
  }
  if (!of_first.single.empty()) return found(of_first.single.front());
  return best;
}

Role PostpositionRole(std::string_view marker) {
  auto it = T().role_of_marker.find(FoldKey(marker));
  return it == T().role_of_marker.end() ? Role::kOther : it->second;
}

std::string CanonicalMarker(std::string_view marker) {
  std::string k = FoldKey(marker);
  auto it = T().marker_alias.find(k);
  return it == T().marker_alias.end() ? k : it->second;
}

bool IsCanonicalMarker(std::string_view name) {
  return T().canonical_markers.find(name) != T().canonical_markers.end();
}

const WordFacts& FactsOf(std::string_view key) {
  static const WordFacts kNone;
  auto it = T().facts.find(key);
  return it == T().facts.end() ? kNone : it->second;
}

}  // namespace ghatna::syntax_internal
