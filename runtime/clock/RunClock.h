// RunClock.h — the clock of one run: what performance.now(), Date.now(), timer due times and
// trace timestamps all read.
//
// Units: nanoseconds since the run started. Thread: owned and advanced by the runtime thread;
// NowNs() may also be called from V8's platform (Date.now) on that same thread.
//
// skip-idle (default): time runs with the real monotonic clock while JavaScript runs, and when
// the loop would sleep until the next timer it jumps straight there (WaitUntil returns at once,
// the skipped span is still visible in the trace as an idle period). Orderings do not depend on
// how busy the machine is, and a 10-second timeout demo finishes at once.
// real: WaitUntil really sleeps (interruptible by Interrupt()).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

#include "runtime/session/RunOptions.h"

namespace loopscope {

class RunClock {
 public:
  explicit RunClock(ClockMode mode);

  uint64_t NowNs() const;
  // Wall-clock milliseconds since the Unix epoch consistent with NowNs (for Date.now()).
  double EpochMillis() const;
  // Let time pass until NowNs() >= target_ns: a jump in skip-idle mode, a sleep in real mode.
  // Returns early (false) if Interrupt() was called; true when the target was reached.
  bool WaitUntil(uint64_t target_ns);
  // Wakes a WaitUntil in progress. Thread-safe.
  void Interrupt();
  ClockMode Mode() const { return m_mode; }

 private:
  using SteadyClock = std::chrono::steady_clock;
  ClockMode m_mode;
  SteadyClock::time_point m_start;
  double m_epoch_millis_at_start;
  uint64_t m_skipped_ns = 0;  // total time jumped over (skip-idle)
  std::mutex m_mutex;
  std::condition_variable m_wake;
  bool m_interrupted = false;
};

}  // namespace loopscope
