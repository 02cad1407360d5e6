// Dot voting from the canvas: V votes for the selected cards as the
// participant chosen in the Voting panel, Shift+V takes a vote back, [ and ]
// switch participants, Journey > Voting > Reset Votes clears the journey's
// votes. Single keys act only while the canvas has focus.

#include "mainwindow.h"

#include "canvas/journeyscene.h"
#include "commands/edit.h"
#include "model/document.h"
#include "workshop/votingpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>

namespace cx {

void MainWindow::createVotingActions()
{
    QAction* vote = makeAction(QStringLiteral("vote"), tr("&Vote for Card"),
                               QKeySequence(Qt::Key_V),
                               tr("Put a dot of the participant voting now on the selected card"));
    connect(vote, &QAction::triggered, this, [this] { voteOnSelection(+1); });
    canvasShortcut(vote);
    QAction* unvote =
        makeAction(QStringLiteral("unvote"), tr("&Take Vote Back"),
                   QKeySequence(Qt::SHIFT | Qt::Key_V),
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
    if (!voter) {
        // Nobody to vote as yet: the panel takes the first name.
        if (auto* dock = qobject_cast<QDockWidget*>(m_voting->parentWidget())) {
            dock->show();
            dock->raise();
        }
        m_voting->showMessage(tr("Add the workshop's participants here first: each gets %1 "
                                 "dots per journey.")
                                  .arg(defaultDotBudget));
        m_voting->focusNewParticipant();
        return;
    }
    for (Id card : cards) {
        const Error err = delta > 0 ? edit::vote(*m_doc, card, voter)
                                    : edit::unvote(*m_doc, card, voter);
        m_voting->showMessage(err ? err.message : QString());
        if (err) {
            statusBar()->showMessage(err.message, 5000);
            return;
        }
    }
    votingStatus();
}

void MainWindow::votingStatus()
{
    const Participant* p = m_doc ? m_doc->participant(m_voting->currentParticipant()) : nullptr;
    if (!p)
        return;
    const int left = p->budget - m_doc->dotsSpent(p->id, m_journey);
    statusBar()->showMessage(
        tr("%1 votes now: %2 of %3 dots left on this journey").arg(p->name).arg(left).arg(p->budget),
        5000);
}

} // namespace cx
