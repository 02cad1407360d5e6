#include "mapeditor.h"

#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commands/edit.h"
#include "docklayout.h"
#include "io/cardclip.h"
#include "mainwindow.h"
#include "model/document.h"
#include "model/enumnames.h"
#include "panels/inspector.h"
#include "panels/outlinepanel.h"
#include "quickaddbar.h"
#include "uitext.h"
#include "workshop/personadialog.h"
#include "workshop/votingpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

namespace cx {

MapEditor::MapEditor(MainWindow& window) : QObject(&window), m_w(window) {}

Document* MapEditor::doc() const { return m_w.document(); }

void MapEditor::showMessage(const QString& text, int ms) { m_w.statusBar()->showMessage(text, ms); }

void MapEditor::showDeleted(const QString& what)
{
    showMessage(what +
                    tr(" (%1 to undo)")
                        .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
                6000);
}

// --- Edit --------------------------------------------------------------------

void MapEditor::deleteSelection()
{
    const QList<Id> ids = m_w.scene()->selectedCardIds();
    if (ids.isEmpty())
        return deleteLinks(m_w.scene()->selectedLinkIds());
    if (!m_w.ensureWritable())
        return;
    if (Error err = edit::removeCards(*doc(), ids))
        return m_w.showEditError(err);
    showDeleted(tr("Deleted %n card(s)", nullptr, int(ids.size())));
}

void MapEditor::deleteLinks(const QList<Id>& linkIds)
{
    if (linkIds.isEmpty() || !m_w.ensureWritable())
        return;
    if (Error err = edit::removeLinks(*doc(), linkIds))
        return m_w.showEditError(err);
    showDeleted(tr("Deleted %n link(s)", nullptr, int(linkIds.size())));
}

void MapEditor::retypeLink(Id linkId, LinkType type)
{
    const Link* l = doc() ? doc()->link(linkId) : nullptr;
    if (!l || l->type == type || !m_w.ensureWritable())
        return;
    Link after = *l;
    after.type = type;
    if (Error err = edit::editLink(*doc(), after))
        m_w.showEditError(err);
}

void MapEditor::relabelLink(Id linkId)
{
    const Link* l = doc() ? doc()->link(linkId) : nullptr;
    if (!l || !m_w.ensureWritable())
        return;
    bool ok = false;
    const QString label =
        QInputDialog::getText(&m_w, tr("Link Label"), tr("What passes along the link:"),
                              QLineEdit::Normal, l->label, &ok);
    l = doc()->link(linkId); // the map may have changed meanwhile
    if (!ok || !l || label.trimmed() == l->label)
        return;
    Link after = *l;
    after.label = label.trimmed();
    if (Error err = edit::editLink(*doc(), after))
        m_w.showEditError(err);
}

void MapEditor::reverseLink(Id linkId)
{
    if (!doc() || !doc()->link(linkId) || !m_w.ensureWritable())
        return;
    if (Error err = edit::reverseLink(*doc(), linkId))
        m_w.showEditError(err);
}

void MapEditor::duplicateSelection()
{
    const QList<Id> ids = m_w.scene()->selectedCardIds();
    if (ids.isEmpty() || !m_w.ensureWritable())
        return;
    auto copies = edit::duplicateCards(*doc(), ids);
    if (!copies)
        return m_w.showEditError(copies.error());
    m_w.scene()->selectCards(copies.value());
}

void MapEditor::copySelection()
{
    const QList<Id> ids = m_w.scene()->selectedCardIds();
    if (ids.isEmpty() || !doc())
        return;
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(cardClipMimeType), cardsToClip(*doc(), ids));
    // Plain text too, for pasting into a mail or a chat.
    QStringList titles;
    for (Id id : ids)
        titles << doc()->card(id)->title;
    mime->setText(titles.join(QLatin1Char('\n')));
    QGuiApplication::clipboard()->setMimeData(mime);
    showMessage(tr("Copied %n card(s)", nullptr, int(ids.size())), 4000);
}

void MapEditor::cutSelection()
{
    if (m_w.scene()->selectedCardIds().isEmpty() || !m_w.ensureWritable())
        return;
    copySelection();
    deleteSelection();
}

void MapEditor::paste()
{
    if (!m_w.journey() || !m_w.ensureWritable())
        return;
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    const QString type = QString::fromLatin1(cardClipMimeType);
    if (!mime || !mime->hasFormat(type)) {
        showMessage(tr("The clipboard holds no cards"), 4000);
        return;
    }
    auto clip = cardsFromClip(mime->data(type));
    if (!clip)
        return m_w.reportError(tr("Cannot paste"), clip.error().message);
    const auto [stage, lane] = targetCell();
    auto added = pasteCards(*doc(), clip.value(), m_w.journey(), stage, lane);
    if (!added)
        return m_w.showEditError(added.error());
    m_w.scene()->selectCards(added.value());
    if (!added.value().isEmpty())
        m_w.view()->centerOnCard(added.value().first());
}

void MapEditor::openQuickAdd()
{
    if (!m_w.journey() || !m_w.ensureWritable())
        return;
    const auto [stage, lane] = targetCell();
    m_w.quickAddBar()->setFallbackCell(stage, lane);
    m_w.quickAddBar()->open();
}

void MapEditor::selectAll()
{
    if (doc() && m_w.journey())
        m_w.scene()->selectCards(doc()->cardIdsOfJourney(m_w.journey()));
}

void MapEditor::addCardHere()
{
    if (!m_w.journey() || !m_w.ensureWritable())
        return;
    const auto [stage, lane] = targetCell();
    if (stage && lane) {
        m_w.view()->setFocus();
        m_w.view()->beginNewCard(stage, lane);
    }
}

void MapEditor::createLink(Id fromCard, Id toCard)
{
    if (!m_w.ensureWritable() || fromCard == toCard)
        return;
    QMenu menu(&m_w);
    menu.setObjectName(QStringLiteral("linkTypeMenu"));
    const Card* from = doc()->card(fromCard);
    const Card* to = doc()->card(toCard);
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
    auto link = edit::addLink(*doc(), fromCard, toCard, LinkType(chosen->data().toInt()));
    if (!link)
        m_w.showEditError(link.error());
}

// --- Journey -----------------------------------------------------------------

Id MapEditor::currentStage() const
{
    const OutlinePanel::Selection sel = m_w.outline()->selection();
    if (sel.kind == OutlinePanel::Kind::Stage && doc() && doc()->stage(sel.id) &&
        doc()->stage(sel.id)->journeyId == m_w.journey())
        return sel.id;
    const QList<Id> cards = m_w.scene()->selectedCardIds();
    return cards.isEmpty() || !doc() ? 0 : doc()->card(cards.first())->stageId;
}

Id MapEditor::currentLane() const
{
    const OutlinePanel::Selection sel = m_w.outline()->selection();
    if (sel.kind == OutlinePanel::Kind::Lane && doc() && doc()->lane(sel.id) &&
        doc()->lane(sel.id)->journeyId == m_w.journey())
        return sel.id;
    const QList<Id> cards = m_w.scene()->selectedCardIds();
    return cards.isEmpty() || !doc() ? 0 : doc()->card(cards.first())->laneId;
}

std::pair<bool, Id> MapEditor::currentStageOrLane() const
{
    const bool lane = m_w.outline()->selection().kind == OutlinePanel::Kind::Lane;
    return {lane, lane ? currentLane() : currentStage()};
}

std::pair<Id, Id> MapEditor::targetCell() const
{
    if (!doc() || !m_w.journey())
        return {0, 0};
    const QList<Id> cards = m_w.scene()->selectedCardIds();
    if (!cards.isEmpty()) {
        const Card* c = doc()->card(cards.last());
        return {c->stageId, c->laneId};
    }
    Id stage = currentStage();
    Id lane = currentLane();
    if (!stage)
        stage = doc()->stageIds(m_w.journey()).value(0);
    if (!lane)
        lane = doc()->laneIds(m_w.journey()).value(0);
    return {stage, lane};
}

void MapEditor::addStage()
{
    if (!m_w.journey() || !m_w.ensureWritable())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(&m_w, tr("Add Stage"), tr("Stage name:"),
                                               QLineEdit::Normal, tr("New stage"), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QList<Id> stages = doc()->stageIds(m_w.journey());
    const Id after = currentStage();
    const int position = after ? int(stages.indexOf(after)) + 1 : -1;
    auto id = edit::addStage(*doc(), m_w.journey(), name, position);
    m_w.showEditError(id ? Error{} : id.error());
}

void MapEditor::addLane()
{
    if (!m_w.journey() || !m_w.ensureWritable())
        return;
    QDialog dialog(&m_w);
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
    const QList<Id> lanes = doc()->laneIds(m_w.journey());
    const Id after = currentLane();
    const int position = after ? int(lanes.indexOf(after)) + 1 : -1;
    auto id = edit::addLane(*doc(), m_w.journey(), name->text().trimmed(),
                            LaneKind(kind->currentData().toInt()), position);
    m_w.showEditError(id ? Error{} : id.error());
}

void MapEditor::renameStageOrLane()
{
    if (!m_w.ensureWritable())
        return;
    const auto [lane, id] = currentStageOrLane();
    if (!id)
        return;
    const QString old = lane ? doc()->lane(id)->name : doc()->stage(id)->name;
    bool ok = false;
    const QString name = QInputDialog::getText(&m_w, lane ? tr("Rename Lane") : tr("Rename Stage"),
                                               tr("Name:"), QLineEdit::Normal, old, &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == old)
        return;
    m_w.showEditError(lane ? edit::renameLane(*doc(), id, name)
                           : edit::renameStage(*doc(), id, name));
}

void MapEditor::changeLaneKind()
{
    const Id id = currentLane();
    if (!id || !m_w.ensureWritable())
        return;
    const Lane* lane = doc()->lane(id);
    QStringList labels;
    for (int k = 0; k < laneKindCount; ++k)
        labels << laneKindLabel(LaneKind(k));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(&m_w, tr("Change Lane Kind"),
                                                 tr("Kind of the lane “%1”:").arg(lane->name),
                                                 labels, int(lane->kind), false, &ok);
    const int kind = int(labels.indexOf(chosen));
    if (!ok || kind < 0 || !doc()->lane(id))
        return;
    m_w.showEditError(edit::setLaneKind(*doc(), id, LaneKind(kind)));
}

void MapEditor::moveStageOrLane(int delta)
{
    if (!m_w.ensureWritable())
        return;
    const auto [lane, id] = currentStageOrLane();
    if (!id)
        return;
    const QList<Id> order = lane ? doc()->laneIds(m_w.journey()) : doc()->stageIds(m_w.journey());
    const int to = int(order.indexOf(id)) + delta;
    if (to < 0 || to >= order.size())
        return;
    m_w.showEditError(lane ? edit::moveLane(*doc(), id, to) : edit::moveStage(*doc(), id, to));
}

void MapEditor::removeStageOrLane()
{
    if (!m_w.ensureWritable())
        return;
    const auto [lane, id] = currentStageOrLane();
    if (!id)
        return;
    int cards = 0;
    for (Id other : lane ? doc()->stageIds(m_w.journey()) : doc()->laneIds(m_w.journey()))
        cards += int(lane ? doc()->cardIds(other, id).size() : doc()->cardIds(id, other).size());
    const QString name = lane ? doc()->lane(id)->name : doc()->stage(id)->name;
    if (cards > 0) {
        const QString question = (lane ? tr("Remove the lane “%1” and its %2?")
                                       : tr("Remove the stage “%1” and its %2?"))
                                     .arg(name, tr("%n card(s)", nullptr, cards));
        if (QMessageBox::question(&m_w, lane ? tr("Remove Lane") : tr("Remove Stage"),
                                  question + QLatin1Char(' ') + tr("Undo brings them back.")) !=
            QMessageBox::Yes)
            return;
    }
    m_w.showEditError(lane ? edit::removeLane(*doc(), id) : edit::removeStage(*doc(), id));
}

void MapEditor::newJourney()
{
    if (!m_w.ensureWritable())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(&m_w, tr("New Journey"), tr("Journey name:"),
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
    auto added = edit::addContent(*doc(), content, tr("New journey “%1”").arg(name));
    if (!added)
        return m_w.showEditError(added.error());
    m_w.showJourney(doc()->journeyIds().last()); // new journeys go at the end
}

void MapEditor::cloneAsFutureState()
{
    if (!m_w.journey() || !m_w.ensureWritable())
        return;
    const Journey* source = doc()->journey(m_w.journey());
    const QString name = source->state == JourneyState::Future
                             ? tr("%1 (copy)").arg(source->name)
                             : tr("%1 (future state)").arg(source->name);
    auto id = edit::cloneJourney(*doc(), m_w.journey(), name, JourneyState::Future);
    if (!id)
        return m_w.showEditError(id.error());
    m_w.showJourney(id.value());
    showMessage(tr("Cloned as “%1”: design the future state here").arg(name), 6000);
}

// --- Voting ------------------------------------------------------------------

void MapEditor::voteOnSelection(int delta)
{
    if (!doc() || !m_w.ensureWritable())
        return;
    const QList<Id> cards = m_w.scene()->selectedCardIds();
    if (cards.isEmpty())
        return;
    const Id voter = m_w.votingPanel()->currentParticipant();
    if (doc()->isShared()) {
        // On a team map the server role votes (its first vote adds it).
        const Error err = edit::voteAsUser(*doc(), cards, delta);
        m_w.votingPanel()->showMessage(err ? err.message : QString());
        if (err)
            showMessage(err.message, 5000);
        else
            votingStatus();
        return;
    }
    if (!voter) {
        // Nobody to vote as yet: the panel takes the first name.
        m_w.docks()->raise(m_w.votingPanel());
        m_w.votingPanel()->showMessage(
            tr("Add the workshop's participants here first: each gets %1 "
               "dots per journey. Enter on an empty name goes back to the "
               "canvas.")
                .arg(defaultDotBudget));
        m_w.votingPanel()->focusNewParticipant();
        return;
    }
    // Several selected cards: one step, all of them or none.
    const Error err =
        delta > 0 ? edit::vote(*doc(), cards, voter) : edit::unvote(*doc(), cards, voter);
    m_w.votingPanel()->showMessage(err ? err.message : QString());
    if (err)
        showMessage(err.message, 5000);
    else
        votingStatus();
}

void MapEditor::votingStatus()
{
    const Participant* p =
        doc() ? doc()->participant(m_w.votingPanel()->currentParticipant()) : nullptr;
    if (!p)
        return;
    const int left = p->budget - doc()->dotsSpent(p->id, m_w.journey());
    showMessage(tr("%1 votes now: %2 of %3 dots left on this journey")
                    .arg(p->name, QString::number(left), QString::number(p->budget)),
                5000);
}

void MapEditor::resetVotes()
{
    if (!doc() || !m_w.ensureWritable())
        return;
    if (const Error err = edit::resetVotes(*doc(), m_w.journey()))
        m_w.showEditError(err);
    else
        showMessage(tr("Votes reset: Undo brings them back"), 5000);
}

void MapEditor::commentOnCard()
{
    if (!doc() || !m_w.ensureWritable() || m_w.scene()->selectedCardIds().size() != 1)
        return;
    m_w.docks()->raise(m_w.inspector());
    m_w.inspector()->focusNewComment();
}

void MapEditor::editPersonas()
{
    if (!doc())
        return;
    PersonaDialog dialog(*doc(), m_w.journey(), &m_w);
    dialog.exec();
}

} // namespace cx
