// MemoryBudget.h — one run's memory budget (RunOptions::memory_budget_bytes, default 2 GiB).
//
// The V8 heap has its own limit (heap_limit_bytes). Everything else a script can make grow —
// ArrayBuffer backing stores, WebAssembly memories, the host's queues and timers, the
// instrumenter's work on a large file — is bounded by this budget, two ways:
//  - reservations: the counting ArrayBuffer allocator (CountingAllocator.h) reserves every
//    backing store here first, so an allocation that would pass the budget fails at once (V8 then
//    throws a RangeError) — even for memory the kernel has not committed yet;
//  - the process's resident memory: the run's watchdog (RunSession) samples it every
//    kSampleInterval; the whole process past the budget (less a margin for what can grow between
//    two samples) counts as reaching it — so `loopscope run` and `shot` never hold more than the
//    budget, whatever the script does. (The window's own memory counts too: one budget, one
//    number the user can check with any process monitor.)
// Reaching the budget calls the `on_exceeded` callback once (it stops the run: exit 6 and the
// message from Description()).
//
// Threads: TryReserve / Release may be called from any thread (V8 allocates backing stores on
// background threads too); Sample from the watchdog thread; all state is atomic.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>

namespace loopscope {

class MemoryBudget {
 public:
  static constexpr std::chrono::milliseconds kSampleInterval{10};
  // Kept free below the budget for what a script can allocate between two samples (a quarter of
  // the budget when that is less).
  static constexpr std::size_t kSampleMarginBytes = std::size_t{64} << 20;

  MemoryBudget(std::size_t budget_bytes, std::function<void()> on_exceeded);

  // Reserves `bytes` of array-buffer / wasm memory; false (and the budget counts as reached) when
  // that would pass the budget. Release gives back what a successful TryReserve took.
  bool TryReserve(std::size_t bytes);
  void Release(std::size_t bytes);

  // The watchdog's sample: the process's resident bytes now.
  void Sample(std::size_t resident_bytes);

  bool Exceeded() const { return m_exceeded.load(std::memory_order_acquire); }
  std::size_t BudgetBytes() const { return m_budget; }
  // "the run used more than 2048 MB of memory (array buffers)": why it stopped, for the user.
  std::string Description() const;

 private:
  void NoteExceeded(const char* what);

  const std::size_t m_budget;
  std::function<void()> m_on_exceeded;
  std::atomic<std::size_t> m_reserved{0};
  std::atomic<bool> m_exceeded{false};
  mutable std::mutex m_mutex;  // guards m_what
  std::string m_what;
};

// The process's resident set size in bytes (/proc/self/statm), 0 if it cannot be read.
std::size_t ResidentBytes();

}  // namespace loopscope
