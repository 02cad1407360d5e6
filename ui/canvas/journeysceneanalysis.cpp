// The scene's coalesced work: the layout of an edit's many changes, and its
// share of core's analysis, the emotion curve and the department lens (see
// journeyscene.cpp for the rest of the scene).

#include "analysis/analysis.h"
#include "carditem.h"
#include "emotioncurveitem.h"
#include "journeyscene.h"
#include "linkitem.h"
#include "model/document.h"

#include <QTimer>

#include <algorithm>

namespace cx::canvas {

void JourneyScene::setLens(Id departmentId)
{
    m_lens = departmentId;
    m_lensStale = true;
    applyAnalysis();
}

void JourneyScene::flush()
{
    if (m_analysisTimer->isActive())
        applyAnalysis();
}

void JourneyScene::scheduleAnalysis() { m_analysisTimer->start(); }

// A card added, moved or removed, a stage or lane changed: its item is in
// place in the scene's hashes and cells at once, and the journey is laid out
// (cells, rows, links, scene rect) when the edit ends, once for all its cards.
// The timer is the backstop for changes that come without a step of the undo
// stack (others' edits on a team map).
void JourneyScene::scheduleRelayout()
{
    m_layoutStale = true;
    scheduleAnalysis();
}

void JourneyScene::applyPendingLayout()
{
    if (m_layoutStale)
        relayout();
}

void JourneyScene::staleCurve(Id stageId)
{
    if (stageId)
        m_staleStages.insert(stageId);
    else
        m_curveStale = true;
    scheduleAnalysis();
}

void JourneyScene::staleLens(Id cardId)
{
    if (!m_lens)
        return; // without a lens every card is bright and stays so
    if (cardId && m_doc->linkIdsOf(cardId).isEmpty()) {
        // Nothing reaches a card without links and it reaches nothing: a
        // change to it changes no other card under the lens.
        if (CardItem* item = m_cards.value(cardId))
            applyLensTo(item, false);
        return;
    }
    m_lensStale = true;
    scheduleAnalysis();
}

// The lens and the emotion curve come from core's analysis; coalesced so a
// burst of edits costs one pass, and limited to what went stale: a card's
// emotion costs its stage, and only a lens follows owners and links.
void JourneyScene::applyAnalysis()
{
    applyPendingLayout(); // the curve follows the columns
    m_analysisTimer->stop();
    if (!m_doc || !m_curve)
        return;
    updateCurve();
    const bool lens = std::exchange(m_lensStale, false);
    if (lens)
        applyLens();
    // Only the lens and the links decide the emphasis: an emotion edit,
    // say, leaves the links alone.
    if (std::exchange(m_emphasisStale, false) || lens)
        emphasiseLinks();
}

void JourneyScene::updateCurve()
{
    QList<Id> stages;
    if (std::exchange(m_curveStale, false)) {
        m_curvePoints.clear();
        stages = m_doc->stageIds(m_journeyId);
    } else {
        stages = m_staleStages.values();
    }
    m_staleStages.clear();
    if (!stages.isEmpty()) {
        // A stage's point depends on its own cards alone.
        for (const analysis::CurvePoint& p :
             analysis::emotionCurve(journeyData(stages, false), m_journeyId))
            m_curvePoints.insert(p.stageId, p.emotion);
    }
    QList<std::optional<double>> points;
    points.reserve(m_layout.columns.size());
    for (const CanvasLayout::Column& c : std::as_const(m_layout.columns))
        points.append(m_curvePoints.value(c.stageId));
    m_curve->setCurve(m_layout, points);
}

void JourneyScene::applyLens()
{
    QSet<Id> impacted;
    if (m_lens) {
        const DocumentData data = journeyData(m_doc->stageIds(m_journeyId), true);
        for (const analysis::ImpactHit& hit :
             analysis::impactOfDepartment(data, m_lens, m_journeyId).hits)
            impacted.insert(hit.cardId);
    }
    m_lensDimmed.clear();
    m_lensReached.clear();
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
        applyLensTo(it.value(), impacted.contains(it.key()));
}

void JourneyScene::applyLensTo(CardItem* item, bool reached)
{
    const Card* c = m_doc->card(item->cardId());
    const bool involved =
        !m_lens || (c && (c->accountableId == m_lens || c->contributingIds.contains(m_lens)));
    const bool dimmed = !involved && !reached;
    const bool unmatched = m_search && !m_search->contains(item->cardId());
    if (isTracing()) {
        const bool onChain = m_trace.cards.contains(item->cardId());
        item->setLensState(!onChain, onChain && item->cardId() != m_trace.origin);
    } else {
        item->setLensState(dimmed || unmatched, reached && !unmatched);
    }
    if (dimmed)
        m_lensDimmed.insert(item->cardId());
    else
        m_lensDimmed.remove(item->cardId());
    if (reached)
        m_lensReached.insert(item->cardId());
    else
        m_lensReached.remove(item->cardId());
}

void JourneyScene::setTrace(const Trace& trace)
{
    m_trace = trace;
    if (!m_doc)
        return;
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
        applyLensTo(it.value(), m_lensReached.contains(it.key()));
    emphasiseLinks();
}

void JourneyScene::setSearch(const std::optional<QSet<Id>>& matches)
{
    if (matches == m_search)
        return;
    m_search = matches;
    if (!m_doc)
        return;
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
        applyLensTo(it.value(), m_lensReached.contains(it.key()));
}

// What the analysis needs of this journey, instead of a snapshot of the whole
// document: the journey, its lanes, the given stages with their cards and,
// when asked, the journey's links.
DocumentData JourneyScene::journeyData(const QList<Id>& stageIds, bool withLinks) const
{
    DocumentData d;
    if (const Journey* j = m_doc->journey(m_journeyId))
        d.journeys.append(*j);
    const QList<Id> lanes = m_doc->laneIds(m_journeyId);
    for (Id laneId : lanes) {
        if (const Lane* l = m_doc->lane(laneId))
            d.lanes.append(*l);
    }
    for (Id stageId : stageIds) {
        const Stage* s = m_doc->stage(stageId);
        if (!s || s->journeyId != m_journeyId)
            continue;
        d.stages.append(*s);
        for (Id laneId : lanes) {
            for (Id cardId : m_doc->cardIds(stageId, laneId))
                d.cards.append(*m_doc->card(cardId));
        }
    }
    if (withLinks) {
        QList<Id> links = m_links.keys(); // the links of the journey's cards
        std::sort(links.begin(), links.end());
        for (Id id : std::as_const(links)) {
            if (const Link* l = m_doc->link(id))
                d.links.append(*l);
        }
    }
    return d;
}

void JourneyScene::emphasiseLinks()
{
    QSet<Id> selected;
    for (QGraphicsItem* item : selectedItems())
        if (item->type() == CardItem::Type)
            selected.insert(static_cast<CardItem*>(item)->cardId());
    for (LinkItem* link : std::as_const(m_links)) {
        if (isTracing()) {
            link->setEmphasised(m_trace.links.contains(link->linkId()));
            continue;
        }
        const bool touchesSelection =
            selected.contains(link->fromCard()) || selected.contains(link->toCard());
        // Under a lens, the chains the department takes part in stand out.
        const bool lensChain = m_lens && !m_lensDimmed.contains(link->fromCard()) &&
                               !m_lensDimmed.contains(link->toCard());
        link->setEmphasised(touchesSelection || lensChain);
    }
}

} // namespace cx::canvas
