#include "runtime/session/RunSession.h"

#include <v8.h>

#include <chrono>
#include <cstdio>
#include <condition_variable>
#include <mutex>

#include "runtime/clock/RunClock.h"
#include "runtime/host/BrowserHost.h"
#include "runtime/host/TraceRecorder.h"
#include "runtime/v8/V8Platform.h"

namespace loopscope {
namespace {

std::string FormatSeconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%g s", seconds);
  return text;
}

}  // namespace

// What the controlling thread (stop, timeout watchdog) shares with the runtime thread.
struct RunSession::Shared {
  std::mutex mutex;
  std::condition_variable changed;
  v8::Isolate* isolate = nullptr;  // set while the isolate exists
  RunClock* clock = nullptr;
  bool done = false;
  bool timed_out = false;
  std::atomic<bool> stop{false};

  // Thread-safe: V8's TerminateExecution may be called from any thread.
  void Stop() {
    std::lock_guard lock(mutex);
    stop.store(true);
    if (isolate != nullptr) isolate->TerminateExecution();
    if (clock != nullptr) clock->Interrupt();
  }
};

RunSession::RunSession(RunOptions options)
    : m_options(std::move(options)),
      m_trace(std::make_shared<Trace>(TraceLimits{m_options.trace_cap_bytes})),
      m_shared(std::make_shared<Shared>()) {}

RunSession::~RunSession() {
  RequestStop();
  if (m_thread.joinable()) m_thread.join();
}

void RunSession::Start() {
  EnsureV8Initialized();
  m_thread = std::thread([this] {
    RunClock clock(m_options.clock);
    TraceRecorder recorder(*m_trace, clock);
    SetDateClock(&clock);

    v8::Isolate::CreateParams params;
    std::unique_ptr<v8::ArrayBuffer::Allocator> allocator(v8::ArrayBuffer::Allocator::NewDefaultAllocator());
    params.array_buffer_allocator = allocator.get();
    params.constraints.ConfigureDefaultsFromHeapSize(0, m_options.heap_limit_bytes);
    v8::Isolate* isolate = v8::Isolate::New(params);
    {
      std::lock_guard lock(m_shared->mutex);
      m_shared->isolate = isolate;
      m_shared->clock = &clock;
      if (m_shared->stop.load()) isolate->TerminateExecution();
    }

    // Watchdog for --timeout: wall-clock, whatever the run clock does.
    std::thread watchdog;
    if (m_options.timeout_seconds) {
      auto shared = m_shared;
      auto limit = std::chrono::duration<double>(*m_options.timeout_seconds);
      watchdog = std::thread([shared, limit] {
        std::unique_lock lock(shared->mutex);
        if (shared->changed.wait_for(lock, limit, [&] { return shared->done || shared->stop.load(); })) return;
        shared->timed_out = true;
        lock.unlock();
        shared->Stop();
      });
    }

    RunOutcome outcome;
    {
      v8::Isolate::Scope isolate_scope(isolate);
      BrowserHost host(isolate, recorder, clock, m_options, m_shared->stop);
      outcome = host.Run();
    }
    {
      std::lock_guard lock(m_shared->mutex);
      m_shared->done = true;
      m_shared->isolate = nullptr;
      m_shared->clock = nullptr;
      if (m_shared->timed_out) {
        outcome = RunOutcome{RunEndReason::TimedOut,
                             "the script was stopped after " + FormatSeconds(*m_options.timeout_seconds)};
      }
    }
    m_shared->changed.notify_all();
    if (watchdog.joinable()) watchdog.join();
    isolate->Dispose();
    SetDateClock(nullptr);

    recorder.Emit(EventKind::RunEnded, static_cast<uint8_t>(outcome.reason), recorder.Intern(outcome.message));
    m_outcome = outcome;
    m_finished.store(true, std::memory_order_release);
  });
}

void RunSession::RequestStop() {
  m_shared->Stop();
}

bool RunSession::Finished() const { return m_finished.load(std::memory_order_acquire); }

RunOutcome RunSession::Wait() {
  if (m_thread.joinable()) m_thread.join();
  return m_outcome;
}

}  // namespace loopscope
