// TraceBuilder.h — hand-built traces for the UI tests: a small script's worth of events with
// readable calls instead of raw records.
#pragma once

#include <memory>
#include <string_view>

#include "runtime/trace/Event.h"
#include "runtime/trace/Trace.h"

namespace loopscope::ui::testing {

class TraceBuilder {
 public:
  TraceBuilder() : m_trace(std::make_shared<Trace>()) {}

  uint32_t Str(std::string_view text) { return m_trace->InternString(text); }
  uint32_t Function(std::string_view name, uint32_t line, uint32_t column = 1) {
    return m_trace->AddFunction(FunctionInfo{Str(name), line, column});
  }
  // Appends at time `t_us` microseconds.
  TraceBuilder& Add(double t_us, EventKind kind, uint8_t aux = 0, uint32_t a = 0, uint32_t b = 0) {
    m_trace->Append(MakeEvent(static_cast<uint64_t>(t_us * 1000), kind, aux, a, b));
    return *this;
  }
  TraceBuilder& TaskStarted(double t, TaskSource source, uint32_t id, std::string_view name) {
    return Add(t, EventKind::TaskStarted, static_cast<uint8_t>(source), id, Str(name));
  }
  TraceBuilder& TaskEnded(double t, TaskSource source, uint32_t id) {
    return Add(t, EventKind::TaskEnded, static_cast<uint8_t>(source), id);
  }
  TraceBuilder& Enter(double t, uint32_t function) { return Add(t, EventKind::FunctionEnter, 0, function); }
  TraceBuilder& Exit(double t, uint32_t function) { return Add(t, EventKind::FunctionExit, 0, function); }
  TraceBuilder& MicroEnqueued(double t, MicrotaskSource source, uint32_t id, std::string_view name) {
    return Add(t, EventKind::MicrotaskEnqueued, static_cast<uint8_t>(source), id, Str(name));
  }
  TraceBuilder& MicroStarted(double t, MicrotaskSource source, uint32_t id, std::string_view name) {
    return Add(t, EventKind::MicrotaskStarted, static_cast<uint8_t>(source), id, Str(name));
  }
  TraceBuilder& MicroEnded(double t, MicrotaskSource source, uint32_t id) {
    return Add(t, EventKind::MicrotaskEnded, static_cast<uint8_t>(source), id);
  }
  TraceBuilder& TimerInstalled(double t, uint32_t timer, std::string_view name, uint32_t delay_ms, bool repeating = false) {
    Add(t, EventKind::TimerInstalled, repeating ? 1 : 0, timer, Str(name));
    return Add(t, EventKind::Detail, 0, delay_ms, 0);
  }
  TraceBuilder& Log(double t, std::string_view text) {
    return Add(t, EventKind::ConsoleOutput, static_cast<uint8_t>(ConsoleLevel::Log), Str(text));
  }

  std::shared_ptr<Trace> Get() const { return m_trace; }
  Trace& Ref() { return *m_trace; }

 private:
  std::shared_ptr<Trace> m_trace;
};

// "setTimeout(timeout, 0) vs Promise.then": the canonical puzzle, as the runtime records it.
//   script task: main() logs, installs a timer, enqueues a then; checkpoint runs promise1;
//   idle 1 ms; timer task runs timeout().
inline std::shared_ptr<Trace> TimeoutVsPromiseTrace() {
  TraceBuilder b;
  const uint32_t main_fn = b.Function("(anonymous)", 1);  // the top-level code, as BrowserHost registers it
  const uint32_t timeout_fn = b.Function("timeout", 3);
  const uint32_t promise_fn = b.Function("promise1", 7);
  b.Add(0, EventKind::RunStarted, 0, b.Str("puzzle.js"));
  b.Add(10, EventKind::TaskEnqueued, 0, 1, b.Str("puzzle.js"));
  b.TaskStarted(10, TaskSource::Script, 1, "puzzle.js");
  b.Enter(11, main_fn);
  b.Log(12, "script start");
  b.TimerInstalled(13, 1, "timeout", 1);
  b.MicroEnqueued(14, MicrotaskSource::Then, 1, "promise1");
  b.Log(15, "script end");
  b.Exit(16, main_fn);
  b.Add(17, EventKind::CheckpointBegin);
  b.MicroStarted(18, MicrotaskSource::Then, 1, "promise1");
  b.Enter(19, promise_fn);
  b.Log(20, "promise 1");
  b.Exit(21, promise_fn);
  b.MicroEnded(22, MicrotaskSource::Then, 1);
  b.Add(23, EventKind::CheckpointEnd, 0, 1);
  b.TaskEnded(24, TaskSource::Script, 1);
  b.Add(25, EventKind::IdleBegin, 0, 1000);
  b.Add(1013, EventKind::IdleEnd);
  b.Add(1013, EventKind::TimerFired, 0, 1, 2);
  b.Add(1013, EventKind::TaskEnqueued, static_cast<uint8_t>(TaskSource::Timer), 2, b.Str("timeout"));
  b.TaskStarted(1014, TaskSource::Timer, 2, "timeout");
  b.Enter(1015, timeout_fn);
  b.Log(1016, "setTimeout");
  b.Exit(1017, timeout_fn);
  b.TaskEnded(1018, TaskSource::Timer, 2);
  b.Add(1020, EventKind::RunEnded, 0, 0);
  return b.Get();
}

}  // namespace loopscope::ui::testing
