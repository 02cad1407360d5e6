#pragma once

// The digest of a department (issue 19): what changed on the cards it is
// accountable for since a date (by default its last review: the newest
// review of its cards, or one review interval back when none was reviewed)
// — cards added, removed and changed field by field, KPIs that moved — its
// overdue actions and its review state; the customer feedback on its cards
// and the praise credited to it (issue 20) — as text a head pastes into an
// e-mail or a chat: plain, or Markdown with every piece of map text escaped
// (a card titled "![](https://...)" stays text, never an image or a link).
//
// It reads the map's history (model/history.h): the changes of a card are
// netted (a field changed and changed back is no change), in the order the
// cards were first touched.

#include "analysis/actions.h"
#include "analysis/feedbackstats.h"
#include "analysis/recognition.h"
#include "analysis/reviews.h"
#include "model/history.h"

namespace cx {

struct DigestCard
{
    Id cardId = 0;
    QString title;                // as it is, or as it was when removed
    QList<HistoryChange> changes; // netted, one per field, for a changed card
};

struct KpiMove
{
    Id cardId = 0;
    QString card;
    QString kpi;                  // its name (or its kind)
    std::optional<double> before; // unset: the KPI is new
    std::optional<double> after;  // unset: the KPI is gone
    QString unit;
    std::optional<double> target; // as it is after
};

struct Digest
{
    Id departmentId = 0;
    QString department;
    QDateTime since;              // UTC
    QDateTime until;              // UTC: now
    bool sinceLastReview = false; // since is the department's last review
    int intervalDays = defaultReviewIntervalDays;
    ReviewCount reviews;
    QList<DigestCard> added;
    QList<DigestCard> removed;
    QList<DigestCard> changed;
    QList<KpiMove> kpis;
    QList<Id> staleCards;     // by stage, lane and position
    QList<ActionRef> overdue; // the actions it owns that are overdue

    // Customer feedback (analysis/feedbackstats.h) on the cards it is
    // accountable for, dated on or after since's day (undated items are no
    // news), and the strongest of its words (at most digestQuotes of praise
    // and of complaints; never a redacted item).
    analysis::FeedbackTally feedback;
    analysis::StrongestQuotes quotes;
    // The praise of the same period credited to it (analysis/recognition.h):
    // the praised moments it owns or its back-stage and support cards fed,
    // and the sentences that say so (empty when none).
    analysis::DepartmentRecognition recognition;
    QStringList recognitionLines;

    bool hasChanges() const { return !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty(); }
};

// How many quotes of praise, and of complaints, a digest shows.
inline constexpr int digestQuotes = 2;

// The newest review of the cards departmentId is accountable for (invalid:
// none reviewed).
QDateTime lastReview(const Document& doc, Id departmentId);

// The department's digest since `since` (invalid: its last review, else one
// review interval before now). Fails when the history cannot be read.
Result<Digest> makeDigest(const Document& doc, Id departmentId, const QDateTime& since = {});

// The digest as text to paste: plain, or Markdown (map text escaped).
QString digestText(const Document& doc, const Digest& digest, bool markdown);

// Map text made inert in Markdown: each ASCII punctuation character that
// Markdown (CommonMark, GitHub's) gives a meaning — markup, HTML and entities,
// @mentions, $math$ — is backslash-escaped, and line breaks and tabs become
// spaces, so the text stays one line of plain words.
QString markdownEscaped(const QString& text);

} // namespace cx
