// ReplayModelTest — the fold rules (stack, queues, timers, console, loop step) and the keyframe
// index: StateAt through keyframes must equal the plain fold at every index, including while the
// trace grows.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <random>
#include <vector>

#include "runtime/replay/ReplayModel.h"
#include "runtime/replay/ReplayState.h"
#include "runtime/core/RunOptions.h"
#include "runtime/trace/Trace.h"

namespace loopscope {
namespace {

constexpr uint64_t kMs = 1'000'000;

uint8_t Aux(TaskSource source) { return static_cast<uint8_t>(source); }
uint8_t Aux(MicrotaskSource source) { return static_cast<uint8_t>(source); }

// Builds a trace event by event with an advancing clock.
class TraceBuilder {
 public:
  TraceBuilder() : m_trace(std::make_shared<Trace>()) {}
  uint64_t Add(EventKind kind, uint8_t aux = 0, uint32_t a = 0, uint32_t b = 0) {
    m_trace->Append(MakeEvent(m_now, kind, aux, a, b));
    return m_trace->PublishedCount() - 1;
  }
  void Advance(uint64_t ns) { m_now += ns; }
  uint64_t Now() const { return m_now; }
  Trace& Get() { return *m_trace; }
  std::shared_ptr<const Trace> Shared() const { return m_trace; }

 private:
  std::shared_ptr<Trace> m_trace;
  uint64_t m_now = 0;
};

std::vector<uint32_t> StackIds(const ReplayState& state) {
  std::vector<uint32_t> ids;
  for (const StackFrame& frame : state.stack) ids.push_back(frame.function_id);
  return ids;
}

std::vector<uint32_t> QueueIds(const QueueList& queue) {
  std::vector<uint32_t> ids;
  for (const QueueEntry& entry : queue) ids.push_back(entry.id);
  return ids;
}

// A list's entries, front first, for indexing in assertions.
template <typename List>
std::vector<typename List::value_type> Entries(const List& list) {
  return {list.begin(), list.end()};
}

TEST(ReplayModelTest, EmptyTrace) {
  TraceBuilder builder;
  ReplayModel model(builder.Shared());
  model.Sync();
  EXPECT_EQ(model.EventCount(), 0u);
  const ReplayState state = model.StateAt(10);
  EXPECT_EQ(state.event_index, 0u);
  EXPECT_EQ(state.step, LoopStep::NotStarted);
  EXPECT_TRUE(model.ConsoleLines().empty());
  EXPECT_FALSE(model.NextIndexWhere(0, [](const Event&) { return true; }).has_value());
  EXPECT_FALSE(model.PrevIndexWhere(0, [](const Event&) { return true; }).has_value());
}

TEST(ReplayModelTest, TasksAreFifoAndStartedTasksLeaveTheQueueWhereverTheyAre) {
  TraceBuilder b;
  const uint32_t name = b.Get().InternString("cb");
  b.Add(EventKind::TaskEnqueued, Aux(TaskSource::Timer), 1, name);
  b.Advance(10);
  b.Add(EventKind::TaskEnqueued, Aux(TaskSource::Networking), 2, name);
  b.Add(EventKind::TaskEnqueued, Aux(TaskSource::Timer), 3, name);
  b.Add(EventKind::TaskStarted, Aux(TaskSource::Networking), 2, name);  // from the middle
  b.Add(EventKind::TaskEnded, Aux(TaskSource::Networking), 2);
  b.Add(EventKind::TaskStarted, Aux(TaskSource::Timer), 1, name);
  ReplayModel model(b.Shared());
  model.Sync();

  ReplayState after_enqueues = model.StateAt(3);
  EXPECT_EQ(QueueIds(after_enqueues.task_queue), (std::vector<uint32_t>{1, 2, 3}));
  EXPECT_EQ(Entries(after_enqueues.task_queue)[1].source, Aux(TaskSource::Networking));
  EXPECT_EQ(Entries(after_enqueues.task_queue)[1].enqueued_at_event, 1u);
  EXPECT_EQ(Entries(after_enqueues.task_queue)[1].enqueued_ns, 10u);
  EXPECT_EQ(after_enqueues.time_ns, 10u);

  ReplayState running = model.StateAt(4);
  EXPECT_EQ(QueueIds(running.task_queue), (std::vector<uint32_t>{1, 3}));
  EXPECT_EQ(running.step, LoopStep::RunningTask);
  EXPECT_EQ(running.current_task_id, 2u);
  EXPECT_EQ(running.current_task_name, name);
  EXPECT_EQ(running.current_task_source, Aux(TaskSource::Networking));

  ReplayState between = model.StateAt(5);
  EXPECT_EQ(between.step, LoopStep::BetweenTasks);
  EXPECT_EQ(between.current_task_id, 0u);

  EXPECT_EQ(QueueIds(model.StateAt(6).task_queue), (std::vector<uint32_t>{3}));
}

TEST(ReplayModelTest, MicrotaskCheckpointSteps) {
  TraceBuilder b;
  b.Add(EventKind::TaskStarted, Aux(TaskSource::Script), 1);
  b.Add(EventKind::MicrotaskEnqueued, Aux(MicrotaskSource::Then), 1);
  b.Add(EventKind::MicrotaskEnqueued, Aux(MicrotaskSource::Await), 2);
  b.Add(EventKind::CheckpointBegin);                                    // 3: inside the task (empty stack)
  b.Add(EventKind::MicrotaskStarted, Aux(MicrotaskSource::Then), 1);    // 4
  b.Add(EventKind::MicrotaskEnded, Aux(MicrotaskSource::Then), 1);      // 5
  b.Add(EventKind::CheckpointEnd, 0, 1);                                // 6
  b.Add(EventKind::TaskEnded, Aux(TaskSource::Script), 1);              // 7
  b.Add(EventKind::CheckpointBegin);                                    // 8
  b.Add(EventKind::MicrotaskStarted, Aux(MicrotaskSource::Await), 2);   // 9
  b.Add(EventKind::MicrotaskEnded, Aux(MicrotaskSource::Await), 2);     // 10
  b.Add(EventKind::CheckpointEnd, 0, 1);                                // 11
  ReplayModel model(b.Shared());
  model.Sync();
  EXPECT_EQ(model.StateAt(4).step, LoopStep::Microtasks);
  ReplayState in_job = model.StateAt(5);
  EXPECT_EQ(in_job.current_microtask_id, 1u);
  EXPECT_EQ(in_job.current_microtask_source, Aux(MicrotaskSource::Then));
  EXPECT_EQ(QueueIds(in_job.microtask_queue), (std::vector<uint32_t>{2}));
  EXPECT_EQ(model.StateAt(6).current_microtask_id, 0u);
  EXPECT_EQ(model.StateAt(7).step, LoopStep::RunningTask);  // checkpoint inside a task
  EXPECT_EQ(model.StateAt(8).step, LoopStep::BetweenTasks);
  EXPECT_EQ(model.StateAt(9).step, LoopStep::Microtasks);
  EXPECT_EQ(model.StateAt(12).step, LoopStep::BetweenTasks);  // checkpoint after the task
  EXPECT_TRUE(model.StateAt(12).microtask_queue.empty());
}

TEST(ReplayModelTest, StackIsRobustToUnmatchedAndOutOfOrderExits) {
  TraceBuilder b;
  b.Add(EventKind::FunctionEnter, 0, 1);
  b.Add(EventKind::FunctionEnter, 0, 2);
  b.Add(EventKind::FunctionEnter, 0, 3);
  b.Add(EventKind::FunctionExit, 0, 9);     // 3: never entered: ignored
  b.Add(EventKind::FunctionExit, 0, 2);     // 4: not on top: pops 3 and 2 (an exception unwound 3)
  b.Add(EventKind::FunctionEnter, 0, 4);    // 5
  b.Add(EventKind::FunctionSuspend, 0, 4);  // 6: await: leaves the stack
  b.Add(EventKind::FunctionExit, 0, 1);     // 7
  b.Add(EventKind::FunctionExit, 0, 1);     // 8: stack empty: ignored
  b.Add(EventKind::FunctionResume, 0, 4);   // 9: the continuation
  b.Add(EventKind::FunctionEnter, 0, 1);    // 10: recursion: the same id twice
  b.Add(EventKind::FunctionEnter, 0, 1);    // 11
  b.Add(EventKind::FunctionExit, 0, 1);     // 12: pops only the top one
  ReplayModel model(b.Shared());
  model.Sync();
  EXPECT_EQ(StackIds(model.StateAt(3)), (std::vector<uint32_t>{1, 2, 3}));
  EXPECT_EQ(StackIds(model.StateAt(4)), (std::vector<uint32_t>{1, 2, 3}));
  EXPECT_EQ(StackIds(model.StateAt(5)), (std::vector<uint32_t>{1}));
  EXPECT_EQ(StackIds(model.StateAt(6)), (std::vector<uint32_t>{1, 4}));
  EXPECT_EQ(model.StateAt(6).stack[1].pushed_at_event, 5u);
  EXPECT_EQ(StackIds(model.StateAt(7)), (std::vector<uint32_t>{1}));
  EXPECT_TRUE(model.StateAt(8).stack.empty());
  EXPECT_TRUE(model.StateAt(9).stack.empty());
  EXPECT_EQ(StackIds(model.StateAt(10)), (std::vector<uint32_t>{4}));
  EXPECT_EQ(model.StateAt(10).stack[0].pushed_at_event, 9u);
  EXPECT_EQ(StackIds(model.StateAt(12)), (std::vector<uint32_t>{4, 1, 1}));
  EXPECT_EQ(StackIds(model.StateAt(13)), (std::vector<uint32_t>{4, 1}));
}

TEST(ReplayModelTest, SourceLineMovesTheTopFrameAndCallersKeepTheirs) {
  TraceBuilder b;
  b.Add(EventKind::SourceLine, 0, 7, 1);    // 0: no frame yet: ignored
  b.Add(EventKind::FunctionEnter, 0, 1);    // 1
  b.Add(EventKind::SourceLine, 0, 3, 5);    // 2: frame 1 is at line 3
  b.Add(EventKind::FunctionEnter, 0, 2);    // 3: a new frame: position unknown
  b.Add(EventKind::SourceLine, 0, 12, 9);   // 4
  b.Add(EventKind::FunctionExit, 0, 2);     // 5: back in frame 1, still at line 3
  ReplayModel model(b.Shared());
  model.Sync();
  EXPECT_TRUE(model.StateAt(1).stack.empty());
  EXPECT_EQ(model.StateAt(2).stack.back().line, 0u);
  EXPECT_EQ(model.StateAt(3).stack.back().line, 3u);
  EXPECT_EQ(model.StateAt(4).stack.back().line, 0u);
  EXPECT_EQ(model.StateAt(5).stack.back().line, 12u);
  EXPECT_EQ(model.StateAt(5).stack.front().line, 3u);
  EXPECT_EQ(model.StateAt(6).stack.size(), 1u);
  EXPECT_EQ(model.StateAt(6).stack.back().line, 3u);
}

TEST(ReplayModelTest, TimersRunOnTheScriptClockThatIdlePeriodsAdvance) {
  // Skip-idle: JavaScript running for 7 ms of trace time does not bring a 5 ms timer closer; the
  // idle period (IdleBegin a = its length in µs) does.
  TraceBuilder b;
  b.Add(EventKind::RunStarted, static_cast<uint8_t>(ClockMode::SkipIdle));
  b.Add(EventKind::TimerInstalled, 0, 1, 0);     // 1
  b.Add(EventKind::Detail, 0, 5, 0);             // 2: 5 ms
  b.Advance(7 * kMs);
  b.Add(EventKind::IdleBegin, 0, 5000);          // 3: 5 ms of idle
  b.Advance(5 * kMs);
  b.Add(EventKind::IdleEnd);                     // 4
  ReplayModel model(b.Shared());
  model.Sync();
  ReplayState before_idle = model.StateAt(4);
  ASSERT_EQ(before_idle.timers.size(), 1u);
  EXPECT_EQ(ScriptTimeNs(before_idle), 0u);
  EXPECT_EQ(Entries(before_idle.timers)[0].due_ns, 5 * kMs);
  EXPECT_EQ(ScriptTimeNs(model.StateAt(5)), 5 * kMs);

  TraceBuilder real;
  real.Add(EventKind::RunStarted, static_cast<uint8_t>(ClockMode::Real));
  real.Advance(3 * kMs);
  real.Add(EventKind::TimerInstalled, 0, 1, 0);
  ReplayModel real_model(real.Shared());
  real_model.Sync();
  EXPECT_EQ(ScriptTimeNs(real_model.StateAt(2)), 3 * kMs) << "the real clock is the trace's";
  EXPECT_EQ(Entries(real_model.StateAt(2).timers)[0].installed_ns, 3 * kMs);
}

TEST(ReplayModelTest, TimersAreInstalledReplacedClearedAndFired) {
  TraceBuilder b;
  // The real clock: the script's clock is the trace's, so due times follow the timestamps.
  b.Add(EventKind::RunStarted, static_cast<uint8_t>(ClockMode::Real));  // 0
  const uint32_t tick = b.Get().InternString("tick");
  const uint32_t once = b.Get().InternString("once");
  b.Advance(5 * kMs);
  b.Add(EventKind::TimerInstalled, 1, 1, tick);  // 1: setInterval(tick, 10)
  b.Add(EventKind::Detail, 0, 10, 0);            // 2
  b.Add(EventKind::TimerInstalled, 0, 2, once);  // 3: setTimeout(once, 0) (clamped to 1)
  b.Add(EventKind::Detail, 0, 1, 7);             // 4
  b.Advance(10 * kMs);
  b.Add(EventKind::TimerFired, 0, 1, 8);         // 5: the interval's first run
  b.Add(EventKind::TaskEnqueued, Aux(TaskSource::Interval), 8, tick);
  b.Add(EventKind::TimerInstalled, 1, 1, tick);  // 7: re-installed for the next run
  b.Add(EventKind::Detail, 0, 10, 0);            // 8
  b.Add(EventKind::TimerCleared, 0, 2);          // 9: clearTimeout(once)
  b.Add(EventKind::TimerCleared, 0, 99);         // 10: unknown: ignored
  b.Add(EventKind::TimerFired, 0, 1, 0);         // 11
  ReplayModel model(b.Shared());
  model.Sync();

  ReplayState before_detail = model.StateAt(2);
  ASSERT_EQ(before_detail.timers.size(), 1u);
  EXPECT_EQ(Entries(before_detail.timers)[0].delay_ms, 0u);
  EXPECT_EQ(Entries(before_detail.timers)[0].due_ns, 5 * kMs);

  ReplayState installed = model.StateAt(5);
  ASSERT_EQ(installed.timers.size(), 2u);
  EXPECT_EQ(Entries(installed.timers)[0].timer_id, 1u);
  EXPECT_TRUE(Entries(installed.timers)[0].repeating);
  EXPECT_EQ(Entries(installed.timers)[0].delay_ms, 10u);
  EXPECT_EQ(Entries(installed.timers)[0].installed_ns, 5 * kMs);
  EXPECT_EQ(Entries(installed.timers)[0].due_ns, 15 * kMs);
  EXPECT_EQ(Entries(installed.timers)[0].name, tick);
  EXPECT_EQ(Entries(installed.timers)[1].timer_id, 2u);
  EXPECT_FALSE(Entries(installed.timers)[1].repeating);
  EXPECT_EQ(Entries(installed.timers)[1].task_id, 7u);
  EXPECT_EQ(Entries(installed.timers)[1].due_ns, 6 * kMs);
  EXPECT_EQ(Entries(installed.timers)[1].installed_at_event, 3u);

  ReplayState fired = model.StateAt(6);
  ASSERT_EQ(fired.timers.size(), 1u);
  EXPECT_EQ(Entries(fired.timers)[0].timer_id, 2u);

  ReplayState reinstalled = model.StateAt(9);
  ASSERT_EQ(reinstalled.timers.size(), 2u);  // replaced, not duplicated
  EXPECT_EQ(Entries(reinstalled.timers)[1].timer_id, 1u);
  EXPECT_EQ(Entries(reinstalled.timers)[1].installed_ns, 15 * kMs);
  EXPECT_EQ(Entries(reinstalled.timers)[1].due_ns, 25 * kMs);
  EXPECT_EQ(Entries(reinstalled.timers)[1].installed_at_event, 7u);

  EXPECT_EQ(model.StateAt(10).timers.size(), 1u);
  EXPECT_EQ(model.StateAt(11).timers.size(), 1u);
  EXPECT_TRUE(model.StateAt(12).timers.empty());
}

TEST(ReplayModelTest, DetailOfAnotherKindDoesNotTouchTimers) {
  TraceBuilder b;
  b.Add(EventKind::TimerInstalled, 0, 1, 0);
  b.Add(EventKind::Detail, 0, 50, 3);
  b.Add(EventKind::RunStarted);
  b.Add(EventKind::Detail, 0, 999, 999);  // not after a TimerInstalled
  ReplayModel model(b.Shared());
  model.Sync();
  ASSERT_EQ(model.StateAt(4).timers.size(), 1u);
  EXPECT_EQ(Entries(model.StateAt(4).timers)[0].delay_ms, 50u);
}

TEST(ReplayModelTest, ConsoleLinesAndErrorReports) {
  TraceBuilder b;
  const uint32_t hello = b.Get().InternString("hello");
  const uint32_t oops = b.Get().InternString("Error: oops");
  const uint32_t stack = b.Get().InternString("at f (a.js:1:1)");
  b.Add(EventKind::ConsoleOutput, static_cast<uint8_t>(ConsoleLevel::Log), hello);
  b.Advance(3);
  b.Add(EventKind::GcBegin);
  b.Add(EventKind::ConsoleOutput, static_cast<uint8_t>(ConsoleLevel::Warn), hello);
  b.Add(EventKind::UncaughtError, 1, oops, stack);
  ReplayModel model(b.Shared());
  model.Sync();
  const auto& lines = model.ConsoleLines();
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], (ConsoleLine{ConsoleLevel::Log, false, hello, 0, 0, 0, false}));
  EXPECT_EQ(lines[1], (ConsoleLine{ConsoleLevel::Warn, false, hello, 0, 2, 3, false}));
  EXPECT_EQ(lines[2], (ConsoleLine{ConsoleLevel::Error, true, oops, stack, 3, 3, true}));
  EXPECT_EQ(model.StateAt(0).console_line_count, 0u);
  EXPECT_EQ(model.StateAt(1).console_line_count, 1u);
  EXPECT_EQ(model.StateAt(3).console_line_count, 2u);
  EXPECT_EQ(model.StateAt(4).console_line_count, 3u);
}

TEST(ReplayModelTest, RenderingIdleLoopPhasesNetworkAndEnd) {
  TraceBuilder b;
  const uint32_t url = b.Get().InternString("/data");
  b.Add(EventKind::RunStarted);                                                    // 0
  b.Add(EventKind::RenderingBegin, static_cast<uint8_t>(RenderStep::AnimationFrames), 1);  // 1
  b.Add(EventKind::CheckpointBegin);                                               // 2: after a rAF callback
  b.Add(EventKind::CheckpointEnd);                                                 // 3
  b.Add(EventKind::RenderingEnd, static_cast<uint8_t>(RenderStep::AnimationFrames), 1);    // 4
  b.Add(EventKind::IdleBegin, 0, 1000);                                            // 5
  b.Add(EventKind::IdleEnd);                                                       // 6
  b.Add(EventKind::LoopPhaseBegin, static_cast<uint8_t>(LoopPhase::Poll), 3);      // 7
  b.Add(EventKind::NetworkRequest, 0, 1, url);                                     // 8
  b.Add(EventKind::LoopPhaseEnd, static_cast<uint8_t>(LoopPhase::Poll), 3);        // 9
  b.Add(EventKind::NetworkResponse, 0, 1, 200);                                    // 10
  b.Add(EventKind::TraceTruncated, 0, 1);                                          // 11 (hand-written)
  b.Add(EventKind::RunEnded);                                                      // 12
  ReplayModel model(b.Shared());
  model.Sync();
  EXPECT_EQ(model.StateAt(1).step, LoopStep::NotStarted);
  EXPECT_EQ(model.StateAt(2).step, LoopStep::Rendering);
  EXPECT_EQ(model.StateAt(2).render_step, RenderStep::AnimationFrames);
  EXPECT_EQ(model.StateAt(3).step, LoopStep::Microtasks);
  EXPECT_EQ(model.StateAt(4).step, LoopStep::Rendering);  // back to rendering after the checkpoint
  EXPECT_EQ(model.StateAt(5).step, LoopStep::BetweenTasks);
  EXPECT_FALSE(model.StateAt(5).render_step.has_value());
  EXPECT_EQ(model.StateAt(6).step, LoopStep::Idle);
  EXPECT_EQ(model.StateAt(7).step, LoopStep::BetweenTasks);
  EXPECT_EQ(model.StateAt(8).loop_phase, LoopPhase::Poll);
  EXPECT_EQ(model.StateAt(8).loop_iteration, 3u);
  ASSERT_EQ(model.StateAt(9).requests.size(), 1u);
  EXPECT_EQ(Entries(model.StateAt(9).requests)[0].url, url);
  EXPECT_FALSE(model.StateAt(10).loop_phase.has_value());
  EXPECT_TRUE(model.StateAt(11).requests.empty());
  EXPECT_FALSE(model.StateAt(11).truncated);
  EXPECT_TRUE(model.StateAt(12).truncated);
  EXPECT_FALSE(model.StateAt(12).finished);
  EXPECT_TRUE(model.StateAt(13).finished);
  EXPECT_EQ(model.StateAt(13).step, LoopStep::Finished);
}

TEST(ReplayModelTest, NavigationSkipsDetailsAndNeverRefindsTheCurrentEvent) {
  TraceBuilder b;
  b.Add(EventKind::TaskStarted, 0, 1);     // 0
  b.Add(EventKind::TimerInstalled, 0, 1);  // 1
  b.Add(EventKind::Detail, 0, 5);          // 2
  b.Add(EventKind::TaskEnded, 0, 1);       // 3
  b.Add(EventKind::TaskStarted, 0, 2);     // 4
  b.Add(EventKind::TaskEnded, 0, 2);       // 5
  ReplayModel model(b.Shared());
  model.Sync();
  auto any = [](const Event&) { return true; };
  auto started = [](const Event& e) { return e.Kind() == EventKind::TaskStarted; };
  EXPECT_EQ(model.NextIndexWhere(0, any), 1u);
  EXPECT_EQ(model.NextIndexWhere(1, any), 3u);  // lands after the Detail, not between
  EXPECT_EQ(model.NextIndexWhere(2, any), 4u);  // a cursor between event and Detail moves on
  EXPECT_EQ(model.NextIndexWhere(3, started), 5u);
  EXPECT_FALSE(model.NextIndexWhere(5, started).has_value());
  EXPECT_FALSE(model.NextIndexWhere(6, any).has_value());

  EXPECT_EQ(model.PrevIndexWhere(6, any), 5u);
  EXPECT_EQ(model.PrevIndexWhere(5, any), 4u);
  EXPECT_EQ(model.PrevIndexWhere(4, any), 3u);  // after TimerInstalled + Detail
  EXPECT_EQ(model.PrevIndexWhere(3, any), 1u);  // from after the Detail: the event before the pair
  EXPECT_EQ(model.PrevIndexWhere(6, started), 5u);
  EXPECT_EQ(model.PrevIndexWhere(5, started), 1u);
  EXPECT_FALSE(model.PrevIndexWhere(1, any).has_value());
  EXPECT_FALSE(model.PrevIndexWhere(0, any).has_value());
  EXPECT_EQ(model.PrevIndexWhere(100, any), 5u);  // clamps to the indexed events
}

TEST(ReplayModelTest, StateAtClampsAndSyncIsIncremental) {
  TraceBuilder b;
  ReplayModel model(b.Shared());
  b.Add(EventKind::TaskEnqueued, 0, 1);
  EXPECT_EQ(model.EventCount(), 0u);  // not indexed until Sync
  EXPECT_EQ(model.StateAt(1).event_index, 0u);
  model.Sync();
  EXPECT_EQ(model.EventCount(), 1u);
  model.Sync();  // nothing new
  EXPECT_EQ(model.EventCount(), 1u);
  b.Add(EventKind::TaskEnqueued, 0, 2);
  model.Sync();
  EXPECT_EQ(model.StateAt(99).event_index, 2u);
  EXPECT_EQ(model.StateAt(99).task_queue.size(), 2u);
  EXPECT_EQ(model.LatestState(), model.StateAt(2));
}

// ---- randomized: the keyframe path equals the plain fold at every index ----------------------

// Writes a random but valid run: tasks from several sources, nested calls with throws, awaits,
// microtask checkpoints that enqueue more microtasks, timers and intervals, rendering, idle
// periods, node loop phases, network, console output and errors, plus a few stray exits.
class RandomRun {
 public:
  RandomRun(Trace& trace, uint32_t seed) : m_trace(trace), m_random(seed) {}

  void Write(std::size_t min_events) {
    Emit(EventKind::RunStarted, 0, m_trace.InternString("random.js"));
    for (int f = 0; f < 20; ++f) m_trace.AddFunction({m_trace.InternString("f" + std::to_string(f)), 1u + f, 1});
    EnqueueTask(TaskSource::Script);
    while (m_trace.PublishedCount() < min_events) Iteration();
    Emit(EventKind::RunEnded, 0);
  }

 private:
  uint32_t Pick(uint32_t n) { return std::uniform_int_distribution<uint32_t>(0, n - 1)(m_random); }
  bool Chance(uint32_t percent) { return Pick(100) < percent; }

  void Emit(EventKind kind, uint8_t aux = 0, uint32_t a = 0, uint32_t b = 0) {
    m_now += Pick(5000);
    m_trace.Append(MakeEvent(m_now, kind, aux, a, b));
  }

  void EnqueueTask(TaskSource source) {
    const uint32_t id = ++m_next_task;
    m_tasks.push_back(id);
    Emit(EventKind::TaskEnqueued, static_cast<uint8_t>(source), id, m_trace.InternString("task" + std::to_string(id % 50)));
  }

  void EnqueueMicrotask() {
    const uint32_t id = ++m_next_microtask;
    m_microtasks.push_back(id);
    Emit(EventKind::MicrotaskEnqueued, static_cast<uint8_t>(Pick(8)), id, m_trace.InternString("job" + std::to_string(id % 30)));
  }

  void RunCode(int depth) {
    const uint32_t function = 1 + Pick(20);
    Emit(EventKind::FunctionEnter, 0, function);
    const int actions = static_cast<int>(Pick(5));
    for (int i = 0; i < actions; ++i) {
      switch (Pick(10)) {
        case 0:
        case 1:
          if (depth < 6) RunCode(depth + 1);
          break;
        case 2: EnqueueMicrotask(); break;
        case 3: {
          const uint32_t timer = m_timers.empty() || Chance(70) ? ++m_next_timer : m_timers[Pick(m_timers.size())];
          if (std::find(m_timers.begin(), m_timers.end(), timer) == m_timers.end()) m_timers.push_back(timer);
          Emit(EventKind::TimerInstalled, Chance(30) ? 1 : 0, timer, m_trace.InternString("t" + std::to_string(timer % 9)));
          Emit(EventKind::Detail, 0, Pick(2000), Chance(50) ? ++m_next_task : 0);
          break;
        }
        case 4:
          if (!m_timers.empty()) {
            const std::size_t which = Pick(m_timers.size());
            Emit(EventKind::TimerCleared, 0, m_timers[which]);
            m_timers.erase(m_timers.begin() + which);
          }
          break;
        case 5:
          Emit(EventKind::ConsoleOutput, static_cast<uint8_t>(Pick(5)), m_trace.InternString("line " + std::to_string(Pick(100))));
          break;
        case 6:
          if (depth > 0 && Chance(30)) return;  // throws: the caller's exit unwinds this frame
          break;
        case 7:
          if (Chance(20)) Emit(EventKind::FunctionExit, 0, 100 + Pick(5));  // a stray exit
          if (Chance(20)) {  // await: suspend now, resume later as a microtask
            Emit(EventKind::FunctionSuspend, 0, function);
            Emit(EventKind::FunctionResume, 0, function);
          }
          break;
        case 8:
          if (Chance(10)) Emit(EventKind::UncaughtError, Pick(2), m_trace.InternString("Error"), m_trace.InternString("at x"));
          break;
        default:
          if (Chance(20)) Emit(EventKind::GcBegin, Pick(3));
          if (Chance(20)) Emit(EventKind::GcEnd, Pick(3));
          break;
      }
    }
    Emit(EventKind::FunctionExit, 0, function);
  }

  void Checkpoint() {
    Emit(EventKind::CheckpointBegin);
    uint32_t jobs = 0;
    while (!m_microtasks.empty() && jobs < 40) {
      const uint32_t id = m_microtasks.front();
      m_microtasks.erase(m_microtasks.begin());
      Emit(EventKind::MicrotaskStarted, 0, id);
      RunCode(0);
      Emit(EventKind::MicrotaskEnded, 0, id);
      ++jobs;
    }
    Emit(EventKind::CheckpointEnd, 0, jobs);
  }

  void Iteration() {
    if (Chance(30)) Emit(EventKind::LoopPhaseBegin, static_cast<uint8_t>(Pick(6)), ++m_iteration);
    while (Chance(40)) EnqueueTask(static_cast<TaskSource>(Pick(10)));
    if (!m_timers.empty() && Chance(50)) {
      const std::size_t which = Pick(m_timers.size());
      const uint32_t task = ++m_next_task;
      Emit(EventKind::TimerFired, 0, m_timers[which], task);
      m_timers.erase(m_timers.begin() + which);
      m_tasks.push_back(task);
      Emit(EventKind::TaskEnqueued, static_cast<uint8_t>(TaskSource::Timer), task);
    }
    if (Chance(10)) {
      const uint32_t request = ++m_next_request;
      Emit(EventKind::NetworkRequest, 0, request, m_trace.InternString("/r" + std::to_string(request)));
      m_requests.push_back(request);
    }
    if (!m_requests.empty() && Chance(10)) {
      Emit(EventKind::NetworkResponse, 0, m_requests.front(), 200);
      m_requests.erase(m_requests.begin());
    }
    if (!m_tasks.empty()) {
      // Usually the oldest; sometimes another source's task (queues are per source).
      const std::size_t which = Chance(80) ? 0 : Pick(m_tasks.size());
      const uint32_t id = m_tasks[which];
      m_tasks.erase(m_tasks.begin() + which);
      Emit(EventKind::TaskStarted, 0, id);
      RunCode(0);
      if (Chance(50)) Checkpoint();  // after a callback with an empty stack, inside the task
      Emit(EventKind::TaskEnded, 0, id);
    }
    Checkpoint();
    if (Chance(20)) {
      const uint8_t step = static_cast<uint8_t>(Pick(3));
      Emit(EventKind::RenderingBegin, step, ++m_frame);
      if (step == 0) {
        RunCode(0);
        Checkpoint();
      }
      Emit(EventKind::RenderingEnd, step, m_frame);
    }
    if (m_tasks.empty() && Chance(50)) {
      Emit(EventKind::IdleBegin, 0, Pick(100000));
      Emit(EventKind::IdleEnd);
    }
    if (Chance(30)) Emit(EventKind::LoopPhaseEnd, 0, m_iteration);
  }

  Trace& m_trace;
  std::mt19937 m_random;
  uint64_t m_now = 0;
  uint32_t m_next_task = 0, m_next_microtask = 0, m_next_timer = 0, m_next_request = 0;
  uint32_t m_iteration = 0, m_frame = 0;
  std::vector<uint32_t> m_tasks, m_microtasks, m_timers, m_requests;
};

TEST(ReplayModelTest, KeyframePathEqualsPlainFoldAtEveryIndex) {
  for (uint32_t seed : {1u, 2u, 3u}) {
    auto trace = std::make_shared<Trace>();
    RandomRun(*trace, seed).Write(3 * ReplayModel::kKeyframeInterval + 517);
    ReplayModel model(trace);
    model.Sync();
    const uint64_t count = trace->PublishedCount();
    ASSERT_EQ(model.EventCount(), count);

    ReplayState plain;  // the fold, one event at a time, no keyframes
    uint32_t console_lines = 0;
    bool saw_nested_stack = false, saw_timers = false, saw_microtasks = false;
    for (uint64_t index = 0; index <= count; ++index) {
      ASSERT_EQ(model.StateAt(index), plain) << "seed " << seed << " index " << index;
      saw_nested_stack |= plain.stack.size() >= 3;
      saw_timers |= plain.timers.size() >= 2;
      saw_microtasks |= plain.microtask_queue.size() >= 2;
      if (index == count) break;
      const Event& event = trace->At(index);
      ApplyEvent(plain, event);
      if (event.Kind() == EventKind::ConsoleOutput || event.Kind() == EventKind::UncaughtError) {
        ASSERT_LT(console_lines, model.ConsoleLines().size());
        EXPECT_EQ(model.ConsoleLines()[console_lines].event_index, index);
        ++console_lines;
      }
    }
    EXPECT_EQ(console_lines, model.ConsoleLines().size());
    EXPECT_TRUE(plain.finished);
    // The generator must actually exercise the interesting shapes.
    EXPECT_TRUE(saw_nested_stack);
    EXPECT_TRUE(saw_timers);
    EXPECT_TRUE(saw_microtasks);
    // And FoldFromScratch (the reference used by the benchmark) agrees, at keyframe edges too.
    for (uint64_t index : {uint64_t{0}, uint64_t{1}, ReplayModel::kKeyframeInterval - 1, ReplayModel::kKeyframeInterval,
                           ReplayModel::kKeyframeInterval + 1, 2 * ReplayModel::kKeyframeInterval + 77, count}) {
      EXPECT_EQ(model.StateAt(index), FoldFromScratch(*trace, index)) << "index " << index;
    }
  }
}

TEST(ReplayModelTest, SyncWhileTheTraceGrowsMatchesOneSyncAtTheEnd) {
  auto source = std::make_shared<Trace>();
  RandomRun(*source, 7).Write(2 * ReplayModel::kKeyframeInterval + 300);
  const uint64_t count = source->PublishedCount();

  // Re-append the same events in uneven bursts, syncing a live model between bursts.
  auto growing = std::make_shared<Trace>();
  ReplayModel live(growing);
  std::mt19937 random(11);
  uint64_t appended = 0;
  while (appended < count) {
    const uint64_t burst = std::min<uint64_t>(count - appended, 1 + random() % 700);
    for (uint64_t i = 0; i < burst; ++i) growing->Append(source->At(appended++));
    live.Sync();
    ASSERT_EQ(live.EventCount(), appended);
    ASSERT_EQ(live.StateAt(appended), FoldFromScratch(*growing, appended));
    const uint64_t probe = random() % (appended + 1);
    ASSERT_EQ(live.StateAt(probe), FoldFromScratch(*growing, probe)) << "probe " << probe;
  }
  ReplayModel once(source);
  once.Sync();
  EXPECT_EQ(live.ConsoleLines(), once.ConsoleLines());
  for (uint64_t index = 0; index <= count; index += 97) EXPECT_EQ(live.StateAt(index), once.StateAt(index));
}

}  // namespace
}  // namespace loopscope

namespace loopscope {
namespace {

// Issue 7 item 6: frames entered and never left (a hook called by hand, dropped exits) must not
// outlive a run that completed; a stopped run keeps the frames it was stopped in.
TEST(ReplayModelTest, ACompletedRunEndsWithNoFrameAndNothingPending) {
  for (RunEndReason reason : {RunEndReason::Completed, RunEndReason::Stopped}) {
    TraceBuilder b;
    b.Add(EventKind::TaskEnqueued, Aux(TaskSource::Script), 1, 0);
    b.Add(EventKind::TaskStarted, Aux(TaskSource::Script), 1, 0);
    for (uint32_t i = 0; i < 1000; ++i) b.Add(EventKind::FunctionEnter, 0, 1);
    b.Add(EventKind::TimerInstalled, 0, 7, 0);
    b.Add(EventKind::RunEnded, static_cast<uint8_t>(reason), 0, 0);
    ReplayModel model(b.Shared());
    model.Sync();
    const ReplayState end = model.StateAt(model.EventCount());
    if (reason == RunEndReason::Completed) {
      EXPECT_TRUE(end.stack.empty());
      EXPECT_EQ(end.current_task_id, 0u);
      EXPECT_TRUE(end.timers.empty());
    } else {
      EXPECT_EQ(end.stack.size(), 1000u) << "a stopped run shows where it was stopped";
      EXPECT_EQ(end.current_task_id, 1u);
    }
  }
}

}  // namespace
}  // namespace loopscope
