// MainWindow: what the File, Edit and Journey menus do. Every change goes
// through core/commands/edit.h (one undo step each, or one macro for a
// gesture that takes several).

#include "mainwindow.h"

#include "glyphcheck.h"

#include "canvas/canvasexport.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commands/edit.h"
#include "io/cardclip.h"
#include "model/document.h"
#include "model/enumnames.h"
#include "model/templates.h"
#include "panels/outlinepanel.h"
#include "quickaddbar.h"
#include "uitext.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace cx {

namespace {

QString defaultFolder(const Document* doc)
{
    if (doc && !doc->isUntitled() && !doc->isShared())
        return QFileInfo(doc->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// "my map" from "/some/where/my map.cxmap", for suggesting export names.
QString baseName(const Document* doc)
{
    if (!doc || doc->isUntitled())
        return QStringLiteral("journey");
    if (doc->isShared())
        return QStringLiteral("team-map");
    return QFileInfo(doc->path()).completeBaseName();
}

} // namespace

// --- File --------------------------------------------------------------------

void MainWindow::newDocument() { startFromTemplate(QStringLiteral("blank")); }

void MainWindow::newFromTemplate()
{
    // Offer the templates by their titles.
    const QStringList names = templateNames();
    QStringList labels;
    for (const QString& n : names) {
        auto d = templateData(n);
        labels << (n == QLatin1String("blank") ? tr("Blank map: stages and blueprint lanes")
                   : d                         ? d.value().title
                                               : n);
    }
    bool ok = false;
    const QString label = QInputDialog::getItem(this, tr("New from Template"), tr("Start from:"),
                                                labels, 0, false, &ok);
    if (ok)
        startFromTemplate(names.value(labels.indexOf(label)));
}

void MainWindow::startFromTemplate(const QString& name)
{
    auto data = templateData(name);
    if (!data)
        return reportError(tr("Cannot use the template"), data.error().message);
    // The map on screen goes first: if the user keeps it open, no new
    // autosave file is left behind.
    if (!closeDocument())
        return;
    auto doc = Document::createUntitled(data.value());
    if (!doc)
        return reportError(tr("Cannot start a map"), doc.error().message);
    setDocument(std::move(doc.value()));
}

void MainWindow::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Journey Map"), defaultFolder(m_doc.get()),
                                     tr("CXMap maps (*.cxmap);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveAs()
{
    if (!m_doc)
        return;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Map As"),
                                     defaultFolder(m_doc.get()) + QLatin1Char('/') +
                                         baseName(m_doc.get()) + QStringLiteral(".cxmap"),
                                     tr("CXMap maps (*.cxmap)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cxmap");
    if (!m_doc->isUntitled() && QFileInfo(path) == QFileInfo(m_doc->path())) {
        statusBar()->showMessage(tr("Every edit is already saved in this file"), 5000);
        return;
    }
    // A team map stays where the team works: Save As writes an offline copy.
    if (m_doc->isShared()) {
        if (Error err = m_doc->saveCopy(path))
            return reportError(tr("Cannot save as %1").arg(QFileInfo(path).fileName()),
                               err.message);
        statusBar()->showMessage(tr("Saved an offline copy as %1; this window stays on the team "
                                    "map")
                                     .arg(QDir::toNativeSeparators(path)),
                                 8000);
        return;
    }
    if (Error err = m_doc->saveAs(path)) {
        reportError(tr("Cannot save as %1").arg(QFileInfo(path).fileName()), err.message);
        return;
    }
    statusBar()->showMessage(tr("Now working on %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportDrawing(const QString& format)
{
    if (!m_doc || !m_journey)
        return;
    const bool png = format == QLatin1String("png");
    const QString path = QFileDialog::getSaveFileName(
        this, png ? tr("Export Journey as PNG") : tr("Export Journey as SVG"),
        defaultFolder(m_doc.get()) + QLatin1Char('/') + baseName(m_doc.get()) + QLatin1Char('.') +
            format,
        png ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    canvas::RenderOptions options;
    options.journeyId = m_journey;
    options.lensDepartment = m_lens;
    options.showLinks = m_scene->showLinks();
    options.showCurve = m_scene->showCurve();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Error err =
        png ? canvas::exportPng(*m_doc, options, path) : canvas::exportSvg(*m_doc, options, path);
    QApplication::restoreOverrideCursor();
    if (err)
        return reportError(tr("Cannot export"), err.message);
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    if (const QString lost = missingGlyphs(*m_doc, {m_journey}).warning(); !lost.isEmpty())
        QMessageBox::warning(this, tr("Exported without some characters"), lost);
}

// --- Edit --------------------------------------------------------------------

bool MainWindow::ensureWritable()
{
    if (!m_doc)
        return false;
    if (m_doc->isReadOnly()) {
        statusBar()->showMessage(tr("This map is read-only: %1").arg(m_doc->readOnlyReason()),
                                 6000);
        return false;
    }
    return true;
}

void MainWindow::showEditError(const Error& err)
{
    if (!err)
        return;
    m_lastShownError = err.message;
    reportError(tr("The change was not made"), err.message);
}

void MainWindow::deleteSelection()
{
    const QList<Id> ids = m_scene->selectedCardIds();
    if (ids.isEmpty() || !ensureWritable())
        return;
    if (Error err = edit::removeCards(*m_doc, ids))
        return showEditError(err);
    statusBar()->showMessage(
        counted(int(ids.size()), tr("Deleted %1 card"), tr("Deleted %1 cards")) +
            tr(" (%1 to undo)")
                .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        6000);
}

void MainWindow::duplicateSelection()
{
    const QList<Id> ids = m_scene->selectedCardIds();
    if (ids.isEmpty() || !ensureWritable())
        return;
    auto copies = edit::duplicateCards(*m_doc, ids);
    if (!copies)
        return showEditError(copies.error());
    m_scene->selectCards(copies.value());
}

void MainWindow::copySelection()
{
    const QList<Id> ids = m_scene->selectedCardIds();
    if (ids.isEmpty() || !m_doc)
        return;
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(cardClipMimeType), cardsToClip(*m_doc, ids));
    // Plain text too, for pasting into a mail or a chat.
    QStringList titles;
    for (Id id : ids)
        titles << m_doc->card(id)->title;
    mime->setText(titles.join(QLatin1Char('\n')));
    QGuiApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(counted(int(ids.size()), tr("Copied %1 card"), tr("Copied %1 cards")),
                             4000);
}

void MainWindow::cutSelection()
{
    if (m_scene->selectedCardIds().isEmpty() || !ensureWritable())
        return;
    copySelection();
    deleteSelection();
}

void MainWindow::paste()
{
    if (!m_journey || !ensureWritable())
        return;
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    const QString type = QString::fromLatin1(cardClipMimeType);
    if (!mime || !mime->hasFormat(type)) {
        statusBar()->showMessage(tr("The clipboard holds no cards"), 4000);
        return;
    }
    auto clip = cardsFromClip(mime->data(type));
    if (!clip)
        return reportError(tr("Cannot paste"), clip.error().message);
    const auto [stage, lane] = targetCell();
    auto added = pasteCards(*m_doc, clip.value(), m_journey, stage, lane);
    if (!added)
        return showEditError(added.error());
    m_scene->selectCards(added.value());
    if (!added.value().isEmpty())
        m_view->centerOnCard(added.value().first());
}

void MainWindow::openQuickAdd()
{
    if (!m_journey || !ensureWritable())
        return;
    const auto [stage, lane] = targetCell();
    m_quickAdd->setFallbackCell(stage, lane);
    m_quickAdd->open();
}

void MainWindow::selectAll()
{
    if (m_doc && m_journey)
        m_scene->selectCards(m_doc->cardIdsOfJourney(m_journey));
}

void MainWindow::addCardHere()
{
    if (!m_journey || !ensureWritable())
        return;
    const auto [stage, lane] = targetCell();
    if (stage && lane) {
        m_view->setFocus();
        m_view->beginNewCard(stage, lane);
    }
}

void MainWindow::createLink(Id fromCard, Id toCard)
{
    if (!ensureWritable() || fromCard == toCard)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("linkTypeMenu"));
    const Card* from = m_doc->card(fromCard);
    const Card* to = m_doc->card(toCard);
    if (!from || !to)
        return;
    menu.addSection(tr("“%1” …").arg(shortened(from->title)));
    const std::pair<LinkType, QString> kinds[] = {
        {LinkType::Feeds, tr("feeds")},
        {LinkType::Triggers, tr("triggers")},
        {LinkType::DependsOn, tr("depends on")},
        {LinkType::Wait, tr("makes it wait for")},
    };
    for (const auto& [type, word] : kinds) {
        QAction* a = menu.addAction(tr("… %1 “%2”").arg(word, shortened(to->title)));
        a->setData(int(type));
    }
    QAction* chosen = menu.exec(QCursor::pos());
    if (!chosen)
        return;
    auto link = edit::addLink(*m_doc, fromCard, toCard, LinkType(chosen->data().toInt()));
    if (!link)
        showEditError(link.error());
}

// --- Journey -----------------------------------------------------------------

Id MainWindow::currentStage() const
{
    const OutlinePanel::Selection sel = m_outline->selection();
    if (sel.kind == OutlinePanel::Kind::Stage && m_doc && m_doc->stage(sel.id) &&
        m_doc->stage(sel.id)->journeyId == m_journey)
        return sel.id;
    const QList<Id> cards = m_scene->selectedCardIds();
    return cards.isEmpty() || !m_doc ? 0 : m_doc->card(cards.first())->stageId;
}

Id MainWindow::currentLane() const
{
    const OutlinePanel::Selection sel = m_outline->selection();
    if (sel.kind == OutlinePanel::Kind::Lane && m_doc && m_doc->lane(sel.id) &&
        m_doc->lane(sel.id)->journeyId == m_journey)
        return sel.id;
    const QList<Id> cards = m_scene->selectedCardIds();
    return cards.isEmpty() || !m_doc ? 0 : m_doc->card(cards.first())->laneId;
}

std::pair<bool, Id> MainWindow::currentStageOrLane() const
{
    const bool lane = m_outline->selection().kind == OutlinePanel::Kind::Lane;
    return {lane, lane ? currentLane() : currentStage()};
}

std::pair<Id, Id> MainWindow::targetCell() const
{
    if (!m_doc || !m_journey)
        return {0, 0};
    const QList<Id> cards = m_scene->selectedCardIds();
    if (!cards.isEmpty()) {
        const Card* c = m_doc->card(cards.last());
        return {c->stageId, c->laneId};
    }
    Id stage = currentStage();
    Id lane = currentLane();
    if (!stage)
        stage = m_doc->stageIds(m_journey).value(0);
    if (!lane)
        lane = m_doc->laneIds(m_journey).value(0);
    return {stage, lane};
}

void MainWindow::addStage()
{
    if (!m_journey || !ensureWritable())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Stage"), tr("Stage name:"),
                                               QLineEdit::Normal, tr("New stage"), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QList<Id> stages = m_doc->stageIds(m_journey);
    const Id after = currentStage();
    const int position = after ? int(stages.indexOf(after)) + 1 : -1;
    auto id = edit::addStage(*m_doc, m_journey, name, position);
    showEditError(id ? Error{} : id.error());
}

void MainWindow::addLane()
{
    if (!m_journey || !ensureWritable())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Lane"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(tr("New lane"), &dialog);
    name->selectAll();
    auto* kind = new QComboBox(&dialog);
    for (int k = 0; k < laneKindCount; ++k)
        kind->addItem(laneKindLabel(LaneKind(k)), k);
    kind->setCurrentIndex(int(LaneKind::Touchpoint));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Kind:"), kind);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || name->text().trimmed().isEmpty())
        return;
    const QList<Id> lanes = m_doc->laneIds(m_journey);
    const Id after = currentLane();
    const int position = after ? int(lanes.indexOf(after)) + 1 : -1;
    auto id = edit::addLane(*m_doc, m_journey, name->text().trimmed(),
                            LaneKind(kind->currentData().toInt()), position);
    showEditError(id ? Error{} : id.error());
}

void MainWindow::renameStageOrLane()
{
    if (!ensureWritable())
        return;
    const auto [lane, id] = currentStageOrLane();
    if (!id)
        return;
    const QString old = lane ? m_doc->lane(id)->name : m_doc->stage(id)->name;
    bool ok = false;
    const QString name = QInputDialog::getText(this, lane ? tr("Rename Lane") : tr("Rename Stage"),
                                               tr("Name:"), QLineEdit::Normal, old, &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == old)
        return;
    showEditError(lane ? edit::renameLane(*m_doc, id, name) : edit::renameStage(*m_doc, id, name));
}

void MainWindow::moveStageOrLane(int delta)
{
    if (!ensureWritable())
        return;
    const auto [lane, id] = currentStageOrLane();
    if (!id)
        return;
    const QList<Id> order = lane ? m_doc->laneIds(m_journey) : m_doc->stageIds(m_journey);
    const int to = int(order.indexOf(id)) + delta;
    if (to < 0 || to >= order.size())
        return;
    showEditError(lane ? edit::moveLane(*m_doc, id, to) : edit::moveStage(*m_doc, id, to));
}

void MainWindow::removeStageOrLane()
{
    if (!ensureWritable())
        return;
    const auto [lane, id] = currentStageOrLane();
    if (!id)
        return;
    int cards = 0;
    for (Id other : lane ? m_doc->stageIds(m_journey) : m_doc->laneIds(m_journey))
        cards += int(lane ? m_doc->cardIds(other, id).size() : m_doc->cardIds(id, other).size());
    const QString name = lane ? m_doc->lane(id)->name : m_doc->stage(id)->name;
    if (cards > 0) {
        const QString question = (lane ? tr("Remove the lane “%1” and its %2?")
                                       : tr("Remove the stage “%1” and its %2?"))
                                     .arg(name, counted(cards, tr("%1 card"), tr("%1 cards")));
        if (QMessageBox::question(this, lane ? tr("Remove Lane") : tr("Remove Stage"),
                                  question + QLatin1Char(' ') + tr("Undo brings them back.")) !=
            QMessageBox::Yes)
            return;
    }
    showEditError(lane ? edit::removeLane(*m_doc, id) : edit::removeStage(*m_doc, id));
}

void MainWindow::newJourney()
{
    if (!ensureWritable())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Journey"), tr("Journey name:"),
                                               QLineEdit::Normal, tr("New journey"), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    // A journey to work in at once: four stages and the blueprint's lanes,
    // one undo step and one transaction.
    edit::NewContent content;
    Journey journey;
    journey.id = -1;
    journey.name = name;
    content.journeys << journey;
    for (int i = 1; i <= 4; ++i) {
        Stage stage;
        stage.id = -i;
        stage.journeyId = -1;
        stage.name = tr("Stage %1").arg(i);
        content.stages << stage;
    }
    Id laneId = 0;
    for (LaneKind kind : {LaneKind::CustomerAction, LaneKind::Touchpoint, LaneKind::Backstage,
                          LaneKind::SupportProcess, LaneKind::Emotion, LaneKind::PainPoint,
                          LaneKind::Opportunity}) {
        Lane lane;
        lane.id = --laneId;
        lane.journeyId = -1;
        lane.name = laneKindLabel(kind);
        lane.kind = kind;
        content.lanes << lane;
    }
    auto added = edit::addContent(*m_doc, content, tr("New journey “%1”").arg(name));
    if (!added)
        return showEditError(added.error());
    showJourney(m_doc->journeyIds().last()); // new journeys go at the end
}

void MainWindow::cloneAsFutureState()
{
    if (!m_journey || !ensureWritable())
        return;
    const Journey* source = m_doc->journey(m_journey);
    const QString name = source->state == JourneyState::Future
                             ? tr("%1 (copy)").arg(source->name)
                             : tr("%1 (future state)").arg(source->name);
    auto id = edit::cloneJourney(*m_doc, m_journey, name, JourneyState::Future);
    if (!id)
        return showEditError(id.error());
    showJourney(id.value());
    statusBar()->showMessage(tr("Cloned as “%1”: design the future state here").arg(name), 6000);
}

} // namespace cx
