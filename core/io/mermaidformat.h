#pragma once

// A journey as a Mermaid "journey" diagram, so that maps can live in Markdown
// documents:
//
//   journey
//     title Home broadband, current state
//     section Awareness
//       Sees a social ad: 4: Marketing
//       Asks a neighbour: 3
//     section Purchase
//       Checks the address: 1: IT, Sales
//
// Writing: one section per stage that has customer-facing cards, in stage
// order; its tasks are the cards of the customer-action and touchpoint lanes,
// by lane then position. A task's score is the card's emotion mapped from
// -2..2 to 1..5 (3 when not rated); its actors are the accountable department
// and then the contributing ones. Mermaid gives ":", "#" and ";" a meaning
// (and "," among actors), so the writer puts look-alikes in their place
// (U+A789 ꞉, U+FF03 ＃, U+FF1B ；, U+201A ‚) and the reader turns them back; a
// line break is written "<br>", and the reader reads "<br>", "<br/>" and
// "<br />", in any case, as a line break. A task named like a keyword
// ("section 2") gets a zero width space in front, which the reader drops.
//
// Reading: "journey" first, then "title", "section" and task lines
// ("NAME: SCORE" or "NAME: SCORE: ACTOR, ACTOR"), in any indentation; blank
// lines, "%%" comment lines, "#" comments to the end of a line and accTitle /
// accDescr lines are skipped. A score is a whole number 1..5. Problems are
// named "line N: reason".

#include "cardrows.h"

#include <QByteArray>

namespace cx {

struct MermaidTask
{
    int line = 0;
    QString name;
    int score = 3; // 1..5
    QStringList actors;
    bool operator==(const MermaidTask&) const = default;
};

struct MermaidSection
{
    int line = 0;
    QString name;
    QList<MermaidTask> tasks;
    bool operator==(const MermaidSection&) const = default;
};

struct MermaidJourney
{
    QString title; // empty when the diagram has none
    QList<MermaidSection> sections;
    bool operator==(const MermaidJourney&) const = default;
};

QByteArray toMermaid(const DocumentData& data, Id journeyId);

Result<MermaidJourney> fromMermaid(const QByteArray& text);

// The most departments one Mermaid import creates: a diagram's actors are
// free text, and a stranger's diagram with thousands of them is refused.
inline constexpr int maxNewMermaidDepartments = 50;

// Adds the diagram as a new journey in one undo step: its title names it
// ("Imported journey" when it has none; a name already taken gets " (2)"...),
// its sections are the stages (those without tasks too), and all tasks go
// into one touchpoint lane "Touchpoints" as cards with the emotion score - 3;
// the first actor is accountable, the others contribute; departments are found
// by name or created (see importCardRows), at most maxNewMermaidDepartments.
// Returns the new cards' ids.
Result<QList<Id>> importMermaid(Document& doc, const MermaidJourney& journey);

} // namespace cx
