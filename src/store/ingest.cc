// Ingester: inputs -> DocumentReader -> BatchCoder -> EventStore, in
// transactions of whole articles.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_set>

#include "ghatna/batch.h"
#include "ghatna/text.h"
#include "ghatna/store.h"

namespace ghatna {

namespace {

uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

uint64_t Rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool IsArticleFile(const std::string& name) {
  for (const char* ext : {".txt", ".jsonl", ".txt.gz", ".jsonl.gz"})
    if (EndsWith(name, ext)) return true;
  return false;
}

}  // namespace

std::string TextHash(std::string_view text) {
  uint64_t a = 0x9e3779b97f4a7c15ULL, b = 0xc2b2ae3d27d4eb4fULL;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    a = Rotl((a ^ w) * 0x87c37b91114253d5ULL, 31);
    b = Rotl((b ^ w) * 0x4cf5ad432745937fULL, 27) + a;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, text.data() + i, text.size() - i);
  a = Mix(a ^ tail ^ text.size());
  b = Mix(b ^ Rotl(tail, 17) ^ (text.size() * 0x9e3779b97f4a7c15ULL)) ^ a;
  a = Mix(a + b);
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b));
  return buf;
}

std::string GhatnaVersion() {
#ifdef GHATNA_VERSION
  return GHATNA_VERSION;
#else
  return "unknown";
#endif
}

Result<std::string> DataChecksum(const std::string& data_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> files;
  for (auto it = fs::recursive_directory_iterator(data_dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (it->is_regular_file(ec)) files.push_back(fs::relative(it->path(), data_dir, ec).string());
  }
  if (ec) return Status::IoError(data_dir + ": cannot read the data directory: " + ec.message());
  std::sort(files.begin(), files.end());
  std::string all;
  for (const std::string& f : files) {
    std::ifstream in(data_dir + "/" + f, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    all += f;
    all.push_back('\0');
    all += TextHash(content.str());
    all.push_back('\n');
  }
  return TextHash(all);
}

Result<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (in != "-" && fs::is_directory(in, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(in, ec); !ec && it != fs::end(it);
           it.increment(ec)) {
        if (it->is_regular_file(ec) && IsArticleFile(it->path().filename().string()))
          found.push_back(it->path().string());
      }
      if (ec) return Status::IoError(in + ": cannot read directory: " + ec.message());
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(in);
    }
  }
  return out;
}

class Ingester::Session {
 public:
  Session(const Pipeline& pipeline, EventStore* store, IngestOptions options)
      : store_(store),
        options_(std::move(options)),
        coder_(pipeline, {.threads = options_.threads, .keep_mentions = true},
               [this](CodedDocument& d) { Take(d); }) {
    version_.ghatna_version = GhatnaVersion();
    if (!options_.data_dir.empty()) {
      auto sum = DataChecksum(options_.data_dir);
      version_.data_checksum = sum.ok() ? *sum : "";
    }
    last_commit_ = std::chrono::steady_clock::now();
  }

  Status AddInputs(const std::vector<std::string>& inputs) {
    for (const std::string& input : inputs) {
      auto files = ExpandInputs({input});
      if (!files.ok()) {
        Fail(files.status());  // an unreadable directory: the other inputs go on
        continue;
      }
      if (Status st = AddFiles(*files); !st.ok()) return st;
    }
    return store_status_;
  }

  Status AddFiles(const std::vector<std::string>& files) {
    Document doc;
    for (const std::string& file : files) {
      current_ = file;
      auto reader = DocumentReader::Open(file, options_.input);
      if (!reader.ok()) {
        Fail(reader.status());
        continue;
      }
      while (true) {
        Result<bool> more = (*reader)->Next(&doc);
        counts_.bytes = bytes_done_ + (*reader)->bytes_read();
        if (!more.ok()) {
          Fail(more.status());
          if (more.status().code() == StatusCode::kIoError) break;
          continue;
        }
        if (!*more) break;
        Add(std::move(doc));
        doc = Document();
        if (!store_status_.ok()) return store_status_;
        if (options_.on_progress) options_.on_progress();
      }
      bytes_done_ += (*reader)->bytes_read();
      counts_.bytes = bytes_done_;
      if (options_.on_progress) options_.on_progress();
    }
    return store_status_;
  }

  Status RecodeStored() {
    Status st = store_->ForEachArticle([&](StoredArticle& a) {
      Document doc;
      doc.id = a.doc_id;
      doc.date = a.input_date;
      doc.date_source = doc.date.empty() ? DateSource::kNone : DateSource::kInput;
      doc.title = std::move(a.title);
      doc.url = std::move(a.url);
      doc.source = std::move(a.outlet);
      if (a.published != a.date) doc.timestamp = a.published;
      doc.origin = std::move(a.origin);
      doc.text = std::move(a.text);
      doc.id_given = a.key.rfind("id:", 0) == 0;
      Add(std::move(doc), a.key);
      if (options_.on_progress) options_.on_progress();
      return store_status_;
    });
    if (!st.ok()) return st;
    return store_status_;
  }

  Status Finish() {
    coder_.Finish();
    if (store_status_.ok()) Commit();
    return store_status_;
  }

  const IngestCounts& counts() const { return counts_; }
  const std::string& current() const { return current_; }

 private:
  struct Queued {
    std::string key;         // "" for a document read in parts: known at its end
    std::string input_date;  // the date before the pipeline dates it
  };

  static std::string KeyOf(const Document& doc) {
    return doc.id_given ? "id:" + doc.id : "sha:" + TextHash(doc.text);
  }

  void Add(Document doc, std::string key = "") {
    ++counts_.read;
    const bool multipart = doc.part > 0 || !doc.last_part;
    if (multipart) {
      if (doc.part > 0) --counts_.read;  // one article, several parts
      queued_.push_back({"", doc.date});
      coder_.Add(std::move(doc));
      return;
    }
    if (key.empty()) key = KeyOf(doc);
    if (!options_.recode) {
      // Already stored, or queued earlier in this run: not coded again.
      Result<bool> has = store_->HasArticle(key);
      if (!has.ok()) {
        store_status_ = has.status();
        return;
      }
      if (*has || !queued_keys_.insert(key).second) {
        ++counts_.skipped;
        return;
      }
    }
    queued_.push_back({key, doc.date});
    coder_.Add(std::move(doc));
  }

  // The sink of the BatchCoder: articles in input order.
  void Take(CodedDocument& d) {
    Queued q = std::move(queued_.front());
    queued_.pop_front();
    if (!store_status_.ok()) return;
    Document& doc = d.doc;
    const bool multipart = doc.part > 0 || !doc.last_part;
    StoredArticle* a;
    StoredArticle whole;
    if (multipart) {
      a = &parts_[doc.id];
      a->text += doc.text;
    } else {
      a = &whole;
      a->text = std::move(doc.text);
    }
    if (doc.part == 0) {
      a->key = q.key;
      a->doc_id = doc.id;
      a->input_date = q.input_date;
      a->date = doc.date;
      a->date_source = DateSourceName(doc.date_source);
      a->published = doc.timestamp.empty() ? doc.date : doc.timestamp;
      a->title = doc.title;
      a->url = doc.url;
      a->outlet = doc.source.empty() ? HostOf(doc.url) : doc.source;
      a->origin = doc.origin;
    }
    for (Event& e : d.events) a->events.push_back(std::move(e));
    for (ActorMention& m : d.mentions) a->mentions.push_back(std::move(m));
    if (!doc.last_part) return;
    if (a->key.empty()) a->key = doc.id_given ? "id:" + doc.id : "sha:" + TextHash(a->text);
    pending_.push_back(std::move(*a));
    if (multipart) parts_.erase(doc.id);
    if (pending_.size() >= options_.commit_articles ||
        std::chrono::steady_clock::now() - last_commit_ > std::chrono::seconds(1)) {
      Commit();
    }
  }

  // "https://www.bhaskar.com/x" -> "www.bhaskar.com".
  static std::string HostOf(const std::string& url) {
    size_t start = url.find("://");
    start = start == std::string::npos ? 0 : start + 3;
    const size_t end = url.find_first_of("/?#", start);
    return url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  }

  void Fail(const Status& st) {
    ++counts_.failed;
    if (options_.on_error) options_.on_error(st);
    failures_.push_back(st.ToString());
  }

  void Commit() {
    last_commit_ = std::chrono::steady_clock::now();
    if (pending_.empty() && failures_.empty()) return;
    Result<WriteCounts> w = store_->Write(pending_, failures_, options_.recode, version_);
    if (!w.ok()) {
      store_status_ = w.status();
      return;
    }
    counts_.added += w->added;
    counts_.recoded += w->replaced;
    counts_.skipped += w->unchanged;
    counts_.events += w->events;
    pending_.clear();
    failures_.clear();
    queued_keys_.clear();
    if (options_.on_progress) options_.on_progress();
  }

  EventStore* store_;
  IngestOptions options_;
  CoderVersion version_;
  BatchCoder coder_;
  std::deque<Queued> queued_;
  std::unordered_set<std::string> queued_keys_;  // coded in this run, not yet committed
  std::map<std::string, StoredArticle> parts_;   // documents read in parts, by id
  std::vector<StoredArticle> pending_;
  std::vector<std::string> failures_;
  std::chrono::steady_clock::time_point last_commit_;
  Status store_status_;
  IngestCounts counts_;
  uint64_t bytes_done_ = 0;
  std::string current_;
};

Ingester::Ingester(const Pipeline& pipeline, EventStore* store, IngestOptions options)
    : session_(std::make_unique<Session>(pipeline, store, std::move(options))) {}
Ingester::~Ingester() = default;
Status Ingester::AddInputs(const std::vector<std::string>& inputs) { return session_->AddInputs(inputs); }
Status Ingester::RecodeStored() { return session_->RecodeStored(); }
Status Ingester::Finish() { return session_->Finish(); }
const IngestCounts& Ingester::counts() const { return session_->counts(); }
const std::string& Ingester::current_input() const { return session_->current(); }

uint64_t InputBytes(const std::vector<std::string>& inputs) {
  auto files = ExpandInputs(inputs);
  if (!files.ok()) return 0;
  uint64_t total = 0;
  for (const std::string& file : *files) {
    if (file == "-" || (file.size() > 3 && file.compare(file.size() - 3, 3, ".gz") == 0)) return 0;
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (!ec) total += size;
  }
  return total;
}

namespace {

std::string Duration(double s) {
  char buf[32];
  if (s < 60) std::snprintf(buf, sizeof buf, "%.0fs", s);
  else if (s < 3600) std::snprintf(buf, sizeof buf, "%dm%02ds", static_cast<int>(s) / 60, static_cast<int>(s) % 60);
  else std::snprintf(buf, sizeof buf, "%dh%02dm", static_cast<int>(s) / 3600, static_cast<int>(s) / 60 % 60);
  return buf;
}

}  // namespace

std::string IngestProgressLine(const std::string& input, const IngestCounts& c, double seconds,
                               uint64_t total_bytes) {
  std::string eta;
  if (total_bytes > 0 && c.bytes > 0 && c.bytes < total_bytes)
    eta = ", ETA " + Duration(seconds * (total_bytes - c.bytes) / c.bytes);
  char buf[160];
  std::snprintf(buf, sizeof buf, ": %lld articles (%.1f/s), %lld events, %lld failed",
                static_cast<long long>(c.read), c.read / seconds, static_cast<long long>(c.events),
                static_cast<long long>(c.failed));
  return input + buf + eta;
}

std::string IngestSummary(const IngestCounts& c, double s) {
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "ingest: %lld articles read, %lld added, %lld re-coded, %lld already stored, "
                "%lld events, %lld failed in %.1f s (%.1f articles/s)",
                static_cast<long long>(c.read), static_cast<long long>(c.added),
                static_cast<long long>(c.recoded), static_cast<long long>(c.skipped),
                static_cast<long long>(c.events), static_cast<long long>(c.failed), s,
                s > 0 ? c.read / s : 0.0);
  return buf;
}

}  // namespace ghatna
