#include "canvasmenu.h"

#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "canvas/linkitem.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "mapeditor.h"
#include "model/document.h"
#include "model/linkrules.h"
#include "model/shorttext.h"
#include "panels/linkeditor.h"
#include "uitext.h"
#include "workshop/impactbar.h"
#include "workshop/votingpanel.h"

#include <QAction>
#include <QGraphicsItem>
#include <QMenu>

namespace cx {

namespace {

// A link's own menu: its type, label, direction; delete.
void showLinkMenu(MainWindow& window, Id linkId, const QPoint& viewportPos)
{
    Document* doc = window.document();
    canvas::JourneyView* view = window.view();
    window.scene()->selectLink(linkId);
    const Link* l = doc->link(linkId);
    if (!l)
        return;
    MapEditor* editor = window.editor();
    const bool editable = doc->linkRefusal(linkId).isEmpty();
    QMenu menu(&window);
    menu.setObjectName(QStringLiteral("linkMenu"));
    const Card* from = doc->card(l->fromCardId);
    const Card* to = doc->card(l->toCardId);
    menu.addSection(linkPhrase(l->type,
                               inQuotes(menuText(shortened(from ? from->title : QString()))),
                               inQuotes(menuText(shortened(to ? to->title : QString())))));
    QMenu* type = menu.addMenu(MainActions::tr("&Type"));
    type->setObjectName(QStringLiteral("linkTypeMenu"));
    type->setEnabled(editable);
    const QStringList words = LinkEditor::typeWords();
    for (int i = 0; i < words.size(); ++i) {
        QAction* a = type->addAction(
            words[i], editor, [editor, linkId, i] { editor->retypeLink(linkId, LinkType(i)); });
        a->setCheckable(true);
        a->setChecked(int(l->type) == i);
    }
    menu.addAction(MainActions::tr("Edit &Label…"), editor,
                   [editor, linkId] { editor->relabelLink(linkId); })
        ->setEnabled(editable);
    menu.addAction(MainActions::tr("&Reverse Direction"), editor,
                   [editor, linkId] { editor->reverseLink(linkId); })
        ->setEnabled(editable);
    menu.addSeparator();
    QAction* del = window.action(QStringLiteral("delete"));
    menu.addAction(MainActions::tr("&Delete Link") + QLatin1Char('\t') +
                       del->shortcut().toString(QKeySequence::NativeText),
                   editor, [editor, linkId] { editor->deleteLinks({linkId}); })
        ->setEnabled(editable);
    menu.exec(view->viewport()->mapToGlobal(viewportPos));
}

} // namespace

void showCanvasMenu(MainWindow& window, const QPoint& viewportPos)
{
    Document* doc = window.document();
    if (!doc || !window.journey())
        return;
    canvas::JourneyScene* scene = window.scene();
    canvas::JourneyView* view = window.view();
    const QPointF scenePos = view->mapToScene(viewportPos);
    Id card = 0;
    Id link = 0;
    for (QGraphicsItem* item : scene->items(scenePos)) {
        if (const auto* c = qgraphicsitem_cast<const canvas::CardItem*>(item)) {
            card = c->cardId();
            break;
        }
        if (const auto* l = qgraphicsitem_cast<const canvas::LinkItem*>(item); l && !link)
            link = l->linkId();
    }
    if (!card && link)
        return showLinkMenu(window, link, viewportPos);
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
        menu.addAction(window.action(QStringLiteral("addFeedback")));
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
