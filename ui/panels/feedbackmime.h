#pragma once

// Feedback items dragged from the Feedback panel onto a card: the mime type
// and its payload, the items' ids and the document they belong to (a drop on
// another window's map is refused, not applied to the wrong items).

#include "model/types.h"

#include <QByteArray>
#include <QList>
#include <QMimeData>
#include <QString>

namespace cx::feedbackmime {

inline QString type() { return QStringLiteral("application/x-cxmap-feedback"); }

// "document;id,id,...": the document as an opaque number of this process.
inline QByteArray encode(const void* document, const QList<Id>& ids)
{
    QByteArray out = QByteArray::number(quintptr(document)) + ';';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += ',';
        out += QByteArray::number(ids[i]);
    }
    return out;
}

// The ids when mime carries feedback of document; empty otherwise.
inline QList<Id> decode(const QMimeData* mime, const void* document)
{
    if (!mime || !mime->hasFormat(type()))
        return {};
    const QByteArray data = mime->data(type());
    const qsizetype split = data.indexOf(';');
    bool ok = false;
    if (split < 0 || data.left(split).toULongLong(&ok) != quintptr(document) || !ok)
        return {};
    QList<Id> ids;
    for (const QByteArray& part : data.mid(split + 1).split(',')) {
        const Id id = part.toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

} // namespace cx::feedbackmime
