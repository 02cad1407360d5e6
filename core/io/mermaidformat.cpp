#include "mermaidformat.h"

#include "model/enumnames.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <tuple>

namespace cx {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct MermaidTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Mermaid)
};

constexpr QChar zeroWidthSpace(0x200B);
constexpr std::array lookAlikes{
    std::pair{QChar(u':'), QChar(0xA789)},
    std::pair{QChar(u'#'), QChar(0xFF03)},
    std::pair{QChar(u';'), QChar(0xFF1B)},
};
constexpr std::pair actorComma{QChar(u','), QChar(0x201A)};

enum class Text
{
    Plain,
    Task, // guarded against reading as a keyword
    Actor // without commas
};

bool startsWithKeyword(const QString& text)
{
    for (const char* keyword : {"journey", "title", "section", "accTitle", "accDescr", "%%"}) {
        if (text.startsWith(QLatin1String(keyword), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString sanitized(QString text, Text kind)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\n|\r"));
    text.replace(lineBreak, QStringLiteral("<br>"));
    for (const auto& [from, to] : lookAlikes)
        text.replace(from, to);
    if (kind == Text::Actor)
        text.replace(actorComma.first, actorComma.second);
    text = text.trimmed();
    if (kind == Text::Task && startsWithKeyword(text))
        text.prepend(zeroWidthSpace);
    return text;
}

QString restored(QString text)
{
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>"),
                                              QRegularExpression::CaseInsensitiveOption);
    for (const auto& [from, to] : lookAlikes)
        text.replace(to, from);
    text.replace(actorComma.second, actorComma.first);
    text = text.trimmed();
    if (text.startsWith(zeroWidthSpace))
        text.remove(0, 1);
    text.replace(lineBreak, QStringLiteral("\n"));
    return text;
}

// --- Writing ---------------------------------------------------------------------

int score(const Card& c) { return c.emotion.value_or(0) + 3; }

QString taskLine(const Card& c, const QHash<Id, QString>& departments)
{
    QStringList actors;
    if (c.accountableId != 0)
        actors.append(sanitized(departments.value(c.accountableId), Text::Actor));
    for (Id id : c.contributingIds)
        actors.append(sanitized(departments.value(id), Text::Actor));
    QString line =
        QStringLiteral("    %1: %2").arg(sanitized(c.title, Text::Task), QString::number(score(c)));
    if (!actors.isEmpty())
        line += QStringLiteral(": ") + actors.join(QStringLiteral(", "));
    return line;
}

template <typename T>
QList<T> ofJourney(const QList<T>& items, Id journeyId)
{
    QList<T> out;
    std::copy_if(items.begin(), items.end(), std::back_inserter(out),
                 [journeyId](const T& item) { return item.journeyId == journeyId; });
    std::sort(out.begin(), out.end(), [](const T& a, const T& b) {
        return std::pair(a.position, a.id) < std::pair(b.position, b.id);
    });
    return out;
}

// --- Reading ---------------------------------------------------------------------

// "keyword" alone or followed by a space: the rest, trimmed; nullopt otherwise.
std::optional<QString> afterKeyword(const QString& line, const char* keyword)
{
    const QLatin1String k(keyword);
    if (!line.startsWith(k) || (line.size() > k.size() && !line[k.size()].isSpace()))
        return std::nullopt;
    return line.mid(k.size()).trimmed();
}

// accTitle: ... or accDescr: ... (one line), accDescr { ... } (a block).
enum class Accessibility
{
    None,
    Line,
    Block
};

Accessibility accessibility(const QString& line)
{
    const QLatin1String title("accTitle"), description("accDescr");
    const bool isTitle = line.startsWith(title);
    if (!isTitle && !line.startsWith(description))
        return Accessibility::None;
    const QString rest = line.mid(title.size()).trimmed(); // both keywords have 8 letters
    if (rest.startsWith(u':'))
        return Accessibility::Line;
    if (!isTitle && rest.startsWith(u'{'))
        return rest.contains(u'}') ? Accessibility::Line : Accessibility::Block;
    return Accessibility::None;
}

class MermaidParser
{
public:
    Result<MermaidJourney> parse(const QByteArray& text);

private:
    bool readLine(const QString& line);
    bool readTask(const QString& line);
    bool fail(const QString& reason)
    {
        m_error =
            Error{ErrorCode::InvalidData, MermaidTr::tr("line %1: %2").arg(m_line).arg(reason)};
        return false;
    }

    MermaidJourney m_journey;
    int m_line = 0;
    bool m_started = false; // "journey" seen
    bool m_titled = false;
    bool m_inBlock = false; // accDescr { ... }
    Error m_error;
};

Result<MermaidJourney> MermaidParser::parse(const QByteArray& text)
{
    QByteArrayView bytes(text);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    qsizetype start = 0;
    while (start <= bytes.size()) {
        ++m_line;
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArrayView raw = bytes.sliced(start, end - start);
        if (raw.endsWith('\r'))
            raw.chop(1);
        const QString line = utf8.decode(raw);
        if (utf8.hasError())
            fail(MermaidTr::tr("not valid UTF-8"));
        if (m_error || !readLine(line))
            return m_error;
        start = end + 1;
    }
    if (!m_started) {
        m_line = 1;
        fail(MermaidTr::tr("expected “journey” (the diagram is empty)"));
        return m_error;
    }
    return std::move(m_journey);
}

bool MermaidParser::readLine(const QString& text)
{
    QString line = text;
    if (m_inBlock) {
        m_inBlock = !line.contains(u'}');
        return true;
    }
    if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
        line.truncate(hash);
    line = line.trimmed();
    if (line.isEmpty() || line.startsWith(QLatin1String("%%")))
        return true;
    if (!m_started) {
        if (line != QLatin1String("journey"))
            return fail(MermaidTr::tr("expected “journey”, the diagram type, first"));
        m_started = true;
        return true;
    }
    if (line == QLatin1String("journey"))
        return fail(MermaidTr::tr("“journey” a second time"));
    if (const Accessibility a = accessibility(line); a != Accessibility::None) {
        m_inBlock = a == Accessibility::Block;
        return true;
    }
    if (const std::optional<QString> title = afterKeyword(line, "title")) {
        if (m_titled)
            return fail(MermaidTr::tr("a second title"));
        if (title->isEmpty())
            return fail(MermaidTr::tr("the title is empty"));
        m_journey.title = restored(*title);
        m_titled = true;
        return true;
    }
    if (const std::optional<QString> name = afterKeyword(line, "section")) {
        const QString restoredName = restored(*name);
        if (restoredName.trimmed().isEmpty() || name->contains(u':'))
            return fail(MermaidTr::tr("a section needs a name (without “:”)"));
        m_journey.sections.append({m_line, restoredName, {}});
        return true;
    }
    return readTask(line);
}

bool MermaidParser::readTask(const QString& line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon < 0)
        return fail(MermaidTr::tr("expected “section NAME” or a task "
                                  "“NAME: SCORE” or “NAME: SCORE: ACTORS”"));
    if (m_journey.sections.isEmpty())
        return fail(MermaidTr::tr("a task before the first section"));
    MermaidTask task;
    task.line = m_line;
    task.name = restored(line.left(colon));
    if (task.name.trimmed().isEmpty())
        return fail(MermaidTr::tr("the task has no name"));
    const QString rest = line.mid(colon + 1);
    const qsizetype second = rest.indexOf(u':');
    const QString scoreText = (second < 0 ? rest : rest.left(second)).trimmed();
    bool ok = false;
    task.score = scoreText.toInt(&ok);
    if (!ok)
        return fail(MermaidTr::tr("the score “%1” is not a whole number 1..5").arg(scoreText));
    if (task.score < 1 || task.score > 5)
        return fail(MermaidTr::tr("the score %1 is out of range 1..5").arg(task.score));
    if (second >= 0) {
        for (const QString& actor : rest.mid(second + 1).split(u',')) {
            if (const QString name = restored(actor); !name.trimmed().isEmpty())
                task.actors.append(name);
        }
    }
    m_journey.sections.last().tasks.append(task);
    return true;
}

} // namespace

QByteArray toMermaid(const DocumentData& data, Id journeyId)
{
    const auto journey = std::find_if(data.journeys.begin(), data.journeys.end(),
                                      [journeyId](const Journey& j) { return j.id == journeyId; });
    if (journey == data.journeys.end())
        return {};
    QHash<Id, QString> departments;
    for (const Department& d : data.departments)
        departments.insert(d.id, d.name);
    QHash<Id, int> frontLaneRank; // customer-facing lane -> its place
    for (const Lane& l : ofJourney(data.lanes, journeyId)) {
        if (isFrontStage(l.kind))
            frontLaneRank.insert(l.id, int(frontLaneRank.size()));
    }
    QHash<Id, QList<const Card*>> cardsOfStage;
    for (const Card& c : data.cards) {
        if (frontLaneRank.contains(c.laneId))
            cardsOfStage[c.stageId].append(&c);
    }
    QStringList lines{QStringLiteral("journey"),
                      QStringLiteral("  title ") + sanitized(journey->name, Text::Plain)};
    for (const Stage& s : ofJourney(data.stages, journeyId)) {
        QList<const Card*> cards = cardsOfStage.value(s.id);
        if (cards.isEmpty())
            continue;
        std::sort(cards.begin(), cards.end(), [&](const Card* a, const Card* b) {
            return std::tuple(frontLaneRank.value(a->laneId), a->position, a->id) <
                   std::tuple(frontLaneRank.value(b->laneId), b->position, b->id);
        });
        lines.append(QStringLiteral("  section ") + sanitized(s.name, Text::Plain));
        for (const Card* c : cards)
            lines.append(taskLine(*c, departments));
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

Result<MermaidJourney> fromMermaid(const QByteArray& text) { return MermaidParser().parse(text); }

Result<QList<Id>> importMermaid(Document& doc, const MermaidJourney& journey)
{
    const QString name = journey.title.trimmed().isEmpty()
                             ? QCoreApplication::translate("cx::Mermaid", "Imported journey")
                             : journey.title.trimmed();
    CardRow place; // the journey and its lane even when no section has tasks
    place.journey = name;
    place.lane = MermaidTr::tr("Touchpoints");
    place.laneKind = LaneKind::Touchpoint;
    place.hasCard = false;
    QList<CardRow> rows{place};
    for (const MermaidSection& section : journey.sections) {
        place.line = section.line;
        place.stage = section.name; // a section without tasks is a stage too
        rows.append(place);
        for (const MermaidTask& task : section.tasks) {
            CardRow row = place;
            row.hasCard = true;
            row.line = task.line;
            row.accountable = task.actors.value(0);
            row.contributing = task.actors.mid(1);
            row.card.title = task.name;
            row.card.emotion = task.score - 3;
            rows.append(row);
        }
    }
    return importCardRows(
        doc, rows, JourneyMatch::New,
        QCoreApplication::translate("cx::Mermaid", "Import journey “%1” from Mermaid").arg(name),
        maxNewMermaidDepartments);
}

} // namespace cx
