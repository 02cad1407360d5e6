#include "wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QWheelEvent>

namespace cx {

namespace {

class WheelGuard : public QObject
{
public:
    using QObject::QObject;

    // The focus policy Qt gives such fields (WheelFocus) lets the wheel give
    // them focus before they see the event; Tab and click still do.
    static void takeNoFocusFromWheel(QWidget* widget)
    {
        if ((widget->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const QEvent::Type type = event->type();
        if (type != QEvent::Wheel && type != QEvent::Polish)
            return false;
        auto* widget = qobject_cast<QWidget*>(watched);
        if (!widget || !isWheelGuarded(widget))
            return false;
        if (type == QEvent::Polish) {
            takeNoFocusFromWheel(widget);
            return false;
        }
        if (widget->hasFocus())
            return false;
        // Not taken: QApplication offers the wheel to the parents in turn, up
        // to the scroll area that scrolls.
        event->ignore();
        return true;
    }
};

} // namespace

bool isWheelGuarded(const QWidget* widget)
{
    return qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) ||
           (qobject_cast<const QAbstractSlider*>(widget) &&
            !qobject_cast<const QScrollBar*>(widget));
}

void installWheelGuard()
{
    QCoreApplication* app = QCoreApplication::instance();
    const QString name = QStringLiteral("cxWheelGuard");
    if (!app || app->findChild<QObject*>(name, Qt::FindDirectChildrenOnly))
        return;
    auto* guard = new WheelGuard(app);
    guard->setObjectName(name);
    app->installEventFilter(guard);
    // Fields polished before the guard came keep their policy otherwise.
    for (QWidget* widget : QApplication::allWidgets()) {
        if (isWheelGuarded(widget))
            WheelGuard::takeNoFocusFromWheel(widget);
    }
}

} // namespace cx
