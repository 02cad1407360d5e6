#pragma once

// What the report of a big journey prints (report.h, "any size"): a journey
// whose map would need more than mapPageLimit pages gets an overview and
// detail pages of the parts that matter; one of more than appendixCardLimit
// cards gets an appendix (and department tables) of the cards that matter.
// ReportOptions::fullMap and ::fullAppendix print everything instead.
//
// The cards that matter: pain points, opportunities (an opportunity lane or
// an impact) and the cards on the top impact chains; a department report's
// map detail pages favour its cards (below) too.
//
// A department report is about its departments' part of the journey: their
// cards (the ones they are accountable for and the ones they contribute to:
// a contributor shapes the card too) and the cards their chains reach (the
// links followed forward from their cards, DESIGN.md "Impact", within the
// journey): one breadth-first search from all their cards at once. Its
// appendix lists those (unless fullAppendix), whatever the journey's size,
// and its map fades the rest (ReportOptions::departmentLens).
//
// The top impact chains: the journey's root causes that reach the most
// unhappy moments (analysis::rootCausesByReach), at most topChainCount; a
// chain's cards are the root cause and every card on its paths to the
// unhappy moments it reaches (analysis::chainsOfCard).

#include "model/types.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace cx::report {

struct JourneyFacts;
struct ReportOptions;

inline constexpr int mapPageLimit = 12;       // map pages before a journey gets an overview
inline constexpr int mapDetailPages = 12;     // detail pages after the overview, at most
inline constexpr int appendixCardLimit = 500; // cards before the appendix lists those that matter
inline constexpr int topChainCount = 3;       // the top impact chains
inline constexpr int departmentCardRows = 10; // a big journey's department table: its top-ranked

struct TopChain
{
    Id rootCauseId = 0;
    int moments = 0;  // customer moments reached
    int unhappy = 0;  // of them unhappy
    QSet<Id> cardIds; // the root cause and the cards on its paths to unhappy moments
};

class JourneyFocus
{
public:
    // departments: the chosen ones in a department report, else empty.
    JourneyFocus(const JourneyFacts& facts, const ReportOptions& options,
                 const QList<Id>& departments);

    const JourneyFacts& facts() const { return m_facts; }
    const QList<TopChain>& chains() const { return m_chains; }
    bool onTopChain(Id cardId) const { return m_chainCards.contains(cardId); }
    const QList<Id>& departments() const { return m_departments; }
    bool departmentReport() const { return !m_departments.isEmpty(); }
    // A department report: its departments' cards (accountable or
    // contributing) and the cards their chains reach; empty otherwise.
    const QSet<Id>& departmentScope() const { return m_scope; }
    int ownCardCount() const { return m_ownCards; } // of the scope, their own
    // Whether the appendix lists the department report's scope only.
    bool scopesAppendix() const { return departmentReport() && !m_fullAppendix; }

    // Whether the appendix and the department tables list only what matters.
    bool limitsCards() const { return m_limitCards; }
    bool matters(const Card& card, LaneKind laneKind) const;
    bool isOpportunity(const Card& card, LaneKind laneKind) const;
    // The cards of the journey the appendix lists, in reading order.
    QList<Id> appendixCards() const;
    // The cards a department's table lists: its pain points and opportunities
    // ranked highest (priority score), and its cards on the top chains;
    // nullopt = all of its cards.
    std::optional<QSet<Id>> departmentCards(Id departmentId) const;
    // How much a card weighs in choosing the map's detail pages (0: nothing).
    int mapWeight(const Card& card, LaneKind laneKind) const;

private:
    void scopeDepartments();

    const JourneyFacts& m_facts;
    QList<TopChain> m_chains;
    QSet<Id> m_chainCards;         // the cards of the top chains
    QList<Id> m_departments;       // chosen (department report)
    QHash<Id, int> m_score;        // priority score of each pain point and opportunity
    QHash<Id, QList<Id>> m_ranked; // department -> its pain points and opportunities, ranked
    QSet<Id> m_scope;              // department report: their cards and their chains' reach
    int m_ownCards = 0;
    bool m_limitCards = false;
    bool m_fullAppendix = false;
};

} // namespace cx::report
