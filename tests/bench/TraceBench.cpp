// TraceBench — the trace's hot paths against their baselines, in the same run:
// - Append into Trace (chunked, published per event, cap-checked) vs std::vector<Event>::push_back;
// - ReplayModel::StateAt through keyframes vs folding from scratch, on a 100 000-event trace.
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <cstdint>
#include <memory>
#include <random>
#include <vector>

#include "runtime/replay/ReplayModel.h"
#include "runtime/trace/Trace.h"

namespace loopscope {
namespace {

// Both append benchmarks free 16 MiB per iteration. By default glibc returns the Trace's 1 MiB
// chunks to the kernel (trim) but keeps the vector's buffers, so the Trace would pay ~4 000 page
// faults per iteration that the vector does not: that measures the allocator, not the buffer.
// Keep freed memory in the process for both (a real run allocates its trace once).
const int kSameAllocatorForBoth = [] {
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  return 0;
}();

constexpr int64_t kAppendBatch = 1 << 20;  // events per iteration (16 MiB)
constexpr uint64_t kReplayEvents = 100'000;

Event EventNumber(uint32_t i) { return MakeEvent(i, static_cast<EventKind>(1 + i % 32), 0, i, i ^ 0x5555); }

void BM_TraceAppend(benchmark::State& state) {
  for (auto _ : state) {
    state.PauseTiming();
    auto trace = std::make_unique<Trace>();
    state.ResumeTiming();
    for (uint32_t i = 0; i < kAppendBatch; ++i) trace->Append(EventNumber(i));
    benchmark::DoNotOptimize(trace->PublishedCount());
    state.PauseTiming();
    trace.reset();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * kAppendBatch);
  state.SetBytesProcessed(state.iterations() * kAppendBatch * int64_t{sizeof(Event)});
}
BENCHMARK(BM_TraceAppend)->Unit(benchmark::kMillisecond);

void BM_VectorPushBackBaseline(benchmark::State& state) {
  for (auto _ : state) {
    state.PauseTiming();
    auto events = std::make_unique<std::vector<Event>>();
    state.ResumeTiming();
    for (uint32_t i = 0; i < kAppendBatch; ++i) events->push_back(EventNumber(i));
    benchmark::DoNotOptimize(events->data());
    benchmark::ClobberMemory();
    state.PauseTiming();
    events.reset();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * kAppendBatch);
  state.SetBytesProcessed(state.iterations() * kAppendBatch * int64_t{sizeof(Event)});
}
BENCHMARK(BM_VectorPushBackBaseline)->Unit(benchmark::kMillisecond);

// A plausible run: tasks with nested calls, microtasks, timers with Details, console output.
std::shared_ptr<Trace> MakeReplayTrace() {
  auto trace = std::make_shared<Trace>();
  std::mt19937 random(42);
  for (uint32_t f = 1; f <= 16; ++f) trace->AddFunction({trace->InternString("f" + std::to_string(f)), f, 1});
  uint64_t now = 0;
  uint32_t task = 0, microtask = 0, timer = 0;
  auto emit = [&](EventKind kind, uint8_t aux = 0, uint32_t a = 0, uint32_t b = 0) {
    now += 1 + random() % 2000;
    trace->Append(MakeEvent(now, kind, aux, a, b));
  };
  // A backlog keeps queues and timers non-empty, as in a busy page.
  for (int i = 0; i < 20; ++i) emit(EventKind::TaskEnqueued, 1, ++task);
  uint32_t next_to_run = 1;
  while (trace->PublishedCount() < kReplayEvents) {
    emit(EventKind::TaskEnqueued, 1, ++task);
    emit(EventKind::TaskStarted, 1, next_to_run);
    for (uint32_t depth = 1; depth <= 1 + random() % 6; ++depth) emit(EventKind::FunctionEnter, 0, depth);
    emit(EventKind::TimerInstalled, random() % 2, ++timer % 30 + 1);
    emit(EventKind::Detail, 0, random() % 1000);
    for (int m = 0; m < 3; ++m) emit(EventKind::MicrotaskEnqueued, 0, ++microtask);
    if (random() % 4 == 0) emit(EventKind::ConsoleOutput, 0, 0);
    emit(EventKind::FunctionExit, 0, 1);  // unwinds the whole nest
    emit(EventKind::TaskEnded, 1, next_to_run++);
    emit(EventKind::CheckpointBegin);
    for (uint32_t m = microtask - 2; m <= microtask; ++m) {
      emit(EventKind::MicrotaskStarted, 0, m);
      emit(EventKind::FunctionEnter, 0, 7);
      emit(EventKind::FunctionExit, 0, 7);
      emit(EventKind::MicrotaskEnded, 0, m);
    }
    emit(EventKind::CheckpointEnd, 0, 3);
    if (random() % 8 == 0) emit(EventKind::TimerFired, 0, random() % 30 + 1);
  }
  return trace;
}

// Random cursor positions, the same sequence for both variants.
std::vector<uint64_t> Cursors(uint64_t count) {
  std::mt19937 random(7);
  std::vector<uint64_t> cursors(1024);
  for (uint64_t& cursor : cursors) cursor = random() % (count + 1);
  return cursors;
}

void BM_StateAtKeyframes(benchmark::State& state) {
  static const auto trace = MakeReplayTrace();
  ReplayModel model(trace);
  model.Sync();
  const auto cursors = Cursors(trace->PublishedCount());
  std::size_t next = 0;
  for (auto _ : state) {
    ReplayState replay = model.StateAt(cursors[next++ % cursors.size()]);
    benchmark::DoNotOptimize(replay.event_index);
  }
  state.counters["events"] = static_cast<double>(trace->PublishedCount());
}
BENCHMARK(BM_StateAtKeyframes)->Unit(benchmark::kMicrosecond);

void BM_StateAtFromScratch(benchmark::State& state) {
  static const auto trace = MakeReplayTrace();
  const auto cursors = Cursors(trace->PublishedCount());
  std::size_t next = 0;
  for (auto _ : state) {
    ReplayState replay = FoldFromScratch(*trace, cursors[next++ % cursors.size()]);
    benchmark::DoNotOptimize(replay.event_index);
  }
  state.counters["events"] = static_cast<double>(trace->PublishedCount());
}
BENCHMARK(BM_StateAtFromScratch)->Unit(benchmark::kMicrosecond);

// The per-frame cost of indexing a whole 100 000-event trace once (Sync from nothing).
void BM_SyncWholeTrace(benchmark::State& state) {
  static const auto trace = MakeReplayTrace();
  for (auto _ : state) {
    ReplayModel model(trace);
    model.Sync();
    benchmark::DoNotOptimize(model.EventCount());
  }
}
BENCHMARK(BM_SyncWholeTrace)->Unit(benchmark::kMillisecond);

// A script that queues 100 000 microtasks before any runs (deep queues): Sync and a StateAt in the
// middle of draining them. Compare with BM_SyncWholeTrace (same event count, shallow queues):
// keyframes spaced by the state's size keep the cost per event of the same order.
std::shared_ptr<Trace> MakeDeepQueueTrace() {
  auto trace = std::make_shared<Trace>();
  const uint32_t name = trace->InternString("onValue");
  constexpr uint32_t kJobs = 50'000;  // x2 events: enqueue + start (+ end) ≈ 100k–150k events
  uint64_t t = 0;
  for (uint32_t id = 1; id <= kJobs; ++id) {
    trace->Append(MakeEvent(t += 10, EventKind::MicrotaskEnqueued, 0, id, name));
  }
  for (uint32_t id = 1; id <= kJobs; ++id) {
    trace->Append(MakeEvent(t += 10, EventKind::MicrotaskStarted, 0, id, name));
    trace->Append(MakeEvent(t += 10, EventKind::MicrotaskEnded, 0, id));
  }
  return trace;
}

void BM_SyncDeepQueues(benchmark::State& state) {
  static const auto trace = MakeDeepQueueTrace();
  for (auto _ : state) {
    ReplayModel model(trace);
    model.Sync();
    benchmark::DoNotOptimize(model.StateAt(trace->PublishedCount() * 2 / 3).microtask_queue.size());
  }
  state.counters["events"] = static_cast<double>(trace->PublishedCount());
}
BENCHMARK(BM_SyncDeepQueues)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace loopscope
