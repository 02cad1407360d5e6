#include "journeyscene.h"

#include "backdropitem.h"
#include "canvasstyle.h"
#include "carditem.h"
#include "commands/edit.h"
#include "emotioncurveitem.h"
#include "linkitem.h"
#include "linklayer.h"
#include "model/document.h"

#include <QGraphicsSceneMouseEvent>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace cx::canvas {

namespace {

// Holds the cards of one cell (stage x lane). After an edit Qt walks the
// scene's top-level items for what changed: grouped, it passes over a cell
// that did not change instead of over each of its cards. At the scene's
// origin, so that a card's position is its place in the scene.
class CellGroup : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 6
    };
    CellGroup()
    {
        setFlag(ItemHasNoContents);
        setZValue(z::cards); // z::selectedCards while it holds a selected card
    }
    int type() const override { return Type; }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter*, const QStyleOptionGraphicsItem*, QWidget*) override {}
};

} // namespace

JourneyScene::JourneyScene(QObject* parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(QColor(0xe9, 0xeb, 0xef));
    m_analysisTimer = new QTimer(this);
    m_analysisTimer->setSingleShot(true);
    m_analysisTimer->setInterval(0);
    connect(m_analysisTimer, &QTimer::timeout, this, &JourneyScene::applyAnalysis);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        raiseSelectedCells();
        emphasiseLinks();
        emit cardSelectionChanged(selectedCardIds());
    });
}

JourneyScene::~JourneyScene()
{
    // The items go while this scene is whole: QGraphicsScene's destructor would
    // delete them later, and a selected card would report the change of
    // selection to a half-destroyed JourneyScene.
    const QSignalBlocker blocker(this);
    clear();
}

void JourneyScene::setDocument(Document* doc, Id journeyId)
{
    if (m_doc) {
        disconnect(m_doc, nullptr, this, nullptr);
        disconnect(m_doc->undoStack(), nullptr, this, nullptr);
    }
    m_doc = doc;
    m_journeyId = journeyId;
    m_lens = 0;
    m_lensReached.clear();
    m_search.reset(); // a search asks again for the journey now shown
    m_trace = {};
    if (m_doc)
        connectDocument();
    rebuild();
}

void JourneyScene::connectDocument()
{
    Document* d = m_doc;
    // Each edit is one step of the stack (undo, redo and a jump in the
    // history too): its end lays out what its signals left stale.
    connect(d->undoStack(), &QUndoStack::indexChanged, this, &JourneyScene::applyPendingLayout);
    connect(d, &Document::cardAdded, this, &JourneyScene::onCardAdded);
    connect(d, &Document::cardChanged, this,
            [this](Id id, CardFields f) { onCardChanged(id, int(f)); });
    connect(d, &Document::cardMoved, this,
            [this](Id id, Id fromStage) { onCardMoved(id, fromStage); });
    connect(d, &Document::cardRemoved, this,
            [this](Id id, Id stageId) { onCardRemoved(id, stageId); });
    connect(d, &Document::linkAdded, this, [this](Id id) {
        const Link* l = m_doc->link(id);
        if (l && inJourney(l->fromCardId)) {
            addLinkItem(id);
            staleLens();
            m_emphasisStale = true;
            scheduleAnalysis();
        }
    });
    connect(d, &Document::linkChanged, this, [this](Id id) {
        if (LinkItem* item = m_links.value(id)) {
            item->sync(*m_doc);
            if (!m_layoutStale) // reversed: the arrow turns
                item->route(cardRect(item->fromCard()), cardRect(item->toCard()));
            staleLens(); // a new type or direction may turn the flow around
        }
    });
    connect(d, &Document::linkRemoved, this, [this](Id id) {
        if (m_links.contains(id)) {
            removeLinkItem(id);
            staleLens();
        }
    });
    auto structure = [this](Id journeyId) {
        if (journeyId != m_journeyId)
            return;
        staleCurve(0);
        staleLens();
        scheduleRelayout();
    };
    connect(d, &Document::stageInserted, this, structure);
    connect(d, &Document::stageMoved, this, structure);
    connect(d, &Document::stageRemoved, this, structure);
    connect(d, &Document::laneInserted, this, structure);
    connect(d, &Document::laneMoved, this, structure);
    connect(d, &Document::laneRemoved, this, structure);
    connect(d, &Document::stageChanged, this, [this](Id) { scheduleRelayout(); });
    connect(d, &Document::laneChanged, this, [this](Id laneId) {
        for (CardItem* item : std::as_const(m_cards)) {
            if (const Card* c = m_doc->card(item->cardId()); c && c->laneId == laneId)
                item->sync(*m_doc);
        }
        // Its kind decides the emotion curve and which cards are front stage.
        staleCurve(0);
        staleLens();
        scheduleRelayout();
    });
    connect(d, &Document::departmentChanged, this, &JourneyScene::onDepartmentChanged);
    connect(d, &Document::departmentRemoved, this, [this](Id id) {
        if (id == m_lens)
            setLens(0);
    });
    // The persona named in the corner of the backdrop.
    connect(d, &Document::journeyChanged, this, [this](Id id) {
        if (id == m_journeyId && m_backdrop)
            m_backdrop->sync(*m_doc, m_journeyId, m_layout);
    });
    connect(d, &Document::personaChanged, this, [this](Id id) {
        const Journey* j = m_doc->journey(m_journeyId);
        if (j && j->personaId == id && m_backdrop)
            m_backdrop->sync(*m_doc, m_journeyId, m_layout);
    });
    connect(d, &Document::journeyRemoved, this, [this](Id id) {
        if (id == m_journeyId)
            setDocument(m_doc, 0);
    });
    connect(d, &Document::reloaded, this, &JourneyScene::rebuild);
    connect(d, &Document::reviewIntervalChanged, this, [this] {
        for (CardItem* item : std::as_const(m_cards))
            item->sync(*m_doc); // which cards are stale
    });
}

void JourneyScene::rebuild()
{
    clearSelection();
    for (LinkItem* link : std::as_const(m_links))
        link->setLayer(nullptr); // clear() deletes the layer in any order
    clear();                     // deletes every item
    m_cards.clear();
    m_cells.clear();
    m_links.clear();
    m_backdrop = nullptr;
    m_curve = nullptr;
    m_linkLayer = nullptr;
    m_linkPreview = nullptr;
    if (!m_doc || !m_doc->journey(m_journeyId)) {
        m_layout = {};
        setSceneRect(QRectF(0, 0, 400, 300));
        emit layoutChanged();
        return;
    }
    m_backdrop = new BackdropItem;
    addItem(m_backdrop);
    m_curve = new EmotionCurveItem;
    addItem(m_curve);
    m_linkLayer = new LinkLayer(m_links);
    m_linkLayer->setVisible(m_showLinks);
    addItem(m_linkLayer);
    m_layoutStale = true; // the links are routed once, by relayout()
    const QList<Id> cardIds = m_doc->cardIdsOfJourney(m_journeyId);
    m_reviewBadges = std::any_of(cardIds.cbegin(), cardIds.cend(),
                                 [this](Id id) { return m_doc->card(id)->reviewedAt.isValid(); });
    for (Id id : cardIds)
        addCardItem(id);
    for (Id id : m_doc->allLinkIds()) {
        if (const Link* l = m_doc->link(id); l && inJourney(l->fromCardId))
            addLinkItem(id);
    }
    relayout();
    m_curveStale = true;
    m_lensStale = true;
    applyAnalysis();
}

void JourneyScene::relayout()
{
    m_layoutStale = false;
    if (!m_doc || !m_backdrop)
        return;
    ++m_relayoutCount;
    m_layout = CanvasLayout::compute(*m_doc, m_journeyId, m_showCurve);
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it) {
        const QPointF pos = m_layout.cardPos.value(it.key());
        if (it.value()->pos() != pos)
            it.value()->setPos(pos);
    }
    m_backdrop->sync(*m_doc, m_journeyId, m_layout);
    setSceneRect(m_layout.bounds);
    // Room for the loops of links within a column at the board's edge.
    m_linkLayer->setBounds(m_layout.bounds.adjusted(-600, -600, 600, 600));
    routeLinks();
    scheduleAnalysis(); // the curve follows the columns
    emit layoutChanged();
}

void JourneyScene::routeLinks()
{
    // Many links may move: the layer draws them all again once.
    m_linkLayer->setDeferred(true);
    for (LinkItem* item : std::as_const(m_links))
        item->route(cardRect(item->fromCard()), cardRect(item->toCard()));
    m_linkLayer->setDeferred(false);
}

void JourneyScene::routeLinksOf(Id cardId)
{
    if (!m_doc)
        return;
    for (Id linkId : m_doc->linkIdsOf(cardId)) {
        if (LinkItem* item = m_links.value(linkId))
            item->route(cardRect(item->fromCard()), cardRect(item->toCard()));
    }
}

void JourneyScene::addCardItem(Id cardId)
{
    auto* item = new CardItem(cardId);
    item->setReviewBadge(m_reviewBadges);
    item->sync(*m_doc);
    item->setPos(m_layout.cardPos.value(cardId));
    putInCell(item);
    m_cards.insert(cardId, item);
}

void JourneyScene::putInCell(CardItem* item)
{
    const Card* c = m_doc->card(item->cardId());
    if (!c)
        return;
    QGraphicsItem*& group = m_cells[{c->stageId, c->laneId}];
    if (!group) {
        group = new CellGroup;
        addItem(group);
    }
    if (item->parentItem() != group)
        item->setParentItem(group);
}

void JourneyScene::raiseSelectedCells()
{
    QSet<QGraphicsItem*> raised;
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == CardItem::Type && item->parentItem())
            raised.insert(item->parentItem());
    }
    for (QGraphicsItem* group : std::as_const(m_cells))
        group->setZValue(raised.contains(group) ? z::selectedCards : z::cards);
}

void JourneyScene::addLinkItem(Id linkId)
{
    auto* item = new LinkItem(linkId);
    item->setLayer(m_linkLayer);
    item->sync(*m_doc);
    item->setVisible(m_showLinks);
    if (!m_layoutStale) // else the coming relayout routes it
        item->route(cardRect(item->fromCard()), cardRect(item->toCard()));
    addItem(item);
    m_links.insert(linkId, item);
    if (m_linkLayer)
        m_linkLayer->linksChanged();
}

void JourneyScene::removeLinkItem(Id linkId)
{
    LinkItem* item = m_links.take(linkId);
    if (item && m_linkLayer) {
        item->restingChanged(); // no longer drawn there
        m_linkLayer->linksChanged();
    }
    delete item;
}

bool JourneyScene::inJourney(Id cardId) const
{
    return m_doc && m_doc->journeyOfCard(cardId) == m_journeyId && m_journeyId != 0;
}

QRectF JourneyScene::cardRect(Id cardId) const
{
    const CardItem* item = m_cards.value(cardId);
    if (!item)
        return {};
    return QRectF(item->pos(), QSizeF(cardWidth, cardHeight));
}

QList<Id> JourneyScene::selectedCardIds() const
{
    QList<Id> ids;
    if (!m_doc)
        return ids;
    const QList<QGraphicsItem*> items = selectedItems();
    QSet<Id> selected;
    for (QGraphicsItem* i : items) {
        if (i->type() == CardItem::Type)
            selected.insert(static_cast<CardItem*>(i)->cardId());
    }
    if (selected.isEmpty())
        return ids;
    for (Id id : m_doc->cardIdsOfJourney(m_journeyId)) {
        if (selected.contains(id))
            ids.append(id);
    }
    return ids;
}

void JourneyScene::selectCards(const QList<Id>& ids)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (Id id : ids) {
        if (CardItem* item = m_cards.value(id))
            item->setSelected(true);
    }
    blocker.unblock();
    raiseSelectedCells();
    emphasiseLinks();
    emit cardSelectionChanged(selectedCardIds());
}

QList<Id> JourneyScene::selectedLinkIds() const
{
    QList<Id> ids;
    for (QGraphicsItem* i : selectedItems()) {
        if (i->type() == LinkItem::Type)
            ids.append(static_cast<LinkItem*>(i)->linkId());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void JourneyScene::selectLink(Id linkId)
{
    LinkItem* item = m_links.value(linkId);
    if (!item || !item->isVisible() || (item->isSelected() && selectedItems().size() == 1))
        return;
    {
        QSignalBlocker blocker(this);
        clearSelection();
        item->setSelected(true);
    }
    raiseSelectedCells();
    emphasiseLinks();
    emit cardSelectionChanged(selectedCardIds());
}

std::pair<Id, Id> JourneyScene::cellAt(const QPointF& p) const
{
    const int column = m_layout.columnAt(p.x());
    const int row = m_layout.rowAt(p.y());
    if (column < 0 || row < 0)
        return {0, 0};
    return {m_layout.columns[column].stageId, m_layout.rows[row].laneId};
}

void JourneyScene::setShowLinks(bool show)
{
    m_showLinks = show;
    for (LinkItem* item : std::as_const(m_links))
        item->setVisible(show);
    if (m_linkLayer) {
        m_linkLayer->setVisible(show);
        m_linkLayer->invalidateAll();
    }
}

void JourneyScene::setShowCurve(bool show)
{
    if (m_showCurve == show)
        return;
    m_showCurve = show;
    relayout();
}

// --- Document changes --------------------------------------------------------

void JourneyScene::onCardAdded(Id id)
{
    if (!inJourney(id) || !m_backdrop)
        return;
    addCardItem(id);
    staleCurve(m_doc->card(id)->stageId);
    staleLens(id);
    if (m_search || isTracing()) // dimmed until a search or trace says otherwise
        applyLensTo(m_cards.value(id), m_lensReached.contains(id));
    scheduleRelayout();
}

void JourneyScene::onCardChanged(Id id, int fields)
{
    CardItem* item = m_cards.value(id);
    if (!item)
        return;
    const auto f = CardFields::fromInt(fields);
    if ((f & CardField::Reviewed) && !m_reviewBadges && m_doc->card(id)->reviewedAt.isValid()) {
        m_reviewBadges = true; // the journey's first review: every stale card shows it
        for (CardItem* other : std::as_const(m_cards)) {
            other->setReviewBadge(true);
            other->sync(*m_doc);
        }
    }
    item->sync(*m_doc);
    if (f & CardField::Emotion)
        staleCurve(m_doc->card(id)->stageId);
    if (f & (CardField::Accountable | CardField::Contributing))
        staleLens(id);
    if (f & CardField::Title) { // the tool tips of its links name it
        for (Id linkId : m_doc->linkIdsOf(id)) {
            if (LinkItem* link = m_links.value(linkId))
                link->sync(*m_doc);
        }
    }
}

void JourneyScene::onCardMoved(Id id, Id fromStage)
{
    if (!m_cards.contains(id) && inJourney(id))
        addCardItem(id);
    CardItem* item = m_cards.value(id);
    if (!item)
        return;
    item->sync(*m_doc); // the lane kind may differ
    putInCell(item);
    if (item->isSelected())
        raiseSelectedCells(); // its new cell, and no longer its old one
    staleCurve(fromStage);
    staleCurve(m_doc->card(id)->stageId);
    staleLens(id); // so may the front stage
    scheduleRelayout();
}

void JourneyScene::onCardRemoved(Id id, Id stageId)
{
    if (CardItem* item = m_cards.take(id)) {
        delete item;
        m_lensDimmed.remove(id); // its links went first: no other card changes
        staleCurve(stageId);
        scheduleRelayout();
    }
}

void JourneyScene::onDepartmentChanged(Id id)
{
    for (CardItem* item : std::as_const(m_cards)) {
        const Card* c = m_doc->card(item->cardId());
        if (c && (c->accountableId == id || c->contributingIds.contains(id)))
            item->sync(*m_doc);
    }
}

// --- Gestures ------------------------------------------------------------------

namespace {

CardItem* cardAt(const QGraphicsScene* scene, const QPointF& pos)
{
    for (QGraphicsItem* item : scene->items(pos)) {
        if (item->type() == CardItem::Type)
            return static_cast<CardItem*>(item);
    }
    return nullptr;
}

} // namespace

void JourneyScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    CardItem* card = cardAt(this, event->scenePos());
    if (card && event->button() == Qt::LeftButton && (event->modifiers() & Qt::AltModifier) &&
        m_doc && !m_doc->isReadOnly()) {
        m_linkFrom = card->cardId();
        m_linkPreview = addPath(QPainterPath(), QPen(selectionColor, 2, Qt::DashLine));
        m_linkPreview->setZValue(z::linkPreview);
        event->accept();
        return;
    }
    m_dragging = false;
    QGraphicsScene::mousePressEvent(event);
}

void JourneyScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_linkFrom && m_linkPreview) {
        QPainterPath path(cardRect(m_linkFrom).center());
        path.lineTo(event->scenePos());
        m_linkPreview->setPath(path);
        return;
    }
    if ((event->buttons() & Qt::LeftButton) && mouseGrabberItem() &&
        mouseGrabberItem()->type() == CardItem::Type) {
        if (m_doc && m_doc->isReadOnly())
            return; // a read-only map: cards stay where they are
        m_dragging = true;
    }
    QGraphicsScene::mouseMoveEvent(event);
    if (m_dragging) {
        for (Id id : selectedCardIds())
            routeLinksOf(id);
    }
}

void JourneyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_linkFrom) {
        const Id from = std::exchange(m_linkFrom, 0);
        delete m_linkPreview;
        m_linkPreview = nullptr;
        if (CardItem* to = cardAt(this, event->scenePos()); to && to->cardId() != from)
            emit linkDragFinished(from, to->cardId());
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (std::exchange(m_dragging, false))
        finishDrag(event->scenePos());
}

void JourneyScene::finishDrag(const QPointF& scenePos)
{
    const QList<Id> ids = selectedCardIds();
    const auto [stageId, laneId] = cellAt(scenePos);
    if (ids.isEmpty() || !stageId) {
        relayout(); // dropped outside the grid: back where they were
        return;
    }
    QList<Id> others = m_doc->cardIds(stageId, laneId);
    for (Id id : ids)
        others.removeAll(id);
    const int slot =
        m_layout.slotAt(m_layout.rowAt(scenePos.y()), scenePos.y(), int(others.size()));
    QList<Id> after = others;
    for (int i = 0; i < ids.size(); ++i)
        after.insert(slot + i, ids[i]);
    if (after == m_doc->cardIds(stageId, laneId)) {
        relayout(); // nothing changed
        return;
    }
    if (edit::moveCards(*m_doc, ids, stageId, laneId, slot))
        relayout();
}

void JourneyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    if (CardItem* card = cardAt(this, event->scenePos())) {
        event->accept();
        emit cardDoubleClicked(card->cardId());
        return;
    }
    const auto [stageId, laneId] = cellAt(event->scenePos());
    event->setAccepted(stageId && laneId);
    if (stageId && laneId)
        emit cellDoubleClicked(stageId, laneId, event->scenePos());
}

} // namespace cx::canvas
