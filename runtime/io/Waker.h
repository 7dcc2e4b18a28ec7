// Waker.h — lets any thread wake the runtime thread's Poller: an eventfd that becomes readable.
//
// Threads: Wake() from any thread (async-signal-safe too); Fd() and Drain() on the thread that
// polls. Owns the file descriptor.
#pragma once

namespace loopscope {

class Waker {
 public:
  Waker();   // aborts the run's construction with std::system_error if no eventfd can be made
  ~Waker();
  Waker(const Waker&) = delete;
  Waker& operator=(const Waker&) = delete;

  int Fd() const { return m_fd; }  // readable while a wake is pending
  void Wake();                     // any thread: the next (or current) Poller::Wait returns
  void Drain();                    // the polling thread: consume pending wakes

 private:
  int m_fd = -1;
};

}  // namespace loopscope
