#pragma once

// Feedback dropped on a card: items dragged from the Feedback panel
// (panels/feedbackmime.h) onto a card on the canvas are put on that card, one
// undo step (edit::moveFeedback). An event filter on the view's viewport: the
// drag is accepted only over a card of a map that may keep feedback; a refused
// move is reported through the view's editFailed signal.

#include "model/types.h"

#include <QObject>

class QDropEvent;
class QWidget;

namespace cx::canvas {

class JourneyView;

class FeedbackDrop : public QObject
{
    Q_OBJECT

public:
    // Watches view's viewport; a child of the view.
    explicit FeedbackDrop(JourneyView* view);

    // The card under a viewport position (0: none).
    Id cardAt(const QPoint& viewportPos) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The items the drop carries and the card under it, when it may land.
    std::pair<QList<Id>, Id> target(const QDropEvent* event) const;

    JourneyView* m_view;
    // Compared by address only: the filter also sees the view's own events
    // while it is being destroyed, when it can no longer be asked anything.
    QWidget* m_viewport;
};

} // namespace cx::canvas
