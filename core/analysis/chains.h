#pragma once

// The domino effect of one card, both ways (DESIGN.md, Definitions):
// FORWARD, the cards its impact reaches, among them its reach (the customer
// moments, and how many of them are unhappy); BACKWARD, the cards whose
// impact reaches it, among them its root causes (back-stage and
// support-process cards) with their departments.
//
// Impact flows along links: feeds, triggers and wait from -> to; depends_on
// from "depends on" to, so it flows to -> from. Each chain is a breadth-first
// search: every card once, by a shortest path (ties go to the link first in
// data.links), so cycles end. The card itself is never on its own chains,
// even when a cycle leads back to it. Links are followed across journeys; a
// card whose stage or lane does not exist is not on any chain.

#include "model/types.h"

#include <QList>

namespace cx::analysis {

// A card in a customer_action or touchpoint lane.
bool isCustomerMoment(LaneKind laneKind);
// A customer moment whose emotion is -1 or -2, or that is itself a pain
// point of severity medium or high.
bool isUnhappyMoment(const Card& card, LaneKind laneKind);
// A card in a backstage or support_process lane: a root cause of every card
// its impact reaches.
bool isProcess(LaneKind laneKind);

// One card on a chain. Both path and links run the way impact flows: on the
// forward chain from the card asked about to cardId, on the backward chain
// from cardId to the card asked about.
struct ChainCard
{
    Id cardId = 0;
    int distance = 0;            // links between the two cards (>= 1)
    QList<Id> path;              // card ids, distance + 1 of them
    QList<Id> links;             // link ids, distance of them: links[i] joins path[i], path[i+1]
    bool customerMoment = false; // see isCustomerMoment
    bool unhappy = false;        // see isUnhappyMoment (implies customerMoment)
    bool process = false;        // see isProcess; on the backward chain: a root cause
    bool operator==(const ChainCard&) const = default;
};

struct Chain
{
    // By distance, then reading order (journey, stage, lane, card position; id last).
    QList<ChainCard> cards;
    // Every link on the paths above, each once, ascending: what a view
    // highlights to trace the chain.
    QList<Id> links;
    bool operator==(const Chain&) const = default;
};

// The root causes one department is accountable for.
struct DepartmentRootCauses
{
    Id departmentId = 0; // 0: unowned (or an unknown department)
    QList<Id> cardIds;   // in the order of the backward chain
    bool operator==(const DepartmentRootCauses&) const = default;
};

struct ChainSummary
{
    int customerMoments = 0; // the reach: customer moments on the forward chain
    int unhappy = 0;         // of those, unhappy moments
    int rootCauses = 0;      // processes on the backward chain
    // Departments by position, the unowned last; only those with root causes.
    QList<DepartmentRootCauses> rootCausesByDepartment;
    bool operator==(const ChainSummary&) const = default;
};

struct CardChains
{
    Id cardId = 0;  // the card asked about; 0 when it is not in the document
    Chain forward;  // the cards its impact reaches
    Chain backward; // the cards whose impact reaches it
    ChainSummary summary;
    bool operator==(const CardChains&) const = default;
};

// Both chains of a card; an unknown card has none (CardChains{}).
CardChains chainsOfCard(const DocumentData& data, Id cardId);

} // namespace cx::analysis
