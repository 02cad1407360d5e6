#include "feedbackdrop.h"

#include "carditem.h"
#include "journeyscene.h"
#include "journeyview.h"

#include "commands/edit.h"
#include "model/document.h"
#include "panels/feedbackmime.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QGraphicsItem>

namespace cx::canvas {

FeedbackDrop::FeedbackDrop(JourneyView* view)
    : QObject(view), m_view(view), m_viewport(view->viewport())
{
    view->viewport()->setAcceptDrops(true);
    view->viewport()->installEventFilter(this);
}

Id FeedbackDrop::cardAt(const QPoint& viewportPos) const
{
    const QPointF scenePos = m_view->mapToScene(viewportPos);
    for (QGraphicsItem* item : m_view->scene()->items(scenePos)) {
        for (QGraphicsItem* i = item; i; i = i->parentItem()) {
            if (auto* card = qgraphicsitem_cast<CardItem*>(i))
                return card->cardId();
        }
    }
    return 0;
}

std::pair<QList<Id>, Id> FeedbackDrop::target(const QDropEvent* event) const
{
    Document* doc = m_view->journeyScene()->document();
    if (!doc || doc->isReadOnly())
        return {};
    const QList<Id> ids = feedbackmime::decode(event->mimeData(), doc);
    if (ids.isEmpty())
        return {};
    return {ids, cardAt(event->position().toPoint())};
}

bool FeedbackDrop::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_viewport)
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* e = static_cast<QDragMoveEvent*>(event);
        if (!e->mimeData()->hasFormat(feedbackmime::type()))
            return false;
        const auto [ids, card] = target(e);
        // Entering is accepted so that moves over the cards follow.
        if (!ids.isEmpty() && (card || event->type() == QEvent::DragEnter)) {
            e->setDropAction(Qt::MoveAction);
            e->accept();
        } else {
            e->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto* e = static_cast<QDropEvent*>(event);
        if (!e->mimeData()->hasFormat(feedbackmime::type()))
            return false;
        const auto [ids, card] = target(e);
        if (ids.isEmpty() || !card) {
            e->ignore();
            return true;
        }
        e->setDropAction(Qt::MoveAction);
        e->accept();
        if (const Error err = edit::moveFeedback(*m_view->journeyScene()->document(), ids, card))
            emit m_view->editFailed(err);
        return true;
    }
    default:
        return false;
    }
}

} // namespace cx::canvas
