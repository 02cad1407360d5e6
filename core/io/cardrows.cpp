#include "cardrows.h"

#include "commands/edit.h"
#include "model/enumnames.h"
#include "model/templates.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace cx {

namespace {

QString folded(const QString& name) { return name.trimmed().toCaseFolded(); }

// "BF" for "Billing & Finance", "LEG" for "Legal"; a digit tells apart one already taken.
QString shortNameFor(const QString& name, const QSet<QString>& taken)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = name.split(nonWord, Qt::SkipEmptyParts);
    QString initials;
    if (words.size() == 1)
        initials = words.first().left(3);
    for (qsizetype i = 0; words.size() > 1 && i < std::min<qsizetype>(words.size(), 4); ++i)
        initials += words[i].front();
    initials = initials.toUpper();
    for (int n = 2; taken.contains(initials) && n <= 9; ++n)
        initials = initials.left(3) + QString::number(n);
    return initials;
}

// Turns rows into new content for edit::addContent: the objects the rows name
// that doc does not have get provisional (negative) ids.
class RowImporter
{
public:
    RowImporter(const Document& doc, JourneyMatch match);
    Error add(const CardRow& row);
    const edit::NewContent& content() const { return m_content; }

private:
    Id journey(const QString& name);
    Id stage(Id journeyId, const QString& name);
    Result<Id> lane(Id journeyId, const CardRow& row);
    Id department(const QString& name);
    void indexParts(Id journeyId);
    QString freeJourneyName(const QString& name) const;
    QColor freeColor() const;

    const Document& m_doc;
    const JourneyMatch m_match;
    edit::NewContent m_content;
    Id m_lastId = 0;                              // provisional ids count down from -1
    QHash<QString, Id> m_journeys, m_departments; // folded name -> id
    QSet<QString> m_takenJourneyNames, m_shortNames;
    QSet<Id> m_indexed; // journeys whose stages and lanes are in m_stages, m_lanes
    QHash<QPair<Id, QString>, Id> m_stages, m_lanes;
    QHash<Id, qsizetype> m_newLane; // provisional lane id -> index in m_content.lanes
    QHash<Id, int> m_laneKindLine;  // new lane -> the line that gave its kind
    QList<QColor> m_usedColors;
};

RowImporter::RowImporter(const Document& doc, JourneyMatch match) : m_doc(doc), m_match(match)
{
    for (Id id : doc.journeyIds()) {
        const QString name = folded(doc.journey(id)->name);
        m_takenJourneyNames.insert(name);
        if (match == JourneyMatch::ByName && !m_journeys.contains(name))
            m_journeys.insert(name, id);
    }
    for (Id id : doc.departmentIds()) {
        const Department* d = doc.department(id);
        if (!m_departments.contains(folded(d->name)))
            m_departments.insert(folded(d->name), id);
        m_shortNames.insert(d->shortName);
        m_usedColors.append(d->color);
    }
}

Error RowImporter::add(const CardRow& row)
{
    const Id journeyId = journey(row.journey);
    Result<Id> laneId = lane(journeyId, row);
    if (!laneId)
        return laneId.error();
    Card c = row.card;
    c.id = 0;
    c.stageId = stage(journeyId, row.stage);
    c.laneId = *laneId;
    c.position = -1;
    c.accountableId = row.accountable.trimmed().isEmpty() ? 0 : department(row.accountable);
    c.contributingIds.clear();
    for (const QString& name : row.contributing) {
        if (!name.trimmed().isEmpty())
            c.contributingIds.append(department(name));
    }
    m_content.cards.append(c);
    return {};
}

Id RowImporter::journey(const QString& name)
{
    const auto found = m_journeys.constFind(folded(name));
    if (found != m_journeys.cend())
        return *found;
    Journey j;
    j.id = --m_lastId;
    j.name = m_match == JourneyMatch::New ? freeJourneyName(name) : name.trimmed();
    m_content.journeys.append(j);
    m_journeys.insert(folded(name), j.id);
    m_takenJourneyNames.insert(folded(j.name));
    return j.id;
}

QString RowImporter::freeJourneyName(const QString& name) const
{
    QString candidate = name.trimmed();
    for (int n = 2; m_takenJourneyNames.contains(folded(candidate)); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(name.trimmed()).arg(n);
    return candidate;
}

void RowImporter::indexParts(Id journeyId)
{
    if (journeyId < 0 || m_indexed.contains(journeyId))
        return;
    m_indexed.insert(journeyId);
    for (Id id : m_doc.stageIds(journeyId)) {
        const std::pair key{journeyId, folded(m_doc.stage(id)->name)};
        if (!m_stages.contains(key))
            m_stages.insert(key, id);
    }
    for (Id id : m_doc.laneIds(journeyId)) {
        const std::pair key{journeyId, folded(m_doc.lane(id)->name)};
        if (!m_lanes.contains(key))
            m_lanes.insert(key, id);
    }
}

Id RowImporter::stage(Id journeyId, const QString& name)
{
    indexParts(journeyId);
    const std::pair key{journeyId, folded(name)};
    const auto found = m_stages.constFind(key);
    if (found != m_stages.cend())
        return *found;
    Stage s;
    s.id = --m_lastId;
    s.journeyId = journeyId;
    s.name = name.trimmed();
    m_content.stages.append(s);
    m_stages.insert(key, s.id);
    return s.id;
}

Result<Id> RowImporter::lane(Id journeyId, const CardRow& row)
{
    indexParts(journeyId);
    const std::pair key{journeyId, folded(row.lane)};
    const auto found = m_lanes.constFind(key);
    if (found == m_lanes.cend()) {
        Lane l;
        l.id = --m_lastId;
        l.journeyId = journeyId;
        l.name = row.lane.trimmed();
        l.kind = row.laneKind.value_or(LaneKind::Touchpoint);
        m_newLane.insert(l.id, m_content.lanes.size());
        if (row.laneKind)
            m_laneKindLine.insert(l.id, row.line);
        m_content.lanes.append(l);
        m_lanes.insert(key, l.id);
        return l.id;
    }
    const Id id = *found;
    if (!row.laneKind)
        return id;
    Lane* fresh = id < 0 ? &m_content.lanes[m_newLane.value(id)] : nullptr;
    if (fresh && !m_laneKindLine.contains(id)) { // the first row that says
        fresh->kind = *row.laneKind;
        m_laneKindLine.insert(id, row.line);
        return id;
    }
    const Lane& l = fresh ? *fresh : *m_doc.lane(id);
    if (l.kind == *row.laneKind)
        return id;
    const QString since = fresh ? QStringLiteral(" (line %1)").arg(m_laneKindLine.value(id))
                                : QStringLiteral(" in the document");
    return Error{
        ErrorCode::InvalidData,
        QStringLiteral("line %1, column lane_kind: the lane \u201c%2\u201d is %3%4, not %5")
            .arg(row.line)
            .arg(l.name, toString(l.kind), since, toString(*row.laneKind))};
}

Id RowImporter::department(const QString& name)
{
    const auto found = m_departments.constFind(folded(name));
    if (found != m_departments.cend())
        return *found;
    Department d;
    d.id = --m_lastId;
    d.name = name.trimmed();
    d.shortName = shortNameFor(d.name, m_shortNames);
    d.color = freeColor();
    m_shortNames.insert(d.shortName);
    m_usedColors.append(d.color);
    m_content.departments.append(d);
    m_departments.insert(folded(name), d.id);
    return d.id;
}

QColor RowImporter::freeColor() const
{
    const QList<QColor> palette = departmentPalette();
    if (palette.isEmpty())
        return QColor(0x7f, 0x7f, 0x7f);
    for (const QColor& c : palette) {
        if (!m_usedColors.contains(c))
            return c;
    }
    return palette.at(m_usedColors.size() % palette.size());
}

} // namespace

Result<QList<Id>> importCardRows(Document& doc, const QList<CardRow>& rows, JourneyMatch match,
                                 const QString& undoText)
{
    RowImporter importer(doc, match);
    for (const CardRow& row : rows) {
        if (Error err = importer.add(row))
            return err;
    }
    return edit::addContent(doc, importer.content(), undoText);
}

} // namespace cx
