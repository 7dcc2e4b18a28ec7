// NodeTrace.h — a hand-built node run for the UI tests, shaped like what runtime/models/node
// records for this script (times in µs):
//
//   // Model: node
//   const fs = require('fs');
//   setTimeout(function onTimeout() { console.log('timeout'); }, 5);
//   fs.readFile(__filename, function onRead() {
//     setImmediate(function afterRead() { console.log('immediate'); });
//     process.nextTick(function tickInRead() {});
//   });
//   process.nextTick(function tickOne() {});
//   Promise.resolve().then(function promiseOne() {});
//   process.nextTick(function tickTwo() {});
//
// The event indices the tests seek to are named in NodeTraceAt.
#pragma once

#include <memory>

#include "tests/ui/TraceBuilder.h"

namespace loopscope::ui::testing {

// Cursors (events [0, cursor) applied) at the moments the tests look at.
struct NodeTraceAt {
  static constexpr uint64_t kMainModule = 10;       // top-level code running: two nextTicks and a promise job queued
  static constexpr uint64_t kFirstTick = 13;       // tickOne runs (tickTwo still queued, the promise job waits)
  static constexpr uint64_t kPromiseJob = 19;      // promiseOne runs: the nextTick queue is empty
  static constexpr uint64_t kPolling = 30;         // iteration 1, poll: blocked, the read on the thread pool
  static constexpr uint64_t kIoCallback = 34;      // onRead runs in poll (node internals below it)
  static constexpr uint64_t kCheck = 44;           // iteration 1, check: afterRead runs; poll waited 2 ms
  static constexpr uint64_t kBetweenPhases = 48;   // between check and close
  static constexpr uint64_t kTimers = 54;          // iteration 2, timers: onTimeout runs
  static constexpr uint64_t kBeforeExit = 62;      // the loop emptied, 'beforeExit'
};

inline std::shared_ptr<Trace> NodeRunTrace() {
  TraceBuilder b;
  const uint32_t main_fn = b.Function("(anonymous)", 1);
  const uint32_t on_timeout = b.Function("onTimeout", 3, 12);
  const uint32_t on_read = b.Function("onRead", 4, 28);
  const uint32_t after_read = b.Function("afterRead", 5, 16);
  const uint32_t tick_one = b.Function("tickOne", 8, 18);
  const uint32_t promise_one = b.Function("promiseOne", 9, 33);
  auto phase = [&](double t, LoopPhase p, uint32_t iteration, bool begin, uint32_t blocked_us = 0) {
    b.Add(t, begin ? EventKind::LoopPhaseBegin : EventKind::LoopPhaseEnd, static_cast<uint8_t>(p), iteration, blocked_us);
  };
  b.Add(0, EventKind::RunStarted, static_cast<uint8_t>(ClockMode::Real), b.Str("node_demo.js"), static_cast<uint32_t>(LoopModel::Node));  // 0
  b.Add(10, EventKind::TaskEnqueued, static_cast<uint8_t>(TaskSource::Script), 1, b.Str("node_demo.js"));                         // 1
  b.TaskStarted(10, TaskSource::Script, 1, "node_demo.js");                                                                        // 2
  b.Enter(11, main_fn);                                                                                                             // 3
  b.TimerInstalled(20, 1, "onTimeout", 5);                                                                                          // 4, 5
  b.Add(30, EventKind::ThreadPoolQueued, 0, 7, b.Str("fs.readFile"));                                                              // 6
  b.MicroEnqueued(40, MicrotaskSource::NextTick, 1, "tickOne");                                                                     // 7
  b.MicroEnqueued(41, MicrotaskSource::Then, 2, "promiseOne");                                                                      // 8
  b.MicroEnqueued(42, MicrotaskSource::NextTick, 3, "tickTwo");                                                                     // 9
  b.Exit(50, main_fn);                                                                                                              // 10
  b.MicroStarted(51, MicrotaskSource::NextTick, 1, "tickOne");                                                                      // 11
  b.Enter(52, tick_one);                                                                                                            // 12
  b.Exit(60, tick_one);                                                                                                             // 13
  b.MicroEnded(61, MicrotaskSource::NextTick, 1);                                                                                   // 14
  b.MicroStarted(62, MicrotaskSource::NextTick, 3, "tickTwo");                                                                      // 15
  b.MicroEnded(70, MicrotaskSource::NextTick, 3);                                                                                   // 16
  b.MicroStarted(71, MicrotaskSource::Then, 2, "promiseOne");                                                                       // 17
  b.Enter(72, promise_one);                                                                                                         // 18
  b.Exit(80, promise_one);                                                                                                          // 19
  b.MicroEnded(81, MicrotaskSource::Then, 2);                                                                                       // 20
  b.TaskEnded(90, TaskSource::Script, 1);                                                                                           // 21
  b.Add(91, EventKind::ProcessLifecycle, static_cast<uint8_t>(ProcessStep::LoopStarted));                                          // 22
  phase(100, LoopPhase::Timers, 1, true);                                                                                           // 23
  phase(110, LoopPhase::Timers, 1, false);                                                                                          // 24
  phase(111, LoopPhase::Pending, 1, true);                                                                                          // 25
  phase(115, LoopPhase::Pending, 1, false);                                                                                         // 26
  phase(116, LoopPhase::IdlePrepare, 1, true);                                                                                      // 27
  phase(120, LoopPhase::IdlePrepare, 1, false);                                                                                     // 28
  phase(121, LoopPhase::Poll, 1, true);                                                                                             // 29
  b.Add(2100, EventKind::ThreadPoolDone, 1, 7);                                                                                     // 30
  b.Add(2101, EventKind::TaskEnqueued, static_cast<uint8_t>(TaskSource::Io), 100, b.Str("onRead"));                                // 31
  b.TaskStarted(2102, TaskSource::Io, 100, "onRead");                                                                              // 32
  b.Enter(2103, on_read);                                                                                                           // 33
  b.Add(2110, EventKind::TaskEnqueued, static_cast<uint8_t>(TaskSource::Immediate), 8, b.Str("afterRead"));                        // 34
  b.MicroEnqueued(2120, MicrotaskSource::NextTick, 4, "tickInRead");                                                                // 35
  b.Exit(2130, on_read);                                                                                                            // 36
  b.TaskEnded(2140, TaskSource::Io, 100);                                                                                           // 37
  b.MicroStarted(2141, MicrotaskSource::NextTick, 4, "tickInRead");                                                                 // 38
  b.MicroEnded(2150, MicrotaskSource::NextTick, 4);                                                                                 // 39
  phase(2160, LoopPhase::Poll, 1, false, 1979);                                                                                     // 40
  phase(2161, LoopPhase::Check, 1, true);                                                                                           // 41
  b.TaskStarted(2170, TaskSource::Immediate, 8, "afterRead");                                                                       // 42
  b.Enter(2171, after_read);                                                                                                        // 43
  b.Log(2180, "immediate");                                                                                                         // 44
  b.Exit(2190, after_read);                                                                                                         // 45
  b.TaskEnded(2200, TaskSource::Immediate, 8);                                                                                      // 46
  phase(2210, LoopPhase::Check, 1, false);                                                                                          // 47
  phase(2211, LoopPhase::Close, 1, true);                                                                                           // 48
  phase(2215, LoopPhase::Close, 1, false);                                                                                          // 49
  phase(5100, LoopPhase::Timers, 2, true);                                                                                          // 50
  b.Add(5110, EventKind::TimerFired, 0, 1, 2);                                                                                      // 51
  b.TaskStarted(5111, TaskSource::Timer, 2, "onTimeout");                                                                           // 52
  b.Enter(5112, on_timeout);                                                                                                        // 53
  b.Log(5120, "timeout");                                                                                                           // 54
  b.Exit(5130, on_timeout);                                                                                                         // 55
  b.TaskEnded(5140, TaskSource::Timer, 2);                                                                                          // 56
  phase(5150, LoopPhase::Timers, 2, false);                                                                                         // 57
  phase(5151, LoopPhase::Pending, 2, true);                                                                                         // 58
  phase(5155, LoopPhase::Pending, 2, false);                                                                                        // 59
  b.Add(5160, EventKind::ProcessLifecycle, static_cast<uint8_t>(ProcessStep::LoopEmpty));                                          // 60
  b.Add(5170, EventKind::ProcessLifecycle, static_cast<uint8_t>(ProcessStep::BeforeExit));                                         // 61
  b.Add(5180, EventKind::ProcessLifecycle, static_cast<uint8_t>(ProcessStep::Exit), 0);                                            // 62
  b.Add(5190, EventKind::RunEnded, 0, 0, 0);                                                                                        // 63
  return b.Get();
}

}  // namespace loopscope::ui::testing
