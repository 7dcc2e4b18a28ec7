// NodeAsyncTracker.h — turns what Node's async_hooks report (init / before / after / destroy of
// each async resource) into the trace's vocabulary, attributing each callback to the libuv phase
// it runs in (NodeLoopObserver).
//
//   Timeout       setTimeout / setInterval   TimerInstalled … TimerFired + a Timer/Interval task
//   Immediate     setImmediate               a task in the immediate queue (check phase)
//   TickObject    process.nextTick           a NextTick microtask (drained before promise jobs)
//   Microtask     queueMicrotask             a QueueMicrotask microtask
//   thread-pool requests (fs, dns lookup, crypto, zlib)  ThreadPoolQueued → ThreadPoolDone + an Io task
//   anything else with a callback (sockets, pipes, signals…)  an Io task (a Close task in the close phase)
// Promise jobs are not here: the Engine's MicrotaskTracker sees them through V8's PromiseHook.
//
// Ids: a resource's async id is its timer / task / work id in the trace (unique per environment);
// interval repetitions and I/O callbacks get fresh task ids above kRepeatTaskIdBase.
//
// Thread: the environment's thread. Holds V8 handles only to intervals' Timeout objects (to see
// whether they re-arm) and to thread-pool requests (to name them), released at destroy or Reset.
#pragma once

#include <v8.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/engine/Engine.h"
#include "runtime/models/node/NodeLoopObserver.h"

namespace loopscope {

class NodeAsyncTracker {
 public:
  NodeAsyncTracker(Engine& engine, NodeLoopObserver*& loop) : m_engine(engine), m_loop(loop) {}

  void Init(v8::Local<v8::Context> context, double async_id, const std::string& type, v8::Local<v8::Value> resource);
  void Before(double async_id);
  void After(double async_id);
  void Destroy(double async_id);
  // clearTimeout / clearInterval / clearImmediate called on a resource (0 = not one we know).
  void Cleared(double async_id, bool immediate);
  void Reset();  // drops every V8 handle (before the environment goes away)

 private:
  enum class Kind : uint8_t { Timer, Interval, Immediate, NextTick, QueueMicrotask, ThreadPool, Other };
  struct Resource {
    Kind kind = Kind::Other;
    uint32_t id = 0;             // timer / task / work id (the async id)
    uint32_t name = 0;           // string id of the callback's name
    uint32_t microtask_id = 0;   // NextTick / QueueMicrotask
    uint32_t running_task = 0;   // the task id of the run in progress
    uint32_t delay_ms = 0;       // Timeout
    bool done = false;           // ThreadPool: ThreadPoolDone recorded
    bool ran = false;            // its callback ran at least once
    bool cleared = false;
    v8::Global<v8::Object> timeout;  // Interval: its Timeout object, to see whether it re-arms
    v8::Global<v8::Object> object;   // ThreadPool / QueueMicrotask: to name its callback once Node has set it
    std::string label;               // ThreadPool: "fs", "dns", "crypto", "zlib"
  };

  uint32_t CallbackName(v8::Local<v8::Context> context, v8::Local<v8::Value> callback);
  void InstallTimer(Resource& resource);
  static Kind KindOf(const std::string& type);
  static MicrotaskSource MicrotaskSourceOf(Kind kind);  // NextTick / QueueMicrotask

  Engine& m_engine;
  NodeLoopObserver*& m_loop;  // null outside the event loop
  std::unordered_map<uint32_t, Resource> m_resources;
  std::vector<uint32_t> m_running;  // async ids between before and after (they can nest)
  uint32_t m_next_task_id = kRepeatTaskIdBase;

 public:
  static constexpr uint32_t kRepeatTaskIdBase = 1u << 30;
};

}  // namespace loopscope
