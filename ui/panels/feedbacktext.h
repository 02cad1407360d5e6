#pragma once

// The words the feedback widgets share: translated labels for a feedback
// item's kind, source and score scale (enumnames.h holds the stable names for
// files, not for people), its sentiment as "+2" or "−1", one line about it,
// the summary of a card's feedback, and why feedback cannot be changed now.

#include "model/types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cx {

class Document;

class FeedbackText
{
    Q_DECLARE_TR_FUNCTIONS(cx::FeedbackText)

public:
    // Combo items in enum order: a combo's index is int(value).
    static QStringList kindLabels();   // "Not said", "Praise", "Complaint"...
    static QStringList sourceLabels(); // "Not said", "Survey", "NPS survey"...
    static QStringList scaleLabels();  // "No score", "NPS (0–10)", "CSAT (1–5)"
    static QString kind(FeedbackKind k);
    static QString source(FeedbackSource s);
    // "+2", "−1", "0"; empty when unset.
    static QString sentiment(std::optional<int> v);
    // "Praise · sentiment +2 · Survey · 3 Dec 2026 · Families · NPS 10": what
    // is known; empty when nothing is.
    static QString about(const Feedback& f);
    // The customer's words on one line for a list (line breaks shown as
    // spaces); "Words redacted" for a redacted item.
    static QString wordsLine(const Feedback& f);
    // "4 items · mean sentiment +0.5 · 2 praise · 1 complaint · NPS +20"
    // (analysis/feedbackstats.h counts them).
    static QString summary(const Document& doc, const QList<Id>& ids);
    // "Invoice arrives (Billing)": a card's title and its stage.
    static QString cardName(const Document& doc, Id cardId);
    // Why feedback cannot be added or changed on doc now (read-only); empty
    // when it can.
    static QString refusal(const Document& doc);
    // Why this role may not change the feedback on the card (a team map's
    // card of another department), or the map's refusal; empty: it may.
    static QString refusal(const Document& doc, Id cardId);
};

} // namespace cx
