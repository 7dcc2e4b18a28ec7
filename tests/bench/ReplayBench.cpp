// ReplayBench — the replay's cost per event must not grow with the trace (issue 7, "no quadratic
// paths"). Each family replays traces of 10^3 … 10^7 timers (or exits) and reports:
//   ns_per_event  the replay's time divided by the events it folded (manual timing: building the
//                 trace and freeing the state are not counted);
//   vs_1e3        ns_per_event against the same family's 10^3 size, measured earlier in this run
//                 (flat cost: close to 1 at every size).
// Families:
//   BM_FoldTimers           ApplyEvent over: N timers installed (TimerInstalled + Detail), then
//                           fired (3 in 4) or cleared in installation order — `shot`: timers of
//                           one delay fall due in the order they were set.
//   BM_FoldTimersShuffled   the same, fired and cleared in a shuffled order: every removal is
//                           from the middle, at a random place in memory.
//   BM_RandomTouchBaseline  not the replay: one read-modify-write of a random 64-byte record among
//                           N, per event — the memory hierarchy's own growth, which bounds what
//                           any structure can do for BM_FoldTimersShuffled once N outgrows the caches.
//   BM_SyncTimers           BM_FoldTimersShuffled's trace through ReplayModel::Sync (keyframes included).
//   BM_FoldUnmatchedExits   N × (FunctionEnter, FunctionExit of a function not on the stack): the
//                           stack grows to N frames and every exit misses.
// Run: build/tests/loopscope_bench --benchmark_filter='BM_(Fold|Sync|RandomTouch)' --benchmark_counters_tabular=true
// (10^7 timers take about 3.5 GB and a minute.)
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "runtime/replay/ReplayModel.h"
#include "runtime/replay/ReplayState.h"
#include "runtime/trace/Trace.h"

namespace loopscope {
namespace {

constexpr int64_t kSmallest = 1'000;
constexpr int64_t kLargest = 10'000'000;
// 10^7 timers are 3·10^7 events (480 MB): above Trace's default cap.
constexpr std::size_t kBenchTraceCap = std::size_t{2} << 30;

std::shared_ptr<Trace> NewTrace() {
  TraceLimits limits;
  limits.cap_bytes = kBenchTraceCap;
  return std::make_shared<Trace>(limits);
}

enum class FireOrder { Installation, Shuffled };

std::shared_ptr<Trace> MakeTimerTrace(uint32_t timers, FireOrder fire_order) {
  auto trace = NewTrace();
  const uint32_t name = trace->InternString("tick");
  uint64_t t = 0;
  trace->Append(MakeEvent(t, EventKind::RunStarted));
  for (uint32_t id = 1; id <= timers; ++id) {
    trace->Append(MakeEvent(t += 10, EventKind::TimerInstalled, 0, id, name));
    trace->Append(MakeEvent(t, EventKind::Detail, 0, id % 1000, 0));
  }
  std::vector<uint32_t> order(timers);
  std::iota(order.begin(), order.end(), 1u);
  if (fire_order == FireOrder::Shuffled) std::shuffle(order.begin(), order.end(), std::mt19937(7));
  for (uint32_t id : order) {
    trace->Append(MakeEvent(t += 10, id % 4 == 0 ? EventKind::TimerCleared : EventKind::TimerFired, 0, id, 0));
  }
  return trace;
}

std::shared_ptr<Trace> MakeUnmatchedExitTrace(uint32_t exits) {
  auto trace = NewTrace();
  uint64_t t = 0;
  for (uint32_t i = 0; i < exits; ++i) {
    trace->Append(MakeEvent(t += 10, EventKind::FunctionEnter, 0, 1 + i % 1000));
    trace->Append(MakeEvent(t += 10, EventKind::FunctionExit, 0, 1'000'000 + i));  // never entered
  }
  return trace;
}

// Per family: ns_per_event of its kSmallest size in this run.
std::map<std::string, double>& SmallestCost() {
  static std::map<std::string, double> cost;
  return cost;
}

void Report(benchmark::State& state, const std::string& family, double seconds, uint64_t events) {
  const double ns_per_event = seconds * 1e9 / static_cast<double>(events);
  if (state.range(0) == kSmallest) SmallestCost()[family] = ns_per_event;
  state.counters["ns_per_event"] = ns_per_event;
  const auto smallest = SmallestCost().find(family);
  if (smallest != SmallestCost().end()) state.counters["vs_1e3"] = ns_per_event / smallest->second;
  state.SetItemsProcessed(static_cast<int64_t>(events) * state.iterations());
}

template <typename Replay>
void TimeReplays(benchmark::State& state, const std::string& family, const Trace& trace, Replay replay) {
  double total_seconds = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    auto result = replay(trace);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    benchmark::DoNotOptimize(result);
    state.SetIterationTime(seconds);
    total_seconds += seconds;
  }
  Report(state, family, total_seconds / static_cast<double>(state.iterations()), trace.PublishedCount());
}

// Returns what it built, so that freeing it happens after the clock stops.
std::unique_ptr<ReplayState> FoldAll(const Trace& trace) {
  auto state = std::make_unique<ReplayState>();
  for (uint64_t index = 0; index < trace.PublishedCount(); ++index) ApplyEvent(*state, trace.At(index));
  return state;
}

void BM_FoldTimers(benchmark::State& state) {
  const auto trace = MakeTimerTrace(static_cast<uint32_t>(state.range(0)), FireOrder::Installation);
  TimeReplays(state, "FoldTimers", *trace, FoldAll);
}
BENCHMARK(BM_FoldTimers)->RangeMultiplier(10)->Range(kSmallest, kLargest)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_FoldTimersShuffled(benchmark::State& state) {
  const auto trace = MakeTimerTrace(static_cast<uint32_t>(state.range(0)), FireOrder::Shuffled);
  TimeReplays(state, "FoldTimersShuffled", *trace, FoldAll);
}
BENCHMARK(BM_FoldTimersShuffled)->RangeMultiplier(10)->Range(kSmallest, kLargest)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_RandomTouchBaseline(benchmark::State& state) {
  struct alignas(64) Record {
    uint64_t value;
  };
  const auto records = static_cast<std::size_t>(state.range(0));
  std::vector<Record> table(records, Record{0});
  std::vector<uint32_t> touches(3 * records);  // as many as BM_FoldTimersShuffled's events
  std::mt19937 random(7);
  for (uint32_t& touch : touches) touch = static_cast<uint32_t>(random() % records);
  double total_seconds = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    for (uint32_t touch : touches) ++table[touch].value;
    benchmark::ClobberMemory();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    state.SetIterationTime(seconds);
    total_seconds += seconds;
  }
  Report(state, "RandomTouchBaseline", total_seconds / static_cast<double>(state.iterations()), touches.size());
}
BENCHMARK(BM_RandomTouchBaseline)->RangeMultiplier(10)->Range(kSmallest, kLargest)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_SyncTimers(benchmark::State& state) {
  const auto trace = MakeTimerTrace(static_cast<uint32_t>(state.range(0)), FireOrder::Shuffled);
  auto shared = std::shared_ptr<const Trace>(trace);
  TimeReplays(state, "SyncTimers", *trace, [&](const Trace&) {
    auto model = std::make_unique<ReplayModel>(shared);
    model->Sync();
    return model;
  });
}
BENCHMARK(BM_SyncTimers)->RangeMultiplier(10)->Range(kSmallest, kLargest)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_FoldUnmatchedExits(benchmark::State& state) {
  const auto trace = MakeUnmatchedExitTrace(static_cast<uint32_t>(state.range(0)));
  TimeReplays(state, "FoldUnmatchedExits", *trace, FoldAll);
}
BENCHMARK(BM_FoldUnmatchedExits)->RangeMultiplier(10)->Range(kSmallest, kLargest)->UseManualTime()->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace loopscope
