#pragma once

// For UI tests: answers the next modal dialog (the first button of a
// QMessageBox) and keeps its title and text, so that code that calls exec()
// can run in a test.

#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace cx::test {

struct DialogWatcher
{
    QString title;
    QString text;
    int seen = 0;
    QString answerFile; // what a file dialog is answered with
    QMessageBox::StandardButton answer = QMessageBox::NoButton; // else the default

    void arm()
    {
        m_polls = 0;
        QTimer::singleShot(0, &m_context, [this] { poll(); });
    }

private:
    QObject m_context; // its timers die with the watcher
    int m_polls = 0;

    void poll()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) {
            if (++m_polls < 1000) // ten seconds, then the test fails on 'seen'
                QTimer::singleShot(10, &m_context, [this] { poll(); });
            return;
        }
        ++seen;
        title = modal->windowTitle();
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
