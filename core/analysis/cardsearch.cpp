#include "cardsearch.h"

#include <algorithm>

namespace cx {

namespace {

bool contains(const QString& haystack, const QString& word)
{
    return haystack.contains(word, Qt::CaseInsensitive);
}

// A word is found in any of the card's texts.
bool hasWord(const Card& card, const QString& word)
{
    if (contains(card.title, word) || contains(card.description, word))
        return true;
    for (const QString& tag : card.tags) {
        if (contains(tag, word))
            return true;
    }
    for (const Comment& comment : card.comments) {
        if (contains(comment.text, word))
            return true;
    }
    return false;
}

QStringList wordsOf(const QString& text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool passesFilters(const Card& card, const CardQuery& q)
{
    if (q.department && card.accountableId != q.department &&
        !card.contributingIds.contains(q.department))
        return false;
    if (q.status && card.status != *q.status)
        return false;
    if (q.evidence && card.evidence != *q.evidence)
        return false;
    if (!q.channel.isEmpty() && card.channel.compare(q.channel, Qt::CaseInsensitive) != 0)
        return false;
    if (q.minSeverity && card.severity < *q.minSeverity)
        return false;
    if (q.emotion &&
        (!card.emotion || *card.emotion < q.emotion->first || *card.emotion > q.emotion->second))
        return false;
    return true;
}

} // namespace

bool CardQuery::isEmpty() const
{
    return text.trimmed().isEmpty() && department == 0 && !status && !evidence &&
           channel.isEmpty() && !minSeverity && !emotion;
}

bool matchesQuery(const Card& card, const CardQuery& query)
{
    if (!passesFilters(card, query))
        return false;
    for (const QString& word : wordsOf(query.text)) {
        if (!hasWord(card, word))
            return false;
    }
    return true;
}

QList<Id> findCards(const Document& doc, Id journeyId, const CardQuery& query)
{
    QList<Id> found;
    const QStringList words = wordsOf(query.text);
    for (Id id : doc.cardIdsOfJourney(journeyId)) {
        const Card* card = doc.card(id);
        if (!card || !passesFilters(*card, query))
            continue;
        const bool all = std::all_of(words.cbegin(), words.cend(),
                                     [card](const QString& w) { return hasWord(*card, w); });
        if (all)
            found.append(id);
    }
    return found;
}

} // namespace cx
