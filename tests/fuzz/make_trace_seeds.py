#!/usr/bin/env python3
"""Writes the seed corpora of the trace fuzz targets (tests/fuzz/corpus/trace_text, .../replay).

The seeds are programs for tests/fuzz/FuzzTrace.h's builder (its header describes the byte
format): small, realistic runs - a browser run with tasks, microtasks, timers and console output,
a node run with loop phases and the thread pool, a truncated trace, one with thousands of events,
and one with consumer syncs in the middle. Run it from anywhere; it overwrites the seed files.
"""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))

# EventKind values (runtime/trace/Event.h).
K = dict(Detail=0, RunStarted=1, ScriptCompiled=2, RunEnded=3, TaskEnqueued=5, TaskStarted=6, TaskEnded=7,
         MicrotaskEnqueued=8, MicrotaskStarted=9, MicrotaskEnded=10, CheckpointBegin=11, CheckpointEnd=12,
         FunctionEnter=13, FunctionExit=14, FunctionSuspend=15, FunctionResume=16, TimerInstalled=17,
         TimerCleared=18, TimerFired=19, RenderingBegin=20, RenderingEnd=21, IdleBegin=22, IdleEnd=23,
         LoopPhaseBegin=24, LoopPhaseEnd=25, GcBegin=26, GcEnd=27, JitCode=28, NetworkRequest=29,
         NetworkResponse=30, ConsoleOutput=31, UncaughtError=32, SourceLine=33, ThreadPoolQueued=34,
         ThreadPoolDone=35, ProcessLifecycle=36)


class Program:
    def __init__(self, cap_steps=0x03FF):
        self.out = bytearray(struct.pack('<H', cap_steps))
        self.strings = 0  # remembered string slots (slot 0 is "")

    def string(self, text):
        data = text.encode()
        self.out += bytes([0, len(data)]) + data
        self.strings += 1
        return self.strings  # the slot; string ids are 1, 2, ... in a fresh trace

    def function(self, name_slot, line, column):
        self.out += bytes([1, name_slot, line, column])

    def event(self, kind, aux=0, a=0, b=0):
        if a > 255 or b > 255:
            self.out += bytes([2, K[kind], 0x80 | aux]) + struct.pack('<II', a, b)
        else:
            self.out += bytes([2, K[kind], aux, a, b])

    def repeat(self, n):
        self.out += bytes([3, n])

    def sync(self):
        self.out += bytes([4])

    def finish(self, reason, message, exit_code=0):
        data = message.encode()
        self.out += bytes([5, reason, len(data)]) + data + bytes([exit_code])


def browser_run():
    p = Program()
    script = p.string('main.js')
    main = p.string('main')
    tick = p.string('tick')
    p.function(main, 1, 1)
    p.function(tick, 3, 12)
    p.event('RunStarted', 0, script, 0)
    p.event('ScriptCompiled', 0, script, 2)
    p.event('TaskStarted', 0, 1, 0)
    p.event('FunctionEnter', 0, 1, 0)
    p.event('TimerInstalled', 0, 1, tick)
    p.event('Detail', 0, 100, 2)
    p.event('MicrotaskEnqueued', 0, 1, tick)
    text = p.string('hello "world"\n\ttab\x01')
    p.event('ConsoleOutput', 0, text, 0)
    p.event('FunctionExit', 0, 1, 0)
    p.event('TaskEnded', 0, 1, 0)
    p.event('CheckpointBegin')
    p.event('MicrotaskStarted', 0, 1, tick)
    p.event('FunctionEnter', 0, 2, 3)
    p.event('FunctionSuspend', 0, 2)
    p.event('FunctionResume', 0, 2)
    p.event('FunctionExit', 0, 2)
    p.event('MicrotaskEnded', 0, 1)
    p.event('CheckpointEnd', 0, 1)
    p.event('IdleBegin', 0, 100000)
    p.event('IdleEnd')
    p.event('TimerFired', 0, 1, 2)
    p.event('TaskEnqueued', 1, 2, tick)
    p.event('TaskStarted', 1, 2, tick)
    p.event('RenderingBegin', 0, 1)
    p.event('RenderingEnd', 0, 1)
    error = p.string('Uncaught TypeError: x is not a function')
    p.event('UncaughtError', 1, error, 0)
    p.event('TaskEnded', 1, 2)
    p.event('GcBegin', 1)
    p.event('GcEnd', 1)
    p.finish(0, 'completed', 0)
    return p.out


def node_run():
    p = Program()
    script = p.string('server.js')
    read = p.string('fs.readFile')
    p.event('RunStarted', 0, script, 1)
    p.event('ProcessLifecycle', 0)
    for iteration in range(1, 3):
        for phase in range(6):
            p.event('LoopPhaseBegin', phase, iteration)
            if phase == 3:
                p.event('ThreadPoolQueued', 0, 1, read)
                p.event('ThreadPoolDone', 1, 1)
                p.event('TaskStarted', 8, 3, read)
                p.event('MicrotaskEnqueued', 6, 4, 0)
                p.event('MicrotaskStarted', 6, 4, 0)
                p.event('MicrotaskEnded', 6, 4, 0)
                p.event('TaskEnded', 8, 3)
            p.event('LoopPhaseEnd', phase, iteration, 1500 if phase == 3 else 0)
    p.event('ProcessLifecycle', 1)
    p.event('ProcessLifecycle', 2)
    p.event('ProcessLifecycle', 3, 7)
    p.finish(0, '', 7)
    return p.out


def truncated_run():
    p = Program(cap_steps=4)  # 1 KiB + 256 bytes: a few events past the headroom
    p.event('RunStarted')
    for task in range(1, 40):
        p.event('TaskEnqueued', 1, task, p.string('t%d' % task))
    p.finish(4, 'the trace reached its memory cap', 0)
    return p.out


def long_run():
    p = Program()
    f = p.string('loop')
    p.function(f, 1, 1)
    p.event('RunStarted')
    p.event('FunctionEnter', 0, 1)
    p.repeat(200)  # 3200 nested enters: deep stack, keyframes
    p.event('MicrotaskEnqueued', 3, 9, f)
    p.repeat(255)
    p.event('FunctionExit', 0, 1)
    p.repeat(100)
    return p.out


def synced_run():
    p = Program()
    p.event('RunStarted')
    p.sync()
    p.event('TaskEnqueued', 0, 1)
    p.event('TimerInstalled', 1, 5, 0)
    p.sync()
    p.event('Detail', 0, 4, 0)
    p.event('TimerCleared', 0, 5, 0)
    p.event('NetworkRequest', 0, 1, p.string('https://example.com/a?b=c'))
    p.sync()
    p.event('NetworkResponse', 0, 1, 200)
    p.event('JitCode', 1, 0, 0)
    p.event('SourceLine', 0, 12, 4)
    p.event('TaskEnded', 0, 1)  # never started
    p.event('FunctionExit', 0, 77)  # an exit with no enter, an unknown function
    p.event('MicrotaskEnded', 0, 3)  # never started
    p.sync()
    p.finish(1, 'stopped by the user', 0)
    return p.out


SEEDS = dict(browser_run=browser_run, node_run=node_run, truncated_run=truncated_run, long_run=long_run,
             synced_run=synced_run)

for target in ('trace_text', 'replay'):
    directory = os.path.join(HERE, 'corpus', target)
    os.makedirs(directory, exist_ok=True)
    for name, make in SEEDS.items():
        with open(os.path.join(directory, name + '.bin'), 'wb') as f:
            f.write(make())
