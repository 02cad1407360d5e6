#include "addobjectscommand.h"

namespace cx {

AddObjectsCommand::AddObjectsCommand(Document& doc, NewObjects objects, const QString& text)
    : Command(doc, text), m_objects(std::move(objects))
{
}

void AddObjectsCommand::doRedo()
{
    for (const Department& d : m_objects.departments)
        m_doc.insertDepartment(d);
    for (const Journey& j : m_objects.journeys)
        m_doc.insertJourney(j);
    for (const Stage& s : m_objects.stages)
        m_doc.insertStage(s);
    for (const Lane& l : m_objects.lanes)
        m_doc.insertLane(l);
    for (const Card& c : m_objects.cards)
        m_doc.insertCard(c);
    for (const Link& l : m_objects.links)
        m_doc.insertLink(l);
}

void AddObjectsCommand::doUndo()
{
    for (auto l = m_objects.links.crbegin(); l != m_objects.links.crend(); ++l)
        m_doc.removeLink(l->id);
    for (auto c = m_objects.cards.crbegin(); c != m_objects.cards.crend(); ++c)
        m_doc.removeCard(c->id);
    for (auto l = m_objects.lanes.crbegin(); l != m_objects.lanes.crend(); ++l)
        m_doc.removeLane(l->id);
    for (auto s = m_objects.stages.crbegin(); s != m_objects.stages.crend(); ++s)
        m_doc.removeStage(s->id);
    for (auto j = m_objects.journeys.crbegin(); j != m_objects.journeys.crend(); ++j)
        m_doc.removeJourney(j->id);
    for (auto d = m_objects.departments.crbegin(); d != m_objects.departments.crend(); ++d)
        m_doc.removeDepartment(d->id);
}

} // namespace cx
