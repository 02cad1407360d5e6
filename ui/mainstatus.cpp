#include "mainstatus.h"

#include "canvas/journeyscene.h"
#include "mainwindow.h"
#include "model/document.h"

#include <QLabel>
#include <QStatusBar>

namespace cx {

MainStatus::MainStatus(MainWindow& window) : QObject(&window), m_w(window)
{
    m_readOnly = new QLabel(&m_w);
    m_readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnly->setStyleSheet(QStringLiteral("color: #a33; font-weight: bold"));
    m_counts = new QLabel(&m_w);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_zoom = new QLabel(&m_w);
    m_zoom->setObjectName(QStringLiteral("zoomLabel"));
    m_zoom->setMinimumWidth(m_zoom->fontMetrics().horizontalAdvance(QStringLiteral("400 %")) + 8);
    m_zoom->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_team = new QLabel(&m_w);
    m_team->setObjectName(QStringLiteral("teamLabel"));
    m_team->setTextFormat(Qt::PlainText);
    m_w.statusBar()->addPermanentWidget(m_team);
    m_w.statusBar()->addPermanentWidget(m_readOnly);
    m_w.statusBar()->addPermanentWidget(m_counts);
    m_w.statusBar()->addPermanentWidget(m_zoom);
}

void MainStatus::update()
{
    const Document* doc = m_w.document();
    const Id journey = m_w.journey();
    const Id lens = m_w.lens();
    m_readOnly->setVisible(doc && doc->isReadOnly());
    m_team->setVisible(doc && doc->isShared());
    if (doc && doc->isShared()) {
        m_team->setText(tr("Team map · %1 · %2").arg(doc->user(), doc->access()));
        m_team->setToolTip(doc->path());
    }
    m_zoom->setVisible(doc != nullptr);
    m_readOnly->setText(doc && doc->isShared() && doc->isReadOnly()
                            ? tr("Read-only: %1").arg(doc->readOnlyReason())
                            : tr("Read-only"));
    if (doc)
        m_readOnly->setToolTip(doc->readOnlyReason());
    if (!doc || !journey) {
        m_counts->setText(doc ? tr("No journey") : tr("Open a map (Ctrl+O) or start one (Ctrl+N)"));
        return;
    }
    const int stages = int(doc->stageIds(journey).size());
    const int lanes = int(doc->laneIds(journey).size());
    const int cards = int(doc->cardIdsOfJourney(journey).size());
    int links = 0;
    for (Id id : doc->allLinkIds())
        if (doc->journeyOfCard(doc->link(id)->fromCardId) == journey)
            ++links;
    QStringList parts{doc->journey(journey)->name, tr("%n stage(s)", nullptr, stages),
                      tr("%n lane(s)", nullptr, lanes), tr("%n card(s)", nullptr, cards),
                      tr("%n link(s)", nullptr, links)};
    if (const int selected = int(m_w.scene()->selectedCardIds().size()))
        parts << tr("%1 selected").arg(selected);
    if (const Department* d = lens ? doc->department(lens) : nullptr)
        parts << tr("lens: %1").arg(d->name);
    m_counts->setText(parts.join(QStringLiteral("  ·  ")));
}

void MainStatus::schedule()
{
    // Undoing a big removal adds hundreds of cards: one count afterwards.
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pending = false;
            update();
        },
        Qt::QueuedConnection);
}

void MainStatus::setZoom(qreal factor)
{
    m_zoom->setText(QStringLiteral("%1 %").arg(qRound(factor * 100)));
}

} // namespace cx
