#pragma once

// The quick-add line: one line of text becomes a card, for capturing a journey
// live in a workshop. The syntax (every part but the title is optional):
//
//   stage / lane: title words @accountable +contributing !pain -2 #channel
//
// - "stage / lane:" names the cell; "stage:" or "/ lane:" names one half and
//   the caller's fallback cell gives the other; no prefix = the fallback cell.
//   The colon must be followed by a space (or end the line), so "10:30 call"
//   is a title. A stage matches by name, case-insensitively, or by a unique
//   prefix. A lane matches by name, by its kind's stable name ("touchpoint")
//   or label ("Front-stage touchpoints"), or by a unique prefix of those. A
//   new lane is "Name (kind)" or just a kind name or label.
// - @name: the accountable department (name or short name, case-insensitive,
//   or a unique prefix of the name); +name: a contributing one, repeatable.
//   Names with spaces are quoted (@"Billing & Finance") or written with '_'.
// - !pain or !medium: a pain point of medium severity; !low, !high likewise.
// - A signed number (-2, +1, +0) is the emotion score, -2..+2; so is a bare
//   number (2, 0, -1) when it is the line's last word and comes after at
//   least one mark (@, +, ! or #): "Call back @SUP within 2 days" keeps its
//   title, "Slow page @IT !pain 2" scores 2.
// - #channel: the channel (web, phone, ...).
// - A word starting with '\' is taken literally without it (\#1).
//
// Names that do not exist yet are listed in the result, never dropped: the UI
// offers to create them, and addQuickCard creates them with the card in one
// undo step.

#include "model/document.h"

namespace cx {

struct QuickAdd
{
    // The card to add. stageId, laneId, accountableId and contributingIds are
    // ids of existing objects, or -1 (stage, lane) and -1, -2, ... (the
    // departments of newDepartments, in order) for the ones to create.
    Card card;
    QString newStage;  // empty when card.stageId exists
    Id afterStage = 0; // the stage worked on (the fallback): a new stage goes after it
    QString newLane;   // empty when card.laneId exists
    LaneKind newLaneKind = LaneKind::Touchpoint;
    QStringList newDepartments; // department -(i + 1) is newDepartments[i]

    bool hasMissing() const;
    // "stage “Renewal” and department “Legal”" (empty when nothing is missing).
    QString missingText() const;
};

// Parses a quick-add line for journeyId. fallbackStage/fallbackLane (0 = none)
// give the cell when the line names none, e.g. the selected card's.
Result<QuickAdd> parseQuickAdd(const QString& line, const Document& doc, Id journeyId,
                               Id fallbackStage = 0, Id fallbackLane = 0);

// Where the token being typed starts in lineBeforeCursor (what completion replaces).
qsizetype quickAddTokenStart(const QString& lineBeforeCursor);

// Candidates for the token being typed: stages ("Purchase / ") before a '/',
// lanes ("Touchpoints: ") after it, departments after @ or + ("@IT",
// "+\"Billing & Finance\""), channels after # ("#web"). Each candidate
// replaces the text from quickAddTokenStart() to the cursor.
QStringList quickAddCompletions(const QString& lineBeforeCursor, const Document& doc, Id journeyId);

// Adds the parsed card; with createMissing, also the stage, lane and
// departments it names that do not exist yet; all in one undo step. Without
// createMissing, missing names are an error. Returns the new card's id.
Result<Id> addQuickCard(Document& doc, Id journeyId, const QuickAdd& quick, bool createMissing);

} // namespace cx
