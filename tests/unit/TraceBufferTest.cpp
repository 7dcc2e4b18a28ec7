// TraceBufferTest — SpscChunkedLog and Trace: publication across threads, chunk boundaries, the
// memory cap and its single TraceTruncated event.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "runtime/trace/Event.h"
#include "runtime/trace/SpscChunkedLog.h"
#include "runtime/trace/Trace.h"

namespace loopscope {
namespace {

TEST(SpscChunkedLogTest, PushesAcrossChunkBoundariesAndKeepsReferencesStable) {
  SpscChunkedLog<uint64_t, 16> log(100);
  EXPECT_EQ(log.Capacity(), 112u);  // rounded up to whole chunks
  const uint64_t* first = nullptr;
  for (uint64_t i = 0; i < 112; ++i) {
    ASSERT_TRUE(log.Push(i * 3));
    if (i == 0) first = &log[0];
  }
  EXPECT_FALSE(log.Push(999));  // full: refused, nothing changes
  EXPECT_EQ(log.Published(), 112u);
  EXPECT_EQ(&log[0], first);
  for (uint64_t i = 0; i < 112; ++i) EXPECT_EQ(log[i], i * 3);
}

TEST(SpscChunkedLogTest, EmptyAndZeroCapacity) {
  SpscChunkedLog<uint32_t, 8> log(0);
  EXPECT_EQ(log.Published(), 0u);
  EXPECT_EQ(log.Capacity(), 8u);  // at least one chunk
}

// A record whose fields are all derived from one number, so a torn or stale read is detectable.
struct Record {
  uint64_t value;
  uint64_t check;
};

TEST(SpscChunkedLogTest, ConsumerOnAnotherThreadSeesEveryElementIntact) {
  constexpr std::size_t kCount = 3'000'000;
  SpscChunkedLog<Record, 1024> log(kCount);
  std::thread producer([&] {
    for (uint64_t i = 0; i < kCount; ++i) ASSERT_TRUE(log.Push(Record{i, ~i * 0x9E3779B97F4A7C15ull}));
  });
  std::size_t verified = 0;
  while (verified < kCount) {
    const std::size_t published = log.Published();
    for (; verified < published; ++verified) {
      const Record& record = log[verified];
      ASSERT_EQ(record.value, verified);
      ASSERT_EQ(record.check, ~uint64_t{verified} * 0x9E3779B97F4A7C15ull);
    }
  }
  producer.join();
  EXPECT_EQ(log.Published(), kCount);
}

std::string TextFor(uint32_t n) { return "string #" + std::to_string(n) + (n % 7 == 0 ? std::string(300, 'x') : ""); }

// The runtime thread appends millions of events naming fresh strings and functions while the UI
// thread reads: every event a reader sees, and every string/function it names, must be complete.
TEST(TraceTest, TwoThreadsEveryPublishedEventAndStringIsIntact) {
  constexpr uint32_t kEvents = 4'000'000;
  constexpr uint32_t kStringEvery = 8;  // a new string every 8 events (500 000 strings)
  auto trace = std::make_shared<Trace>(TraceLimits{std::size_t{1} << 30});

  std::thread producer([trace] {
    uint32_t string_id = 0;
    uint32_t function_id = 0;
    for (uint32_t i = 0; i < kEvents; ++i) {
      if (i % kStringEvery == 0) {
        string_id = trace->InternString(TextFor(i / kStringEvery));
        function_id = trace->AddFunction(FunctionInfo{string_id, i, i / kStringEvery + 1});
      }
      // a = sequence number, b = the string named by it; aux/kind vary; function in Enter events.
      const bool enter = i % 2 == 0;
      Event event = enter ? MakeEvent(i, EventKind::FunctionEnter, 0, function_id, i)
                          : MakeEvent(i, EventKind::ConsoleOutput, i % 5, string_id, i);
      if (!trace->Append(event)) return;
    }
  });

  uint64_t verified = 0;
  while (verified < kEvents) {
    const uint64_t published = trace->PublishedCount();
    for (; verified < published; ++verified) {
      const Event& event = trace->At(verified);
      const uint32_t i = static_cast<uint32_t>(verified);
      ASSERT_EQ(event.b, i);
      ASSERT_EQ(event.time_ns, i);
      const std::string expected = TextFor(i / kStringEvery);
      if (i % 2 == 0) {
        ASSERT_EQ(event.Kind(), EventKind::FunctionEnter);
        ASSERT_GE(event.a, 1u);
        ASSERT_LE(event.a, trace->FunctionCount());
        const FunctionInfo& info = trace->Function(event.a);
        ASSERT_EQ(info.line, i - i % kStringEvery);
        ASSERT_EQ(info.column, i / kStringEvery + 1);
        ASSERT_EQ(trace->String(info.name), expected);
      } else {
        ASSERT_EQ(event.Kind(), EventKind::ConsoleOutput);
        ASSERT_EQ(event.aux, i % 5);
        ASSERT_EQ(trace->String(event.a), expected);
      }
    }
    ASSERT_FALSE(trace->Truncated());
  }
  producer.join();
  EXPECT_EQ(trace->PublishedCount(), kEvents);
  EXPECT_EQ(trace->FunctionCount(), kEvents / kStringEvery);
  EXPECT_EQ(trace->StringCount(), kEvents / kStringEvery + 1);
}

TEST(TraceTest, InternedStringsAndFunctionsHaveStableIds) {
  Trace trace;
  EXPECT_EQ(trace.InternString(""), 0u);
  const uint32_t tick = trace.InternString("tick");
  EXPECT_EQ(tick, 1u);
  EXPECT_EQ(trace.InternString("tock"), 2u);
  EXPECT_EQ(trace.InternString("tick"), tick);
  EXPECT_EQ(trace.String(tick), "tick");
  EXPECT_EQ(trace.String(0), "");
  EXPECT_EQ(trace.String(12345), "");  // unknown ids read as ""

  EXPECT_EQ(trace.FunctionCount(), 0u);
  EXPECT_EQ(trace.AddFunction({tick, 3, 5}), 1u);
  EXPECT_EQ(trace.AddFunction({0, 9, 1}), 2u);
  EXPECT_EQ(trace.FunctionCount(), 2u);
  EXPECT_EQ(trace.Function(1).name, tick);
  EXPECT_EQ(trace.Function(1).line, 3u);
  EXPECT_EQ(trace.Function(1).column, 5u);
  EXPECT_EQ(trace.Function(0).line, 0u);  // out of range reads as {0, 0, 0}
  EXPECT_EQ(trace.Function(3).line, 0u);
}

TEST(TraceTest, CapProducesExactlyOneTraceTruncatedAsTheLastEvent) {
  constexpr std::size_t kCap = 64 * 1024;
  Trace trace(TraceLimits{kCap});
  uint64_t accepted = 0;
  uint64_t refused = 0;
  for (uint32_t i = 0; i < 10'000; ++i) {
    if (trace.Append(MakeEvent(i * 10, EventKind::TaskEnqueued, 1, i + 1, 0))) {
      ++accepted;
      EXPECT_EQ(refused, 0u) << "an event was accepted after one was refused";
    } else {
      ++refused;
    }
  }
  ASSERT_TRUE(trace.Truncated());
  EXPECT_LE(trace.MemoryBytes(), kCap);
  const uint64_t count = trace.PublishedCount();
  EXPECT_EQ(count, accepted + 1);
  uint64_t truncated_events = 0;
  for (uint64_t i = 0; i < count; ++i) truncated_events += trace.At(i).Kind() == EventKind::TraceTruncated;
  EXPECT_EQ(truncated_events, 1u);
  const Event& last = trace.At(count - 1);
  EXPECT_EQ(last.Kind(), EventKind::TraceTruncated);
  EXPECT_EQ(last.a, 1u);                       // the event that did not fit
  EXPECT_EQ(last.time_ns, accepted * 10);      // stamped with that event's time
  EXPECT_EQ(trace.DroppedCount(), refused);    // keeps counting after truncation
  EXPECT_EQ(accepted + refused, 10'000u);
  EXPECT_GT(accepted, (kCap - Trace::kHeadroomBytes) / sizeof(Event) - 32);  // the cap is used, not wasted
}

TEST(TraceTest, ATruncatedTraceStillEndsWithRunEnded) {
  constexpr std::size_t kCap = 4096;
  Trace trace(TraceLimits{kCap});
  for (uint32_t i = 0; i < 1000; ++i) trace.Append(MakeEvent(i, EventKind::IdleEnd));
  ASSERT_TRUE(trace.Truncated());
  const std::string message(2000, 'x');  // longer than the reserved message room: cut, not refused
  EXPECT_TRUE(trace.Finish(5000, RunEndReason::TimedOut, message, 3));
  EXPECT_FALSE(trace.Finish(5001, RunEndReason::Completed, "", 0)) << "RunEnded is written once";
  EXPECT_FALSE(trace.Append(MakeEvent(5002, EventKind::IdleEnd))) << "nothing follows RunEnded";
  const uint64_t count = trace.PublishedCount();
  const Event& last = trace.At(count - 1);
  EXPECT_EQ(last.Kind(), EventKind::RunEnded);
  EXPECT_EQ(last.aux, static_cast<uint8_t>(RunEndReason::TimedOut));
  EXPECT_EQ(last.b, 3u);
  EXPECT_EQ(trace.String(last.a), message.substr(0, Trace::kFinalMessageBytes));
  EXPECT_EQ(trace.At(count - 2).Kind(), EventKind::TraceTruncated);
  EXPECT_LE(trace.MemoryBytes(), kCap);
}

TEST(TraceTest, TruncationNeverSplitsAnEventFromItsDetail) {
  for (std::size_t cap = 200; cap < 400; cap += 8) {
    Trace trace(TraceLimits{cap});
    for (uint32_t i = 0; i < 100; ++i) {
      const bool accepted = trace.Append(MakeEvent(i, EventKind::TimerInstalled, 0, i + 1, 0));
      const bool detail_accepted = trace.Append(MakeEvent(i, EventKind::Detail, 0, 100, 0));
      ASSERT_EQ(accepted, detail_accepted) << "cap " << cap << " event " << i;
    }
    const uint64_t count = trace.PublishedCount();
    ASSERT_GE(count, 1u);
    EXPECT_EQ(trace.At(count - 1).Kind(), EventKind::TraceTruncated);
    EXPECT_EQ((count - 1) % 2, 0u) << "cap " << cap;
    EXPECT_LE(trace.MemoryBytes(), cap);
  }
}

TEST(TraceTest, StringsCountAgainstTheCapAndTriggerTruncation) {
  constexpr std::size_t kCap = 4096;
  Trace trace(TraceLimits{kCap});
  ASSERT_TRUE(trace.Append(MakeEvent(0, EventKind::RunStarted)));
  const std::string big(3000, 'a');
  const uint32_t big_id = trace.InternString(big);
  ASSERT_NE(big_id, 0u);
  EXPECT_EQ(trace.String(big_id), big);
  // This one does not fit: it reads as "" and the next event truncates the trace.
  EXPECT_EQ(trace.InternString(std::string(2000, 'b')), 0u);
  EXPECT_FALSE(trace.Append(MakeEvent(1, EventKind::ConsoleOutput, 0, 0, 0)));
  EXPECT_TRUE(trace.Truncated());
  EXPECT_EQ(trace.PublishedCount(), 2u);
  EXPECT_EQ(trace.At(1).Kind(), EventKind::TraceTruncated);
  EXPECT_LE(trace.MemoryBytes(), kCap);
  EXPECT_EQ(trace.InternString("more"), 0u);  // nothing is stored once truncated
  EXPECT_FALSE(trace.Append(MakeEvent(2, EventKind::RunEnded)));
  EXPECT_EQ(trace.DroppedCount(), 2u);
}

TEST(TraceTest, TinyCapStillRecordsTheTruncation) {
  Trace trace(TraceLimits{0});
  EXPECT_FALSE(trace.Append(MakeEvent(5, EventKind::RunStarted)));
  ASSERT_EQ(trace.PublishedCount(), 1u);
  EXPECT_EQ(trace.At(0).Kind(), EventKind::TraceTruncated);
  EXPECT_TRUE(trace.Truncated());
}

TEST(TraceTest, MemoryBytesCountsEventsStringsAndFunctions) {
  Trace trace;
  const std::size_t empty = trace.MemoryBytes();
  trace.InternString("abcd");
  trace.AddFunction({1, 1, 1});
  trace.Append(MakeEvent(0, EventKind::RunStarted));
  EXPECT_EQ(trace.MemoryBytes(), empty + 4 + 16 + sizeof(FunctionInfo) + sizeof(Event));
}

TEST(EventTest, NamesAreStableAndOutOfRangeIsUnknown) {
  EXPECT_EQ(EventKindName(EventKind::Detail), "Detail");
  EXPECT_EQ(EventKindName(EventKind::TaskEnqueued), "TaskEnqueued");
  EXPECT_EQ(EventKindName(EventKind::UncaughtError), "UncaughtError");
  EXPECT_EQ(EventKindName(EventKind::Count), "Unknown");
  EXPECT_EQ(TaskSourceName(TaskSource::Timer), "Timer");
  EXPECT_EQ(TaskSourceName(TaskSource::Close), "Close");
  EXPECT_EQ(MicrotaskSourceName(MicrotaskSource::ResolveThenable), "ResolveThenable");
  EXPECT_EQ(ConsoleLevelName(ConsoleLevel::Warn), "Warn");
  EXPECT_EQ(LoopPhaseName(LoopPhase::Check), "Check");
  EXPECT_EQ(RunEndReasonName(RunEndReason::SyntaxError), "SyntaxError");
  EXPECT_EQ(ConsoleLevelName(static_cast<ConsoleLevel>(200)), "Unknown");
  EXPECT_EQ(MakeEvent(uint64_t{1} << 50, EventKind::IdleEnd).time_ns, kMaxEventTimeNs);
}

}  // namespace
}  // namespace loopscope
