#include "runtime/v8/V8Platform.h"

#include <node.h>
#include <uv.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "runtime/clock/RunClock.h"

namespace loopscope {
namespace {

// Worker threads of the one platform (V8's compile and GC jobs, for every isolate).
constexpr int kPlatformWorkerThreads = 2;

std::atomic<RunClock*> g_date_clock{nullptr};
std::atomic<std::thread::id> g_date_clock_thread{};

// Node's own MultiIsolatePlatform, with one difference: the wall clock V8 reads for Date.now() /
// new Date() comes from the active browser run's RunClock (on that run's thread only), so that
// skipped idle time is visible to the script exactly as it is to its timers. Node environments
// never set a date clock: they run on the real one.
class LoopscopePlatform final : public node::MultiIsolatePlatform {
 public:
  explicit LoopscopePlatform(std::unique_ptr<node::MultiIsolatePlatform> inner) : m_inner(std::move(inner)) {}

  // v8::Platform
  v8::PageAllocator* GetPageAllocator() override { return m_inner->GetPageAllocator(); }
  void OnCriticalMemoryPressure() override { m_inner->OnCriticalMemoryPressure(); }
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

  // node::MultiIsolatePlatform
  bool FlushForegroundTasks(v8::Isolate* isolate) override { return m_inner->FlushForegroundTasks(isolate); }
  void DrainTasks(v8::Isolate* isolate) override { m_inner->DrainTasks(isolate); }
  void RegisterIsolate(v8::Isolate* isolate, uv_loop_t* loop) override { m_inner->RegisterIsolate(isolate, loop); }
  void RegisterIsolate(v8::Isolate* isolate, node::IsolatePlatformDelegate* delegate) override {
    m_inner->RegisterIsolate(isolate, delegate);
  }
  void UnregisterIsolate(v8::Isolate* isolate) override { m_inner->UnregisterIsolate(isolate); }
  void AddIsolateFinishedCallback(v8::Isolate* isolate, void (*callback)(void*), void* data) override {
    m_inner->AddIsolateFinishedCallback(isolate, callback, data);
  }

 private:
  std::unique_ptr<node::MultiIsolatePlatform> m_inner;
};

LoopscopePlatform* g_platform = nullptr;

// The libuv loop each plain (browser-model) isolate is registered on: Node's platform delivers
// that isolate's delayed foreground tasks through it.
// Node's platform keeps its handles on that loop unref'd, and libuv runs nothing on a loop with
// no referenced handle — so each loop also holds one referenced, never-signalled async handle.
struct IsolateLoop {
  uv_loop_t loop{};
  uv_async_t keep_alive{};
};
// Never destroyed, like the platform that holds handles on these loops: an isolate still alive
// when the process exits keeps a valid loop (a static map's destructor would free the loops under
// the platform's worker threads, and leave libuv's allocations unreachable).
using IsolateLoops = std::map<v8::Isolate*, std::unique_ptr<IsolateLoop>>;
std::mutex g_loops_mutex;
IsolateLoops& g_isolate_loops = *new IsolateLoops();

uv_loop_t* LoopOf(v8::Isolate* isolate) {
  std::lock_guard lock(g_loops_mutex);
  auto it = g_isolate_loops.find(isolate);
  return it == g_isolate_loops.end() ? nullptr : &it->second->loop;
}

}  // namespace

v8::Platform& EnsureV8Initialized() {
  static std::once_flag once;
  std::call_once(once, [] {
    // Node's process-wide state (options, ICU, OpenSSL), but neither V8 nor Node's platform:
    // Loopscope makes the one platform both models share. No signal handlers, no stdio reset:
    // the process is Loopscope's. What Node's default signal handling would have done and a
    // script's I/O relies on: a write to a closed pipe or past a file size limit is an error
    // (EPIPE, EFBIG), not the end of the process.
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGXFSZ, SIG_IGN);
    std::vector<std::string> args = {"loopscope"};
    std::shared_ptr<node::InitializationResult> result = node::InitializeOncePerProcess(
        args, {node::ProcessInitializationFlags::kNoInitializeV8,
               node::ProcessInitializationFlags::kNoInitializeNodeV8Platform,
               node::ProcessInitializationFlags::kNoDefaultSignalHandling,
               node::ProcessInitializationFlags::kNoStdioInitialization,
               node::ProcessInitializationFlags::kNoPrintHelpOrVersionOutput});
    for (const std::string& error : result->errors()) std::fprintf(stderr, "loopscope: node: %s\n", error.c_str());
    if (result->early_return()) std::exit(result->exit_code());
    g_platform = new LoopscopePlatform(node::MultiIsolatePlatform::Create(kPlatformWorkerThreads));  // lives for the process
    v8::V8::InitializePlatform(g_platform);
    v8::V8::Initialize();
  });
  return *g_platform;
}

node::MultiIsolatePlatform& SharedPlatform() {
  EnsureV8Initialized();
  return *g_platform;
}

v8::Isolate* NewPlatformIsolate(const v8::Isolate::CreateParams& params) {
  auto loop = std::make_unique<IsolateLoop>();
  uv_loop_init(&loop->loop);
  uv_async_init(&loop->loop, &loop->keep_alive, nullptr);
  v8::Isolate* isolate = v8::Isolate::Allocate();
  // Between Allocate and Initialize (V8's memory reducer asks for the task runner while it
  // initialises; registering after Isolate::New aborts in NodePlatform::ForIsolate).
  g_platform->RegisterIsolate(isolate, &loop->loop);
  v8::Isolate::Initialize(isolate, params);
  std::lock_guard lock(g_loops_mutex);
  g_isolate_loops.emplace(isolate, std::move(loop));
  return isolate;
}

void DisposePlatformIsolate(v8::Isolate* isolate) {
  std::unique_ptr<IsolateLoop> loop;
  {
    std::lock_guard lock(g_loops_mutex);
    auto it = g_isolate_loops.find(isolate);
    if (it != g_isolate_loops.end()) {
      loop = std::move(it->second);
      g_isolate_loops.erase(it);
    }
  }
  g_platform->UnregisterIsolate(isolate);
  isolate->Dispose();
  if (loop) {
    uv_close(reinterpret_cast<uv_handle_t*>(&loop->keep_alive), nullptr);
    uv_run(&loop->loop, UV_RUN_DEFAULT);  // lets the platform's handles for the isolate finish closing
    uv_loop_close(&loop->loop);
  }
}

void SetDateClock(RunClock* clock) {
  g_date_clock_thread.store(std::this_thread::get_id());
  g_date_clock.store(clock, std::memory_order_release);
}

bool PumpPlatformTasks(v8::Isolate* isolate) {
  bool ran = false;
  while (g_platform->FlushForegroundTasks(isolate)) ran = true;
  if (uv_loop_t* loop = LoopOf(isolate)) uv_run(loop, UV_RUN_NOWAIT);  // delayed tasks that fell due
  while (g_platform->FlushForegroundTasks(isolate)) ran = true;
  return ran;
}

std::string_view V8VersionString() { return v8::V8::GetVersion(); }

}  // namespace loopscope
