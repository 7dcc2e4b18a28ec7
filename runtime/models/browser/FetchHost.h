// FetchHost.h — the native half of fetch.js: the page's client of the network service
// (runtime/io/NetworkService.h), the renderer's side of Chromium's network IPC.
//
// Adds to the host object the prelude scripts receive (never reachable by the script):
//   host.fetchStart(method, url, headers, onDone) → request id
//        sends the request (url absolute, headers a flat [name, value, …] array) to the service;
//        later, in a networking task, onDone(outcome, status, statusText, url, headers, body):
//        outcome 0 = a response (body an ArrayBuffer), 1 = a network error ("Failed to fetch");
//        id 0: no service could be started (the machine is out of threads or descriptors)
//   host.fetchAbort(id)          the request's signal aborted: its answer, if it still comes, is
//                                dropped and onDone is never called
//   host.queueFetchTask(name, fn) fn() in a networking task (Fetch's "queue a fetch task": the
//                                steps after a body has been fully read)
//
// Time: each answer is held until the request's script time plus the latency the service gave
// (NetworkService.h), then its task is queued — so under the skip-idle clock orderings against
// timers are what the same delays give in Chromium, whatever the machine's speed. The trace gets
// NetworkRequest when a request is sent (IPC send) and NetworkResponse when its answer reaches the
// loop or it is aborted (IPC receive), then the task.
//
// The service and its thread start with the first fetch; the loop watches its socket from then on.
// Threads: runtime thread only. Does not own the loop, the engine or the clock; owns the service.
#pragma once

#include <v8.h>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <utility>

#include "runtime/io/NetworkService.h"
#include "runtime/models/browser/BrowserEventLoop.h"

namespace loopscope {

class Engine;
class RunClock;

class FetchHost final : public NetworkClient {
 public:
  // `folder`: what the page may fetch (the script's folder).
  FetchHost(v8::Isolate* isolate, BrowserEventLoop& loop, Engine& engine, RunClock& clock, std::filesystem::path folder);
  ~FetchHost() override;
  FetchHost(const FetchHost&) = delete;
  FetchHost& operator=(const FetchHost&) = delete;

  void Install(v8::Local<v8::Context> context, v8::Local<v8::Object> host);

  // NetworkClient
  int Fd() const override;
  void OnReadable() override;
  bool AwaitingReplies() const override { return m_awaiting > 0; }
  std::optional<uint64_t> NextDueNs() const override;
  void DeliverDue(uint64_t now_ns) override;

 private:
  struct Pending {
    uint64_t sent_ns = 0;
    uint32_t task_name = 0;            // the response task's name in the trace
    v8::Global<v8::Function> on_done;
    std::optional<NetworkReply> reply;  // arrived, held until due
    bool aborted = false;               // dropped when its reply arrives
  };

  uint32_t Start(NetworkRequest request, v8::Local<v8::Function> on_done);
  void Abort(uint32_t id);
  void RunResponseTask(uint32_t id);  // the networking task: onDone(...) with the reply
  void AnswerUnanswered();            // the service is gone: every request still waiting fails

  static void FetchStart(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void FetchAbort(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void QueueFetchTask(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void ResponseTask(const v8::FunctionCallbackInfo<v8::Value>& info);
  static FetchHost* From(const v8::FunctionCallbackInfo<v8::Value>& info);

  v8::Isolate* m_isolate;
  BrowserEventLoop& m_loop;
  Engine& m_engine;
  RunClock& m_clock;
  std::filesystem::path m_folder;
  std::unique_ptr<NetworkService> m_service;            // from the first fetch
  std::map<uint32_t, Pending> m_pending;                 // sent, task not yet queued; by id
  std::set<std::pair<uint64_t, uint32_t>> m_due;         // held replies: due time, id
  std::map<uint32_t, Pending> m_delivered;               // task queued, not yet run; by id
  uint32_t m_awaiting = 0;                               // sent, no reply yet (aborted ones too)
  uint32_t m_next_id = 1;
  bool m_closed_seen = false;                            // the service's end of file was handled
};

}  // namespace loopscope
