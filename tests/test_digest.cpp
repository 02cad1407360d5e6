// The department digest (analysis/digest.h): since its last review, the cards
// it owns that were added, removed and changed (netted field by field), the
// KPIs that moved, its stale cards; as plain text and as Markdown with map
// text escaped; and `cxmap digest`.

#include "analysis/digest.h"
#include "commands/edit.h"
#include "model/document.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

using namespace cx;

namespace {

constexpr Id It = 2;

struct DigestMap
{
    test::TempDir dir;
    QDateTime now = QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
    std::unique_ptr<Document> doc = test::smallDocumentFile(dir);
    Id oldLetter = 0;
    Id newChat = 0;
    QDateTime reviewed;

    // Before IT's review: a letter card and an NPS of 10 on order
    // processing. The review. Then: the checkout page rated +1 and renamed
    // there and back, the NPS at 20, a chat added, the letter removed, and a
    // Marketing card changed (not IT's).
    DigestMap()
    {
        doc->setAuthor(QStringLiteral("ines"));
        doc->setClock([this] { return now; });
        Card letter;
        letter.stageId = 3;
        letter.laneId = 2;
        letter.title = QStringLiteral("Welcome letter");
        letter.accountableId = It;
        oldLetter = edit::addCard(*doc, letter).value();
        Card c3 = *doc->card(3);
        c3.kpis = {{QStringLiteral("NPS"), KpiKind::Nps, 10, 30.0, {}}};
        REQUIRE_FALSE(edit::editCard(*doc, c3));

        now = now.addDays(1);
        reviewed = now;
        REQUIRE_FALSE(edit::markReviewed(*doc, {2, 3, oldLetter}));

        now = now.addDays(3);
        Card c2 = *doc->card(2);
        c2.emotion = 1;
        REQUIRE_FALSE(edit::editCard(*doc, c2));
        REQUIRE_FALSE(edit::setCardTitle(*doc, 2, QStringLiteral("Checkout"), edit::Merge::No));
        REQUIRE_FALSE(
            edit::setCardTitle(*doc, 2, QStringLiteral("Checkout page"), edit::Merge::No));
        c3 = *doc->card(3);
        c3.kpis[0].value = 20;
        REQUIRE_FALSE(edit::editCard(*doc, c3));
        Card chat;
        chat.stageId = 3;
        chat.laneId = 2;
        chat.title = QStringLiteral("Billing chat");
        chat.accountableId = It;
        newChat = edit::addCard(*doc, chat).value();
        REQUIRE_FALSE(edit::removeCards(*doc, {oldLetter}));
        REQUIRE_FALSE(edit::setCardTitle(*doc, 1, QStringLiteral("Paid social"), edit::Merge::No));
        now = now.addSecs(3600);
    }
};

QStringList titles(const QList<DigestCard>& cards)
{
    QStringList out;
    for (const DigestCard& c : cards)
        out << c.title;
    return out;
}

} // namespace

TEST_CASE("a digest nets a department's changes since its last review", "[digest]")
{
    DigestMap m;
    auto d = makeDigest(*m.doc, It);
    REQUIRE(d.ok());
    CHECK(d->sinceLastReview);
    CHECK(d->since == m.reviewed);
    CHECK(titles(d->added) == QStringList{QStringLiteral("Billing chat")});
    CHECK(titles(d->removed) == QStringList{QStringLiteral("Welcome letter")});
    REQUIRE(titles(d->changed) ==
            QStringList{QStringLiteral("Checkout page"), QStringLiteral("Order processing")});
    // Renamed there and back: no change; the emotion is.
    REQUIRE(d->changed[0].changes.size() == 1);
    CHECK(d->changed[0].changes[0].field == QStringLiteral("emotion"));
    CHECK(d->changed[0].changes[0].before.toInt() == -2);
    CHECK(d->changed[0].changes[0].after.toInt() == 1);
    REQUIRE(d->kpis.size() == 1);
    CHECK(d->kpis[0].kpi == QStringLiteral("NPS"));
    CHECK(d->kpis[0].before == 10);
    CHECK(d->kpis[0].after == 20);
    CHECK(d->kpis[0].target == 30);
    CHECK(d->reviews.cards == 3);
    CHECK(d->reviews.reviewed == 2);
    CHECK(d->staleCards == QList<Id>{m.newChat});

    const QString text = digestText(*m.doc, *d, false);
    CHECK(text.startsWith(QStringLiteral("IT: changes since its last review on 2026-10-02\n"
                                         "2 of 3 IT cards reviewed in the last 90 days.\n")));
    CHECK(text.contains(QStringLiteral("Added (1)\n- \u201cBilling chat\u201d (Billing \u00b7 "
                                       "Touchpoints)\n")));
    CHECK(text.contains(QStringLiteral("Removed (1)\n- \u201cWelcome letter\u201d\n")));
    CHECK(
        text.contains(QStringLiteral("- \u201cCheckout page\u201d: emotion \u22122 \u2192 +1\n")));
    CHECK(text.contains(QStringLiteral("KPIs that moved (1)\n- \u201cOrder processing\u201d: NPS "
                                       "10 \u2192 20 (target 30)\n")));
    CHECK(text.contains(QStringLiteral("Not reviewed in the last 90 days (1)\n")));
    CHECK_FALSE(text.contains(QStringLiteral("Paid social"))); // Marketing's

    // From a date before everything: the letter came and went, so neither.
    auto all = makeDigest(*m.doc, It, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    REQUIRE(all.ok());
    CHECK_FALSE(all->sinceLastReview);
    CHECK(titles(all->added) == QStringList{QStringLiteral("Billing chat")});
    CHECK(all->removed.isEmpty());
    CHECK(all->kpis.size() == 1);
    CHECK_FALSE(all->kpis[0].before.has_value()); // the NPS is new since then
}

TEST_CASE("a department never reviewed gets the changes of one interval", "[digest]")
{
    DigestMap m;
    auto d = makeDigest(*m.doc, 1); // Marketing: never reviewed
    REQUIRE(d.ok());
    CHECK_FALSE(d->sinceLastReview);
    CHECK(d->since == m.now.addDays(-90));
    REQUIRE(d->changed.size() == 1);
    CHECK(d->changed[0].changes[0].after.toString() == QStringLiteral("Paid social"));
    CHECK(makeDigest(*m.doc, 99).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("a Markdown digest escapes map text so that it stays text", "[digest][markdown]")
{
    CHECK(markdownEscaped(QStringLiteral("![](https://evil.example/x.png)")) ==
          QStringLiteral("\\!\\[\\]\\(https://evil\\.example/x\\.png\\)"));
    CHECK(markdownEscaped(QStringLiteral("<img src=x> *bold* @here $x$\nline")) ==
          QStringLiteral("\\<img src=x\\> \\*bold\\* \\@here \\$x\\$ line"));

    DigestMap m;
    Card c = *m.doc->card(m.newChat);
    c.title = QStringLiteral("![](https://evil.example/x.png) # [click](javascript:alert(1))");
    REQUIRE_FALSE(edit::editCard(*m.doc, c));
    auto d = makeDigest(*m.doc, It);
    REQUIRE(d.ok());
    const QString md = digestText(*m.doc, *d, true);
    CHECK(md.startsWith(QStringLiteral("## IT: changes since its last review on 2026-10-02\n")));
    CHECK(md.contains(QStringLiteral("**Added (1)**")));
    CHECK(md.contains(QStringLiteral("\\!\\[\\]\\(https://evil\\.example/x\\.png\\) \\# "
                                     "\\[click\\]\\(javascript:alert\\(1\\)\\)")));
    CHECK_FALSE(md.contains(QStringLiteral("![](")));
    CHECK_FALSE(md.contains(QStringLiteral("[click](")));
}

TEST_CASE("cxmap digest prints a department's digest, in Markdown on request", "[digest][cli]")
{
    DigestMap m;
    const QString path = m.doc->path();
    m.doc.reset();
    test::Run r = test::cxmap({"digest", path, "--department", "it", "--since", "2026-10-01"});
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("IT: changes since 2026-10-01\n")));
    CHECK(r.out.contains(QStringLiteral("- \u201cBilling chat\u201d")));
    r = test::cxmap({"digest", path, "--department", "IT", "--markdown"});
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("## IT")));
    r = test::cxmap({"digest", path});
    CHECK(r.code == 2);
    r = test::cxmap({"digest", path, "--department", "IT", "--since", "yesterday"});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("since")));
}

namespace {

Feedback said(Id cardId, const QDate& date, std::optional<int> sentiment, const char* text,
              FeedbackKind kind = FeedbackKind::None)
{
    Feedback f;
    f.cardId = cardId;
    f.date = date;
    f.sentiment = sentiment;
    f.kind = kind;
    f.text = QString::fromUtf8(text);
    return f;
}

// IT's checkout page (fed by its order processing) and billing chat hear
// from customers after the review of 2026-10-02; Marketing's ad too.
void addFeedback(DigestMap& m)
{
    const QDate oct3(2026, 10, 3);
    const QDate oct4(2026, 10, 4);
    Feedback nps = said(2, oct3, 2, "Survey answer 10");
    nps.scale = ScoreScale::Nps;
    nps.score = 10;
    auto ids = edit::addFeedbackItems(
        *m.doc, {said(2, oct4, 2, "Smooth checkout,\nthanks!"), said(2, oct3, -2, "Card declined"),
                 said(2, oct3, 1, "fine"), said(2, oct4, 2, "Call me on 555 1234"), nps,
                 said(2, oct4, -2, "**buy** [here](http://x.example)"),
                 said(2, QDate(), 2, "Undated"), said(2, QDate(2026, 9, 1), 2, "Old"),
                 said(m.newChat, oct4, {}, "Quick answer", FeedbackKind::Praise),
                 said(1, oct4, 2, "Nice ad"), said(0, oct4, -2, "Somewhere")});
    REQUIRE(ids.ok());
    REQUIRE_FALSE(edit::redactFeedback(*m.doc, {ids.value()[3]}));
}

} // namespace

TEST_CASE("a digest tells a department its new feedback and the praise credited to it",
          "[digest][feedback]")
{
    DigestMap m;
    addFeedback(m);
    auto d = makeDigest(*m.doc, It);
    REQUIRE(d.ok());
    CHECK(d->feedback.count == 7); // not the undated, the old or others' items
    CHECK(d->feedback.praise == 5);
    CHECK(d->feedback.complaints == 2);
    CHECK(d->recognition.ownedMoments == QList<Id>{2, m.newChat});
    CHECK(d->recognition.fedMoments == QList<Id>{2});

    const QString text = digestText(*m.doc, *d, false);
    // What part 1 printed stays where it was.
    CHECK(text.startsWith(QStringLiteral("IT: changes since its last review on 2026-10-02\n"
                                         "2 of 3 IT cards reviewed in the last 90 days.\n")));
    CHECK(text.contains(QStringLiteral(
        "\nCustomer feedback since 2026-10-02 (7)\n"
        "- 7 items; mean sentiment +0.5; 5 praise, 2 complaints; NPS +100 "
        "(1 response)\n"
        "- Praise: \u201cSmooth checkout, thanks!\u201d on \u201cCheckout page\u201d\n"
        "- Praise: \u201cSurvey answer 10\u201d on \u201cCheckout page\u201d\n"
        "- Complaint: \u201c**buy** [here](http://x.example)\u201d on \u201cCheckout "
        "page\u201d\n"
        "- Complaint: \u201cCard declined\u201d on \u201cCheckout page\u201d\n")));
    CHECK(text.contains(QStringLiteral(
        "\nPraised moments it owns or feeds (2)\n"
        "- IT owns 2 praised moments (5 praise items) since 2026-10-02.\n"
        "- The back-stage and support cards of IT fed 1 praised moment (4 praise items) since "
        "2026-10-02.\n"
        "- \u201cOrder processing\u201d (IT) fed 1 praised moment (4 praise items) since "
        "2026-10-02.\n")));
    // Redacted words, others' words and the inbox's never reach it.
    CHECK_FALSE(text.contains(QStringLiteral("555")));
    CHECK_FALSE(text.contains(QStringLiteral("Nice ad")));
    CHECK_FALSE(text.contains(QStringLiteral("Somewhere")));

    // Markdown: the customer's words are map text, escaped.
    const QString md = digestText(*m.doc, *d, true);
    CHECK(md.contains(QStringLiteral("**Customer feedback since 2026-10-02 (7)**")));
    CHECK(md.contains(QStringLiteral("\u201c\\*\\*buy\\*\\* \\[here\\]\\(http://x\\.example\\)")));
    CHECK_FALSE(md.contains(QStringLiteral("[here](")));

    // A map without feedback prints no such sections.
    DigestMap plain;
    const QString none = digestText(*plain.doc, makeDigest(*plain.doc, It).value(), false);
    CHECK_FALSE(none.contains(QStringLiteral("Customer feedback")));
    CHECK_FALSE(none.contains(QStringLiteral("Praised moments")));
}

TEST_CASE("cxmap digest prints the feedback and recognition sections", "[digest][cli][feedback]")
{
    DigestMap m;
    addFeedback(m);
    const QString path = m.doc->path();
    m.doc.reset();
    const test::Run r =
        test::cxmap({"digest", path, "--department", "IT", "--since", "2026-10-04"});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Customer feedback since 2026-10-04 (4)\n")));
    CHECK(r.out.contains(QStringLiteral("- IT owns 2 praised moments (3 praise items) since "
                                        "2026-10-04.\n")));
}
