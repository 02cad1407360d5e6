#include "feedbackask.h"

#include <QMessageBox>
#include <QPushButton>

namespace cx {

namespace {

bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& yes)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                    parent);
    box.setObjectName(QStringLiteral("feedbackConfirm"));
    box.setTextFormat(Qt::PlainText);
    box.button(QMessageBox::Yes)->setText(yes);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

} // namespace

bool FeedbackAsk::redact(QWidget* parent, qsizetype items)
{
    const QString text =
        tr("Remove the customer's words from %n feedback item(s)?", nullptr, int(items)) +
        QStringLiteral("\n\n") +
        tr("The items stay and still count. Undo brings the words back while the map is "
           "open; once it is closed they cannot be brought back.");
    return confirm(parent, tr("Redact Feedback"), text, tr("Redact"));
}

bool FeedbackAsk::remove(QWidget* parent, qsizetype items)
{
    const QString text = tr("Delete %n feedback item(s)?", nullptr, int(items));
    return confirm(parent, tr("Delete Feedback"),
                   text + QStringLiteral("\n\n") +
                       tr("Undo brings them back while the map is open."),
                   tr("Delete"));
}

} // namespace cx
