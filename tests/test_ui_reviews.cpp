// Reviews in the editor (analysis/reviews.h): Journey > Review marks the
// selected cards or the lens department's cards reviewed, one undo step each;
// the canvas badges stale cards once the journey has reviews; the Departments
// dock counts its reviewed cards and lists the stale ones, and its Mark All
// Reviewed button marks them.

#include <catch2/catch.hpp>

#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "commands/edit.h"
#include "dashboard/dashboard.h"
#include "dialogwatcher.h"
#include "mainwindow.h"
#include "model/document.h"
#include "panels/actionsdialog.h"
#include "panels/departmentpanel.h"
#include "panels/digestdialog.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace cx;

namespace {

QLabel* reviewLabel(QWidget* panel)
{
    for (QLabel* l : panel->findChildren<QLabel*>()) {
        if (l->accessibleName() == QStringLiteral("Review state"))
            return l;
    }
    return nullptr;
}

QToolButton* markAllButton(QWidget* panel)
{
    for (QToolButton* b : panel->findChildren<QToolButton*>()) {
        if (b->text() == QStringLiteral("Mark All Reviewed"))
            return b;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Journey > Review marks cards reviewed, the canvas and the Departments dock show it",
          "[ui][reviews]")
{
    test::TempDir dir;
    auto owned = test::smallDocumentFile(dir);
    Document& doc = *owned;
    QDateTime now(QDate(2026, 9, 7), QTime(10, 0), Qt::UTC);
    doc.setClock([&now] { return now; });
    doc.setAuthor(QStringLiteral("ines"));
    QSettings().clear();
    MainWindow w;
    w.resize(1400, 900);
    w.setDocument(std::move(owned));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    canvas::JourneyScene* scene = w.scene();

    // A workshop map without reviews shows no review badges.
    CHECK_FALSE(scene->cardItem(2)->toolTip().contains(QStringLiteral("review")));

    QAction* mark = w.findChild<QAction*>(QStringLiteral("markReviewed"));
    REQUIRE(mark);
    scene->selectCards({2});
    QApplication::processEvents();
    REQUIRE(mark->isEnabled());
    mark->trigger();
    CHECK(doc.card(2)->reviewedAt == now);
    CHECK(doc.card(2)->reviewedBy == QStringLiteral("ines"));
    CHECK(doc.undoStack()->undoText() == QStringLiteral("Mark \u201cCheckout page\u201d reviewed"));
    // Now the journey has reviews: the reviewed card says so, the others are stale.
    CHECK(scene->cardItem(2)->toolTip().contains(QStringLiteral("Reviewed ")));
    CHECK(scene->cardItem(3)->toolTip().contains(
        QStringLiteral("Not reviewed in the last 90 days (never reviewed)")));

    // The Departments dock with IT as the lens: 1 of its 2 cards.
    w.setLens(2);
    QApplication::processEvents();
    DepartmentPanel* panel = w.departmentPanel();
    QLabel* label = reviewLabel(panel);
    REQUIRE(label);
    CHECK(label->text() == QStringLiteral("1 of 2 IT cards reviewed in the last 90 days"));
    // The dashboard says the same for the lens.
    auto* dashboardLine = w.findChild<QLabel*>(QStringLiteral("dashboardReviews"));
    REQUIRE(dashboardLine);
    w.dashboard()->refreshNow();
    CHECK(dashboardLine->text() == label->text());
    QAction* markDepartment = w.findChild<QAction*>(QStringLiteral("markDepartmentReviewed"));
    REQUIRE(markDepartment);
    CHECK(markDepartment->text() == QStringLiteral("Mark &All IT Cards Reviewed"));

    // 100 days on, both are stale; Mark All Reviewed takes them in one step.
    now = now.addDays(100);
    doc.setAuthor(QStringLiteral("omar"));
    QToolButton* all = markAllButton(panel);
    REQUIRE(all);
    REQUIRE(all->isEnabled());
    QTest::mouseClick(all, Qt::LeftButton);
    QApplication::processEvents();
    CHECK(doc.card(2)->reviewedBy == QStringLiteral("omar"));
    CHECK(doc.card(3)->reviewedBy == QStringLiteral("omar"));
    CHECK(doc.undoStack()->undoText() == QStringLiteral("Mark 2 cards reviewed"));
    CHECK(label->text() == QStringLiteral("2 of 2 IT cards reviewed in the last 90 days"));
    doc.undoStack()->undo();
    QApplication::processEvents();
    CHECK(label->text() == QStringLiteral("0 of 2 IT cards reviewed in the last 90 days"));
    CHECK(doc.card(2)->reviewedBy == QStringLiteral("ines"));
}

TEST_CASE("the digest dialog shows a department's changes since its last review, plain or "
          "Markdown, and copies them",
          "[ui][reviews][digest]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    QDateTime now(QDate(2026, 9, 7), QTime(10, 0), Qt::UTC);
    doc->setClock([&now] { return now; });
    doc->setAuthor(QStringLiteral("ines"));
    REQUIRE_FALSE(edit::markReviewed(*doc, {2, 3}));
    now = now.addDays(2);
    REQUIRE_FALSE(edit::setCardTitle(*doc, 2, QStringLiteral("*Checkout*"), edit::Merge::No));

    DigestDialog dialog(*doc, 2);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.findChild<QDateEdit*>(QStringLiteral("digestSince"))->date() == QDate(2026, 9, 7));
    CHECK(dialog.text().startsWith(
        QStringLiteral("IT: changes since its last review on 2026-09-07\n")));
    CHECK(dialog.text().contains(
        QStringLiteral("- \u201c*Checkout*\u201d: title Checkout page \u2192 *Checkout*")));
    auto* markdown = dialog.findChild<QCheckBox*>(QStringLiteral("digestMarkdown"));
    markdown->setFocus();
    QTest::keyClick(markdown, Qt::Key_Space);
    CHECK(dialog.text().startsWith(QStringLiteral("## IT")));
    CHECK(dialog.text().contains(QStringLiteral("\\*Checkout\\*")));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("digestCopy")), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() == dialog.text());

    // An earlier day: from then on, not since the review.
    dialog.findChild<QDateEdit*>(QStringLiteral("digestSince"))->setDate(QDate(2026, 9, 1));
    CHECK(dialog.text().startsWith(QStringLiteral("## IT: changes since 2026-09-01")));
}

TEST_CASE("the actions list sorts, flags the overdue, adds through its form and leads to the card",
          "[ui][actions]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    QDateTime now(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    doc->setClock([&now] { return now; });
    CardAction late;
    late.what = QStringLiteral("Show the delivery date");
    late.ownerId = 2;
    late.due = QDate(2026, 11, 10);
    REQUIRE_FALSE(edit::addAction(*doc, 2, late));
    CardAction later = late;
    later.what = QStringLiteral("Batch at noon");
    later.due = QDate(2026, 12, 24);
    REQUIRE_FALSE(edit::addAction(*doc, 3, later));

    ActionsDialog dialog(*doc, 2, 3);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget* table = dialog.table();
    REQUIRE(table->rowCount() == 2);
    table->sortByColumn(3, Qt::DescendingOrder); // due, latest first
    CHECK(table->item(0, 0)->text() == QStringLiteral("Batch at noon"));
    CHECK(table->item(1, 4)->text() == QStringLiteral("open · overdue"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("open"));

    // Add... opens the form for card 3 (order processing, an opportunity).
    test::DialogWatcher form;
    form.inspect = [](QWidget* modal) {
        modal->findChild<QLineEdit*>(QStringLiteral("actionWhat"))
            ->setText(QStringLiteral("Call the customer"));
        modal->findChild<QCheckBox*>(QStringLiteral("actionHasDue"))->setChecked(true);
        modal->findChild<QDateEdit*>(QStringLiteral("actionDue"))->setDate(QDate(2026, 11, 1));
        qobject_cast<QDialog*>(modal)->accept();
    };
    form.arm();
    dialog.findChild<QPushButton*>(QStringLiteral("actionsAdd"))->click();
    CHECK(form.seen == 1);
    REQUIRE(doc->card(3)->actions.size() == 2);
    CHECK(doc->card(3)->actions[1].what == QStringLiteral("Call the customer"));
    CHECK(doc->card(3)->actions[1].ownerId == 2); // the department's by default
    CHECK(doc->undoStack()->undoText() ==
          QStringLiteral("Add action \u201cCall the customer\u201d"));
    REQUIRE(table->rowCount() == 3);

    // Enter on a row leads to its card.
    QSignalSpy activated(&dialog, &ActionsDialog::cardActivated);
    const QList<QTableWidgetItem*> found =
        table->findItems(QStringLiteral("Show the delivery date"), Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    table->setCurrentItem(found.first());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().value<Id>() == 2);

    // Remove takes the chosen one, one undo step.
    dialog.findChild<QPushButton*>(QStringLiteral("actionsRemove"))->click();
    CHECK(doc->card(2)->actions.isEmpty());
    CHECK(table->rowCount() == 2);
}
