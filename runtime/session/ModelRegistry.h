// ModelRegistry.h — which EventLoopModel runs a run: RunOptions::model picks it.
// Runtime thread (the model is made where it will run). Internal to the session layer.
#pragma once

#include <memory>

#include "runtime/models/EventLoopModel.h"

namespace loopscope {

std::unique_ptr<EventLoopModel> CreateModel(LoopModel model, RunEnvironment environment);

}  // namespace loopscope
