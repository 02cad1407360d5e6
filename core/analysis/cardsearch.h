#pragma once

// Search and filter on a journey's cards (Ctrl+F): the words typed, found in
// a card's title, description, tags or comments, and filters by department
// (accountable or contributing), status, evidence, channel, pain severity and
// emotion range. A card matches when it passes every part that is set.

#include "model/document.h"

#include <optional>
#include <utility>

namespace cx {

struct CardQuery
{
    // Every word must appear (case ignored) in the title, the description, a
    // tag or a comment; an empty text matches every card.
    QString text;
    Id department = 0; // accountable or contributing; 0 = any
    std::optional<CardStatus> status;
    std::optional<Evidence> evidence;
    QString channel;                            // exactly (case ignored); empty = any
    std::optional<Level> minSeverity;           // pain severity at least this
    std::optional<std::pair<int, int>> emotion; // inclusive range; an unrated card fails

    // Nothing is asked: every card matches, and a search shows nothing dimmed.
    bool isEmpty() const;
};

bool matchesQuery(const Card& card, const CardQuery& query);

// The journey's matching cards in reading order (stage, lane, position).
QList<Id> findCards(const Document& doc, Id journeyId, const CardQuery& query);

} // namespace cx
