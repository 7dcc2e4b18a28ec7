#include "runtime/session/RuntimeInfo.h"

#include <node_version.h>

#include "runtime/v8/V8Platform.h"

namespace loopscope {

std::string V8Version() { return std::string(V8VersionString()); }

std::string NodeVersion() { return NODE_VERSION_STRING; }

}  // namespace loopscope
