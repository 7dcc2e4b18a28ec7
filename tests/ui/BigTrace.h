// BigTrace.h — a synthetic trace of many short tasks (nested calls, a microtask each, an idle
// gap every ten tasks) for the timeline's scale test and frame benchmark.
#pragma once

#include <memory>

#include "tests/ui/TraceBuilder.h"

namespace loopscope::ui::testing {

// Timer tasks, each calling a few nested functions and queueing microtasks, until `target_events`.
inline std::shared_ptr<Trace> BigTrace(int target_events) {
  TraceBuilder b;
  uint32_t functions[6];
  const char* names[6] = {"tick", "update", "layout", "measure", "resolve", "render"};
  for (int i = 0; i < 6; ++i) functions[i] = b.Function(names[i], 10 + i * 5);
  double t = 0;
  uint32_t task = 1, micro = 1;
  b.Add(t, EventKind::RunStarted);
  while (b.Ref().PublishedCount() < static_cast<uint64_t>(target_events)) {
    b.TaskStarted(t += 1, TaskSource::Timer, task, "tick");
    b.Enter(t += 0.5, functions[0]);
    for (int k = 0; k < 3; ++k) {
      b.Enter(t += 0.3, functions[1 + k]);
      b.Enter(t += 0.2, functions[4]);
      b.Exit(t += 0.4, functions[4]);
      b.Exit(t += 0.2, functions[1 + k]);
    }
    b.MicroEnqueued(t += 0.1, MicrotaskSource::Then, micro, "resolve");
    b.Exit(t += 0.2, functions[0]);
    b.Add(t += 0.1, EventKind::CheckpointBegin);
    b.MicroStarted(t += 0.1, MicrotaskSource::Then, micro, "resolve");
    b.Enter(t += 0.1, functions[5]);
    b.Exit(t += 0.5, functions[5]);
    b.MicroEnded(t += 0.1, MicrotaskSource::Then, micro++);
    b.Add(t += 0.1, EventKind::CheckpointEnd, 0, 1);
    b.TaskEnded(t += 0.1, TaskSource::Timer, task++);
    if (task % 10 == 0) {
      b.Add(t += 0.1, EventKind::IdleBegin, 0, 50);
      b.Add(t += 50, EventKind::IdleEnd);
    }
  }
  b.Add(t + 1, EventKind::RunEnded);
  return b.Get();
}

}  // namespace loopscope::ui::testing
