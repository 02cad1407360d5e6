#pragma once

// The questions asked before feedback is redacted or deleted (the Inspector's
// section and the Feedback dock ask the same): true when the user agreed.

#include <QCoreApplication>

class QWidget;

namespace cx {

class FeedbackAsk
{
    Q_DECLARE_TR_FUNCTIONS(cx::FeedbackAsk)

public:
    // Redacted words cannot be brought back once the map is closed: it says so.
    static bool redact(QWidget* parent, qsizetype items);
    static bool remove(QWidget* parent, qsizetype items);
};

} // namespace cx
