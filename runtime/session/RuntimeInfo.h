// RuntimeInfo.h — versions of what the runtime embeds, for --version and the About box.
// V8-free; any thread.
#pragma once

#include <string>

namespace loopscope {

std::string V8Version();    // e.g. "10.2.154.26-node.36"
std::string NodeVersion();  // the embedded Node.js (libnode), e.g. "18.20.4"

}  // namespace loopscope
