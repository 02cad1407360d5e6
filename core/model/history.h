#pragma once

// The map's memory (DESIGN.md, "A map that lives"): every edit leaves a
// record of who, when and what, field by field, with the value before and
// after, so a change can be shown, restored and summed up.
//
// Values are those of the JSON format (io/jsonformat.h): a field is a member
// of the object's JSON ("title", "emotion", "kpis"...), and its before and
// after are that member's JSON value. An object added or removed is one
// record with an empty field and the whole object as after or before.
//
// In a file the Document writes the records in the edit's own transaction;
// on a team map the server writes them (a client cannot forge them).

#include "types.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace cx {

enum class HistoryAction
{
    Add,
    Change,
    Remove
};

enum class HistoryObject
{
    Title, // the map's title (objectId 0)
    Department,
    Persona,
    Participant,
    Journey,
    Stage,
    Lane,
    Card,
    Link,
    Feedback // everything but the customer's words (json::feedbackToJson)
};

// Stable names, as stored and as the CLI and JSON print them:
// "add" "change" "remove"; "title" "department" "persona" "participant"
// "journey" "stage" "lane" "card" "link" "feedback".
QString toString(HistoryAction v);
QString toString(HistoryObject v);
std::optional<HistoryAction> historyActionFromString(const QString& s);
std::optional<HistoryObject> historyObjectFromString(const QString& s);

// One field of one object changed (or an object added or removed).
struct HistoryChange
{
    HistoryAction action = HistoryAction::Change;
    HistoryObject object = HistoryObject::Card;
    Id objectId = 0;
    QString label;       // the object's title or name when it changed
    Id journeyId = 0;    // the journey it belongs to (0: none)
    Id departmentId = 0; // a card's accountable department, a link's from card's
    QString field;       // JSON member; empty for Add and Remove
    QJsonValue before = QJsonValue(QJsonValue::Undefined); // Undefined for Add
    QJsonValue after = QJsonValue(QJsonValue::Undefined);  // Undefined for Remove

    bool operator==(const HistoryChange&) const = default;
};

// A change as recorded: one edit (one undo step, `step`) has one record per
// field it changed.
struct HistoryRecord
{
    qint64 id = 0;
    qint64 step = 0;
    QDateTime at; // UTC, milliseconds
    QString who;  // the OS user (a file) or the server role (a team map)
    QString text; // the edit's undo text ("Undo …" when it undid one)
    HistoryChange change;
};

// What to read: all of it by default, newest first.
struct HistoryFilter
{
    std::optional<HistoryObject> object;
    Id objectId = 0;     // with object: that one object
    Id departmentId = 0; // records of that department's cards and links
    QString field;       // records changing that field (Add/Remove have none)
    QDateTime since;     // at >= since (invalid: no bound)
    QDateTime until;     // at < until (invalid: no bound)
    int limit = 0;       // at most this many, newest first (0: all)
};

// What one edit changed between two JSON forms of the same object: empty
// `before` means added, empty `after` removed. Positions renumbered around
// it are not the object's change and are left to the caller.
QList<HistoryChange> diffObject(HistoryObject object, Id objectId, const QJsonObject& before,
                                const QJsonObject& after);

} // namespace cx
