#pragma once

// Presentation mode: walks a JourneyView through the journey for a room. The
// steps are an overview of the whole journey, each stage's column in order
// (header, emotion-curve band and every lane, fitted to the screen), and the
// overview again. Moving between steps pans and zooms smoothly. While
// presenting the window is full screen, the keys step (Right, Down, PageDown,
// Space forward; Left, Up, PageUp, Backspace back; Home, End; Esc leaves) and
// a caption floats at the bottom of the canvas. The scene is not touched: the
// lens, the curve and the cards stay as they are, and the mouse still pans
// and zooms. stop() puts the window, the zoom and the hidden widgets back.

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
    // visible): docks, toolbars, status bar.
    void setWidgetsToHide(const QList<QWidget*>& widgets);

    // Smooth transitions (the default) or instant jumps (tests).
    void setAnimated(bool animated) { m_animated = animated; }
    bool isAnimated() const { return m_animated; }
    static constexpr int animationMs = 350;
    static constexpr qreal maxZoom = 1.6;
    // Below this a stage column that fits is too small to read: a tall map's
    // column is then shown from its header down at up to tallMaxZoom.
    static constexpr qreal readableZoom = 0.9;
    static constexpr qreal tallMaxZoom = 1.25; // a stage column is read, not magnified

    bool isPresenting() const { return m_presenting; }
    // A transition is on its way (animated only).
    bool isMoving() const;
    int step() const { return m_step; }
    // Overview, one step per stage, overview again.
    int stepCount() const;
    QString caption() const { return caption(m_step); }
    QString caption(int step) const;
    // The scene rectangle a step shows (before the margin is added).
    QRectF stepRect(int step) const;
    // The floating caption over the canvas (tests).
    QLabel* captionWidget() const;

public slots:
    void start();
    void stop();
    void next();
    void previous();
    void goTo(int step);

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
    bool handleKey(int key);
    Camera currentCamera() const;
    Camera cameraFor(int step) const;
    void moveTo(const Camera& target, bool animated);
    void apply(const Camera& camera);
    void onAnimationStep(qreal t);
    void placeCaption();
    void hideWidgets();
    void restoreWidgets();

    QPointer<canvas::JourneyView> m_view;
    QPointer<QWidget> m_window;
    QPointer<QLabel> m_caption;
    QVariantAnimation* m_animation = nullptr;
    Camera m_from;
    Camera m_to;
    bool m_animated = true;
    bool m_presenting = false;
    int m_step = 0;
    // What stop() restores.
    Qt::WindowStates m_windowState;
    Camera m_before;
    Qt::ScrollBarPolicy m_hPolicy = Qt::ScrollBarAsNeeded;
    Qt::ScrollBarPolicy m_vPolicy = Qt::ScrollBarAsNeeded;
    QList<QPointer<QWidget>> m_toHide;
    QList<QPointer<QWidget>> m_hidden;
};

} // namespace cx
