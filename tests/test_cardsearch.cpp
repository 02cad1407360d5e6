// Search and filter on a journey's cards (core/analysis/cardsearch.h), on
// the small test map: words in every text a card has, each filter alone and
// together, reading order.

#include <catch2/catch.hpp>

#include "analysis/cardsearch.h"
#include "testutil.h"

using namespace cx;

namespace {

QList<Id> find(const Document& doc, const CardQuery& q) { return findCards(doc, 1, q); }

CardQuery words(const char* text)
{
    CardQuery q;
    q.text = QString::fromUtf8(text);
    return q;
}

} // namespace

TEST_CASE("search finds words in titles, descriptions, tags and comments", "[search]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    CHECK(find(*doc, words("checkout")) == QList<Id>{2});               // title, any case
    CHECK(find(*doc, words("FIBRE")) == QList<Id>{1});                  // description
    CHECK(find(*doc, words("brand")) == QList<Id>{1});                  // a tag
    CHECK(find(*doc, words("interviews")) == QList<Id>{1});             // a comment
    CHECK(find(*doc, words("  social   interviews ")) == QList<Id>{1}); // every word
    CHECK(find(*doc, words("social invoice")).isEmpty());
    CHECK(find(*doc, words("c")) == QList<Id>{1, 2, 3, 4, 5}); // reading order
    CHECK(words("  ").isEmpty());
    CHECK(find(*doc, words("")) == doc->cardIdsOfJourney(1));
}

TEST_CASE("search filters by department, status, evidence, channel, pain and emotion", "[search]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    CardQuery q;
    q.department = 1; // Marketing: accountable for 1, contributes to 3
    CHECK(find(*doc, q) == QList<Id>{1, 3});
    q = {};
    q.status = CardStatus::Done;
    CHECK(find(*doc, q) == QList<Id>{5});
    q = {};
    q.evidence = Evidence::Proposed;
    CHECK(find(*doc, q) == QList<Id>{3});
    q = {};
    q.channel = QStringLiteral("WEB");
    CHECK(find(*doc, q) == QList<Id>{2});
    q = {};
    q.minSeverity = Level::Medium;
    CHECK(find(*doc, q) == QList<Id>{2});
    q = {};
    q.emotion = std::pair(-2, -1);
    CHECK(find(*doc, q) == QList<Id>{2});
    q.emotion = std::pair(0, 2); // unrated cards (3, 4) never match a range
    CHECK(find(*doc, q) == QList<Id>{1, 5});
    // Together: every part must pass.
    q = words("o");
    q.department = 2;
    q.status = CardStatus::Open;
    CHECK(find(*doc, q) == QList<Id>{1, 3});
    CHECK_FALSE(q.isEmpty());
    CHECK(matchesQuery(*doc->card(3), q));
    CHECK_FALSE(matchesQuery(*doc->card(2), q));
}
