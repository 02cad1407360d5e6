#include "csvformat.h"

#include "celltext.h"
#include "csvtable.h"
#include "model/enumnames.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <climits>
#include <tuple>

namespace cx {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct CsvTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Csv)
};

enum class Column
{
    Journey,
    Stage,
    Lane,
    LaneKind,
    Title,
    Description,
    Channel,
    Accountable,
    Contributing,
    Emotion,
    Evidence,
    Severity,
    Impact,
    Status,
    Votes,
    Tags,
    Kpis,
};

// In the order written.
constexpr std::array columnNames{
    "journey", "stage",       "lane",         "lane_kind", "title",    "description",
    "channel", "accountable", "contributing", "emotion",   "evidence", "severity",
    "impact",  "status",      "votes",        "tags",      "kpis",
};
constexpr std::array requiredColumns{Column::Journey, Column::Stage, Column::Lane, Column::Title};

QString nameOf(Column c) { return QString::fromLatin1(columnNames[size_t(c)]); }

// The columns whose cells hold text that a map's user wrote, lists and KPIs
// included (their cells start with an item's text, a KPI with its name). The
// others hold numbers (emotion, votes) or CXMap's own words (lane_kind,
// evidence, severity, impact, status).
bool isTextColumn(Column c)
{
    switch (c) {
    case Column::LaneKind:
    case Column::Emotion:
    case Column::Evidence:
    case Column::Severity:
    case Column::Impact:
    case Column::Status:
    case Column::Votes:
        return false;
    case Column::Journey:
    case Column::Stage:
    case Column::Lane:
    case Column::Title:
    case Column::Description:
    case Column::Channel:
    case Column::Accountable:
    case Column::Contributing:
    case Column::Tags:
    case Column::Kpis:
        break;
    }
    return true;
}

// A spreadsheet reads a cell that starts with one of these as a formula (or,
// for "'", takes the quote as a mark that the rest is text).
bool startsGuarded(const QString& cell)
{
    return !cell.isEmpty() && QStringView(u"=+-@\t\r'").contains(cell.front());
}

// The cell as written: a text cell that a spreadsheet could run as a formula
// gets a "'" in front (OWASP's advice against CSV injection); so does one that
// starts with "'", so that the reader can always take exactly one away.
QString guarded(Column c, const QString& cell)
{
    return isTextColumn(c) ? guardedText(cell) : cell;
}

} // namespace

QString guardedText(const QString& cell)
{
    return startsGuarded(cell) ? QLatin1Char('\'') + cell : cell;
}

namespace {

// The cell as read: a text cell without its first "'", if it has one.
QString unguarded(Column c, const QString& cell)
{
    return isTextColumn(c) && cell.startsWith(u'\'') ? cell.mid(1) : cell;
}

const QString levelNames = QStringLiteral("none, low, medium, high");

QString laneKindNames()
{
    QStringList names;
    for (int i = 0; i < laneKindCount; ++i)
        names.append(toString(LaneKind(i)));
    return names.join(QStringLiteral(", "));
}

// --- Writing ---------------------------------------------------------------------

template <typename T>
QList<T> byPosition(QList<T> items)
{
    std::sort(items.begin(), items.end(), [](const T& a, const T& b) {
        return std::pair(a.position, a.id) < std::pair(b.position, b.id);
    });
    return items;
}

class CsvWriter
{
public:
    explicit CsvWriter(const DocumentData& data);
    QByteArray write(Id journeyId);

private:
    QStringList row(const Journey& j, const Card& c) const;
    QString departmentName(Id id) const { return m_departments.value(id); }

    const DocumentData& m_data;
    QHash<Id, QString> m_departments;
    QHash<Id, const Stage*> m_stages;
    QHash<Id, const Lane*> m_lanes;
};

CsvWriter::CsvWriter(const DocumentData& data) : m_data(data)
{
    for (const Department& d : data.departments)
        m_departments.insert(d.id, d.name);
    for (const Stage& s : data.stages)
        m_stages.insert(s.id, &s);
    for (const Lane& l : data.lanes)
        m_lanes.insert(l.id, &l);
}

QByteArray CsvWriter::write(Id journeyId)
{
    QByteArray out;
    QStringList header;
    for (const char* name : columnNames)
        header.append(QString::fromLatin1(name));
    appendCsvRecord(out, header);
    QHash<Id, QList<const Card*>> cardsOfJourney;
    for (const Card& c : m_data.cards) {
        const Stage* s = m_stages.value(c.stageId);
        if (s && m_lanes.contains(c.laneId))
            cardsOfJourney[s->journeyId].append(&c);
    }
    for (const Journey& j : byPosition(m_data.journeys)) {
        if (journeyId != 0 && j.id != journeyId)
            continue;
        QList<const Card*> cards = cardsOfJourney.value(j.id);
        const auto place = [this](const Card* c) {
            return std::tuple(m_stages.value(c->stageId)->position,
                              m_lanes.value(c->laneId)->position, c->position, c->id);
        };
        std::sort(cards.begin(), cards.end(),
                  [&](const Card* a, const Card* b) { return place(a) < place(b); });
        for (const Card* c : cards) {
            QStringList cells = row(j, *c);
            for (qsizetype i = 0; i < cells.size(); ++i)
                cells[i] = guarded(Column(i), cells[i]);
            appendCsvRecord(out, cells);
        }
    }
    return out;
}

QStringList CsvWriter::row(const Journey& j, const Card& c) const
{
    const Lane& lane = *m_lanes.value(c.laneId);
    QStringList contributing;
    for (Id id : c.contributingIds)
        contributing.append(departmentName(id));
    return {j.name,
            m_stages.value(c.stageId)->name,
            lane.name,
            toString(lane.kind),
            c.title,
            c.description,
            c.channel,
            departmentName(c.accountableId),
            joinListText(contributing),
            c.emotion ? QString::number(*c.emotion) : QString(),
            toString(c.evidence),
            toString(c.severity),
            toString(c.impact),
            toString(c.status),
            QString::number(c.votes),
            joinListText(c.tags),
            kpisToText(c.kpis)};
}

// --- Reading ---------------------------------------------------------------------

template <typename E>
using Parser = std::optional<E> (*)(const QString&);

class CsvParser
{
public:
    Result<CsvImport> parse(const QByteArray& csv);

private:
    bool readHeader(const CsvRecord& header);
    bool readRow(const CsvRecord& record, CardRow& row);
    bool readCell(Column column, const QString& text, CardRow& row);
    bool integer(const QString& text, int min, int max, int& out);
    template <typename E>
    bool choice(const QString& text, Parser<E> parse, const char* what, const QString& names,
                E& out);
    bool nonEmpty(const QString& text, QString& out);
    bool laneKind(const QString& text, CardRow& row);
    bool emotion(const QString& text, Card& c);
    bool kpis(const QString& text, Card& c);
    QString columnName(int index) const;
    bool fail(int line, int index, const QString& reason);

    QList<Column> m_columns; // by index in the file
    QStringList m_header;
    QString m_problem; // of the cell being read
    Error m_error;
};

QString CsvParser::columnName(int index) const
{
    const QString name = m_header.value(index).trimmed();
    return name.isEmpty() ? QString::number(index + 1) : name;
}

bool CsvParser::fail(int line, int index, const QString& reason)
{
    m_error = Error{ErrorCode::InvalidData,
                    CsvTr::tr("line %1, column %2: %3").arg(line).arg(columnName(index), reason)};
    return false;
}

Result<CsvImport> CsvParser::parse(const QByteArray& csv)
{
    CsvReader reader(csv);
    CsvRecord record;
    if (!reader.next(record)) {
        if (reader.failed()) {
            fail(reader.problemLine(), reader.problemField(), reader.problem());
            return m_error;
        }
        return Error{ErrorCode::InvalidData, CsvTr::tr("line 1: no header row (empty file)")};
    }
    if (!readHeader(record))
        return m_error;
    CsvImport import;
    while (reader.next(record)) {
        CardRow row;
        if (!readRow(record, row))
            return m_error;
        import.rows.append(std::move(row));
    }
    if (reader.failed()) {
        fail(reader.problemLine(), reader.problemField(), reader.problem());
        return m_error;
    }
    return import;
}

bool CsvParser::readHeader(const CsvRecord& header)
{
    m_header = header.fields;
    QList<Column> seen;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        const auto known = std::find_if(columnNames.begin(), columnNames.end(),
                                        [&](const char* n) { return name == QLatin1String(n); });
        if (known == columnNames.end()) {
            QStringList names;
            for (const char* n : columnNames)
                names.append(QString::fromLatin1(n));
            return fail(header.line, i,
                        CsvTr::tr("unknown column (the columns are %1)")
                            .arg(names.join(QStringLiteral(", "))));
        }
        const Column column = Column(known - columnNames.begin());
        if (seen.contains(column))
            return fail(header.line, i, CsvTr::tr("the column is named twice"));
        seen.append(column);
        m_columns.append(column);
    }
    for (Column c : requiredColumns) {
        if (!seen.contains(c)) {
            m_error = Error{ErrorCode::InvalidData,
                            CsvTr::tr("line %1, column %2: required column is missing")
                                .arg(header.line)
                                .arg(nameOf(c))};
            return false;
        }
    }
    return true;
}

bool CsvParser::readRow(const CsvRecord& record, CardRow& row)
{
    const int columns = int(m_columns.size());
    const int fields = int(record.fields.size());
    if (fields < columns)
        return fail(record.line, fields,
                    CsvTr::tr("the row ends after %1 of %2 fields").arg(fields).arg(columns));
    if (fields > columns) {
        return fail(record.lines[columns], columns,
                    CsvTr::tr("the row has %1 fields, the header %2").arg(fields).arg(columns));
    }
    row.line = record.line;
    for (int i = 0; i < columns; ++i) {
        if (!readCell(m_columns[i], unguarded(m_columns[i], record.fields[i]), row))
            return fail(record.lines[i], i, m_problem);
    }
    return true;
}

bool CsvParser::integer(const QString& text, int min, int max, int& out)
{
    bool ok = false;
    const qlonglong n = text.trimmed().toLongLong(&ok);
    if (!ok) {
        m_problem = CsvTr::tr("“%1” is not a whole number").arg(text);
        return false;
    }
    if (n < min || n > max) {
        m_problem = max == INT_MAX
                        ? CsvTr::tr("%1 is less than %2").arg(n).arg(min)
                        : CsvTr::tr("%1 is out of range %2..%3").arg(n).arg(min).arg(max);
        return false;
    }
    out = int(n);
    return true;
}

template <typename E>
bool CsvParser::choice(const QString& text, Parser<E> parse, const char* what, const QString& names,
                       E& out)
{
    const std::optional<E> parsed = parse(text.trimmed());
    if (!parsed) {
        m_problem = CsvTr::tr("unknown %1 “%2” (one of %3)").arg(QLatin1String(what), text, names);
        return false;
    }
    out = *parsed;
    return true;
}

bool CsvParser::nonEmpty(const QString& text, QString& out)
{
    if (text.trimmed().isEmpty()) {
        m_problem = CsvTr::tr("must not be empty");
        return false;
    }
    out = text;
    return true;
}

bool CsvParser::laneKind(const QString& text, CardRow& row)
{
    LaneKind kind = LaneKind::Touchpoint;
    if (!choice(text, &laneKindFromString, "lane kind", laneKindNames(), kind))
        return false;
    row.laneKind = kind;
    return true;
}

bool CsvParser::emotion(const QString& text, Card& c)
{
    int value = 0;
    if (!integer(text, emotionMin, emotionMax, value))
        return false;
    c.emotion = value;
    return true;
}

bool CsvParser::kpis(const QString& text, Card& c)
{
    Result<QList<Kpi>> parsed = kpisFromText(text);
    if (!parsed) {
        m_problem = parsed.error().message;
        return false;
    }
    c.kpis = std::move(parsed.value());
    return true;
}

bool CsvParser::readCell(Column column, const QString& text, CardRow& row)
{
    Card& c = row.card;
    const bool empty = text.trimmed().isEmpty();
    switch (column) {
    case Column::Journey:
        return nonEmpty(text, row.journey);
    case Column::Stage:
        return nonEmpty(text, row.stage);
    case Column::Lane:
        return nonEmpty(text, row.lane);
    case Column::Title:
        return nonEmpty(text, c.title);
    case Column::LaneKind:
        return empty || laneKind(text, row);
    case Column::Description:
        c.description = text;
        return true;
    case Column::Channel:
        c.channel = text;
        return true;
    case Column::Accountable:
        row.accountable = text;
        return true;
    case Column::Contributing:
        row.contributing = splitListText(text);
        return true;
    case Column::Emotion:
        return empty || emotion(text, c);
    case Column::Evidence:
        return empty || choice(text, &evidenceFromString, "evidence",
                               QStringLiteral("observed, assumed, proposed"), c.evidence);
    case Column::Severity:
        return empty || choice(text, &levelFromString, "severity", levelNames, c.severity);
    case Column::Impact:
        return empty || choice(text, &levelFromString, "impact", levelNames, c.impact);
    case Column::Status:
        return empty || choice(text, &cardStatusFromString, "status",
                               QStringLiteral("open, in_progress, done, dropped"), c.status);
    case Column::Votes:
        return empty || integer(text, 0, maxVotes, c.votes);
    case Column::Tags:
        c.tags = splitListText(text);
        return true;
    case Column::Kpis:
        return kpis(text, c);
    }
    return true;
}

} // namespace

QByteArray toCsv(const DocumentData& data, Id journeyId)
{
    return CsvWriter(data).write(journeyId);
}

Result<CsvImport> fromCsv(const QByteArray& csv) { return CsvParser().parse(csv); }

Result<QList<Id>> importCsv(Document& doc, const CsvImport& rows)
{
    return importCardRows(doc, rows.rows, JourneyMatch::ByName,
                          QCoreApplication::translate("cx::Csv", "Import %n card(s) from CSV",
                                                      nullptr, int(rows.rows.size())));
}

} // namespace cx
