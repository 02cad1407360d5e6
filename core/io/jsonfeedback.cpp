#include "jsonfeedback.h"

#include "jsoncard.h"
#include "model/enumnames.h"
#include "model/feedbackrules.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cx::json {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct JsonTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Json)
};

bool readRedacted(Fields& f, bool& out)
{
    const QJsonValue v = f.value("redacted");
    if (v.isUndefined())
        return true;
    if (!v.isBool())
        return f.fail("redacted", expected(QT_TRANSLATE_NOOP("cx::Json", "true or false"), v));
    out = v.toBool();
    return true;
}

bool readDate(Fields& f, QDate& out)
{
    QString text;
    if (!f.text("date", text, Need::Nullable, 10))
        return false;
    if (text.isEmpty())
        return true; // unknown
    out = QDate::fromString(text, Qt::ISODate);
    return out.isValid() ||
           f.fail("date",
                  JsonTr::tr("%1 is not a day written YYYY-MM-DD").arg(shown(QJsonValue(text))));
}

// null, or { "scale": "nps" | "csat", "value": 0..10 | 1..5 }.
bool readScore(Fields& item, Feedback& out)
{
    const QJsonValue v = item.value("score");
    if (v.isUndefined() || v.isNull())
        return true;
    Fields f(item.checks(), item.path("score"));
    if (!f.load(v, {"scale", "value"}) ||
        !f.choice("scale", &scoreScaleFromString, "score scale", out.scale, Need::Required) ||
        !f.integer("value", {0, 10}, out.score, Need::Required))
        return false;
    if (out.scale == ScoreScale::None)
        return f.fail("scale",
                      JsonTr::tr("a score needs its scale (\"nps\" or \"csat\"); leave the "
                                 "score null for none"));
    if (!scoreInRange(out.scale, out.score))
        return f.fail("value",
                      out.scale == ScoreScale::Nps
                          ? JsonTr::tr("%1 is out of range 0..10 for an NPS score").arg(out.score)
                          : JsonTr::tr("%1 is out of range 1..5 for a CSAT score").arg(out.score));
    return true;
}

bool readCandidates(Fields& f, const QSet<Id>& cards, Feedback& out)
{
    Checks& checks = f.checks();
    return f.forEach("candidates", [&](const QJsonValue& v, const QString& p, int) {
        Id id = 0;
        if (!checks.id(v, p, id))
            return false;
        if (!cards.contains(id))
            return checks.fail(p, JsonTr::tr("no card with id %1").arg(id));
        if (out.candidates.contains(id))
            return checks.fail(p, JsonTr::tr("card %1 is listed twice").arg(id));
        out.candidates.append(id);
        return true;
    });
}

} // namespace

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

bool readFeedback(Checks& checks, const QJsonValue& v, const QString& path, const QSet<Id>& cards,
                  QSet<Id>& seen, Feedback& out)
{
    Fields f(checks, path);
    Feedback item;
    if (!f.load(v, {"id", "card", "text", "redacted", "kind", "sentiment", "source", "date",
                    "segment", "reference", "score", "card_hint", "candidates"}) ||
        !f.newId(seen, "feedback", item.id) || !f.id("card", item.cardId, Need::Nullable) ||
        !f.text("text", item.text) || !readRedacted(f, item.redacted) ||
        !f.choice("kind", &feedbackKindFromString, "feedback kind", item.kind) ||
        !f.integer("sentiment", {emotionMin, emotionMax}, item.sentiment, Need::Nullable) ||
        !f.choice("source", &feedbackSourceFromString, "feedback source", item.source) ||
        !readDate(f, item.date) ||
        !f.text("segment", item.segment, Need::Optional, maxFeedbackFieldLength) ||
        !f.text("reference", item.reference, Need::Optional, maxFeedbackFieldLength) ||
        !readScore(f, item) ||
        !f.text("card_hint", item.cardHint, Need::Optional, maxFeedbackFieldLength) ||
        !readCandidates(f, cards, item))
        return false;
    if (item.cardId != 0 && !cards.contains(item.cardId))
        return f.fail("card", JsonTr::tr("no card with id %1").arg(item.cardId));
    if (item.redacted && !item.text.isEmpty())
        return f.fail("text", JsonTr::tr("a redacted item keeps no words"));
    if (item.cardId != 0 && !item.candidates.isEmpty())
        return f.fail("candidates",
                      JsonTr::tr("only an unsorted item (card null) names candidate cards"));
    if (item.cardId != 0 && !item.cardHint.isEmpty())
        return f.fail("card_hint",
                      JsonTr::tr("only an unsorted item (card null) keeps a card hint"));
    if (const QString problem = feedbackProblem(item); !problem.isEmpty())
        return checks.fail(path, problem);
    out = std::move(item);
    return true;
}

} // namespace cx::json
