// The network service (runtime/io/NetworkService.h): its framing, what it serves and refuses, and
// its thread over the socketpair; then fetch through the browser model's loop: the trace's
// request / response events, a response as a networking task, the loop kept alive by a request in
// flight, script-time latency under skip-idle, and a prompt end when a run stops mid-request.
#include <gtest/gtest.h>
#include <poll.h>
#include <stdlib.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "RunScriptHelper.h"
#include "runtime/io/NetworkService.h"

namespace loopscope {
namespace {

using testing::RunScript;
using Lines = std::vector<std::string>;
namespace fs = std::filesystem;

// A fresh folder with a few files, removed at the end of the test.
class ServedFolder {
 public:
  ServedFolder() {
    std::string pattern = (fs::temp_directory_path() / "loopscope-network-XXXXXX").string();
    m_path = fs::canonical(mkdtemp(pattern.data()));
    fs::create_directory(m_path / "site");
    Write("site/data.json", "{\"a\":1}");
    Write("site/notes.txt", "hello");
    Write("secret.txt", "outside the served folder");
  }
  ~ServedFolder() { fs::remove_all(m_path); }
  void Write(const std::string& name, const std::string& text) const { std::ofstream(m_path / name, std::ios::binary) << text; }
  fs::path Site() const { return m_path / "site"; }
  fs::path Top() const { return m_path; }
  std::string Url(const std::string& relative) const { return "file://" + (Site() / relative).string(); }

 private:
  fs::path m_path;
};

NetworkReply Ask(const fs::path& root, const std::string& url, const std::string& method = "GET") {
  NetworkRequest request;
  request.id = 7;
  request.method = method;
  request.url = url;
  return NetworkService::Answer(root, request);
}

std::string HeaderOf(const NetworkReply& reply, const std::string& name) {
  for (const auto& [key, value] : reply.headers) {
    if (key == name) return value;
  }
  return "";
}

TEST(NetworkService, FramesRoundTripAndWaitForTheirLastByte) {
  NetworkReply reply;
  reply.id = 42;
  reply.status = 404;
  reply.status_text = "Not Found";
  reply.url = "file:///x";
  reply.headers = {{"content-type", "text/plain"}, {"content-length", "3"}};
  reply.body = std::string("a\0b", 3);
  reply.latency_ms = 250;
  const std::string frame = NetworkService::EncodeReply(reply);
  std::size_t consumed = 1;
  EXPECT_FALSE(NetworkService::DecodeReply(std::string_view(frame).substr(0, frame.size() - 1), consumed));
  EXPECT_EQ(consumed, 0u) << "an incomplete frame consumes nothing";
  std::optional<NetworkReply> decoded = NetworkService::DecodeReply(frame + "next", consumed);
  ASSERT_TRUE(decoded);
  EXPECT_EQ(consumed, frame.size());
  EXPECT_EQ(decoded->id, 42u);
  EXPECT_EQ(decoded->status, 404);
  EXPECT_EQ(decoded->status_text, "Not Found");
  EXPECT_EQ(decoded->headers, reply.headers);
  EXPECT_EQ(decoded->body, reply.body);
  EXPECT_EQ(decoded->latency_ms, 250u);

  NetworkRequest request{3, "POST", "file:///y", {{"accept", "*/*"}}};
  const std::string request_frame = NetworkService::EncodeRequest(request);
  std::optional<NetworkRequest> back = NetworkService::DecodeRequest(request_frame, consumed);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->method, "POST");
  EXPECT_EQ(back->headers, request.headers);
}

TEST(NetworkService, AMalformedFrameIsSkippedNotTrusted) {
  // A length prefix of 4 whose message claims a 1000-byte method.
  const std::string frame("\x04\x00\x00\x00\x01\x00\x00\x00", 8);
  std::size_t consumed = 0;
  EXPECT_FALSE(NetworkService::DecodeRequest(frame, consumed));
  EXPECT_EQ(consumed, frame.size()) << "the reader moves past it";
}

TEST(NetworkService, ServesFilesOfItsFolderWithContentTypes) {
  ServedFolder folder;
  NetworkReply json = Ask(folder.Site(), folder.Url("data.json"));
  EXPECT_EQ(json.outcome, NetworkOutcome::Response);
  EXPECT_EQ(json.status, 200);
  EXPECT_EQ(json.status_text, "OK");
  EXPECT_EQ(json.body, "{\"a\":1}");
  EXPECT_EQ(HeaderOf(json, "content-type"), "application/json");
  EXPECT_EQ(HeaderOf(json, "content-length"), "7");
  EXPECT_EQ(json.latency_ms, NetworkService::kFileLatencyMs);
  EXPECT_EQ(HeaderOf(Ask(folder.Site(), folder.Url("notes.txt")), "content-type"), "text/plain; charset=utf-8");
  // Percent-encoding, a query and a fragment.
  EXPECT_EQ(Ask(folder.Site(), folder.Url("not%65s.txt?x=1#top")).body, "hello");
  EXPECT_EQ(Ask(folder.Site(), folder.Url("notes.txt"), "HEAD").body, "");
}

TEST(NetworkService, AMissingFileIs404) {
  ServedFolder folder;
  NetworkReply reply = Ask(folder.Site(), folder.Url("missing.json"));
  EXPECT_EQ(reply.outcome, NetworkOutcome::Response);
  EXPECT_EQ(reply.status, 404);
  EXPECT_EQ(reply.status_text, "Not Found");
  EXPECT_EQ(reply.body, "Not Found");
  fs::create_directory(folder.Site() / "sub");
  EXPECT_EQ(Ask(folder.Site(), folder.Url("sub")).status, 404) << "a folder is no file";
  // The served folder itself is not in it (as fetch_server.js: nothing to answer but a refusal).
  EXPECT_EQ(Ask(folder.Site(), "file://" + folder.Site().string() + "/").outcome, NetworkOutcome::NetworkError);
}

TEST(NetworkService, SyntheticEndpointsGiveLatencyAndStatus) {
  ServedFolder folder;
  NetworkReply delayed = Ask(folder.Site(), folder.Url("delay/300"));
  EXPECT_EQ(delayed.status, 200);
  EXPECT_EQ(delayed.latency_ms, 300u);
  EXPECT_EQ(delayed.body, "{\"delay\":300}");
  NetworkReply teapot = Ask(folder.Site(), folder.Url("status/418"));
  EXPECT_EQ(teapot.status, 418);
  EXPECT_EQ(teapot.status_text, "I'm a Teapot");
  EXPECT_EQ(Ask(folder.Site(), folder.Url("status/299")).status_text, "unknown");
  NetworkReply no_content = Ask(folder.Site(), folder.Url("status/204"));
  EXPECT_EQ(no_content.body, "");
  EXPECT_TRUE(no_content.headers.empty());
  // Out of range: an ordinary (missing) path.
  EXPECT_EQ(Ask(folder.Site(), folder.Url("delay/10001")).status, 404);
  EXPECT_EQ(Ask(folder.Site(), folder.Url("status/199")).status, 404);
  EXPECT_EQ(Ask(folder.Site(), folder.Url("status/abc")).status, 404);
}

TEST(NetworkService, RefusesEverythingOutsideItsFolder) {
  ServedFolder folder;
  const std::string top = "file://" + folder.Top().string();
  for (const std::string& url :
       {top + "/secret.txt", folder.Url("../secret.txt"), folder.Url("%2e%2e/secret.txt"), folder.Url("a/../../secret.txt"),
        std::string("file:///etc/hostname"), std::string("http://example.com/"), std::string("https://127.0.0.1:1/x"),
        std::string("ftp://example.com/"), std::string("data:text/plain,hi"), std::string("file://otherhost") + folder.Site().string() + "/data.json",
        folder.Url("data%00.json")}) {
    NetworkReply reply = Ask(folder.Site(), url);
    EXPECT_EQ(reply.outcome, NetworkOutcome::NetworkError) << url;
    EXPECT_FALSE(reply.error.empty()) << url;
    EXPECT_EQ(reply.body, "") << url;
  }
  EXPECT_EQ(Ask(fs::path(), folder.Url("data.json")).outcome, NetworkOutcome::NetworkError) << "an unsaved script serves nothing";
}

TEST(NetworkService, ASymlinkMayNotLeadOutOfTheFolder) {
  ServedFolder folder;
  fs::create_symlink(folder.Top() / "secret.txt", folder.Site() / "link.txt");
  EXPECT_EQ(Ask(folder.Site(), folder.Url("link.txt")).outcome, NetworkOutcome::NetworkError);
}

TEST(NetworkService, AnswersOverTheSocketpairInOrder) {
  ServedFolder folder;
  folder.Write("site/big.bin", std::string(3 << 20, 'x'));  // several socket buffers' worth
  NetworkService service(folder.Site());
  EXPECT_EQ(service.Root(), folder.Site());
  const std::vector<std::string> names = {"big.bin", "data.json", "missing", "../secret.txt", "delay/5"};
  for (uint32_t i = 0; i < names.size(); ++i) service.Send(NetworkRequest{i + 1, "GET", folder.Url(names[i]), {}});
  std::vector<NetworkReply> replies;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (replies.size() < names.size() && std::chrono::steady_clock::now() < deadline) {
    pollfd readable{service.LoopFd(), POLLIN, 0};
    poll(&readable, 1, 100);
    for (NetworkReply& reply : service.TakeReplies()) replies.push_back(std::move(reply));
  }
  ASSERT_EQ(replies.size(), names.size());
  for (uint32_t i = 0; i < names.size(); ++i) EXPECT_EQ(replies[i].id, i + 1);
  EXPECT_EQ(replies[0].body.size(), std::size_t{3} << 20);
  EXPECT_EQ(replies[1].body, "{\"a\":1}");
  EXPECT_EQ(replies[2].status, 404);
  EXPECT_EQ(replies[3].outcome, NetworkOutcome::NetworkError);
  EXPECT_EQ(replies[4].latency_ms, 5u);
}

TEST(NetworkService, ShutsDownWithRequestsUnanswered) {
  ServedFolder folder;
  auto service = std::make_unique<NetworkService>(folder.Site());
  for (uint32_t i = 1; i <= 100; ++i) service->Send(NetworkRequest{i, "GET", folder.Url("data.json"), {}});
  service.reset();  // joins the thread though nobody read the replies
  SUCCEED();
}

// --- through the browser model's loop ------------------------------------------------------------

RunOptions ScriptIn(const ServedFolder& folder, RunOptions options = {}) {
  options.script_path = (folder.Site() / "page.js").string();
  options.script_name = "page.js";
  return options;
}

TEST(NetworkServiceThroughTheLoop, RequestAndResponseAreTracedAndTheResponseIsANetworkingTask) {
  ServedFolder folder;
  auto run = RunScript(
      "fetch('data.json').then(r => r.json()).then(d => console.log('a=' + d.a));"
      "fetch('../secret.txt').catch(e => console.log(e.message));"
      "const c = new AbortController(); fetch('delay/50', {signal: c.signal}).catch(e => console.log(e.name)); c.abort();"
      "fetch('status/503').then(r => console.log(r.status + ' ' + r.statusText));",
      ScriptIn(folder));
  // The three answers are due together, in request order; the body read is queued after them.
  EXPECT_EQ(run.stdout_lines, (Lines{"AbortError", "Failed to fetch", "503 Service Unavailable", "a=1"}));
  std::vector<std::string> urls;
  std::vector<std::pair<uint8_t, uint32_t>> responses;  // outcome, status
  uint32_t networking_tasks = 0;
  for (uint64_t i = 0; i < run.trace->PublishedCount(); ++i) {
    const Event& event = run.trace->At(i);
    if (event.Kind() == EventKind::NetworkRequest) urls.emplace_back(run.trace->String(event.b));
    if (event.Kind() == EventKind::NetworkResponse) responses.emplace_back(event.aux, event.b);
    if (event.Kind() == EventKind::TaskStarted && event.aux == static_cast<uint8_t>(TaskSource::Networking)) ++networking_tasks;
  }
  ASSERT_EQ(urls.size(), 4u);
  EXPECT_EQ(urls[0], folder.Url("data.json"));
  EXPECT_EQ(urls[1], "file://" + (folder.Top() / "secret.txt").string());
  const auto outcome = [](ResponseOutcome o) { return static_cast<uint8_t>(o); };
  EXPECT_EQ(responses, (std::vector<std::pair<uint8_t, uint32_t>>{
                           {outcome(ResponseOutcome::Aborted), 0}, {outcome(ResponseOutcome::Response), 200},
                           {outcome(ResponseOutcome::NetworkError), 0}, {outcome(ResponseOutcome::Response), 503}}));
  EXPECT_EQ(networking_tasks, 4u) << "three responses and one body read";
  ASSERT_FALSE(run.stderr_lines.empty());
  EXPECT_NE(run.stderr_lines[0].find("network error (outside the script's folder"), std::string::npos) << run.stderr_lines[0];
}

TEST(NetworkServiceThroughTheLoop, LatencyIsScriptTimeUnderSkipIdle) {
  ServedFolder folder;
  const auto start = std::chrono::steady_clock::now();
  auto run = RunScript(
      "const t0 = performance.now();"
      "setTimeout(() => console.log('timer 9000'), 9000);"
      "fetch('delay/8000').then(() => console.log('response after ' + Math.round(performance.now() - t0)));"
      "setTimeout(() => console.log('timer 4000'), 4000);",
      ScriptIn(folder));
  EXPECT_EQ(run.outcome.reason, RunEndReason::Completed);
  EXPECT_EQ(run.stdout_lines, (Lines{"timer 4000", "response after 8000", "timer 9000"}));
  // Even a slow (sanitizer) build runs this in far less than the 9 s the script spans.
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(4)) << "skip-idle does not wait for the delay";
}

TEST(NetworkServiceThroughTheLoop, ARequestInFlightKeepsTheLoopAliveUnderTheRealClock) {
  ServedFolder folder;
  RunOptions options = ScriptIn(folder);
  options.clock = ClockMode::Real;
  const auto start = std::chrono::steady_clock::now();
  auto run = RunScript("fetch('delay/200').then(r => console.log('status ' + r.status));", options);
  EXPECT_EQ(run.stdout_lines, (Lines{"status 200"}));
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(200));
}

TEST(NetworkServiceThroughTheLoop, ATimeoutEndsARunWaitingForAResponse) {
  ServedFolder folder;
  for (ClockMode clock : {ClockMode::Real, ClockMode::SkipIdle}) {
    RunOptions options = ScriptIn(folder);
    options.clock = clock;
    options.timeout_seconds = 0.3;
    const auto start = std::chrono::steady_clock::now();
    // Under skip-idle the request itself is answered at once; a chain of them keeps the loop busy.
    auto run = RunScript("(function next() { fetch('delay/10000').then(next); })();", options);
    EXPECT_EQ(run.outcome.reason, RunEndReason::TimedOut);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3));
  }
}

TEST(NetworkServiceThroughTheLoop, AnUnsavedScriptCanFetchNothing) {
  auto run = RunScript("fetch('data.json').then(() => console.log('answered'), e => console.log(e.message));");
  EXPECT_EQ(run.stdout_lines, (Lines{"Failed to fetch"}));
}

}  // namespace
}  // namespace loopscope
