// Customer feedback in the file (table feedback, schema 7).

#include "store.h"

namespace cx {

// Placeholder until the file's feedback table exists.
Error Store::putFeedback(const Feedback& f)
{
    Q_UNUSED(f);
    return {ErrorCode::InvalidArgument, QStringLiteral("not yet")};
}

Error Store::deleteFeedback(Id id)
{
    Q_UNUSED(id);
    return {ErrorCode::InvalidArgument, QStringLiteral("not yet")};
}

} // namespace cx
