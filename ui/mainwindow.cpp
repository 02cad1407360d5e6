#include "mainwindow.h"

#include "model/document.h"
#include "model/enumnames.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>

namespace cx {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    m_outline = new QTreeWidget(this);
    m_outline->setHeaderLabels({tr("Journey map"), tr("Department"), tr("Emotion")});
    m_outline->setAccessibleName(tr("Document outline"));
    m_outline->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    setCentralWidget(m_outline);
    createActions();
    resize(1100, 720);
    updateTitle();
    statusBar()->showMessage(tr("Open a .cxmap document (Ctrl+O)"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open journey map"), QString(),
                                                      tr("CXMap documents (*.cxmap)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString& path)
{
    auto doc = Document::open(path);
    if (!doc) {
        QMessageBox::warning(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                             doc.error().message);
        return false;
    }
    m_doc = std::move(doc.value());
    QUndoStack* stack = m_doc->undoStack();
    m_undo->disconnect();
    m_redo->disconnect();
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_doc.get(), &Document::reloaded, this, &MainWindow::rebuildOutline);
    // A placeholder view: it rebuilds on every step; the canvas will update per item.
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::rebuildOutline);
    connect(m_doc.get(), &Document::errorOccurred, this, [this](const Error& e) {
        QMessageBox::warning(this, tr("The edit was not saved"), e.message);
    });
    rebuildOutline();
    updateTitle();
    if (m_doc->isReadOnly())
        statusBar()->showMessage(tr("Read-only: %1").arg(m_doc->readOnlyReason()));
    else
        statusBar()->showMessage(tr("%n card(s)", "", m_doc->cardCount()));
    return true;
}

void MainWindow::rebuildOutline()
{
    m_outline->clear();
    if (!m_doc)
        return;
    for (Id j : m_doc->journeyIds()) {
        auto* journeyItem = new QTreeWidgetItem(m_outline, {m_doc->journey(j)->name});
        for (Id s : m_doc->stageIds(j)) {
            auto* stageItem = new QTreeWidgetItem(journeyItem, {m_doc->stage(s)->name});
            for (Id l : m_doc->laneIds(j)) {
                const QList<Id> cards = m_doc->cardIds(s, l);
                if (cards.isEmpty())
                    continue;
                auto* laneItem = new QTreeWidgetItem(stageItem, {m_doc->lane(l)->name});
                for (Id c : cards) {
                    const Card* card = m_doc->card(c);
                    const Department* d = m_doc->department(card->accountableId);
                    auto* item = new QTreeWidgetItem(laneItem, {card->title});
                    if (d) {
                        item->setText(1, d->name);
                        item->setIcon(1, [&] {
                            QPixmap swatch(12, 12);
                            swatch.fill(d->color);
                            return QIcon(swatch);
                        }());
                    }
                    if (card->emotion)
                        item->setText(2, QString::asprintf("%+d", *card->emotion));
                }
            }
        }
    }
    m_outline->expandAll();
}

void MainWindow::updateTitle()
{
    if (!m_doc) {
        setWindowTitle(tr("CXMap"));
        return;
    }
    setWindowTitle(QStringLiteral("%1 — %2").arg(QFileInfo(m_doc->path()).fileName(),
                                                 m_doc->title()));
}

} // namespace cx
