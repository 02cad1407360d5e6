#pragma once

// The view on a JourneyScene: zoom (Ctrl+wheel, keys), pan (drag the
// background, scroll bars), fit, rubber-band selection (Shift- or Ctrl-drag),
// arrow keys between cards, and the in-place title editor: F2, Enter or a
// double-click on a card edits its title; a double-click on an empty spot of a
// cell adds a card there.

#include "model/result.h"
#include "model/types.h"

#include <QGraphicsView>
#include <QPointer>

class QLineEdit;

namespace cx::canvas {

class JourneyScene;

class JourneyView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit JourneyView(JourneyScene* scene, QWidget* parent = nullptr);
    ~JourneyView() override;

    JourneyScene* journeyScene() const { return m_scene; }

    qreal zoom() const;
    void setZoom(qreal factor); // 1.0 = 100 %, clamped to 10 %..400 %
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    // Every stage across the window (the lanes scroll), from the top.
    void fitWidth();
    // Scrolls the stage's column, or the lane's row, into sight.
    void revealStage(Id stageId);
    void revealLane(Id laneId);
    // Scrolls to the department's first card (accountable or contributing)
    // in reading order, when it has one on the journey.
    void revealDepartment(Id departmentId);
    // Scrolls the least so that sceneRect (with border pixels around it)
    // is in sight and not under the pinned stage headers or lane names.
    void reveal(const QRectF& sceneRect, int border = 40);

    void centerOnCard(Id cardId);
    // Edits a card's title in place: Enter saves, Esc cancels.
    void editCardTitle(Id cardId);
    // Opens the in-place editor for a new card in a cell; Enter adds it.
    void beginNewCard(Id stageId, Id laneId);
    bool isEditing() const { return m_editor != nullptr; }
    QLineEdit* editor() const { return m_editor; }

signals:
    void zoomChanged(qreal factor);
    void cardAdded(cx::Id cardId);
    // An edit made here was refused (by the model or a team map's server).
    void editFailed(const cx::Error& error);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openEditor(const QRectF& sceneRect, const QString& text);
    void placeEditor();
    void closeEditor();
    void commitEditor();
    void moveSelection(int key);
    bool headersPinned() const; // stage headers or lane labels scrolled out of sight
    void paintPinnedHead(QPainter* p, qreal left, qreal top, bool withPersona) const;
    void paintHeaderBeside(QPainter* p, qreal corner, qreal top) const;

    JourneyScene* m_scene;
    QLineEdit* m_editor = nullptr;
    QRectF m_editorRect;
    Id m_editedCard = 0;
    Id m_newStage = 0;
    Id m_newLane = 0;
    bool m_panning = false;
    QPoint m_panFrom;
};

} // namespace cx::canvas
