// scheduling.js — Prioritized Task Scheduling (https://wicg.github.io/scheduling-apis/):
// scheduler.postTask(callback, {priority, delay, signal}), scheduler.yield(), TaskController and
// TaskSignal, on the BrowserEventLoop's scheduling queues (host.createSchedulingQueue…, see
// BrowserWebApiHost.cpp). Called with (globalThis, host).
//
// Chromium (measured, tests/puzzles/scheduler_*.js): user-blocking tasks run before every other
// task; user-visible ones share one FIFO with timers and messages; background ones run when no
// other task is queued. A TaskSignal's tasks wait in the signal's own queue, which setPriority()
// moves to the new priority with its tasks. postTask reports bad arguments by returning a rejected
// promise. A task aborted while it waits leaves its queue unrun; its promise is rejected with the
// reason at once. scheduler.yield() resumes in a continuation queue ranked just above the tasks of its
// priority; called synchronously inside a postTask callback it inherits that task's priority and
// signal, elsewhere it is user-visible.
// FIXME: a yield() after an `await` inside a postTask callback does not inherit the task's
// priority (Chromium carries it across awaits through task attribution).
(function installScheduling(global, host) {
  'use strict';
  const { ObjectDefineProperty, ReflectApply, TypeErrorCtor } = host.primordials;
  const { DOMException, requireArguments } = host;
  const abort = host.abort;
  const PromiseCtor = global.Promise;
  const PromiseReject = Promise.reject.bind(Promise);
  const StringCtor = String;
  const NumberCtor = Number;
  const MathTrunc = Math.trunc;
  const NumberIsFinite = Number.isFinite;
  const kPriorities = ['user-blocking', 'user-visible', 'background'];
  const kTasks = 0;
  const kContinuations = 1;

  function priorityIndex(name) {
    for (let i = 0; i < kPriorities.length; ++i) {
      if (kPriorities[i] === name) return i;
    }
    return -1;
  }
  function checkPriority(value, prefix, dictionary) {
    const name = StringCtor(value);
    if (priorityIndex(name) < 0) {
      throw new TypeErrorCtor(prefix + "Failed to read the 'priority' property from '" + dictionary + "': The provided value '" +
                              name + "' is not a valid enum value of type TaskPriority.");
    }
    return name;
  }
  // Fixed-priority queues (postTask with an explicit priority, or no signal), made on first use.
  const fixedQueues = [[0, 0, 0], [0, 0, 0]];  // [kind][priority] → queue id
  function fixedQueue(kind, priority) {
    const index = priorityIndex(priority);
    if (fixedQueues[kind][index] === 0) fixedQueues[kind][index] = host.createSchedulingQueue(index, kind);
    return fixedQueues[kind][index];
  }

  // --- TaskSignal / TaskController ---
  const kSignalQueues = Symbol('queues');
  class TaskSignal extends AbortSignal {
    constructor(secret) {
      if (secret !== abort.kSecret) throw new TypeErrorCtor('Illegal constructor');
      super(abort.kSecret);
    }
    get priority() { abort.isSignal(this); const p = this.__priority; if (p === undefined) throw new TypeErrorCtor('Illegal invocation'); return p; }
  }
  abort.defineHandler(TaskSignal.prototype, 'prioritychange');
  ObjectDefineProperty(TaskSignal.prototype, Symbol.toStringTag, { value: 'TaskSignal', configurable: true });
  function makeTaskSignal(priority) {
    const signal = abort.makeSignal(TaskSignal.prototype);
    ObjectDefineProperty(signal, '__priority', { value: priority, writable: true });
    ObjectDefineProperty(signal, kSignalQueues, { value: [0, 0] });
    ObjectDefineProperty(signal, '__changing', { value: false, writable: true });
    return signal;
  }
  function signalQueue(signal, kind) {
    const queues = signal[kSignalQueues];
    if (queues[kind] === 0) queues[kind] = host.createSchedulingQueue(priorityIndex(signal.__priority), kind);
    return queues[kind];
  }
  class TaskController extends AbortController {
    constructor(init = undefined) {
      super();
      let priority = 'user-visible';
      if (init !== undefined && init !== null && init.priority !== undefined) {
        priority = checkPriority(init.priority, "Failed to construct 'TaskController': ", 'TaskControllerInit');
      }
      abort.setControllerSignal(this, makeTaskSignal(priority));
    }
    setPriority(priority) {
      requireArguments(arguments.length, 1, 'setPriority', 'TaskController');
      const name = StringCtor(priority);
      if (priorityIndex(name) < 0) {
        throw new TypeErrorCtor("Failed to execute 'setPriority' on 'TaskController': The provided value '" + name +
                                "' is not a valid enum value of type TaskPriority.");
      }
      const signal = this.signal;
      // Scheduling APIs "signal priority change" steps 1–5.
      if (signal.__changing) throw new DOMException("Failed to execute 'setPriority' on 'TaskController': Cannot change priority when a prioritychange event is in progress.", 'NotAllowedError');
      if (signal.__priority === name) return;
      signal.__changing = true;
      const previousPriority = signal.__priority;
      signal.__priority = name;
      const queues = signal[kSignalQueues];
      for (let kind = 0; kind < 2; ++kind) {
        if (queues[kind] !== 0) host.setSchedulingQueuePriority(queues[kind], priorityIndex(name));
      }
      try {
        abort.dispatch(signal, 'prioritychange', { previousPriority });
      } finally {
        signal.__changing = false;
      }
    }
  }
  ObjectDefineProperty(TaskController.prototype, Symbol.toStringTag, { value: 'TaskController', configurable: true });

  // --- Scheduler ---
  let currentTask = null;  // { priority, signal } of the postTask callback running now
  const kPostTaskPrefix = "Failed to execute 'postTask' on 'Scheduler': ";

  function queueFor(kind, priority, signal) {
    if (priority !== undefined) return fixedQueue(kind, priority);
    if (signal !== undefined && signal[kSignalQueues] !== undefined) return signalQueue(signal, kind);
    return fixedQueue(kind, 'user-visible');
  }

  // "schedule a postTask task" / "schedule a yield continuation": the promise settles with the
  // callback's result; `run` is called inside the task.
  function schedule(kind, priority, signal, delay, name, run) {
    let resolve, reject;
    const promise = new PromiseCtor((res, rej) => { resolve = res; reject = rej; });
    if (signal !== undefined && signal.aborted) {
      reject(signal.reason);
      return promise;
    }
    let state = 'queued';
    let handle = 0;
    const onAbort = (reason) => {
      if (state !== 'queued') return;
      state = 'aborted';
      host.cancelSchedulingTask(handle);  // it leaves its queue unrun
      reject(reason);
    };
    if (signal !== undefined) abort.addAlgorithm(signal, onAbort);
    const queue = queueFor(kind, priority, signal);
    handle = host.postSchedulingTask(queue, delay, name, function runScheduledTask() {
      if (state !== 'queued') return;
      state = 'running';
      if (signal !== undefined) abort.removeAlgorithm(signal, onAbort);
      run(resolve, reject);
    });
    return promise;
  }

  const schedulers = new WeakSet();
  class Scheduler {
    constructor(secret) {
      if (secret !== abort.kSecret) throw new TypeErrorCtor('Illegal constructor');
      schedulers.add(this);
    }
    postTask(callback, options = undefined) {
      try {
        requireArguments(arguments.length, 1, 'postTask', 'Scheduler');
        if (typeof callback !== 'function') throw new TypeErrorCtor(kPostTaskPrefix + "parameter 1 is not of type 'Function'.");
        let delay = 0;
        let priority;
        let signal;
        if (options !== undefined && options !== null) {
          // WebIDL dictionary members are read in name order: delay, priority, signal.
          const rawDelay = options.delay;
          if (rawDelay !== undefined) {
            const number = NumberCtor(rawDelay);
            delay = NumberIsFinite(number) && number > 0 ? MathTrunc(number) : 0;
          }
          const rawPriority = options.priority;
          if (rawPriority !== undefined) priority = checkPriority(rawPriority, kPostTaskPrefix, 'SchedulerPostTaskOptions');
          const rawSignal = options.signal;
          if (rawSignal !== undefined) {
            if (!abort.isSignal(rawSignal)) {
              throw new TypeErrorCtor(kPostTaskPrefix + "Failed to read the 'signal' property from 'SchedulerPostTaskOptions': Failed to convert value to 'AbortSignal'.");
            }
            signal = rawSignal;
          }
        }
        const taskPriority = priority;
        const taskSignal = signal;
        return schedule(kTasks, priority, signal, delay, callback.name || 'postTask', (resolve, reject) => {
          const outer = currentTask;
          currentTask = { priority: taskPriority, signal: taskSignal };
          try {
            resolve(ReflectApply(callback, undefined, []));
          } catch (error) {
            reject(error);
          } finally {
            currentTask = outer;
          }
        });
      } catch (error) {
        return PromiseReject(error);
      }
    }
    yield() {
      // Scheduling APIs "yield" — the continuation inherits the running postTask task's priority and signal.
      const inherited = currentTask;
      const priority = inherited === null ? undefined : inherited.priority;
      const signal = inherited === null ? undefined : inherited.signal;
      return schedule(kContinuations, priority, signal, 0, 'yield', (resolve) => resolve(undefined));
    }
  }
  ObjectDefineProperty(Scheduler.prototype, Symbol.toStringTag, { value: 'Scheduler', configurable: true });
  const scheduler = new Scheduler(abort.kSecret);

  ObjectDefineProperty(global, 'scheduler', { get() { return scheduler; }, configurable: true, enumerable: true });
  ObjectDefineProperty(global, 'Scheduler', { value: Scheduler, writable: true, configurable: true });
  ObjectDefineProperty(global, 'TaskController', { value: TaskController, writable: true, configurable: true });
  ObjectDefineProperty(global, 'TaskSignal', { value: TaskSignal, writable: true, configurable: true });
})
