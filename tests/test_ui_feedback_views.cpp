// Customer feedback where its readers look (issue 20): the Dashboard's
// feedback and recognition section, the Departments dock's feedback groups,
// and the column mapping of File > Import > Customer Feedback.

#include <catch2/catch.hpp>

#include "commands/edit.h"
#include "dashboard/dashboard.h"
#include "feedbackimportdialog.h"
#include "model/document.h"
#include "model/feedbackrules.h"
#include "panels/departmentpanel.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSpinBox>
#include <QTreeWidget>

using namespace cx;

namespace {

constexpr Id CheckoutPage = 2; // IT's touchpoint in Purchase, fed by IT's "Order processing"

Feedback npsAnswer(int score, const QString& words)
{
    Feedback f;
    f.cardId = CheckoutPage;
    f.text = words;
    f.scale = ScoreScale::Nps;
    f.score = score;
    f.sentiment = sentimentOfScore(ScoreScale::Nps, score);
    f.source = FeedbackSource::Nps;
    f.date = QDate(2026, 11, 20);
    return f;
}

struct FeedbackMap
{
    test::TempDir dir;
    std::unique_ptr<Document> doc = test::smallDocumentFile(dir);
    FeedbackMap()
    {
        doc->setClock([] { return QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC); });
        REQUIRE(edit::addFeedbackItems(*doc, {npsAnswer(10, QStringLiteral("Checkout in a minute")),
                                              npsAnswer(9, QStringLiteral("Smooth")),
                                              npsAnswer(3, QStringLiteral("Card refused twice"))}));
    }
};

QStringList topRows(const QTreeWidget* tree)
{
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows << tree->topLevelItem(i)->text(0);
    return rows;
}

} // namespace

TEST_CASE("the dashboard sums up the journey's feedback, NPS per stage and whose work was praised",
          "[ui][feedback]")
{
    FeedbackMap m;
    Dashboard dash;
    dash.setDocument(m.doc.get());
    dash.refreshNow();
    const auto* summary = dash.findChild<QLabel*>(QStringLiteral("feedbackSummary"));
    REQUIRE(summary);
    const QString text = summary->text();
    CHECK(text.contains(QStringLiteral("3 items · 2 praise · 1 complaint")));
    // 2 promoters and 1 detractor of 3 answers: 67 % - 33 % = +33.
    CHECK(text.contains(QStringLiteral("NPS by stage (answers): Purchase +33 (3)")));
    CHECK(text.contains(QStringLiteral("“Order processing” (IT) fed 1 praised moment")));

    // The section follows the map: a redaction keeps the counts, a removal not.
    REQUIRE_FALSE(edit::removeFeedback(*m.doc, m.doc->feedbackIdsOf(CheckoutPage).mid(2)));
    dash.refreshNow();
    CHECK(summary->text().contains(QStringLiteral("2 items · 2 praise · 0 complaints")));
}

TEST_CASE("the Departments dock shows a department's feedback and the praise its work earned",
          "[ui][feedback]")
{
    FeedbackMap m;
    DepartmentPanel panel;
    panel.setDocument(m.doc.get());
    panel.setLens(2); // IT
    auto* cards = panel.findChild<QTreeWidget*>(QStringLiteral("departmentCards"));
    REQUIRE(cards);
    const QStringList rows = topRows(cards);
    const auto feedback = std::find_if(rows.cbegin(), rows.cend(), [](const QString& r) {
        return r.startsWith(QStringLiteral("Customer feedback (3 items since"));
    });
    REQUIRE(feedback != rows.cend());
    // The checkout page is IT's and fed by IT's order processing: one moment.
    CHECK(rows.contains(QStringLiteral("Praise its work earned (1)")));
    // Its strongest words, praise first, each leading to its card.
    const QTreeWidgetItem* group = cards->topLevelItem(int(feedback - rows.cbegin()));
    REQUIRE(group->childCount() >= 3);
    CHECK(group->child(1)->text(0).startsWith(QStringLiteral("“Checkout in a minute”")));
    CHECK(group->child(1)->data(0, DepartmentPanel::IdRole).value<Id>() == CheckoutPage);

    // Marketing's cards heard nothing.
    panel.setLens(1);
    const QStringList marketing = topRows(cards);
    CHECK(std::any_of(marketing.cbegin(), marketing.cend(), [](const QString& r) {
        return r.startsWith(QStringLiteral("Customer feedback (0 items"));
    }));
}

TEST_CASE("the feedback import dialog maps a survey export's columns from its preview",
          "[ui][feedback]")
{
    FeedbackMap m;
    const QByteArray csv =
        "Survey export\r\nGenerated 2026-12-01\r\n"
        "Response ID,Submitted At,How likely are you to recommend us? (0-10),"
        "What is the main reason for your score?,Touchpoint,Customer email\r\n"
        "1,2026-11-20,10,\"Fast, friendly checkout\",Checkout page,ann@example.com\r\n"
        "2,2026-11-21,3,\"Card refused\ntwice\",Nowhere,bob@example.com\r\n";
    FeedbackImportDialog dialog(*m.doc, QStringLiteral("/tmp/survey.csv"), csv);
    // Read as it is, the first line looks like the header: nothing maps.
    CHECK(dialog.columnBox(QStringLiteral("text"))->currentIndex() == 0);
    dialog.findChild<QSpinBox*>()->setValue(2);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("importFound"))
              ->text()
              .contains(QStringLiteral("line 3")));
    const FeedbackColumns c = dialog.columns();
    CHECK(c.text == QStringLiteral("What is the main reason for your score?"));
    CHECK(c.card == QStringLiteral("Touchpoint"));
    CHECK(c.date == QStringLiteral("Submitted At"));
    CHECK(c.score == QStringLiteral("How likely are you to recommend us? (0-10)"));
    CHECK(c.scale == ScoreScale::Nps);
    // Nobody's e-mail address comes along unless mapped into the words.
    CHECK(c.segment.isEmpty());
    CHECK(c.reference.isEmpty());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const FeedbackImport& read = dialog.parsed();
    REQUIRE(read.items.size() == 2);
    CHECK(read.items[0].cardId == CheckoutPage);
    CHECK(read.items[1].cardId == 0);
    CHECK(read.items[1].text == QStringLiteral("Card refused\ntwice"));
    CHECK(read.items[1].sentiment == -2);
}

TEST_CASE("a bad row keeps the import dialog open, naming its line and column", "[ui][feedback]")
{
    FeedbackMap m;
    const QByteArray csv = "Comment,Touchpoint,NPS\nGreat,Checkout page,10\nOdd,Checkout page,11\n";
    FeedbackImportDialog dialog(*m.doc, QStringLiteral("/tmp/nps.csv"), csv);
    CHECK(dialog.columns().text == QStringLiteral("Comment"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    const QString problem = dialog.findChild<QLabel*>(QStringLiteral("importProblem"))->text();
    CHECK(problem.contains(QStringLiteral("line 3")));
    CHECK(problem.contains(QStringLiteral("NPS")));
    CHECK(m.doc->feedbackCount() == 3); // nothing was added
}

TEST_CASE("a column whose name the header repeats is imported by its place", "[ui][feedback]")
{
    FeedbackMap m;
    // As some survey tools write it: two columns both named "Response".
    const QByteArray csv = "Response,Response,Card\n9,\"Friendly, quick\",Checkout page\n";
    FeedbackImportDialog dialog(*m.doc, QStringLiteral("/tmp/responses.csv"), csv);
    dialog.columnBox(QStringLiteral("text"))->setCurrentIndex(2); // the second "Response"
    dialog.columnBox(QStringLiteral("card"))->setCurrentIndex(3);
    CHECK(dialog.columns().text == QStringLiteral("#2"));
    CHECK(dialog.columns().card == QStringLiteral("Card"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.parsed().items.size() == 1);
    CHECK(dialog.parsed().items[0].text == QStringLiteral("Friendly, quick"));
    // Reading the file again (another encoding) keeps the choice by its place.
    QComboBox* encoding = nullptr;
    for (QComboBox* box : dialog.findChildren<QComboBox*>()) {
        if (box->accessibleName() == QStringLiteral("Encoding"))
            encoding = box;
    }
    REQUIRE(encoding);
    encoding->setCurrentIndex(1);
    CHECK(dialog.columnBox(QStringLiteral("text"))->currentIndex() == 2);
    CHECK(dialog.columns().text == QStringLiteral("#2"));
}

TEST_CASE("the import dialog guesses German column names and says which column to choose",
          "[ui][feedback]")
{
    FeedbackMap m;
    const QByteArray csv = "Kommentar,Kontaktpunkt,Eingangsdatum,Weiterempfehlung (0-10)\n"
                           "Super,Checkout page,2026-11-01,9\n";
    FeedbackImportDialog dialog(*m.doc, QStringLiteral("/tmp/umfrage.csv"), csv);
    const FeedbackColumns c = dialog.columns();
    CHECK(c.text == QStringLiteral("Kommentar"));
    CHECK(c.card == QStringLiteral("Kontaktpunkt"));
    CHECK(c.date == QStringLiteral("Eingangsdatum"));
    CHECK(c.score == QStringLiteral("Weiterempfehlung (0-10)"));
    const auto* problem = dialog.findChild<QLabel*>(QStringLiteral("importProblem"));
    const auto* buttons = dialog.findChild<QDialogButtonBox*>();
    const QList<QAbstractButton*> all = buttons->buttons();
    const auto* import = *std::find_if(all.cbegin(), all.cend(), [&](QAbstractButton* b) {
        return buttons->buttonRole(b) == QDialogButtonBox::AcceptRole;
    });
    CHECK(problem->text().isEmpty());
    // Without the words' column: the dialog's own words, not the command
    // line's option, and no Import.
    dialog.columnBox(QStringLiteral("text"))->setCurrentIndex(0);
    CHECK(problem->text() == QStringLiteral("Choose the column that holds the customer's words."));
    CHECK_FALSE(import->isEnabled());
    // Every field's label carries its shortcut to its box, the score's too
    // (its row also holds the scale).
    const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
    for (const char* field : {"text", "card", "score", "reference"}) {
        INFO(field);
        QComboBox* box = dialog.columnBox(QString::fromLatin1(field));
        CHECK(std::any_of(labels.cbegin(), labels.cend(),
                          [box](const QLabel* l) { return l->buddy() == box; }));
    }
}
