#include "runtime/io/CommandQueue.h"

namespace loopscope {

void CommandQueue::Push(RunCommand command) {
  {
    std::lock_guard lock(m_mutex);
    m_commands.push_back(std::move(command));
  }
  m_waker.Wake();
}

std::vector<RunCommand> CommandQueue::TakeAll() {
  m_waker.Drain();
  std::lock_guard lock(m_mutex);
  std::vector<RunCommand> taken(std::make_move_iterator(m_commands.begin()), std::make_move_iterator(m_commands.end()));
  m_commands.clear();
  return taken;
}

}  // namespace loopscope
