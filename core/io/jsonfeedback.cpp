#include "jsonfeedback.h"

#include "jsoncard.h"
#include "model/enumnames.h"

#include <QJsonArray>

namespace cx::json {

QJsonObject feedbackToJson(const Feedback& f, bool withWords)
{
    QJsonObject out{
        {"id", qint64(f.id)},
        {"card", idOrNull(f.cardId)},
        {"redacted", f.redacted},
        {"kind", toString(f.kind)},
        {"sentiment", f.sentiment ? QJsonValue(*f.sentiment) : QJsonValue(QJsonValue::Null)},
        {"source", toString(f.source)},
        {"date", f.date.isValid() ? QJsonValue(f.date.toString(Qt::ISODate))
                                  : QJsonValue(QJsonValue::Null)},
        {"segment", f.segment},
        {"reference", f.reference},
        {"score", f.scale == ScoreScale::None
                      ? QJsonValue(QJsonValue::Null)
                      : QJsonValue(QJsonObject{{"scale", toString(f.scale)}, {"value", f.score}})},
        {"card_hint", f.cardHint},
        {"candidates", arrayOf(f.candidates, [](Id id) { return QJsonValue(qint64(id)); })},
    };
    if (withWords)
        out.insert(QStringLiteral("text"), f.text);
    return out;
}

} // namespace cx::json
