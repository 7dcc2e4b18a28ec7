#include "runtime/session/ModelRegistry.h"

#include "runtime/models/browser/BrowserModel.h"
#include "runtime/models/node/NodeModel.h"

namespace loopscope {

std::unique_ptr<EventLoopModel> CreateModel(LoopModel model, RunEnvironment environment) {
  switch (model) {
    case LoopModel::Browser: return std::make_unique<BrowserModel>(environment);
    case LoopModel::Node: return std::make_unique<NodeModel>(environment);
  }
  return std::make_unique<BrowserModel>(environment);
}

}  // namespace loopscope
