// A card's review and actions in the Inspector (issue 19): when and by whom
// it was last reviewed, stale past the interval, Mark Reviewed as one undo
// step, and the actions planned on it with the overdue ones flagged; map
// text shown as text.

#include <catch2/catch.hpp>

#include "analysis/actions.h"
#include "commands/edit.h"
#include "model/document.h"
#include "panels/inspector.h"
#include "testutil.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace cx;

namespace {

struct Fixture
{
    test::TempDir dir;
    std::unique_ptr<Document> doc;
    std::unique_ptr<Inspector> inspector;
    Id actionable = 0, plain = 0;

    Fixture()
    {
        auto opened = Document::open(test::sampleMapFile(dir));
        REQUIRE(opened.ok());
        doc = std::move(opened.value());
        doc->setClock([] { return QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC); });
        for (const Card& c : doc->snapshot().cards) {
            if (canHaveActions(*doc, c) && !actionable)
                actionable = c.id;
            else if (!canHaveActions(*doc, c) && !plain)
                plain = c.id;
        }
        REQUIRE(actionable != 0);
        REQUIRE(plain != 0);
        inspector = std::make_unique<Inspector>();
        inspector->setDocument(doc.get());
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
};

} // namespace

TEST_CASE("the Inspector says when a card was reviewed and marks it reviewed in one step",
          "[ui][reviews]")
{
    Fixture f;
    f.inspector->setCards({f.plain});
    auto* state = f.widget<QLabel>("reviewState");
    auto* mark = f.widget<QPushButton>("markCardReviewed");
    CHECK(state->text().contains(QStringLiteral("Never reviewed")));
    CHECK(state->text().contains(QStringLiteral("stale")));
    REQUIRE(mark->isEnabled());
    QTest::mouseClick(mark, Qt::LeftButton);
    REQUIRE(f.doc->card(f.plain)->reviewedAt.isValid());
    CHECK(f.doc->card(f.plain)->reviewedBy == f.doc->author());
    CHECK(state->text().contains(QStringLiteral("Reviewed")));
    CHECK(state->text().contains(f.doc->author().toHtmlEscaped()));
    CHECK_FALSE(state->text().contains(QStringLiteral("stale")));
    // Past the interval the review is stale again.
    f.doc->setClock([] { return QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC); });
    REQUIRE(!edit::setReviewInterval(*f.doc, 30));
    CHECK(state->text().contains(QStringLiteral("stale")));
    f.doc->undoStack()->undo(); // the interval
    f.doc->undoStack()->undo(); // the review
    CHECK_FALSE(f.doc->card(f.plain)->reviewedAt.isValid());
    CHECK(state->text().contains(QStringLiteral("Never reviewed")));
    // A card that takes no actions shows none.
    CHECK_FALSE(f.widget<QLabel>("cardActions")->isVisibleTo(f.inspector.get()));
}

TEST_CASE("the Inspector lists a card's actions, overdue ones flagged, map text as text",
          "[ui][actions]")
{
    Fixture f;
    f.inspector->setCards({f.actionable});
    auto* actions = f.widget<QLabel>("cardActions");
    REQUIRE(actions->isVisibleTo(f.inspector.get()));
    CHECK(actions->text().contains(QStringLiteral("No actions")));
    CardAction late{QStringLiteral("<img src=\"https://evil.example/x.png\"> Shorter forms"),
                    f.doc->snapshot().departments.first().id, QDate(2026, 5, 1),
                    CardStatus::InProgress};
    REQUIRE(!edit::addAction(*f.doc, f.actionable, late));
    CardAction later{QStringLiteral("Call back"), 0, QDate(2026, 7, 1), CardStatus::Open};
    REQUIRE(!edit::addAction(*f.doc, f.actionable, later));
    const QString text = actions->text();
    CHECK(text.contains(QStringLiteral("&lt;img src=")));
    CHECK_FALSE(text.contains(QStringLiteral("<img")));
    CHECK(text.contains(QStringLiteral("Call back")));
    CHECK(text.contains(QStringLiteral("no owner yet")));
    CHECK(text.count(QStringLiteral("overdue")) == 1);
    CHECK(text.contains(QStringLiteral("in progress")));
    f.doc->undoStack()->undo();
    CHECK_FALSE(actions->text().contains(QStringLiteral("Call back")));
}
