#pragma once

// Documents full of hostile text, generated from a seed (deterministic): for
// property tests of the formats that carry text out and back (CSV).

#include "model/types.h"

#include <QStringList>

#include <algorithm>
#include <random>

namespace cx::test {

// Hostile text: a start, a middle and an end, each drawn from pieces that
// have broken CSV writers, readers or spreadsheets somewhere (formula starts,
// quotes, separators, line breaks, spaces of every kind, escapes, RTL and
// invisible marks, combining characters, emoji).
class HostileText
{
public:
    explicit HostileText(std::uint32_t seed) : m_rng(seed) {}

    QString any() { return pick(starts) + pick(middles) + pick(ends); }
    // Never blank, as titles and names must be; 'tag' keeps names apart.
    QString name(int tag)
    {
        return pick(starts) + pick(middles) + QString::number(tag) + pick(ends);
    }
    int number(int min, int max) { return std::uniform_int_distribution(min, max)(m_rng); }
    bool chance(int percent) { return number(1, 100) <= percent; }
    void shuffle(QList<Id>& ids) { std::shuffle(ids.begin(), ids.end(), m_rng); }
    double kpiValue(KpiKind kind);

private:
    QString pick(const QStringList& from) { return from[number(0, int(from.size()) - 1)]; }

    static inline const QStringList starts{"",
                                           "",
                                           "=",
                                           "+",
                                           "-",
                                           "@",
                                           "\t",
                                           "\r",
                                           "\n",
                                           "'",
                                           "'=",
                                           "''",
                                           " ",
                                           "  ",
                                           "\u00a0",
                                           "\"",
                                           ",",
                                           ";",
                                           "\\",
                                           "[",
                                           "=HYPERLINK(\"https://example.invalid\")",
                                           "=cmd|' /C calc'!A0",
                                           "+1+1",
                                           "-2",
                                           "@SUM(A1:A9)",
                                           "\r\n",
                                           "\u202e",
                                           "\u200f",
                                           "\ufeff",
                                           "\u3000"};
    static inline const QStringList middles{"Caf\u00e9",
                                            "\u65e5\u672c\u8a9e",
                                            "\u0645\u0631\u062d\u0628\u0627 \u200fRTL\u200e",
                                            "\U0001F469\u200D\U0001F4BB\U0001F389",
                                            "e\u0301",
                                            "a,b",
                                            "x\"y\"",
                                            "line\nbreak",
                                            "cr\rcr",
                                            "crlf\r\nx",
                                            "tab\tx",
                                            "semi;colon",
                                            "back\\slash",
                                            "eq=ual",
                                            "[br]acket",
                                            "<br>",
                                            "\ufffd",
                                            "\u2028",
                                            "plain",
                                            "'",
                                            "=",
                                            "a; b",
                                            "x\\;y",
                                            "\\",
                                            "K=1/2 [csat]",
                                            "\x1b[31mred\x1b[0m",
                                            "\x01\x08\x7f\u009b"};
    static inline const QStringList ends{"",  "",  " ", "  ",     "\t", "\n", "\r",   "\\",
                                         ";", "=", "'", "\u3000", "\"", ",",  "\r\n", "]"};

    std::mt19937 m_rng;
};

inline double HostileText::kpiValue(KpiKind kind)
{
    switch (kind) {
    case KpiKind::Nps:
        return number(-100, 100);
    case KpiKind::Csat:
        return number(0, 1000) / 10.0;
    case KpiKind::Ces:
        return number(10, 70) / 10.0;
    case KpiKind::Free:
        break;
    }
    static const QList<double> values{
        0, -0.0, 1e15, -1e15, 0.1, -2.5, 1e-300, 123456789.125, 999999999999999.9};
    return chance(50) ? values[number(0, int(values.size()) - 1)]
                      : std::uniform_real_distribution(-1e15, 1e15)(m_rng);
}

inline QList<Kpi> hostileKpis(HostileText& h, int count)
{
    QList<Kpi> kpis;
    for (int i = 0; i < count; ++i) {
        Kpi k;
        k.name = h.name(i);
        k.kind = KpiKind(h.number(0, 3));
        k.value = h.kpiValue(k.kind);
        if (h.chance(50))
            k.target = h.kpiValue(k.kind);
        k.unit = h.chance(60) ? h.any() : QString();
        kpis.append(k);
    }
    return kpis;
}

inline Card hostileCard(HostileText& h, const DocumentData& d, Id id, const QList<Id>& stages,
                        const QList<Id>& lanes)
{
    Card c;
    c.id = id;
    c.stageId = stages[h.number(0, int(stages.size()) - 1)];
    c.laneId = lanes[h.number(0, int(lanes.size()) - 1)];
    c.position = int(id); // in id order within its cell
    c.title = h.name(int(id));
    c.description = h.chance(70) ? h.any() : QString();
    c.channel = h.chance(50) ? h.any() : QString();
    QList<Id> departments;
    for (const Department& dep : d.departments)
        departments.append(dep.id);
    h.shuffle(departments);
    if (!departments.isEmpty() && h.chance(70))
        c.accountableId = departments.takeFirst();
    c.contributingIds = departments.mid(0, h.number(0, 3));
    if (h.chance(70))
        c.emotion = h.number(emotionMin, emotionMax);
    c.evidence = Evidence(h.number(0, 2));
    c.severity = Level(h.number(0, 3));
    c.impact = Level(h.number(0, 3));
    c.status = CardStatus(h.number(0, 3));
    c.votes = h.chance(20) ? maxVotes : h.number(0, 12);
    for (int t = h.number(0, 3); t > 0; --t) {
        const QString tag = h.any(); // an empty item is no item
        c.tags.append(tag.isEmpty() ? QStringLiteral("t") : tag);
    }
    c.kpis = hostileKpis(h, h.number(0, 3));
    return c;
}

// A document of 1-3 journeys with 1-4 stages and 1-4 lanes each, 0-6
// departments and up to 12 cards, every text hostile. Names are kept apart
// by a number in them (CSV finds them by name, case and spaces aside).
inline DocumentData hostileDocument(std::uint32_t seed)
{
    HostileText h(seed);
    DocumentData d;
    d.title = QStringLiteral("Hostile %1").arg(seed);
    Id next = 1;
    for (int i = h.number(0, 6); i > 0; --i, ++next)
        d.departments.append(
            {next, h.name(int(next)), QStringLiteral("D"), Qt::gray, {}, {}, int(next)});
    for (int j = h.number(1, 3); j > 0; --j) {
        const Journey journey{next++, h.name(int(next)), {}, JourneyState::Current, 0, 0, j};
        d.journeys.append(journey);
        QList<Id> stages, lanes;
        for (int s = h.number(1, 4); s > 0; --s, ++next) {
            d.stages.append({next, journey.id, h.name(int(next)), {}, s});
            stages.append(next);
        }
        for (int l = h.number(1, 4); l > 0; --l, ++next) {
            d.lanes.append({next, journey.id, h.name(int(next)), LaneKind(h.number(0, 9)), l});
            lanes.append(next);
        }
        for (int c = h.number(0, 12); c > 0; --c, ++next)
            d.cards.append(hostileCard(h, d, next, stages, lanes));
    }
    return d;
}

} // namespace cx::test
