// RuntimeCodeTest.cpp — issue 8 item 6: code made at run time (eval, new Function, string timers)
// is instrumented too, so its calls reach the Call Stack and the timeline, while the script sees
// nothing of it (tests/puzzles/runtime_code.js checks what it prints against Chromium).
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "RunScriptHelper.h"

namespace loopscope {
namespace {

using testing::RunScript;

std::set<std::string> EnteredFunctions(const Trace& trace) {
  std::set<std::string> names;
  for (uint64_t i = 0; i < trace.PublishedCount(); ++i) {
    const Event& event = trace.At(i);
    if (event.Kind() == EventKind::FunctionEnter) names.emplace(trace.String(trace.Function(event.a).name));
  }
  return names;
}

TEST(RuntimeCode, EvalNewFunctionAndStringTimersAreRecorded) {
  auto run = RunScript(
      "setTimeout('function fromTimer() { return 1 } fromTimer()', 0);"
      "eval('function inEval() { return 2 } inEval()');"
      "(0, eval)('(function indirect() { return 3 })()');"
      "new Function('return 4')();"
      "new Function('a = () => 7', 'return a()')();");  // params V8 checks: runs as written
  ASSERT_EQ(run.outcome.reason, RunEndReason::Completed);
  const std::set<std::string> names = EnteredFunctions(*run.trace);
  for (const char* name : {"fromTimer", "inEval", "indirect", "anonymous"}) {
    EXPECT_TRUE(names.count(name)) << name;
  }
  EXPECT_EQ(run.stderr_lines, std::vector<std::string>{});
}

TEST(RuntimeCode, ItsFunctionsBelongToEvalNotToTheMainScript) {
  auto run = RunScript("eval('function inEval() {} inEval()');");
  const Trace& trace = *run.trace;
  bool found = false;
  for (uint32_t id = 1; id <= trace.FunctionCount(); ++id) {
    if (trace.String(trace.Function(id).name) != "inEval") continue;
    found = true;
    EXPECT_EQ(trace.String(trace.Function(id).script), "(eval)");
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace loopscope
