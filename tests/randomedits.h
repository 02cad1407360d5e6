#pragma once

// A seeded generator of random but valid edits through the edit facade: the
// undo/redo property test and the SIGKILL durability child both use it.

#include "model/document.h"

#include <QString>

#include <random>

namespace cx::test {

class RandomEditor
{
public:
    RandomEditor(Document& doc, unsigned seed) : m_doc(doc), m_rng(seed) {}

    // Performs one random edit; returns a short description of what it did
    // (empty if the chosen edit was refused, which the caller may count).
    QString step();

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    template <typename T>
    T pickFrom(const QList<T>& list)
    {
        return list[pick(int(list.size()))];
    }
    Id journey() { return pickFrom(m_doc.journeyIds()); }
    QList<Id> cardsOf(Id journeyId) const { return m_doc.cardIdsOfJourney(journeyId); }
    QString word();

    QString addCard();
    QString editCard();
    QString moveCard();
    QString removeCard();
    QString structure();
    QString department();
    QString link();
    QString voting(); // participants, dots, comments
    QString import(); // new department, stage and cards in one step
    QString other();  // title, personas, journeys, duplicates, link edits

    Document& m_doc;
    std::mt19937 m_rng;
    int m_counter = 0;
};

} // namespace cx::test
