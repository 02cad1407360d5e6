// Customer feedback in the desktop: the Inspector's Customer feedback
// section, the feedback dialog, the Feedback panel's inbox with Assign to
// Card… by keyboard, a drop of feedback onto a card on the canvas, and the
// wheel over the dialog's fields. Every change is an undoable edit.

#include <catch2/catch.hpp>

#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commands/edit.h"
#include "dialogwatcher.h"
#include "docklayout.h"
#include "mainwindow.h"
#include "model/document.h"
#include "panels/assigncarddialog.h"
#include "panels/feedbackbox.h"
#include "panels/feedbackdialog.h"
#include "panels/feedbackmime.h"
#include "panels/feedbackpanel.h"
#include "panels/inspector.h"
#include "panels/panelrefresh.h"
#include "samplewindow.h"
#include "testutil.h"
#include "wheelguard.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtTest/qtestspontaneevent.h>

using namespace cx;

namespace {

struct InspectorFixture
{
    test::TempDir dir;
    std::unique_ptr<Document> doc = test::smallDocumentFile(dir);
    std::unique_ptr<Inspector> inspector;

    InspectorFixture()
    {
        inspector = std::make_unique<Inspector>();
        inspector->setDocument(doc.get());
        inspector->setCards({2});
        inspector->resize(380, 1400);
        inspector->show();
        REQUIRE(QTest::qWaitForWindowExposed(inspector.get()));
    }

    template <typename W>
    W* widget(const char* name) const
    {
        W* w = inspector->findChild<W*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }

    QStringList listed() const
    {
        QStringList out;
        auto* list = widget<QListWidget>("feedbackList");
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->text();
        return out;
    }
};

Feedback item(Id cardId, const QString& text)
{
    Feedback f;
    f.cardId = cardId;
    f.text = text;
    return f;
}

template <typename W>
W* child(QWidget* parent, const char* name)
{
    W* w = parent->findChild<W*>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

} // namespace

TEST_CASE("Feedback added through the dialog shows in the Inspector; undo takes it away",
          "[ui][feedback]")
{
    InspectorFixture f;
    CHECK(f.widget<QLabel>("feedbackSummary")->text().contains(QStringLiteral("No customer")));

    Feedback blank;
    blank.cardId = 2;
    FeedbackDialog dialog(*f.doc, blank);
    const QString words = QStringLiteral("  The checkout <b>froze</b>, twice.\n");
    child<QPlainTextEdit>(&dialog, "feedbackWords")->setPlainText(words);
    child<QComboBox>(&dialog, "feedbackKind")->setCurrentIndex(int(FeedbackKind::Complaint));
    child<QComboBox>(&dialog, "feedbackSource")->setCurrentIndex(int(FeedbackSource::Nps));
    child<QComboBox>(&dialog, "feedbackScale")->setCurrentIndex(int(ScoreScale::Nps));
    child<QSpinBox>(&dialog, "feedbackScore")->setValue(5);
    // The score said the sentiment (NPS 5: −1) while none was chosen; a
    // second score follows it.
    CHECK(child<QComboBox>(&dialog, "feedbackSentiment")->currentIndex() == 2);
    child<QSpinBox>(&dialog, "feedbackScore")->setValue(2);
    CHECK(child<QComboBox>(&dialog, "feedbackSentiment")->currentIndex() == 1);
    child<QLineEdit>(&dialog, "feedbackReference")->setText(QStringLiteral("https://x.test/t/1"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);

    const QList<Id> ids = f.doc->feedbackIdsOf(2);
    REQUIRE(ids.size() == 1);
    const Feedback* saved = f.doc->feedback(ids.first());
    CHECK(saved->text == words); // never trimmed
    CHECK(saved->kind == FeedbackKind::Complaint);
    CHECK(saved->sentiment == -2);
    CHECK(saved->scale == ScoreScale::Nps);
    CHECK(saved->score == 2);
    CHECK(saved->reference == QStringLiteral("https://x.test/t/1"));

    QApplication::processEvents();
    const QStringList rows = f.listed();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().contains(QStringLiteral("The checkout <b>froze</b>, twice.")));
    CHECK(rows.first().contains(QStringLiteral("Complaint")));
    CHECK(rows.first().contains(QStringLiteral("\u22122")));
    CHECK(f.widget<QLabel>("feedbackSummary")->text().startsWith(QStringLiteral("1 item")));
    CHECK(f.widget<QLabel>("feedbackSummary")->text().contains(QStringLiteral("1 complaint")));

    f.doc->undoStack()->undo();
    QApplication::processEvents();
    CHECK(f.doc->feedbackIdsOf(2).isEmpty());
    CHECK(f.listed().isEmpty());
    CHECK(f.widget<QLabel>("feedbackSummary")->text().contains(QStringLiteral("No customer")));
}

TEST_CASE("Redacting feedback asks first and leaves \"Words redacted\"", "[ui][feedback]")
{
    InspectorFixture f;
    const Result<Id> id = edit::addFeedback(*f.doc, item(2, QStringLiteral("Call me on 0123")));
    REQUIRE(id);
    QApplication::processEvents();
    auto* list = f.widget<QListWidget>("feedbackList");
    REQUIRE(list->count() == 1);
    list->item(0)->setSelected(true);
    auto* redact = f.widget<QPushButton>("redactFeedback");
    REQUIRE(redact->isEnabled());

    SECTION("Cancel keeps the words")
    {
        test::DialogWatcher watcher;
        watcher.answer = QMessageBox::Cancel;
        watcher.arm();
        QTest::mouseClick(redact, Qt::LeftButton);
        CHECK(watcher.seen == 1);
        CHECK(f.doc->feedback(id.value())->text == QStringLiteral("Call me on 0123"));
    }
    SECTION("Redact removes them, for good once the map is closed")
    {
        test::DialogWatcher watcher;
        watcher.answer = QMessageBox::Yes;
        watcher.arm();
        QTest::mouseClick(redact, Qt::LeftButton);
        CHECK(watcher.seen == 1);
        CHECK(watcher.text.contains(QStringLiteral("cannot be brought back")));
        CHECK(f.doc->feedback(id.value())->redacted);
        CHECK(f.doc->feedback(id.value())->text.isEmpty());
        QApplication::processEvents();
        REQUIRE(f.listed().size() == 1);
        CHECK(f.listed().first().contains(QStringLiteral("Words redacted")));
        CHECK_FALSE(f.listed().first().contains(QStringLiteral("0123")));
        CHECK(list->item(0)->foreground().color() == QColor(Qt::gray));
        // Its words cannot be written again.
        FeedbackDialog dialog(*f.doc, *f.doc->feedback(id.value()));
        CHECK_FALSE(child<QPlainTextEdit>(&dialog, "feedbackWords")->isEnabled());
    }
}

TEST_CASE("The Delete key in the Inspector's feedback list deletes after asking", "[ui][feedback]")
{
    InspectorFixture f;
    REQUIRE(edit::addFeedback(*f.doc, item(2, QStringLiteral("Great"))));
    QApplication::processEvents();
    auto* list = f.widget<QListWidget>("feedbackList");
    list->setFocus();
    list->setCurrentRow(0);
    test::DialogWatcher watcher;
    watcher.answer = QMessageBox::Yes;
    watcher.arm();
    QTest::keyClick(list, Qt::Key_Delete);
    CHECK(watcher.seen == 1);
    CHECK(f.doc->feedbackIdsOf(2).isEmpty());
    f.doc->undoStack()->undo();
    CHECK(f.doc->feedbackIdsOf(2).size() == 1);
}

TEST_CASE("An unsorted item is assigned to a card by keyboard", "[ui][feedback]")
{
    test::TempDir dir;
    std::unique_ptr<Document> doc = test::smallDocumentFile(dir);
    Feedback inbox = item(0, QStringLiteral("The first invoice was a shock"));
    inbox.cardHint = QStringLiteral("Invoice");
    inbox.candidates = {4, 3};
    const Result<QList<Id>> ids =
        edit::addFeedbackItems(*doc, {inbox, item(0, QStringLiteral("second"))});
    REQUIRE(ids);

    FeedbackPanel panel;
    panel.setDocument(doc.get());
    panel.resize(900, 400);
    panel.show();
    REQUIRE(QTest::qWaitForWindowActive(&panel));
    REQUIRE(panel.model()->rowCount() == 2);
    CHECK(panel.model()->index(0, 2).data().toString() ==
          QStringLiteral("matched 2 cards: Credit check (Purchase), Order processing (Awareness)")
              .replace(QStringLiteral("Purchase"), doc->stage(doc->card(4)->stageId)->name)
              .replace(QStringLiteral("Awareness"), doc->stage(doc->card(3)->stageId)->name));
    panel.list()->setFocus();
    QTest::keyClick(panel.list(), Qt::Key_Down);
    QTest::keyClick(panel.list(), Qt::Key_Up);
    REQUIRE(panel.selectedIds() == QList<Id>{ids.value().first()});

    test::DialogWatcher watcher;
    Id firstListed = 0;
    int visibleAfterSearch = -1;
    watcher.inspect = [&](QWidget* modal) {
        auto* dialog = qobject_cast<AssignCardDialog*>(modal);
        REQUIRE(dialog);
        firstListed = dialog->card(); // the candidates come first
        QTest::keyClicks(dialog->searchField(), QStringLiteral("first inv"));
        visibleAfterSearch = dialog->visibleCount();
        QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    };
    watcher.arm();
    QTest::keyClick(panel.list(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(watcher.seen == 1);
    CHECK(firstListed == 4);
    CHECK(visibleAfterSearch == 1);
    CHECK(doc->feedback(ids.value().first())->cardId == 5); // "Reads first invoice"
    CHECK(doc->feedback(ids.value().first())->cardHint.isEmpty());
    CHECK(panel.model()->rowCount() == 1); // the inbox shrank
    CHECK(doc->undoStack()->undoText().contains(QStringLiteral("Reads first invoice")));
    doc->undoStack()->undo();
    CHECK(doc->feedback(ids.value().first())->cardId == 0);
}

TEST_CASE("The All feedback view filters by kind and words", "[ui][feedback]")
{
    test::TempDir dir;
    std::unique_ptr<Document> doc = test::smallDocumentFile(dir);
    Feedback praise = item(1, QStringLiteral("Lovely ad"));
    praise.kind = FeedbackKind::Praise;
    REQUIRE(edit::addFeedbackItems(*doc, {praise, item(2, QStringLiteral("Slow checkout")),
                                          item(0, QStringLiteral("lovely people"))}));
    FeedbackPanel panel;
    panel.setDocument(doc.get());
    panel.setView(FeedbackModel::View::All);
    panel.show();
    REQUIRE(panel.model()->rowCount() == 3);
    child<QLineEdit>(&panel, "feedbackSearch")->setText(QStringLiteral("LOVELY"));
    CHECK(panel.model()->rowCount() == 2);
    auto* kind = child<QComboBox>(&panel, "feedbackKindFilter");
    kind->setCurrentIndex(1 + int(FeedbackKind::Praise));
    emit kind->activated(kind->currentIndex());
    REQUIRE(panel.model()->rowCount() == 1);
    CHECK(panel.model()->index(0, 1).data().toString().startsWith(QStringLiteral("Social ad")));
}

TEST_CASE("Feedback dropped on a card on the canvas lands on it", "[ui][feedback]")
{
    test::SampleWindow s(1600, 1000);
    Document* doc = s.w.document();
    const Result<Id> id = edit::addFeedback(*doc, item(0, QStringLiteral("Where is my router?")));
    REQUIRE(id);
    canvas::JourneyView* view = s.w.view();
    canvas::JourneyScene* scene = s.w.scene();
    const QList<Id> cards = doc->cardIdsOfJourney(s.w.journey());
    REQUIRE(!cards.isEmpty());
    const Id card = cards.first();
    view->centerOnCard(card);
    scene->flush();
    const QPoint at = view->mapFromScene(scene->cardRect(card).center());
    QWidget* viewport = view->viewport();

    const auto drop = [&](const QByteArray& payload, QPoint pos) {
        QMimeData mime;
        mime.setData(feedbackmime::type(), payload);
        QDragEnterEvent enter(pos, Qt::MoveAction | Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(pos, Qt::MoveAction | Qt::CopyAction, &mime, Qt::LeftButton,
                            Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        const bool over = move.isAccepted();
        QDropEvent dropped(pos, Qt::MoveAction | Qt::CopyAction, &mime, Qt::LeftButton,
                           Qt::NoModifier);
        QApplication::sendEvent(viewport, &dropped);
        return over && dropped.isAccepted();
    };
    // Another map's items (another document) are not this map's.
    int other = 0;
    CHECK_FALSE(drop(feedbackmime::encode(&other, {id.value()}), at));
    CHECK(doc->feedback(id.value())->cardId == 0);
    // Outside every card: refused.
    CHECK_FALSE(drop(feedbackmime::encode(doc, {id.value()}), QPoint(2, 2)));
    CHECK(doc->feedback(id.value())->cardId == 0);

    // What the panel's list drags, onto the card.
    FeedbackPanel* panel = s.w.docks()->feedback();
    s.w.action(QStringLiteral("showFeedback"))->trigger();
    panel->refresher()->flush();
    REQUIRE(panel->model()->rowCount() == 1);
    std::unique_ptr<QMimeData> dragged(panel->model()->mimeData({panel->model()->index(0, 0)}));
    REQUIRE(dragged);
    CHECK(drop(dragged->data(feedbackmime::type()), at));
    CHECK(doc->feedback(id.value())->cardId == card);
    CHECK(doc->undoStack()->canUndo());
    QApplication::processEvents();
    CHECK(panel->model()->rowCount() == 0);
}

TEST_CASE("The wheel over an unfocused feedback field changes nothing", "[ui][feedback]")
{
    installWheelGuard();
    test::TempDir dir;
    std::unique_ptr<Document> doc = test::smallDocumentFile(dir);
    Feedback blank;
    blank.cardId = 1;
    FeedbackDialog dialog(*doc, blank);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* scale = child<QComboBox>(&dialog, "feedbackScale");
    scale->setCurrentIndex(int(ScoreScale::Nps));
    auto* score = child<QSpinBox>(&dialog, "feedbackScore");
    score->setValue(5);
    child<QPlainTextEdit>(&dialog, "feedbackWords")->setFocus();
    for (QWidget* field :
         QList<QWidget*>{child<QComboBox>(&dialog, "feedbackKind"),
                         child<QComboBox>(&dialog, "feedbackSentiment"), scale, score}) {
        REQUIRE_FALSE(field->hasFocus());
        const int before =
            field == score ? score->value() : static_cast<QComboBox*>(field)->currentIndex();
        const QPoint at = field->rect().center();
        QWidget* target = field->childAt(at) ? field->childAt(at) : field;
        const QPoint pos = target->mapFrom(field, at);
        QWheelEvent event(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QSpontaneKeyEvent::setSpontaneous(&event);
        QApplication::instance()->notify(target, &event);
        const int after =
            field == score ? score->value() : static_cast<QComboBox*>(field)->currentIndex();
        CHECK(after == before);
        CHECK_FALSE(field->hasFocus());
    }
    CHECK(doc->feedbackCount() == 0);
}

TEST_CASE("The Feedback panel keeps up with 100,000 items", "[ui][feedback]")
{
    test::TempDir dir;
    std::unique_ptr<Document> doc = test::smallDocumentFile(dir);
    QList<Feedback> items;
    items.reserve(100000);
    for (int i = 0; i < 100000; ++i)
        items << item(i % 4 == 0 ? 0 : (i % 5) + 1, QStringLiteral("Item %1 said").arg(i));
    REQUIRE(edit::addFeedbackItems(*doc, items));

    FeedbackPanel panel;
    panel.resize(900, 300);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    panel.setDocument(doc.get());
    panel.setView(FeedbackModel::View::All);
    CHECK(panel.model()->rowCount() == 100000);
    CHECK(child<QTabBar>(&panel, "feedbackViews")->tabText(0) ==
          QStringLiteral("Unsorted (25000)"));
    child<QLineEdit>(&panel, "feedbackSearch")->setText(QStringLiteral("item 99999 "));
    CHECK(panel.model()->rowCount() == 1);
    child<QLineEdit>(&panel, "feedbackSearch")->clear();
    REQUIRE(panel.model()->rowCount() == 100000);

    // Everything selected, then a change elsewhere: one rebuild, the
    // selection kept (restoring it once took minutes: bench figures aside,
    // this run would not end).
    panel.list()->selectAll();
    REQUIRE_FALSE(edit::moveFeedback(*doc, {2}, 3));
    panel.refresher()->flush();
    CHECK(panel.selectedIds().size() == 100000);
}

TEST_CASE("Add Feedback… and View > Feedback work from the keyboard", "[ui][feedback]")
{
    test::SampleWindow s(1600, 1000);
    Document* doc = s.w.document();
    QAction* add = s.w.action(QStringLiteral("addFeedback"));
    QAction* show = s.w.action(QStringLiteral("showFeedback"));
    REQUIRE(add);
    REQUIRE(show);
    CHECK_FALSE(add->isEnabled()); // no card selected
    const Id card = doc->cardIdsOfJourney(s.w.journey()).first();
    s.w.scene()->selectCards({card});
    QApplication::processEvents();
    REQUIRE(add->isEnabled());

    test::DialogWatcher watcher;
    watcher.inspect = [](QWidget* modal) {
        auto* dialog = qobject_cast<FeedbackDialog*>(modal);
        REQUIRE(dialog);
        auto* words = child<QPlainTextEdit>(dialog, "feedbackWords");
        CHECK(dialog->focusWidget() == words); // the keyboard starts in the words
        QTest::keyClicks(words, QStringLiteral("Quick and kind"));
        auto* kind = child<QComboBox>(dialog, "feedbackKind");
        QTest::keyClick(kind, Qt::Key_Down);   // Praise
        QTest::keyClick(kind, Qt::Key_Return); // the dialog's default button: Add
    };
    watcher.arm();
    s.w.view()->setFocus();
    QTest::keyClick(s.w.view(), Qt::Key_F, Qt::ControlModifier | Qt::AltModifier);
    CHECK(watcher.seen == 1);
    const QList<Id> ids = doc->feedbackIdsOf(card);
    REQUIRE(ids.size() == 1);
    CHECK(doc->feedback(ids.first())->text == QStringLiteral("Quick and kind"));
    CHECK(doc->feedback(ids.first())->kind == FeedbackKind::Praise);

    s.w.activateWindow(); // back from the dialog
    REQUIRE(QTest::qWaitForWindowActive(&s.w));
    QTest::keyClick(s.w.view(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QApplication::processEvents();
    FeedbackPanel* panel = s.w.docks()->feedback();
    CHECK(panel->isVisible());
    CHECK(panel->list()->hasFocus());
}

TEST_CASE("On a read-only map the feedback actions are off and say why", "[ui][feedback]")
{
    test::TempDir dir;
    QString path;
    {
        std::unique_ptr<Document> doc = test::smallDocumentFile(dir);
        REQUIRE(edit::addFeedbackItems(
            *doc, {item(2, QStringLiteral("On a card")), item(0, QStringLiteral("In the inbox"))}));
        path = doc->path();
    }
    auto opened = Document::open(path, true);
    REQUIRE(opened.ok());
    std::unique_ptr<Document> doc = std::move(opened.value());
    REQUIRE(doc->isReadOnly());

    FeedbackBox box;
    box.setDocument(doc.get());
    box.setCard(2);
    box.show();
    REQUIRE(box.list()->count() == 1);
    box.list()->item(0)->setSelected(true);
    for (const char* name : {"addFeedback", "editFeedback", "redactFeedback", "removeFeedback"}) {
        auto* b = child<QPushButton>(&box, name);
        CHECK_FALSE(b->isEnabled());
        CHECK(b->toolTip().contains(QStringLiteral("read-only")));
    }

    FeedbackPanel panel;
    panel.setDocument(doc.get());
    panel.show();
    panel.selectItem(doc->feedbackIdsOf(0).first());
    REQUIRE(panel.selectedIds().size() == 1);
    for (const char* name : {"assignFeedback", "redactFeedbackItems", "removeFeedbackItems"}) {
        auto* b = child<QPushButton>(&panel, name);
        CHECK_FALSE(b->isEnabled());
        CHECK(b->toolTip().contains(QStringLiteral("read-only")));
    }
    CHECK_FALSE(panel.model()->flags(panel.model()->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
}
