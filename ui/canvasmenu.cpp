#include "canvasmenu.h"

#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "model/document.h"
#include "uitext.h"
#include "workshop/impactbar.h"
#include "workshop/votingpanel.h"

#include <QAction>
#include <QGraphicsItem>
#include <QMenu>

namespace cx {

void showCanvasMenu(MainWindow& window, const QPoint& viewportPos)
{
    Document* doc = window.document();
    if (!doc || !window.journey())
        return;
    canvas::JourneyScene* scene = window.scene();
    canvas::JourneyView* view = window.view();
    const QPointF scenePos = view->mapToScene(viewportPos);
    Id card = 0;
    for (QGraphicsItem* item : scene->items(scenePos)) {
        if (const auto* c = qgraphicsitem_cast<const canvas::CardItem*>(item)) {
            card = c->cardId();
            break;
        }
    }
    // The card under the pointer joins the selection, or becomes it.
    if (card && !scene->selectedCardIds().contains(card))
        scene->selectCards({card});
    const auto [stage, lane] = scene->cellAt(scenePos);
    QMenu menu(&window);
    menu.setObjectName(QStringLiteral("canvasMenu"));
    QAction* vote = window.action(QStringLiteral("vote"));
    if (card) {
        const Participant* voter = doc->participant(window.votingPanel()->currentParticipant());
        const QString name = doc->isShared() ? doc->user() : voter ? voter->name : QString();
        vote->setText(name.isEmpty() ? MainActions::tr("&Vote for Card")
                                     : MainActions::tr("&Vote as %1").arg(menuText(name)));
        menu.addAction(vote);
        menu.addAction(window.action(QStringLiteral("unvote")));
        menu.addSeparator();
        menu.addAction(window.action(QStringLiteral("comment")));
        // The card right-clicked, even inside a larger selection.
        const QAction* impact = window.action(QStringLiteral("showImpact"));
        menu.addAction(impact->text() + QLatin1Char('\t') +
                           impact->shortcut().toString(QKeySequence::NativeText),
                       &window, [&window, card] { window.impactBar()->showFor(card); });
        menu.addSeparator();
        for (const char* name : {"cut", "copy", "duplicate", "delete"})
            menu.addAction(window.action(QString::fromLatin1(name)));
    } else if (stage && lane && !doc->isReadOnly()) {
        menu.addAction(MainActions::tr("&Add Card Here"), &window,
                       [view, stage = stage, lane = lane] {
                           view->setFocus();
                           view->beginNewCard(stage, lane);
                       });
        menu.addAction(window.action(QStringLiteral("paste")));
    } else {
        menu.addAction(window.action(QStringLiteral("paste")));
    }
    menu.exec(view->viewport()->mapToGlobal(viewportPos));
    vote->setText(MainActions::tr("&Vote for Card"));
}

} // namespace cx
