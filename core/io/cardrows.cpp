#include "cardrows.h"

#include "commands/edit.h"
#include "model/enumnames.h"
#include "model/templates.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <queue>
#include <utility>

namespace cx {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct CardRowsTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::CardRows)
};

QString folded(const QString& name) { return name.trimmed().toCaseFolded(); }

// Objects by name: the one of the same name, else one whose name differs only
// in case and spaces around; the first one given wins either way.
class NameIndex
{
public:
    void insert(const QString& name, Id id)
    {
        if (!m_exact.contains(name))
            m_exact.insert(name, id);
        if (const QString key = folded(name); !m_folded.contains(key))
            m_folded.insert(key, id);
    }
    Id find(const QString& name) const // 0 when there is none
    {
        const auto exact = m_exact.constFind(name);
        return exact != m_exact.cend() ? *exact : m_folded.value(folded(name));
    }

private:
    QHash<QString, Id> m_exact, m_folded;
};

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
    RowImporter(const Document& doc, JourneyMatch match, int maxNewDepartments);
    Error add(const CardRow& row);
    edit::NewContent content() const;

private:
    Error addCard(const CardRow& row, Id journeyId);
    Id journey(const QString& name);
    Id stage(Id journeyId, const QString& name);
    Result<Id> lane(Id journeyId, const CardRow& row);
    Result<Id> department(const QString& name, int line);
    void indexParts(Id journeyId);
    QString freeJourneyName(const QString& name) const;
    QColor freeColor() const;
    void noteLaneOrder(Id stageId, Id laneId);
    QList<Lane> orderedLanes() const;

    const Document& m_doc;
    const JourneyMatch m_match;
    const int m_maxNewDepartments; // negative: no limit
    edit::NewContent m_content;
    Id m_lastId = 0; // provisional ids count down from -1
    NameIndex m_journeys, m_departments;
    QSet<QString> m_takenJourneyNames, m_shortNames; // folded journey names
    QSet<Id> m_indexed; // journeys whose stages and lanes are in m_stages, m_lanes
    QHash<Id, NameIndex> m_stages, m_lanes; // by journey
    QHash<Id, qsizetype> m_newLane;         // provisional lane id -> index in m_content.lanes
    QHash<Id, int> m_laneKindLine;          // new lane -> the line that gave its kind
    QHash<Id, Id> m_lastLane;               // stage -> the lane of the last card put in it
    QSet<std::pair<Id, Id>> m_laneAbove;    // new lanes (a, b): a row showed a above b
    QList<QColor> m_usedColors;
};

RowImporter::RowImporter(const Document& doc, JourneyMatch match, int maxNewDepartments)
    : m_doc(doc), m_match(match), m_maxNewDepartments(maxNewDepartments)
{
    for (Id id : doc.journeyIds()) {
        const QString& name = doc.journey(id)->name;
        m_takenJourneyNames.insert(folded(name));
        if (match == JourneyMatch::ByName)
            m_journeys.insert(name, id);
    }
    for (Id id : doc.departmentIds()) {
        const Department* d = doc.department(id);
        m_departments.insert(d->name, id);
        m_shortNames.insert(d->shortName);
        m_usedColors.append(d->color);
    }
}

Error RowImporter::add(const CardRow& row)
{
    const Id journeyId = journey(row.journey);
    if (row.hasCard)
        return addCard(row, journeyId);
    if (!row.stage.trimmed().isEmpty())
        stage(journeyId, row.stage);
    if (!row.lane.trimmed().isEmpty()) {
        if (Result<Id> laneId = lane(journeyId, row); !laneId)
            return laneId.error();
    }
    return {};
}

Error RowImporter::addCard(const CardRow& row, Id journeyId)
{
    Result<Id> laneId = lane(journeyId, row);
    if (!laneId)
        return laneId.error();
    Card c = row.card;
    c.id = 0;
    c.stageId = stage(journeyId, row.stage);
    c.laneId = *laneId;
    c.position = -1;
    noteLaneOrder(c.stageId, c.laneId);
    c.accountableId = 0;
    if (!row.accountable.trimmed().isEmpty()) {
        const Result<Id> owner = department(row.accountable, row.line);
        if (!owner)
            return owner.error();
        c.accountableId = *owner;
    }
    c.contributingIds.clear();
    for (const QString& name : row.contributing) {
        if (name.trimmed().isEmpty())
            continue;
        const Result<Id> contributor = department(name, row.line);
        if (!contributor)
            return contributor.error();
        c.contributingIds.append(*contributor);
    }
    m_content.cards.append(c);
    return {};
}

Id RowImporter::journey(const QString& name)
{
    if (const Id found = m_journeys.find(name))
        return found;
    Journey j;
    j.id = --m_lastId;
    j.name = m_match == JourneyMatch::New ? freeJourneyName(name) : name;
    m_content.journeys.append(j);
    m_journeys.insert(name, j.id);
    m_takenJourneyNames.insert(folded(j.name));
    return j.id;
}

QString RowImporter::freeJourneyName(const QString& name) const
{
    QString candidate = name;
    for (int n = 2; m_takenJourneyNames.contains(folded(candidate)); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(name, QString::number(n));
    return candidate;
}

void RowImporter::indexParts(Id journeyId)
{
    if (journeyId < 0 || m_indexed.contains(journeyId))
        return;
    m_indexed.insert(journeyId);
    for (Id id : m_doc.stageIds(journeyId))
        m_stages[journeyId].insert(m_doc.stage(id)->name, id);
    for (Id id : m_doc.laneIds(journeyId))
        m_lanes[journeyId].insert(m_doc.lane(id)->name, id);
}

Id RowImporter::stage(Id journeyId, const QString& name)
{
    indexParts(journeyId);
    if (const Id found = m_stages[journeyId].find(name))
        return found;
    Stage s;
    s.id = --m_lastId;
    s.journeyId = journeyId;
    s.name = name;
    m_content.stages.append(s);
    m_stages[journeyId].insert(name, s.id);
    return s.id;
}

Result<Id> RowImporter::lane(Id journeyId, const CardRow& row)
{
    indexParts(journeyId);
    const Id id = m_lanes[journeyId].find(row.lane);
    if (id == 0) {
        Lane l;
        l.id = --m_lastId;
        l.journeyId = journeyId;
        l.name = row.lane;
        l.kind = row.laneKind.value_or(LaneKind::Touchpoint);
        m_newLane.insert(l.id, m_content.lanes.size());
        if (row.laneKind)
            m_laneKindLine.insert(l.id, row.line);
        m_content.lanes.append(l);
        m_lanes[journeyId].insert(row.lane, l.id);
        return l.id;
    }
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
    const QString since = fresh ? CardRowsTr::tr(" (line %1)").arg(m_laneKindLine.value(id))
                                : CardRowsTr::tr(" in the document");
    return Error{ErrorCode::InvalidData,
                 CardRowsTr::tr("line %1, column lane_kind: the lane “%2” is %3%4, not %5")
                     .arg(row.line)
                     .arg(l.name, toString(l.kind), since, toString(*row.laneKind))};
}

void RowImporter::noteLaneOrder(Id stageId, Id laneId)
{
    const Id above = m_lastLane.value(stageId);
    if (above < 0 && laneId < 0 && above != laneId)
        m_laneAbove.insert({above, laneId});
    m_lastLane.insert(stageId, laneId);
}

// The new lanes, each below every lane a row showed above it in a stage, else
// in the order the rows first named them; that order also settles a cycle (a
// hand-written table may show a above b in one stage, b above a in another).
QList<Lane> RowImporter::orderedLanes() const
{
    const QList<Lane>& lanes = m_content.lanes;
    QList<int> waiting(lanes.size(), 0); // lanes above, not placed yet
    QList<QList<qsizetype>> below(lanes.size());
    for (const auto& [above, under] : m_laneAbove) {
        below[m_newLane.value(above)].append(m_newLane.value(under));
        ++waiting[m_newLane.value(under)];
    }
    std::priority_queue<qsizetype, std::vector<qsizetype>, std::greater<>> ready;
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        if (waiting[i] == 0)
            ready.push(i);
    }
    QList<bool> placed(lanes.size(), false);
    QList<Lane> out;
    for (qsizetype first = 0; out.size() < lanes.size();) {
        if (ready.empty()) { // a cycle
            while (placed[first])
                ++first;
            ready.push(first);
        }
        const qsizetype i = ready.top();
        ready.pop();
        if (std::exchange(placed[i], true))
            continue;
        out.append(lanes[i]);
        for (qsizetype j : below[i]) {
            if (--waiting[j] == 0 && !placed[j])
                ready.push(j);
        }
    }
    return out;
}

edit::NewContent RowImporter::content() const
{
    edit::NewContent content = m_content;
    content.lanes = orderedLanes();
    return content;
}

Result<Id> RowImporter::department(const QString& name, int line)
{
    if (const Id found = m_departments.find(name))
        return found;
    if (m_maxNewDepartments >= 0 && m_content.departments.size() >= m_maxNewDepartments)
        return Error{ErrorCode::InvalidData,
                     CardRowsTr::tr("line %1: “%2” would be new department number %3; "
                                    "one import creates at most %4")
                         .arg(QString::number(line), name, QString::number(m_maxNewDepartments + 1),
                              QString::number(m_maxNewDepartments))};
    Department d;
    d.id = --m_lastId;
    d.name = name;
    d.shortName = shortNameFor(d.name, m_shortNames);
    d.color = freeColor();
    m_shortNames.insert(d.shortName);
    m_usedColors.append(d.color);
    m_content.departments.append(d);
    m_departments.insert(name, d.id);
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
                                 const QString& undoText, int maxNewDepartments)
{
    RowImporter importer(doc, match, maxNewDepartments);
    for (const CardRow& row : rows) {
        if (Error err = importer.add(row))
            return err;
    }
    return edit::addContent(doc, importer.content(), undoText);
}

} // namespace cx
