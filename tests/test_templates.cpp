// The shipped templates: each one loads, covers every lane kind, has owners
// for every card and links between them, and becomes a file that passes the
// store's integrity check and `cxmap check`.

#include "model/document.h"
#include "model/enumnames.h"
#include "model/templates.h"
#include "store/store.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QProcess>
#include <QSet>

using namespace cx;

namespace {

const QString blankName = QStringLiteral("blank");

} // namespace

TEST_CASE("the templates are compiled in and listed", "[templates]")
{
    const QStringList names = templateNames();
    for (const char* expected :
         {"blank", "home-broadband", "ecommerce-purchase-return", "b2b-saas-trial-renewal",
          "bank-account-opening", "insurance-claim"}) {
        INFO(expected);
        CHECK(names.contains(QString::fromLatin1(expected)));
    }
    CHECK_FALSE(templateData(QStringLiteral("no-such-template")));
}

TEST_CASE("every template loads and is a complete map", "[templates]")
{
    for (const QString& name : templateNames()) {
        INFO(name.toStdString());
        const Result<DocumentData> data = templateData(name);
        REQUIRE(data);
        REQUIRE(data->journeys.size() >= 1);
        REQUIRE_FALSE(data->departments.isEmpty());

        QSet<Id> departments;
        for (const Department& d : data->departments)
            departments.insert(d.id);
        for (const Card& c : data->cards) {
            INFO(c.title.toStdString());
            CHECK(departments.contains(c.accountableId));
            for (Id contributor : c.contributingIds)
                CHECK(departments.contains(contributor));
        }

        if (name == blankName)
            continue;

        // Every lane kind is present in every journey, and has cards.
        for (const Journey& j : data->journeys) {
            INFO(j.name.toStdString());
            QSet<LaneKind> kinds, kindsWithCards;
            QHash<Id, LaneKind> laneKind;
            for (const Lane& l : data->lanes) {
                if (l.journeyId == j.id) {
                    kinds.insert(l.kind);
                    laneKind.insert(l.id, l.kind);
                }
            }
            for (const Card& c : data->cards) {
                if (laneKind.contains(c.laneId))
                    kindsWithCards.insert(laneKind.value(c.laneId));
            }
            for (int k = 0; k < laneKindCount; ++k) {
                const auto kind = static_cast<LaneKind>(k);
                INFO(toString(kind).toStdString());
                CHECK(kinds.contains(kind));
                CHECK(kindsWithCards.contains(kind));
            }
            CHECK(j.personaId != 0);
        }
        CHECK_FALSE(data->personas.isEmpty());
        CHECK(data->cards.size() >= 40);
        CHECK_FALSE(data->links.isEmpty());
    }
}

TEST_CASE("a document created from each template passes the integrity check", "[templates]")
{
    for (const QString& name : templateNames()) {
        INFO(name.toStdString());
        const Result<DocumentData> data = templateData(name);
        REQUIRE(data);
        test::TempDir dir;
        const QString path = dir.file(name + QStringLiteral(".cxmap"));
        {
            auto doc = Document::create(path, data.value());
            REQUIRE(doc);
        }
        auto store = Store::open(path, Store::Mode::ReadOnly);
        REQUIRE(store);
        CHECK(store.value()->integrityProblem().isEmpty());
        const auto back = store.value()->readAll();
        REQUIRE(back);
        CHECK(back->cards.size() == data->cards.size());
        CHECK(back->links.size() == data->links.size());
        CHECK(back->departments.size() == data->departments.size());
    }
}

TEST_CASE("cxmap new --template then cxmap check succeeds for every template", "[templates]")
{
    test::TempDir dir;
    for (const QString& name : templateNames()) {
        INFO(name.toStdString());
        const QString path = dir.file(name + QStringLiteral(".cxmap"));
        const test::Run created =
            test::cxmap({QStringLiteral("new"), path, QStringLiteral("--template"), name});
        INFO(created.err.toStdString());
        CHECK(created.code == 0);

        const test::Run checked = test::cxmap({QStringLiteral("check"), path});
        INFO(checked.err.toStdString());
        CHECK(checked.code == 0);
        CHECK(checked.out.contains(QStringLiteral(": ok")));
    }
}
