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
// The clock never sleeps itself: the loop asks how long it must really wait (SleepNeededNs), waits
// in its poller (so a command or I/O can wake it), then lets script time reach the target
// (AdvanceTo: a jump under skip-idle).
//
// Thread: owned and advanced by the runtime thread only (Date.now() reaches it through V8's
// platform on that same thread).
#pragma once

#include <chrono>
#include <cstdint>

#include "runtime/core/RunTypes.h"

namespace loopscope {

// Time arithmetic that saturates at the end of representable time (2^64 ns, about 584 years of
// script time — reached by some 8 600 intervals of 2^31-1 ms) instead of wrapping to the start:
// the clock then stands at its end, never goes back.
constexpr uint64_t kEndOfTimeNs = UINT64_MAX;
constexpr uint64_t SaturatingAddNs(uint64_t a, uint64_t b) { return b > kEndOfTimeNs - a ? kEndOfTimeNs : a + b; }
constexpr uint64_t SaturatingMulNs(uint64_t a, uint64_t b) {
  return a != 0 && b > kEndOfTimeNs / a ? kEndOfTimeNs : a * b;
}

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

  ClockMode Mode() const { return m_mode; }
  // Real nanoseconds the loop must still sleep before script time reaches `target_ns`: always 0
  // under skip-idle (time jumps instead), the remaining wall-clock time under the real clock.
  uint64_t SleepNeededNs(uint64_t target_ns) const;
  // Script time reaches at least `target_ns` now: a jump under skip-idle; nothing under the real
  // clock (the loop has slept until then).
  void AdvanceTo(uint64_t target_ns);

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
};

}  // namespace loopscope
