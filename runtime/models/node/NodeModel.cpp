#include "runtime/models/node/NodeModel.h"

#include <node.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>

#include "loopscope_node_js.h"
#include "runtime/clock/RunClock.h"
#include "runtime/engine/ConsoleFormat.h"
#include "runtime/engine/Engine.h"
#include "runtime/io/CommandQueue.h"
#include "runtime/models/node/NodeAsyncTracker.h"
#include "runtime/models/node/NodeLoopObserver.h"
#include "runtime/v8/V8Platform.h"
#include "runtime/v8/PropertyPeek.h"
#include "runtime/v8/V8Strings.h"

namespace loopscope {
namespace {

// What node_bootstrap.js may call on its `host` object.
enum class HostOp : int {
  IsUserFile, Instrument, Init, Before, After, Destroy, Cleared, Output, Uncaught, MainStarted, MainEnded
};
constexpr std::pair<const char*, HostOp> kHostOps[] = {
    {"isUserFile", HostOp::IsUserFile}, {"instrument", HostOp::Instrument}, {"init", HostOp::Init},
    {"before", HostOp::Before},         {"after", HostOp::After},           {"destroy", HostOp::Destroy},
    {"cleared", HostOp::Cleared},       {"output", HostOp::Output},         {"uncaught", HostOp::Uncaught},
    {"mainStarted", HostOp::MainStarted}, {"mainEnded", HostOp::MainEnded}};

thread_local NodeModel* t_model = nullptr;

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += (text.empty() ? "" : "; ") + line;
  return text;
}

// The bytes of a stdout/stderr write: a string (in the given encoding, UTF-8 in practice) or a
// Buffer / typed array.
std::string ChunkBytes(v8::Isolate* isolate, v8::Local<v8::Value> chunk) {
  if (chunk->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = chunk.As<v8::ArrayBufferView>();
    std::string bytes(view->ByteLength(), '\0');
    view->CopyContents(bytes.data(), bytes.size());
    return bytes;
  }
  return ToStdString(isolate, chunk);
}

}  // namespace

NodeModel::NodeModel(RunEnvironment environment) : m_env(environment) {}

NodeModel::~NodeModel() {
  if (!m_temp_dir.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(m_temp_dir, ignored);
  }
}

void NodeModel::Interrupt() {
  m_interrupts.Interrupt();
}

void NodeModel::StopFromInside() {
  m_env.stop.store(true);
  Interrupt();
}

bool NodeModel::Stopping() const { return m_env.stop.load() || m_process_exited; }

void NodeModel::DrainCommands() {
  for (const RunCommand& command : m_env.commands.TakeAll()) {
    switch (command.kind) {
      case RunCommandKind::Stop: StopFromInside(); break;
      case RunCommandKind::Click: break;  // a Node run has no page to click
    }
  }
}

std::string NodeModel::PrepareScriptFile(std::string* error) {
  std::error_code status;
  if (!m_env.options.script_path.empty()) {
    std::filesystem::path path = std::filesystem::absolute(m_env.options.script_path, status);
    if (!status && std::filesystem::is_regular_file(path, status)) return path.lexically_normal().string();
  }
  // An unsaved script (or one whose file is gone): Node needs a real file to load as the main
  // module, so it gets a private folder of its own.
  char pattern[] = "/tmp/loopscope-node-XXXXXX";
  if (mkdtemp(pattern) == nullptr) {
    *error = "cannot make a temporary folder for the script";
    return {};
  }
  m_temp_dir = pattern;
  std::string name = std::filesystem::path(m_env.options.script_name).filename().string();
  std::filesystem::path path = std::filesystem::path(m_temp_dir) / (name.empty() ? "script.js" : name);
  std::ofstream(path, std::ios::binary) << m_env.options.source;
  return path.string();
}

RunOutcome NodeModel::Run() {
  // Node leaves the process's stdio as the script made it (non-blocking after a pipe error, a
  // TTY in raw mode after process.stdin was used): the app puts them back after each run.
  struct StdioState {
    int flags[3];
    StdioState() {
      for (int fd = 0; fd < 3; ++fd) flags[fd] = fcntl(fd, F_GETFL);
    }
    ~StdioState() {
      uv_tty_reset_mode();
      for (int fd = 0; fd < 3; ++fd) {
        if (flags[fd] != -1) fcntl(fd, F_SETFL, flags[fd]);
      }
    }
  } stdio_state;
  std::string error;
  m_main_path = PrepareScriptFile(&error);
  if (m_main_path.empty()) return RunOutcome{RunEndReason::Fatal, error};
  m_main_dir = std::filesystem::path(m_main_path).parent_path().string() + "/";

  // A child process the script starts from process.execPath (child_process.fork) is this
  // binary: the marker makes it run its script as node would (app/main.cpp).
  setenv("LOOPSCOPE_AS_NODE", "1", 1);
  std::vector<std::string> errors;
  std::vector<std::string> args = {"node", m_main_path};
  args.insert(args.end(), m_env.options.script_arguments.begin(), m_env.options.script_arguments.end());
  std::unique_ptr<node::CommonEnvironmentSetup> setup =
      node::CommonEnvironmentSetup::Create(&SharedPlatform(), &errors, args, std::vector<std::string>{});
  if (!setup) return RunOutcome{RunEndReason::Fatal, "Node.js could not start: " + JoinLines(errors)};
  node::Environment* environment = setup->env();
  m_interrupts.Open([environment] { node::Stop(environment); });  // thread-safe: terminates JS, stops the loop
  if (m_env.stop.load()) node::Stop(environment);
  RunOutcome outcome;
  {
    v8::Isolate* isolate = setup->isolate();
    v8::Locker locker(isolate);
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    v8::Context::Scope context_scope(setup->context());
    t_model = this;
    outcome = RunEnvironmentToEnd(*setup);
    t_model = nullptr;
    m_async.reset();
    m_engine.reset();
  }
  m_interrupts.Close();
  setup.reset();  // frees the environment, disposes the isolate, closes the loop
  return outcome;
}

RunOutcome NodeModel::RunEnvironmentToEnd(node::CommonEnvironmentSetup& setup) {
  const RunOptions& options = m_env.options;
  TraceRecorder& recorder = m_env.recorder;
  v8::Isolate* isolate = setup.isolate();
  recorder.Emit(EventKind::RunStarted, static_cast<uint8_t>(ClockMode::Real), recorder.Intern(options.script_name),
                static_cast<uint32_t>(LoopModel::Node));
  m_engine = std::make_unique<Engine>(isolate, recorder, m_env.clock, options, m_env.stop, [this] { StopFromInside(); });
  m_async = std::make_unique<NodeAsyncTracker>(*m_engine, m_loop_observer);
  {
    InterruptGate::Hold hold(m_interrupts);  // host set-up: a termination now would fail its "cannot fail" calls
    m_engine->InstallObservers();
    m_engine->Attach(setup.context());
    // Node formats stacks as V8 does (lib/internal/errors.js prepareStackTrace, without source
    // maps): the same format with the user's positions replaces its callback.
    m_engine->SourceView().MapStackTraces();
  }
  m_main_function = m_engine->AddSyntheticFunction("(main module)");

  node::SetProcessExitHandler(setup.env(), [this](node::Environment* environment, int code) {
    // process.exit(n), or the end after an uncaught exception: the environment stops, the
    // process (Loopscope) goes on.
    m_process_exited = true;
    m_exit_code = code;
    m_env.recorder.Emit(EventKind::ProcessLifecycle, static_cast<uint8_t>(ProcessStep::Terminated),
                        static_cast<uint32_t>(code));
    node::Stop(environment);
  });

  uv_loop_t* loop = setup.event_loop();
  uv_poll_init(loop, &m_command_poll, m_env.commands.WakeFd());
  m_command_poll.data = this;
  uv_poll_start(&m_command_poll, UV_READABLE, [](uv_poll_t* handle, int, int) {
    static_cast<NodeModel*>(handle->data)->DrainCommands();
  });
  uv_unref(reinterpret_cast<uv_handle_t*>(&m_command_poll));

  // As Node's own main: whatever the main module did (even throw, if an 'uncaughtException'
  // listener handled it), the loop runs next unless the environment is stopping.
  LoadMainModule(setup);
  recorder.Emit(EventKind::TaskEnded, static_cast<uint8_t>(TaskSource::Script), m_script_task);
  int exit_code = 0;
  if (!Stopping()) exit_code = SpinEventLoop(setup);
  if (m_process_exited) exit_code = m_exit_code;
  FlushOutput();

  // No JavaScript may run any more; then let the loop finish closing Loopscope's handles.
  node::Stop(setup.env());
  uv_close(reinterpret_cast<uv_handle_t*>(&m_command_poll), nullptr);
  if (m_observer) m_observer->Close();
  uv_run(loop, UV_RUN_NOWAIT);
  m_observer.reset();
  m_async->Reset();

  if (!m_engine->FatalReason().empty()) return RunOutcome{RunEndReason::Fatal, m_engine->FatalReason(), exit_code};
  if (m_env.stop.load()) return RunOutcome{RunEndReason::Stopped, "stopped", exit_code};
  return RunOutcome{RunEndReason::Completed, "", exit_code};
}

void NodeModel::LoadMainModule(node::CommonEnvironmentSetup& setup) {
  v8::MaybeLocal<v8::Value> loaded = node::LoadEnvironment(
      setup.env(), [this](const node::StartExecutionCallbackInfo& info) -> v8::MaybeLocal<v8::Value> {
        v8::Isolate* isolate = m_engine->Isolate();
        v8::Local<v8::Context> context = isolate->GetCurrentContext();
        v8::EscapableHandleScope scope(isolate);
        std::optional<InterruptGate::Hold> hold(m_interrupts);  // until the bootstrap (and the user's code) is called
        v8::Local<v8::Object> host = v8::Object::New(isolate);
        for (auto [name, op] : kHostOps) {
          v8::Local<v8::Function> function =
              v8::Function::New(context, &HostCallback, v8::Integer::New(isolate, static_cast<int>(op)))
                  .ToLocalChecked();
          host->Set(context, V8String(isolate, name), function).Check();
        }
        std::string_view source = embedded_node::EmbeddedFile("node_bootstrap.js");
        v8::ScriptOrigin origin(isolate, V8String(isolate, "loopscope:node_bootstrap.js"));
        v8::Local<v8::Script> script;
        v8::Local<v8::Value> bootstrap;
        if (!v8::Script::Compile(context, V8String(isolate, source), &origin).ToLocal(&script) ||
            !script->Run(context).ToLocal(&bootstrap) || !bootstrap->IsFunction()) {
          return {};
        }
        v8::Local<v8::Value> args[] = {info.process_object, info.native_require, host};
        hold.reset();
        // No TryCatch: an exception the main module throws reaches Node's own handler
        // (TriggerUncaughtException), exactly as under `node FILE.js`.
        v8::MaybeLocal<v8::Value> result = bootstrap.As<v8::Function>()->Call(context, v8::Undefined(isolate), 3, args);
        v8::Local<v8::Value> value;
        if (!result.ToLocal(&value)) return {};
        return scope.Escape(value);
      });
  (void)loaded;  // empty when the main module threw: Node has reported it already
}

int NodeModel::SpinEventLoop(node::CommonEnvironmentSetup& setup) {
  TraceRecorder& recorder = m_env.recorder;
  uv_loop_t* loop = setup.event_loop();
  v8::Isolate* isolate = setup.isolate();
  m_observer = std::make_unique<NodeLoopObserver>(loop, recorder, [this] { DrainCommands(); });
  NodeLoopObserver& observer = *m_observer;
  m_loop_observer = &observer;
  auto lifecycle = [&](ProcessStep step, uint32_t code = 0) {
    recorder.Emit(EventKind::ProcessLifecycle, static_cast<uint8_t>(step), code);
  };
  // As node::SpinEventLoop (src/api/embed_helpers.cc): run the loop; when it is empty emit
  // 'beforeExit', which may make it alive again; then 'exit'.
  lifecycle(ProcessStep::LoopStarted);
  bool more = false;
  do {
    if (Stopping()) break;
    observer.LoopStarting();
    uv_run(loop, UV_RUN_DEFAULT);
    observer.LoopReturned();
    if (Stopping()) break;
    SharedPlatform().DrainTasks(isolate);
    more = uv_loop_alive(loop);
    if (more && !Stopping()) continue;
    lifecycle(ProcessStep::LoopEmpty);
    lifecycle(ProcessStep::BeforeExit);
    if (node::EmitProcessBeforeExit(setup.env()).IsNothing()) break;
    more = uv_loop_alive(loop);
  } while (more && !Stopping());
  m_loop_observer = nullptr;
  int exit_code = 0;
  if (!Stopping()) {
    exit_code = node::EmitProcessExit(setup.env()).FromMaybe(1);
    if (!m_process_exited) lifecycle(ProcessStep::Exit, static_cast<uint32_t>(exit_code));
  }
  return exit_code;
}

void NodeModel::RecordOutput(bool is_error, std::string_view text) {
  OutputLines& lines = is_error ? m_stderr : m_stdout;
  lines.pending.append(text);
  size_t newline;
  while ((newline = lines.pending.find('\n')) != std::string::npos) {
    std::string line = lines.pending.substr(0, newline);
    lines.pending.erase(0, newline + 1);
    m_engine->Recorder().EmitText(EventKind::ConsoleOutput,
                                  static_cast<uint8_t>(is_error ? ConsoleLevel::Error : ConsoleLevel::Log), line);
  }
}

void NodeModel::FlushOutput() {
  for (bool is_error : {false, true}) {
    OutputLines& lines = is_error ? m_stderr : m_stdout;
    if (!lines.pending.empty()) RecordOutput(is_error, "\n");
  }
}

void NodeModel::HostCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  NodeModel* model = t_model;
  v8::Isolate* isolate = info.GetIsolate();
  if (model == nullptr || !model->m_engine) return;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  auto op = static_cast<HostOp>(info.Data().As<v8::Integer>()->Value());
  auto arg = [&](int i) { return i < info.Length() ? info[i] : v8::Undefined(isolate).As<v8::Value>(); };
  auto number = [&](int i) { return arg(i)->NumberValue(context).FromMaybe(0); };
  Engine& engine = *model->m_engine;
  TraceRecorder& recorder = engine.Recorder();
  switch (op) {
    case HostOp::IsUserFile: {
      std::string file = ToStdString(isolate, arg(0));
      bool user = file.rfind(model->m_main_dir, 0) == 0 && file.find("/node_modules/") == std::string::npos;
      info.GetReturnValue().Set(user);
      return;
    }
    case HostOp::Instrument: {
      std::string file = ToStdString(isolate, arg(1));
      bool main = file == model->m_main_path;
      // The main module runs as the user sees it in the editor, saved or not.
      std::string source = main ? model->m_env.options.source : ToStdString(isolate, arg(0));
      InstrumentedSource result = engine.Instrument(source, file, InstrumentOptions{1, true}, main);
      if (model->m_env.stop.load()) {
        // The stop ended the instrumenter's JavaScript; it must end Node's too: terminate again.
        isolate->TerminateExecution();
        return;
      }
      if (!result.instrumented) {
        // Recorded only: Node's own stderr must stay exactly Node's. A syntax error is Node's to report.
        recorder.Emit(EventKind::ConsoleOutput, static_cast<uint8_t>(ConsoleLevel::Other),
                      recorder.Intern("[loopscope] " + file + " runs without call-stack tracking (" + result.error + ")"));
      }
      info.GetReturnValue().Set(V8String(isolate, result.code));
      return;
    }
    case HostOp::Init:
      model->m_async->Init(context, number(0), ToStdString(isolate, arg(1)), arg(3));
      return;
    case HostOp::Before: model->m_async->Before(number(0)); return;
    case HostOp::After: model->m_async->After(number(0)); return;
    case HostOp::Destroy: model->m_async->Destroy(number(0)); return;
    case HostOp::Cleared: model->m_async->Cleared(number(0), arg(1)->BooleanValue(isolate)); return;
    case HostOp::Output:
      model->RecordOutput(arg(0)->BooleanValue(isolate), ChunkBytes(isolate, arg(1)));
      return;
    case HostOp::Uncaught: {
      engine.Microtasks().Observe();
      v8::Local<v8::Value> error = arg(0);
      std::string stack = PeekStackText(context, error);  // Node prints it itself; the host calls no getter
      bool in_promise = ToStdString(isolate, arg(1)) == "unhandledRejection";
      recorder.EmitText(EventKind::UncaughtError, in_promise ? 1 : 0, FormatConsoleValue(context, error), stack);
      return;
    }
    case HostOp::MainStarted:
      recorder.Emit(EventKind::TaskEnqueued, static_cast<uint8_t>(TaskSource::Script), model->m_script_task,
                    recorder.Intern(model->m_env.options.script_name));
      recorder.Emit(EventKind::TaskStarted, static_cast<uint8_t>(TaskSource::Script), model->m_script_task,
                    recorder.Intern(model->m_env.options.script_name));
      recorder.Emit(EventKind::FunctionEnter, 0, model->m_main_function);
      return;
    case HostOp::MainEnded:
      engine.Microtasks().Observe();
      recorder.Emit(EventKind::FunctionExit, 0, model->m_main_function);
      return;
  }
}

}  // namespace loopscope
