#pragma once

// Customer feedback counted (issue 20; DESIGN.md, Definitions): per card, per
// stage and per department (the cards it is accountable for), in the period
// or over all time; NPS and CSAT where scores exist; the strongest quotes of
// a department.
//
// The period: only items dated on or after `since` count. An item without a
// date counts when no period is asked (since invalid) and never within one:
// nobody knows whether it is new. Items in the "Unsorted feedback" inbox
// (cardId 0) count for no card, stage or department; they are counted apart.
// An item on a card the data does not hold counts as unsorted too.
//
// One pass over the items after one index of the cards: 100,000 items on the
// 10,000-card map take a few milliseconds.

#include "model/types.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace cx::analysis {

// Feedback that is a complaint: kind complaint or a sentiment of -1 or -2,
// and not praise (model/feedbackrules.h isPraise), so that the two never
// overlap.
bool isComplaint(const Feedback& f);

// The counts of a set of feedback items.
struct FeedbackTally
{
    int count = 0;         // items (redacted ones too: their words are gone, not the item)
    int rated = 0;         // items with a sentiment
    int sentimentSum = 0;  // the sum of those sentiments
    int praise = 0;        // isPraise
    int complaints = 0;    // isComplaint
    int npsResponses = 0;  // items with an NPS score
    int promoters = 0;     // 9 or 10
    int detractors = 0;    // 0 to 6
    int csatResponses = 0; // items with a CSAT score
    int satisfied = 0;     // 4 or 5

    // The mean sentiment of the rated items; unset when none is.
    std::optional<double> meanSentiment() const;
    // % promoters - % detractors, rounded (half away from zero): -100..100;
    // unset without NPS scores.
    std::optional<int> nps() const;
    // % of CSAT answers that are 4 or 5, rounded: 0..100; unset without
    // CSAT scores.
    std::optional<int> csat() const;

    void add(const Feedback& f);
    void add(const FeedbackTally& other);
    bool operator==(const FeedbackTally&) const = default;
};

struct FeedbackStats
{
    QDate since;            // the period's first day; invalid: all time
    FeedbackTally onCards;  // every item on a card in the period
    FeedbackTally unsorted; // the inbox's items in the period
    int beforePeriod = 0;   // items left out: dated before since
    int undated = 0;        // items left out: without a date, in a period
    // Only the cards, stages and departments with items in the period; the
    // department key 0 holds the cards nobody is accountable for.
    QHash<Id, FeedbackTally> cards;
    QHash<Id, FeedbackTally> stages;
    QHash<Id, FeedbackTally> departments;

    // Empty tallies for those without items.
    FeedbackTally card(Id id) const { return cards.value(id); }
    FeedbackTally stage(Id id) const { return stages.value(id); }
    FeedbackTally department(Id id) const { return departments.value(id); }
};

// True when the item is in the period that starts on since (see above).
bool inPeriod(const Feedback& f, const QDate& since);

// Every item of data counted once, in one pass.
FeedbackStats feedbackStats(const DocumentData& data, const QDate& since = {});

// One quote: an item with words, and where it is.
struct FeedbackQuote
{
    Id feedbackId = 0;
    Id cardId = 0;
    bool operator==(const FeedbackQuote&) const = default;
};

struct StrongestQuotes
{
    QList<FeedbackQuote> praise;     // isPraise
    QList<FeedbackQuote> complaints; // isComplaint
};

// The strongest quotes on the cards departmentId is accountable for (0: the
// cards nobody is), in the period: items that are not redacted and hold more
// than white space, the strongest |sentiment| first (unrated last), then the
// newest (undated last), then the newest added (higher id); at most `count`
// praise and `count` complaints.
StrongestQuotes strongestQuotes(const DocumentData& data, Id departmentId, const QDate& since = {},
                                int count = 3);

// A tally as one line of text, translated (context "cx::FeedbackStats"):
// "4 items; mean sentiment +0.3; 2 praise, 1 complaint; NPS +30 (10
// responses); CSAT 75% (4 responses)", the NPS and CSAT parts only where
// scores exist.
QString feedbackSummary(const FeedbackTally& tally);
// A mean sentiment with one decimal and its sign: "+0.4", "\u22120.5", "0.0".
QString signedSentiment(double mean);
// An NPS with its sign: "+30", "\u221212", "0".
QString signedNps(int nps);

// A quote on one line for a list or a digest: line breaks and tabs as
// spaces, runs of white space as one, cut to at most max characters.
QString quoteLine(const QString& text, int max = 100);

} // namespace cx::analysis
