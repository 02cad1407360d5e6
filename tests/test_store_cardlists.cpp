// The store rewrites only the lists of a card that changed (contributors,
// KPIs, tags, votes, comments, review, actions): what it remembers of the
// file must never outlive a rollback, a failed commit or a deleted card.

#include "commands/edit.h"
#include "model/document.h"
#include "store/store.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QUndoStack>

using namespace cx;

namespace {

QString makeDocument(const test::TempDir& dir)
{
    const QString path = dir.file(QStringLiteral("lists.cxmap"));
    DocumentData data = test::smallDocument();
    data.cards[0].reviewedAt = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    data.cards[0].reviewedBy = QStringLiteral("Ana");
    data.cards[0].actions = {
        {QStringLiteral("Fix the claim"), 1, QDate(2026, 12, 24), CardStatus::Open}};
    REQUIRE(Store::create(path, data).ok());
    return path;
}

// The file as a fresh open reads it.
DocumentData reopened(const QString& path)
{
    auto store = Store::open(path);
    REQUIRE(store.ok());
    auto data = store.value()->readAll();
    REQUIRE(data.ok());
    return data.value();
}

Card firstCard(Store& s)
{
    auto data = s.readAll();
    REQUIRE(data.ok());
    return data.value().cards[0];
}

// Every list of the card changed.
Card withNewLists(Card c)
{
    c.kpis = {{QStringLiteral("CSAT"), KpiKind::Csat, 4.5, 5.0, {}}};
    c.contributingIds.clear();
    c.tags = {QStringLiteral("after")};
    c.dots = {{2, 1}};
    c.comments.removeFirst();
    c.reviewedAt = {};
    c.reviewedBy.clear();
    c.actions.clear();
    return c;
}

void checkLists(const Card& read, const Card& expected)
{
    CHECK(read.kpis == expected.kpis);
    CHECK(read.contributingIds == expected.contributingIds);
    CHECK(read.tags == expected.tags);
    CHECK(read.dots == expected.dots);
    CHECK(read.comments == expected.comments);
    CHECK(read.reviewedAt == expected.reviewedAt);
    CHECK(read.reviewedBy == expected.reviewedBy);
    CHECK(read.actions == expected.actions);
}

} // namespace

TEST_CASE("a title edit keeps the card's lists, a list edit rewrites them", "[store]")
{
    test::TempDir dir;
    const QString path = makeDocument(dir);
    Card before;
    {
        auto store = Store::open(path);
        REQUIRE(store.ok());
        Store& s = *store.value();
        before = firstCard(s);
        Card renamed = before;
        renamed.title = QStringLiteral("Renamed");
        REQUIRE_FALSE(s.begin());
        REQUIRE_FALSE(s.putCard(renamed));
        REQUIRE_FALSE(s.commit());
        checkLists(firstCard(s), before);
        REQUIRE_FALSE(s.begin());
        REQUIRE_FALSE(s.putCard(withNewLists(renamed)));
        REQUIRE_FALSE(s.commit());
    }
    const Card read = reopened(path).cards[0];
    CHECK(read.title == QStringLiteral("Renamed"));
    checkLists(read, withNewLists(before));
}

TEST_CASE("lists written in a rolled-back transaction are written again", "[store]")
{
    test::TempDir dir;
    const QString path = makeDocument(dir);
    Card after;
    {
        auto store = Store::open(path);
        REQUIRE(store.ok());
        Store& s = *store.value();
        after = withNewLists(firstCard(s));

        SECTION("a rollback")
        {
            REQUIRE_FALSE(s.begin());
            REQUIRE_FALSE(s.putCard(after));
            s.rollback();
        }
        SECTION("a rollback after a read")
        {
            REQUIRE_FALSE(s.begin());
            REQUIRE_FALSE(s.putCard(after));
            checkLists(firstCard(s), after); // what the transaction wrote
            s.rollback();
        }
        SECTION("a commit that fails")
        {
            REQUIRE_FALSE(s.begin());
            REQUIRE_FALSE(s.putCard(after));
            REQUIRE_FALSE(s.deleteDepartment(2)); // cards still name it: checked at commit
            REQUIRE(s.commit());
            REQUIRE(s.inTransaction());
            s.rollback();
        }
        SECTION("a full disk")
        {
            REQUIRE_FALSE(s.setMaxPageCount(1));
            REQUIRE_FALSE(s.begin());
            Error err = s.putCard(after);
            Card big = after;
            big.description = QString(20000, u'x');
            for (int i = 0; i < 50 && !err; ++i) {
                big.id = 1000 + i;
                big.position = 10 + i;
                err = s.putCard(big);
            }
            err = err ? err : s.commit();
            REQUIRE(err.code == ErrorCode::DiskFull);
            if (s.inTransaction())
                s.rollback();
            REQUIRE_FALSE(s.setMaxPageCount(1 << 20));
        }
        SECTION("a deleted card put back")
        {
            // Its rows went with it (ON DELETE CASCADE), in the same
            // transaction and in an earlier one.
            const Card same = firstCard(s);
            REQUIRE_FALSE(s.begin());
            REQUIRE_FALSE(s.deleteCard(same.id));
            REQUIRE_FALSE(s.putCard(same));
            REQUIRE_FALSE(s.commit());
            checkLists(firstCard(s), same);
            REQUIRE_FALSE(s.begin());
            REQUIRE_FALSE(s.deleteCard(same.id));
            REQUIRE_FALSE(s.commit());
            REQUIRE_FALSE(s.begin());
            REQUIRE_FALSE(s.putCard(same));
            REQUIRE_FALSE(s.commit());
            checkLists(firstCard(s), same);
        }
        SECTION("no transaction")
        {
            const Card original = firstCard(s);
            REQUIRE_FALSE(s.begin());
            REQUIRE_FALSE(s.putCard(after));
            s.rollback();
            REQUIRE_FALSE(s.putCard(after)); // each statement its own transaction
            REQUIRE_FALSE(s.putCard(original));
        }
        // No read in between: the store must not take the rolled-back rows
        // for the file's.
        REQUIRE_FALSE(s.begin());
        REQUIRE_FALSE(s.putCard(after));
        REQUIRE_FALSE(s.commit());
    }
    checkLists(reopened(path).cards[0], after);
}

TEST_CASE("a card's KPIs edited after a failed edit reach the file", "[store][commands]")
{
    test::TempDir dir;
    const QString path = makeDocument(dir);
    auto opened = Document::open(path);
    REQUIRE(opened.ok());
    Document& doc = *opened.value();
    // The file as it is (the document keeps it locked): a copy of it, read.
    int copies = 0;
    const auto inFile = [&]() {
        const QString copy = dir.file(QStringLiteral("copy%1.cxmap").arg(++copies));
        REQUIRE_FALSE(doc.saveCopy(copy));
        return reopened(copy).cards[0];
    };
    const Card before = *doc.card(1);
    Card edited = before;
    edited.kpis = {{QStringLiteral("CSAT"), KpiKind::Csat, 4.5, 5.0, {}}};
    edited.tags = {QStringLiteral("after")};

    // The edit fails at the disk: rolled back, the document reads the file again.
    REQUIRE_FALSE(doc.setMaxPageCount(1));
    Card failing = edited;
    failing.description = QString(40000, u'x');
    REQUIRE(edit::editCard(doc, failing).code == ErrorCode::DiskFull);
    REQUIRE(doc.card(1)->kpis == before.kpis);
    REQUIRE_FALSE(doc.setMaxPageCount(1 << 20));

    REQUIRE_FALSE(edit::editCard(doc, edited));
    REQUIRE_FALSE(edit::setCardTitle(doc, 1, QStringLiteral("Renamed")));
    checkLists(inFile(), edited);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    checkLists(inFile(), before);
    doc.undoStack()->redo();
    checkLists(inFile(), edited);
}
