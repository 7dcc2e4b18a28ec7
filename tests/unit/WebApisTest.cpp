// The browser model's newer Web APIs (scheduler, DOMException, structuredClone with transfer,
// navigator, location, crypto, storage) beyond what the Chromium-checked puzzles can show: what
// the trace records, what depends on the run's options and machine, and that the host scripts
// keep working when the script has patched the built-ins they would otherwise use.
#include <gtest/gtest.h>

#include <thread>

#include "RunScriptHelper.h"

namespace loopscope {
namespace {

using testing::RunScript;
using Lines = std::vector<std::string>;

TEST(Scheduler, PostedTasksAreTasksOfThePrioritizedTaskSource) {
  auto run = RunScript(
      "scheduler.postTask(function background() {}, {priority: 'background'});"
      "scheduler.postTask(function blocking() {}, {priority: 'user-blocking'});");
  std::vector<uint32_t> started;
  for (uint64_t i = 0; i < run.trace->PublishedCount(); ++i) {
    const Event& event = run.trace->At(i);
    if (event.Kind() == EventKind::TaskStarted && event.aux == static_cast<uint8_t>(TaskSource::PrioritizedTask)) {
      started.push_back(event.b);
    }
  }
  ASSERT_EQ(started.size(), 2u);
  EXPECT_EQ(run.trace->String(started[0]), "blocking");
  EXPECT_EQ(run.trace->String(started[1]), "background");
  EXPECT_EQ(TaskSourceName(TaskSource::PrioritizedTask), "PrioritizedTask");
}

TEST(Scheduler, ABackgroundTaskWaitsForAChainOfUserVisibleTasks) {
  auto run = RunScript(
      "scheduler.postTask(() => console.log('background'), {priority: 'background'});"
      "let n = 0; function step() { console.log('visible ' + n); if (++n < 3) scheduler.postTask(step); }"
      "scheduler.postTask(step);");
  EXPECT_EQ(run.stdout_lines, (Lines{"visible 0", "visible 1", "visible 2", "background"}));
}

TEST(Scheduler, AnAbortedTaskLeavesItsQueueUnrun) {
  auto run = RunScript(
      "const c = new TaskController();"
      "scheduler.postTask(function aborted() {}, {signal: c.signal}).catch(() => {});"
      "scheduler.postTask(function delayed() {}, {signal: c.signal, delay: 10}).catch(() => {});"
      "c.abort();");
  uint32_t enqueued = 0, started = 0, dropped = 0;
  for (uint64_t i = 0; i < run.trace->PublishedCount(); ++i) {
    const Event& event = run.trace->At(i);
    const bool prioritized = event.aux == static_cast<uint8_t>(TaskSource::PrioritizedTask);
    if (event.Kind() == EventKind::TaskEnqueued && prioritized) enqueued = event.a;
    if (event.Kind() == EventKind::TaskStarted && prioritized) ++started;
    if (event.Kind() == EventKind::TimerCleared && event.a == 0) dropped = event.b;
  }
  EXPECT_NE(enqueued, 0u);
  EXPECT_EQ(dropped, enqueued) << "the queued task is dropped; the delayed one never entered a queue";
  EXPECT_EQ(started, 0u);
}

TEST(HostScripts, KeepWorkingWhenTheScriptPatchesBuiltins) {
  auto run = RunScript(
      "Array.prototype.push = () => { throw new Error('push'); };"
      "Array.prototype[Symbol.iterator] = function* () { throw new Error('iterate'); };"
      "Function.prototype.call = () => { throw new Error('call'); };"
      "Function.prototype.apply = () => { throw new Error('apply'); };"
      "Map.prototype.get = () => 'patched'; Map.prototype.set = () => { throw new Error('set'); };"
      "WeakMap.prototype.get = () => undefined; Object.keys = () => [];"
      "Promise.prototype.then = Promise.prototype.then;"
      "localStorage.setItem('k', 1); console.log(localStorage.getItem('k'), localStorage.length);"
      "console.log(crypto.getRandomValues(new Uint8Array(4)).length, crypto.randomUUID().length);"
      "const b = new ArrayBuffer(4); structuredClone(b, {transfer: {[Symbol.iterator]: function* () { yield b; }}});"
      "console.log('detached', b.byteLength);"
      "try { structuredClone(() => 1); } catch (e) { console.log(e.name, e.code); }"
      "const c = new TaskController(); c.signal.onabort = () => console.log('aborted');"
      "scheduler.postTask(() => console.log('never'), {signal: c.signal}).catch((e) => console.log(e.name)); c.abort();"
      "scheduler.postTask(() => 'ok', {priority: 'user-blocking'}).then(console.log);");
  EXPECT_EQ(run.stdout_lines, (Lines{"1 1", "4 36", "detached 0", "DataCloneError 25", "aborted", "AbortError", "ok"}));
  EXPECT_TRUE(run.stderr_lines.empty()) << run.stderr_lines.front();
}

TEST(Location, IsTheFileUrlOfTheScriptPath) {
  RunOptions options;
  options.script_path = "/tmp/some dir/puzzle#1.js";
  auto run = RunScript("console.log(location.href, location.pathname, location.origin); location.href = 'x'; console.log(location.protocol);",
                       options);
  EXPECT_EQ(run.stdout_lines, (Lines{"file:///tmp/some%20dir/puzzle%231.js /tmp/some%20dir/puzzle%231.js file://", "file:"}));
}

TEST(Navigator, HardwareConcurrencyIsTheMachines) {
  auto run = RunScript("console.log(navigator.hardwareConcurrency);");
  EXPECT_EQ(run.stdout_lines, (Lines{std::to_string(std::max(1u, std::thread::hardware_concurrency()))}));
}

TEST(Storage, EachRunStartsEmpty) {
  auto first = RunScript("localStorage.setItem('a', 'b'); console.log(localStorage.length);");
  auto second = RunScript("console.log(localStorage.length, localStorage.getItem('a'));");
  EXPECT_EQ(first.stdout_lines, (Lines{"1"}));
  EXPECT_EQ(second.stdout_lines, (Lines{"0 null"}));
}

}  // namespace
}  // namespace loopscope
