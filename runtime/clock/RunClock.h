// RunClock.h — the clocks of one run.
//
// Two readings, both in nanoseconds since the run started:
//  - ScriptNowNs(): what the script sees (performance.now(), Date.now()) and what timer due times
//    and rendering opportunities are computed on.
//  - TraceNowNs(): the timestamps of trace events, i.e. what the timeline draws.
//
// skip-idle (default) — the clock of headless Chromium's virtual time, which is Loopscope's
// oracle: script time stands still while JavaScript runs and jumps straight to the next due
// timer when the loop would sleep, so every ordering is deterministic and a 10-second timeout demo
// finishes at once. Trace time is real elapsed time plus the jumps, so the timeline still shows
// how long each piece of JavaScript really took, and idle periods with their would-be length.
// AD-HOC: Chromium's virtual time never moves during a task, so `while (Date.now() - s < 50) {}`
// spins forever there. Here a task that reads the clock kBusyWaitReads times without time moving
// is taken to be waiting for it, and script time then runs with the real clock until the task ends.
//
// real — script time is real elapsed time and the loop really sleeps; trace time equals it.
//
// Thread: owned and advanced by the runtime thread (Date.now() reaches it through V8's platform
// on that same thread). Interrupt() may be called from any thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

#include "runtime/session/RunOptions.h"

namespace loopscope {

class RunClock {
 public:
  static constexpr uint32_t kBusyWaitReads = 10000;

  explicit RunClock(ClockMode mode);

  uint64_t ScriptNowNs() const;
  uint64_t TraceNowNs() const;
  // Wall-clock milliseconds since the Unix epoch that Date.now() returns: epoch at start + script time.
  double EpochMillis() const;

  // The script read the clock (Date.now, performance.now): counts towards the busy-wait escape.
  void NoteScriptRead();
  // A task (or rendering step, or idle callback) ended: script time stops flowing again.
  void NoteTaskEnded();

  // Let script time pass until ScriptNowNs() >= target_ns: a jump in skip-idle mode, a sleep in
  // real mode. Returns false if Interrupt() was called; true when the target was reached.
  bool WaitUntil(uint64_t target_ns);
  // Wakes a WaitUntil in progress and makes later ones return false at once. Thread-safe.
  void Interrupt();

 private:
  using SteadyClock = std::chrono::steady_clock;
  uint64_t RealElapsedNs() const;

  ClockMode m_mode;
  SteadyClock::time_point m_start;
  double m_epoch_millis_at_start;
  uint64_t m_skipped_ns = 0;        // idle time jumped over (skip-idle)
  uint64_t m_flowed_ns = 0;         // script time that ran with the real clock in busy-waiting tasks
  uint64_t m_flow_started_ns = 0;   // real elapsed when the current task started busy-waiting
  bool m_flowing = false;
  uint32_t m_reads_this_task = 0;
  std::mutex m_mutex;
  std::condition_variable m_wake;
  bool m_interrupted = false;
};

}  // namespace loopscope
