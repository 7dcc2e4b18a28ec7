// Playback.h — the playback cursor: where in the trace the panels are looking, and how it moves.
//
// Execution and playback are separate (DESIGN.md "Time"): the script runs at full speed into the
// trace; this decides which prefix of the trace the panels show. The cursor c means "the state
// after events [0, c)" (ReplayModel's convention), so 0 is before anything happened and
// EventCount() is everything recorded so far. The cursor never rests between an event and its
// Detail.
//
// Speeds come in three families:
//   Live                      the cursor follows the end of the trace while the runtime records;
//   1× … 0.001× (trace time)  a playhead advances through trace time at that rate (idle gaps take
//                             their real length at 1×), and the cursor follows it;
//   N steps/s (events)        the cursor advances by one event N times a second — the pace for
//                             watching a puzzle resolve, whatever its timestamps.
// Pure: no ImGui; UI thread only.
#pragma once

#include <cstdint>
#include <functional>

#include "runtime/replay/ReplayModel.h"

namespace loopscope::ui {

enum class PlaybackSpeed : uint8_t {
  Live,
  RealTime,          // 1×
  Tenth,             // 0.1×
  Hundredth,         // 0.01×
  Thousandth,        // 0.001×
  EightStepsPerSecond,
  ThreeStepsPerSecond,
  OneStepPerSecond,
  Count
};
const char* PlaybackSpeedName(PlaybackSpeed speed);

// What Step / Step back jump to.
enum class StepKind : uint8_t { Event, Task, Microtask };
enum class Direction : uint8_t { Forward, Backward };

class Playback {
 public:
  static constexpr PlaybackSpeed kDefaultSpeed = PlaybackSpeed::ThreeStepsPerSecond;
  // At most this many events per frame in the steps/s family (a long frame must not skip a lot).
  static constexpr int kMaxStepsPerTick = 4;

  // A new run: cursor at 0, playing at the current speed.
  void Reset();
  void Play() { m_playing = true; }
  void Pause() { m_playing = false; }
  bool Playing() const { return m_playing; }
  void SetSpeed(PlaybackSpeed speed);
  PlaybackSpeed Speed() const { return m_speed; }

  // Moves the cursor (a scrub, a click on the timeline). Leaves Live mode for the nearest
  // trace-time or step speed so that the cursor stays where it was put.
  void Seek(uint64_t cursor, const ReplayModel& model);
  // One step; pauses playback. Returns false if there was nothing to step to.
  bool Step(StepKind kind, Direction direction, const ReplayModel& model);
  // Advances by `dt_seconds` of wall time.
  void Tick(double dt_seconds, const ReplayModel& model);

  uint64_t Cursor() const { return m_cursor; }
  bool AtEnd(const ReplayModel& model) const { return m_cursor >= model.EventCount(); }

 private:
  uint64_t TimeBefore(uint64_t cursor, const ReplayModel& model) const;
  uint64_t SkipDetails(uint64_t cursor, const ReplayModel& model) const;

  uint64_t m_cursor = 0;
  bool m_playing = true;
  PlaybackSpeed m_speed = kDefaultSpeed;
  double m_playhead_ns = 0;   // trace-time family
  double m_step_credit = 0;   // steps/s family: fractional steps owed
};

// The predicate a StepKind stops at.
std::function<bool(const Event&)> StepPredicate(StepKind kind);

}  // namespace loopscope::ui
