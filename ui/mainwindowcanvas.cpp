// What the canvas offers besides the menus. Dot voting: V votes for the
// selected cards as the participant chosen in the Voting panel, Shift+V takes
// a vote back, [ and ] switch participants, Journey > Voting > Reset Votes
// clears the journey's votes; single keys act only while the canvas has focus.
// The context menu: the card or cell under the pointer, and what can be done
// to it.

#include "mainwindow.h"

#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commands/edit.h"
#include "model/document.h"
#include "panels/inspector.h"
#include "uitext.h"
#include "workshop/votingpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QMenu>
#include <QStatusBar>

namespace cx {

void MainWindow::createVotingActions()
{
    QAction* vote =
        makeAction(QStringLiteral("vote"), tr("&Vote for Card"), QKeySequence(Qt::Key_V),
                   tr("Put a dot of the participant voting now on the selected card"));
    connect(vote, &QAction::triggered, this, [this] { voteOnSelection(+1); });
    canvasShortcut(vote);
    QAction* unvote = makeAction(
        QStringLiteral("unvote"), tr("&Take Vote Back"), QKeySequence(Qt::SHIFT | Qt::Key_V),
        tr("Take one of the voting participant's dots off the selected card"));
    connect(unvote, &QAction::triggered, this, [this] { voteOnSelection(-1); });
    canvasShortcut(unvote);
    QAction* next = makeAction(QStringLiteral("nextVoter"), tr("&Next Participant"),
                               QKeySequence(Qt::Key_BracketRight));
    connect(next, &QAction::triggered, this, [this] { m_voting->stepParticipant(+1); });
    canvasShortcut(next);
    QAction* previous = makeAction(QStringLiteral("previousVoter"), tr("&Previous Participant"),
                                   QKeySequence(Qt::Key_BracketLeft));
    connect(previous, &QAction::triggered, this, [this] { m_voting->stepParticipant(-1); });
    canvasShortcut(previous);
    QAction* comment = makeAction(QStringLiteral("comment"), tr("&Comment on Card"),
                                  QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M),
                                  tr("Write a comment on the selected card in the Inspector"));
    connect(comment, &QAction::triggered, this, [this] {
        if (!m_doc || !ensureWritable() || m_scene->selectedCardIds().size() != 1)
            return;
        if (auto* dock = qobject_cast<QDockWidget*>(m_inspector->parentWidget())) {
            dock->show();
            dock->raise();
        }
        m_inspector->focusNewComment();
    });
    connect(m_inspector, &Inspector::commentFinished, this,
            [this] { m_view->setFocus(Qt::OtherFocusReason); });
    QAction* reset = makeAction(QStringLiteral("resetVotes"), tr("&Reset Votes"), {},
                                tr("Clear every vote on this journey (Undo brings them back)"));
    connect(reset, &QAction::triggered, this, [this] {
        if (!m_doc || !ensureWritable())
            return;
        if (const Error err = edit::resetVotes(*m_doc, m_journey))
            showEditError(err);
        else
            statusBar()->showMessage(tr("Votes reset: Undo brings them back"), 5000);
    });
}

void MainWindow::voteOnSelection(int delta)
{
    if (!m_doc || !ensureWritable())
        return;
    const QList<Id> cards = m_scene->selectedCardIds();
    if (cards.isEmpty())
        return;
    const Id voter = m_voting->currentParticipant();
    if (m_doc->isShared()) {
        // On a team map the server role votes (its first vote adds it).
        const Error err = edit::voteAsUser(*m_doc, cards, delta);
        m_voting->showMessage(err ? err.message : QString());
        if (err)
            statusBar()->showMessage(err.message, 5000);
        else
            votingStatus();
        return;
    }
    if (!voter) {
        // Nobody to vote as yet: the panel takes the first name.
        if (auto* dock = qobject_cast<QDockWidget*>(m_voting->parentWidget())) {
            dock->show();
            dock->raise();
        }
        m_voting->showMessage(tr("Add the workshop's participants here first: each gets %1 "
                                 "dots per journey. Enter on an empty name goes back to the "
                                 "canvas.")
                                  .arg(defaultDotBudget));
        m_voting->focusNewParticipant();
        return;
    }
    // Several selected cards: one step, all of them or none.
    const Error err =
        delta > 0 ? edit::vote(*m_doc, cards, voter) : edit::unvote(*m_doc, cards, voter);
    m_voting->showMessage(err ? err.message : QString());
    if (err)
        statusBar()->showMessage(err.message, 5000);
    else
        votingStatus();
}

void MainWindow::votingStatus()
{
    const Participant* p = m_doc ? m_doc->participant(m_voting->currentParticipant()) : nullptr;
    if (!p)
        return;
    const int left = p->budget - m_doc->dotsSpent(p->id, m_journey);
    statusBar()->showMessage(tr("%1 votes now: %2 of %3 dots left on this journey")
                                 .arg(p->name)
                                 .arg(left)
                                 .arg(p->budget),
                             5000);
}

void MainWindow::showCanvasMenu(const QPoint& viewportPos)
{
    if (!m_doc || !m_journey)
        return;
    const QPointF scenePos = m_view->mapToScene(viewportPos);
    Id card = 0;
    for (QGraphicsItem* item : m_scene->items(scenePos)) {
        if (const auto* c = qgraphicsitem_cast<const canvas::CardItem*>(item)) {
            card = c->cardId();
            break;
        }
    }
    // The card under the pointer joins the selection, or becomes it.
    if (card && !m_scene->selectedCardIds().contains(card))
        m_scene->selectCards({card});
    const auto [stage, lane] = m_scene->cellAt(scenePos);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("canvasMenu"));
    if (card) {
        const Participant* voter = m_doc->participant(m_voting->currentParticipant());
        QAction* vote = action(QStringLiteral("vote"));
        const QString name = m_doc->isShared() ? m_doc->user() : voter ? voter->name : QString();
        vote->setText(name.isEmpty() ? tr("&Vote for Card")
                                     : tr("&Vote as %1").arg(menuText(name)));
        menu.addAction(vote);
        menu.addAction(action(QStringLiteral("unvote")));
        menu.addSeparator();
        menu.addAction(action(QStringLiteral("comment")));
        menu.addSeparator();
        for (const char* name : {"cut", "copy", "duplicate", "delete"})
            menu.addAction(action(QString::fromLatin1(name)));
    } else if (stage && lane && !m_doc->isReadOnly()) {
        menu.addAction(tr("&Add Card Here"), this, [this, stage = stage, lane = lane] {
            m_view->setFocus();
            m_view->beginNewCard(stage, lane);
        });
        menu.addAction(action(QStringLiteral("paste")));
    } else {
        menu.addAction(action(QStringLiteral("paste")));
    }
    menu.exec(m_view->viewport()->mapToGlobal(viewportPos));
    action(QStringLiteral("vote"))->setText(tr("&Vote for Card"));
}

} // namespace cx
