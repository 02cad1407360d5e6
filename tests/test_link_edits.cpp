// Links can be edited after they are made (issue 17, part 2): a link is
// retyped, relabelled, reversed and deleted, each one undo step named after
// the link, and saved; on the canvas a click selects a link, Delete removes
// it, its context menu and the Inspector edit it.
//
// The small document: link 1 "Order processing" (3) feeds "Checkout page"
// (2), label "order data"; link 2 "Credit check" (4) depends on "Order
// processing" (3).

#include <catch2/catch.hpp>

#include "analysis/chains.h"
#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "canvas/linkitem.h"
#include "commands/edit.h"
#include "mainwindow.h"
#include "model/document.h"
#include "panels/inspector.h"
#include "panels/linkeditor.h"
#include "testutil.h"
#include "tiptext.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cx;

namespace {

const Link* diskLink(const QString& path, Id id)
{
    static DocumentData data;
    data = test::onDisk(path);
    for (const Link& l : std::as_const(data.links)) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

bool reaches(const Document& doc, Id from, Id to)
{
    for (const analysis::ChainCard& c :
         analysis::chainsOfCard(doc.snapshot(), from).forward.cards) {
        if (c.cardId == to)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("reversing a link swaps its ends in one undo step, saved in the file", "[links]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    const QString path = doc->path();
    REQUIRE(reaches(*doc, 3, 2));

    REQUIRE_FALSE(edit::reverseLink(*doc, 1));
    const Link* l = doc->link(1);
    REQUIRE(l);
    CHECK(l->fromCardId == 2);
    CHECK(l->toCardId == 3);
    CHECK(l->type == LinkType::Feeds);
    CHECK(l->label == QStringLiteral("order data"));
    CHECK(doc->linkIdsOf(2).contains(1));
    CHECK(doc->undoStack()->count() == 1);
    CHECK(doc->undoStack()->undoText() ==
          QStringLiteral("Reverse link “Order processing” feeds “Checkout page”"));
    const Link* saved = diskLink(path, 1);
    REQUIRE(saved);
    CHECK(saved->fromCardId == 2);
    CHECK(saved->toCardId == 3);
    // The domino effect follows: the checkout page now feeds order processing.
    CHECK_FALSE(reaches(*doc, 3, 2));
    CHECK(reaches(*doc, 2, 3));
    CHECK(reaches(*doc, 2, 4)); // and on, along "Credit check depends on Order processing"

    doc->undoStack()->undo();
    CHECK(doc->link(1)->fromCardId == 3);
    CHECK(diskLink(path, 1)->fromCardId == 3);
    doc->undoStack()->redo();
    CHECK(doc->link(1)->fromCardId == 2);
    CHECK(diskLink(path, 1)->toCardId == 3);
}

TEST_CASE("a reversal that would repeat a link is refused and changes nothing", "[links]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    REQUIRE(edit::addLink(*doc, 2, 3, LinkType::Feeds).ok());
    const int steps = doc->undoStack()->count();
    const Error refused = edit::reverseLink(*doc, 1);
    CHECK(refused.message ==
          QStringLiteral("There is already a link “Checkout page” feeds “Order processing”"));
    CHECK(doc->link(1)->fromCardId == 3);
    CHECK(doc->undoStack()->count() == steps);
    CHECK(edit::reverseLink(*doc, 99).code == ErrorCode::InvalidArgument);
}

TEST_CASE("retyping and relabelling a link name it in the history, typing a label is one step",
          "[links]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    Link l = *doc->link(1);
    l.type = LinkType::Triggers;
    REQUIRE_FALSE(edit::editLink(*doc, l));
    CHECK(doc->undoStack()->undoText() ==
          QStringLiteral("Type of link “Order processing” feeds “Checkout page”: feeds → "
                         "triggers"));
    for (const QString& typed :
         {QStringLiteral("n"), QStringLiteral("ni"), QStringLiteral("nightly batch")}) {
        l.label = typed;
        REQUIRE_FALSE(edit::editLink(*doc, l, edit::Merge::Typing));
    }
    CHECK(doc->undoStack()->count() == 2);
    CHECK(doc->undoStack()->undoText() ==
          QStringLiteral("Label of link “Order processing” triggers “Checkout page”: “order "
                         "data” → “nightly batch”"));
    CHECK(diskLink(doc->path(), 1)->label == QStringLiteral("nightly batch"));
    doc->undoStack()->undo();
    CHECK(doc->link(1)->label == QStringLiteral("order data"));
    CHECK(doc->link(1)->type == LinkType::Triggers);
}

TEST_CASE("deleting several links is one step, undo brings them back with their ids", "[links]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    const Link first = *doc->link(1);
    const Link second = *doc->link(2);
    REQUIRE_FALSE(edit::removeLinks(*doc, {1, 2}));
    CHECK(doc->linkCount() == 0);
    CHECK(doc->undoStack()->count() == 1);
    CHECK(doc->undoStack()->undoText() == QStringLiteral("Delete 2 links"));
    CHECK(test::onDisk(doc->path()).links.isEmpty());
    doc->undoStack()->undo();
    REQUIRE(doc->link(1));
    REQUIRE(doc->link(2));
    CHECK(*doc->link(1) == first);
    CHECK(*doc->link(2) == second);
    CHECK(test::onDisk(doc->path()).links.size() == 2);

    REQUIRE_FALSE(edit::removeLink(*doc, 2));
    CHECK(doc->undoStack()->undoText() ==
          QStringLiteral("Delete link “Credit check” depends on “Order processing”"));
}

// --- On the canvas -------------------------------------------------------------------

namespace {

struct LinkWindow
{
    test::TempDir dir;
    MainWindow w;
    Document* doc = nullptr;

    LinkWindow()
    {
        QSettings().clear();
        const QString path = dir.file(QStringLiteral("links.cxmap"));
        REQUIRE(Document::create(path, test::smallDocument()).ok());
        w.setWindowState(Qt::WindowNoState);
        w.resize(1400, 900);
        w.show();
        REQUIRE(w.openFile(path));
        REQUIRE(QTest::qWaitForWindowActive(&w));
        doc = w.document();
        w.scene()->flush();
    }
    ~LinkWindow() { QSettings().clear(); }

    // A point on the link's curve where nothing else is on top of it, in
    // the view's viewport.
    QPoint pointOn(Id linkId)
    {
        canvas::LinkItem* item = w.scene()->linkItem(linkId);
        REQUIRE(item);
        for (qreal t : {0.5, 0.4, 0.6, 0.3, 0.7}) {
            const QPointF p = item->path().pointAtPercent(t);
            w.view()->centerOn(p);
            const QPoint at = w.view()->mapFromScene(p);
            const QList<QGraphicsItem*> under = w.view()->items(at);
            if (!under.isEmpty() && under.first() == item)
                return at;
        }
        FAIL("no free point on the link");
        return {};
    }
    LinkEditor* editor() { return w.inspector()->findChild<LinkEditor*>(); }
};

} // namespace

TEST_CASE("a click selects a link, the Inspector retypes, relabels and reverses it, Delete "
          "removes it",
          "[links][ui]")
{
    LinkWindow r;
    QWidget* viewport = r.w.view()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, r.pointOn(1));
    CHECK(r.w.scene()->selectedLinkIds() == QList<Id>{1});
    CHECK(r.w.scene()->selectedCardIds().isEmpty());
    CHECK(r.w.inspector()->link() == 1);
    LinkEditor* editor = r.editor();
    REQUIRE(editor->isVisible());
    CHECK(editor->findChild<QLabel*>(QStringLiteral("linkFrom"))
              ->text()
              .contains("Order processing"));
    CHECK(editor->findChild<QLabel*>(QStringLiteral("linkTo"))->text().contains("Checkout page"));
    auto* label = editor->findChild<QLineEdit*>(QStringLiteral("linkLabel"));
    CHECK(label->text() == QStringLiteral("order data"));

    // The type, by keyboard: one step.
    auto* type = editor->findChild<QComboBox*>(QStringLiteral("linkType"));
    CHECK(type->currentText() == QStringLiteral("feeds"));
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down);
    CHECK(r.doc->link(1)->type == LinkType::Triggers);
    CHECK(r.doc->undoStack()->count() == 1);

    // The label, typed: one more step however many keys.
    label->setFocus();
    label->selectAll();
    QTest::keyClicks(label, QStringLiteral("nightly batch"));
    QTest::keyClick(label, Qt::Key_Return);
    CHECK(r.doc->link(1)->label == QStringLiteral("nightly batch"));
    CHECK(r.doc->undoStack()->count() == 2);

    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("reverseLink")),
                      Qt::LeftButton);
    CHECK(r.doc->link(1)->fromCardId == 2);
    CHECK(r.doc->undoStack()->count() == 3);
    CHECK(editor->findChild<QLabel*>(QStringLiteral("linkFrom"))->text().contains("Checkout page"));
    // The arrow turned with it: it now leaves the checkout page.
    const QRectF checkout = r.w.scene()->cardRect(2);
    const QPointF start = r.w.scene()->linkItem(1)->path().pointAtPercent(0);
    CHECK((qAbs(start.x() - checkout.left()) < 1 || qAbs(start.x() - checkout.right()) < 1));

    // Delete on the canvas, with the link still selected.
    r.w.view()->setFocus();
    REQUIRE(r.w.scene()->selectedLinkIds() == QList<Id>{1});
    REQUIRE(r.w.action(QStringLiteral("delete"))->isEnabled());
    QTest::keyClick(r.w.view(), Qt::Key_Delete);
    CHECK_FALSE(r.doc->link(1));
    CHECK(r.w.scene()->linkItem(1) == nullptr);
    CHECK(r.w.inspector()->link() == 0);
    CHECK(r.doc->undoStack()->count() == 4);
    r.w.action(QStringLiteral("undo"))->trigger();
    REQUIRE(r.doc->link(1));
    CHECK(r.doc->link(1)->label == QStringLiteral("nightly batch"));
    CHECK(r.w.scene()->linkItem(1) != nullptr);
}

TEST_CASE("a link's context menu retypes, reverses and deletes it", "[links][ui]")
{
    LinkWindow r;
    QWidget* viewport = r.w.view()->viewport();
    // Opens the menu on link 1 and triggers the entry 'path' ("Type/depends on").
    auto choose = [&](const QStringList& path) {
        QStringList offered;
        QTimer::singleShot(0, [&] {
            // No REQUIRE here: an exception must not cross Qt's event loop.
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QMenu* in = menu;
            for (QAction* a : menu->actions())
                offered << a->text();
            for (int i = 0; i < path.size() && in; ++i) {
                QAction* found = nullptr;
                for (QAction* a : in->actions()) {
                    if (QString(a->text()).remove('&').section('\t', 0, 0) == path[i])
                        found = a;
                }
                if (!found)
                    break;
                if (i + 1 == path.size())
                    found->trigger();
                in = found->menu();
            }
            menu->close();
        });
        const QPoint at = r.pointOn(1);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
        QApplication::sendEvent(viewport, &event);
        return offered;
    };
    const QStringList offered = choose({QStringLiteral("Type"), QStringLiteral("depends on")});
    CHECK(offered.contains(QStringLiteral("&Reverse Direction")));
    CHECK(offered.contains(QStringLiteral("Edit &Label…")));
    CHECK(r.w.scene()->selectedLinkIds() == QList<Id>{1});
    CHECK(r.doc->link(1)->type == LinkType::DependsOn);

    choose({QStringLiteral("Reverse Direction")});
    CHECK(r.doc->link(1)->fromCardId == 2);
    CHECK(r.doc->undoStack()->count() == 2);

    choose({QStringLiteral("Delete Link")});
    CHECK_FALSE(r.doc->link(1));
    CHECK(r.doc->undoStack()->count() == 3);
}

TEST_CASE("the card Inspector lists the card's links, one is a key press away", "[links][ui]")
{
    LinkWindow r;
    r.w.action(QStringLiteral("showLinks"))->trigger(); // links hidden
    REQUIRE_FALSE(r.w.scene()->showLinks());
    r.w.scene()->selectCards({3});
    auto* links = r.w.inspector()->findChild<QLabel*>(QStringLiteral("links"));
    REQUIRE(links);
    CHECK(links->text().contains(QStringLiteral("→ feeds “Checkout page”")));
    CHECK(links->text().contains(QStringLiteral("← “Credit check” depends on")));
    // Tab onto the first link in the label, Enter follows it.
    links->setFocus();
    QTest::keyClick(links, Qt::Key_Tab);
    QTest::keyClick(links, Qt::Key_Return);
    CHECK(r.w.scene()->showLinks()); // they come back: the link is selected
    CHECK(r.w.scene()->selectedLinkIds() == QList<Id>{1});
    CHECK(r.w.inspector()->link() == 1);
    // And from the link's page, a click on its "to" card selects that card.
    auto* to = r.editor()->findChild<QLabel*>(QStringLiteral("linkTo"));
    to->setFocus();
    QTest::keyClick(to, Qt::Key_Tab);
    QTest::keyClick(to, Qt::Key_Return);
    CHECK(r.w.scene()->selectedCardIds() == QList<Id>{2});
}

TEST_CASE("Edit > Undo names the step with its ampersands as text, not as mnemonics", "[links][ui]")
{
    LinkWindow r;
    Link l = *r.doc->link(1);
    l.label = QStringLiteral("R&D data");
    REQUIRE_FALSE(edit::editLink(*r.doc, l));
    QAction* undo = r.w.action(QStringLiteral("undo"));
    CHECK(undo->text() == QStringLiteral("&Undo Label of link “Order processing” feeds “Checkout "
                                         "page”: “order data” → “R&&D data”"));
    undo->trigger();
    CHECK(undo->text() == QStringLiteral("&Undo"));
    CHECK(r.w.action(QStringLiteral("redo"))->text().endsWith(QStringLiteral("“R&&D data”")));
}

TEST_CASE("tool tips show map text as text: a title that looks like HTML is not rendered",
          "[links][ui]")
{
    LinkWindow r;
    const QString hostile = QStringLiteral("<img src=\"/etc/hostname\"><b>bold</b>");
    REQUIRE_FALSE(edit::setCardTitle(*r.doc, 3, hostile));
    r.w.scene()->flush();
    CHECK(test::tipText(r.w.scene()->cardItem(3)->toolTip()).startsWith(hostile));
    CHECK(test::tipText(r.w.scene()->linkItem(1)->toolTip()).startsWith(hostile));
    // The card Inspector's link list of the card at the other end follows the new title.
    r.w.scene()->selectCards({2});
    auto* links = r.w.inspector()->findChild<QLabel*>(QStringLiteral("links"));
    CHECK(links->text().contains(QStringLiteral("&lt;img src=")));
    REQUIRE_FALSE(edit::setCardTitle(*r.doc, 3, QStringLiteral("Order handling")));
    CHECK(links->text().contains(QStringLiteral("“Order handling”")));
}
