#pragma once

// For UI tests: answers the next modal dialog (the first button of a
// QMessageBox) and keeps its title and text, so that code that calls exec()
// can run in a test. A watcher for a dialog that follows another one is armed
// after the first watcher (armAfter), never on a timer: a slow run (a
// sanitizer) would let a timed watcher take the first dialog.

#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

#include <functional>

namespace cx::test {

struct DialogWatcher
{
    QString title;
    QString text;
    int seen = 0;
    QString answerFile; // what a file dialog is answered with
    QMessageBox::StandardButton answer = QMessageBox::NoButton; // else the default
    // Sees the dialog first; a dialog it closes is not answered.
    std::function<void(QWidget*)> inspect;

    void arm()
    {
        m_polls = 0;
        QTimer::singleShot(0, &m_context, [this] { poll(); });
    }

    // Waits for the dialog after the one `first` answers.
    void armAfter(const DialogWatcher& first)
    {
        m_after = &first;
        arm();
    }

private:
    QObject m_context; // its timers die with the watcher
    int m_polls = 0;
    const DialogWatcher* m_after = nullptr;
    QPointer<QWidget> m_answered;

    bool mine(QWidget* modal) const
    {
        return modal && (!m_after || (m_after->seen > 0 && modal != m_after->m_answered));
    }

    void poll()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (!mine(modal)) {
            if (++m_polls < 1000) // ten seconds, then the test fails on 'seen'
                QTimer::singleShot(10, &m_context, [this] { poll(); });
            return;
        }
        ++seen;
        m_answered = modal;
        title = modal->windowTitle();
        if (inspect) {
            const QPointer<QWidget> alive = modal;
            inspect(modal);
            if (!alive || !alive->isVisible())
                return;
        }
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            text = box->text();
            if (answer != QMessageBox::NoButton && box->button(answer))
                box->button(answer)->click();
            else
                box->accept();
        } else if (auto* input = qobject_cast<QInputDialog*>(modal)) {
            text = input->textValue();
            input->accept(); // its proposal
        } else if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            files->selectFile(answerFile);
            QMetaObject::invokeMethod(files, "accept");
        } else if (auto* dialog = qobject_cast<QDialog*>(modal);
                   dialog && modal->objectName() == QLatin1String("reportDialog")) {
            dialog->accept(); // its proposals: the journey on screen, next to the map
        } else {
            modal->close();
        }
    }
};

} // namespace cx::test
