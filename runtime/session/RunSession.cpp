#include "runtime/session/RunSession.h"

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>

#include "runtime/budget/MemoryBudget.h"
#include "runtime/clock/RunClock.h"
#include "runtime/engine/TraceRecorder.h"
#include "runtime/io/CommandQueue.h"
#include "runtime/session/ModelRegistry.h"
#include "runtime/v8/V8Platform.h"

namespace loopscope {
namespace {

std::string FormatSeconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%g s", seconds);
  return text;
}

}  // namespace

// What the controlling thread (stop, timeout watchdog) shares with the runtime thread.
struct RunSession::Shared {
  std::mutex mutex;
  std::condition_variable changed;
  EventLoopModel* model = nullptr;  // set while the model exists
  bool done = false;
  bool timed_out = false;
  std::atomic<bool> stop{false};
  CommandQueue commands;

  // Thread-safe: the flag makes every loop step stop, the model interrupts running JavaScript,
  // and the Stop command wakes a loop waiting in its poller.
  void Stop() {
    std::lock_guard lock(mutex);
    stop.store(true);
    if (model != nullptr) model->Interrupt();
    commands.Push(RunCommand{RunCommandKind::Stop, 0, {}});
  }
};

RunSession::RunSession(RunOptions options)
    : m_options(std::move(options)),
      m_trace(std::make_shared<Trace>(TraceLimits{m_options.trace_cap_bytes})),
      m_shared(std::make_shared<Shared>()) {}

RunSession::~RunSession() {
  RequestStop();
  if (m_thread.joinable()) m_thread.join();
}

void RunSession::Start() {
  EnsureV8Initialized();
  m_thread = std::thread([this] {
    RunClock clock(m_options.model == LoopModel::Node ? ClockMode::Real : m_options.clock);
    TraceRecorder recorder(*m_trace, clock);
    if (m_options.source.size() > m_options.max_source_bytes) {
      // Refused before V8 sees it (a string past V8's limit would abort the process).
      recorder.Emit(EventKind::RunStarted, static_cast<uint8_t>(clock.Mode()), recorder.Intern(m_options.script_name),
                    static_cast<uint32_t>(m_options.model));
      m_outcome = RunOutcome{RunEndReason::Fatal, "the script is " + std::to_string(m_options.source.size() >> 20) +
                                                      " MB; scripts over " + std::to_string(m_options.max_source_bytes >> 20) +
                                                      " MB are refused"};
      m_trace->Finish(clock.TraceNowNs(), m_outcome.reason, m_outcome.message, 0);
      m_finished.store(true, std::memory_order_release);
      return;
    }
    if (m_options.model == LoopModel::Browser) SetDateClock(&clock);

    // Reaching the memory budget stops the run like a timeout does (from whichever thread saw it).
    auto shared = m_shared;
    MemoryBudget budget(m_options.memory_budget_bytes, [shared] { shared->Stop(); });
    CheckpointWatch checkpoint_watch;
    std::unique_ptr<EventLoopModel> model = CreateModel(
        m_options.model,
        RunEnvironment{recorder, clock, m_options, m_shared->commands, m_shared->stop, budget, checkpoint_watch});
    {
      std::lock_guard lock(m_shared->mutex);
      m_shared->model = model.get();
      if (m_shared->stop.load()) model->Interrupt();
    }

    // The watchdog: --timeout on the wall clock (whatever the run clock does), the memory
    // budget's resident-memory samples and the microtask checkpoint limit, every
    // MemoryBudget::kSampleInterval until the run ends.
    const auto checkpoint_limit = std::chrono::duration_cast<CheckpointWatch::Clock::duration>(
        std::chrono::duration<double>(m_options.checkpoint_limit_seconds));
    std::thread watchdog([shared, &budget, &checkpoint_watch, checkpoint_limit, timeout = m_options.timeout_seconds] {
      const auto start = std::chrono::steady_clock::now();
      std::unique_lock lock(shared->mutex);
      while (!shared->done && !shared->stop.load()) {
        if (shared->changed.wait_for(lock, MemoryBudget::kSampleInterval,
                                     [&] { return shared->done || shared->stop.load(); })) {
          return;
        }
        if (timeout && std::chrono::steady_clock::now() - start >= std::chrono::duration<double>(*timeout)) {
          shared->timed_out = true;
          lock.unlock();
          shared->Stop();
          return;
        }
        if (checkpoint_limit.count() > 0 && shared->model != nullptr) {
          checkpoint_watch.FireIfPast(checkpoint_limit, [&] { shared->model->Interrupt(); });
        }
        lock.unlock();
        budget.Sample(ResidentBytes());  // may call Stop (it takes the lock)
        lock.lock();
      }
    });

    RunOutcome outcome = model->Run();
    {
      std::lock_guard lock(m_shared->mutex);
      m_shared->done = true;
      m_shared->model = nullptr;
      if (m_shared->timed_out) {
        outcome = RunOutcome{RunEndReason::TimedOut,
                             "the script was stopped after " + FormatSeconds(*m_options.timeout_seconds)};
      } else if (budget.Exceeded()) {
        outcome = RunOutcome{RunEndReason::Fatal, budget.Description()};
      }
    }
    m_shared->changed.notify_all();
    watchdog.join();
    model.reset();
    if (m_options.model == LoopModel::Browser) SetDateClock(nullptr);

    m_trace->Finish(clock.TraceNowNs(), outcome.reason, outcome.message, static_cast<uint32_t>(outcome.exit_code));
    m_outcome = outcome;
    m_finished.store(true, std::memory_order_release);
  });
}

void RunSession::RequestStop() {
  m_shared->Stop();
}

void RunSession::RequestClick(uint32_t element_id) {
  m_shared->commands.Push(RunCommand{RunCommandKind::Click, element_id, {}});
}

bool RunSession::Finished() const { return m_finished.load(std::memory_order_acquire); }

RunOutcome RunSession::Wait() {
  if (m_thread.joinable()) m_thread.join();
  return m_outcome;
}

}  // namespace loopscope
