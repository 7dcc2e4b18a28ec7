// MemoryBudgetTest.cpp — issue 7 item 2: one run budget bounds what is not the V8 heap. Reaching
// it ends the run as a resource limit (RunEndReason::Fatal, exit 6 on the CLI) with a message,
// and nothing the script does after that point is printed.
#include <gtest/gtest.h>

#include "RunScriptHelper.h"
#include "runtime/budget/MemoryBudget.h"

namespace loopscope {
namespace {

using testing::RunScript;
using Lines = std::vector<std::string>;

RunOptions WithBudget(std::size_t megabytes) {
  RunOptions options;
  options.memory_budget_bytes = megabytes << 20;
  options.timeout_seconds = 60;  // a failure to stop shows as a timeout, not as a hang
  return options;
}

TEST(MemoryBudget, ArrayBuffersAreReservedAgainstIt) {
  // Never touched, so the kernel commits nothing: only the counting allocator can see these.
  auto run = RunScript(
      "console.log('start');"
      "const keep = []; for (let i = 0; i < 64; ++i) keep.push(new ArrayBuffer(32 * 1024 * 1024));"
      "console.log('allocated', keep.length);",
      WithBudget(768));
  EXPECT_EQ(run.outcome.reason, RunEndReason::Fatal);
  EXPECT_NE(run.outcome.message.find("memory budget of 768 MB"), std::string::npos) << run.outcome.message;
  EXPECT_EQ(run.stdout_lines, Lines{"start"});
  EXPECT_EQ(run.stderr_lines, Lines{}) << "the refused allocation's RangeError must not be reported after the stop";
}

TEST(MemoryBudget, ResidentGrowthOfWasmMemoryIsCaught) {
  // WebAssembly memory is not allocated through the ArrayBuffer allocator: the resident-memory
  // samples catch it once it is touched.
  auto run = RunScript(
      "const memory = new WebAssembly.Memory({ initial: 1, maximum: 32768 });"
      "for (let pages = 1; pages < 32000; pages += 500) {"
      "  memory.grow(500); new Uint8Array(memory.buffer).fill(7, pages * 65536);"
      "}"
      "console.log('grew to 2 GB');",
      WithBudget(768));
  EXPECT_EQ(run.outcome.reason, RunEndReason::Fatal);
  EXPECT_NE(run.outcome.message.find("resident memory"), std::string::npos) << run.outcome.message;
  EXPECT_EQ(run.stdout_lines, Lines{});
}

TEST(MemoryBudget, ARunWithinItIsUntouched) {
  auto run = RunScript("const b = new ArrayBuffer(8 << 20); new Uint8Array(b).fill(1); console.log(b.byteLength);",
                       WithBudget(768));
  EXPECT_EQ(run.outcome.reason, RunEndReason::Completed);
  EXPECT_EQ(run.stdout_lines, Lines{"8388608"});
}

TEST(MemoryBudget, ReservationsAreReleasedAndCappedExactly) {
  int exceeded = 0;
  MemoryBudget budget(100, [&] { ++exceeded; });
  EXPECT_TRUE(budget.TryReserve(60));
  EXPECT_FALSE(budget.TryReserve(41));
  EXPECT_EQ(exceeded, 1);
  EXPECT_FALSE(budget.TryReserve(~std::size_t{0}));  // no overflow
  EXPECT_EQ(exceeded, 1) << "on_exceeded is called once";
  budget.Release(60);
  EXPECT_TRUE(budget.TryReserve(100));
  EXPECT_TRUE(budget.Exceeded());
}

}  // namespace
}  // namespace loopscope
