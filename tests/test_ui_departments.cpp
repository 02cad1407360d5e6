#include <catch2/catch.hpp>

#include "commands/edit.h"
#include "io/jsonformat.h"
#include "model/document.h"
#include "panels/departmentdialog.h"
#include "panels/departmentpanel.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

using namespace cx;

namespace {

std::unique_ptr<Document> newDoc(const test::TempDir& dir)
{
    auto doc = Document::create(dir.file(QStringLiteral("doc.cxmap")), test::smallDocument());
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

QTreeWidget* listOf(DepartmentPanel& panel)
{
    auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("departmentList"));
    REQUIRE(list);
    return list;
}

QTreeWidget* cardsOf(DepartmentPanel& panel)
{
    auto* cards = panel.findChild<QTreeWidget*>(QStringLiteral("departmentCards"));
    REQUIRE(cards);
    return cards;
}

// A row's text with its non-breaking spaces read as spaces.
QString textOf(const QTreeWidgetItem* item)
{
    return item->text(0).replace(QChar(0x00a0), QLatin1Char(' '));
}

Id idOf(const QTreeWidgetItem* item) { return item->data(0, Qt::UserRole).value<Id>(); }

// "Stage name (n)" -> card ids of each group that lists cards.
QList<QPair<QString, QList<Id>>> groups(QTreeWidget* tree)
{
    QList<QPair<QString, QList<Id>>> result;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* group = tree->topLevelItem(i);
        QList<Id> ids;
        for (int j = 0; j < group->childCount(); ++j) {
            if (idOf(group->child(j)) != 0)
                ids.append(idOf(group->child(j)));
        }
        result.append({group->text(0), ids});
    }
    return result;
}

QTreeWidgetItem* rowOf(QTreeWidget* list, Id id)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (idOf(list->topLevelItem(i)) == id)
            return list->topLevelItem(i);
    }
    return nullptr;
}

// The last row listing the card: its row in its stage group when it has one
// (the customer moments and the priority groups come before the stages).
QTreeWidgetItem* cardRow(QTreeWidget* tree, Id cardId)
{
    QTreeWidgetItem* found = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if (idOf(*it) == cardId)
            found = *it;
    }
    return found;
}

// Runs f on the next modal dialog once it is shown; a dialog f leaves open
// is rejected, so that a failed check never hangs the test. (f runs inside
// the dialog's event loop: it uses CHECK, never REQUIRE.)
template <typename F>
void onNextModal(F f)
{
    QTimer::singleShot(0, [f] {
        auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        CHECK(modal);
        if (!modal)
            return;
        f(modal);
        if (modal->isVisible())
            modal->reject();
    });
}

} // namespace

TEST_CASE("the department list shows All and every department with its counts", "[ui]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    DepartmentPanel panel;
    panel.setDocument(doc.get());
    REQUIRE(panel.journey() == 1);
    REQUIRE(panel.lens() == 0);

    QTreeWidget* list = listOf(panel);
    REQUIRE(list->topLevelItemCount() == 3);
    CHECK(idOf(list->topLevelItem(0)) == 0);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("All departments"));
    CHECK(list->topLevelItem(1)->text(0) == QStringLiteral("Marketing"));
    CHECK(list->topLevelItem(1)->text(1) == QStringLiteral("1 · 1 · 0"));
    CHECK(list->topLevelItem(2)->text(0) == QStringLiteral("IT"));
    CHECK(list->topLevelItem(2)->text(1) == QStringLiteral("2 · 1 · 1"));
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("3 · 2 · 1"));
    CHECK(list->currentItem() == list->topLevelItem(0));

    panel.setDocument(nullptr);
    CHECK(list->topLevelItemCount() == 0);
}

TEST_CASE("picking a department shows its cards by stage and activates cards", "[ui]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    DepartmentPanel panel;
    panel.setDocument(doc.get());
    panel.resize(300, 800);
    panel.show();
    QSignalSpy lens(&panel, &DepartmentPanel::lensChanged);
    QSignalSpy activated(&panel, &DepartmentPanel::cardActivated);

    QTreeWidget* list = listOf(panel);
    list->setCurrentItem(rowOf(list, 2));
    REQUIRE(lens.count() == 1);
    CHECK(lens.at(0).at(0).value<Id>() == 2);
    CHECK(panel.lens() == 2);

    QTreeWidget* cards = cardsOf(panel);
    auto g = groups(cards);
    // The customer moments first, then its pain points and opportunities by
    // priority, the cards it owns that are not reviewed, then Awareness, Purchase.
    REQUIRE(g.size() == 6);
    CHECK(g[0].first.startsWith(QStringLiteral("Customer moments it feeds (0)")));
    CHECK(g[1].first == QStringLiteral("Pain points by priority (1)"));
    CHECK(g[1].second == QList<Id>{2});
    CHECK(g[2].first == QStringLiteral("Opportunities by priority (1)"));
    CHECK(g[2].second == QList<Id>{3});
    CHECK(g[3].first == QStringLiteral("Not reviewed in the last 90 days (2)"));
    CHECK(g[3].second == QList<Id>{2, 3});
    CHECK(g[4].first == QStringLiteral("Awareness (1)"));
    CHECK(g[4].second == QList<Id>{1}); // contributes to the social ad
    CHECK(g[5].first == QStringLiteral("Purchase (2)"));
    CHECK(g[5].second == QList<Id>{2, 3}); // touchpoint lane before back stage
    CHECK(textOf(cards->topLevelItem(3)->child(0)).contains(QStringLiteral("never reviewed")));
    CHECK(textOf(cardRow(cards, 1)).contains(QStringLiteral("Contributing")));
    CHECK(textOf(cardRow(cards, 2)).contains(QStringLiteral("Accountable")));
    CHECK(textOf(cardRow(cards, 2)).contains(QStringLiteral("\u22122")));
    CHECK(textOf(cardRow(cards, 2)).contains(QStringLiteral("pain: high")));

    // setLens does not emit.
    panel.setLens(1);
    CHECK(lens.count() == 1);
    CHECK(groups(cards)[4].second == QList<Id>{1});
    CHECK(textOf(cardRow(cards, 1)).contains(QStringLiteral("CTR 1.5 % (target 2)")));
    CHECK(textOf(cardRow(cards, 1)).contains(QStringLiteral("▼ off target")));
    panel.setLens(2);

    QTreeWidgetItem* row = cardRow(cards, 3);
    cards->scrollToItem(row);
    QTest::mouseClick(cards->viewport(), Qt::LeftButton, {}, cards->visualItemRect(row).center());
    REQUIRE(activated.count() >= 1);
    CHECK(activated.last().at(0).value<Id>() == 3);

    activated.clear();
    cards->setCurrentItem(cardRow(cards, 2));
    cards->setFocus();
    QTest::keyClick(cards, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).value<Id>() == 2);

    // A link from IT's order processing to the first invoice: a customer moment.
    REQUIRE(edit::addLink(*doc, 3, 5, LinkType::Feeds).ok());
    QCoreApplication::processEvents();
    g = groups(cards);
    CHECK(g.first().first.startsWith(QStringLiteral("Customer moments it feeds (1)")));
    CHECK(g.first().second == QList<Id>{5});
    CHECK(textOf(cardRow(cards, 5)).contains(QStringLiteral("1 link away")));
}

TEST_CASE("the department panel follows edits, coalesced", "[ui]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    DepartmentPanel panel;
    panel.setDocument(doc.get());
    panel.setLens(2);
    panel.show(); // a hidden panel waits until it shows (see test_ui_panelrefresh.cpp)
    QSignalSpy lens(&panel, &DepartmentPanel::lensChanged);
    QTreeWidget* list = listOf(panel);
    QTreeWidget* cards = cardsOf(panel);

    Card c = *doc->card(4); // the unowned credit check
    c.accountableId = 2;
    REQUIRE(!edit::editCard(*doc, c));
    CHECK(rowOf(list, 2)->text(1) == QStringLiteral("2 · 1 · 1")); // not yet: coalesced
    QCoreApplication::processEvents();
    CHECK(rowOf(list, 2)->text(1) == QStringLiteral("3 · 1 · 1"));
    CHECK(groups(cards)[5].second == QList<Id>{2, 3, 4});
    CHECK(list->currentItem() == rowOf(list, 2)); // the lens stays selected

    REQUIRE(!edit::removeDepartment(*doc, 2));
    QCoreApplication::processEvents();
    REQUIRE(lens.count() == 1);
    CHECK(lens.at(0).at(0).value<Id>() == 0);
    CHECK(panel.lens() == 0);
    CHECK(list->topLevelItemCount() == 2);
    CHECK(list->currentItem() == list->topLevelItem(0));
}

TEST_CASE("a refresh keeps the lens and the scroll position", "[ui]")
{
    QFile file(QStringLiteral(CXMAP_SAMPLE_JSON));
    REQUIRE(file.open(QIODevice::ReadOnly));
    Result<DocumentData> sample = fromJson(file.readAll());
    REQUIRE(sample.ok());
    test::TempDir dir;
    auto created = Document::create(dir.file(QStringLiteral("sample.cxmap")), sample.value());
    REQUIRE(created.ok());
    Document& doc = *created.value();
    const Id it = doc.departmentByName(QStringLiteral("IT"))->id;

    DepartmentPanel panel;
    panel.setDocument(&doc);
    panel.resize(300, 800);
    panel.show();
    panel.setLens(it);
    QCoreApplication::processEvents();
    QScrollBar* bar = cardsOf(panel)->verticalScrollBar();
    REQUIRE(bar->maximum() > 300);
    bar->setValue(300);

    Card c = *doc.card(doc.cardIdsOfJourney(panel.journey()).last());
    c.title += QStringLiteral(" (edited)");
    REQUIRE(!edit::editCard(doc, c));
    QCoreApplication::processEvents();
    CHECK(panel.lens() == it);
    CHECK(idOf(listOf(panel)->currentItem()) == it);
    CHECK(bar->value() == 300);
}

TEST_CASE("removing a department hands its cards over and undo restores them", "[ui]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    const DocumentData before = doc->snapshot();
    DepartmentPanel panel;
    panel.setDocument(doc.get());
    panel.setLens(2);
    panel.show();
    QSignalSpy lens(&panel, &DepartmentPanel::lensChanged);

    onNextModal([](QDialog* modal) {
        auto* combo = modal->findChild<QComboBox*>(QStringLiteral("replacementCombo"));
        CHECK(combo);
        if (!combo)
            return;
        CHECK(combo->count() == 2); // nobody, Marketing
        CHECK(combo->itemData(0).value<Id>() == 0);
        combo->setCurrentIndex(combo->findData(Id(1)));
        modal->accept();
    });
    panel.removeDepartment();
    QCoreApplication::processEvents();

    CHECK(doc->department(2) == nullptr);
    CHECK(doc->card(2)->accountableId == 1);
    CHECK(doc->card(3)->accountableId == 1);
    CHECK(doc->card(3)->contributingIds.isEmpty());
    CHECK(doc->card(1)->contributingIds.isEmpty());
    REQUIRE(lens.count() == 1);
    CHECK(lens.at(0).at(0).value<Id>() == 0);
    CHECK(rowOf(listOf(panel), 1)->text(1) == QStringLiteral("3 · 0 · 1"));

    doc->undoStack()->undo();
    QCoreApplication::processEvents();
    CHECK(doc->snapshot() == before);
    CHECK(rowOf(listOf(panel), 2)->text(1) == QStringLiteral("2 · 1 · 1"));
}

TEST_CASE("a department without cards is removed after a confirmation", "[ui]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    Department hr;
    hr.name = QStringLiteral("HR");
    hr.shortName = QStringLiteral("HR");
    hr.position = -1;
    const Result<Id> id = edit::addDepartment(*doc, hr);
    REQUIRE(id.ok());
    DepartmentPanel panel;
    panel.setDocument(doc.get());
    panel.setLens(id.value());

    onNextModal([](QDialog* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        CHECK(box);
        if (box)
            box->defaultButton()->click();
    });
    panel.removeDepartment();
    CHECK(doc->department(id.value()) == nullptr);
    CHECK(doc->departmentIds().size() == 2);
}

TEST_CASE("adding and editing through the dialog are one undo step each", "[ui]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    DepartmentPanel panel;
    panel.setDocument(doc.get());
    panel.show(); // where the user clicks Add and Edit
    QSignalSpy lens(&panel, &DepartmentPanel::lensChanged);
    const int steps = doc->undoStack()->count();

    onNextModal([](QDialog* modal) {
        auto* name = modal->findChild<QLineEdit*>(QStringLiteral("departmentName"));
        CHECK(name);
        if (!name)
            return;
        QTest::keyClicks(name, QStringLiteral("Logistics"));
        modal->accept();
    });
    panel.addDepartment();
    REQUIRE(doc->departmentIds().size() == 3);
    const Department* added = doc->department(doc->departmentIds().last());
    CHECK(added->name == QStringLiteral("Logistics"));
    CHECK(added->shortName == QStringLiteral("LOG"));
    CHECK(panel.lens() == added->id);
    REQUIRE(lens.count() == 1);
    CHECK(lens.at(0).at(0).value<Id>() == added->id);

    panel.setLens(1);
    onNextModal([](QDialog* modal) {
        auto* name = modal->findChild<QLineEdit*>(QStringLiteral("departmentName"));
        CHECK(name);
        if (!name)
            return;
        name->setText(QStringLiteral("Brand & Marketing"));
        modal->accept();
    });
    panel.editDepartment();
    CHECK(doc->department(1)->name == QStringLiteral("Brand & Marketing"));
    CHECK(doc->undoStack()->count() == steps + 2);
    QCoreApplication::processEvents();
    CHECK(rowOf(listOf(panel), 1)->text(0) == QStringLiteral("Brand & Marketing"));
}

TEST_CASE("moving a department keeps it selected", "[ui]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    DepartmentPanel panel;
    panel.setDocument(doc.get());
    panel.setLens(2);
    panel.show();
    panel.moveDepartmentUp();
    QCoreApplication::processEvents();
    CHECK(doc->departmentIds() == QList<Id>{2, 1});
    QTreeWidget* list = listOf(panel);
    CHECK(idOf(list->topLevelItem(1)) == 2);
    CHECK(list->currentItem() == list->topLevelItem(1));
    CHECK(panel.lens() == 2);
}

TEST_CASE("the department dialog checks the name and the short name", "[ui]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    DepartmentDialog dlg(*doc, Department{});
    auto* name = dlg.findChild<QLineEdit*>(QStringLiteral("departmentName"));
    REQUIRE(name);
    QPushButton* ok = nullptr;
    for (QPushButton* b : dlg.findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Add"))
            ok = b;
    }
    REQUIRE(ok);
    CHECK_FALSE(ok->isEnabled());
    CHECK_FALSE(dlg.problem().isEmpty());

    QTest::keyClicks(name, QStringLiteral("it"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(dlg.problem().contains(QStringLiteral("IT")));

    name->clear();
    QTest::keyClicks(name, QStringLiteral("Customer Support"));
    CHECK(ok->isEnabled());
    CHECK(dlg.problem().isEmpty());
    const Department d = dlg.department();
    CHECK(d.name == QStringLiteral("Customer Support"));
    CHECK(d.shortName == QStringLiteral("CS")); // suggested from the initials
    CHECK(d.color.isValid());
    CHECK(d.color != QColor(0xCC, 0x66, 0x77)); // Marketing's colour is taken

    // Ten quick colours from the blank template.
    QList<QAbstractButton*> swatches;
    for (QAbstractButton* b : dlg.findChildren<QAbstractButton*>()) {
        if (b->objectName().startsWith(QStringLiteral("paletteSwatch")))
            swatches.append(b);
    }
    REQUIRE(swatches.size() == 10);
    swatches[4]->click();
    CHECK(dlg.department().color == QColor(0x88, 0xCC, 0xEE));

    // Editing IT may keep its own name, in other capitals.
    DepartmentDialog edit(*doc, *doc->department(2));
    auto* editName = edit.findChild<QLineEdit*>(QStringLiteral("departmentName"));
    editName->setText(QStringLiteral("it"));
    CHECK(edit.problem().isEmpty());
}

TEST_CASE("the department widgets are named and fit a narrow dock", "[ui]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    DepartmentPanel panel;
    panel.setDocument(doc.get());
    panel.setLens(2);
    CHECK(panel.minimumSizeHint().width() <= 260);
    DepartmentDialog dlg(*doc, *doc->department(1));
    for (QWidget* root : {static_cast<QWidget*>(&panel), static_cast<QWidget*>(&dlg)}) {
        for (QWidget* w : root->findChildren<QWidget*>()) {
            const bool interactive = qobject_cast<QAbstractButton*>(w) ||
                                     qobject_cast<QAbstractItemView*>(w) ||
                                     qobject_cast<QLineEdit*>(w) ||
                                     qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QLabel*>(w);
            if (interactive && !w->parentWidget()->inherits("QAbstractScrollArea")) {
                INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
                CHECK_FALSE(w->accessibleName().isEmpty());
            }
        }
    }
}

TEST_CASE("the removal question shows a department name holding %1 as it is", "[ui]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    Department d = *doc->department(2);
    d.name = QStringLiteral("R%1D");
    REQUIRE_FALSE(edit::editDepartment(*doc, d));
    DepartmentPanel panel;
    panel.setDocument(doc.get());
    panel.setLens(2);
    QString question;
    onNextModal([&question](QDialog* modal) {
        for (const QLabel* l : modal->findChildren<QLabel*>())
            question += l->text();
        modal->reject();
    });
    panel.removeDepartment();
    CHECK(question.contains(
        QStringLiteral("“R%1D” is accountable for 2 cards and contributes to 1 more.")));
    CHECK(doc->department(2) != nullptr); // not removed
}
