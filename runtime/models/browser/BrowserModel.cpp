#include "runtime/models/browser/BrowserModel.h"

#include <cstdio>
#include <filesystem>

#include "runtime/clock/RunClock.h"
#include "runtime/engine/ConsoleFormat.h"
#include "runtime/v8/V8Platform.h"
#include "runtime/v8/CountingAllocator.h"
#include "runtime/v8/PropertyPeek.h"
#include "runtime/v8/V8Strings.h"

namespace loopscope {
namespace {

// The runtime thread's browser model (host functions find it from their isolate).
thread_local BrowserModel* t_model = nullptr;
thread_local v8::Isolate* t_model_isolate = nullptr;

}  // namespace

BrowserModel::BrowserModel(RunEnvironment environment) : m_env(environment) {}

BrowserModel::~BrowserModel() = default;

BrowserModel* BrowserModel::From(v8::Isolate* isolate) { return t_model_isolate == isolate ? t_model : nullptr; }

void BrowserModel::Interrupt() { m_interrupts.Interrupt(); }

void BrowserModel::StopFromInside() {
  m_env.stop.store(true);
  Interrupt();
}

RunOutcome BrowserModel::Run() {
  // Every backing store is reserved in the run's memory budget first.
  auto allocator = std::make_unique<CountingAllocator>(m_env.budget);
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = allocator.get();
  params.constraints.ConfigureDefaultsFromHeapSize(0, m_env.options.heap_limit_bytes);
  v8::Isolate* isolate = NewPlatformIsolate(params);
  m_isolate = isolate;
  m_interrupts.Open([isolate] { isolate->TerminateExecution(); });
  if (m_env.stop.load()) isolate->TerminateExecution();
  t_model = this;
  t_model_isolate = isolate;
  RunOutcome outcome;
  {
    v8::Isolate::Scope isolate_scope(isolate);
    outcome = RunInIsolate();
    // Everything that holds V8 handles goes before the isolate.
    isolate->SetPromiseRejectCallback(nullptr);
    m_pending_rejections.clear();
    m_outstanding_rejections.clear();
    m_fire_error_event.Reset();
    m_fire_rejection_event.Reset();
    m_dom_exception_prototype.Reset();
    m_dom.Reset();
    m_loop.reset();
    m_fetch.reset();  // its network thread ends here
    m_engine.reset();
    m_context.Reset();
  }
  t_model = nullptr;
  t_model_isolate = nullptr;
  m_interrupts.Close();
  m_isolate = nullptr;
  DisposePlatformIsolate(isolate);
  return outcome;
}

RunOutcome BrowserModel::StoppedBeforeTheScript() const {
  if (!m_engine->FatalReason().empty()) return RunOutcome{RunEndReason::Fatal, m_engine->FatalReason()};
  return RunOutcome{RunEndReason::Stopped, "stopped"};
}

void BrowserModel::SetUpHost(v8::Local<v8::Context> context) {
  m_engine->Attach(context);
  m_engine->SourceView().MapStackTraces();
  m_engine->InstrumentCodeFromStrings(context);
  m_isolate->SetPromiseRejectCallback(&PromiseRejectCallback);
  m_loop = std::make_unique<BrowserEventLoop>(m_isolate, context, m_env.recorder, m_engine->Microtasks(), m_env.clock,
                                              *this, m_env.stop, m_env.commands, m_env.checkpoint_watch);
  // What the page may fetch: its own folder (an unsaved script has none).
  std::filesystem::path folder;
  if (!m_env.options.script_path.empty()) {
    std::error_code error;
    folder = std::filesystem::absolute(m_env.options.script_path, error).lexically_normal().parent_path();
  }
  m_fetch = std::make_unique<FetchHost>(m_isolate, *m_loop, *m_engine, m_env.clock, folder);
  InstallGlobals(context);
  RunPrelude(context);
  // GC and JIT are observed from here: the host scripts' own (the polyfill bundle's, chiefly)
  // are not the user's, like the instrumenter's.
  m_engine->InstallObservers();
}

RunOutcome BrowserModel::RunInIsolate() {
  const RunOptions& options = m_env.options;
  TraceRecorder& recorder = m_env.recorder;
  v8::HandleScope handle_scope(m_isolate);
  v8::Local<v8::Context> context = v8::Context::New(m_isolate);
  m_context.Reset(m_isolate, context);
  v8::Context::Scope context_scope(context);
  recorder.Emit(EventKind::RunStarted, static_cast<uint8_t>(options.clock), recorder.Intern(options.script_name),
                static_cast<uint32_t>(LoopModel::Browser));
  m_isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  m_engine = std::make_unique<Engine>(m_isolate, recorder, m_env.clock, options, m_env.stop, [this] { StopFromInside(); });

  // V8 itself decides what is a syntax error, so messages match Chrome's.
  // A browser decodes a script's bytes before V8 sees them: a UTF-8 byte order mark is not part
  // of the text (Encoding "UTF-8 decode"), so it shifts no column.
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  const std::string script_text = std::string_view(options.source).substr(0, 3) == kByteOrderMark
                                      ? options.source.substr(kByteOrderMark.size())
                                      : options.source;
  if (auto error = m_engine->CheckSyntax(context, script_text, options.script_name)) {
    return RunOutcome{RunEndReason::SyntaxError, *error};
  }
  // Instrument first, observe after: the instrumenter's own GC and JIT work is not the user's.
  InstrumentedSource instrumented = m_engine->Instrument(script_text, options.script_name);
  // The host set-up that follows is written to "this cannot fail" (V8 API calls that fail only
  // while execution terminates): interrupts wait until it is done.
  {
    InterruptGate::Hold hold(m_interrupts);
    // A stop that landed while the instrumenter ran ended the instrumenter's JavaScript, not the
    // run's intent: nothing of the script may run now.
    if (m_env.stop.load()) return StoppedBeforeTheScript();
    SetUpHost(context);
  }
  if (m_env.stop.load()) return StoppedBeforeTheScript();
  uint32_t script_function = m_engine->AddSyntheticFunction("(anonymous)");

  v8::Local<v8::Script> script;
  {
    v8::TryCatch try_catch(m_isolate);
    v8::ScriptOrigin origin(m_isolate, V8String(m_isolate, options.script_name));
    if (instrumented.instrumented) {
      v8::ScriptCompiler::Source source(V8String(m_isolate, instrumented.code), origin);
      if (!v8::ScriptCompiler::Compile(context, &source).ToLocal(&script)) {
        instrumented.error = "rewritten script does not compile: " + ToStdString(m_isolate, try_catch.Exception());
        try_catch.Reset();
      }
    }
    if (script.IsEmpty()) {
      m_engine->EmitConsole(ConsoleLevel::Warn, "[loopscope] instrumentation failed (" + instrumented.error +
                                                    "); running the script without call-stack tracking");
      v8::ScriptCompiler::Source source(V8String(m_isolate, script_text), origin);
      if (!v8::ScriptCompiler::Compile(context, &source).ToLocal(&script)) {
        // Only a stop can make the already-checked source fail to compile now.
        return RunOutcome{RunEndReason::Stopped, "stopped"};
      }
    }
  }

  RecordPageIfChanged();  // the page as the script finds it
  // Last look before the script: a termination that landed in host JavaScript (the snapshot just
  // taken) ended that, and V8 forgets it once no JavaScript is left on the stack.
  if (m_env.stop.load()) return RunOutcome{RunEndReason::Stopped, "stopped"};
  // HTML: evaluating a classic script is itself a task; the microtask checkpoint follows it.
  m_loop->RunImmediateTask(TaskSource::Script, recorder.Intern(options.script_name), [&] {
    recorder.Emit(EventKind::FunctionEnter, 0, script_function);
    v8::TryCatch try_catch(m_isolate);
    v8::MaybeLocal<v8::Value> completion = script->Run(context);  // value unused; errors go through try_catch
    (void)completion;
    if (try_catch.HasCaught() && try_catch.CanContinue()) ReportException(context, try_catch);
    recorder.Emit(EventKind::FunctionExit, 0, script_function);
  });
  ScriptEvaluated();
  LoopExit exit = m_loop->Run();
  if (!m_engine->FatalReason().empty()) return RunOutcome{RunEndReason::Fatal, m_engine->FatalReason()};
  if (exit == LoopExit::Stopped || m_env.stop.load()) return RunOutcome{RunEndReason::Stopped, "stopped"};
  return RunOutcome{RunEndReason::Completed, ""};
}

void BrowserModel::CheckpointStopped(uint64_t jobs_run, uint64_t jobs_dropped) {
  char text[256];
  std::snprintf(text, sizeof text,
                "[loopscope] a microtask checkpoint ran for more than %g s (%llu microtasks) and was stopped: "
                "%llu still queued were dropped and the loop goes on (Chromium would hang here; "
                "--checkpoint-limit SECONDS changes the limit)",
                m_env.options.checkpoint_limit_seconds, static_cast<unsigned long long>(jobs_run),
                static_cast<unsigned long long>(jobs_dropped));
  m_engine->EmitConsole(ConsoleLevel::Warn, text);
}

v8::Local<v8::String> BrowserModel::RuntimeCode(v8::Local<v8::String> code) {
  auto instrumented = m_engine->InstrumentRuntimeCode(ToStdString(m_isolate, code));
  return instrumented ? V8String(m_isolate, *instrumented) : code;
}

void BrowserModel::ReportException(v8::Local<v8::Context> context, const v8::TryCatch& try_catch) {
  m_engine->ReportException(context, try_catch);
}

}  // namespace loopscope
