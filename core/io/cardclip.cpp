#include "cardclip.h"

#include "commands/edit.h"
#include "jsoncard.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace cx {

namespace {

using namespace json;

// The context of this file's messages for the translators (lupdate reads it).
struct CardClipTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::CardClip)
};

bool sameName(const QString& a, const QString& b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// --- Writing ---------------------------------------------------------------------

QJsonObject nameJson(Id id, const QString& name) { return {{"id", qint64(id)}, {"name", name}}; }

// What the chosen cards refer to, in the order of the document.
QJsonObject clipJson(const Document& doc, const QList<Card>& cards)
{
    QSet<Id> departments, stages, lanes;
    QList<Id> cardIds;
    for (const Card& c : cards) {
        cardIds.append(c.id);
        stages.insert(c.stageId);
        lanes.insert(c.laneId);
        if (c.accountableId != 0)
            departments.insert(c.accountableId);
        for (Id d : c.contributingIds)
            departments.insert(d);
    }
    QJsonArray departmentsJson, stagesJson, lanesJson, linksJson;
    for (Id id : doc.departmentIds()) {
        if (departments.contains(id))
            departmentsJson.append(nameJson(id, doc.department(id)->name));
    }
    for (Id journeyId : doc.journeyIds()) {
        for (Id id : doc.stageIds(journeyId)) {
            if (stages.contains(id))
                stagesJson.append(nameJson(id, doc.stage(id)->name));
        }
        for (Id id : doc.laneIds(journeyId)) {
            if (lanes.contains(id))
                lanesJson.append(nameJson(id, doc.lane(id)->name));
        }
    }
    // A file from before duplicates were refused may hold a link twice: the
    // clipboard holds it once, as a paste would refuse it twice.
    QList<Link> links;
    for (Id id : doc.linkIdsAmong(cardIds))
        links.append(*doc.link(id));
    for (const Link& l : withoutRepeats(links))
        linksJson.append(linkToJson(l));
    return {{"format", "cxmap-cards"},
            {"version", cardClipVersion},
            {"departments", departmentsJson},
            {"stages", stagesJson},
            {"lanes", lanesJson},
            {"cards", arrayOf(cards,
                              [](Card c) {
                                  // The dots, its review and its actions stay
                                  // with the original (see placeCards).
                                  c.votes -= c.dotCount();
                                  c.dots.clear();
                                  c.reviewedAt = {};
                                  c.reviewedBy.clear();
                                  c.actions.clear();
                                  return cardToJson(c);
                              })},
            {"links", linksJson}};
}

// --- Reading ---------------------------------------------------------------------

bool readName(Checks& checks, const QJsonValue& v, const QString& path, const char* kind,
              QSet<Id>& seen, QList<ClipName>& out)
{
    Fields f(checks, path);
    ClipName n;
    if (!f.load(v, {"id", "name"}) || !f.newId(seen, kind, n.id) ||
        !f.text("name", n.name, Need::Required))
        return false;
    out.append(n);
    return true;
}

class ClipReader
{
public:
    Result<ClipCards> read(const QByteArray& json);

private:
    // Reads an array of ClipName: a lambda for Fields::forEach.
    auto names(const char* kind, QSet<Id>& seen, QList<ClipName>& out)
    {
        return [this, kind, &seen, &out](const QJsonValue& v, const QString& path, int) {
            return readName(m_checks, v, path, kind, seen, out);
        };
    }
    bool readCard(const QJsonValue& v, const QString& path);
    bool readLink(const QJsonValue& v, const QString& path);

    Checks m_checks;
    ClipCards m_clip;
    QSet<Id> m_departments, m_stages, m_lanes, m_cards, m_links;
    QHash<LinkKey, QString> m_linkPaths; // no link twice
    const QSet<Id> m_participants;       // none: copies carry no dots
    const CardRefs m_refs{m_stages,      m_lanes,
                          m_departments, m_participants,
                          m_cards,       QT_TRANSLATE_NOOP("cx::Json", "in the clipboard data")};
};

Result<ClipCards> ClipReader::read(const QByteArray& json)
{
    const Result<QJsonObject> root = parseObject(json);
    if (!root)
        return root.error();
    Fields f(m_checks, {}, *root);
    const auto card = [this](const QJsonValue& v, const QString& p, int) { return readCard(v, p); };
    const auto link = [this](const QJsonValue& v, const QString& p, int) { return readLink(v, p); };
    if (!f.header("cxmap-cards", cardClipVersion, "clipboard data") ||
        !f.onlyKnown({"format", "version", "departments", "stages", "lanes", "cards", "links"}) ||
        !f.forEach("departments", names("department", m_departments, m_clip.departments)) ||
        !f.forEach("stages", names("stage", m_stages, m_clip.stages)) ||
        !f.forEach("lanes", names("lane", m_lanes, m_clip.lanes)) || !f.forEach("cards", card) ||
        !f.forEach("links", link))
        return m_checks.error;
    return std::move(m_clip);
}

bool ClipReader::readCard(const QJsonValue& v, const QString& path)
{
    Card c;
    if (!json::readCard(m_checks, v, path, m_refs, m_cards, c))
        return false;
    m_clip.cards.append(c);
    return true;
}

bool ClipReader::readLink(const QJsonValue& v, const QString& path)
{
    Link l;
    if (!json::readLink(m_checks, v, path, m_refs, m_links, l) ||
        !json::linkOnce(m_checks, l, path, m_linkPaths))
        return false;
    m_clip.links.append(l);
    return true;
}

// --- Pasting ---------------------------------------------------------------------

// Clip id -> id in doc of the same name among 'candidates' (in order: the first wins).
template <typename Lookup>
QHash<Id, Id> matchByName(const QList<ClipName>& names, const QList<Id>& candidates, Lookup nameOf)
{
    QHash<Id, Id> match;
    for (const ClipName& n : names) {
        for (Id id : candidates) {
            if (sameName(n.name, nameOf(id))) {
                match.insert(n.id, id);
                break;
            }
        }
    }
    return match;
}

} // namespace

QByteArray cardsToClip(const Document& doc, const QList<Id>& cardIds)
{
    const QSet<Id> chosen(cardIds.cbegin(), cardIds.cend());
    QList<Card> cards;
    for (Id journeyId : doc.journeyIds()) {
        for (Id id : doc.cardIdsOfJourney(journeyId)) {
            if (chosen.contains(id))
                cards.append(*doc.card(id));
        }
    }
    return QJsonDocument(clipJson(doc, cards)).toJson(QJsonDocument::Compact);
}

Result<ClipCards> cardsFromClip(const QByteArray& json) { return ClipReader().read(json); }

Result<QList<Id>> pasteCards(Document& doc, const ClipCards& clip, Id journeyId, Id fallbackStageId,
                             Id fallbackLaneId)
{
    const Stage* stage = doc.stage(fallbackStageId);
    const Lane* lane = doc.lane(fallbackLaneId);
    if (!doc.journey(journeyId) || !stage || !lane || stage->journeyId != journeyId ||
        lane->journeyId != journeyId) {
        return Error{ErrorCode::InvalidArgument,
                     CardClipTr::tr("No cell (stage %1, lane %2) in journey %3 to paste into")
                         .arg(fallbackStageId)
                         .arg(fallbackLaneId)
                         .arg(journeyId)};
    }
    const QHash<Id, Id> departments = matchByName(clip.departments, doc.departmentIds(),
                                                  [&](Id id) { return doc.department(id)->name; });
    const QHash<Id, Id> stages = matchByName(clip.stages, doc.stageIds(journeyId),
                                             [&](Id id) { return doc.stage(id)->name; });
    const QHash<Id, Id> lanes =
        matchByName(clip.lanes, doc.laneIds(journeyId), [&](Id id) { return doc.lane(id)->name; });
    QList<Card> cards;
    for (Card c : clip.cards) {
        const bool matched = stages.contains(c.stageId) && lanes.contains(c.laneId);
        c.stageId = matched ? stages.value(c.stageId) : fallbackStageId;
        c.laneId = matched ? lanes.value(c.laneId) : fallbackLaneId;
        c.position = -1;
        c.accountableId = departments.value(c.accountableId); // 0 = unowned
        QList<Id> contributing;
        for (Id d : c.contributingIds) {
            if (departments.contains(d))
                contributing.append(departments.value(d));
        }
        c.contributingIds = contributing;
        cards.append(c);
    }
    return edit::addCards(doc, cards, clip.links,
                          CardClipTr::tr("Paste %n card(s)", nullptr, int(cards.size())));
}

} // namespace cx
