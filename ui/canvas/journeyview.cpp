#include "journeyview.h"

#include "backdropitem.h"
#include "canvasstyle.h"
#include "carditem.h"
#include "commands/edit.h"
#include "emotioncurveitem.h"
#include "journeyscene.h"
#include "model/document.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace cx::canvas {

JourneyView::JourneyView(JourneyScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::NoDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Journey canvas"));
    setAccessibleDescription(tr("Stages as columns, lanes as rows, cards as notes. Arrow keys "
                                "move between cards, F2 edits a title, double-click an empty "
                                "cell to add a card."));
    setFrameShape(QFrame::NoFrame);
    connect(m_scene, &JourneyScene::cellDoubleClicked, this,
            [this](Id stageId, Id laneId) { beginNewCard(stageId, laneId); });
    connect(m_scene, &JourneyScene::cardDoubleClicked, this, &JourneyView::editCardTitle);
}

JourneyView::~JourneyView()
{
    // An open editor goes as with Esc: losing the focus later in the teardown,
    // it would commit what was typed into a half-destroyed view.
    if (m_editor) {
        m_editor->removeEventFilter(this);
        m_editor->disconnect(this);
    }
}

qreal JourneyView::zoom() const { return transform().m11(); }

void JourneyView::setZoom(qreal factor)
{
    factor = std::clamp(factor, 0.1, 4.0);
    if (std::abs(factor - zoom()) < 1e-6)
        return;
    setTransform(QTransform::fromScale(factor, factor));
    placeEditor();
    emit zoomChanged(factor);
}

void JourneyView::zoomIn() { setZoom(zoom() * 1.25); }
void JourneyView::zoomOut() { setZoom(zoom() / 1.25); }

void JourneyView::fitToWindow()
{
    const QRectF r = scene()->sceneRect();
    if (r.isEmpty())
        return;
    const qreal fx = viewport()->width() / r.width();
    const qreal fy = viewport()->height() / r.height();
    setZoom(std::min(fx, fy) * 0.98);
    centerOn(r.center());
}

void JourneyView::fitWidth()
{
    const QRectF r = scene()->sceneRect();
    if (r.isEmpty())
        return;
    // The vertical scroll bar takes its room once the lanes no longer fit.
    const int bar = verticalScrollBar()->sizeHint().width();
    const qreal fx =
        (viewport()->width() - (verticalScrollBar()->isVisible() ? 0 : bar)) / r.width();
    setZoom(fx * 0.99);
    ensureVisible(QRectF(r.topLeft(), QSizeF(1, 1)), 0, 0);
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
}

void JourneyView::revealStage(Id stageId)
{
    for (const auto& c : m_scene->layout().columns)
        if (c.stageId == stageId)
            ensureVisible(QRectF(c.left, mapToScene(0, 0).y(), stageWidth, 10));
}

void JourneyView::revealLane(Id laneId)
{
    for (const auto& r : m_scene->layout().rows)
        if (r.laneId == laneId)
            ensureVisible(QRectF(mapToScene(0, 0).x(), r.top, 10, std::min(r.height, 400.0)));
}

void JourneyView::revealDepartment(Id departmentId)
{
    const Document* doc = m_scene->document();
    if (!doc || !departmentId)
        return;
    for (Id id : doc->cardIdsOfJourney(m_scene->journeyId())) {
        const Card* c = doc->card(id);
        if (c->accountableId == departmentId || c->contributingIds.contains(departmentId))
            return reveal(m_scene->cardRect(id));
    }
}

void JourneyView::reveal(const QRectF& sceneRect, int border)
{
    // The room the pinned headers would take once the view scrolls there.
    const qreal z = zoom();
    const QRect target = mapFromScene(sceneRect).boundingRect();
    const QRect room = viewport()->rect();
    const int left = sceneRect.left() > laneHeaderWidth + margin
                         ? int(std::ceil(laneHeaderWidth * z)) + border
                         : border;
    const int top = sceneRect.top() > stageHeaderHeight + margin
                        ? int(std::ceil(stageHeaderHeight * z)) + border
                        : border;
    int dx = 0;
    if (target.left() < room.left() + left)
        dx = target.left() - (room.left() + left);
    else if (target.right() > room.right() - border)
        dx = std::min(target.right() - (room.right() - border),
                      target.left() - (room.left() + left));
    int dy = 0;
    if (target.top() < room.top() + top)
        dy = target.top() - (room.top() + top);
    else if (target.bottom() > room.bottom() - border)
        dy =
            std::min(target.bottom() - (room.bottom() - border), target.top() - (room.top() + top));
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + dx);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + dy);
}

void JourneyView::centerOnCard(Id cardId)
{
    const QRectF r = m_scene->cardRect(cardId);
    if (!r.isEmpty())
        centerOn(r.center());
}

void JourneyView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void JourneyView::mousePressEvent(QMouseEvent* event)
{
    // The backdrop and the curve are the board itself: dragging them pans.
    const QGraphicsItem* hit = itemAt(event->pos());
    const bool onItem =
        hit && hit->type() != BackdropItem::Type && hit->type() != EmotionCurveItem::Type;
    if (event->button() == Qt::LeftButton && !onItem) {
        if (event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)) {
            setDragMode(QGraphicsView::RubberBandDrag);
        } else {
            m_scene->clearSelection();
            m_panning = true;
            m_panFrom = event->pos();
            viewport()->setCursor(Qt::ClosedHandCursor);
            event->accept();
            return;
        }
    }
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void JourneyView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panFrom;
        m_panFrom = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void JourneyView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->unsetCursor();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    setDragMode(QGraphicsView::NoDrag);
}

void JourneyView::keyPressEvent(QKeyEvent* event)
{
    const QList<Id> selected = m_scene->selectedCardIds();
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            moveSelection(event->key());
            return;
        }
        break;
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (selected.size() == 1) {
            editCardTitle(selected.first());
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void JourneyView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    placeEditor();
    // Scrolling moves pixels; the pinned headers must stay where they are.
    if (headersPinned())
        viewport()->update();
}

bool JourneyView::headersPinned() const
{
    const QPointF topLeft = mapToScene(QPoint(0, 0));
    return topLeft.y() > margin + 1 || topLeft.x() > margin + 1;
}

// Stage headers stay at the top and lane names at the left while the map
// scrolls under them, so that a card far from both still says where it is.
void JourneyView::drawForeground(QPainter* p, const QRectF& exposed)
{
    const BackdropItem* backdrop = m_scene->backdrop();
    if (!backdrop || !headersPinned())
        return;
    const CanvasLayout& layout = backdrop->layout();
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const qreal pad = 4 / zoom();
    const bool pinTop = visible.top() > margin + 1;
    const bool pinLeft = visible.left() > margin + 1;
    // Only what the repaint exposes: a card's repaint in mid-map draws none.
    const QRectF column(visible.left(), visible.top(), laneHeaderWidth, visible.height());
    if (pinLeft && column.intersects(exposed)) {
        const qreal top = pinTop ? visible.top() + stageHeaderHeight - 4 : visible.top();
        p->save();
        p->setClipRect(QRectF(visible.left(), top, laneHeaderWidth, visible.height()));
        paintPinnedHead(p, visible.left(), top, !pinTop);
        for (int i = 0; i < layout.rows.size(); ++i) {
            const QRectF label = backdrop->laneLabelRect(i, visible.left());
            if (label.intersects(exposed))
                backdrop->paintLaneLabel(p, i, label);
        }
        p->setPen(QPen(QColor(0, 0, 0, 40), 0));
        p->drawLine(QPointF(visible.left() + laneHeaderWidth - 8, top),
                    QPointF(visible.left() + laneHeaderWidth - 8, visible.bottom()));
        p->restore();
        if (!pinTop) // the map's own headers, where the corner cuts one
            paintHeaderBeside(p, visible.left() + laneHeaderWidth, margin);
    }
    const QRectF strip(visible.left(), visible.top(), visible.width(), stageHeaderHeight - 4);
    if (pinTop && strip.intersects(exposed)) {
        p->fillRect(strip, QColor(0xe9, 0xeb, 0xef, 235));
        // A header half under the corner beside the persona slides out of
        // it, its name shortened, rather than being cut; a sliver is left out.
        const qreal corner = pinLeft ? visible.left() + laneHeaderWidth : visible.left();
        for (int i = 0; i < layout.columns.size(); ++i) {
            const QRectF header = backdrop->stageHeaderRect(i, visible.top() + pad);
            if (header.left() >= corner && header.intersects(exposed))
                backdrop->paintStageHeader(p, i, header);
        }
        paintHeaderBeside(p, corner, visible.top() + pad);
        if (pinLeft) { // the corner above the lane names: the persona
            p->fillRect(QRectF(strip.topLeft(), QSizeF(laneHeaderWidth, strip.height())),
                        QColor(0xe9, 0xeb, 0xef));
            if (!backdrop->personaName().isEmpty())
                backdrop->paintPersona(p,
                                       backdrop->personaRect(visible.left(), visible.top() + pad));
        }
    }
}

// Above the pinned lane names, from top down to the first lane: the persona
// (withPersona) and the curve band's name, so that no half of them is left
// sticking out at the window's edge.
void JourneyView::paintPinnedHead(QPainter* p, qreal left, qreal top, bool withPersona) const
{
    const BackdropItem* backdrop = m_scene->backdrop();
    const CanvasLayout& layout = backdrop->layout();
    const qreal rowsTop = layout.rows.isEmpty() ? layout.bounds.bottom() : layout.rows.first().top;
    if (rowsTop <= top)
        return;
    p->fillRect(QRectF(left, top, laneHeaderWidth, rowsTop - top), QColor(0xe9, 0xeb, 0xef));
    if (withPersona && !backdrop->personaName().isEmpty())
        backdrop->paintPersona(p, backdrop->personaRect(left, margin));
    if (layout.curveHeight > 0) {
        p->fillRect(QRectF(left, layout.curveTop, laneHeaderWidth, layout.curveHeight), Qt::white);
        backdrop->paintCurveLabel(p, left);
    }
}

// The stage header that the corner at x = corner cuts: slid out of the corner
// with its name shortened, or hidden when only a sliver would be left.
void JourneyView::paintHeaderBeside(QPainter* p, qreal corner, qreal top) const
{
    const BackdropItem* backdrop = m_scene->backdrop();
    for (int i = 0; i < backdrop->layout().columns.size(); ++i) {
        QRectF header = backdrop->stageHeaderRect(i, top);
        if (header.left() >= corner || header.right() <= corner)
            continue;
        header.setLeft(corner);
        p->fillRect(header.adjusted(0, -2, 2, 2), QColor(0xe9, 0xeb, 0xef));
        if (header.width() >= 72)
            backdrop->paintStageHeader(p, i, header);
    }
}

// Arrow keys: left/right to the nearest card of the neighbouring stage in the
// same lane, up/down within the cell and on to the neighbouring lane.
void JourneyView::moveSelection(int key)
{
    const QList<Id> selected = m_scene->selectedCardIds();
    Document* doc = m_scene->document();
    if (!doc)
        return;
    if (selected.isEmpty()) {
        const QList<Id> all = doc->cardIdsOfJourney(m_scene->journeyId());
        if (!all.isEmpty())
            m_scene->selectCards({all.first()});
        return;
    }
    const QRectF from = m_scene->cardRect(selected.last());
    const QPointF c = from.center();
    Id best = 0;
    qreal bestScore = 1e18;
    for (Id id : doc->cardIdsOfJourney(m_scene->journeyId())) {
        const QPointF o = m_scene->cardRect(id).center();
        const QPointF d = o - c;
        const bool ahead = (key == Qt::Key_Left && d.x() < -1) ||
                           (key == Qt::Key_Right && d.x() > 1) ||
                           (key == Qt::Key_Up && d.y() < -1) || (key == Qt::Key_Down && d.y() > 1);
        if (!ahead)
            continue;
        const bool horizontal = key == Qt::Key_Left || key == Qt::Key_Right;
        const qreal along = horizontal ? std::abs(d.x()) : std::abs(d.y());
        const qreal across = horizontal ? std::abs(d.y()) : std::abs(d.x());
        const qreal score = along + across * 3;
        if (score < bestScore) {
            bestScore = score;
            best = id;
        }
    }
    if (best) {
        m_scene->selectCards({best});
        reveal(m_scene->cardRect(best));
    }
}

// --- In-place editor -------------------------------------------------------------

void JourneyView::editCardTitle(Id cardId)
{
    Document* doc = m_scene->document();
    const Card* card = doc ? doc->card(cardId) : nullptr;
    if (!card || doc->isReadOnly())
        return;
    m_editedCard = cardId;
    m_newStage = m_newLane = 0;
    openEditor(m_scene->cardRect(cardId), card->title);
}

void JourneyView::beginNewCard(Id stageId, Id laneId)
{
    Document* doc = m_scene->document();
    if (!doc || doc->isReadOnly())
        return;
    const CanvasLayout& l = m_scene->layout();
    int column = -1, row = -1;
    for (int i = 0; i < l.columns.size(); ++i)
        column = l.columns[i].stageId == stageId ? i : column;
    for (int i = 0; i < l.rows.size(); ++i)
        row = l.rows[i].laneId == laneId ? i : row;
    const QRectF cell = l.cellRect(column, row);
    if (cell.isEmpty())
        return;
    const int count = int(doc->cardIds(stageId, laneId).size());
    const qreal y = std::min(cell.top() + cellPadding + count * (cardHeight + cardGap),
                             cell.bottom() - cardHeight / 2);
    m_editedCard = 0;
    m_newStage = stageId;
    m_newLane = laneId;
    openEditor(QRectF(cell.left() + cellPadding, y, cardWidth, cardHeight), QString());
}

void JourneyView::openEditor(const QRectF& sceneRect, const QString& text)
{
    closeEditor();
    m_editorRect = sceneRect;
    m_editor = new QLineEdit(viewport());
    m_editor->setAccessibleName(tr("Card title"));
    m_editor->setPlaceholderText(tr("Card title, Enter to save, Esc to cancel"));
    m_editor->setText(text);
    m_editor->selectAll();
    connect(m_editor, &QLineEdit::editingFinished, this, [this] {
        if (m_editor && !m_editor->hasFocus())
            commitEditor(); // focus moved away: keep what was typed
    });
    m_editor->installEventFilter(this);
    placeEditor();
    m_editor->show();
    m_editor->setFocus();
}

void JourneyView::placeEditor()
{
    if (!m_editor)
        return;
    const QRect r = mapFromScene(m_editorRect).boundingRect();
    const int height = std::max(28, int(32 * zoom()));
    m_editor->setGeometry(r.left(), r.top() + r.height() / 3, std::max(r.width(), 160), height);
}

void JourneyView::closeEditor()
{
    if (!m_editor)
        return;
    QLineEdit* e = m_editor;
    m_editor = nullptr;
    e->removeEventFilter(this);
    e->hide();
    e->deleteLater();
    setFocus();
}

void JourneyView::commitEditor()
{
    if (!m_editor)
        return;
    const QString text = m_editor->text().trimmed();
    const Id cardId = m_editedCard;
    const Id stage = m_newStage, lane = m_newLane;
    closeEditor();
    Document* doc = m_scene->document();
    if (!doc || text.isEmpty())
        return;
    if (cardId) {
        if (doc->card(cardId) && doc->card(cardId)->title != text) {
            if (Error err = edit::setCardTitle(*doc, cardId, text, edit::Merge::No))
                emit editFailed(err);
        }
        return;
    }
    Card card;
    card.stageId = stage;
    card.laneId = lane;
    card.position = -1;
    card.title = text;
    card.accountableId = m_scene->lens();
    auto added = edit::addCard(*doc, card);
    if (!added) {
        emit editFailed(added.error());
        return;
    }
    m_scene->selectCards({added.value()});
    emit cardAdded(added.value());
}

// Enter and Esc end the edit here rather than in the line edit: it would pass
// Enter on to the view, which would open the editor again.
bool JourneyView::eventFilter(QObject* watched, QEvent* event)
{
    // Esc cancels the edit even while a window shortcut (ending an impact
    // trace) would take it.
    if (watched == m_editor && event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Escape:
            closeEditor();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            commitEditor();
            return true;
        default:
            break;
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

} // namespace cx::canvas
