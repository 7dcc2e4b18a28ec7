#include "runtime/session/ModelRegistry.h"

#include "runtime/models/browser/BrowserModel.h"

namespace loopscope {

std::unique_ptr<EventLoopModel> CreateModel(LoopModel model, RunEnvironment environment) {
  switch (model) {
    case LoopModel::Browser: return std::make_unique<BrowserModel>(environment);
    case LoopModel::Node: break;
  }
  return std::make_unique<BrowserModel>(environment);
}

}  // namespace loopscope
