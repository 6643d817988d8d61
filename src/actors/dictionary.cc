// The actor dictionary: parsing data/actors/*.tsv, the word trie, lookups,
// dated codes and the validator behind `ghatna actors check`.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <unicode/uloc.h>

#include "actors/dictionary_impl.h"
#include "ghatna/actors.h"
#include "ghatna/io.h"

namespace ghatna {
namespace {

constexpr uint32_t kNoNode = 0xFFFFFFFFu;

void EntryCodeIssues(const ActorEntry& e, const std::string& where, std::vector<ActorCheckIssue>* out);

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      parts.push_back(s.substr(start));
      break;
    }
    parts.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
  return parts;
}

bool IsUpperCode(std::string_view s, size_t min_len, size_t max_len) {
  if (s.size() < min_len || s.size() > max_len) return false;
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// Splits a `|` list of forms, dropping empty items and "-".
std::vector<std::string> ParseForms(std::string_view field) {
  std::vector<std::string> forms;
  for (std::string_view f : Split(field, '|')) {
    f = Trim(f);
    if (!f.empty() && f != "-") forms.emplace_back(f);
  }
  return forms;
}

bool IsAcronym(std::string_view form) {
  if (form.empty() || form.size() > 4) return false;
  for (char c : form) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// Last words that make an agent an institution rather than a person (match
// keys: no nukta).
bool IsInstitutionWord(std::string_view key) {
  static const std::unordered_set<std::string_view>* const kWords = new std::unordered_set<std::string_view>{
      "मंत्रालय", "सेना", "पुलिस", "सरकार", "संसद", "अदालत", "न्यायालय", "दूतावास", "विभाग",
      "आयोग", "बल", "बलों", "परिषद", "दल", "पार्टी", "संगठन", "कोर्ट", "एजेंसी", "वायुसेना",
      "नौसेना", "थलसेना", "बोर्ड", "समिति", "प्रशासन", "कार्यालय", "फौज", "सदन", "विधानसभा",
      "लोकसभा", "राज्यसभा", "कैबिनेट", "मंत्रिमंडल", "शासन", "हुकूमत", "संस्था", "कंपनी",
      "बैंक", "मीडिया", "अखबार", "चैनल", "विश्वविद्यालय", "यूनिवर्सिटी", "अस्पताल", "पीठ",
      "प्राधिकरण", "निगम", "ब्यूरो", "कमान", "मोर्चा", "संघ", "महासंघ", "गठबंधन", "विपक्ष",
      "उच्चायोग", "वाणिज्य दूतावास", "सचिवालय", "मंत्रिपरिषद", "गुप्तचर", "खुफिया", "स्कूल",
      "कॉलेज", "विद्यालय", "चर्च", "मस्जिद", "मंदिर", "सीनेट", "विमान", "युद्धपोत", "पनडुब्बी",
      "मुख्यालय", "टुकडी", "समुदाय", "समूह", "सभा", "असेंबली", "न्यायपालिका", "विधायिका",
      "जुंटा", "शाखा", "सेल", "दस्ता", "प्रतिनिधिमंडल", "गार्ड", "ट्रिब्यूनल", "मिलिशिया",
      "भीड", "जनता", "समाज", "यूनियन", "फेडरेशन", "कमेटी", "काउंसिल", "बटालियन", "रेजिमेंट",
      "ब्रिगेड", "डिवीजन", "फोर्स", "रेंजर्स", "एजेंसियां", "कंपनियां", "उद्योग", "बाजार"};
  return kWords->count(key) > 0;
}

struct ParsedFile {
  std::vector<ActorEntry> entries;
  std::vector<std::pair<int, std::string>> errors;  // (line, reason)
};

// Parses one file's content; `name` is the file name used in locations.
ParsedFile ParseFile(const std::string& name, ActorFile kind, std::string_view content) {
  ParsedFile out;
  int line_no = 0;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') {
      if (nl == content.size()) break;
      continue;
    }
    auto fail = [&](std::string reason) { out.errors.emplace_back(line_no, std::move(reason)); };
    std::vector<std::string_view> cols = Split(line, '\t');
    const size_t max_cols = kind == ActorFile::kCountries ? 5 : 3;
    if (cols.size() < 2) {
      fail("expected " + std::to_string(max_cols) + " tab-separated columns, found " +
           std::to_string(cols.size()) + " (are the columns separated by tabs?)");
      continue;
    }
    if (cols.size() > max_cols) {
      fail("expected at most " + std::to_string(max_cols) + " tab-separated columns, found " +
           std::to_string(cols.size()));
      continue;
    }
    ActorEntry e;
    e.file = kind;
    e.location = name + ":" + std::to_string(line_no);
    if (kind == ActorFile::kCountries) {
      std::string_view code = Trim(cols[0]);
      if (!IsUpperCode(code, 3, 3)) {
        fail("country code '" + std::string(code) + "' is not three capital letters");
        continue;
      }
      e.codes.push_back({std::string(code), 0, 99999999});
      e.names = ParseForms(cols[1]);
      if (cols.size() > 2) e.demonyms = ParseForms(cols[2]);
      if (cols.size() > 3) e.capitals = ParseForms(cols[3]);
      if (cols.size() > 4) e.note = std::string(Trim(cols[4]));
    } else {
      e.names = ParseForms(cols[0]);
      std::string_view codes = Trim(cols[1]);
      if (kind == ActorFile::kAgents || kind == ActorFile::kPlaces) {
        if (!IsUpperCode(codes, 3, 3)) {
          fail(kind == ActorFile::kAgents
                   ? "role '" + std::string(codes) + "' is not a three-letter code such as GOV or MIL"
                   : "state '" + std::string(codes) + "' is not a three-letter ISO code such as IND");
          continue;
        }
        e.codes.push_back({std::string(codes), 0, 99999999});
      } else {
        // "IRQREB;where=SYR,AFG": a group that fights in several states
        // takes the one where the text places it (CODING_CONVENTIONS.md
        // section 2).
        constexpr std::string_view kWhere = ";where=";
        if (const size_t w = codes.find(kWhere); kind == ActorFile::kGroups && w != std::string_view::npos) {
          std::string_view list = codes.substr(w + kWhere.size());
          codes = codes.substr(0, w);
          constexpr std::string_view kPlaced = ";placed";
          if (list.size() > kPlaced.size() && list.substr(list.size() - kPlaced.size()) == kPlaced) {
            e.placed_only = true;
            list = list.substr(0, list.size() - kPlaced.size());
          }
          bool ok = !list.empty();
          for (std::string_view p : Split(list, ',')) {
            p = Trim(p);
            if (!IsUpperCode(p, 3, 3)) ok = false;
            else e.fights_in.emplace_back(p);
          }
          if (!ok) {
            fail("';where=' wants three-letter state codes separated by commas, found '" + std::string(list) + "'");
            continue;
          }
        }
        std::string reason = ParseDatedCodes(codes, &e.codes);
        if (!reason.empty()) {
          fail(reason);
          continue;
        }
      }
      if (cols.size() > 2) e.note = std::string(Trim(cols[2]));
    }
    if (e.names.empty()) {
      fail(kind == ActorFile::kCountries ? "no NAMES" : "no FORMS");
      continue;
    }
    if (kind == ActorFile::kAgents) {
      std::vector<std::string_view> words = SplitFormWords(e.names.front());
      e.institution = !words.empty() && IsInstitutionWord(ActorMatchKey(words.back()));
    }
    out.entries.push_back(std::move(e));
    if (nl == content.size()) break;
  }
  return out;
}

bool KindFromFileName(const std::string& name, ActorFile* kind) {
  if (name.size() < 5 || name.substr(name.size() - 4) != ".tsv") return false;
  static const std::pair<const char*, ActorFile> kPrefixes[] = {
      {"countries", ActorFile::kCountries}, {"orgs", ActorFile::kOrgs},
      {"groups", ActorFile::kGroups},       {"people", ActorFile::kPeople},
      {"agents", ActorFile::kAgents},       {"places", ActorFile::kPlaces}};
  for (const auto& [prefix, k] : kPrefixes) {
    if (name.rfind(prefix, 0) == 0) {
      *kind = k;
      return true;
    }
  }
  return false;
}

// Reads the actor files of `dir` as (name, content) in load order. A
// required kind without a file is an error, or, with `missing`, named there
// while the files present are still read.
Status ReadDir(const std::string& dir, std::vector<std::pair<std::string, std::string>>* files,
               std::vector<std::string>* missing = nullptr) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": no such actor dictionary directory");
  std::vector<std::pair<int, std::string>> names;
  for (const auto& de : fs::directory_iterator(dir, ec)) {
    const std::string name = de.path().filename().string();
    ActorFile kind;
    if (de.is_regular_file(ec) && KindFromFileName(name, &kind)) {
      names.emplace_back(static_cast<int>(kind), name);
    }
  }
  if (ec) return Status::IoError(dir + ": " + ec.message());
  std::sort(names.begin(), names.end());
  // Every kind but places is required: a dictionary without countries (a
  // missing or renamed file) would load and code far fewer events.
  for (ActorFile required : {ActorFile::kCountries, ActorFile::kOrgs, ActorFile::kGroups,
                             ActorFile::kPeople, ActorFile::kAgents}) {
    bool found = false;
    for (const auto& [kind, name] : names) found |= kind == static_cast<int>(required);
    if (found) continue;
    const std::string message =
        "no " + std::string(ActorFileName(required)) + "*.tsv (required: countries, orgs, groups, people, agents)";
    if (missing == nullptr) return Status::NotFound(dir + ": " + message);
    missing->push_back(message);
  }
  for (const auto& [kind, name] : names) {
    auto content = ReadDataFile(dir + "/" + name);
    if (!content.ok()) return content.status();
    files->emplace_back(name, std::move(content).value());
  }
  return Status::Ok();
}

// A short one-word place name is matched as written only: loosely, "बॉन"
// (Bonn) would take "बान" (Ban Ki-moon), as the loose key folds ॉ to ा.
bool ShortPlaceName(FormType type, const std::string& form) {
  if (type != FormType::kCapital || form.find(' ') != std::string::npos) return false;
  size_t code_points = 0;
  for (unsigned char c : form) code_points += (c & 0xC0) != 0x80;
  return code_points <= 4;
}

void AddForm(ActorIndex* idx, uint32_t entry, FormType type, const std::string& form) {
  std::vector<std::string> keys, loose_keys;
  for (std::string_view w : SplitFormWords(form)) {
    std::string k = ActorMatchKey(w);
    if (k.empty()) continue;
    keys.push_back(std::move(k));
    loose_keys.push_back(ActorMatchKey(w, true));
  }
  if (keys.empty()) return;
  FormRef ref;
  ref.entry = entry;
  ref.type = type;
  ref.acronym = IsAcronym(form);
  ref.units = static_cast<uint8_t>(std::min<size_t>(keys.size(), 255));
  idx->strict.Add(keys, ref);
  if (type == FormType::kAgent || ShortPlaceName(type, form)) return;
  idx->loose.Add(loose_keys, ref);
  // (The English o written ॉ is also written ो: "जॉनसन", "जोनसन"; the
  // loose key folds ॉ to ा, as "डॉक्टर", "डाक्टर".)
  static const std::string kCandraO = "\u0949", kO = "\u094B";
  if (form.find(kCandraO) == std::string::npos) return;
  std::vector<std::string> o_keys;
  for (std::string_view w : SplitFormWords(form)) {
    std::string word(w);
    for (size_t at = word.find(kCandraO); at != std::string::npos; at = word.find(kCandraO, at))
      word.replace(at, kCandraO.size(), kO);
    std::string k = ActorMatchKey(word, true);
    if (!k.empty()) o_keys.push_back(std::move(k));
  }
  if (o_keys != loose_keys) idx->loose.Add(o_keys, ref);
}

const std::set<std::string>& IsoAlpha3() {
  static const std::set<std::string>* const kCodes = [] {
    auto* codes = new std::set<std::string>{"XKX"};
    for (const char* const* cc = uloc_getISOCountries(); *cc != nullptr; ++cc) {
      std::string locale = std::string("_") + *cc;
      const char* a3 = uloc_getISO3Country(locale.c_str());
      if (a3 != nullptr && std::string_view(a3).size() == 3) codes->insert(a3);
    }
    return codes;
  }();
  return *kCodes;
}

std::string FormatDate(int32_t d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

}  // namespace

const char* FormTypeName(FormType type) {
  switch (type) {
    case FormType::kName: return "name";
    case FormType::kDemonym: return "demonym";
    case FormType::kCapital: return "capital";
    case FormType::kAgent: return "agent";
  }
  return "name";
}

const char* ActorFileName(ActorFile file) {
  switch (file) {
    case ActorFile::kCountries: return "countries";
    case ActorFile::kOrgs: return "orgs";
    case ActorFile::kGroups: return "groups";
    case ActorFile::kPeople: return "people";
    case ActorFile::kAgents: return "agents";
    case ActorFile::kPlaces: return "places";
  }
  return "countries";
}

void WordTrie::Add(const std::vector<std::string>& keys, const FormRef& ref) {
  uint32_t node = 0;
  for (const std::string& k : keys) {
    auto [wit, inserted] = words_.try_emplace(k, static_cast<uint32_t>(words_.size()));
    const uint64_t edge = (static_cast<uint64_t>(node) << 32) | wit->second;
    auto eit = edges_.find(edge);
    if (eit == edges_.end()) {
      const auto child = static_cast<uint32_t>(forms_.size());
      forms_.emplace_back();
      eit = edges_.emplace(edge, child).first;
      if (node == 0) {
        if (roots_.size() <= wit->second) roots_.resize(wit->second + 1, 0);
        roots_[wit->second] = child;
      }
    }
    node = eit->second;
  }
  std::vector<FormRef>& refs = forms_[node];
  for (const FormRef& r : refs) {
    if (r.entry == ref.entry && r.type == ref.type) return;
  }
  if (refs.empty()) ++num_terminals_;
  refs.push_back(ref);
}

bool ParseActorDate(std::string_view s, bool end, int32_t* out) {
  auto digits = [&](size_t from, size_t n, int* v) {
    *v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
      *v = *v * 10 + (s[i] - '0');
    }
    return true;
  };
  int y, m = end ? 12 : 1, d = end ? 31 : 1;
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!digits(0, 4, &y)) return false;
  if (s.size() >= 7) {
    if (s[4] != '-' || !digits(5, 2, &m) || m < 1 || m > 12) return false;
    if (end) d = 31;
  }
  if (s.size() == 10) {
    if (s[7] != '-' || !digits(8, 2, &d) || d < 1 || d > 31) return false;
  }
  *out = y * 10000 + m * 100 + d;
  return true;
}

std::string ParseDatedCodes(std::string_view field, std::vector<DatedCode>* out) {
  out->clear();
  for (std::string_view item : Split(field, ';')) {
    item = Trim(item);
    if (item.empty()) continue;
    DatedCode dc;
    const size_t at = item.find('@');
    std::string_view code = item.substr(0, at);
    if (!IsUpperCode(code, 3, 15)) {
      return "code '" + std::string(code) + "' is not 3 to 15 capital letters";
    }
    dc.code = std::string(code);
    if (at != std::string_view::npos) {
      std::string_view range = item.substr(at + 1);
      const size_t dots = range.find("..");
      if (dots == std::string_view::npos) {
        return "date range '" + std::string(range) + "' of " + dc.code + " has no '..' (write FROM..TO)";
      }
      std::string_view from = range.substr(0, dots), to = range.substr(dots + 2);
      if (!from.empty() && !ParseActorDate(from, false, &dc.from)) {
        return "bad date '" + std::string(from) + "' (write YYYY-MM-DD, YYYY-MM or YYYY)";
      }
      if (!to.empty() && !ParseActorDate(to, true, &dc.to)) {
        return "bad date '" + std::string(to) + "' (write YYYY-MM-DD, YYYY-MM or YYYY)";
      }
    }
    out->push_back(std::move(dc));
  }
  if (out->empty()) return "no code";
  return "";
}

ActorDictionary::ActorDictionary() : index_(std::make_unique<ActorIndex>()) {}
ActorDictionary::~ActorDictionary() = default;

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Load(const std::string& dir) {
  std::vector<std::pair<std::string, std::string>> files;
  Status st = ReadDir(dir, &files);
  if (!st.ok()) return st;
  // Files are named as in the directory; errors name the directory too.
  return LoadFiles(files, dir + "/");
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::LoadFromMemory(
    const std::vector<std::pair<std::string, std::string>>& files) {
  return LoadFiles(files, "");
}

namespace {

// Adds one parsed entry to the coverage counts.
void CountEntry(const ActorEntry& e, ActorDictionaryCounts* c) {
  switch (e.file) {
    case ActorFile::kCountries: ++c->countries; break;
    case ActorFile::kPlaces: ++c->places; break;
    case ActorFile::kOrgs: ++c->orgs; break;
    case ActorFile::kGroups: ++c->groups; break;
    case ActorFile::kAgents: ++c->agents; break;
    case ActorFile::kPeople:
      ++c->people;
      for (const DatedCode& dc : e.codes) {
        if (dc.from != 0 || dc.to != 99999999) {
          ++c->dated_people;
          break;
        }
      }
      break;
  }
}

}  // namespace

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::LoadFiles(
    const std::vector<std::pair<std::string, std::string>>& files, const std::string& prefix) {
  std::unique_ptr<ActorDictionary> dict(new ActorDictionary());
  ActorIndex* idx = dict->index_.get();
  DataErrors errors(prefix);
  // The last countries.tsv entry of each code so far (an index into
  // idx->entries): the state a place belongs to.
  std::unordered_map<std::string, size_t> state_of_code;
  for (const auto& [name, content] : files) {
    ActorFile kind;
    if (!KindFromFileName(name, &kind)) {
      return Status::InvalidArgument(name + ": not an actor file name (countries, orgs, groups, people, agents, places .tsv)");
    }
    ParsedFile parsed = ParseFile(name, kind, content);
    for (const auto& [line, reason] : parsed.errors) errors.Add(name, line, reason);
    for (ActorEntry& e : parsed.entries) {
      // The codes `actors check` refuses are refused here too.
      std::vector<ActorCheckIssue> code_issues;
      EntryCodeIssues(e, e.location, &code_issues);
      for (const ActorCheckIssue& issue : code_issues) errors.Add(issue.location + ": " + issue.reason);
      if (!code_issues.empty()) continue;
      if (kind != ActorFile::kPlaces) {
        if (e.file == ActorFile::kCountries) {
          e.subnational = state_of_code.count(e.codes.front().code) > 0;
          state_of_code[e.codes.front().code] = idx->entries.size();
        }
        idx->entries.push_back(std::move(e));
        continue;
      }
      // A place is one more capital of its state.
      const auto s = state_of_code.find(e.codes.front().code);
      ActorEntry* state = s == state_of_code.end() ? nullptr : &idx->entries[s->second];
      if (state == nullptr) {
        errors.Add(e.location + ": state '" + e.codes.front().code + "' is not in countries.tsv");
        continue;
      }
      for (std::string& f : e.names) state->capitals.push_back(std::move(f));
      CountEntry(e, &idx->counts);
    }
  }
  if (errors.count() > 0) return errors.ToStatus();
  size_t num_forms = 0;
  for (const ActorEntry& e : idx->entries) num_forms += e.names.size() + e.demonyms.size() + e.capitals.size();
  idx->strict.Reserve(num_forms * 2);
  idx->loose.Reserve(num_forms * 2);
  ActorDictionaryCounts& c = idx->counts;
  for (uint32_t i = 0; i < idx->entries.size(); ++i) {
    const ActorEntry& e = idx->entries[i];
    const bool agent = e.file == ActorFile::kAgents;
    for (const std::string& f : e.names) AddForm(idx, i, agent ? FormType::kAgent : FormType::kName, f);
    for (const std::string& f : e.demonyms) AddForm(idx, i, FormType::kDemonym, f);
    for (const std::string& f : e.capitals) AddForm(idx, i, FormType::kCapital, f);
    CountEntry(e, &c);
  }
  c.forms = static_cast<int>(idx->strict.NumForms());
  return dict;
}

const std::vector<ActorEntry>& ActorDictionary::entries() const { return index_->entries; }
ActorDictionaryCounts ActorDictionary::counts() const { return index_->counts; }

std::vector<ActorLookupHit> ActorDictionary::Lookup(std::string_view text) const {
  std::vector<ActorLookupHit> hits;
  std::vector<std::string> keys, loose_keys;
  for (std::string_view w : SplitFormWords(text)) {
    std::string k = ActorMatchKey(w);
    if (k.empty()) continue;
    keys.push_back(std::move(k));
    loose_keys.push_back(ActorMatchKey(w, true));
  }
  if (keys.empty()) return hits;
  auto add = [&](const WordTrie& trie, uint32_t node, bool inflected, bool loose) {
    for (const FormRef& r : trie.Forms(node)) {
      bool seen = false;
      for (const ActorLookupHit& h : hits) {
        seen |= h.entry == &index_->entries[r.entry] && h.form_type == FormTypeName(r.type);
      }
      if (!seen) hits.push_back({&index_->entries[r.entry], FormTypeName(r.type), inflected, loose});
    }
  };
  auto walk = [&](const WordTrie& trie, const std::vector<std::string>& ks, size_t n) {
    uint32_t node = 0;
    for (size_t i = 0; i < n && node != kNoNode; ++i) {
      node = trie.Child(node, trie.WordId(ks[i]));
      if (node == 0) node = kNoNode;
    }
    return node;
  };
  // Exact, then with an inflected last word, then loose vowels.
  uint32_t node = walk(index_->strict, keys, keys.size());
  if (node != kNoNode) add(index_->strict, node, false, false);
  uint32_t prefix = walk(index_->strict, keys, keys.size() - 1);
  if (prefix != kNoNode) {
    std::vector<std::string> bases;
    InflectionBases(keys.back(), &bases);
    for (const std::string& b : bases) {
      uint32_t n = index_->strict.Child(prefix, index_->strict.WordId(b));
      if (n != 0) add(index_->strict, n, true, false);
    }
  }
  node = walk(index_->loose, loose_keys, loose_keys.size());
  if (node != kNoNode) add(index_->loose, node, false, true);
  return hits;
}

std::string ActorDictionary::CodeOn(const ActorEntry& entry, std::string_view date, double* confidence) {
  double local;
  if (confidence == nullptr) confidence = &local;
  *confidence = 1.0;
  if (entry.codes.empty()) {
    *confidence = 0;
    return "";
  }
  int32_t d = 0;
  bool known = false;
  if (date.size() >= 10 && ParseActorDate(date.substr(0, 10), false, &d)) {
    known = true;
  } else if (date.size() == 7 && ParseActorDate(date, false, &d)) {
    d += 14;  // mid-month
    known = true;
  } else if (date.size() == 4 && ParseActorDate(date, false, &d)) {
    d += 600;  // mid-year
    known = true;
  }
  if (known) {
    for (const DatedCode& dc : entry.codes) {
      if (dc.from <= d && d <= dc.to) return dc.code;
    }
    *confidence = 0;
    return "";
  }
  const DatedCode* best = &entry.codes.front();
  for (const DatedCode& dc : entry.codes) {
    if (dc.to > best->to || (dc.to == best->to && dc.from > best->from)) best = &dc;
  }
  const bool undated = entry.codes.size() == 1 && best->from == 0 && best->to == 99999999;
  *confidence = undated ? 1.0 : 0.8;
  return best->code;
}

bool IsValidActorRole(std::string_view role) {
  static const std::set<std::string_view> kRoles = {
      "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "CVL", "MED", "BUS", "EDU",
      "HLH", "REF", "LAB", "CRM", "SPY", "REL", "INS", "SEP", "UAF", "AGR", "DEV", "ELI",
      "ENV", "HRI", "MOD", "RAD", "MNC", "OWN"};
  return kRoles.count(role) > 0;
}

bool IsInternationalCourt(std::string_view code) { return code == "IGOUNOJUDICJ" || code == "IGOICC"; }

bool IsValidActorCode(std::string_view code, std::string* reason) {
  std::string local;
  if (reason == nullptr) reason = &local;
  if (!IsUpperCode(code, 3, 15)) {
    *reason = "code '" + std::string(code) + "' is not 3 to 15 capital letters";
    return false;
  }
  const std::string_view principal = code.substr(0, 3);
  if (principal == "IGO" || principal == "NGO") {
    if (code.size() < 6) {
      *reason = "code '" + std::string(code) + "': " + std::string(principal) +
                " must be followed by 3 to 12 letters (IGOUNO, NGOHRI)";
      return false;
    }
    return true;
  }
  if (IsoAlpha3().count(std::string(principal)) == 0) {
    *reason = "code '" + std::string(code) + "': principal '" + std::string(principal) +
              "' is not an ISO 3166-1 alpha-3 country code, XKX, IGO or NGO";
    return false;
  }
  if (code.size() == 3) return true;
  if (code.size() != 6) {
    *reason = "code '" + std::string(code) + "': a country takes at most one three-letter role (RUSGOV)";
    return false;
  }
  if (!IsValidActorRole(code.substr(3))) {
    *reason = "code '" + std::string(code) + "': role '" + std::string(code.substr(3)) +
              "' is not one of the allowed roles (GOV MIL COP JUD LEG OPP PTY REB CVL ...)";
    return false;
  }
  return true;
}

namespace {

// The errors of one entry's codes (the code grammar, dated ranges), as
// `actors check` reports them and Load refuses them; `where` is FILE:LINE.
void EntryCodeIssues(const ActorEntry& e, const std::string& where, std::vector<ActorCheckIssue>* out) {
  std::vector<ActorCheckIssue>& issues = *out;
  for (const DatedCode& dc : e.codes) {
    std::string reason;
    if (e.file == ActorFile::kAgents) {
      if (!IsValidActorRole(dc.code)) {
        issues.push_back({where, "role '" + dc.code + "' is not one of the allowed roles", true});
      }
      continue;
    }
    if (e.file == ActorFile::kCountries) {
      if (dc.code != "XKX" && IsoAlpha3().count(dc.code) == 0) {
        issues.push_back({where, "'" + dc.code + "' is not an ISO 3166-1 alpha-3 code (or XKX)", true});
      }
      continue;
    }
    if (!IsValidActorCode(dc.code, &reason)) issues.push_back({where, reason, true});
    if (dc.from > dc.to) {
      issues.push_back({where, dc.code + ": range starts " + FormatDate(dc.from) + " after it ends " +
                                   FormatDate(dc.to), true});
    }
  }
  std::vector<const DatedCode*> sorted;
  for (const DatedCode& dc : e.codes) sorted.push_back(&dc);
  std::sort(sorted.begin(), sorted.end(),
            [](const DatedCode* a, const DatedCode* b) { return a->from < b->from; });
  for (size_t i = 1; i < sorted.size(); ++i) {
    if (sorted[i]->from <= sorted[i - 1]->to) {
      issues.push_back({where, "date ranges of " + sorted[i - 1]->code + " and " + sorted[i]->code +
                                   " overlap (from " + FormatDate(sorted[i]->from) + ")", true});
    }
  }
}

}  // namespace

std::vector<ActorCheckIssue> CheckActorDictionary(const std::string& dir, ActorDictionaryCounts* counts) {
  std::vector<ActorCheckIssue> issues;
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::string> missing;
  Status st = ReadDir(dir, &files, &missing);
  if (!st.ok()) {
    issues.push_back({dir, st.message(), true});
    return issues;
  }
  for (const std::string& m : missing) issues.push_back({dir, m, true});
  const std::string prefix = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  std::vector<ActorEntry> entries;
  for (const auto& [name, content] : files) {
    ActorFile kind;
    KindFromFileName(name, &kind);
    ParsedFile parsed = ParseFile(name, kind, content);
    for (const auto& [line, reason] : parsed.errors) {
      issues.push_back({prefix + name + ":" + std::to_string(line), reason, true});
    }
    for (ActorEntry& e : parsed.entries) entries.push_back(std::move(e));
  }
  // A place belongs to a state that countries*.tsv lists.
  std::set<std::string> states;
  for (const ActorEntry& e : entries)
    if (e.file == ActorFile::kCountries) states.insert(e.codes.front().code);
  for (const ActorEntry& e : entries)
    if (e.file == ActorFile::kPlaces && !e.codes.empty() && states.count(e.codes.front().code) == 0 &&
        IsValidActorCode(e.codes.front().code, nullptr))
      issues.push_back({prefix + e.location, "state '" + e.codes.front().code + "' is not in countries.tsv", true});
  // Per entry: the code grammar and date ranges.
  for (const ActorEntry& e : entries) EntryCodeIssues(e, prefix + e.location, &issues);
  // Across entries: one normalised form, several different codes.
  struct Use { const ActorEntry* e; bool agent; };
  std::map<std::string, std::vector<Use>> uses;
  for (const ActorEntry& e : entries) {
    const bool agent = e.file == ActorFile::kAgents;
    std::set<std::string> own;
    auto add = [&](const std::vector<std::string>& forms) {
      for (const std::string& f : forms) {
        std::string key;
        for (std::string_view w : SplitFormWords(f)) {
          if (!key.empty()) key += ' ';
          key += ActorMatchKey(w);
        }
        if (key.empty()) {
          issues.push_back({prefix + e.location, "form '" + f + "' has no letters", true});
          continue;
        }
        if (own.insert(key).second) uses[key].push_back({&e, agent});
      }
    };
    add(e.names);
    add(e.demonyms);
    add(e.capitals);
  }
  auto code_list = [](const ActorEntry* e) {
    std::string s;
    for (const DatedCode& dc : e->codes) {
      if (!s.empty()) s += ";";
      s += dc.code;
      if (dc.from != 0 || dc.to != 99999999) {
        s += '@';
        if (dc.from != 0) s += FormatDate(dc.from);
        s += "..";
        if (dc.to != 99999999) s += FormatDate(dc.to);
      }
    }
    return s;
  };
  for (const auto& [key, list] : uses) {
    for (size_t i = 1; i < list.size(); ++i) {
      const Use& a = list[0];
      const Use& b = list[i];
      const std::string where = prefix + b.e->location;
      if (a.agent != b.agent) {
        issues.push_back({where, "form '" + key + "' is also " + (a.agent ? "an agent" : "a name") + " at " +
                                     a.e->location, false});
      } else if (code_list(a.e) != code_list(b.e)) {
        issues.push_back({where, "form '" + key + "' has codes " + code_list(b.e) + " here but " +
                                     code_list(a.e) + " at " + a.e->location, true});
      } else {
        issues.push_back({where, "form '" + key + "' repeats the entry at " + a.e->location, false});
      }
    }
  }
  // File order, then line number.
  auto key = [](const std::string& loc) {
    const size_t colon = loc.rfind(':');
    return std::make_pair(loc.substr(0, colon), colon == std::string::npos ? 0 : std::atoi(loc.c_str() + colon + 1));
  };
  std::stable_sort(issues.begin(), issues.end(), [&](const ActorCheckIssue& a, const ActorCheckIssue& b) {
    return key(a.location) < key(b.location);
  });
  // Spelling variants the match key makes redundant, per entry.
  int folded = 0;
  for (const ActorEntry& e : entries) {
    const bool loose = e.file != ActorFile::kAgents;
    std::set<std::string> keys;
    for (const auto* forms : {&e.names, &e.demonyms, &e.capitals})
      for (const std::string& f : *forms) {
        std::string key;
        for (std::string_view w : SplitFormWords(f)) key += (key.empty() ? "" : " ") + MatchKey(w, loose);
        if (!key.empty() && !keys.insert(key).second) ++folded;
      }
  }
  if (counts != nullptr) {
    auto dict = ActorDictionary::LoadFromMemory(files);
    if (dict.ok()) {
      *counts = (*dict)->counts();
    } else {
      // The entries as parsed, so that a broken file still shows what it holds.
      *counts = ActorDictionaryCounts();
      for (const ActorEntry& e : entries) CountEntry(e, counts);
    }
  }
  if (counts != nullptr) counts->folded_forms = folded;
  return issues;
}

}  // namespace ghatna
