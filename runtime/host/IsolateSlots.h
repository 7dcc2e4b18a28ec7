// IsolateSlots.h — which v8::Isolate::GetData slot holds which runtime-thread object.
#pragma once

#include <cstdint>

namespace loopscope {

inline constexpr uint32_t kMicrotaskTrackerSlot = 0;  // MicrotaskTracker*
inline constexpr uint32_t kBrowserHostSlot = 1;       // BrowserHost*

}  // namespace loopscope
