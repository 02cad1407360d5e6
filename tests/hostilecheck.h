#pragma once

// For the tests of hostile content: an SVG read back by an XML parser, and the
// small map as JSON with one member changed. Catch2-free, header only.

#include "io/jsonformat.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamReader>

#include <functional>

namespace cx::test {

struct SvgRead
{
    QString error; // the XML parser's, empty when well-formed
    QSet<QString> elements;
    QString title;
};

inline SvgRead readSvg(const QByteArray& svg)
{
    SvgRead r;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        r.elements.insert(xml.name().toString());
        if (xml.name() == QLatin1String("title"))
            r.title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    if (xml.hasError())
        r.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return r;
}

// The sample-shaped small map as JSON, with one member changed by `edit`.
inline QByteArray smallJsonWith(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = QJsonDocument::fromJson(toJson(test::smallDocument())).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

// Sets root.journeys[0].cards[0][key] (JSON paths as the reader names them).
inline void setCardMember(QJsonObject& root, const QString& key, const QJsonValue& value)
{
    QJsonArray journeys = root[QStringLiteral("journeys")].toArray();
    QJsonObject journey = journeys[0].toObject();
    QJsonArray cards = journey[QStringLiteral("cards")].toArray();
    QJsonObject card = cards[0].toObject();
    card[key] = value;
    cards[0] = card;
    journey[QStringLiteral("cards")] = cards;
    journeys[0] = journey;
    root[QStringLiteral("journeys")] = journeys;
}

} // namespace cx::test
