// NodeModel.h — one run of one script on the real Node.js runtime (Debian's libnode, Node 18).
//
// Node decides every ordering; Loopscope only observes. A Node environment is made on the shared
// platform (node::CommonEnvironmentSetup), the Engine is attached to its main context (the
// instrumenter, the `__ls` hooks, the PromiseHook-based microtask tracker, GC/JIT), and
// js/node_bootstrap.js — run as the embedder's start-up function — hooks Node's module compile
// step (the script and every file it requires from its folder are instrumented), async_hooks
// (NodeAsyncTracker), stdout/stderr and uncaught exceptions, then starts the script as the
// CommonJS main module exactly as `node FILE.js` does. The environment's own libuv loop then
// runs, watched by a NodeLoopObserver (its phases), as node::SpinEventLoop runs it: loop,
// 'beforeExit', loop again while it is alive, 'exit'.
//
// Not sandboxed: the script has Node's own powers (files, network, child processes, process.*),
// as with `node FILE.js`. Its stdout and stderr are the process's own, written by Node; they are
// also recorded line by line as ConsoleOutput. process.exit(n) ends the environment (not the
// process) and becomes the run's exit code; so do process.exitCode and an uncaught exception (1).
//
// Threads: Run() on the runtime thread; Interrupt() from any thread (node::Stop).
#pragma once

#include <uv.h>
#include <v8.h>

#include <atomic>
#include <memory>
#include <string>

#include "runtime/core/InterruptGate.h"
#include "runtime/models/EventLoopModel.h"

namespace node {
class CommonEnvironmentSetup;
class Environment;
}

namespace loopscope {

class Engine;
class NodeAsyncTracker;
class NodeLoopObserver;

class NodeModel final : public EventLoopModel {
 public:
  explicit NodeModel(RunEnvironment environment);
  ~NodeModel() override;

  RunOutcome Run() override;
  void Interrupt() override;

 private:
  struct OutputLines {  // a stream's text up to its next newline
    std::string pending;
  };

  RunOutcome RunEnvironmentToEnd(node::CommonEnvironmentSetup& setup);
  void LoadMainModule(node::CommonEnvironmentSetup& setup);
  int SpinEventLoop(node::CommonEnvironmentSetup& setup);
  void StopFromInside();
  bool Stopping() const;
  void DrainCommands();
  std::string PrepareScriptFile(std::string* error);  // the main module's absolute path
  void RecordOutput(bool is_error, std::string_view text);
  void FlushOutput();

  static void HostCallback(const v8::FunctionCallbackInfo<v8::Value>& info);

  RunEnvironment m_env;
  InterruptGate m_interrupts;                      // node::Stop while the environment exists
  std::unique_ptr<Engine> m_engine;
  std::unique_ptr<NodeAsyncTracker> m_async;
  std::unique_ptr<NodeLoopObserver> m_observer;    // from the loop's start until its handles are closed
  NodeLoopObserver* m_loop_observer = nullptr;     // while the event loop runs
  uv_poll_t m_command_poll{};                      // wakes the loop for a command
  std::string m_main_path;                         // absolute
  std::string m_main_dir;                          // with a trailing '/'
  std::string m_temp_dir;                          // made for an unsaved script; removed after
  uint32_t m_main_function = 0;                    // the main module's top level, as a frame
  uint32_t m_script_task = 1;
  bool m_process_exited = false;                   // process.exit() / a fatal exception ended it
  int m_exit_code = 0;
  OutputLines m_stdout, m_stderr;
};

}  // namespace loopscope
