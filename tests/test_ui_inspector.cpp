#include <catch2/catch.hpp>

#include "commands/edit.h"
#include "io/jsonformat.h"
#include "model/document.h"
#include "panels/inspector.h"
#include "testutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace cx;

namespace {

// A document from smallDocument() and an Inspector shown for one card.
struct Fixture
{
    test::TempDir dir;
    std::unique_ptr<Document> doc;
    Inspector inspector;

    explicit Fixture(Id cardId = 1)
    {
        auto created =
            Document::create(dir.file(QStringLiteral("doc.cxmap")), test::smallDocument());
        REQUIRE(created.ok());
        doc = std::move(created.value());
        inspector.setDocument(doc.get());
        inspector.setCards({cardId});
        inspector.resize(360, 900);
        inspector.show();
    }

    template <typename W>
    W* widget(const char* name) const
    {
        W* w = inspector.findChild<W*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }

    bool showsHint() const { return widget<QLabel>("hint")->isVisible(); }
    const Card& card(Id id = 1) const { return *doc->card(id); }
    int steps() const { return doc->undoStack()->count(); }
};

QStringList listTexts(const QListWidget* list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

} // namespace

TEST_CASE("the Inspector shows a hint, a count or the editor", "[ui][inspector]")
{
    Inspector empty;
    empty.show();
    CHECK(empty.card() == 0);
    CHECK(empty.findChild<QLabel*>(QStringLiteral("hint"))->text().contains("Select a card"));

    Fixture f(3);
    CHECK(f.inspector.card() == 3);
    CHECK_FALSE(f.showsHint());
    CHECK(f.widget<QLineEdit>("title")->text() == "Order processing");
    CHECK(f.widget<QLabel>("stage")->text() == "Purchase");
    CHECK(f.widget<QLabel>("lane")->text().startsWith("Back stage"));
    // Each link, a click away: the one out and the one in.
    CHECK(f.widget<QLabel>("links")->text() ==
          QStringLiteral("<a href=\"link:1\">→ feeds “Checkout page”</a><br>"
                         "<a href=\"link:2\">← “Credit check” depends on</a>"));
    CHECK(f.widget<QComboBox>("impact")->currentText() == "Medium");
    CHECK(f.widget<QComboBox>("evidence")->currentText() == "Proposed");

    f.inspector.setCards({1, 2});
    CHECK(f.inspector.card() == 0);
    CHECK(f.showsHint());
    CHECK(f.widget<QLabel>("hint")->text().contains("2 cards selected"));

    f.inspector.setCards({});
    CHECK(f.showsHint());
    CHECK(f.widget<QLabel>("hint")->text() ==
          "Select a card or a link to see and edit its details");

    f.inspector.setCards({1});
    f.inspector.setDocument(nullptr);
    CHECK(f.showsHint());
    CHECK(f.inspector.card() == 0);
}

TEST_CASE("every widget of the Inspector has an accessible name", "[ui][inspector]")
{
    Fixture f;
    int checked = 0;
    for (QWidget* w : f.inspector.findChildren<QWidget*>()) {
        const bool interactive =
            qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
            qobject_cast<QAbstractButton*>(w) || qobject_cast<QAbstractSlider*>(w) ||
            qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w) ||
            qobject_cast<QPlainTextEdit*>(w);
        // Parts of Qt's own widgets (a combo's line edit and popup, a table's
        // headers, scroll bars) are named through their owner.
        QWidget* owner = w->parentWidget();
        const bool inner = qobject_cast<QComboBox*>(owner) ||
                           qobject_cast<QAbstractSpinBox*>(owner) ||
                           qobject_cast<QAbstractItemView*>(owner) ||
                           qobject_cast<QScrollBar*>(w) || w->window() != &f.inspector;
        INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
        if (interactive && !inner) {
            CHECK_FALSE(w->accessibleName().isEmpty());
            ++checked;
        }
    }
    // Title, description, channel, status, tags, owner, contributing, not
    // rated, emotion, evidence, pain, impact, votes, the KPI table and its
    // kinds and buttons, the comments: a walk that finds none checks nothing.
    CHECK(checked >= 18);
}

TEST_CASE("typing a title is one undo step, undo shows the old title", "[ui][inspector]")
{
    Fixture f;
    auto* title = f.widget<QLineEdit>("title");
    const int before = f.steps();
    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(title, QStringLiteral("Banner"));
    CHECK(f.card().title == "Banner");
    CHECK(f.steps() == before + 1);

    // Emptying the field is refused and the old title comes back at the end.
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    CHECK(f.card().title == "Banner");
    emit title->editingFinished();
    CHECK(title->text() == "Banner");

    f.doc->undoStack()->undo();
    CHECK(f.card().title == "Social ad");
    CHECK(title->text() == "Social ad");
    f.doc->undoStack()->redo();
    CHECK(title->text() == "Banner");
}

TEST_CASE("typing a description merges, edits elsewhere show up", "[ui][inspector]")
{
    Fixture f;
    auto* description = f.widget<QPlainTextEdit>("description");
    const int before = f.steps();
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description->viewport(), QStringLiteral(" now"));
    CHECK(f.card().description.endsWith(" now"));
    CHECK(f.steps() == before + 1);

    Card other = f.card();
    other.description = QStringLiteral("Rewritten elsewhere");
    other.votes = 9;
    other.status = CardStatus::Dropped;
    REQUIRE_FALSE(edit::editCard(*f.doc, other));
    CHECK(description->toPlainText() == "Rewritten elsewhere");
    CHECK(f.widget<QSpinBox>("votes")->value() == 9);
    CHECK(f.widget<QComboBox>("status")->currentText() == "Dropped");
}

TEST_CASE("the accountable department leaves the contributing list", "[ui][inspector]")
{
    Fixture f;
    auto* accountable = f.widget<QComboBox>("accountable");
    auto* contributing = f.widget<QListWidget>("contributing");
    CHECK(accountable->itemText(0) == "Unowned");
    CHECK(accountable->currentText() == "MKT \u2014 Marketing");
    CHECK(listTexts(contributing) == QStringList{"IT"}); // not "IT — IT"

    accountable->setCurrentIndex(accountable->findData(Id(2)));
    CHECK(f.card().accountableId == 2);
    CHECK(f.card().contributingIds.isEmpty());
    CHECK(listTexts(contributing) == QStringList{"MKT \u2014 Marketing"});

    contributing->item(0)->setCheckState(Qt::Checked);
    CHECK(f.card().contributingIds == QList<Id>{1});

    accountable->setCurrentIndex(0);
    CHECK(f.card().accountableId == 0);
    CHECK(contributing->count() == 2);

    // Departments added or renamed elsewhere show up at once.
    Department hr;
    hr.name = QStringLiteral("HR");
    hr.shortName = QStringLiteral("HR");
    hr.position = 2;
    REQUIRE(edit::addDepartment(*f.doc, hr).ok());
    CHECK(accountable->count() == 4);
    CHECK(contributing->count() == 3);
    CHECK(accountable->itemText(3) == "HR");
    CHECK(listTexts(contributing).contains("HR"));
    Department hrDept = *f.doc->departmentByName(QStringLiteral("HR"));
    hrDept.name = QStringLiteral("Hr"); // the same but for capitals: still said once
    REQUIRE_FALSE(edit::editDepartment(*f.doc, hrDept));
    CHECK(accountable->itemText(3) == "Hr");
    Department it = *f.doc->department(2);
    it.name = QStringLiteral("Information Technology");
    REQUIRE_FALSE(edit::editDepartment(*f.doc, it));
    CHECK(accountable->findText("IT \u2014 Information Technology") == 2);
}

TEST_CASE("emotion from the slider and 'Not rated'", "[ui][inspector]")
{
    Fixture f;
    auto* slider = f.widget<QSlider>("emotion");
    auto* notRated = f.widget<QCheckBox>("notRated");
    auto* text = f.widget<QLabel>("emotionText");
    CHECK(slider->value() == 1);
    CHECK(text->text() == "+1 Pleased");

    slider->setValue(-1);
    CHECK(f.card().emotion == -1);
    CHECK(text->text() == "\u22121 Frustrated");

    notRated->click();
    CHECK_FALSE(f.card().emotion.has_value());
    CHECK_FALSE(slider->isEnabled());
    CHECK(text->text() == "\u2014");

    notRated->click();
    CHECK(f.card().emotion == -1);
    CHECK(slider->isEnabled());

    f.doc->undoStack()->undo();
    CHECK_FALSE(f.card().emotion.has_value());
    CHECK(notRated->isChecked());
}

TEST_CASE("KPI values out of range are refused with a message", "[ui][inspector]")
{
    Fixture f;
    auto* table = f.widget<QTableWidget>("kpis");
    auto* message = f.widget<QLabel>("kpiMessage");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(1, 0)->text() == "NPS");
    CHECK(table->item(1, 2)->text() == "-12");
    CHECK(table->item(1, 3)->text().isEmpty());
    const QList<Kpi> before = f.card().kpis;
    const int steps = f.steps();

    table->item(1, 2)->setText(QStringLiteral("140"));
    CHECK(f.card().kpis == before);
    CHECK(f.steps() == steps);
    CHECK(table->item(1, 2)->text() == "-12");
    CHECK(message->isVisible());
    CHECK(message->text().contains("140"));

    // A CSAT cannot hold -12 either: the kind change is refused.
    auto* kind = qobject_cast<QComboBox*>(table->cellWidget(1, 1));
    REQUIRE(kind);
    kind->setCurrentIndex(int(KpiKind::Csat));
    CHECK(f.card().kpis == before);
    CHECK(kind->currentIndex() == int(KpiKind::Nps));

    table->item(1, 2)->setText(QStringLiteral("45"));
    CHECK(f.card().kpis[1].value == 45);
    CHECK_FALSE(message->isVisible());
    table->item(1, 3)->setText(QStringLiteral("60"));
    CHECK(f.card().kpis[1].target == 60.0);
    table->item(0, 3)->setText(QString());
    CHECK_FALSE(f.card().kpis[0].target.has_value());
    table->item(0, 0)->setText(QString());
    CHECK(f.card().kpis[0].name == "CTR");
    CHECK(table->item(0, 0)->text() == "CTR");

    f.widget<QPushButton>("addKpi")->click();
    REQUIRE(f.card().kpis.size() == 3);
    CHECK(table->rowCount() == 3);
    table->setCurrentCell(0, 0);
    f.widget<QPushButton>("removeKpi")->click();
    REQUIRE(f.card().kpis.size() == 2);
    CHECK(table->item(0, 0)->text() == "NPS");
}

TEST_CASE("channel, tags, votes and levels go through the edit facade", "[ui][inspector]")
{
    Fixture f;
    auto* channel = f.widget<QComboBox>("channel");
    CHECK(channel->currentText() == "social");
    CHECK(channel->findText("in_person") >= 0);
    channel->setCurrentIndex(channel->findText("email"));
    emit channel->activated(channel->currentIndex());
    CHECK(f.card().channel == "email");

    auto* tags = f.widget<QLineEdit>("tags");
    CHECK(tags->text() == "ads, brand");
    tags->setText(QStringLiteral(" web ,, quick win , web"));
    emit tags->editingFinished();
    CHECK(f.card().tags == QStringList{"web", "quick win"});
    CHECK(tags->text() == "web, quick win");

    f.widget<QSpinBox>("votes")->setValue(7);
    CHECK(f.card().votes == 7);
    f.widget<QComboBox>("severity")->setCurrentIndex(int(Level::High));
    CHECK(f.card().severity == Level::High);
    f.widget<QComboBox>("status")->setCurrentIndex(int(CardStatus::InProgress));
    CHECK(f.card().status == CardStatus::InProgress);
    f.widget<QComboBox>("evidence")->setCurrentIndex(int(Evidence::Proposed));
    CHECK(f.card().evidence == Evidence::Proposed);
}

TEST_CASE("removing the card clears the Inspector", "[ui][inspector]")
{
    Fixture f;
    REQUIRE_FALSE(edit::moveCards(*f.doc, {1}, 2, 2, 0));
    CHECK(f.widget<QLabel>("stage")->text() == "Purchase");

    REQUIRE_FALSE(edit::removeCards(*f.doc, {1}));
    CHECK(f.showsHint());
    CHECK(f.inspector.card() == 0);
    f.doc->undoStack()->undo(); // the card is back, the selection is not
    CHECK(f.showsHint());
}

// Renders the Inspector for the sample map; run by hand with
//   cxmap_tests "[.screenshot]"   (writes to $CXMAP_SCREENSHOT_DIR or the temp dir)
TEST_CASE("screenshot of the Inspector", "[.screenshot]")
{
    QFile file(QStringLiteral(CXMAP_SAMPLE_JSON));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto data = fromJson(file.readAll());
    REQUIRE(data.ok());
    test::TempDir dir;
    auto doc = Document::create(dir.file(QStringLiteral("sample.cxmap")), data.value());
    REQUIRE(doc.ok());
    const QString out = qEnvironmentVariable("CXMAP_SCREENSHOT_DIR", QDir::tempPath());
    const Id withKpis = [&] {
        for (const Card& c : data.value().cards) {
            if (c.kpis.size() >= 2)
                return c.id;
        }
        return Id(1);
    }();
    for (Id id : {Id(1), withKpis}) {
        Inspector inspector;
        inspector.setDocument(doc.value().get());
        inspector.setCards({id});
        inspector.resize(360, 900);
        inspector.show();
        if (id == withKpis) // shows the message line under the table
            inspector.findChild<QTableWidget*>("kpis")->item(0, 2)->setText("lots");
        QCoreApplication::processEvents();
        const QString path = QStringLiteral("%1/cxmap-inspector-card%2.png").arg(out).arg(id);
        REQUIRE(inspector.grab().save(path));
    }
}
