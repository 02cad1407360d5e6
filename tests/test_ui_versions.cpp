// File > Named Versions…: the dialog lists, creates, compares and restores
// (offscreen).

#include "dialogwatcher.h"
#include "model/document.h"
#include "panels/versionsdialog.h"
#include "samplewindow.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>

using namespace cx;

TEST_CASE("The versions dialog lists, creates, compares and restores", "[ui][versions]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    REQUIRE(doc->createVersion(QStringLiteral("Before")).ok());
    VersionsDialog dialog(*doc);
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("versionList"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("versionName"));
    auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createVersion"));
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("Before"));
    CHECK_FALSE(create->isEnabled()); // no name yet

    name->setText(QStringLiteral("After"));
    REQUIRE(create->isEnabled());
    create->click();
    CHECK(list->topLevelItemCount() == 2);
    CHECK(name->text().isEmpty());
    CHECK(dialog.status().contains(QStringLiteral("“After”")));

    name->setText(QStringLiteral("before"));
    create->click();
    CHECK(list->topLevelItemCount() == 2);
    CHECK(dialog.status().contains(QStringLiteral("already a version")));

    list->topLevelItem(0)->setSelected(true);
    auto* compareNow = dialog.findChild<QPushButton*>(QStringLiteral("compareWithNow"));
    REQUIRE(compareNow->isEnabled());
    compareNow->click();
    CHECK(dialog.comparison().contains(QStringLiteral("no changes")));
    list->topLevelItem(1)->setSelected(true);
    CHECK_FALSE(compareNow->isEnabled());
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("compareTwo"))->isEnabled());
    dialog.compareTwo();
    CHECK(dialog.comparison().contains(QStringLiteral("0 added")));

    list->topLevelItem(1)->setSelected(false);
    const QString out = dir.file(QStringLiteral("restored"));
    dialog.setFileChooser([out] { return out; });
    dialog.restoreAsNewMap();
    CHECK(QFileInfo::exists(out + QStringLiteral(".cxmap")));
    dialog.restoreAsNewMap(); // the file is there now: refused
    CHECK(dialog.status().contains(QStringLiteral("exists")));
}

TEST_CASE("The versions dialog on a read-only map says why it takes none", "[ui][versions]")
{
    test::TempDir dir;
    QString path;
    {
        auto doc = test::smallDocumentFile(dir);
        path = doc->path();
    }
    auto doc = Document::open(path, true);
    REQUIRE(doc.ok());
    VersionsDialog dialog(*doc.value());
    CHECK(dialog.status().contains(QStringLiteral("read-only")));
    CHECK_FALSE(dialog.findChild<QLineEdit*>(QStringLiteral("versionName"))->isEnabled());
    dialog.createVersion();
    CHECK(dialog.status().contains(QStringLiteral("read-only")));
}

TEST_CASE("File > Named Versions… opens the dialog on the map", "[ui][versions]")
{
    test::SampleWindow sample(1200, 800);
    QAction* action = sample.w.action(QStringLiteral("namedVersions"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    QMenu* file = sample.w.menuBar()->actions().first()->menu();
    REQUIRE(file);
    CHECK(file->actions().contains(action));
    test::DialogWatcher dialog;
    QStringList names;
    dialog.inspect = [&names](QWidget* modal) {
        if (auto* list = modal->findChild<QTreeWidget*>(QStringLiteral("versionList")))
            names << QString::number(list->topLevelItemCount());
    };
    REQUIRE(sample.w.document()->createVersion(QStringLiteral("Workshop")).ok());
    dialog.arm();
    action->trigger();
    CHECK(dialog.seen == 1);
    CHECK(dialog.title == QStringLiteral("Named Versions"));
    CHECK(names == QStringList{QStringLiteral("1")});
}
