// Behaviour of the browser host that the HTML spec and Chromium define: timers, clocks, console
// formatting, error reporting, and bad input (syntax errors, endless loops, runaway memory).
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "RunScriptHelper.h"

namespace loopscope {
namespace {

using testing::RunScript;
using Lines = std::vector<std::string>;

TEST(Timers, OrderByDueTimeThenBySetOrder) {
  auto run = RunScript(
      "setTimeout(() => console.log('b'), 5); setTimeout(() => console.log('a'), 1);"
      "setTimeout(() => console.log('c'), 5); setTimeout(() => console.log('z'), 0);");
  EXPECT_EQ(run.stdout_lines, (Lines{"z", "a", "b", "c"}));
}

TEST(Timers, StringNegativeAndMissingDelaysAreCoerced) {
  auto run = RunScript(
      "setTimeout(() => console.log('ten'), '10'); setTimeout(() => console.log('neg'), -50);"
      "setTimeout(() => console.log('none')); setTimeout(() => console.log('five'), 5);");
  EXPECT_EQ(run.stdout_lines, (Lines{"neg", "none", "five", "ten"}));
}

TEST(Timers, ExtraArgumentsAndStringHandlers) {
  auto run = RunScript("setTimeout((a, b) => console.log(a + b), 0, 2, 3); setTimeout(\"console.log('code')\", 1);");
  EXPECT_EQ(run.stdout_lines, (Lines{"5", "code"}));
}

TEST(Timers, ClearTimeoutAndIntervalStop) {
  auto run = RunScript(
      "const t = setTimeout(() => console.log('never'), 0); clearTimeout(t);"
      "let n = 0; const i = setInterval(() => { console.log('tick ' + ++n); if (n === 3) clearInterval(i); }, 10);");
  EXPECT_EQ(run.stdout_lines, (Lines{"tick 1", "tick 2", "tick 3"}));
}

TEST(Timers, ClearingATimerWhoseTaskIsAlreadyQueued) {
  // Both are due after the blocking loop; the first cancels the second before it runs.
  auto run = RunScript(
      "let b; setTimeout(() => { console.log('a'); clearTimeout(b); }, 0); b = setTimeout(() => console.log('b'), 0);"
      "const s = performance.now(); while (performance.now() - s < 5) {}");
  EXPECT_EQ(run.stdout_lines, (Lines{"a"}));
}

TEST(Timers, NestingClampAboveLevelFive) {
  // Chromium 156 (tests/oracle/probes/nested_clamp.js): in a chain of 0 ms timers the first six
  // run at once, from the seventh on each waits 4 ms (HTML: nesting level greater than 5).
  auto run = RunScript(
      "let level = 0; let last = performance.now(); const gaps = [];"
      "function nest() { const now = performance.now(); gaps.push(now - last); last = now;"
      "  if (++level < 8) setTimeout(nest, 0); else console.log(gaps.slice(1).map(g => g >= 4 ? 'clamped' : 'free').join(' ')); }"
      "setTimeout(nest, 0);");
  ASSERT_EQ(run.stdout_lines.size(), 1u);
  EXPECT_EQ(run.stdout_lines[0], "free free free free free clamped clamped");
}

TEST(Clock, SkipIdleJumpsOverLongTimersAndDateFollows) {
  auto started = std::chrono::steady_clock::now();
  auto run = RunScript(
      "const d0 = Date.now(), p0 = performance.now();"
      "setTimeout(() => { const dd = Date.now() - d0, dp = performance.now() - p0;"
      "  console.log(dd >= 10000 && dd < 10500, dp >= 10000 && dp < 10500); }, 10000);");
  auto wall = std::chrono::steady_clock::now() - started;
  EXPECT_EQ(run.stdout_lines, (Lines{"true true"}));
  EXPECT_LT(wall, std::chrono::seconds(5));
  bool saw_idle = false;
  for (uint64_t i = 0; i < run.trace->PublishedCount(); ++i) {
    if (run.trace->At(i).Kind() == EventKind::IdleBegin) saw_idle = run.trace->At(i).a >= 9'000'000;
  }
  EXPECT_TRUE(saw_idle) << "the skipped wait must still be recorded as an idle period";
}

TEST(Clock, SkipIdleScriptTimeStandsStillWhileJavaScriptRuns) {
  // Headless Chromium's virtual time (tests/oracle/probes/busy_loop_clock.js): a long counted loop
  // measures 0 ms — but the trace still shows how long it really took.
  auto run = RunScript(
      "const t0 = performance.now(); let x = 0; for (let i = 0; i < 3e7; i++) x += i;"
      "console.log(performance.now() - t0);");
  EXPECT_EQ(run.stdout_lines, (Lines{"0"}));
  uint64_t task_start = 0, task_end = 0;
  for (uint64_t i = 0; i < run.trace->PublishedCount(); ++i) {
    const Event& event = run.trace->At(i);
    if (event.Kind() == EventKind::TaskStarted && task_start == 0) task_start = event.time_ns;
    if (event.Kind() == EventKind::TaskEnded && task_end == 0) task_end = event.time_ns;
  }
  EXPECT_GT(task_end - task_start, 1'000'000u) << "the loop's real duration belongs in the trace";
}

TEST(Clock, BusyWaitingOnTheClockStillEnds) {
  // Where virtual-time Chromium would spin forever, a task polling the clock gets real time.
  auto run = RunScript(
      "const s = Date.now(); while (Date.now() - s < 30) {}"
      "const p = performance.now(); while (performance.now() - p < 30) {} console.log('done');");
  EXPECT_EQ(run.outcome.reason, RunEndReason::Completed);
  EXPECT_EQ(run.stdout_lines, (Lines{"done"}));
}

TEST(Clock, RealClockReallySleeps) {
  RunOptions options;
  options.clock = ClockMode::Real;
  auto started = std::chrono::steady_clock::now();
  auto run = RunScript("setTimeout(() => console.log('late'), 300);", options);
  EXPECT_EQ(run.stdout_lines, (Lines{"late"}));
  EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(300));
}

TEST(CallLines, EachCallRecordsTheLineItWasMadeFromAndHostCallsTheirs) {
  auto run = RunScript(
      "function inner() {\n"
      "  console.log('in');\n"
      "}\n"
      "function outer() {\n"
      "  const x = 1;\n"
      "  inner(x);\n"
      "}\n"
      "outer();\n");
  std::vector<std::pair<std::string, uint32_t>> enters;
  std::vector<uint32_t> source_lines;
  for (uint64_t i = 0; i < run.trace->PublishedCount(); ++i) {
    const Event& event = run.trace->At(i);
    if (event.Kind() == EventKind::FunctionEnter) {
      enters.emplace_back(std::string(run.trace->String(run.trace->Function(event.a).name)), event.b);
    }
    if (event.Kind() == EventKind::SourceLine) source_lines.push_back(event.a);
  }
  // The top-level frame is entered by the host (no caller); outer is called on line 8, inner on 6.
  ASSERT_EQ(enters.size(), 3u);
  EXPECT_EQ(enters[1], std::make_pair(std::string("outer"), 8u));
  EXPECT_EQ(enters[2], std::make_pair(std::string("inner"), 6u));
  EXPECT_EQ(source_lines, (std::vector<uint32_t>{2})) << "console.log is called on line 2";
}

TEST(Console, FormatsValuesReadably) {
  auto run = RunScript(
      "console.log('s', 1.5, -0, [1, 'a', [2]], {a: 1, b: 'x'}, null, undefined, true, 10n);"
      "console.info(new Error('boom')); console.debug('%s is %d', 'x', 42.7);"
      "console.log(new Map([[1, 'a']]), new Set([1]), Promise.resolve(3));"
      "class Point { constructor() { this.x = 1; } } console.log(new Point(), function named() {});");
  EXPECT_EQ(run.stdout_lines, (Lines{"s 1.5 -0 (3) [1, 'a', Array(1)] {a: 1, b: 'x'} null undefined true 10n",
                                     "Error: boom", "x is 42",
                                     "Map(1) {1 => 'a'} Set(1) {1} Promise {<fulfilled>: 3}",
                                     "Point {x: 1} ƒ named()"}));
}

TEST(Console, NumberSubstitutionsConvertAsChromeDoes) {
  // Chromium (oracle, tests/hostile/format_specifier_conversions.js): %d / %i are parseInt, %f is
  // parseFloat — a Symbol is NaN, a BigInt converts through its string, an object through its
  // toString (valueOf is never called) — and a conversion that throws leaves console.log.
  auto run = RunScript(
      "console.log('%d %f %i', Symbol('s'), 10n, {valueOf() { throw new Error('v'); }});"
      "try { console.log('%d', {toString() { throw new Error('t'); }}); }"
      "catch (e) { console.log('threw', e.message); }"
      "console.log('after');");
  EXPECT_EQ(run.stdout_lines, (Lines{"NaN 10 NaN", "threw t", "after"}));
  EXPECT_TRUE(run.stderr_lines.empty());
}

TEST(Console, OnlyLogInfoAndDebugReachStdout) {
  // The oracle captures console.log/info/debug only (tests/oracle/capture.js): console.count, dir,
  // table, trace and group must not add lines to stdout (tests/puzzles/console_other_methods.js).
  auto run = RunScript(
      "console.count(); console.dir({a: 1}); console.table([1]); console.trace('t'); console.group('g');"
      "console.countReset(); console.count(); console.log('only this');");
  EXPECT_EQ(run.stdout_lines, (Lines{"only this"}));
  EXPECT_EQ(run.stderr_lines,
            (Lines{"default: 1", "{a: 1}", "[1]", "console.trace t", "g", "default: 1"}));
}

TEST(Console, WarnAndErrorGoToStderr) {
  auto run = RunScript("console.warn('w'); console.error('e'); console.log('o');");
  EXPECT_EQ(run.stdout_lines, (Lines{"o"}));
  EXPECT_EQ(run.stderr_lines, (Lines{"w", "e"}));
}

TEST(Errors, UncaughtErrorInATaskIsReportedAndTheLoopGoesOn) {
  auto run = RunScript(
      "setTimeout(() => { throw new TypeError('bad'); }, 0); setTimeout(() => console.log('next'), 1);");
  EXPECT_EQ(run.outcome.reason, RunEndReason::Completed);
  EXPECT_EQ(run.stdout_lines, (Lines{"next"}));
  ASSERT_FALSE(run.stderr_lines.empty());
  EXPECT_EQ(run.stderr_lines[0].rfind("Uncaught TypeError: bad", 0), 0u) << run.stderr_lines[0];
}

TEST(Errors, UnhandledRejectionIsReportedHandledOneIsNot) {
  auto run = RunScript("Promise.reject(new Error('lost')); Promise.reject(new Error('kept')).catch(() => {});");
  ASSERT_EQ(run.stderr_lines.size(), 1u);
  EXPECT_EQ(run.stderr_lines[0].rfind("Uncaught (in promise) Error: lost", 0), 0u) << run.stderr_lines[0];
}

TEST(BadInput, SyntaxErrorGivesLineAndColumn) {
  auto run = RunScript("console.log('fine');\nlet x = ;\n");
  EXPECT_EQ(run.outcome.reason, RunEndReason::SyntaxError);
  EXPECT_NE(run.outcome.message.find("SyntaxError: Unexpected token ';'"), std::string::npos) << run.outcome.message;
  EXPECT_NE(run.outcome.message.find("(2:9)"), std::string::npos) << run.outcome.message;
  EXPECT_TRUE(run.stdout_lines.empty()) << "nothing runs when the script does not parse";
}

TEST(BadInput, InfiniteLoopStopsAtTheTimeoutAndKeepsTheTrace) {
  RunOptions options;
  options.timeout_seconds = 0.5;
  auto run = RunScript("console.log('before'); while (true) {}", options);
  EXPECT_EQ(run.outcome.reason, RunEndReason::TimedOut);
  EXPECT_EQ(run.stdout_lines, (Lines{"before"}));
  uint64_t count = run.trace->PublishedCount();
  ASSERT_GT(count, 0u);
  EXPECT_EQ(run.trace->At(count - 1).Kind(), EventKind::RunEnded);
}

TEST(BadInput, EndlessMicrotaskChainStopsAtTheTimeout) {
  RunOptions options;
  options.timeout_seconds = 0.5;
  auto run = RunScript("function again() { Promise.resolve().then(again); } again();", options);
  EXPECT_EQ(run.outcome.reason, RunEndReason::TimedOut);
}

TEST(BadInput, RunawayRecursionIsAnOrdinaryRangeError) {
  auto run = RunScript("function down() { return down() + 1; } setTimeout(() => console.log('alive'), 0); down();");
  EXPECT_EQ(run.outcome.reason, RunEndReason::Completed);
  EXPECT_EQ(run.stdout_lines, (Lines{"alive"}));
  ASSERT_FALSE(run.stderr_lines.empty());
  EXPECT_NE(run.stderr_lines[0].find("Maximum call stack size exceeded"), std::string::npos);
}

TEST(BadInput, HugeAllocationStopsTheRunInsteadOfTheProcess) {
  RunOptions options;
  options.heap_limit_bytes = std::size_t{256} << 20;
  auto run = RunScript("const keep = []; while (true) keep.push(new Array(1e5).fill(1.5));", options);
  EXPECT_EQ(run.outcome.reason, RunEndReason::Fatal);
  EXPECT_NE(run.outcome.message.find("heap"), std::string::npos) << run.outcome.message;
}

TEST(BadInput, ATruncatedTraceStillEndsWithRunEnded) {
  RunOptions options;
  options.trace_cap_bytes = 64 << 10;  // far less than the run records
  auto run = RunScript("for (let i = 0; i < 20000; i++) Promise.resolve(i).then(function f() {});", options);
  EXPECT_EQ(run.outcome.reason, RunEndReason::Completed);
  ASSERT_TRUE(run.trace->Truncated());
  uint64_t count = run.trace->PublishedCount();
  ASSERT_GE(count, 2u);
  EXPECT_EQ(run.trace->At(count - 2).Kind(), EventKind::TraceTruncated);
  EXPECT_EQ(run.trace->At(count - 1).Kind(), EventKind::RunEnded);
}

TEST(Trace, TheInstrumentersOwnWorkIsNotInTheUsersTrace) {
  // A long script makes acorn hot enough to be compiled and optimised, and to need GCs.
  std::string source;
  for (int i = 0; i < 20000; ++i) source += "var v" + std::to_string(i) + " = [" + std::to_string(i) + ", 'x'];\n";
  source += "function hot(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }\n";
  source += "for (let i = 0; i < 20000; i++) hot(100);\n";
  auto run = RunScript(source);
  ASSERT_EQ(run.outcome.reason, RunEndReason::Completed);
  const Trace& trace = *run.trace;
  bool compiled = false;
  bool hot_seen = false;
  for (uint64_t i = 0; i < trace.PublishedCount(); ++i) {
    const Event& event = trace.At(i);
    if (event.Kind() == EventKind::ScriptCompiled) compiled = true;
    if (!compiled) {
      EXPECT_NE(event.Kind(), EventKind::JitCode) << "JIT event before the user's script was compiled, at " << i;
      EXPECT_NE(event.Kind(), EventKind::GcBegin) << "GC event before the user's script was compiled, at " << i;
    }
    if (event.Kind() == EventKind::JitCode) {
      std::string_view name = trace.String(event.a);
      EXPECT_TRUE(name == "hot" || name == "(anonymous)") << "JIT event for a function that is not the user's: " << name;
      hot_seen |= name == "hot";
    }
  }
  EXPECT_TRUE(hot_seen) << "the user's hot function was never reported compiled";
}

TEST(Stop, AStopWakesALoopSleepingOnTheRealClock) {
  RunOptions options;
  options.clock = ClockMode::Real;
  options.source = "setTimeout(() => console.log('never'), 60000);";
  RunSession session(std::move(options));
  auto started = std::chrono::steady_clock::now();
  session.Start();
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // let it reach the idle wait
  session.RequestStop();
  RunOutcome outcome = session.Wait();
  auto waited = std::chrono::steady_clock::now() - started;
  EXPECT_EQ(outcome.reason, RunEndReason::Stopped);
  EXPECT_LT(waited, std::chrono::seconds(30)) << "the stop did not wake the poller";
  uint64_t count = session.GetTrace()->PublishedCount();
  ASSERT_GT(count, 0u);
  EXPECT_EQ(session.GetTrace()->At(count - 1).Kind(), EventKind::RunEnded);
}

TEST(BadInput, AStopWhileTheInstrumenterRunsStillEndsTheRun) {
  // Long enough that a 10 ms timeout lands while acorn parses it.
  std::string source;
  for (int i = 0; i < 40000; ++i) source += "var v" + std::to_string(i) + " = function () { return " + std::to_string(i) + "; };\n";
  source += "console.log('ran'); while (true) {}\n";
  for (LoopModel model : {LoopModel::Browser, LoopModel::Node}) {
    RunOptions options;
    options.model = model;
    options.timeout_seconds = 0.01;
    auto started = std::chrono::steady_clock::now();
    auto run = RunScript(source, options);
    EXPECT_EQ(run.outcome.reason, RunEndReason::TimedOut);
    bool printed = false;  // node writes its own stdout: look in the trace, which both models fill
    for (uint64_t i = 0; i < run.trace->PublishedCount(); ++i) {
      const Event& event = run.trace->At(i);
      printed |= event.Kind() == EventKind::ConsoleOutput && run.trace->String(event.a) == "ran";
    }
    EXPECT_FALSE(printed) << "the script ran after the stop (model " << static_cast<int>(model) << ")";
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(20));
  }
}

TEST(BadInput, ATerminationInsideQueueMicrotaskEndsTheRun) {
  RunOptions options;
  options.timeout_seconds = 0.5;
  auto run = RunScript("function again() { queueMicrotask(again); for (let i = 0; i < 20000; i++); } again();", options);
  EXPECT_EQ(run.outcome.reason, RunEndReason::TimedOut);
  for (const std::string& line : run.stderr_lines) {
    EXPECT_EQ(line.find("Uncaught"), std::string::npos) << "the stop became an ordinary exception: " << line;
  }
}

TEST(BadInput, AScriptOverTheSizeLimitIsRefusedWithAMessage) {
  RunOptions options;
  options.max_source_bytes = 1 << 20;
  auto run = RunScript(std::string(2 << 20, ' ') + "console.log('never');", options);
  EXPECT_EQ(run.outcome.reason, RunEndReason::Fatal);
  EXPECT_NE(run.outcome.message.find("refused"), std::string::npos) << run.outcome.message;
  EXPECT_TRUE(run.stdout_lines.empty());
  ASSERT_GT(run.trace->PublishedCount(), 0u);
  EXPECT_EQ(run.trace->At(run.trace->PublishedCount() - 1).Kind(), EventKind::RunEnded);
}

}  // namespace
}  // namespace loopscope
