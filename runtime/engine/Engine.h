// Engine.h — what every event-loop model shares when it runs a user's script in V8.
//
// The engine observes; the model decides. Per run it provides:
//  - compile + instrument: V8's own syntax check (messages as Chrome prints them), the
//    instrumenter (one tooling context per run, reused for every file), the function table;
//  - the `__ls` hooks the rewritten code calls (enter / exit / awaiting / yielding / resumed /
//    line), which keep each frame's current line and record FunctionEnter … FunctionResume;
//  - the MicrotaskTracker (PromiseHook + then/catch/finally wrappers): every promise job enqueued
//    and run;
//  - console output and error reporting into the trace (and the run's console sink);
//  - GC and JIT observation (user code only: tooling and host scripts are filtered out), the heap
//    limit, and the record of why a run had to be stopped.
//
// Thread: the runtime thread only; the isolate must be entered by the caller. Does not own the
// isolate, the context, the recorder or the clock. One Engine per run; while it lives it is the
// runtime thread's Engine::Current().
#pragma once

#include <v8.h>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "runtime/core/RunOptions.h"
#include "runtime/engine/MicrotaskTracker.h"
#include "runtime/engine/TraceRecorder.h"
#include "runtime/engine/UserSourceView.h"
#include "runtime/instrument/Instrumenter.h"

namespace loopscope {

class RunClock;

// A user file after instrumentation: the code to compile (the original when instrumentation
// failed), and why it could not be instrumented.
struct InstrumentedSource {
  std::string code;
  bool instrumented = false;
  std::string error;  // !instrumented: the instrumenter's reason
};

class Engine {
 public:
  // `request_stop` ends the run from inside (heap limit): the model's own stop path. `stopping`
  // is the run's stop flag (RunEnvironment::stop): once it is set nothing more of the script's
  // output is recorded or printed (a RangeError from a refused allocation, a console call that
  // was already under way).
  Engine(v8::Isolate* isolate, TraceRecorder& recorder, RunClock& clock, const RunOptions& options,
         const std::atomic<bool>& stopping, std::function<void()> request_stop);
  ~Engine();  // removes every callback it installed
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // The runtime thread's engine for `isolate` (nullptr on other threads or for other isolates).
  static Engine* Current(v8::Isolate* isolate);

  // ---- set-up --------------------------------------------------------------------------------
  // GC, JIT and near-heap-limit observers. Install them once start-up tooling work is done, so
  // that nothing of the instrumenter's own run reaches the user's trace.
  void InstallObservers();
  // The MicrotaskTracker on `context`'s Promise and the instrumenter's hooks on its global object
  // (under this run's hook name, see m_hook_name).
  void Attach(v8::Local<v8::Context> context);

  // ---- compile -------------------------------------------------------------------------------
  // V8's verdict on `source` as a classic script: "SyntaxError: … (line:column)", or nothing.
  std::optional<std::string> CheckSyntax(v8::Local<v8::Context> context, const std::string& source,
                                         const std::string& name);
  // " (the RegExp 'v' flag is not supported by V8 10.2, …)" when the SyntaxError `v8_message`
  // reported at `details` is syntax V8 10.2 lacks and Chromium parses (NewerSyntax.h), else "".
  std::string NewerSyntaxSuffix(v8::Local<v8::Context> context, v8::Local<v8::Message> details,
                                const std::string& v8_message);
  // Instruments one user file and registers its functions (ids continue across files). The file
  // counts as user code from now on (stack lines, JIT events). Records ScriptCompiled.
  // `name` is the script's name as V8 knows it (its URL or filename); `main` marks the run's main
  // script, whose functions the Source panel shows (others carry their file in FunctionInfo).
  InstrumentedSource Instrument(const std::string& source, const std::string& name, InstrumentOptions options = {},
                                bool main = true);
  // Code the script makes at run time (eval, new Function, a string timer): the rewritten text,
  // or nothing when it cannot be instrumented (it then runs as written). Its functions belong to
  // the script "(eval)"; no line markers. Browser model: InstrumentCodeFromStrings routes eval
  // and new Function here (V8's ModifyCodeGenerationFromStrings callback).
  // `keep_prefix_units`: nothing may be inserted in the first so many UTF-16 units (else nullopt).
  std::optional<std::string> InstrumentRuntimeCode(const std::string& source, uint32_t keep_prefix_units = 0);
  void InstrumentCodeFromStrings(v8::Local<v8::Context> context);
  // Is `function` defined in one of the user's files (not Node's lib/, not a host script)?
  bool IsUserFunction(v8::Local<v8::Function> function);
  // Marks a compiled script as the user's (its frames are the ones SourceLine points into).
  void NoteUserScript(const std::string& name);
  // A FunctionInfo for code that has no function of its own (the top level of a script).
  uint32_t AddSyntheticFunction(const std::string& name, bool main = true, const std::string& script = {});

  // ---- what every host function the script calls does ----------------------------------------
  // Let the microtask tracker catch up with the hooks seen so far, then note the call site.
  void EnterFromScript();
  // Records where in the user's source the innermost frame is (SourceLine), if it is user code.
  void NoteCallSite();
  void EmitConsole(ConsoleLevel level, const std::string& text);
  // An exception nobody caught: "Uncaught …" into the trace and the console sink — unless the
  // model's uncaught filter (a window `error` event canceled) says it was handled.
  void ReportException(v8::Local<v8::Context> context, const v8::TryCatch& try_catch);
  // The same for an exception and its message made by hand (reportError); `fire_events` false
  // only logs it (HTML: an error inside an error listener).
  void ReportUncaught(v8::Local<v8::Context> context, v8::Local<v8::Value> exception, v8::Local<v8::Message> message,
                      bool fire_events = true);
  // Called before an uncaught exception is logged; returns true when it was handled (canceled).
  using UncaughtFilter =
      std::function<bool(v8::Local<v8::Context>, v8::Local<v8::Value> exception, v8::Local<v8::Message> message)>;
  void SetUncaughtFilter(UncaughtFilter filter) { m_uncaught_filter = std::move(filter); }
  void ReportError(bool in_promise, const std::string& message, const std::string& stack);

  // ---- state ---------------------------------------------------------------------------------
  MicrotaskTracker& Microtasks() { return *m_microtasks; }
  UserSourceView& SourceView() { return m_source_view; }
  TraceRecorder& Recorder() { return m_recorder; }
  RunClock& Clock() { return m_clock; }
  const RunOptions& Options() const { return m_options; }
  v8::Isolate* Isolate() const { return m_isolate; }
  // Why the run had to be stopped from inside (heap limit…); empty when it was not.
  void NoteFatal(std::string reason);
  const std::string& FatalReason() const { return m_fatal_reason; }

 private:
  // Which line each instrumented frame is on (from the `__ls.line` statement markers): `current`
  // for the running frame, `saved` for its callers. A callee's FunctionEnter carries its caller's
  // line. Frames that leave without a matching entry (a resumed await) just find `saved` empty.
  struct CallLines {
    uint32_t current = 0;
    std::vector<uint32_t> saved;
    void Push() {
      saved.push_back(current);
      current = 0;
    }
    void Pop() {
      current = saved.empty() ? 0 : saved.back();
      if (!saved.empty()) saved.pop_back();
    }
  };

  bool IsUserScript(int script_id, v8::Local<v8::Value> script_name);
  static void HookCallback(const v8::FunctionCallbackInfo<v8::Value>& info);
  static v8::ModifyCodeGenerationFromStringsResult CodeFromStrings(v8::Local<v8::Context> context,
                                                                   v8::Local<v8::Value> source, bool is_code_like);
  static void GcPrologue(v8::Isolate* isolate, v8::GCType type, v8::GCCallbackFlags flags, void* data);
  static void GcEpilogue(v8::Isolate* isolate, v8::GCType type, v8::GCCallbackFlags flags, void* data);
  static void JitCodeEventHandler(const v8::JitCodeEvent* event);
  static size_t NearHeapLimit(void* data, size_t current_limit, size_t initial_limit);

  v8::Isolate* m_isolate;
  TraceRecorder& m_recorder;
  RunClock& m_clock;
  const RunOptions& m_options;
  const std::atomic<bool>& m_stopping;
  std::function<void()> m_request_stop;
  UncaughtFilter m_uncaught_filter;
  std::unique_ptr<MicrotaskTracker> m_microtasks;
  Instrumenter m_instrumenter;
  UserSourceView m_source_view;
  bool m_observers_installed = false;
  int m_tooling_depth = 0;  // > 0 while the instrumenter runs: its GC is not the user's
  std::unordered_set<std::string> m_user_script_names;
  std::unordered_map<int, bool> m_user_script_ids;  // V8 script id → is it a user script (cache)
  CallLines m_call_lines;
  uint32_t m_runtime_code_count = 0;  // names the SourceView maps of code made at run time
  std::string m_fatal_reason;
  // The binding the rewritten code calls: a script-scope `const` (not a property of the global
  // object, so no enumeration finds it) with a fresh name per run ("__ls_" + random hex), so that
  // no script's own `__ls` (a parameter, a variable, a top-level let) collides with it; the
  // name never shows in the script's own code (UserSourceView's Function.prototype.toString).
  std::string m_hook_name;
};

}  // namespace loopscope
