#include "journeypart.h"

#include <QSet>

namespace cx::analysis {

DocumentData journeyPart(const DocumentData& data, Id journeyId)
{
    DocumentData part;
    part.title = data.title;
    part.reviewIntervalDays = data.reviewIntervalDays;
    part.departments = data.departments;
    part.personas = data.personas;
    part.participants = data.participants;
    QSet<Id> stages;
    for (const Journey& j : data.journeys) {
        if (j.id == journeyId)
            part.journeys.append(j);
    }
    for (const Stage& s : data.stages) {
        if (s.journeyId == journeyId) {
            part.stages.append(s);
            stages.insert(s.id);
        }
    }
    for (const Lane& l : data.lanes) {
        if (l.journeyId == journeyId)
            part.lanes.append(l);
    }
    QSet<Id> cards;
    for (const Card& c : data.cards) {
        if (stages.contains(c.stageId)) {
            part.cards.append(c);
            cards.insert(c.id);
        }
    }
    for (const Link& l : data.links) {
        if (cards.contains(l.fromCardId) && cards.contains(l.toCardId))
            part.links.append(l);
    }
    for (const Feedback& f : data.feedback) {
        if (cards.contains(f.cardId))
            part.feedback.append(f);
    }
    return part;
}

} // namespace cx::analysis
