// Signing comments: the Inspector asks for the author's name once, then
// remembers it (QSettings), instead of signing "Someone".

#include <catch2/catch.hpp>

#include "dialogwatcher.h"
#include "model/document.h"
#include "panels/inspector.h"
#include "testutil.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTest>

using namespace cx;

namespace {

const QString authorKey = QStringLiteral("comments/author");

struct Fixture
{
    test::TempDir dir;
    std::unique_ptr<Document> doc = test::smallDocumentFile(dir);
    std::unique_ptr<Inspector> inspector;

    Fixture()
    {
        QSettings().remove(authorKey); // a first run: no name given yet
        inspector = std::make_unique<Inspector>();
        inspector->setDocument(doc.get());
        inspector->setCards({2});
        inspector->resize(360, 900);
        inspector->show();
        REQUIRE(QTest::qWaitForWindowExposed(inspector.get()));
    }
    ~Fixture() { QSettings().remove(authorKey); }

    template <typename W>
    W* widget(const char* name) const
    {
        W* w = inspector->findChild<W*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }

    // Types a comment and presses Ctrl+Enter, as a user does.
    void comment(const QString& text) const
    {
        auto* field = widget<QPlainTextEdit>("commentText");
        field->setFocus();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return, Qt::ControlModifier);
    }
};

} // namespace

TEST_CASE("the first comment asks for the author's name, later ones do not", "[ui][comments]")
{
    Fixture f;
    auto* author = f.widget<QLineEdit>("commentAuthor");
    REQUIRE(author->text().isEmpty());

    test::DialogWatcher ask;
    ask.inspect = [](QWidget* modal) {
        if (auto* input = qobject_cast<QInputDialog*>(modal))
            input->setTextValue(QStringLiteral("  Dana  "));
    };
    ask.arm();
    f.comment(QStringLiteral("Times out on mobile"));
    CHECK(ask.seen == 1);
    REQUIRE(f.doc->card(2)->comments.size() == 1);
    CHECK(f.doc->card(2)->comments[0].author == QStringLiteral("Dana"));
    CHECK(author->text() == QStringLiteral("Dana"));
    CHECK(QSettings().value(authorKey).toString() == QStringLiteral("Dana"));

    // Asked once: the next comment, and the next session, use the name.
    f.comment(QStringLiteral("And on tablets"));
    CHECK(ask.seen == 1);
    REQUIRE(f.doc->card(2)->comments.size() == 2);
    CHECK(f.doc->card(2)->comments[1].author == QStringLiteral("Dana"));
    Inspector later;
    later.setDocument(f.doc.get());
    later.setCards({1});
    CHECK(later.findChild<QLineEdit*>("commentAuthor")->text() == QStringLiteral("Dana"));
}

TEST_CASE("a comment without a name is not added, the typed text stays", "[ui][comments]")
{
    Fixture f;
    test::DialogWatcher ask;
    ask.inspect = [](QWidget* modal) { modal->close(); }; // Cancel
    ask.arm();
    f.comment(QStringLiteral("Who wrote this?"));
    CHECK(ask.seen == 1);
    CHECK(f.doc->card(2)->comments.isEmpty());
    CHECK(f.widget<QPlainTextEdit>("commentText")->toPlainText() ==
          QStringLiteral("Who wrote this?"));
    auto* message = f.widget<QLabel>("commentMessage");
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("name")));
    CHECK(QSettings().value(authorKey).toString().isEmpty());
}
