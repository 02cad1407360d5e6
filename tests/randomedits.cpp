#include "randomedits.h"

#include "commands/edit.h"

namespace cx::test {

QString RandomEditor::word()
{
    static const char* words[] = {"Order",  "Invoice", "Ticket", "Call",  "Parcel",
                                  "Review", "Chat",    "Portal", "Email", "Visit"};
    return QString::fromLatin1(words[pick(10)]) + QString::number(++m_counter);
}

QString RandomEditor::step()
{
    switch (pick(11)) {
    case 0:
    case 1:
        return addCard();
    case 2:
    case 3:
        return editCard();
    case 4:
        return moveCard();
    case 5:
        return removeCard();
    case 6:
    case 7:
        return link();
    case 8:
        return structure();
    case 9:
        return pick(3) == 0 ? import() : pick(3) == 0 ? other() : voting();
    default:
        return department();
    }
}

// The rarer kinds: the title, personas, journeys (a future-state clone
// included, at most a few), duplicates and link edits.
QString RandomEditor::other()
{
    switch (pick(6)) {
    case 0:
        return edit::setTitle(m_doc, word(), pick(2) ? edit::Merge::Typing : edit::Merge::No)
                   ? QString()
                   : QStringLiteral("title");
    case 1: {
        if (!m_doc.personaIds().isEmpty() && pick(2)) {
            Persona p = *m_doc.persona(pickFrom(m_doc.personaIds()));
            p.goals = word();
            return edit::editPersona(m_doc, p) ? QString() : QStringLiteral("edit persona");
        }
        Persona p;
        p.name = word();
        return edit::addPersona(m_doc, p) ? QStringLiteral("add persona") : QString();
    }
    case 2: {
        if (m_doc.journeyIds().size() >= 3)
            return QString();
        const auto id = edit::cloneJourney(m_doc, journey(), word(), JourneyState(pick(2)));
        return id ? QStringLiteral("clone journey") : QString();
    }
    case 3: {
        Journey j = *m_doc.journey(journey());
        j.description = word();
        j.personaId = m_doc.personaIds().isEmpty() || pick(2) ? 0 : pickFrom(m_doc.personaIds());
        return edit::editJourney(m_doc, j) ? QString() : QStringLiteral("edit journey");
    }
    case 4: {
        const QList<Id> cards = cardsOf(journey());
        if (cards.isEmpty())
            return addCard();
        return edit::duplicateCards(m_doc, {pickFrom(cards)}) ? QStringLiteral("duplicate")
                                                              : QString();
    }
    default: {
        if (m_doc.linkCount() == 0)
            return link();
        Link l = *m_doc.link(pickFrom(m_doc.allLinkIds()));
        if (pick(3) == 0)
            return edit::reverseLink(m_doc, l.id) ? QString() : QStringLiteral("reverse link");
        l.type = LinkType(pick(4));
        l.label = word();
        return edit::editLink(m_doc, l) ? QString() : QStringLiteral("edit link");
    }
    }
}

// What a CSV or Mermaid import does: a new department and stage, cards in
// them and in an existing lane, all in one step.
QString RandomEditor::import()
{
    const Id j = journey();
    const QList<Id> lanes = m_doc.laneIds(j);
    if (lanes.isEmpty())
        return structure();
    edit::NewContent content;
    Department d;
    d.id = -1;
    d.name = word();
    d.shortName = d.name.left(3).toUpper();
    d.color = QColor::fromHsv(pick(360), 150, 210);
    content.departments.append(d);
    Stage s;
    s.id = -1;
    s.journeyId = j;
    s.name = word();
    content.stages.append(s);
    for (int i = 0; i < 1 + pick(3); ++i) {
        Card c;
        c.stageId = pick(2) || m_doc.stageIds(j).isEmpty() ? -1 : pickFrom(m_doc.stageIds(j));
        c.laneId = pickFrom(lanes);
        c.position = -1;
        c.title = word();
        c.accountableId = pick(2) ? -1 : 0;
        c.votes = pick(3);
        content.cards.append(c);
    }
    return edit::addContent(m_doc, content, QStringLiteral("Import")) ? QStringLiteral("import")
                                                                      : QString();
}

QString RandomEditor::addCard()
{
    const Id j = journey();
    if (m_doc.stageIds(j).isEmpty() || m_doc.laneIds(j).isEmpty())
        return structure();
    Card c;
    c.stageId = pickFrom(m_doc.stageIds(j));
    c.laneId = pickFrom(m_doc.laneIds(j));
    c.position = pick(3) - 1;
    c.title = word();
    c.accountableId = pick(3) ? pickFrom(m_doc.departmentIds()) : 0;
    if (pick(2))
        c.contributingIds = {pickFrom(m_doc.departmentIds())};
    if (pick(2))
        c.emotion = pick(5) - 2;
    c.tags = {word()};
    auto id = edit::addCard(m_doc, c);
    return id ? QStringLiteral("add card %1").arg(id.value()) : QString();
}

QString RandomEditor::editCard()
{
    const QList<Id> cards = cardsOf(journey());
    if (cards.isEmpty())
        return addCard();
    Card c = *m_doc.card(pickFrom(cards));
    switch (pick(6)) {
    case 0:
        c.title = word();
        break;
    case 1:
        c.emotion = pick(2) ? std::optional<int>(pick(5) - 2) : std::nullopt;
        break;
    case 2:
        c.kpis = {{QStringLiteral("CSAT"), KpiKind::Csat, double(pick(101)), 80.0, {}}};
        break;
    case 3:
        c.accountableId = pickFrom(m_doc.departmentIds());
        break;
    case 4:
        c.votes = c.dotCount() + pick(9);
        c.status = CardStatus(pick(4));
        break;
    default:
        c.description = word();
        break;
    }
    const auto merge = pick(3) == 0 ? edit::Merge::Typing : edit::Merge::No;
    return edit::editCard(m_doc, c, merge) ? QString() : QStringLiteral("edit card %1").arg(c.id);
}

QString RandomEditor::moveCard()
{
    const Id j = journey();
    const QList<Id> cards = cardsOf(j);
    if (cards.isEmpty())
        return addCard();
    QList<Id> moving{pickFrom(cards)};
    const Id second = pickFrom(cards);
    if (pick(2) && second != moving.first())
        moving.append(second);
    const Id stage = pickFrom(m_doc.stageIds(j));
    const Id lane = pickFrom(m_doc.laneIds(j));
    return edit::moveCards(m_doc, moving, stage, lane, pick(4) - 1) ? QString()
                                                                    : QStringLiteral("move");
}

QString RandomEditor::removeCard()
{
    const QList<Id> cards = cardsOf(journey());
    if (cards.isEmpty())
        return addCard();
    const Id id = pickFrom(cards);
    return edit::removeCards(m_doc, {id}) ? QString() : QStringLiteral("remove card %1").arg(id);
}

QString RandomEditor::link()
{
    const QList<Id> cards = cardsOf(journey());
    if (cards.size() < 2)
        return addCard();
    if (pick(4) == 0 && m_doc.linkCount() > 0) {
        const Id l = pickFrom(m_doc.allLinkIds());
        return edit::removeLink(m_doc, l) ? QString() : QStringLiteral("remove link %1").arg(l);
    }
    const Id from = pickFrom(cards);
    Id to = pickFrom(cards);
    if (to == from)
        to = cards.first() == from ? cards.last() : cards.first();
    auto id = edit::addLink(m_doc, from, to, LinkType(pick(4)), word());
    return id ? QStringLiteral("add link %1").arg(id.value()) : QString();
}

QString RandomEditor::structure()
{
    const Id j = journey();
    const QList<Id> stages = m_doc.stageIds(j);
    const QList<Id> lanes = m_doc.laneIds(j);
    switch (pick(7)) {
    case 0:
        return edit::addStage(m_doc, j, word(), pick(5) - 1) ? QStringLiteral("add stage")
                                                             : QString();
    case 1:
        return edit::addLane(m_doc, j, word(), LaneKind(pick(laneKindCount)), pick(5) - 1)
                   ? QStringLiteral("add lane")
                   : QString();
    case 2:
        if (stages.size() < 3)
            return QString();
        return edit::removeStage(m_doc, pickFrom(stages)) ? QString()
                                                          : QStringLiteral("remove stage");
    case 3:
        if (lanes.size() < 3)
            return QString();
        return edit::removeLane(m_doc, pickFrom(lanes)) ? QString() : QStringLiteral("remove lane");
    case 4:
        return edit::moveStage(m_doc, pickFrom(stages), pick(int(stages.size())))
                   ? QString()
                   : QStringLiteral("move stage");
    case 5:
        return edit::moveLane(m_doc, pickFrom(lanes), pick(int(lanes.size())))
                   ? QString()
                   : QStringLiteral("move lane");
    default:
        return edit::renameStage(m_doc, pickFrom(stages), word()) ? QString()
                                                                  : QStringLiteral("rename");
    }
}

QString RandomEditor::department()
{
    const QList<Id> departments = m_doc.departmentIds();
    if (departments.size() > 3 && pick(3) == 0) {
        const Id gone = pickFrom(departments);
        const Id heir = pick(2) ? pickFrom(departments) : 0;
        return edit::removeDepartment(m_doc, gone, heir == gone ? 0 : heir)
                   ? QString()
                   : QStringLiteral("remove department");
    }
    if (pick(2)) {
        Department d;
        d.name = word();
        d.shortName = d.name.left(3).toUpper();
        d.color = QColor::fromHsv(pick(360), 160, 200);
        d.position = pick(int(departments.size()) + 1);
        return edit::addDepartment(m_doc, d) ? QStringLiteral("add department") : QString();
    }
    Department d = *m_doc.department(pickFrom(departments));
    d.head = word();
    return edit::editDepartment(m_doc, d) ? QString() : QStringLiteral("edit department");
}

QString RandomEditor::voting()
{
    const QList<Id> people = m_doc.participantIds();
    if (people.size() < 3 && (people.isEmpty() || pick(4) == 0)) {
        Participant p;
        p.name = word();
        p.budget = 1 + pick(5);
        return edit::addParticipant(m_doc, p) ? QStringLiteral("add participant") : QString();
    }
    const Id j = journey();
    const QList<Id> cards = cardsOf(j);
    if (cards.isEmpty())
        return addCard();
    const Id card = pickFrom(cards);
    const Id who = pickFrom(people);
    switch (pick(8)) {
    case 0:
    case 1:
    case 2:
        return edit::vote(m_doc, card, who) ? QString() : QStringLiteral("vote");
    case 3:
        return edit::unvote(m_doc, card, who) ? QString() : QStringLiteral("unvote");
    case 4:
        return edit::addComment(m_doc, card, m_doc.participant(who)->name, word())
                   ? QString()
                   : QStringLiteral("comment");
    case 5:
        return edit::resetVotes(m_doc, j) ? QString() : QStringLiteral("reset votes");
    case 6: {
        Participant p = *m_doc.participant(who);
        p.budget = pick(6);
        return edit::editParticipant(m_doc, p) ? QString() : QStringLiteral("edit participant");
    }
    default:
        return edit::removeParticipant(m_doc, who) ? QString()
                                                   : QStringLiteral("remove participant");
    }
}

} // namespace cx::test
