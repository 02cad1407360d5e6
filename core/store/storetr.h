#pragma once

// The translators' contexts of the stores' messages: the file store
// (cx::Store) and the team server (cx::TeamStore).

#include <QCoreApplication>

namespace cx {

struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Store)
};

struct TeamStoreTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::TeamStore)
};

} // namespace cx
