#pragma once

// Presentation mode: walks a JourneyView through the journey for a room, one
// stage at a time (there is no overview step: the map itself is the
// overview). Each step frames one stage's column, header, emotion curve and
// every lane, as large as fits, but never with card titles under minTitlePx
// on screen: a column too tall for that is shown from its header down and
// Up/Down scroll it lane by lane (they never change the stage). The other
// stages stay in sight behind a veil and the current stage's header is
// marked; a band reserved at the bottom of the screen says where the room is
// ("Stage 3 of 9 · Order", which lanes are in sight) and no framing puts a
// card under it. Keys: Right, PageDown, Space the next stage; Left, PageUp,
// Backspace the previous one; Up, Down scroll lanes; Home, End the first and
// last stage; Esc leaves. Moving pans and zooms smoothly.
// While presenting the window is full screen, the widgets given to
// setWidgetsToHide() are hidden, the card selection is set aside and the
// cards are inert: the mouse only pans (Ctrl+wheel still zooms), so nothing
// is edited by accident. The model, the lens and the curve are not touched.
// stop() puts everything back: the window state, a QMainWindow's docks and
// toolbars exactly as they were (saveState()/restoreState(), so tabified
// docks keep their current tab), the selection, the zoom and the position.

#include "model/types.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QRectF>

class QLabel;
class QVariantAnimation;
class QWidget;

namespace cx {

namespace canvas {
class JourneyView;
}

class StageSpotlight;

class Presenter : public QObject
{
    Q_OBJECT
public:
    // view must not be null. window is the top-level widget that goes full
    // screen (the view's own window when null).
    explicit Presenter(canvas::JourneyView* view, QWidget* window = nullptr,
                       QObject* parent = nullptr);
    ~Presenter() override;

    // Hidden while presenting and shown again by stop() (those that were
    // visible): docks, toolbars, menu and status bar.
    void setWidgetsToHide(const QList<QWidget*>& widgets);

    // Smooth transitions (the default) or instant jumps (tests).
    void setAnimated(bool animated) { m_animated = animated; }
    bool isAnimated() const { return m_animated; }
    static constexpr int animationMs = 350;
    // A stage that fits is magnified up to this much.
    static constexpr qreal maxZoom = 1.6;
    // Card titles are never smaller than this on screen (the em height of
    // the title font, in device-independent pixels).
    static constexpr qreal minTitlePx = 15;
    // The band at the bottom of the view that holds the caption.
    static constexpr int bandHeight = 64;

    bool isPresenting() const { return m_presenting; }
    // A transition is on its way (animated only).
    bool isMoving() const;
    // The stage on screen, 0-based.
    int step() const { return m_step; }
    // One step per stage.
    int stepCount() const;
    QString caption() const { return caption(m_step); }
    // "Stage 3 of 9 · Order".
    QString caption(int step) const;
    // The scene rectangle of a step's stage column: header, curve, lanes.
    QRectF stepRect(int step) const;
    // The smallest zoom at which card titles are minTitlePx high.
    qreal readableZoom() const;
    // The caption band (tests).
    QLabel* captionWidget() const;

public slots:
    void start();
    void stop();
    void next();
    void previous();
    void goTo(int step);
    // Within a stage too tall for the screen: the lanes below or above come
    // into sight. No effect on a stage that fits.
    void scrollDown();
    void scrollUp();

signals:
    void started();
    void stopped();
    void stepChanged(int step, const QString& caption);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Camera
    {
        QPointF center;
        qreal zoom = 1;
    };
    struct Framing
    {
        qreal zoom = 1;
        bool fits = true;
        qreal minTop = 0; // the range of m_top, for a column that does not fit
        qreal maxTop = 0;
    };
    bool handleKey(int key);
    bool handleMouse(QEvent* event);
    void onViewportResized();
    QRectF area() const;
    Framing framing(int step) const;
    qreal visibleSceneHeight(qreal zoom) const;
    QList<qreal> laneTops(int step) const;
    Camera currentCamera() const;
    Camera cameraFor(int step) const;
    void scrollTo(qreal top);
    void moveTo(const Camera& target, bool animated);
    void apply(const Camera& camera);
    void onAnimationStep(qreal t);
    void updateCaption();
    QString lanesInSight() const;
    void placeOverlays();
    void hideWidgets();
    void restoreWidgets();

    QPointer<canvas::JourneyView> m_view;
    QPointer<QWidget> m_window;
    QPointer<QLabel> m_caption;
    QPointer<StageSpotlight> m_spotlight;
    QVariantAnimation* m_animation = nullptr;
    Camera m_from;
    Camera m_to;
    bool m_animated = true;
    bool m_presenting = false;
    int m_step = 0;
    qreal m_top = 0; // the scene y at the top of the framing, when it does not fit
    bool m_panning = false;
    QPointF m_panFrom;
    // What stop() restores.
    Qt::WindowStates m_windowState;
    QByteArray m_mainWindowState; // QMainWindow::saveState(), docks and toolbars
    Camera m_before;
    QList<Id> m_selection;
    Qt::ScrollBarPolicy m_hPolicy = Qt::ScrollBarAsNeeded;
    Qt::ScrollBarPolicy m_vPolicy = Qt::ScrollBarAsNeeded;
    QList<QPointer<QWidget>> m_toHide;
    QList<QPointer<QWidget>> m_hidden;
};

} // namespace cx
