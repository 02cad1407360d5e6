#pragma once

// Cards on the clipboard: copied from one document, pasted into another or
// the same one. The JSON holds the cards with every field and the links among
// them, written as in the document format (jsonformat.h), and the names of
// the departments, stages and lanes they refer to, by which a paste finds
// them again in the target document:
//
// {
//   "format": "cxmap-cards", "version": 1,
//   "departments": [ { "id": 3, "name": "IT" } ],
//   "stages": [ { "id": 2, "name": "Purchase" } ],
//   "lanes":  [ { "id": 3, "name": "Back stage" } ],
//   "cards":  [ { "id": 9, "stage": 2, "lane": 3, "position": 0, "title": "...",
//                 "accountable": 3, "contributing": [], ... } ],
//   "links":  [ { "id": 4, "from": 9, "to": 12, "type": "feeds", "label": "" } ]
// }
//
// Ids are those of the source document; they only tie the pieces together.
// Each link is there once (model/linkrules.h): cardsToClip writes a link that
// the document holds twice once, and cardsFromClip refuses it twice.

#include "model/document.h"

#include <QByteArray>

namespace cx {

inline constexpr char cardClipMimeType[] = "application/x-cxmap-cards";

// The "version" this build writes and the newest it reads.
inline constexpr int cardClipVersion = 2; // 2: cards carry dots and comments

// A department, stage or lane of the source document, by name.
struct ClipName
{
    Id id = 0;
    QString name;
    bool operator==(const ClipName&) const = default;
};

// Cards as they came off the clipboard: their stage, lane and department ids
// refer to the lists here, their links join two of them.
struct ClipCards
{
    QList<ClipName> departments;
    QList<ClipName> stages;
    QList<ClipName> lanes;
    QList<Card> cards; // in the reading order of the source map
    QList<Link> links;
    bool operator==(const ClipCards&) const = default;
};

// The cards (ids that name no card are left out, repeats count once) in the
// reading order of the map (journey, stage, lane, position), with the links
// between two of them.
QByteArray cardsToClip(const Document& doc, const QList<Id>& cardIds);

// Checked reading: malformed JSON, another format, a newer version
// (ErrorCode::NewerVersion), a bad value or a dangling reference give an
// error naming the JSON path of the problem.
Result<ClipCards> cardsFromClip(const QByteArray& json);

// Adds copies of the clip's cards and links to a journey of doc in one undo
// step, each card at the end of its cell, in clip order:
// - into the stage and lane of the journey named like the card's own
//   (case-insensitive, spaces around ignored; the first such one), or into
//   the fallback cell when either name is not found;
// - departments are found by name the same way; a card whose accountable
//   department is not found becomes unowned, contributors not found drop out.
// Returns the new cards' ids in clip order.
Result<QList<Id>> pasteCards(Document& doc, const ClipCards& clip, Id journeyId, Id fallbackStageId,
                             Id fallbackLaneId);

} // namespace cx
