#include "ui/playback/Playback.h"

#include <algorithm>

namespace loopscope::ui {

const char* PlaybackSpeedName(PlaybackSpeed speed) {
  switch (speed) {
    case PlaybackSpeed::Live: return "Live";
    case PlaybackSpeed::RealTime: return "1× time";
    case PlaybackSpeed::Tenth: return "0.1× time";
    case PlaybackSpeed::Hundredth: return "0.01× time";
    case PlaybackSpeed::Thousandth: return "0.001× time";
    case PlaybackSpeed::EightStepsPerSecond: return "8 steps/s";
    case PlaybackSpeed::ThreeStepsPerSecond: return "3 steps/s";
    case PlaybackSpeed::OneStepPerSecond: return "1 step/s";
    default: return "";
  }
}

namespace {
double TimeFactor(PlaybackSpeed speed) {
  switch (speed) {
    case PlaybackSpeed::RealTime: return 1.0;
    case PlaybackSpeed::Tenth: return 0.1;
    case PlaybackSpeed::Hundredth: return 0.01;
    case PlaybackSpeed::Thousandth: return 0.001;
    default: return 0.0;
  }
}
double StepsPerSecond(PlaybackSpeed speed) {
  switch (speed) {
    case PlaybackSpeed::EightStepsPerSecond: return 8.0;
    case PlaybackSpeed::ThreeStepsPerSecond: return 3.0;
    case PlaybackSpeed::OneStepPerSecond: return 1.0;
    default: return 0.0;
  }
}
}  // namespace

std::function<bool(const Event&)> StepPredicate(StepKind kind) {
  switch (kind) {
    case StepKind::Task: return [](const Event& e) { return e.Kind() == EventKind::TaskStarted; };
    case StepKind::Microtask: return [](const Event& e) { return e.Kind() == EventKind::MicrotaskStarted; };
    case StepKind::Event: break;
  }
  return [](const Event&) { return true; };
}

void Playback::Reset() {
  m_cursor = 0;
  m_playing = true;
  m_playhead_ns = 0;
  m_step_credit = 0;
}

void Playback::SetSpeed(PlaybackSpeed speed) {
  m_speed = speed;
  m_step_credit = 0;
}

uint64_t Playback::TimeBefore(uint64_t cursor, const ReplayModel& model) const {
  if (cursor == 0 || model.EventCount() == 0) return 0;
  const uint64_t i = std::min(cursor, model.EventCount()) - 1;
  return model.GetTrace().At(i).time_ns;
}

uint64_t Playback::SkipDetails(uint64_t cursor, const ReplayModel& model) const {
  const uint64_t count = model.EventCount();
  while (cursor < count && model.GetTrace().At(cursor).Kind() == EventKind::Detail) ++cursor;
  return std::min(cursor, count);
}

void Playback::Seek(uint64_t cursor, const ReplayModel& model) {
  m_cursor = SkipDetails(std::min(cursor, model.EventCount()), model);
  m_playhead_ns = static_cast<double>(TimeBefore(m_cursor, model));
  if (m_speed == PlaybackSpeed::Live) m_speed = kDefaultSpeed;
  m_step_credit = 0;
}

bool Playback::Step(StepKind kind, Direction direction, const ReplayModel& model) {
  m_playing = false;
  if (m_speed == PlaybackSpeed::Live) m_speed = kDefaultSpeed;
  std::optional<uint64_t> next = direction == Direction::Forward ? model.NextIndexWhere(m_cursor, StepPredicate(kind))
                                                                 : model.PrevIndexWhere(m_cursor, StepPredicate(kind));
  if (!next && direction == Direction::Backward && m_cursor > 0) next = 0;  // back to the very start
  if (!next) return false;
  m_cursor = *next;
  m_playhead_ns = static_cast<double>(TimeBefore(m_cursor, model));
  return true;
}

void Playback::Tick(double dt_seconds, const ReplayModel& model) {
  const uint64_t count = model.EventCount();
  if (m_cursor > count) m_cursor = count;
  if (!m_playing) return;
  if (m_speed == PlaybackSpeed::Live) {
    m_cursor = count;
    m_playhead_ns = static_cast<double>(TimeBefore(m_cursor, model));
    return;
  }
  if (const double factor = TimeFactor(m_speed); factor > 0) {
    const double last_ns = static_cast<double>(TimeBefore(count, model));
    m_playhead_ns = std::min(m_playhead_ns + dt_seconds * factor * 1e9, last_ns);
    const Trace& trace = model.GetTrace();
    while (m_cursor < count && static_cast<double>(trace.At(m_cursor).time_ns) <= m_playhead_ns) ++m_cursor;
    m_cursor = SkipDetails(m_cursor, model);
    return;
  }
  m_step_credit = std::min(m_step_credit + dt_seconds * StepsPerSecond(m_speed), static_cast<double>(kMaxStepsPerTick));
  while (m_step_credit >= 1.0) {
    const auto next = model.NextIndexWhere(m_cursor, StepPredicate(StepKind::Event));
    if (!next) {
      m_step_credit = 0;  // caught up with the recording: do not bank steps
      break;
    }
    m_cursor = *next;
    m_step_credit -= 1.0;
  }
  m_playhead_ns = static_cast<double>(TimeBefore(m_cursor, model));
}

}  // namespace loopscope::ui
