// Tests of ghatna serve's API: a server on a free port of 127.0.0.1 over a
// temporary SQLite store ingested from examples/ (each article twice, a week
// apart), asked with httplib::Client. Answers are compared with what the
// store and the coder give directly, not with numbers written here.
#include "ghatna/serve.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <libpq-fe.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "ghatna/batch.h"
#include "ghatna/io.h"
#include "ghatna/pipeline.h"
#include "ghatna/store.h"

namespace ghatna {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The events `ghatna code` would write for `doc`, one JSON value each.
std::vector<json> CodeDirectly(const Pipeline& pipeline, Document doc) {
  std::vector<json> out;
  BatchCoder coder(pipeline, {.threads = 1}, [&](CodedDocument& d) {
    for (const Event& e : d.events) {
      std::string line;
      AppendEventJson(e, false, &line);
      out.push_back(json::parse(line));
    }
  });
  coder.Add(std::move(doc));
  coder.Finish();
  return out;
}

class ServeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    char tmpl[] = "/tmp/ghatna-serve-XXXXXX";
    dir_ = new std::string(mkdtemp(tmpl));
    PipelineOptions po;
    po.data_dir = FindDataDir("");
    auto p = Pipeline::Load(po);
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    pipeline_ = std::move(p).value().release();
    // Every example article twice, dated a week apart: a dyad with a
    // weekly series of two points.
    std::string jsonl;
    for (const auto& entry : fs::directory_iterator(std::string(GHATNA_SOURCE_DIR) + "/examples")) {
      if (entry.path().extension() != ".txt") continue;
      const std::string text = ReadAll(entry.path().string());
      const std::string stem = entry.path().stem().stem().string();
      for (const char* date : {"2024-03-04", "2024-03-12"}) {
        json j = {{"id", stem + "@" + date}, {"text", text}, {"date", date}, {"title", stem}};
        jsonl += j.dump() + "\n";
      }
    }
    std::ofstream(*dir_ + "/in.jsonl") << jsonl;
    db_ = new std::string(*dir_ + "/events.db");
    {
      auto store = EventStore::Open(*db_);
      ASSERT_TRUE(store.ok()) << store.status().ToString();
      IngestOptions io;
      io.threads = 1;
      io.data_dir = po.data_dir;
      Ingester ingest(*pipeline_, store->get(), io);
      ASSERT_TRUE(ingest.AddInputs({*dir_ + "/in.jsonl"}).ok());
      ASSERT_TRUE(ingest.Finish().ok());
      ASSERT_EQ(ingest.counts().added, 10);
    }
    ServeOptions so;
    so.db = *db_;
    so.port = 0;
    so.threads = 4;
    so.max_body = 64 << 10;
    so.data_dir = po.data_dir;
    auto server = Server::Create(*pipeline_, so);
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = server->release();
    auto port = server_->Bind();
    ASSERT_TRUE(port.ok()) << port.status().ToString();
    port_ = *port;
    thread_ = new std::thread([] { server_->Run(); });
    for (int i = 0; i < 500 && !server_->running(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }

  static void TearDownTestSuite() {
    if (server_ != nullptr) server_->Stop();
    if (thread_ != nullptr) thread_->join();
    delete thread_;
    delete server_;
    delete pipeline_;
    if (dir_ != nullptr) fs::remove_all(*dir_);
    delete dir_;
    delete db_;
  }

  void SetUp() override {
    ASSERT_NE(server_, nullptr);
    ASSERT_TRUE(server_->running());
  }

  static httplib::Client Client() {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(30, 0);
    return c;
  }

  // GET path: status and parsed body (which must be JSON, errors included).
  static std::pair<int, json> Get(const std::string& path) {
    auto res = Client().Get(path.c_str());
    if (!res) return {-1, json()};
    return {res->status, json::parse(res->body, nullptr, false)};
  }
  static std::pair<int, json> Post(const std::string& path, const std::string& body,
                                   const char* type = "application/json") {
    auto res = Client().Post(path.c_str(), body, type);
    if (!res) return {-1, json()};
    return {res->status, json::parse(res->body, nullptr, false)};
  }

  // Per-article events of the store for a query, straight from the store.
  static std::vector<json> StoreEvents(const EventQuery& q) {
    auto store = EventStore::OpenReadOnly(*db_);
    std::vector<json> out;
    if (!store.ok()) return out;
    (*store)->QueryEvents(q, [&](const Event& e) {
      std::string line;
      AppendEventJson(e, q.explain, &line);
      out.push_back(json::parse(line));
    });
    return out;
  }

  static std::string* dir_;
  static std::string* db_;
  static Pipeline* pipeline_;
  static Server* server_;
  static std::thread* thread_;
  static int port_;
};

std::string* ServeTest::dir_ = nullptr;
std::string* ServeTest::db_ = nullptr;
Pipeline* ServeTest::pipeline_ = nullptr;
Server* ServeTest::server_ = nullptr;
std::thread* ServeTest::thread_ = nullptr;
int ServeTest::port_ = 0;

TEST_F(ServeTest, HealthAndVersion) {
  auto [status, body] = Get("/v1/health");
  EXPECT_EQ(status, 200);
  EXPECT_EQ(body["status"], "ok");
  auto [vs, version] = Get("/v1/version");
  EXPECT_EQ(vs, 200);
  EXPECT_EQ(version["ghatna"], GhatnaVersion());
  auto checksum = DataChecksum(FindDataDir(""));
  ASSERT_TRUE(checksum.ok());
  EXPECT_EQ(version["data_checksum"], *checksum);
  ASSERT_EQ(version["store_coders"].size(), 1u);
  EXPECT_EQ(version["store_coders"][0]["data_checksum"], *checksum);
}

TEST_F(ServeTest, CodeGivesWhatGhatnaCodeWrites) {
  const std::string text = ReadAll(std::string(GHATNA_SOURCE_DIR) + "/examples/lavrov-guterres.hi.txt");
  Document doc;
  doc.id = "seed";
  doc.text = text;
  doc.date = "2024-03-01";
  doc.date_source = DateSource::kInput;
  const std::vector<json> want = CodeDirectly(*pipeline_, doc);
  ASSERT_FALSE(want.empty());
  json req = {{"text", text}, {"id", "seed"}, {"date", "2024-03-01"}};
  auto [status, body] = Post("/v1/code", req.dump());
  ASSERT_EQ(status, 200) << body.dump();
  ASSERT_EQ(body["articles"].size(), 1u);
  EXPECT_EQ(body["articles"][0]["id"], "seed");
  const json& got = body["articles"][0]["events"];
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) EXPECT_EQ(got[i], want[i]) << i;
  bool appeal = false;
  for (const json& e : got)
    appeal |= e["source"]["code"] == "RUSGOV" && e["code"] == "028" && e["target"]["code"] == "IGOUNO";
  EXPECT_TRUE(appeal) << got.dump();
  EXPECT_FALSE(got[0].contains("pattern"));
  auto [es, explained] = Post("/v1/code?explain=1", req.dump());
  ASSERT_EQ(es, 200);
  EXPECT_TRUE(explained["articles"][0]["events"][0].contains("pattern"));
}

TEST_F(ServeTest, CodeTakesJsonLinesOfSeveralArticles) {
  const std::string body = "{\"id\":\"a\",\"text\":\"भारत ने पाकिस्तान की निंदा की।\",\"date\":\"2024-01-02\"}\n"
                           "\n{\"text\":\"चीन ने जापान की आलोचना की।\"}\n";
  auto [status, got] = Post("/v1/code", body, "application/x-ndjson");
  ASSERT_EQ(status, 200) << got.dump();
  ASSERT_EQ(got["articles"].size(), 2u);
  EXPECT_EQ(got["articles"][0]["id"], "a");
  EXPECT_EQ(got["articles"][1]["id"], "article-2");
  EXPECT_FALSE(got["articles"][0]["events"].empty());
}

// Bad input: 400 with a reason, never a crash; the server answers after.
TEST_F(ServeTest, BadInputIs400WithReason) {
  const std::vector<std::pair<std::string, std::string>> posts = {
      {"{\"text\": ", "JSON"},
      {"[1, 2]", "JSON object"},
      {"{\"id\": \"x\"}", "text"},
      {"{\"text\": \"भारत\", \"date\": \"2024-13-45\"}", "date"},
      {"", "empty"},
      {std::string("{\"text\": \"\xff\xfe\"}"), "UTF-8"},
      {"{\"text\":\"a\"}\n{\"text\":", "line 2"},
  };
  for (const auto& [body, reason] : posts) {
    auto [status, got] = Post("/v1/code", body);
    EXPECT_EQ(status, 400) << body;
    ASSERT_TRUE(got.is_object()) << body;
    EXPECT_NE(got["error"].get<std::string>().find(reason), std::string::npos) << got.dump();
  }
  const std::vector<std::pair<std::string, std::string>> gets = {
      {"/v1/events?from=2024-02-30", "from"},
      {"/v1/events?to=yesterday", "to"},
      {"/v1/events?source=rus", "source"},
      {"/v1/events?target=QQQGOV", "unknown actor code"},
      {"/v1/events?root=99", "root"},
      {"/v1/events?quad=7", "quad"},
      {"/v1/events?dyad=RUS", "dyad"},
      {"/v1/events?limit=0", "limit"},
      {"/v1/events?cursor=garbage", "cursor"},
      {"/v1/stats?by=year", "by"},
      {"/v1/actors", "q"},
      {"/v1/actors?q=%FF", "UTF-8"},
  };
  for (const auto& [path, reason] : gets) {
    auto [status, got] = Get(path);
    EXPECT_EQ(status, 400) << path;
    ASSERT_TRUE(got.is_object()) << path;
    EXPECT_NE(got["error"].get<std::string>().find(reason), std::string::npos) << path << " " << got.dump();
  }
  EXPECT_EQ(Get("/v1/health").first, 200);
}

TEST_F(ServeTest, UnknownRoutesAre404Json) {
  for (const char* path : {"/v1/nothing", "/v1", "/../etc/passwd", "/assets/../../etc/passwd",
                           "/web/index.html", "/openapi.json", "/v1/articles/no-such-article"}) {
    auto [status, got] = Get(path);
    EXPECT_EQ(status, 404) << path;
    ASSERT_TRUE(got.is_object()) << path;
    EXPECT_TRUE(got.contains("error")) << path;
  }
  auto res = Client().Delete("/v1/events");
  ASSERT_TRUE(res);
  EXPECT_GE(res->status, 400);
  EXPECT_TRUE(json::parse(res->body, nullptr, false).contains("error"));
}

TEST_F(ServeTest, BodyOverTheLimitIs413) {
  json req = {{"text", std::string(70 << 10, 'a')}};
  auto [status, got] = Post("/v1/code", req.dump());
  EXPECT_EQ(status, 413);
  ASSERT_TRUE(got.is_object());
  EXPECT_TRUE(got.contains("error"));
  EXPECT_EQ(Get("/v1/health").first, 200);
}

TEST_F(ServeTest, EventsAreTheStoresAndPagesCoverThemOnce) {
  EventQuery q;
  q.source = "RUS";
  q.target = "IGO";
  const std::vector<json> want = StoreEvents(q);
  ASSERT_GE(want.size(), 4u);  // the seed's events, twice
  auto [status, all] = Get("/v1/events?dyad=RUS,IGO&limit=1000");
  ASSERT_EQ(status, 200);
  ASSERT_EQ(all["events"].size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) EXPECT_EQ(all["events"][i], want[i]);
  EXPECT_TRUE(all["next_cursor"].is_null());
  // Pages of 3: every event once, in order.
  std::vector<json> paged;
  std::string cursor;
  for (int page = 0; page < 100; ++page) {
    auto [s, got] = Get("/v1/events?dyad=RUS,IGO&limit=3" + (cursor.empty() ? "" : "&cursor=" + cursor));
    ASSERT_EQ(s, 200) << got.dump();
    EXPECT_LE(got["events"].size(), 3u);
    for (const json& e : got["events"]) paged.push_back(e);
    if (got["next_cursor"].is_null()) break;
    cursor = got["next_cursor"];
  }
  EXPECT_EQ(paged, want);
  // A cursor belongs to its query.
  auto [s1, first] = Get("/v1/events?dyad=RUS,IGO&limit=1");
  ASSERT_TRUE(first["next_cursor"].is_string());
  EXPECT_EQ(Get("/v1/events?source=IND&limit=1&cursor=" + first["next_cursor"].get<std::string>()).first, 400);
  // Filters: a root and dates.
  q.root = "02";
  q.from = "2024-03-10";
  auto [s2, filtered] = Get("/v1/events?dyad=RUS,IGO&root=02&from=2024-03-10");
  ASSERT_EQ(s2, 200);
  const std::vector<json> want_filtered = StoreEvents(q);
  ASSERT_FALSE(want_filtered.empty());
  EXPECT_EQ(filtered["events"].size(), want_filtered.size());
  for (const json& e : filtered["events"]) {
    EXPECT_EQ(e["root_code"], "02");
    EXPECT_GE(e["date"].get<std::string>(), "2024-03-10");
  }
}

TEST_F(ServeTest, RecordsMergeTheSameEventOfADay) {
  auto [status, got] = Get("/v1/events?dyad=RUSGOV,IGOUNO&records=1");
  ASSERT_EQ(status, 200);
  ASSERT_FALSE(got["records"].empty());
  std::set<std::string> dates;
  for (const json& r : got["records"]) {
    EXPECT_EQ(r["source"], "RUSGOV");
    dates.insert(r["date"]);
    EXPECT_EQ(r["mentions"].size(), r["num_mentions"].get<size_t>());
  }
  EXPECT_EQ(dates, (std::set<std::string>{"2024-03-04", "2024-03-12"}));
}

TEST_F(ServeTest, StatsAddUpToTheEvents) {
  auto [status, got] = Get("/v1/stats?dyad=RUS,IGO&by=week");
  ASSERT_EQ(status, 200);
  EXPECT_EQ(got["by"], "week");
  int64_t events = 0;
  std::set<std::string> weeks;
  for (const json& r : got["rows"]) {
    events += r["events"].get<int64_t>();
    weeks.insert(r["period"]);
  }
  EventQuery q;
  q.source = "RUS";
  q.target = "IGO";
  EXPECT_EQ(events, static_cast<int64_t>(StoreEvents(q).size()));
  EXPECT_EQ(weeks, (std::set<std::string>{"2024-03-04", "2024-03-11"}));  // Mondays
}

TEST_F(ServeTest, ActorsByHindiRomanisedOrCode) {
  for (const char* q : {"%E0%A4%B2%E0%A4%B5%E0%A4%B0%E0%A5%8B%E0%A4%B5",  // लवरोव
                        "lavrov", "Lavrov"}) {
    auto [status, got] = Get(std::string("/v1/actors?q=") + q);
    ASSERT_EQ(status, 200) << q;
    ASSERT_FALSE(got["actors"].empty()) << q;
    EXPECT_EQ(got["actors"][0]["code"], "RUSGOV") << q << " " << got.dump();
  }
  auto [status, got] = Get("/v1/actors?q=%E0%A4%B0%E0%A5%82%E0%A4%B8");  // रूस
  ASSERT_EQ(status, 200);
  ASSERT_FALSE(got["actors"].empty());
  EXPECT_EQ(got["actors"][0]["code"], "RUS") << got.dump();
  auto [s2, none] = Get("/v1/actors?q=zzzzqqqq");
  EXPECT_EQ(s2, 200);
  EXPECT_TRUE(none["actors"].empty());
}

TEST_F(ServeTest, ArticleWithSentencesAndEventOffsets) {
  auto [status, a] = Get("/v1/articles/lavrov-guterres@2024-03-04");
  ASSERT_EQ(status, 200) << a.dump();
  const std::string text = ReadAll(std::string(GHATNA_SOURCE_DIR) + "/examples/lavrov-guterres.hi.txt");
  EXPECT_EQ(a["text"], text);
  EXPECT_EQ(a["date"], "2024-03-04");
  ASSERT_FALSE(a["sentences"].empty());
  ASSERT_FALSE(a["events"].empty());
  // Offsets are code points of the text: the trigger's text is there.
  std::u32string cps;
  std::string decoded;
  ASSERT_TRUE(DecodeUtf8(text, "", DecodeMode::kStrict, &decoded).ok());
  for (const json& e : a["events"]) {
    const size_t start = e["trigger"]["start"], end = e["trigger"]["end"];
    ASSERT_LT(start, end);
    // Code point offsets to byte offsets.
    size_t cp = 0, b = 0, bs = 0, be = 0;
    for (; b <= text.size(); ++b) {
      if (b == text.size() || (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) {
        if (cp == start) bs = b;
        if (cp == end) be = b;
        ++cp;
      }
    }
    EXPECT_EQ(text.substr(bs, be - bs), e["trigger"]["text"].get<std::string>());
  }
}

// The OpenAPI document describes every route the server answers under /v1,
// and no other.
TEST_F(ServeTest, OpenApiDescribesEveryRoute) {
  auto [status, doc] = Get("/v1/openapi.json");
  ASSERT_EQ(status, 200);
  EXPECT_EQ(doc["openapi"].get<std::string>().substr(0, 2), "3.");
  std::set<std::string> described, served;
  for (const auto& [path, item] : doc["paths"].items())
    for (const auto& [method, op] : item.items()) {
      std::string m = method;
      for (char& c : m) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      described.insert(m + " " + path);
    }
  for (const RouteInfo& r : server_->Routes())
    if (r.path.rfind("/v1/", 0) == 0) served.insert(r.method + " " + r.path);
  EXPECT_EQ(described, served);
  EXPECT_GE(served.size(), 8u);
}

TEST_F(ServeTest, DashboardFilesAreServedFromTheWhitelist) {
  for (const RouteInfo& r : server_->Routes()) {
    if (r.path.rfind("/v1/", 0) == 0) continue;
    auto res = Client().Get(r.path.c_str());
    ASSERT_TRUE(res) << r.path;
    bool missing = false;
    for (const std::string& m : server_->missing_assets()) missing |= m.find(r.path.substr(r.path.rfind('/') + 1)) != std::string::npos;
    if (missing) continue;
    EXPECT_EQ(res->status, 200) << r.path;
    EXPECT_FALSE(res->body.empty()) << r.path;
  }
  auto res = Client().Get("/");
  ASSERT_TRUE(res);
  EXPECT_NE(res->get_header_value("Content-Type").find("text/html"), std::string::npos);
}

// The worker pool is bounded: with its one worker busy and its queue of
// one full, the next connection is answered 503 at once; the server goes
// on serving when they are gone.
TEST_F(ServeTest, FullQueueIs503) {
  ServeOptions so;
  so.db = *db_;
  so.port = 0;
  so.threads = 1;
  so.max_queue = 1;
  so.timeout_seconds = 2;
  so.data_dir = FindDataDir("");
  auto server = Server::Create(*pipeline_, so);
  ASSERT_TRUE(server.ok()) << server.status().ToString();
  auto port = (*server)->Bind();
  ASSERT_TRUE(port.ok());
  std::thread run([&] { (*server)->Run(); });
  for (int i = 0; i < 500 && !(*server)->running(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  // Two silent connections: one holds the worker, one waits in the queue.
  auto connect_silent = [&] {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(*port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    return fd;
  };
  const int busy = connect_silent(), waiting = connect_silent();
  httplib::Client c("127.0.0.1", *port);
  auto res = c.Get("/v1/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 503);
  EXPECT_TRUE(json::parse(res->body, nullptr, false).contains("error"));
  close(busy);
  close(waiting);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  res = c.Get("/v1/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  (*server)->Stop();
  run.join();
}

// The same server over a PostgreSQL store ($GHATNA_TEST_POSTGRES, which
// scripts/test.sh starts): read-only sessions from the pool answer events,
// articles and stats as the store does.
TEST(ServePostgresTest, ServesAPostgresStore) {
  const char* base = std::getenv("GHATNA_TEST_POSTGRES");
  if (base == nullptr || *base == '\0') {
    const char* require = std::getenv("GHATNA_REQUIRE_POSTGRES");
    if (require != nullptr && std::string(require) == "1") FAIL() << "GHATNA_TEST_POSTGRES is not set";
    GTEST_SKIP() << "GHATNA_TEST_POSTGRES is not set (scripts/test.sh starts a server)";
  }
  PGconn* admin = PQconnectdb(base);
  ASSERT_EQ(PQstatus(admin), CONNECTION_OK) << PQerrorMessage(admin);
  PQsetNoticeProcessor(admin, [](void*, const char*) {}, nullptr);
  const std::string schema = "ghatna_serve_test_" + std::to_string(getpid());
  PQclear(PQexec(admin, ("DROP SCHEMA IF EXISTS " + schema + " CASCADE").c_str()));
  PQclear(PQexec(admin, ("CREATE SCHEMA " + schema).c_str()));
  const std::string b = base;
  const std::string url = b + (b.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
  PipelineOptions po;
  po.data_dir = FindDataDir("");
  auto pipeline = Pipeline::Load(po);
  ASSERT_TRUE(pipeline.ok());
  {
    auto store = EventStore::Open(url);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    IngestOptions io;
    io.threads = 1;
    io.data_dir = po.data_dir;
    io.input.default_date = "2024-03-01";
    Ingester ingest(**pipeline, store->get(), io);
    ASSERT_TRUE(ingest.AddInputs({std::string(GHATNA_SOURCE_DIR) + "/examples"}).ok());
    ASSERT_TRUE(ingest.Finish().ok());
  }
  ServeOptions so;
  so.db = url;
  so.port = 0;
  so.threads = 2;
  so.data_dir = po.data_dir;
  auto server = Server::Create(**pipeline, so);
  ASSERT_TRUE(server.ok()) << server.status().ToString();
  auto port = (*server)->Bind();
  ASSERT_TRUE(port.ok());
  std::thread run([&] { (*server)->Run(); });
  for (int i = 0; i < 500 && !(*server)->running(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  httplib::Client c("127.0.0.1", *port);
  auto health = c.Get("/v1/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  std::vector<json> want;
  {
    auto store = EventStore::OpenReadOnly(url);
    ASSERT_TRUE(store.ok());
    EventQuery q;
    q.source = "RUS";
    ASSERT_TRUE((*store)->QueryEvents(q, [&](const Event& e) {
      std::string line;
      AppendEventJson(e, false, &line);
      want.push_back(json::parse(line));
    }).ok());
  }
  ASSERT_FALSE(want.empty());
  std::vector<json> paged;
  std::string cursor;
  for (int page = 0; page < 50; ++page) {
    auto res = c.Get(("/v1/events?source=RUS&limit=2" + (cursor.empty() ? "" : "&cursor=" + cursor)).c_str());
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    json got = json::parse(res->body);
    for (const json& e : got["events"]) paged.push_back(e);
    if (got["next_cursor"].is_null()) break;
    cursor = got["next_cursor"];
  }
  EXPECT_EQ(paged, want);
  auto article = c.Get("/v1/articles/lavrov-guterres");
  ASSERT_TRUE(article);
  ASSERT_EQ(article->status, 200) << article->body;
  EXPECT_FALSE(json::parse(article->body)["events"].empty());
  (*server)->Stop();
  run.join();
  PQclear(PQexec(admin, ("DROP SCHEMA " + schema + " CASCADE").c_str()));
  PQfinish(admin);
}

// Read-only: the server's connections cannot write to the store.
TEST(ServeStoreTest, ReadOnlyStoreRefusesWrites) {
  char tmpl[] = "/tmp/ghatna-serve-ro-XXXXXX";
  const std::string dir = mkdtemp(tmpl);
  const std::string db = dir + "/s.db";
  ASSERT_TRUE(EventStore::Open(db).ok());
  auto ro = EventStore::OpenReadOnly(db);
  ASSERT_TRUE(ro.ok()) << ro.status().ToString();
  StoredArticle a;
  a.key = "id:x";
  a.doc_id = "x";
  a.text = "भारत";
  auto written = (*ro)->Write({a}, {}, false, {"0", "0"});
  EXPECT_FALSE(written.ok());
  EXPECT_FALSE(EventStore::OpenReadOnly(dir + "/missing.db").ok());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace ghatna
