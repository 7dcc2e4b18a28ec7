#include "runtime/v8/V8Platform.h"

#include <libplatform/libplatform.h>
#include <v8.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

#include "runtime/clock/RunClock.h"

namespace loopscope {
namespace {

std::atomic<RunClock*> g_date_clock{nullptr};
std::atomic<std::thread::id> g_date_clock_thread{};

// Delegates everything to libplatform's default platform except the wall clock.
class LoopscopePlatform final : public v8::Platform {
 public:
  explicit LoopscopePlatform(std::unique_ptr<v8::Platform> inner) : m_inner(std::move(inner)) {}
  v8::Platform* Inner() { return m_inner.get(); }

  v8::PageAllocator* GetPageAllocator() override { return m_inner->GetPageAllocator(); }
  int NumberOfWorkerThreads() override { return m_inner->NumberOfWorkerThreads(); }
  std::shared_ptr<v8::TaskRunner> GetForegroundTaskRunner(v8::Isolate* isolate) override {
    return m_inner->GetForegroundTaskRunner(isolate);
  }
  void CallOnWorkerThread(std::unique_ptr<v8::Task> task) override { m_inner->CallOnWorkerThread(std::move(task)); }
  void CallBlockingTaskOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    m_inner->CallBlockingTaskOnWorkerThread(std::move(task));
  }
  void CallLowPriorityTaskOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    m_inner->CallLowPriorityTaskOnWorkerThread(std::move(task));
  }
  void CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task, double delay_in_seconds) override {
    m_inner->CallDelayedOnWorkerThread(std::move(task), delay_in_seconds);
  }
  bool IdleTasksEnabled(v8::Isolate* isolate) override { return m_inner->IdleTasksEnabled(isolate); }
  std::unique_ptr<v8::JobHandle> PostJob(v8::TaskPriority priority, std::unique_ptr<v8::JobTask> job_task) override {
    return m_inner->PostJob(priority, std::move(job_task));
  }
  double MonotonicallyIncreasingTime() override { return m_inner->MonotonicallyIncreasingTime(); }
  double CurrentClockTimeMillis() override {
    // Only the run's own thread reads the run's clock (V8 may ask from helper threads too).
    RunClock* clock = g_date_clock.load(std::memory_order_acquire);
    if (clock == nullptr || std::this_thread::get_id() != g_date_clock_thread.load()) {
      return m_inner->CurrentClockTimeMillis();
    }
    clock->NoteScriptRead();
    return clock->EpochMillis();
  }
  v8::TracingController* GetTracingController() override { return m_inner->GetTracingController(); }
  StackTracePrinter GetStackTracePrinter() override { return m_inner->GetStackTracePrinter(); }

 private:
  std::unique_ptr<v8::Platform> m_inner;
};

LoopscopePlatform* g_platform = nullptr;

}  // namespace

v8::Platform& EnsureV8Initialized() {
  static std::once_flag once;
  std::call_once(once, [] {
    g_platform = new LoopscopePlatform(v8::platform::NewDefaultPlatform());  // lives for the process
    v8::V8::InitializePlatform(g_platform);
    v8::V8::Initialize();
  });
  return *g_platform;
}

v8::Isolate* NewPlatformIsolate(const v8::Isolate::CreateParams& params) { return v8::Isolate::New(params); }

void DisposePlatformIsolate(v8::Isolate* isolate) { isolate->Dispose(); }

void SetDateClock(RunClock* clock) {
  g_date_clock_thread.store(std::this_thread::get_id());
  g_date_clock.store(clock, std::memory_order_release);
}

void PumpPlatformTasks(v8::Isolate* isolate) {
  while (v8::platform::PumpMessageLoop(g_platform->Inner(), isolate, v8::platform::MessageLoopBehavior::kDoNotWait)) {
  }
}

std::string_view V8VersionString() { return v8::V8::GetVersion(); }

}  // namespace loopscope
