// ReplayStructuresTest — the indexed structures behind ReplayState (IdList, CallStack) give the
// same contents in the same order as the plain vector searches they replaced, under random
// interleavings long enough to compact; and a replay of many timers seeks backwards and forwards
// to identical states. Correctness only: the cost is measured by tests/bench/ReplayBench.cpp.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <random>
#include <vector>

#include "runtime/replay/CallStack.h"
#include "runtime/replay/IdList.h"
#include "runtime/replay/ReplayModel.h"
#include "runtime/replay/ReplayState.h"
#include "runtime/trace/Trace.h"

namespace loopscope {
namespace {

struct Item {
  uint32_t id;
  uint32_t payload;
  bool operator==(const Item&) const = default;
};
using ItemList = IdList<Item, &Item::id>;

template <typename List>
std::vector<typename List::value_type> Entries(const List& list) {
  return {list.begin(), list.end()};
}

// The reference: a vector searched from the front, as ReplayState did before.
struct ReferenceList {
  std::vector<Item> items;
  bool RemoveFirst(uint32_t id) {
    auto found = std::find_if(items.begin(), items.end(), [id](const Item& item) { return item.id == id; });
    if (found == items.end()) return false;
    items.erase(found);
    return true;
  }
  std::size_t RemoveAll(uint32_t id) {
    return std::erase_if(items, [id](const Item& item) { return item.id == id; });
  }
};

void ExpectSame(const ItemList& list, const ReferenceList& reference) {
  ASSERT_EQ(list.size(), reference.items.size());
  ASSERT_EQ(list.empty(), reference.items.empty());
  ASSERT_EQ(Entries(list), reference.items);
  if (!reference.items.empty()) {
    EXPECT_EQ(list.front(), reference.items.front());
    EXPECT_EQ(list.back(), reference.items.back());
  }
}

TEST(IdListTest, RandomInterleavingMatchesAVectorIncludingDuplicatesCopiesAndCompaction) {
  std::mt19937 random(7);
  ItemList list;
  ReferenceList reference;
  uint32_t next_id = 1;
  uint32_t payload = 0;
  for (int step = 0; step < 20000; ++step) {
    const int choice = static_cast<int>(random() % 100);
    if (choice < 45) {
      // Mostly fresh ids; sometimes a duplicate of a recent one (a damaged trace).
      const uint32_t id = (choice < 5 && next_id > 1) ? next_id - 1 - random() % std::min<uint32_t>(next_id - 1, 8) : next_id++;
      list.PushBack(Item{id, payload});
      reference.items.push_back(Item{id, payload});
      ++payload;
    } else if (choice < 80) {
      // Often the front (FIFO), otherwise anywhere, sometimes an id that is not there.
      const uint32_t id = !reference.items.empty() && choice < 60 ? reference.items.front().id : 1 + random() % (next_id + 4);
      ASSERT_EQ(list.RemoveFirst(id), reference.RemoveFirst(id));
    } else if (choice < 97) {
      const uint32_t id = 1 + random() % (next_id + 4);
      ASSERT_EQ(list.RemoveAll(id), reference.RemoveAll(id));
    } else {
      // A copy (a keyframe) carries no index; it must behave the same from here on.
      ItemList copy = list;
      ASSERT_TRUE(copy == list);
      list = copy;
    }
    ExpectSame(list, reference);
  }
}

TEST(IdListTest, BackIsTheNewestLiveEntryAfterRemovalsAtTheBack) {
  ItemList list;
  for (uint32_t id = 1; id <= 200; ++id) list.PushBack(Item{id, 0});
  for (uint32_t id = 200; id > 100; --id) ASSERT_TRUE(list.RemoveFirst(id));
  EXPECT_EQ(list.back().id, 100u);
  list.back().payload = 5;  // completing the newest entry (a TimerInstalled's Detail)
  EXPECT_EQ(Entries(list).back(), (Item{100, 5}));
  for (uint32_t id = 1; id < 100; ++id) ASSERT_TRUE(list.RemoveFirst(id));
  EXPECT_EQ(list.front().id, 100u);
  EXPECT_EQ(list.size(), 1u);
  ASSERT_TRUE(list.RemoveFirst(100));
  EXPECT_TRUE(list.empty());
  EXPECT_EQ(list.begin(), list.end());
}

TEST(IdListTest, EqualityComparesEntriesNotLayout) {
  ItemList with_tombstones, plain;
  for (uint32_t id = 1; id <= 300; ++id) with_tombstones.PushBack(Item{id, id});
  for (uint32_t id = 1; id <= 300; id += 2) with_tombstones.RemoveFirst(id);
  for (uint32_t id = 2; id <= 300; id += 2) plain.PushBack(Item{id, id});
  EXPECT_TRUE(with_tombstones == plain);
  plain.RemoveFirst(300);
  EXPECT_FALSE(with_tombstones == plain);
}

// ---- CallStack against the linear search it replaced --------------------------------------------

void ReferencePopTo(std::vector<StackFrame>& stack, uint32_t function_id) {
  for (auto frame = stack.rbegin(); frame != stack.rend(); ++frame) {
    if (frame->function_id == function_id) {
      stack.erase(std::next(frame).base(), stack.end());
      return;
    }
  }
}

TEST(CallStackTest, RandomPushesAndExitsMatchTheLinearSearch) {
  std::mt19937 random(11);
  CallStack stack;
  std::vector<StackFrame> reference;
  for (uint64_t event = 0; event < 20000; ++event) {
    const uint32_t function_id = 1 + random() % 12;
    if (random() % 100 < 55) {
      stack.Push(StackFrame{function_id, event});
      reference.push_back(StackFrame{function_id, event});
    } else {
      const bool on_stack = std::any_of(reference.begin(), reference.end(),
                                        [&](const StackFrame& frame) { return frame.function_id == function_id; });
      ASSERT_EQ(stack.PopTo(function_id), on_stack);
      ReferencePopTo(reference, function_id);
    }
    if (random() % 10 == 0) {
      stack.SetTopLine(static_cast<uint32_t>(event));
      if (!reference.empty()) reference.back().line = static_cast<uint32_t>(event);
    }
    ASSERT_EQ(std::vector<StackFrame>(stack.begin(), stack.end()), reference);
  }
}

// ---- the fold, through ApplyEvent ------------------------------------------------------------------

class Fold {
 public:
  void Add(EventKind kind, uint8_t aux = 0, uint32_t a = 0, uint32_t b = 0) {
    ApplyEvent(state, MakeEvent(m_now++, kind, aux, a, b));
  }
  ReplayState state;

 private:
  uint64_t m_now = 0;
};

TEST(ReplayStructuresTest, UnmatchedExitsAreIgnoredWithoutDisturbingTheStack) {
  Fold fold;
  fold.Add(EventKind::FunctionEnter, 0, 1);
  fold.Add(EventKind::FunctionEnter, 0, 2);
  fold.Add(EventKind::SourceLine, 0, 42);
  const CallStack before = fold.state.stack;
  for (uint32_t i = 0; i < 100000; ++i) fold.Add(EventKind::FunctionExit, 0, 3 + i % 1000);
  EXPECT_TRUE(fold.state.stack == before);
  ASSERT_EQ(fold.state.stack.size(), 2u);
  EXPECT_EQ(fold.state.stack.back().line, 42u);
  fold.Add(EventKind::FunctionExit, 0, 1);  // matched below the top: pops both
  EXPECT_TRUE(fold.state.stack.empty());
}

TEST(ReplayStructuresTest, InterleavedTimersKeepTheOrderOfTheVectorFold) {
  // Timers installed, re-installed (intervals), cleared and fired in random order; the pending
  // list must be what a vector with erase-then-append gives.
  std::mt19937 random(3);
  Fold fold;
  std::vector<uint32_t> reference;
  uint32_t next_timer = 1;
  for (int step = 0; step < 20000; ++step) {
    const int choice = static_cast<int>(random() % 100);
    if (choice < 40 || reference.empty()) {
      const uint32_t id = next_timer++;
      fold.Add(EventKind::TimerInstalled, 0, id, 0);
      fold.Add(EventKind::Detail, 0, id % 50, 0);
      reference.push_back(id);
    } else {
      const uint32_t id = reference[random() % reference.size()];
      const auto kind = choice < 55 ? EventKind::TimerInstalled : choice < 75 ? EventKind::TimerCleared : EventKind::TimerFired;
      fold.Add(kind, 1, id, 0);
      std::erase(reference, id);
      if (kind == EventKind::TimerInstalled) reference.push_back(id);
    }
    std::vector<uint32_t> ids;
    for (const PendingTimer& timer : fold.state.timers) ids.push_back(timer.timer_id);
    ASSERT_EQ(ids, reference);
  }
}

TEST(ReplayStructuresTest, InterleavedTasksEnqueueAndRunById) {
  std::mt19937 random(5);
  Fold fold;
  std::vector<uint32_t> reference;
  uint32_t next_task = 1;
  for (int step = 0; step < 20000; ++step) {
    const int choice = static_cast<int>(random() % 100);
    if (choice < 50 || reference.empty()) {
      fold.Add(EventKind::TaskEnqueued, 0, next_task, 0);
      reference.push_back(next_task++);
    } else {
      // Usually the front, sometimes from the middle (another task source), sometimes a timer's
      // task cleared before it ran.
      const uint32_t id = choice < 80 ? reference.front() : reference[random() % reference.size()];
      if (choice < 92) {
        fold.Add(EventKind::TaskStarted, 0, id, 0);
        fold.Add(EventKind::TaskEnded, 0, id, 0);
      } else {
        fold.Add(EventKind::TimerCleared, 0, 0, id);
      }
      std::erase(reference, id);
    }
    std::vector<uint32_t> ids;
    for (const QueueEntry& entry : fold.state.task_queue) ids.push_back(entry.id);
    ASSERT_EQ(ids, reference);
    ASSERT_EQ(fold.state.task_queue.empty(), reference.empty());
    if (!reference.empty()) {
      ASSERT_EQ(fold.state.task_queue.front().id, reference.front());
    }
  }
}

TEST(ReplayStructuresTest, SeekingBackwardAndForwardGivesIdenticalStates) {
  // 6 000 timers installed, then fired and cleared: thousands of pending entries per keyframe.
  auto trace = std::make_shared<Trace>();
  uint64_t now = 0;
  auto add = [&](EventKind kind, uint8_t aux, uint32_t a, uint32_t b) { trace->Append(MakeEvent(now++, kind, aux, a, b)); };
  constexpr uint32_t kTimers = 6000;
  add(EventKind::RunStarted, 0, 0, 0);
  for (uint32_t id = 1; id <= kTimers; ++id) {
    add(EventKind::TimerInstalled, 0, id, 0);
    add(EventKind::Detail, 0, id % 100, 0);
  }
  for (uint32_t id = 1; id <= kTimers; ++id) {
    add(id % 3 == 0 ? EventKind::TimerCleared : EventKind::TimerFired, 0, id, 0);
    add(EventKind::FunctionExit, 0, id, 0);  // unmatched
  }
  ReplayModel model(trace);
  model.Sync();
  const uint64_t count = model.EventCount();
  std::mt19937 random(9);
  std::vector<uint64_t> cursors = {count, 0, count / 2, count / 2 - 1, count / 2 + 1, 1, count - 1};
  for (int i = 0; i < 40; ++i) cursors.push_back(random() % (count + 1));
  for (uint64_t cursor : cursors) {
    const ReplayState state = model.StateAt(cursor);
    ASSERT_EQ(state, FoldFromScratch(*trace, cursor)) << "at " << cursor;
    // A state reached from a keyframe keeps folding like the original.
    ReplayState moved = state;
    for (uint64_t index = cursor; index < std::min(count, cursor + 3000); ++index) ApplyEvent(moved, trace->At(index));
    ASSERT_EQ(moved, model.StateAt(std::min(count, cursor + 3000))) << "from " << cursor;
  }
}

}  // namespace
}  // namespace loopscope
