// MainWindow: opening a map on a team server (File > Open Team Map...,
// `cxmap URL --map NAME`).

#include "mainwindow.h"

#include "model/document.h"
#include "teammapdialog.h"

#include <QStatusBar>

namespace cx {

void MainWindow::chooseTeamMap()
{
    TeamMapDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openTeamMap(dialog.server(), dialog.map());
}

bool MainWindow::openTeamMap(const QString& conninfo, const QString& map)
{
    bool needsPassword = false;
    auto doc = Document::openTeam(conninfo, map, {}, &needsPassword);
    if (!doc && needsPassword) {
        bool ok = false;
        const QString password = TeamMapDialog::askPassword(this, conninfo, &ok);
        if (!ok)
            return false;
        doc = Document::openTeam(conninfo, map, password);
    }
    if (!doc) {
        reportError(tr("Cannot open the team map “%1”").arg(map), doc.error().message);
        return false;
    }
    if (!closeDocument())
        return false;
    setDocument(std::move(doc.value()));
    TeamMapDialog::remember(conninfo, map);
    statusBar()->showMessage(
        m_doc->isReadOnly()
            ? tr("Read-only: %1").arg(m_doc->readOnlyReason())
            : tr("Others' changes appear as they make them; yours are saved as you make them"),
        10000);
    return true;
}

} // namespace cx
