#pragma once

// Analysis of a document: department roll-ups, the emotion curve, impact (the
// domino effect along links) and handoffs between departments.
//
// Pure functions over plain values. Each call indexes the DocumentData once
// (hash maps id -> card, stage, lane; links per card) and then runs in
// O(cards + links) plus sorting, so it is cheap enough to recompute on every
// change signal.
//
// Scope: a journeyId of 0 means the whole document; otherwise only the cards
// whose stage belongs to that journey count. A card whose stage or lane does
// not exist is ignored. Stages are read in "reading order": by journey position,
// then stage position (ids break ties); cards within a cell by card position.

#include "model/types.h"

#include <QList>

#include <optional>

namespace cx::analysis {

// A pain point is a card in a lane of kind PainPoint or a card with a severity.
bool isPainPoint(const Card& card, LaneKind laneKind);

// How much a pain point or an opportunity weighs, and the one ranking of
// them: the priority score (priority.h).

// ---- Roll-ups -------------------------------------------------------------

// The counts of one department (or the unowned bucket) over a set of cards.
struct Rollup
{
    int owned = 0;                     // cards it is accountable for
    int contributed = 0;               // cards it contributes to (never the owned ones)
    int painPoints = 0;                // owned pain points
    int votes = 0;                     // votes on owned cards
    int emotionCards = 0;              // owned + contributed cards that have an emotion
    std::optional<double> meanEmotion; // their mean; unset when emotionCards == 0
    bool operator==(const Rollup&) const = default;
};

struct DepartmentRollup
{
    Id departmentId = 0; // 0 = the unowned bucket (cards with accountableId == 0)
    Rollup total;
    QList<Rollup> perStage; // one cell per stage, aligned with Rollups::stages
    bool operator==(const DepartmentRollup&) const = default;
};

struct StageRollup
{
    Id stageId = 0;
    int cards = 0;
    int painPoints = 0;
    int votes = 0;
    int emotionCards = 0;              // cards in the stage with an emotion
    std::optional<double> meanEmotion; // mean over those cards
    // The point of the emotion curve: the mean emotion of the cards in lanes of
    // kind Emotion when any of them has one, else meanEmotion; unset = a gap.
    std::optional<double> curve;
    bool curveFromEmotionLane = false;
    bool operator==(const StageRollup&) const = default;
};

struct Rollups
{
    QList<StageRollup> stages;           // in reading order
    QList<DepartmentRollup> departments; // every department, by position
    DepartmentRollup unowned;            // accountableId == 0 (or an unknown department)
    bool operator==(const Rollups&) const = default;
};

Rollups rollups(const DocumentData& data, Id journeyId = 0);

// The emotion curve alone: StageRollup::curve for each stage in reading order.
struct CurvePoint
{
    Id stageId = 0;
    std::optional<double> emotion; // unset: the curve has a gap here
    bool operator==(const CurvePoint&) const = default;
};
QList<CurvePoint> emotionCurve(const DocumentData& data, Id journeyId);

// ---- Impact (the domino analysis) -------------------------------------------

// Impact flows along links: feeds, triggers and wait from -> to; depends_on
// means "from depends on to", so its impact flows to -> from. Breadth-first
// search: every card is reached once, by a shortest path (ties go to the source
// first in data.cards, then to the link first in data.links), so cycles
// terminate. Both chains of a card (its reach and its root causes, with
// every card and link on the way): chains.h.

struct ImpactHit
{
    Id cardId = 0;              // a front-stage card (customer action or touchpoint)
    int distance = 0;           // number of links from the nearest source
    QList<Id> path;             // source card first, cardId last: distance + 1 ids
    std::optional<int> emotion; // the emotion at stake on that card
    bool operator==(const ImpactHit&) const = default;
};

struct ImpactSummary
{
    int reached = 0;        // front-stage cards reached (== hits.size())
    int negative = 0;       // of those, cards with emotion <= -1
    int emotionAtStake = 0; // sum of |emotion| over reached cards with a negative emotion
    bool operator==(const ImpactSummary&) const = default;
};

struct Impact
{
    // Sorted by distance, then stage, lane and card position (card id last).
    QList<ImpactHit> hits;
    ImpactSummary summary;
    bool operator==(const Impact&) const = default;
};

// The front-stage cards reachable from cardId along links, at distance >= 1
// (the card itself is never a hit, even when a cycle leads back to it). Links
// are followed across journeys. An unknown card has no impact.
Impact impactOfCard(const DocumentData& data, Id cardId);

// The same from every card the department is ACCOUNTABLE for (contributions
// are not sources) at once: each hit is at its distance from the nearest of
// them. The department's own cards sit at distance 0 and are never hits. With
// a journeyId, sources and the search stay inside that journey. A departmentId
// of 0 asks for the impact of the unowned cards.
Impact impactOfDepartment(const DocumentData& data, Id departmentId, Id journeyId = 0);

// ---- Handoffs (where experiences break) -------------------------------------

enum class HandoffKind
{
    Lane,
    Link
};

// A change of accountable department between two cards that both have one.
// Lane: consecutive cards of one lane in reading order (an unowned card in
// between breaks the chain: no handoff across it); attributed to the stage of
// the second card. Link: a link between cards of different departments,
// oriented in the direction impact flows (a depends_on link is reversed:
// from = the link's to card); attributed to the stage of the receiving card.
struct Handoff
{
    HandoffKind kind = HandoffKind::Lane;
    Id fromCardId = 0;
    Id toCardId = 0;
    Id fromDepartmentId = 0;
    Id toDepartmentId = 0;
    Id stageId = 0;
    Id linkId = 0; // the link of a Link handoff; 0 for a Lane handoff
    bool operator==(const Handoff&) const = default;
};

struct StageHandoffs
{
    Id stageId = 0;
    int lane = 0;
    int link = 0;
    int total() const { return lane + link; }
    bool operator==(const StageHandoffs&) const = default;
};

// An ORDERED pair: work passes from fromDepartmentId to toDepartmentId.
struct DepartmentPairHandoffs
{
    Id fromDepartmentId = 0;
    Id toDepartmentId = 0;
    int lane = 0;
    int link = 0;
    int total() const { return lane + link; }
    bool operator==(const DepartmentPairHandoffs&) const = default;
};

struct Handoffs
{
    // Lane handoffs (lanes in journey and lane order, cards in reading order),
    // then link handoffs in the order of data.links.
    QList<Handoff> handoffs;
    // Every stage in scope in reading order, zero counts included.
    QList<StageHandoffs> perStage;
    // Pairs that occur, by total descending, then department position.
    QList<DepartmentPairHandoffs> perPair;
    bool operator==(const Handoffs&) const = default;
};

// With a journeyId, a link counts only when both its cards are in the journey.
Handoffs handoffs(const DocumentData& data, Id journeyId = 0);

} // namespace cx::analysis
