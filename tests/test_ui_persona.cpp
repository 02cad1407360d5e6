#include <catch2/catch.hpp>

#include "canvas/backdropitem.h"
#include "canvas/journeyscene.h"
#include "commands/edit.h"
#include "model/document.h"
#include "testutil.h"
#include "workshop/personadialog.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace cx;

namespace {

struct Fixture
{
    test::TempDir dir;
    std::unique_ptr<Document> doc;
    std::unique_ptr<PersonaDialog> dialog;

    Fixture()
    {
        auto created =
            Document::create(dir.file(QStringLiteral("doc.cxmap")), test::smallDocument());
        REQUIRE(created.ok());
        doc = std::move(created.value());
        dialog = std::make_unique<PersonaDialog>(*doc, 1, nullptr);
        dialog->show();
    }

    template <typename W>
    W* widget(const char* name) const
    {
        W* w = dialog->findChild<W*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }

    QStringList listed() const
    {
        auto* list = widget<QListWidget>("personaList");
        QStringList names;
        for (int i = 0; i < list->count(); ++i)
            names << list->item(i)->text();
        return names;
    }

    int steps() const { return doc->undoStack()->count(); }
};

} // namespace

TEST_CASE("the persona dialog lists the personas and shows the selected one", "[ui][persona]")
{
    Fixture f;
    CHECK(f.listed() == QStringList{"Busy parent"});
    CHECK(f.dialog->currentPersonaId() == 1);
    CHECK(f.widget<QLineEdit>("personaName")->text() == "Busy parent");
    CHECK(f.widget<QPlainTextEdit>("personaDescription")->toPlainText() == "Two kids, no time");
    CHECK(f.widget<QPlainTextEdit>("personaGoals")->toPlainText() == "Fast setup");
    CHECK(f.widget<QPlainTextEdit>("personaFrustrations")->toPlainText() == "Waiting at home");
    auto* combo = f.widget<QComboBox>("journeyPersona");
    CHECK(combo->count() == 2);
    CHECK(combo->currentData().value<Id>() == 1);
}

TEST_CASE("typing a persona's name is one undo step", "[ui][persona]")
{
    Fixture f;
    auto* name = f.widget<QLineEdit>("personaName");
    const int before = f.steps();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Maya, remote-working parent"));
    CHECK(f.doc->persona(1)->name == "Maya, remote-working parent");
    CHECK(f.steps() == before + 1);
    CHECK(f.listed() == QStringList{"Maya, remote-working parent"});

    // Typing in another field is a step of its own.
    auto* goals = f.widget<QPlainTextEdit>("personaGoals");
    goals->moveCursor(QTextCursor::End);
    QTest::keyClicks(goals->viewport(), QStringLiteral(", no visits"));
    CHECK(f.doc->persona(1)->goals == "Fast setup, no visits");
    CHECK(f.steps() == before + 2);

    // An empty name is refused; the model's comes back when editing ends.
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    CHECK(f.doc->persona(1)->name == "Maya, remote-working parent");
    emit name->editingFinished();
    CHECK(name->text() == "Maya, remote-working parent");

    f.doc->undoStack()->undo();
    f.doc->undoStack()->undo();
    CHECK(f.doc->persona(1)->name == "Busy parent");
    CHECK(f.doc->persona(1)->goals == "Fast setup");
    CHECK(name->text() == "Busy parent");
    CHECK(f.listed() == QStringList{"Busy parent"});
}

TEST_CASE("Add and Remove personas, both undoable", "[ui][persona]")
{
    Fixture f;
    const int before = f.steps();
    f.widget<QPushButton>("personaAdd")->click();
    REQUIRE(f.doc->personaIds().size() == 2);
    const Id added = f.doc->personaIds().last();
    CHECK(f.steps() == before + 1);
    CHECK(f.dialog->currentPersonaId() == added);
    CHECK(f.listed().size() == 2);
    CHECK(f.widget<QComboBox>("journeyPersona")->count() == 3);

    f.widget<QPushButton>("personaRemove")->click();
    CHECK(f.doc->personaIds() == QList<Id>{1});
    CHECK(f.listed() == QStringList{"Busy parent"});
    CHECK(f.steps() == before + 2);

    // Removing the journey's persona leaves the journey without one.
    f.dialog->selectPersona(1);
    f.widget<QPushButton>("personaRemove")->click();
    CHECK(f.doc->personaIds().isEmpty());
    CHECK(f.doc->journey(1)->personaId == 0);
    CHECK(f.listed().isEmpty());
    CHECK_FALSE(f.widget<QLineEdit>("personaName")->isEnabled());
    CHECK(f.widget<QComboBox>("journeyPersona")->currentData().value<Id>() == 0);

    f.doc->undoStack()->undo();
    CHECK(f.doc->journey(1)->personaId == 1);
    CHECK(f.widget<QComboBox>("journeyPersona")->currentData().value<Id>() == 1);
    f.doc->undoStack()->undo();
    CHECK(f.doc->personaIds().size() == 2);
    CHECK(f.listed().size() == 2);
}

TEST_CASE("the journey combo sets the journey's persona", "[ui][persona]")
{
    Fixture f;
    REQUIRE(edit::addPersona(*f.doc, Persona{0, QStringLiteral("Maya"), {}, {}, {}, {}}).ok());
    const Id maya = f.doc->personaIds().last();
    auto* combo = f.widget<QComboBox>("journeyPersona");
    const int index = combo->findData(QVariant::fromValue(maya));
    REQUIRE(index > 0);
    const int before = f.steps();
    combo->setCurrentIndex(index);
    CHECK(f.doc->journey(1)->personaId == maya);
    CHECK(f.steps() == before + 1);
    combo->setCurrentIndex(0);
    CHECK(f.doc->journey(1)->personaId == 0);
    f.doc->undoStack()->undo();
    CHECK(f.doc->journey(1)->personaId == maya);
    CHECK(combo->currentData().value<Id>() == maya);
}

TEST_CASE("a read-only document's personas cannot be edited", "[ui][persona]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("doc.cxmap"));
    REQUIRE(Document::create(path, test::smallDocument()).ok()); // closed again at once
    auto opened = Document::open(path, true);
    REQUIRE(opened.ok());
    Document& doc = *opened.value();
    PersonaDialog dialog(doc, 1, nullptr);
    CHECK(dialog.currentPersonaId() == 1);
    for (const char* name :
         {"personaName", "personaDescription", "personaGoals", "personaFrustrations", "personaAdd",
          "personaRemove", "journeyPersona"}) {
        auto* w = dialog.findChild<QWidget*>(QLatin1String(name));
        REQUIRE(w);
        INFO(name);
        CHECK_FALSE(w->isEnabled());
    }
}

TEST_CASE("the backdrop names the journey's persona", "[ui][persona]")
{
    test::TempDir dir;
    auto created = Document::create(dir.file(QStringLiteral("doc.cxmap")), test::smallDocument());
    REQUIRE(created.ok());
    Document& doc = *created.value();
    canvas::JourneyScene scene;
    scene.setDocument(&doc, 1);
    REQUIRE(scene.backdrop());
    CHECK(scene.backdrop()->personaName() == "Busy parent");
    CHECK(canvas::personaInitials(QStringLiteral("Maya, remote-working parent")) == "MR");

    Persona renamed = *doc.persona(1);
    renamed.name = QStringLiteral("Maya, remote-working parent");
    REQUIRE_FALSE(edit::editPersona(doc, renamed));
    CHECK(scene.backdrop()->personaName() == "Maya, remote-working parent");

    Journey journey = *doc.journey(1);
    journey.personaId = 0;
    REQUIRE_FALSE(edit::editJourney(doc, journey));
    CHECK(scene.backdrop()->personaName().isEmpty());

    auto other = edit::addPersona(doc, Persona{0, QStringLiteral("Omar"), {}, {}, {}, {}});
    REQUIRE(other.ok());
    journey.personaId = *other;
    REQUIRE_FALSE(edit::editJourney(doc, journey));
    CHECK(scene.backdrop()->personaName() == "Omar");

    doc.undoStack()->undo();
    CHECK(scene.backdrop()->personaName().isEmpty());
}

TEST_CASE("a picture file becomes the persona's picture, scaled, and shows on the canvas",
          "[ui][persona]")
{
    Fixture f;
    f.dialog->selectPersona(1);
    canvas::JourneyScene scene;
    scene.setDocument(f.doc.get(), 1);
    scene.flush();
    REQUIRE(scene.backdrop());

    // A photo much larger than a badge needs is kept at 256 px a side, as PNG.
    QImage photo(1200, 800, QImage::Format_RGB32);
    photo.fill(QColor(0x33, 0x66, 0x99));
    const QString jpeg = f.dir.file(QStringLiteral("maya.jpg"));
    REQUIRE(photo.save(jpeg, "JPEG"));
    const int steps = f.steps();
    REQUIRE_FALSE(f.dialog->setPictureFromFile(jpeg));
    CHECK(f.steps() == steps + 1);
    const QImage kept = QImage::fromData(f.doc->persona(1)->picture, "PNG");
    REQUIRE_FALSE(kept.isNull());
    CHECK(kept.width() == 256); // and the height in proportion
    CHECK(std::abs(kept.height() - 171) <= 1);
    CHECK(f.widget<QPushButton>("personaRemovePicture")->isEnabled());
    scene.flush();
    CHECK(scene.backdrop()->hasPersonaPicture());

    // Not a picture: a message that names the file, nothing changed.
    const QString notes = f.dir.file(QStringLiteral("notes.png"));
    QFile text(notes);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("interview notes, not a picture");
    text.close();
    const Error err = f.dialog->setPictureFromFile(notes);
    REQUIRE(err);
    CHECK(err.message.startsWith(QStringLiteral("“notes.png” is not a PNG or JPEG picture")));
    CHECK(f.steps() == steps + 1);

    f.widget<QPushButton>("personaRemovePicture")->click();
    CHECK(f.doc->persona(1)->picture.isEmpty());
    scene.flush();
    CHECK_FALSE(scene.backdrop()->hasPersonaPicture());
    f.doc->undoStack()->undo();
    CHECK(f.doc->persona(1)->picture.size() > 0);
}
