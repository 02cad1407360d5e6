#include "presentation.h"

#include "canvas/canvasstyle.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "model/document.h"
#include "stagespotlight.h"

#include <QEasingCurve>
#include <QFontInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QScrollBar>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace cx {

namespace {

constexpr qreal framePad = 16; // around a stage that fits, in pixels

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
    m_spotlight = new StageSpotlight(view);
    m_caption = new QLabel(view);
    m_caption->setObjectName(QStringLiteral("presentationCaption"));
    m_caption->setTextFormat(Qt::RichText);
    m_caption->setAlignment(Qt::AlignVCenter | Qt::AlignLeft);
    m_caption->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_caption->setStyleSheet(
        QStringLiteral("QLabel#presentationCaption { background: #1f2530; color: white; "
                       "padding: 0px 28px; font-size: 15px; }"));
    m_caption->hide();

    m_animation = new QVariantAnimation(this);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(animationMs);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant& t) { onAnimationStep(t.toReal()); });

    // The veil follows every scroll and zoom, the mouse's too.
    const auto repaint = [this] {
        if (m_presenting && m_spotlight)
            m_spotlight->update();
    };
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(view, &canvas::JourneyView::zoomChanged, this, repaint);
    // Stages added or removed while presenting: stay within the steps.
    connect(view->journeyScene(), &canvas::JourneyScene::layoutChanged, this, [this] {
        if (!m_presenting)
            return;
        if (m_step >= stepCount())
            goTo(stepCount() - 1);
        updateCaption();
        m_spotlight->update();
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
    return int(m_view->journeyScene()->layout().columns.size());
}

QString Presenter::caption(int step) const
{
    if (step < 0 || step >= stepCount())
        return tr("No stages yet");
    const canvas::JourneyScene* scene = m_view->journeyScene();
    const Id stageId = scene->layout().columns[step].stageId;
    const Document* doc = scene->document();
    const Stage* stage = doc ? doc->stage(stageId) : nullptr;
    const QString name = stage ? stage->name : QString();
    return tr("Stage %1 of %2 · %3").arg(step + 1).arg(stepCount()).arg(name);
}

QRectF Presenter::stepRect(int step) const
{
    if (!m_view)
        return {};
    const canvas::JourneyScene* scene = m_view->journeyScene();
    const canvas::CanvasLayout& layout = scene->layout();
    if (step < 0 || step >= layout.columns.size())
        return scene->sceneRect();
    // The column from its header down through the curve band and every lane.
    const qreal left = layout.columns[step].left;
    return QRectF(left, canvas::margin, canvas::stageWidth, layout.gridBottom() - canvas::margin);
}

qreal Presenter::readableZoom() const
{
    const QFont font = canvas::titleFont();
    const qreal em = font.pointSizeF() > 0
                         ? font.pointSizeF() * m_view->viewport()->logicalDpiY() / 72.0
                         : QFontInfo(font).pixelSize();
    return em > 0 ? minTitlePx / em : 1.0;
}

void Presenter::start()
{
    if (m_presenting || !m_view || !m_window)
        return;
    m_presenting = true;
    m_before = currentCamera();
    m_windowState = m_window->windowState();
    // Hiding and showing tabified docks one by one makes the last one shown
    // the current tab: the main window's own record puts them back as they were.
    auto* mainWindow = qobject_cast<QMainWindow*>(m_window);
    m_mainWindowState = mainWindow ? mainWindow->saveState() : QByteArray();
    canvas::JourneyScene* scene = m_view->journeyScene();
    m_selection = scene->selectedCardIds();
    if (!m_selection.isEmpty())
        scene->selectCards({}); // no selection outline on the screen
    m_hPolicy = m_view->horizontalScrollBarPolicy();
    m_vPolicy = m_view->verticalScrollBarPolicy();
    m_step = 0;
    m_top = 0;
    hideWidgets();
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_window->installEventFilter(this);
    m_window->showFullScreen();
    m_view->setFocus();
    m_spotlight->show();
    m_caption->show();
    placeOverlays();
    emit started();
    goTo(0);
    emit stepChanged(m_step, caption());
}

void Presenter::stop()
{
    if (!m_presenting)
        return;
    m_presenting = false;
    m_panning = false;
    m_animation->stop();
    if (m_caption)
        m_caption->hide();
    if (m_spotlight) {
        m_spotlight->setColumn(-1);
        m_spotlight->hide();
    }
    if (m_window) {
        m_window->removeEventFilter(this);
        m_window->setWindowState(m_windowState);
    }
    restoreWidgets();
    if (auto* mainWindow = qobject_cast<QMainWindow*>(m_window);
        mainWindow && !m_mainWindowState.isEmpty())
        mainWindow->restoreState(m_mainWindowState);
    if (m_view) {
        m_view->removeEventFilter(this);
        m_view->viewport()->removeEventFilter(this);
        m_view->viewport()->unsetCursor();
        m_view->setHorizontalScrollBarPolicy(m_hPolicy);
        m_view->setVerticalScrollBarPolicy(m_vPolicy);
        m_view->setSceneRect(QRectF()); // follows the scene again
        apply(m_before);
        if (!m_selection.isEmpty())
            m_view->journeyScene()->selectCards(m_selection);
    }
    m_selection.clear();
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

// Going to the current step again frames it again, from its header (after a
// pan by mouse, say).
void Presenter::goTo(int step)
{
    if (!m_presenting || !m_view)
        return;
    step = std::clamp(step, 0, std::max(0, stepCount() - 1));
    const bool changed = step != m_step;
    m_step = step;
    m_top = framing(step).minTop;
    moveTo(cameraFor(step), m_animated && m_view->isVisible());
    updateCaption();
    m_spotlight->setColumn(m_step);
    if (changed)
        emit stepChanged(m_step, caption());
}

// Down: the first lane not wholly in sight comes up under the header; a lane
// taller than the screen goes by most of a screen.
void Presenter::scrollDown()
{
    const Framing f = framing(m_step);
    if (!m_presenting || f.fits)
        return;
    const qreal height = visibleSceneHeight(f.zoom);
    const qreal bottom = m_top + height;
    qreal target = f.maxTop;
    for (const canvas::CanvasLayout::Row& row : m_view->journeyScene()->layout().rows) {
        if (row.top + row.height > bottom + 0.5) {
            target = row.top - canvas::stageHeaderHeight;
            if (target <= m_top + 0.5)
                target = m_top + 0.8 * height;
            break;
        }
    }
    scrollTo(target);
}

// Up: back by the lanes that fit above the one at the top, which stays in
// sight at the bottom.
void Presenter::scrollUp()
{
    const Framing f = framing(m_step);
    if (!m_presenting || f.fits)
        return;
    const qreal height = visibleSceneHeight(f.zoom);
    const qreal page = height - canvas::stageHeaderHeight;
    qreal target = std::max(f.minTop, m_top - 0.8 * height);
    for (qreal top : laneTops(m_step)) {
        if (top >= m_top - page - 0.5 && top < m_top - 0.5) {
            target = top;
            break;
        }
    }
    scrollTo(target);
}

void Presenter::scrollTo(qreal top)
{
    const Framing f = framing(m_step);
    top = std::clamp(top, f.minTop, f.maxTop);
    if (std::abs(top - m_top) < 0.5)
        return;
    m_top = top;
    moveTo(cameraFor(m_step), m_animated && m_view->isVisible());
    updateCaption();
}

// Where a stage that fits goes: the viewport above the band, less a margin.
QRectF Presenter::area() const
{
    const QRectF viewport = m_view->viewport()->rect();
    return viewport.adjusted(framePad, framePad, -framePad, -(bandHeight + framePad));
}

qreal Presenter::visibleSceneHeight(qreal zoom) const
{
    return (m_view->viewport()->height() - bandHeight) / zoom;
}

// A stage column fits when it is readable whole; the framing leaves room on
// both sides for the lane names the view pins at the left.
Presenter::Framing Presenter::framing(int step) const
{
    const QRectF column = stepRect(step);
    const QRectF a = area();
    if (column.isEmpty() || a.width() <= 0 || a.height() <= 0)
        return {};
    const qreal width = column.width() + 2 * canvas::laneHeaderWidth;
    const qreal fit = std::min(a.width() / width, a.height() / column.height());
    const qreal readable = readableZoom();
    if (fit >= readable || step < 0 || step >= stepCount())
        return {std::clamp(fit, 0.1, std::max(maxZoom, readable)), true, 0, 0};
    // Too tall: readable from the top of the board to the foot of the column.
    const qreal minTop = column.top() - canvas::margin;
    const qreal maxTop = column.bottom() + canvas::margin - visibleSceneHeight(readable);
    return {readable, false, minTop, std::max(minTop, maxTop)};
}

// Where the view can be scrolled to within a stage: the board's top and each
// lane's top just under the pinned stage header.
QList<qreal> Presenter::laneTops(int step) const
{
    QList<qreal> tops{framing(step).minTop};
    for (const canvas::CanvasLayout::Row& row : m_view->journeyScene()->layout().rows)
        tops.append(row.top - canvas::stageHeaderHeight);
    return tops;
}

Presenter::Camera Presenter::currentCamera() const
{
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    return {visible.center(), m_view->zoom()};
}

Presenter::Camera Presenter::cameraFor(int step) const
{
    const Framing f = framing(step);
    const QRectF column = stepRect(step);
    if (column.isEmpty() || area().isEmpty())
        return currentCamera();
    // The camera is the viewport's centre; the column goes to the area's.
    const QPointF offset = (QRectF(m_view->viewport()->rect()).center() - area().center()) / f.zoom;
    if (f.fits)
        return {column.center() + offset, f.zoom};
    const qreal top = std::clamp(m_top, f.minTop, f.maxTop);
    const qreal centerY = top + m_view->viewport()->height() / 2.0 / f.zoom;
    return {QPointF(column.center().x() + offset.x(), centerY), f.zoom};
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

void Presenter::updateCaption()
{
    if (!m_caption || !m_view)
        return;
    const QString hint = tr("← → stages · ↑ ↓ lanes · Esc leaves");
    m_caption->setText(
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                       "<td><span style=\"font-size: 24px; font-weight: 600\">%1</span></td>"
                       "<td align=\"right\" style=\"color: #b9c1cd\">%2 &nbsp;&nbsp; "
                       "<span style=\"color: #8c95a3\">%3</span></td></tr></table>")
            .arg(caption().toHtmlEscaped(), lanesInSight().toHtmlEscaped(), hint.toHtmlEscaped()));
}

// "All 10 lanes", or which of them the screen shows and where the others are.
QString Presenter::lanesInSight() const
{
    const QList<canvas::CanvasLayout::Row>& rows = m_view->journeyScene()->layout().rows;
    const Framing f = framing(m_step);
    if (f.fits)
        return tr("All %n lane(s)", nullptr, int(rows.size()));
    const qreal bottom = m_top + visibleSceneHeight(f.zoom);
    int first = -1, last = -1;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].top + 0.5 >= m_top && rows[i].top + rows[i].height <= bottom + 0.5) {
            first = first < 0 ? i : first;
            last = i;
        }
    }
    if (first < 0) // one lane taller than the screen
        first = last = std::max(0, m_view->journeyScene()->layout().rowAt(m_top + 100));
    QString text = first == last
                       ? tr("Lane %1 of %2").arg(first + 1).arg(rows.size())
                       : tr("Lanes %1–%2 of %3").arg(first + 1).arg(last + 1).arg(rows.size());
    if (m_top > f.minTop + 0.5)
        text += QStringLiteral(" ↑");
    if (m_top < f.maxTop - 0.5)
        text += QStringLiteral(" ↓");
    return text;
}

// The veil over the whole viewport; the caption in the band at its foot.
void Presenter::placeOverlays()
{
    if (!m_view || !m_caption || !m_spotlight)
        return;
    const QRect area = m_view->viewport()->geometry();
    m_spotlight->setGeometry(area);
    m_spotlight->raise();
    m_caption->setGeometry(area.left(), area.bottom() + 1 - bandHeight, area.width(), bandHeight);
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
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return true;
    case Qt::Key_Down:
        scrollDown();
        return true;
    case Qt::Key_Up:
        scrollUp();
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

// The cards are inert while presenting: any press pans, nothing selects, moves,
// links or edits; the wheel scrolls and zooms as ever.
bool Presenter::handleMouse(QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        m_animation->stop(); // the mouse takes over
        m_panning = true;
        m_panFrom = static_cast<QMouseEvent*>(event)->position();
        m_view->viewport()->setCursor(Qt::ClosedHandCursor);
        return true;
    }
    case QEvent::MouseMove:
        if (m_panning) {
            const QPointF at = static_cast<QMouseEvent*>(event)->position();
            const QPoint delta = (at - m_panFrom).toPoint();
            m_panFrom = at;
            QScrollBar* h = m_view->horizontalScrollBar();
            QScrollBar* v = m_view->verticalScrollBar();
            h->setValue(h->value() - delta.x());
            v->setValue(v->value() - delta.y());
        }
        return m_panning;
    case QEvent::MouseButtonRelease:
        m_panning = false;
        m_view->viewport()->unsetCursor();
        return true;
    case QEvent::MouseButtonDblClick:
    case QEvent::ContextMenu:
        return true;
    case QEvent::Wheel:
        m_animation->stop();
        return false;
    default:
        return false;
    }
}

// Going full screen resizes the view after start(): frame again.
void Presenter::onViewportResized()
{
    if (m_animation->state() == QAbstractAnimation::Running)
        m_to = cameraFor(m_step);
    else
        apply(cameraFor(m_step));
    placeOverlays();
    updateCaption();
}

bool Presenter::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_presenting || !m_view)
        return QObject::eventFilter(watched, event);
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::Resize)
            onViewportResized();
        return handleMouse(event) || QObject::eventFilter(watched, event);
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
