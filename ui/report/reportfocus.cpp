#include "reportfocus.h"

#include "analysis/analysis.h"
#include "analysis/cardindex.h"
#include "analysis/chains.h"
#include "analysis/priority.h"
#include "analysis/rootcauses.h"
#include "model/document.h"
#include "report.h"
#include "reportcontent.h"

#include <algorithm>

namespace cx::report {

JourneyFocus::JourneyFocus(const JourneyFacts& facts, const ReportOptions& options,
                           const QList<Id>& departments)
    : m_facts(facts), m_departments(departments)
{
    m_limitCards = !options.fullAppendix && facts.cardIds.size() > appendixCardLimit;
    m_fullAppendix = options.fullAppendix;
    if (departmentReport())
        scopeDepartments();
    if (options.fullMap && !m_limitCards)
        return; // nothing is left out: nothing to choose
    const QSet<Id> journey(facts.cardIds.begin(), facts.cardIds.end());
    for (const analysis::RootCauseReach& cause :
         analysis::rootCausesByReach(facts.data, facts.journeyId)) {
        if (cause.unhappy.isEmpty() || m_chains.size() == topChainCount)
            break; // ranked by unhappy moments reached: the rest reach none
        TopChain chain{cause.cardId, cause.moments, int(cause.unhappy.size()), {cause.cardId}};
        const QSet<Id> unhappy(cause.unhappy.begin(), cause.unhappy.end());
        for (const analysis::ChainCard& c :
             analysis::chainsOfCard(facts.data, cause.cardId).forward.cards) {
            if (!unhappy.contains(c.cardId))
                continue;
            for (Id id : c.path) {
                if (journey.contains(id)) // links cross journeys; the map shows this one
                    chain.cardIds.insert(id);
            }
        }
        m_chainCards.unite(chain.cardIds);
        m_chains.append(chain);
    }
    for (const analysis::PriorityItem& item : facts.priorities) {
        m_score.insert(item.cardId, item.score);
        m_ranked[item.departmentId].append(item.cardId);
    }
}

// One breadth-first search from all of the departments' cards at once: every
// card of the journey their impact reaches, each once.
void JourneyFocus::scopeDepartments()
{
    namespace d = analysis::detail;
    const d::Index index = d::makeIndex(m_facts.data, m_facts.journeyId);
    std::vector<int> sources;
    for (int row = 0; row < int(index.cards.size()); ++row) {
        const Card& c = *index.cards[size_t(row)].card;
        const bool own = m_departments.contains(c.accountableId) ||
                         std::any_of(c.contributingIds.begin(), c.contributingIds.end(),
                                     [&](Id id) { return m_departments.contains(id); });
        if (own)
            sources.push_back(row);
    }
    m_ownCards = int(sources.size());
    if (sources.empty())
        return;
    const d::Search search = d::breadthFirst(d::buildFlow(m_facts.data, index), sources);
    for (int row : search.order)
        m_scope.insert(index.cards[size_t(row)].card->id);
}

bool JourneyFocus::isOpportunity(const Card& card, LaneKind laneKind) const
{
    return laneKind == LaneKind::Opportunity || card.impact != Level::None;
}

bool JourneyFocus::matters(const Card& card, LaneKind laneKind) const
{
    return analysis::isPainPoint(card, laneKind) || isOpportunity(card, laneKind) ||
           m_chainCards.contains(card.id) || m_departments.contains(card.accountableId);
}

QList<Id> JourneyFocus::appendixCards() const
{
    if (scopesAppendix()) {
        QList<Id> cards;
        for (Id id : m_facts.cardIds) {
            if (m_scope.contains(id))
                cards.append(id);
        }
        return cards;
    }
    if (!m_limitCards)
        return m_facts.cardIds;
    QList<Id> cards;
    for (Id id : m_facts.cardIds) {
        const Card* c = m_facts.doc.card(id);
        if (c && matters(*c, m_facts.laneKind(c->laneId)))
            cards.append(id);
    }
    return cards;
}

std::optional<QSet<Id>> JourneyFocus::departmentCards(Id departmentId) const
{
    if (!m_limitCards)
        return std::nullopt;
    const QList<Id> ranked = m_ranked.value(departmentId);
    QSet<Id> cards(ranked.begin(),
                   ranked.begin() + std::min<qsizetype>(departmentCardRows, ranked.size()));
    for (Id id : m_chainCards) {
        const Card* c = m_facts.doc.card(id);
        if (c && c->accountableId == departmentId)
            cards.insert(id);
    }
    return cards;
}

int JourneyFocus::mapWeight(const Card& card, LaneKind laneKind) const
{
    int weight = 0;
    if (m_chainCards.contains(card.id))
        weight += 1000;
    if (analysis::isPainPoint(card, laneKind))
        weight += 1 + m_score.value(card.id);
    if (m_scope.contains(card.id))
        weight += 10;
    return weight;
}

} // namespace cx::report
