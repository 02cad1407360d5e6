#pragma once

// A card and a link in JSON, written and read the same way by the document
// format (jsonformat.h, where the members are described) and the card
// clipboard (cardclip.h).

#include "jsonfields.h"

#include "model/linkrules.h"

#include <QHash>

namespace cx::json {

// A JSON array of toJson(item) for each item.
template <typename T, typename F>
QJsonArray arrayOf(const QList<T>& items, F toJson)
{
    QJsonArray out;
    for (const T& item : items)
        out.append(toJson(item));
    return out;
}

// An id, or null for 0 ("none").
QJsonValue idOrNull(Id id);

QJsonObject cardToJson(const Card& c);
QJsonObject linkToJson(const Link& l);

// What the ids in a card or a link may refer to. 'scope' ends the message
// about a stage, lane or card that is not there: "no stage with id 9 in this
// journey".
struct CardRefs
{
    const QSet<Id>& stages;
    const QSet<Id>& lanes;
    const QSet<Id>& departments;
    const QSet<Id>& participants; // who may have put dots on a card
    const QSet<Id>& cards;        // the cards a link may join
    const char* scope;
};

// Read one card or link at 'path', checking every value and reference. Its id
// must not be in 'seen' yet; it is added there.
bool readCard(Checks& checks, const QJsonValue& v, const QString& path, const CardRefs& refs,
              QSet<Id>& seen, Card& out);
bool readLink(Checks& checks, const QJsonValue& v, const QString& path, const CardRefs& refs,
              QSet<Id>& seen, Link& out);

// Refuses a link at 'path' that repeats one read before (same cards, direction
// and type: model/linkrules.h), naming the first one's path; 'seen' holds the
// paths of the links read so far by key, and gets this one.
bool linkOnce(Checks& checks, const Link& l, const QString& path, QHash<LinkKey, QString>& seen);

} // namespace cx::json
