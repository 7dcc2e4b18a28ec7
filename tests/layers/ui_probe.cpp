// ui_probe.cpp — compiled with exactly the usage requirements a ui/ file gets (it links
// loopscope_ui), by the layers.* tests: it must compile as it is, and must NOT compile once it
// includes <v8.h> (LOOPSCOPE_PROBE_V8) or an engine header (LOOPSCOPE_PROBE_ENGINE). That is the
// rule "ui cannot include v8.h", checked by the compiler rather than by a grep.
#include "runtime/replay/ReplayModel.h"
#include "runtime/session/RunSession.h"
#ifdef LOOPSCOPE_PROBE_V8
#include <v8.h>
#endif
#ifdef LOOPSCOPE_PROBE_ENGINE
#include "runtime/engine/Engine.h"
#endif

int LoopscopeUiProbe() { return sizeof(loopscope::RunOptions) > 0 ? 0 : 1; }
