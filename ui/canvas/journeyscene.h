#pragma once

// The scene of one journey: a backdrop (stages, lanes, blueprint lines), the
// emotion curve, one CardItem per card (grouped by cell) and one LinkItem per
// link, found by id, and the layer that draws the links at rest. It mirrors
// the Document through its change signals: a one-card edit updates that
// card's item; adds, moves and removals make or drop items at once and move
// every item to the new layout once per edit (see scheduleRelayout()); only
// reloaded() rebuilds. Gestures become edit:: calls.

#include "canvaslayout.h"
#include "model/types.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <optional>

class QTimer;

namespace cx {

class Document;

namespace canvas {

class BackdropItem;
class CardItem;
class EmotionCurveItem;
class LinkItem;
class LinkLayer;

class JourneyScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit JourneyScene(QObject* parent = nullptr);
    ~JourneyScene() override;

    void setDocument(Document* doc, Id journeyId);
    Document* document() const { return m_doc; }
    Id journeyId() const { return m_journeyId; }

    void setShowLinks(bool show);
    bool showLinks() const { return m_showLinks; }
    void setShowCurve(bool show);
    bool showCurve() const { return m_showCurve; }

    // Department lens (0 = none): others' cards dim; cards the department's
    // back-stage work reaches are outlined.
    void setLens(Id departmentId);
    Id lens() const { return m_lens; }
    // Search (Ctrl+F): the cards that match stay bright and the rest dim,
    // together with the lens (a card must pass both); nullopt ends it.
    void setSearch(const std::optional<QSet<Id>>& matches);
    bool isSearching() const { return m_search.has_value(); }
    // Show Impact: a card's chains traced over everything else (lens and
    // search): the cards on them outlined, the links along them emphasised,
    // the rest dimmed. An empty trace ends it.
    struct Trace
    {
        Id origin = 0;
        QSet<Id> cards; // the origin and every card on its chains
        QSet<Id> links;
    };
    void setTrace(const Trace& trace);
    bool isTracing() const { return m_trace.origin != 0; }
    const Trace& trace() const { return m_trace; }

    const CanvasLayout& layout() const { return m_layout; }
    const BackdropItem* backdrop() const { return m_backdrop; }
    CardItem* cardItem(Id cardId) const { return m_cards.value(cardId); }
    LinkItem* linkItem(Id linkId) const { return m_links.value(linkId); }
    const LinkLayer* linkLayer() const { return m_linkLayer; }
    int cardItemCount() const { return int(m_cards.size()); }
    QList<Id> selectedCardIds() const; // in reading order
    void selectCards(const QList<Id>& ids);
    // The links selected (a click on one selects it), ascending.
    QList<Id> selectedLinkIds() const;
    // Selects the link alone (nothing when it is not on this journey or hidden).
    void selectLink(Id linkId);

    // The (stage, lane) cell at a scene point; {0, 0} outside the grid.
    std::pair<Id, Id> cellAt(const QPointF& scenePos) const;
    // Scene rectangle of a card (empty if unknown).
    QRectF cardRect(Id cardId) const;

    // Applies pending coalesced work (layout, lens, curve) now: tests and exports.
    void flush();
    // How many times the journey was laid out (tests count them).
    int relayoutCount() const { return m_relayoutCount; }

signals:
    void cellDoubleClicked(cx::Id stageId, cx::Id laneId, QPointF scenePos);
    void cardDoubleClicked(cx::Id cardId);
    void linkDragFinished(cx::Id fromCard, cx::Id toCard);
    void cardSelectionChanged(const QList<cx::Id>& cardIds);
    void layoutChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void connectDocument();
    void rebuild();
    void relayout();
    void scheduleRelayout();
    void applyPendingLayout();
    void routeLinks();
    void routeLinksOf(Id cardId);
    void addCardItem(Id cardId);
    void putInCell(CardItem* item);
    void raiseSelectedCells();
    void addLinkItem(Id linkId);
    void removeLinkItem(Id linkId);
    bool inJourney(Id cardId) const;
    void scheduleAnalysis();
    void staleCurve(Id stageId);   // 0 = every stage
    void staleLens(Id cardId = 0); // 0 = links or lanes changed
    void applyAnalysis();
    void updateCurve();
    void applyLens();
    void applyLensTo(CardItem* item, bool reached);
    DocumentData journeyData(const QList<Id>& stageIds, bool withLinks) const;
    void emphasiseLinks();
    void finishDrag(const QPointF& scenePos);

    void onCardAdded(Id id);
    void onCardChanged(Id id, int fields);
    void onCardMoved(Id id, Id fromStage);
    void onCardRemoved(Id id, Id stageId);
    void onDepartmentChanged(Id id);

    QPointer<Document> m_doc;
    Id m_journeyId = 0;
    CanvasLayout m_layout;
    BackdropItem* m_backdrop = nullptr;
    EmotionCurveItem* m_curve = nullptr;
    LinkLayer* m_linkLayer = nullptr;
    QHash<Id, CardItem*> m_cards;
    QHash<std::pair<Id, Id>, QGraphicsItem*> m_cells; // (stage, lane) -> its cards' group
    QHash<Id, LinkItem*> m_links;
    // The layout, coalesced: the signals of one edit (a paste of 500 cards,
    // the removal of a stage) mark it stale; the end of the edit (the undo
    // stack's index), flush() or the next turn of the event loop lays out once.
    bool m_layoutStale = false;
    int m_relayoutCount = 0;
    // Analysis, coalesced: what is stale is recomputed by the next
    // applyAnalysis(), and no more.
    QTimer* m_analysisTimer = nullptr;
    QHash<Id, std::optional<double>> m_curvePoints; // stage -> emotion
    QSet<Id> m_staleStages;                         // their curve point
    bool m_curveStale = false;                      // every stage's
    bool m_lensStale = false;
    bool m_emphasisStale = false; // a link came: its emphasis
    Id m_lens = 0;
    QSet<Id> m_lensDimmed;            // cards the lens greys out
    QSet<Id> m_lensReached;           // cards the lens department's work reaches
    std::optional<QSet<Id>> m_search; // the cards a search leaves bright
    Trace m_trace;                    // Show Impact, over lens and search
    bool m_showLinks = true;
    bool m_showCurve = true;
    bool m_reviewBadges = false; // the journey has reviews (CardItem::setReviewBadge)
    // Gestures.
    bool m_dragging = false;
    Id m_linkFrom = 0;
    QGraphicsPathItem* m_linkPreview = nullptr;
};

} // namespace canvas
} // namespace cx
