#include "history.h"

#include <QJsonObject>

#include <array>

namespace cx {

namespace {

constexpr std::array actionNames{"add", "change", "remove"};
constexpr std::array objectNames{"title", "department", "persona", "participant", "journey",
                                 "stage", "lane",       "card",    "link",        "feedback"};

template <typename E, std::size_t N>
std::optional<E> fromName(const std::array<const char*, N>& names, const QString& s)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (s == QLatin1String(names[i]))
            return E(i);
    }
    return std::nullopt;
}

} // namespace

QString toString(HistoryAction v) { return QString::fromLatin1(actionNames.at(std::size_t(v))); }
QString toString(HistoryObject v) { return QString::fromLatin1(objectNames.at(std::size_t(v))); }

std::optional<HistoryAction> historyActionFromString(const QString& s)
{
    return fromName<HistoryAction>(actionNames, s);
}

std::optional<HistoryObject> historyObjectFromString(const QString& s)
{
    return fromName<HistoryObject>(objectNames, s);
}

QList<HistoryChange> diffObject(HistoryObject object, Id objectId, const QJsonObject& before,
                                const QJsonObject& after)
{
    HistoryChange base;
    base.object = object;
    base.objectId = objectId;
    if (before.isEmpty() && after.isEmpty())
        return {};
    if (before.isEmpty()) {
        base.action = HistoryAction::Add;
        base.after = after;
        return {base};
    }
    if (after.isEmpty()) {
        base.action = HistoryAction::Remove;
        base.before = before;
        return {base};
    }
    QList<HistoryChange> out;
    // In the order of the object's members (QJsonObject keeps them sorted).
    QStringList keys = before.keys();
    for (const QString& key : after.keys()) {
        if (!before.contains(key))
            keys.append(key);
    }
    for (const QString& key : std::as_const(keys)) {
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if (a == b)
            continue;
        HistoryChange c = base;
        c.field = key;
        c.before = a;
        c.after = b;
        out.append(c);
    }
    return out;
}

} // namespace cx
