// The microtask queue reconstructed from the trace, in FIFO order, must predict exactly the order
// in which jobs are then observed to run — on every sample and every puzzle in the repository,
// under the model each declares (`// Model: node`). Node's process.nextTick queue is a FIFO of
// its own (drained before the promise jobs), so it is checked apart.
#include <gtest/gtest.h>

#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "RunScriptHelper.h"
#include "runtime/core/ScriptHeader.h"

namespace loopscope {
namespace {

struct QueueCheck {
  uint64_t jobs_run = 0;
  uint64_t enqueued = 0;
  std::vector<std::string> problems;
  bool terminated = false;  // node: process.exit() / an uncaught exception left queued jobs unrun
};

QueueCheck CheckMicrotaskFifo(const Trace& trace) {
  QueueCheck check;
  std::deque<uint32_t> jobs;
  std::deque<uint32_t> ticks;
  bool& terminated = check.terminated;
  for (uint64_t i = 0; i < trace.PublishedCount(); ++i) {
    const Event& event = trace.At(i);
    if (event.Kind() == EventKind::ProcessLifecycle && event.aux == static_cast<uint8_t>(ProcessStep::Terminated)) {
      terminated = true;
    }
    std::deque<uint32_t>& queue = event.aux == static_cast<uint8_t>(MicrotaskSource::NextTick) ? ticks : jobs;
    if (event.Kind() == EventKind::MicrotaskEnqueued) {
      queue.push_back(event.a);
      ++check.enqueued;
    } else if (event.Kind() == EventKind::MicrotaskStarted) {
      ++check.jobs_run;
      if (queue.empty() || queue.front() != event.a) {
        std::ostringstream problem;
        problem << "event " << i << ": job " << event.a << " (" << trace.String(event.b) << ") ran, queue front was "
                << (queue.empty() ? std::string("empty") : std::to_string(queue.front()));
        check.problems.push_back(problem.str());
        std::erase(queue, event.a);
      } else {
        queue.pop_front();
      }
      if (trace.String(event.b) == "(unknown job)") check.problems.push_back("a job ran that was never seen enqueued");
    }
  }
  for (const std::deque<uint32_t>* queue : {&jobs, &ticks}) {
    if (!queue->empty() && !terminated) check.problems.push_back(std::to_string(queue->size()) + " jobs enqueued but never run");
  }
  return check;
}

std::vector<std::filesystem::path> ScriptsUnder(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> scripts;
  if (!std::filesystem::exists(dir)) return scripts;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".js") scripts.push_back(entry.path());
  }
  std::sort(scripts.begin(), scripts.end());
  return scripts;
}

class MicrotaskFifoTest : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(MicrotaskFifoTest, QueueFromTracePredictsRunOrder) {
  std::ifstream in(GetParam());
  std::stringstream source;
  source << in.rdbuf();
  RunOptions options;
  options.script_name = GetParam().filename().string();
  options.script_path = GetParam().string();
  bool node_puzzle = GetParam().string().find("/puzzles_node/") != std::string::npos;
  options.model = ModelDeclaredIn(source.str()).value_or(node_puzzle ? LoopModel::Node : LoopModel::Browser);
  options.timeout_seconds = 20;
  testing::ScriptRun run = testing::RunScript(source.str(), options);
  ASSERT_EQ(run.outcome.reason, RunEndReason::Completed) << run.outcome.message;
  QueueCheck check = CheckMicrotaskFifo(*run.trace);
  for (const std::string& problem : check.problems) ADD_FAILURE() << problem;
  if (!check.terminated) {
    EXPECT_EQ(check.enqueued, check.jobs_run);
  }
}

std::vector<std::filesystem::path> AllScripts() {
  std::filesystem::path root = LOOPSCOPE_SOURCE_DIR;
  std::vector<std::filesystem::path> scripts = ScriptsUnder(root / "samples");
  for (auto& puzzle : ScriptsUnder(root / "tests" / "puzzles")) scripts.push_back(puzzle);
  for (auto& puzzle : ScriptsUnder(root / "tests" / "puzzles_node")) {
    // Known gap: promises Node resolves from C++ (fs/promises' FileHandle requests) reach V8's
    // queue without a hook the tracker can attribute; their jobs show as "(unknown job)".
    if (puzzle.stem() == "fs_callbacks_and_promises") continue;
    scripts.push_back(puzzle);
  }
  return scripts;
}

std::string ScriptTestName(const ::testing::TestParamInfo<std::filesystem::path>& info) {
  std::string name = info.param.parent_path().filename().string() + "_" + info.param.stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(EveryScript, MicrotaskFifoTest, ::testing::ValuesIn(AllScripts()), ScriptTestName);

// (source, callback name) of every microtask event of `kind`, in trace order.
std::vector<std::pair<MicrotaskSource, std::string>> MicrotaskEvents(const Trace& trace, EventKind kind) {
  std::vector<std::pair<MicrotaskSource, std::string>> events;
  for (uint64_t i = 0; i < trace.PublishedCount(); ++i) {
    const Event& event = trace.At(i);
    if (event.Kind() == kind) events.emplace_back(static_cast<MicrotaskSource>(event.aux), std::string(trace.String(event.b)));
  }
  return events;
}

// The hidden jobs are shown as such: resolving with a promise queues a PromiseResolveThenableJob.
TEST(MicrotaskNaming, ReturningAPromiseFromThenQueuesAThenableJob) {
  testing::ScriptRun run = testing::RunScript(
      "Promise.resolve().then(function first() { return Promise.resolve(1); }).then(function second() {});");
  auto started = MicrotaskEvents(*run.trace, EventKind::MicrotaskStarted);
  // Spec: first → PromiseResolveThenableJob → the inner promise's then (resolving the outer) → second.
  ASSERT_EQ(started.size(), 4u);
  EXPECT_EQ(started[0].second, "first");
  EXPECT_EQ(started[1].first, MicrotaskSource::ResolveThenable);
  EXPECT_EQ(started[1].second, "PromiseResolveThenableJob");
  EXPECT_EQ(started[3].second, "second");
  EXPECT_EQ(started[3].first, MicrotaskSource::Then);
}

TEST(MicrotaskNaming, SourcesOfCatchFinallyAndQueueMicrotask) {
  testing::ScriptRun run = testing::RunScript(
      "Promise.reject(1).catch(function onError() {}).finally(function cleanUp() {});"
      "queueMicrotask(function queued() {});");
  auto enqueued = MicrotaskEvents(*run.trace, EventKind::MicrotaskEnqueued);
  ASSERT_GE(enqueued.size(), 3u);
  EXPECT_EQ(enqueued[0], std::make_pair(MicrotaskSource::Catch, std::string("onError")));
  EXPECT_EQ(enqueued[1], std::make_pair(MicrotaskSource::QueueMicrotask, std::string("queued")));
  EXPECT_EQ(enqueued[2], std::make_pair(MicrotaskSource::Finally, std::string("cleanUp")));
}

}  // namespace
}  // namespace loopscope
