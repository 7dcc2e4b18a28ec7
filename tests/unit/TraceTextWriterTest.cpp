// TraceTextWriterTest — the text trace format: a golden listing covering every operand style.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "runtime/trace/Event.h"
#include "runtime/trace/Trace.h"
#include "runtime/trace/TraceTextWriter.h"

namespace loopscope {
namespace {

constexpr uint64_t kMs = 1'000'000;

std::string Write(const Trace& trace) {
  std::ostringstream out;
  WriteTraceText(trace, out);
  return out.str();
}

TEST(TraceTextWriterTest, GoldenListing) {
  Trace trace;
  const uint32_t script = trace.InternString("demo.js");
  const uint32_t tick = trace.InternString("tick");
  const uint32_t main_fn = trace.AddFunction({trace.InternString("main"), 3, 1});
  const uint32_t hello = trace.InternString("hello \"world\"\nline 2\t\\");
  const uint32_t url = trace.InternString("https://example.com/data.json");
  const uint32_t message = trace.InternString("TypeError: x is not a function");
  const uint32_t stack = trace.InternString("at main (demo.js:4:3)");

  trace.Append(MakeEvent(0, EventKind::RunStarted, 0, script));
  trace.Append(MakeEvent(1'500, EventKind::ScriptCompiled, 0, script, 7));
  trace.Append(MakeEvent(2 * kMs, EventKind::TaskStarted, static_cast<uint8_t>(TaskSource::Script), 1, 0));
  trace.Append(MakeEvent(2 * kMs + 1, EventKind::FunctionEnter, 0, main_fn));
  trace.Append(MakeEvent(2 * kMs + 2, EventKind::TimerInstalled, 1, 5, tick));
  trace.Append(MakeEvent(2 * kMs + 2, EventKind::Detail, 0, 100, 9));
  trace.Append(MakeEvent(2 * kMs + 3, EventKind::ConsoleOutput, static_cast<uint8_t>(ConsoleLevel::Warn), hello));
  trace.Append(MakeEvent(2 * kMs + 4, EventKind::MicrotaskEnqueued, static_cast<uint8_t>(MicrotaskSource::Await), 2, tick));
  trace.Append(MakeEvent(2 * kMs + 5, EventKind::FunctionExit, 0, main_fn));
  trace.Append(MakeEvent(2 * kMs + 6, EventKind::TaskEnded, static_cast<uint8_t>(TaskSource::Script), 1));
  trace.Append(MakeEvent(2 * kMs + 7, EventKind::CheckpointBegin));
  trace.Append(MakeEvent(2 * kMs + 8, EventKind::CheckpointEnd, 0, 1));
  trace.Append(MakeEvent(3 * kMs, EventKind::IdleBegin, 0, 98'000));
  trace.Append(MakeEvent(101 * kMs, EventKind::IdleEnd));
  trace.Append(MakeEvent(101 * kMs, EventKind::TimerFired, 0, 5, 9));
  trace.Append(MakeEvent(101 * kMs, EventKind::TaskEnqueued, static_cast<uint8_t>(TaskSource::Interval), 9, tick));
  trace.Append(MakeEvent(102 * kMs, EventKind::RenderingBegin, static_cast<uint8_t>(RenderStep::Paint), 4));
  trace.Append(MakeEvent(102 * kMs, EventKind::LoopPhaseBegin, static_cast<uint8_t>(LoopPhase::Check), 2));
  trace.Append(MakeEvent(102 * kMs, EventKind::GcBegin, static_cast<uint8_t>(GcKind::Major)));
  trace.Append(MakeEvent(102 * kMs, EventKind::JitCode, static_cast<uint8_t>(JitKind::Optimize), tick));
  trace.Append(MakeEvent(102 * kMs, EventKind::NetworkRequest, 0, 3, url));
  trace.Append(MakeEvent(102 * kMs, EventKind::NetworkResponse, 0, 3, 404));
  trace.Append(MakeEvent(102 * kMs, EventKind::UncaughtError, 1, message, stack));
  trace.Append(MakeEvent(1234 * kMs + 567'891, EventKind::RunEnded, static_cast<uint8_t>(RunEndReason::Completed)));

  const std::string expected =
      "000000  0.000000ms  RunStarted  script=\"demo.js\" model=browser\n"
      "000001  0.001500ms  ScriptCompiled  script=\"demo.js\" functions=7\n"
      "000002  2.000000ms  TaskStarted  source=Script task=1 name=\"\"\n"
      "000003  2.000001ms  FunctionEnter  function=1 name=\"main\" at=3:1\n"
      "000004  2.000002ms  TimerInstalled  timer=5 name=\"tick\" repeating=yes delay=100ms task=9\n"
      "000006  2.000003ms  ConsoleOutput  level=Warn text=\"hello \\\"world\\\"\\nline 2\\t\\\\\"\n"
      "000007  2.000004ms  MicrotaskEnqueued  source=Await microtask=2 name=\"tick\"\n"
      "000008  2.000005ms  FunctionExit  function=1 name=\"main\" at=3:1\n"
      "000009  2.000006ms  TaskEnded  source=Script task=1\n"
      "000010  2.000007ms  CheckpointBegin\n"
      "000011  2.000008ms  CheckpointEnd  jobs=1\n"
      "000012  3.000000ms  IdleBegin  length=98000us\n"
      "000013  101.000000ms  IdleEnd\n"
      "000014  101.000000ms  TimerFired  timer=5 task=9\n"
      "000015  101.000000ms  TaskEnqueued  source=Interval task=9 name=\"tick\"\n"
      "000016  102.000000ms  RenderingBegin  step=Paint frame=4\n"
      "000017  102.000000ms  LoopPhaseBegin  phase=Check iteration=2\n"
      "000018  102.000000ms  GcBegin  kind=Major\n"
      "000019  102.000000ms  JitCode  jit=Optimize function=\"tick\"\n"
      "000020  102.000000ms  NetworkRequest  request=3 url=\"https://example.com/data.json\"\n"
      "000021  102.000000ms  NetworkResponse  request=3 status=404\n"
      "000022  102.000000ms  UncaughtError  in_promise=yes message=\"TypeError: x is not a function\" "
      "stack=\"at main (demo.js:4:3)\"\n"
      "000023  1234.567891ms  RunEnded  reason=Completed message=\"\"\n";
  EXPECT_EQ(Write(trace), expected);
}

TEST(TraceTextWriterTest, DetailOnAnOrdinaryEventAndOrphanDetail) {
  Trace trace;
  trace.Append(MakeEvent(0, EventKind::Detail, 0, 1, 2));
  trace.Append(MakeEvent(0, EventKind::TimerCleared, 0, 4));
  trace.Append(MakeEvent(0, EventKind::Detail, 0, 7, 8));
  EXPECT_EQ(Write(trace),
            "000000  0.000000ms  Detail  a=1 b=2\n"
            "000001  0.000000ms  TimerCleared  timer=4 detail.a=7 detail.b=8\n");
}

TEST(TraceTextWriterTest, TimerWithoutDetailAndUnknownFunction) {
  Trace trace;
  trace.Append(MakeEvent(0, EventKind::TimerInstalled, 0, 1, 0));
  trace.Append(MakeEvent(0, EventKind::FunctionEnter, 0, 42));
  EXPECT_EQ(Write(trace),
            "000000  0.000000ms  TimerInstalled  timer=1 name=\"\" repeating=no\n"
            "000001  0.000000ms  FunctionEnter  function=42 name=\"\" at=0:0\n");
}

TEST(TraceTextWriterTest, TruncatedTraceEndsWithItsMarkerAndCount) {
  Trace trace(TraceLimits{16 + 3 * 16 + Trace::kHeadroomBytes});
  for (int i = 0; i < 10; ++i) trace.Append(MakeEvent(0, EventKind::IdleEnd));
  const std::string text = Write(trace);
  EXPECT_NE(text.find("000003  0.000000ms  TraceTruncated  dropped=1\n# trace truncated: 7 events dropped\n"),
            std::string::npos)
      << text;
}

TEST(TraceTextWriterTest, QuoteEscapesControlBytes) {
  EXPECT_EQ(QuoteTraceString("a\x01" "b\x7f"), "\"a\\x01b\\x7F\"");
  EXPECT_EQ(QuoteTraceString(std::string("\0", 1)), "\"\\x00\"");
  EXPECT_EQ(QuoteTraceString("héllo"), "\"héllo\"");
  EXPECT_EQ(QuoteTraceString("cr\r"), "\"cr\\r\"");
}

}  // namespace
}  // namespace loopscope
