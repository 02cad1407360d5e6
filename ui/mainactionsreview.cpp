// The review actions (analysis/reviews.h): mark the selected cards, or every
// card of the lens department on this journey, reviewed; set the map's
// review interval.

#include "analysis/reviews.h"
#include "canvas/journeyscene.h"
#include "commands/edit.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "panels/actionsdialog.h"
#include "panels/digestdialog.h"

#include <QAction>
#include <QInputDialog>
#include <QKeySequence>
#include <QStatusBar>

namespace cx {

void MainActions::createReviewActions()
{
    const auto report = [this](const Error& err, const QString& done) {
        m_w.statusBar()->showMessage(err ? err.message : done, 5000);
    };
    QAction* a = makeAction(QStringLiteral("markReviewed"), tr("Mark Cards &Reviewed"),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R),
                            tr("Confirm that the selected cards are still true: reviewed now, "
                               "by you"));
    connect(a, &QAction::triggered, this, [this, report] {
        Document* doc = m_w.document();
        const QList<Id> cards = doc ? m_w.scene()->selectedCardIds() : QList<Id>();
        if (cards.isEmpty() || !m_w.ensureWritable())
            return;
        report(edit::markReviewed(*doc, cards),
               tr("Marked %n card(s) reviewed", nullptr, int(cards.size())));
    });
    a = makeAction(QStringLiteral("markDepartmentReviewed"),
                   tr("Mark &All Lens Department Cards Reviewed"), {},
                   tr("Every card on this journey the lens department is accountable for"));
    connect(a, &QAction::triggered, this, [this, report] {
        Document* doc = m_w.document();
        if (!doc || !m_w.lens() || !m_w.ensureWritable())
            return;
        const QList<Id> cards = accountableCards(*doc, m_w.journey(), m_w.lens());
        if (cards.isEmpty()) {
            m_w.statusBar()->showMessage(tr("The department owns no card on this journey"), 5000);
            return;
        }
        report(edit::markReviewed(*doc, cards),
               tr("Marked %n card(s) reviewed", nullptr, int(cards.size())));
    });
    a = makeAction(QStringLiteral("departmentDigest"), tr("Department &Digest…"), {},
                   tr("What changed on the lens department's cards since its last review, "
                      "to paste into an e-mail or a chat"));
    connect(a, &QAction::triggered, this, [this] {
        if (Document* doc = m_w.document(); doc && doc->department(m_w.lens())) {
            DigestDialog dialog(*doc, m_w.lens(), &m_w);
            dialog.exec();
        }
    });
    a = makeAction(QStringLiteral("actionList"), tr("&Actions…"),
                   QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A),
                   tr("The actions on pain points and opportunities: the lens department's, or "
                      "all; Add plans one on the selected card"));
    connect(a, &QAction::triggered, this, [this] {
        Document* doc = m_w.document();
        if (!doc)
            return;
        const QList<Id> selected = m_w.journey() ? m_w.scene()->selectedCardIds() : QList<Id>();
        ActionsDialog dialog(*doc, m_w.lens(), selected.size() == 1 ? selected.first() : 0, &m_w);
        connect(&dialog, &ActionsDialog::cardActivated, &dialog, [this, &dialog](Id cardId) {
            dialog.accept();
            m_w.revealCard(cardId);
        });
        dialog.exec();
    });
    a = makeAction(QStringLiteral("reviewInterval"), tr("Review &Interval…"), {},
                   tr("How many days a review stays fresh before the card counts as stale"));
    connect(a, &QAction::triggered, this, [this, report] {
        Document* doc = m_w.document();
        if (!doc || !m_w.ensureWritable())
            return;
        bool ok = false;
        const int days = QInputDialog::getInt(
            &m_w, tr("Review Interval"), tr("A card not reviewed within this many days is stale:"),
            doc->reviewIntervalDays(), 1, maxReviewIntervalDays, 1, &ok);
        if (ok && days != doc->reviewIntervalDays())
            report(edit::setReviewInterval(*doc, days),
                   tr("Review interval: %n day(s)", nullptr, days));
    });
}

} // namespace cx
