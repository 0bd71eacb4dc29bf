// The default incremental session of a NextTokenModel.
#include "NextTokenModel.h"

#include "RecomputingSession.h"

namespace lengua {

std::unique_ptr<NextTokenSession> NextTokenModel::startSession() const
{
    return std::make_unique<RecomputingSession>(*this);
}

} // namespace lengua
