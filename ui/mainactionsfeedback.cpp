// The customer feedback actions: Add Feedback… on the selected card (the
// Inspector's Customer feedback section does the asking) and View > Feedback,
// which shows the Feedback panel and gives its list the keyboard.

#include "canvas/journeyscene.h"
#include "docklayout.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "model/document.h"
#include "panels/feedbackbox.h"
#include "panels/feedbackpanel.h"
#include "panels/feedbacktext.h"
#include "panels/inspector.h"

#include <QAction>
#include <QKeySequence>
#include <QTreeView>

namespace cx {

void MainActions::createFeedbackActions()
{
    QAction* a = makeAction(QStringLiteral("addFeedback"), tr("Add &Feedback…"),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F),
                            tr("Record what a customer said about the selected card"));
    connect(a, &QAction::triggered, this, [this] {
        const QList<Id> cards = m_w.document() ? m_w.scene()->selectedCardIds() : QList<Id>();
        if (cards.size() != 1 || !m_w.ensureWritable())
            return;
        m_w.docks()->raise(m_w.inspector());
        m_w.inspector()->setCards(cards);
        m_w.inspector()->feedbackBox()->addFeedback();
    });
    a = makeAction(QStringLiteral("showFeedback"), tr("&Feedback"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                   tr("The map's customer feedback: the unsorted inbox and every item, to "
                      "assign, read, redact or delete"));
    connect(a, &QAction::triggered, this, [this] {
        FeedbackPanel* panel = m_w.docks()->feedback();
        m_w.docks()->raise(panel);
        panel->list()->setFocus(Qt::ShortcutFocusReason);
    });
}

void MainActions::updateFeedbackActions(const QList<Id>& selection)
{
    const Document* doc = m_w.document();
    const QString why =
        doc ? FeedbackText::refusal(*doc, selection.size() == 1 ? selection.first() : 0)
            : QString();
    action(QStringLiteral("addFeedback"))
        ->setEnabled(doc && why.isEmpty() && selection.size() == 1);
    explain("addFeedback", why);
    action(QStringLiteral("showFeedback"))->setEnabled(doc != nullptr);
}

} // namespace cx
