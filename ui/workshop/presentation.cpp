#include "presentation.h"

#include "canvas/canvasstyle.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "model/document.h"

#include <QEasingCurve>
#include <QKeyEvent>
#include <QLabel>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace cx {

namespace {

constexpr int captionGap = 16; // between the caption and the bottom of the screen

constexpr Qt::KeyboardModifiers commandModifiers =
    Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;

bool isPresenterKey(int key)
{
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_Escape:
        return true;
    default:
        return false;
    }
}

} // namespace

Presenter::Presenter(canvas::JourneyView* view, QWidget* window, QObject* parent)
    : QObject(parent), m_view(view), m_window(window ? window : view->window())
{
    m_caption = new QLabel(view);
    m_caption->setObjectName(QStringLiteral("presentationCaption"));
    m_caption->setTextFormat(Qt::RichText);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_caption->setStyleSheet(QStringLiteral(
        "QLabel#presentationCaption { background: rgba(24, 28, 36, 170); color: white; "
        "border-radius: 10px; padding: 8px 20px; }"));
    m_caption->hide();

    m_animation = new QVariantAnimation(this);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(animationMs);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant& t) { onAnimationStep(t.toReal()); });

    // Stages added or removed while presenting: stay within the steps.
    connect(view->journeyScene(), &canvas::JourneyScene::layoutChanged, this, [this] {
        if (m_presenting && m_step >= stepCount())
            goTo(stepCount() - 1);
    });
}

Presenter::~Presenter()
{
    if (m_presenting)
        stop();
}

bool Presenter::isMoving() const { return m_animation->state() == QAbstractAnimation::Running; }

QLabel* Presenter::captionWidget() const { return m_caption; }

void Presenter::setWidgetsToHide(const QList<QWidget*>& widgets)
{
    m_toHide.clear();
    for (QWidget* w : widgets)
        m_toHide.append(w);
}

int Presenter::stepCount() const
{
    if (!m_view)
        return 0;
    return int(m_view->journeyScene()->layout().columns.size()) + 2;
}

QString Presenter::caption(int step) const
{
    const int stages = stepCount() - 2;
    if (step < 1 || step > stages)
        return tr("Overview");
    const canvas::JourneyScene* scene = m_view->journeyScene();
    const Id stageId = scene->layout().columns[step - 1].stageId;
    const Document* doc = scene->document();
    const Stage* stage = doc ? doc->stage(stageId) : nullptr;
    const QString name = stage ? stage->name : QString();
    return tr("Stage %1 of %2 · %3").arg(step).arg(stages).arg(name);
}

QRectF Presenter::stepRect(int step) const
{
    if (!m_view)
        return {};
    const canvas::JourneyScene* scene = m_view->journeyScene();
    const canvas::CanvasLayout& layout = scene->layout();
    if (step < 1 || step > layout.columns.size())
        return scene->sceneRect();
    // The column from its header down through the curve band and every lane.
    const qreal left = layout.columns[step - 1].left;
    return QRectF(left, canvas::margin, canvas::stageWidth, layout.gridBottom() - canvas::margin);
}

void Presenter::start()
{
    if (m_presenting || !m_view || !m_window)
        return;
    m_presenting = true;
    m_before = currentCamera();
    m_windowState = m_window->windowState();
    m_hPolicy = m_view->horizontalScrollBarPolicy();
    m_vPolicy = m_view->verticalScrollBarPolicy();
    m_step = 0;
    hideWidgets();
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_window->installEventFilter(this);
    m_window->showFullScreen();
    m_view->setFocus();
    m_caption->show();
    m_caption->raise();
    emit started();
    goTo(0);
    emit stepChanged(m_step, caption());
}

void Presenter::stop()
{
    if (!m_presenting)
        return;
    m_presenting = false;
    m_animation->stop();
    if (m_caption)
        m_caption->hide();
    if (m_window) {
        m_window->removeEventFilter(this);
        m_window->setWindowState(m_windowState);
    }
    restoreWidgets();
    if (m_view) {
        m_view->removeEventFilter(this);
        m_view->viewport()->removeEventFilter(this);
        m_view->setHorizontalScrollBarPolicy(m_hPolicy);
        m_view->setVerticalScrollBarPolicy(m_vPolicy);
        m_view->setSceneRect(QRectF()); // follows the scene again
        apply(m_before);
    }
    emit stopped();
}

void Presenter::next()
{
    if (m_step + 1 < stepCount())
        goTo(m_step + 1);
}

void Presenter::previous()
{
    if (m_step > 0)
        goTo(m_step - 1);
}

// Going to the current step again frames it again (after a pan by mouse).
void Presenter::goTo(int step)
{
    if (!m_presenting || !m_view)
        return;
    step = std::clamp(step, 0, stepCount() - 1);
    const bool changed = step != m_step;
    m_step = step;
    m_caption->setText(QStringLiteral("<b>%1</b><br><small>%2</small>")
                           .arg(caption().toHtmlEscaped(), tr("← → to move, Esc to leave")));
    placeCaption();
    moveTo(cameraFor(step), m_animated && m_view->isVisible());
    if (changed)
        emit stepChanged(m_step, caption());
}

Presenter::Camera Presenter::currentCamera() const
{
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    return {visible.center(), m_view->zoom()};
}

// The step's rectangle fitted to the viewport with a margin. A stage column
// leaves room on both sides for the lane names the view pins at the left.
Presenter::Camera Presenter::cameraFor(int step) const
{
    const QRectF r = stepRect(step);
    const QSizeF viewport = m_view->viewport()->size();
    if (r.isEmpty() || viewport.isEmpty())
        return currentCamera();
    const bool column = step >= 1 && step <= stepCount() - 2;
    const qreal width = column ? r.width() + 2 * canvas::laneHeaderWidth : r.width();
    const qreal pad = std::max(16.0, 0.04 * std::min(viewport.width(), viewport.height()));
    // The caption floats below the framing, not over its last lane.
    const qreal padY = pad + m_caption->sizeHint().height() + captionGap;
    const qreal fit =
        std::min((viewport.width() - 2 * pad) / width, (viewport.height() - 2 * padY) / r.height());
    if (column && fit < readableZoom) {
        // A tall map: the whole column would be too small to read from the
        // back of the room. Show it readable from its header down instead;
        // the rest is a scroll away.
        const qreal zoom =
            std::clamp((viewport.width() - 2 * pad) / width, readableZoom, tallMaxZoom);
        const qreal visibleHeight = (viewport.height() - 2 * padY) / zoom;
        return {QPointF(r.center().x(), r.top() + visibleHeight / 2), zoom};
    }
    return {r.center(), std::clamp(fit, 0.1, maxZoom)};
}

void Presenter::moveTo(const Camera& target, bool animated)
{
    m_animation->stop();
    m_to = target;
    if (!animated) {
        apply(target);
        return;
    }
    m_from = currentCamera();
    m_animation->start();
}

// Zoom changes geometrically, so that zooming in and out feel alike.
void Presenter::onAnimationStep(qreal t)
{
    if (!m_presenting || m_from.zoom <= 0)
        return;
    Camera c;
    c.zoom = m_from.zoom * std::pow(m_to.zoom / m_from.zoom, t);
    c.center = m_from.center + (m_to.center - m_from.center) * t;
    apply(c);
}

void Presenter::apply(const Camera& camera)
{
    if (!m_view)
        return;
    m_view->setZoom(camera.zoom);
    if (m_presenting) {
        // A view cannot scroll past its scene rectangle: while presenting it
        // grows so that any framing can be centred, e.g. the first column.
        const QSizeF size = QSizeF(m_view->viewport()->size()) / m_view->zoom();
        QRectF visible(QPointF(), size);
        visible.moveCenter(camera.center);
        const QRectF wanted = m_view->journeyScene()->sceneRect().united(visible);
        if (!m_view->sceneRect().contains(wanted))
            m_view->setSceneRect(m_view->sceneRect().united(wanted));
    }
    m_view->centerOn(camera.center);
}

void Presenter::placeCaption()
{
    if (!m_view || !m_caption)
        return;
    m_caption->adjustSize();
    const QRect area = m_view->viewport()->geometry();
    m_caption->move(area.center().x() - m_caption->width() / 2,
                    area.bottom() - captionGap - m_caption->height());
    m_caption->raise();
}

void Presenter::hideWidgets()
{
    m_hidden.clear();
    for (const QPointer<QWidget>& w : std::as_const(m_toHide)) {
        if (w && !w->isHidden()) {
            m_hidden.append(w);
            w->hide();
        }
    }
}

void Presenter::restoreWidgets()
{
    for (const QPointer<QWidget>& w : std::as_const(m_hidden)) {
        if (w)
            w->show();
    }
    m_hidden.clear();
}

bool Presenter::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return true;
    case Qt::Key_Home:
        goTo(0);
        return true;
    case Qt::Key_End:
        goTo(stepCount() - 1);
        return true;
    case Qt::Key_Escape:
        stop();
        return true;
    default:
        return false;
    }
}

bool Presenter::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_presenting || !m_view)
        return QObject::eventFilter(watched, event);
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::Wheel:
            m_animation->stop(); // the mouse takes over
            break;
        case QEvent::Resize:
            // Going full screen resizes the view after start(): frame again.
            if (m_animation->state() == QAbstractAnimation::Running)
                m_to = cameraFor(m_step);
            else
                apply(cameraFor(m_step));
            placeCaption();
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }
    const bool key = event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride;
    if (!key || m_view->isEditing())
        return QObject::eventFilter(watched, event);
    auto* ke = static_cast<QKeyEvent*>(event);
    if ((ke->modifiers() & commandModifiers) || !isPresenterKey(ke->key()))
        return QObject::eventFilter(watched, event);
    // Claim the key before any shortcut of the window's actions takes it.
    ke->accept();
    if (event->type() == QEvent::KeyPress)
        handleKey(ke->key());
    return true;
}

} // namespace cx
