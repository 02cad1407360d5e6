// The edit facade's imports: new departments, journeys, stages, lanes and the
// cards in them, added in one step (see addContent in edit.h). The content is
// checked whole with its provisional ids first; only then are real ids given
// out and one AddObjectsCommand pushed.

#include "edit.h"

#include "addobjectscommand.h"
#include "editsupport.h"

#include <QCoreApplication>
#include <QSet>

namespace cx::edit {

using namespace detail;

namespace {

using Cell = QPair<Id, Id>; // (stage, lane)

// The context of this file's messages for the translators (lupdate reads it).
struct CommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Commands)
};

QString folded(const QString& name) { return name.trimmed().toCaseFolded(); }

// A provisional id -> the real id it gets; existing (positive) ids stay.
Id realId(const QHash<Id, Id>& ids, Id id) { return id < 0 ? ids.value(id) : id; }

class ContentCheck
{
public:
    explicit ContentCheck(const Document& doc) : m_doc(doc) {}

    // Checks every value and reference; the cards come back normalized.
    Error check(const NewContent& content, QList<Card>& cards);

private:
    Error newId(QSet<Id>& seen, Id id, const char* kind);
    Error departments(const QList<Department>& departments);
    Error journeys(const QList<Journey>& journeys);
    // A stage or lane: its provisional id and its journey's.
    template <typename T>
    Error parts(const QList<T>& items, QHash<Id, Id>& journeyOf, const char* kind);
    Id journeyOfStage(Id stageId) const;
    Id journeyOfLane(Id laneId) const;

    const Document& m_doc;
    QSet<Id> m_departments, m_journeys;
    QHash<Id, Id> m_stageJourney, m_laneJourney; // new stage or lane -> its journey
};

Error ContentCheck::newId(QSet<Id>& seen, Id id, const char* kind)
{
    if (id >= 0 || seen.contains(id))
        return invalid(CommandsTr::tr("A new %1 needs its own negative id, not %2")
                           .arg(QLatin1String(kind))
                           .arg(id));
    seen.insert(id);
    return {};
}

Error ContentCheck::departments(const QList<Department>& departments)
{
    QSet<QString> names;
    for (const Department& d : departments) {
        if (Error err = newId(m_departments, d.id, "department"))
            return err;
        if (d.name.trimmed().isEmpty())
            return invalid(CommandsTr::tr("A department needs a name"));
        const Department* same = m_doc.departmentByName(d.name.trimmed());
        if (same || names.contains(folded(d.name)))
            return invalid(
                CommandsTr::tr("There is already a department “%1”").arg(d.name.trimmed()));
        names.insert(folded(d.name));
    }
    return {};
}

Error ContentCheck::journeys(const QList<Journey>& journeys)
{
    for (const Journey& j : journeys) {
        if (Error err = newId(m_journeys, j.id, "journey"))
            return err;
        if (j.name.trimmed().isEmpty())
            return invalid(CommandsTr::tr("A journey needs a name"));
        if (j.personaId != 0 && !m_doc.persona(j.personaId))
            return invalid(CommandsTr::tr("No persona %1").arg(j.personaId));
        if (j.sourceJourneyId != 0 && !m_doc.journey(j.sourceJourneyId))
            return invalid(CommandsTr::tr("No journey %1 to compare with").arg(j.sourceJourneyId));
    }
    return {};
}

template <typename T>
Error ContentCheck::parts(const QList<T>& items, QHash<Id, Id>& journeyOf, const char* kind)
{
    QSet<Id> seen;
    for (const T& item : items) {
        if (Error err = newId(seen, item.id, kind))
            return err;
        const bool known = item.journeyId < 0 ? m_journeys.contains(item.journeyId)
                                              : m_doc.journey(item.journeyId) != nullptr;
        if (!known)
            return invalid(CommandsTr::tr("No journey %1").arg(item.journeyId));
        if (item.name.trimmed().isEmpty())
            return invalid(CommandsTr::tr("A %1 needs a name").arg(QLatin1String(kind)));
        journeyOf.insert(item.id, item.journeyId);
    }
    return {};
}

Id ContentCheck::journeyOfStage(Id stageId) const
{
    if (stageId < 0)
        return m_stageJourney.value(stageId);
    const Stage* s = m_doc.stage(stageId);
    return s ? s->journeyId : 0;
}

Id ContentCheck::journeyOfLane(Id laneId) const
{
    if (laneId < 0)
        return m_laneJourney.value(laneId);
    const Lane* l = m_doc.lane(laneId);
    return l ? l->journeyId : 0;
}

Error ContentCheck::check(const NewContent& content, QList<Card>& cards)
{
    if (Error err = departments(content.departments))
        return err;
    if (Error err = journeys(content.journeys))
        return err;
    if (Error err = parts(content.stages, m_stageJourney, "stage"))
        return err;
    if (Error err = parts(content.lanes, m_laneJourney, "lane"))
        return err;
    cards = content.cards;
    for (Card& c : cards) {
        const Id journey = journeyOfStage(c.stageId);
        if (journey == 0 || journey != journeyOfLane(c.laneId))
            return invalid(
                CommandsTr::tr("No such cell (stage %1, lane %2)").arg(c.stageId).arg(c.laneId));
        c.votes -= c.dotCount(); // imported dots belong to no participant here
        c.dots.clear();
        if (Error err = normalizeCard(m_doc, c, m_departments))
            return err;
    }
    return {};
}

// 'shortName', or when another department has it (whatever the capitals), the
// first free one made of its start and a number ("BF" -> "BF2", "BIL" -> "BI10").
QString freeShortName(const Document& doc, const QString& shortName, QSet<QString>& taken)
{
    const QString base = shortName.trimmed();
    QString name = base;
    for (int n = 2;
         !name.isEmpty() && (taken.contains(folded(name)) || departmentWithShortName(doc, name));
         ++n) {
        const QString number = QString::number(n);
        name = base.left(std::max<qsizetype>(1, 4 - number.size())) + number;
    }
    taken.insert(folded(name));
    return name;
}

// Gives the checked content real ids and places, as one AddObjectsCommand adds it.
NewObjects placed(Document& doc, const NewContent& content, QList<Card> cards)
{
    NewObjects added;
    QHash<Id, Id> departments, journeys, stages, lanes; // provisional -> real
    QSet<QString> shortNames;                           // of the new departments, folded
    for (Department d : content.departments) {
        departments.insert(d.id, doc.allocateId(Document::Kind::Department));
        d.id = departments.value(d.id);
        d.shortName = freeShortName(doc, d.shortName, shortNames);
        d.color = QColor(d.color.name()); // as the file stores it
        d.position = int(doc.departmentIds().size() + added.departments.size());
        added.departments.append(d);
    }
    for (Journey j : content.journeys) {
        journeys.insert(j.id, doc.allocateId(Document::Kind::Journey));
        j.id = journeys.value(j.id);
        j.position = int(doc.journeyIds().size() + added.journeys.size());
        added.journeys.append(j);
    }
    QHash<Id, int> stageCount, laneCount; // per (real) journey
    for (Stage s : content.stages) {
        stages.insert(s.id, doc.allocateId(Document::Kind::Stage));
        s.id = stages.value(s.id);
        s.journeyId = realId(journeys, s.journeyId);
        auto n = stageCount.find(s.journeyId);
        if (n == stageCount.end()) {
            const int end = int(doc.stageIds(s.journeyId).size());
            const bool within = content.stagePosition >= 0 && content.stagePosition < end;
            n = stageCount.insert(s.journeyId, within ? content.stagePosition : end);
        }
        s.position = (*n)++;
        added.stages.append(s);
    }
    for (Lane l : content.lanes) {
        lanes.insert(l.id, doc.allocateId(Document::Kind::Lane));
        l.id = lanes.value(l.id);
        l.journeyId = realId(journeys, l.journeyId);
        auto n = laneCount.find(l.journeyId);
        if (n == laneCount.end())
            n = laneCount.insert(l.journeyId, int(doc.laneIds(l.journeyId).size()));
        l.position = (*n)++;
        added.lanes.append(l);
    }
    QHash<Cell, int> cellSize;
    for (Card& c : cards) {
        c.id = doc.allocateId(Document::Kind::Card);
        c.stageId = realId(stages, c.stageId);
        c.laneId = realId(lanes, c.laneId);
        c.accountableId = realId(departments, c.accountableId);
        for (Id& d : c.contributingIds)
            d = realId(departments, d);
        auto n = cellSize.find({c.stageId, c.laneId});
        if (n == cellSize.end())
            n = cellSize.insert({c.stageId, c.laneId},
                                int(doc.cardIds(c.stageId, c.laneId).size()));
        c.position = (*n)++;
    }
    added.cards = std::move(cards);
    return added;
}

} // namespace

Result<QList<Id>> addContent(Document& doc, const NewContent& content, const QString& undoText)
{
    QList<Card> cards;
    if (Error err = ContentCheck(doc).check(content, cards))
        return err;
    if (content.departments.isEmpty() && content.journeys.isEmpty() && content.stages.isEmpty() &&
        content.lanes.isEmpty() && cards.isEmpty())
        return QList<Id>{};
    NewObjects added = placed(doc, content, std::move(cards));
    QList<Id> newIds;
    newIds.reserve(added.cards.size());
    for (const Card& c : added.cards)
        newIds.append(c.id);
    return pushAdding(doc, new AddObjectsCommand(doc, std::move(added), undoText), newIds);
}

} // namespace cx::edit
