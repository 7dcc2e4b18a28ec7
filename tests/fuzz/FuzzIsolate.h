// FuzzIsolate.h — one V8 isolate for a libFuzzer target's whole process, and a watchdog.
//
// libFuzzer calls LLVMFuzzerTestOneInput thousands of times in one process; V8 is initialised
// once per process (runtime/v8/V8Platform.h), so a target makes its isolate on the first call and
// keeps it (never disposed: the process ends with the fuzzing run). Each input runs inside
// FuzzIsolate::Run, which enters the isolate and a fresh HandleScope, and arms a watchdog:
//
//   - time: after kInputBudget the watchdog thread calls Isolate::TerminateExecution, so an input
//     that loops forever (`for(;;);`, a Proxy trap that never returns) ends as a terminated run
//     instead of a libFuzzer timeout; termination is cancelled before the next input.
//   - heap: the isolate's heap is capped at kHeapLimitBytes; near the cap the execution is
//     terminated and V8 is given headroom to unwind, so `new Array(1e9).fill(0)` is an ordinary
//     input, not a V8 out-of-memory abort.
//
// Neither is a finding; what the targets look for is a crash or a sanitizer report in
// Loopscope's code, or a broken contract the target checks itself (it then calls __builtin_trap).
// Thread: libFuzzer's (one thread); the watchdog has its own.
#pragma once

#include <v8.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include "runtime/v8/V8Platform.h"

namespace loopscope::fuzz {

class FuzzIsolate {
 public:
  static constexpr std::chrono::milliseconds kInputBudget{500};
  static constexpr size_t kHeapLimitBytes = size_t{128} << 20;
  static constexpr size_t kHeapHeadroomBytes = size_t{64} << 20;

  // The process's isolate (made on first use).
  static FuzzIsolate& Get() {
    static FuzzIsolate* instance = new FuzzIsolate();  // lives for the process, like V8
    return *instance;
  }

  v8::Isolate* isolate() const { return m_isolate; }

  // Runs `body(isolate)` inside the isolate, a HandleScope and the watchdog's budget.
  template <typename Body>
  void Run(Body&& body) {
    v8::Isolate::Scope isolate_scope(m_isolate);
    v8::HandleScope handle_scope(m_isolate);
    Arm();
    body(m_isolate);
    Disarm();
    m_isolate->CancelTerminateExecution();  // also clears a request no JavaScript saw yet
    m_terminated = false;
    PumpPlatformTasks(m_isolate);
  }

  // True once the watchdog or the heap cap terminated the current input's execution: results
  // after that are incomplete, so contract checks are skipped. Libfuzzer's thread.
  bool Terminated() const { return m_terminated.load(); }

 private:
  FuzzIsolate() {
    EnsureV8Initialized();
    m_allocator.reset(v8::ArrayBuffer::Allocator::NewDefaultAllocator());
    v8::Isolate::CreateParams params;
    params.array_buffer_allocator = m_allocator.get();
    params.constraints.ConfigureDefaultsFromHeapSize(0, kHeapLimitBytes);
    m_isolate = NewPlatformIsolate(params);
    m_isolate->AddNearHeapLimitCallback(&NearHeapLimit, this);
    m_watchdog = std::thread([this] { Watch(); });
    m_watchdog.detach();  // never joined: it waits for the next input until the process exits
  }

  static size_t NearHeapLimit(void* data, size_t current_limit, size_t initial_limit) {
    auto* self = static_cast<FuzzIsolate*>(data);
    self->m_terminated = true;
    self->m_isolate->TerminateExecution();
    return current_limit + kHeapHeadroomBytes;
  }

  void Arm() {
    std::lock_guard lock(m_mutex);
    m_deadline = std::chrono::steady_clock::now() + kInputBudget;
    m_armed = true;
    m_wake.notify_one();
  }

  void Disarm() {
    std::lock_guard lock(m_mutex);
    m_armed = false;
  }

  void Watch() {
    std::unique_lock lock(m_mutex);
    for (;;) {
      if (!m_armed) {
        m_wake.wait(lock);
        continue;
      }
      if (m_wake.wait_until(lock, m_deadline) == std::cv_status::timeout && m_armed &&
          std::chrono::steady_clock::now() >= m_deadline) {
        m_terminated = true;
        m_isolate->TerminateExecution();  // thread-safe; the body's V8 calls then fail
        m_armed = false;
      }
    }
  }

  std::unique_ptr<v8::ArrayBuffer::Allocator> m_allocator;
  v8::Isolate* m_isolate = nullptr;
  std::thread m_watchdog;
  std::mutex m_mutex;
  std::condition_variable m_wake;
  std::chrono::steady_clock::time_point m_deadline;
  bool m_armed = false;
  std::atomic<bool> m_terminated{false};
};

}  // namespace loopscope::fuzz
