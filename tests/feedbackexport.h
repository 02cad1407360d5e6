#pragma once

// A realistic survey-tool export for the feedback import's tests: the sample
// map's touchpoints named as customers' survey answers name them, by title
// (exactly, in other case and spacing), by card id, by a title two cards
// share and by nothing on the map; reasons with commas, quotes, line breaks,
// tabs and surrounding spaces; NPS scores; and an e-mail column nobody maps.

#include "model/types.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace cx::test {

// What one row of the export should become.
struct ExpectedFeedback
{
    QString text;
    QString touchpoint; // the card cell as written
    Id cardId = 0;      // 0: the inbox
    QList<Id> candidates;
    std::optional<int> score;
    std::optional<int> sentiment;
    QDate date;
    QString email;
    bool skipped = false; // no words and no score
};

struct SurveyExport
{
    QStringList header;
    QList<QStringList> rows;
    QList<ExpectedFeedback> expected;
    QString columns; // the --columns spec mapping it
};

// The sentiment an NPS score says (issue 20), written out here on purpose.
inline int npsSentiment(int score)
{
    static const int table[] = {-2, -2, -2, -2, -1, -1, -1, 0, 0, 1, 2};
    return table[score];
}

// Adds a card titled like `of` (in capitals) beside it: a title two cards share.
inline Id addTwin(DocumentData& data, Id of)
{
    const auto original = std::find_if(data.cards.begin(), data.cards.end(),
                                       [&](const Card& c) { return c.id == of; });
    Card twin;
    Id maxId = 0;
    int position = 0;
    for (const Card& c : data.cards) {
        maxId = std::max(maxId, c.id);
        if (c.stageId == original->stageId && c.laneId == original->laneId)
            position = std::max(position, c.position + 1);
    }
    twin.id = maxId + 1;
    twin.stageId = original->stageId;
    twin.laneId = original->laneId;
    twin.position = position;
    twin.title = original->title.toUpper();
    data.cards.append(twin);
    return twin.id;
}

// n rows about data's cards; twin and its original share a title. Plain
// words only (cp1252 can hold them) unless rich.
inline SurveyExport surveyExport(const DocumentData& data, Id original, Id twin, int n, bool rich)
{
    static const QStringList reasons = {
        QStringLiteral("Quick, friendly answer"),
        QStringLiteral("The engineer came on time, tidy work, \"really\" helpful"),
        QStringLiteral("  Waited 40 minutes on hold.\nThen the line dropped.  "),
        QStringLiteral("Price went up by €5, nobody told me"),
        QStringLiteral("It’s fine; nothing special"),
        QStringLiteral("Müller from support: großartig, schön erklärt"),
        QStringLiteral("Line 1\r\nLine 2\r\n\r\nLine 4"),
        QStringLiteral("Tab\tseparated\tthoughts"),
        QStringLiteral("\"Quoted\" start, and end \"too\""),
        QStringLiteral("Trailing space "),
    };
    static const QStringList richReasons = {
        QStringLiteral("Great 👍 service"),
        QStringLiteral("中文的反馈, with a comma"),
    };
    QList<const Card*> cards;
    for (const Card& c : data.cards) {
        if (c.id != twin && c.id != original)
            cards.append(&c);
    }
    const Card* originalCard = nullptr;
    for (const Card& c : data.cards)
        originalCard = c.id == original ? &c : originalCard;
    SurveyExport e;
    e.header = {QStringLiteral("Response ID"),
                QStringLiteral("Submitted At"),
                QStringLiteral("How likely are you to recommend us? (0-10)"),
                QStringLiteral("What is the main reason for your score?"),
                QStringLiteral("Touchpoint"),
                QStringLiteral("Customer email")};
    e.columns = QStringLiteral("text=what is the main reason for your score?,card=Touchpoint,"
                               "date=Submitted At,"
                               "score=\"How likely are you to recommend us? (0-10)\":nps");
    for (int i = 0; i < n; ++i) {
        ExpectedFeedback x;
        const QList<QString>& pool = rich && i % 5 == 4 ? richReasons : reasons;
        x.text = i % 17 == 0 ? QString() : pool[i % pool.size()];
        if (i % 13 != 0) {
            x.score = i % 11;
            x.sentiment = npsSentiment(*x.score);
        }
        x.skipped = x.text.isEmpty() && !x.score;
        x.date = QDate(2026, 1, 1).addDays(i % 90);
        const Card* card = cards[(i * 7) % cards.size()];
        switch (i % 10) {
        case 6:
            x.touchpoint = QStringLiteral("  %1 ").arg(card->title.toLower());
            x.cardId = card->id;
            break;
        case 7:
            x.touchpoint = QString::number(card->id);
            x.cardId = card->id;
            break;
        case 8:
            x.touchpoint = QStringLiteral("Parrot shop (not on the map) #%1").arg(i);
            break;
        case 9:
            x.touchpoint = originalCard->title;
            x.candidates = {original, twin};
            break;
        default:
            x.touchpoint = card->title;
            x.cardId = card->id;
        }
        x.email = QStringLiteral("customer%1@example.com").arg(i);
        const QString when = i % 3 == 0
                                 ? x.date.toString(Qt::ISODate)
                                 : x.date.toString(Qt::ISODate) + QStringLiteral("T09:15:00Z");
        e.rows.append({QStringLiteral("R_%1").arg(10000 + i), when,
                       x.score ? QString::number(*x.score) : QString(), x.text, x.touchpoint,
                       x.email});
        e.expected.append(x);
    }
    return e;
}

// The records as delimited text: fields quoted when they hold the delimiter,
// a quote or a line break; records ended by CRLF.
inline QString delimitedText(const QList<QStringList>& records, QChar delimiter)
{
    QString out;
    for (const QStringList& record : records) {
        QStringList fields;
        for (QString f : record) {
            if (f.contains(delimiter) || f.contains(u'"') || f.contains(u'\n') ||
                f.contains(u'\r')) {
                f.replace(QStringLiteral("\""), QStringLiteral("\"\""));
                f = u'"' + f + u'"';
            }
            fields << f;
        }
        out += fields.join(delimiter) + QStringLiteral("\r\n");
    }
    return out;
}

// The export with two extra rows above its header (--skip-rows 2).
inline QString exportText(const SurveyExport& e, QChar delimiter)
{
    QList<QStringList> records = {
        {QStringLiteral("Survey: \"Moving home\" NPS, March")},
        {QStringLiteral("Exported by SurveyTool"), QStringLiteral("2026-04-01")}};
    records << e.header;
    records << e.rows;
    return delimitedText(records, delimiter);
}

inline QByteArray utf16(const QString& text, bool bigEndian)
{
    QByteArray out = bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (QChar c : text) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
        out.append(bigEndian ? hi : lo);
        out.append(bigEndian ? lo : hi);
    }
    return out;
}

// Windows-1252 bytes of text (Latin-1 and the few cp1252 characters used
// here); an empty array if a character has no byte.
inline QByteArray cp1252(const QString& text)
{
    QByteArray out;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'€')
            out.append('\x80');
        else if (u == u'’')
            out.append('\x92');
        else if (u == u'“')
            out.append('\x93');
        else if (u == u'”')
            out.append('\x94');
        else if (u < 0x80 || (u >= 0xA0 && u <= 0xFF))
            out.append(char(u));
        else
            return {};
    }
    return out;
}

} // namespace cx::test
