// ReplayFuzz.cpp — libFuzzer target: the replay model (runtime/replay/ReplayModel.h), the trace's
// one reader today, on traces built from the bytes (tests/fuzz/FuzzTrace.h: any kinds and
// operands in any order — an exit with no enter, a job that never ran, dangling ids —, small caps,
// thousands of events from a repeat op, and Sync calls while the producer is still appending).
//
// A trace from a file (a future reader or import) can hold any of that, so the model must fold
// it without crashing. Checks, from ReplayModel.h's contracts:
//   - incremental Sync (the sync ops, then a last Sync) ends in the same state as folding the
//     whole trace from scratch, and the model indexed every published event;
//   - StateAt(i) — a keyframe plus folding — equals FoldFromScratch(trace, i) at indices spread
//     over the trace, including keyframe boundaries;
//   - NextIndexWhere / PrevIndexWhere return a cursor r on the correct side of `from`, just after
//     a matching event (and its Details): a cursor is never between an event and its Detail.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>

#include "runtime/replay/ReplayModel.h"
#include "tests/fuzz/FuzzTrace.h"

namespace {

[[noreturn]] void Fail(const char* what, uint64_t index) {
  std::fprintf(stderr, "ReplayFuzz: %s (event index %llu)\n", what, static_cast<unsigned long long>(index));
  __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using loopscope::Event;
  using loopscope::EventKind;
  std::unique_ptr<loopscope::ReplayModel> model;  // made at the first sync op, as a UI would
  const loopscope::fuzz::BuiltTrace built =
      loopscope::fuzz::BuildTrace(data, size, [&](const std::shared_ptr<const loopscope::Trace>& trace) {
        if (!model) model = std::make_unique<loopscope::ReplayModel>(trace);
        model->Sync();
      });
  if (!model) model = std::make_unique<loopscope::ReplayModel>(built.trace);
  model->Sync();
  const loopscope::Trace& trace = *built.trace;
  const uint64_t count = trace.PublishedCount();
  if (model->EventCount() != count) Fail("Sync did not index every published event", count);
  if (!(model->LatestState() == loopscope::FoldFromScratch(trace, count))) Fail("LatestState differs from a fold", count);

  constexpr uint64_t kProbes = 16;
  for (uint64_t probe = 0; probe <= kProbes; ++probe) {
    const uint64_t index = count * probe / kProbes;
    if (!(model->StateAt(index) == loopscope::FoldFromScratch(trace, index))) Fail("StateAt differs from a fold", index);
    for (uint64_t near : {index, index + 1}) {  // around keyframes as well
      const uint64_t at = (near / loopscope::ReplayModel::kKeyframeInterval) * loopscope::ReplayModel::kKeyframeInterval;
      if (at <= count && !(model->StateAt(at) == loopscope::FoldFromScratch(trace, at))) Fail("StateAt differs at a keyframe", at);
    }
    const auto is_kind = [kind = probe % static_cast<uint64_t>(EventKind::Count)](const Event& event) {
      return static_cast<uint64_t>(event.kind) == kind;
    };
    // The event a returned cursor r stands after: r-1, or the event before its Detail(s).
    const auto matched = [&](uint64_t r) {
      uint64_t at = r - 1;
      while (at > 0 && trace.At(at).Kind() == EventKind::Detail) --at;
      return at;
    };
    if (std::optional<uint64_t> next = model->NextIndexWhere(index, is_kind)) {
      if (*next <= index || *next > count) Fail("NextIndexWhere moved the wrong way", *next);
      if (*next < count && trace.At(*next).Kind() == EventKind::Detail) Fail("NextIndexWhere stopped before a Detail", *next);
      if (!is_kind(trace.At(matched(*next)))) Fail("NextIndexWhere stopped after a non-matching event", *next);
    }
    if (std::optional<uint64_t> prev = model->PrevIndexWhere(index, is_kind)) {
      if (*prev >= index || *prev == 0) Fail("PrevIndexWhere moved the wrong way", *prev);
      if (*prev < count && trace.At(*prev).Kind() == EventKind::Detail) Fail("PrevIndexWhere stopped before a Detail", *prev);
      if (!is_kind(trace.At(matched(*prev)))) Fail("PrevIndexWhere stopped after a non-matching event", *prev);
    }
  }
  return 0;
}
