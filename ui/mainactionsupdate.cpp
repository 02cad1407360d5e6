// Which actions are on, and why not: follows the document, the selection,
// the outline and the role's rights on a team map.

#include "mainactions.h"

#include "canvas/journeyscene.h"
#include "mainwindow.h"
#include "mapeditor.h"
#include "model/document.h"
#include "panels/outlinepanel.h"
#include "uitext.h"

#include <QAction>
#include <QMenu>
#include <QUndoGroup>

namespace cx {

void MainActions::explain(const char* name, const QString& why)
{
    QAction* a = action(QString::fromLatin1(name));
    if (!a->property("cxTip").isValid())
        a->setProperty("cxTip", a->toolTip());
    a->setToolTip(why.isEmpty() ? a->property("cxTip").toString() : why);
}

void MainActions::update()
{
    Document* doc = m_w.document();
    const bool open = doc != nullptr;
    const bool writable = open && !doc->isReadOnly();
    const bool hasJourney = open && m_w.journey() != 0;
    const QList<Id> selection = hasJourney ? m_w.scene()->selectedCardIds() : QList<Id>();
    const bool selected = !selection.isEmpty();
    const OutlinePanel::Selection sel = m_w.outline()->selection();
    const bool structure =
        writable && hasJourney &&
        (sel.kind == OutlinePanel::Kind::Stage || sel.kind == OutlinePanel::Kind::Lane || selected);
    const auto enable = [this](const char* name, bool on) {
        action(QString::fromLatin1(name))->setEnabled(on);
    };
    // Undo and redo act on the map only while it may be written.
    m_w.undoGroup()->setActiveStack(writable ? doc->undoStack() : nullptr);
    for (const char* name : {"saveAs", "saveCopyWithoutHistory", "namedVersions", "exportJson",
                             "closeMap", "exportPdf"})
        enable(name, open);
    for (const char* name : {"importCsv", "importMermaid"})
        enable(name, writable);
    enable("importFeedback", writable);
    enable("exportRecognition", open && !doc->departmentIds().isEmpty());
    enable("exportFeedbackCsv", open && doc->feedbackCount() > 0);
    for (const char* name :
         {"exportPng", "exportSvg", "exportCsv", "exportMermaid", "selectAll", "zoomIn", "zoomOut",
          "fit", "fitWidth", "actualSize", "present", "find", "findNext", "findPrevious"})
        enable(name, hasJourney);
    enable("copy", selected);
    const bool hasCells = writable && hasJourney && !doc->stageIds(m_w.journey()).isEmpty() &&
                          !doc->laneIds(m_w.journey()).isEmpty();
    enable("paste", hasCells);
    enable("addCard", hasCells);
    enable("quickAdd", writable && hasJourney);
    // On a team map the role's rights decide too, and the action says why.
    const QString noStructure = writable ? doc->structureRefusal() : QString();
    QString noCards;
    for (Id id : selection) {
        if (noCards.isEmpty())
            noCards = doc->cardRefusal(id);
    }
    for (const char* name : {"cut", "delete", "duplicate"}) {
        enable(name, writable && selected && noCards.isEmpty());
        explain(name, noCards);
    }
    // A link selected alone: Delete removes it.
    if (const QList<Id> links =
            hasJourney && !selected ? m_w.scene()->selectedLinkIds() : QList<Id>();
        !links.isEmpty()) {
        QString noLinks;
        for (Id id : links) {
            if (noLinks.isEmpty())
                noLinks = doc->linkRefusal(id);
        }
        enable("delete", writable && noLinks.isEmpty());
        explain("delete", noLinks);
    }
    enable("addStage", writable && hasJourney && noStructure.isEmpty());
    enable("addLane", writable && hasJourney && noStructure.isEmpty());
    for (const char* name : {"rename", "moveEarlier", "moveLater", "removeStageOrLane"})
        enable(name, structure && noStructure.isEmpty());
    enable("changeLaneKind", writable && m_w.editor()->currentLane() && noStructure.isEmpty());
    enable("newJourney", writable && noStructure.isEmpty());
    enable("personas", open);
    enable("cloneFuture", writable && hasJourney && noStructure.isEmpty());
    for (const char* name : {"addStage", "addLane", "rename", "changeLaneKind", "moveEarlier",
                             "moveLater", "removeStageOrLane", "newJourney", "cloneFuture"})
        explain(name, noStructure);
    enable("vote", writable && selected);
    enable("comment", writable && selection.size() == 1);
    enable("showImpact", selected);
    enable("clearImpact", open && m_w.scene()->isTracing());
    enable("unvote", writable && selected);
    // Clearing everyone's votes is the facilitator's (it changes every card).
    enable("resetVotes", writable && hasJourney && noStructure.isEmpty());
    explain("resetVotes", noStructure);
    // The interval is the map's own: on a team map its facilitators'.
    enable("markReviewed", writable && selected && noCards.isEmpty());
    explain("markReviewed", noCards);
    const QString lensRefusal = open ? doc->departmentRefusal(m_w.lens()) : QString();
    enable("markDepartmentReviewed",
           writable && hasJourney && m_w.lens() != 0 && lensRefusal.isEmpty());
    explain("markDepartmentReviewed", lensRefusal);
    enable("reviewInterval", writable && noStructure.isEmpty());
    explain("reviewInterval", noStructure);
    enable("departmentDigest", open && m_w.lens() != 0);
    enable("actionList", open);
    if (const Department* d = open ? doc->department(m_w.lens()) : nullptr)
        action(QStringLiteral("markDepartmentReviewed"))
            ->setText(tr("Mark &All %1 Cards Reviewed").arg(menuText(d->name)));
    else
        action(QStringLiteral("markDepartmentReviewed"))
            ->setText(tr("Mark &All Lens Department Cards Reviewed"));
    m_lensMenu->setEnabled(open);
    updateFeedbackActions(selection);
}

} // namespace cx
