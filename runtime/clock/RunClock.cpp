#include "runtime/clock/RunClock.h"

namespace loopscope {

RunClock::RunClock(ClockMode mode)
    : m_mode(mode),
      m_start(SteadyClock::now()),
      m_epoch_millis_at_start(std::chrono::duration<double, std::milli>(
                                  std::chrono::system_clock::now().time_since_epoch())
                                  .count()) {}

uint64_t RunClock::RealElapsedNs() const {
  return static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(SteadyClock::now() - m_start).count());
}

uint64_t RunClock::ScriptNowNs() const {
  if (m_mode == ClockMode::Real) return RealElapsedNs();
  uint64_t flowing = m_flowing ? RealElapsedNs() - m_flow_started_ns : 0;
  return SaturatingAddNs(SaturatingAddNs(m_skipped_ns, m_flowed_ns), flowing);
}

uint64_t RunClock::TraceNowNs() const { return SaturatingAddNs(RealElapsedNs(), m_skipped_ns); }

double RunClock::EpochMillis() const { return m_epoch_millis_at_start + static_cast<double>(ScriptNowNs()) / 1e6; }

void RunClock::NoteScriptRead() {
  if (m_mode != ClockMode::SkipIdle || m_flowing) return;
  if (++m_reads_this_task >= kBusyWaitReads) {
    m_flowing = true;
    m_flow_started_ns = RealElapsedNs();
  }
}

void RunClock::NoteTaskEnded() {
  if (m_flowing) m_flowed_ns = SaturatingAddNs(m_flowed_ns, RealElapsedNs() - m_flow_started_ns);
  m_flowing = false;
  m_reads_this_task = 0;
}

uint64_t RunClock::SleepNeededNs(uint64_t target_ns) const {
  if (m_mode == ClockMode::SkipIdle) return 0;
  uint64_t now = ScriptNowNs();
  return target_ns > now ? target_ns - now : 0;
}

void RunClock::AdvanceTo(uint64_t target_ns) {
  if (m_mode != ClockMode::SkipIdle) return;
  uint64_t now = ScriptNowNs();
  if (target_ns > now) m_skipped_ns = SaturatingAddNs(m_skipped_ns, target_ns - now);
}

}  // namespace loopscope
