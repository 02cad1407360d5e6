#include "canvaspage.h"

#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "model/document.h"
#include "quickaddbar.h"
#include "workshop/impactbar.h"
#include "workshop/searchbar.h"

#include <QVBoxLayout>

namespace cx {

CanvasPage::CanvasPage(canvas::JourneyView* view, QWidget* parent)
    : QWidget(parent), m_view(view), m_quickAdd(new QuickAddBar(this)),
      m_search(new SearchBar(this)), m_impact(new ImpactBar(view->journeyScene(), this))
{
    m_quickAdd->hide();
    m_search->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_quickAdd);
    layout->addWidget(m_search);
    layout->addWidget(m_impact);
    layout->addWidget(m_view, 1);
    canvas::JourneyScene* scene = m_view->journeyScene();
    const auto show = [this, scene](Id cardId) {
        scene->selectCards({cardId});
        m_view->reveal(scene->cardRect(cardId));
    };
    const auto backToCanvas = [this] { m_view->setFocus(Qt::OtherFocusReason); };
    connect(m_quickAdd, &QuickAddBar::closed, this, backToCanvas);
    connect(m_quickAdd, &QuickAddBar::cardAdded, this, show);
    connect(m_search, &SearchBar::closed, this, backToCanvas);
    connect(m_search, &SearchBar::cardChosen, this, show);
    connect(m_search, &SearchBar::matchesChanged, scene, &canvas::JourneyScene::setSearch);
    connect(m_impact, &ImpactBar::cardChosen, this, show);
    // Esc from the search field ends the trace and leaves the keyboard there.
    connect(m_impact, &ImpactBar::cleared, this, [backToCanvas](bool hadFocus) {
        if (hadFocus)
            backToCanvas();
    });
}

void CanvasPage::setDocument(Document* doc)
{
    m_quickAdd->setDocument(doc);
    m_search->setDocument(doc);
    m_impact->setDocument(doc);
    if (!doc) {
        m_quickAdd->hide();
        m_search->hide();
    }
}

void CanvasPage::setJourney(Id journeyId)
{
    m_quickAdd->setJourney(journeyId);
    m_search->setJourney(journeyId);
    m_impact->clear(); // the scene traces nothing on another journey
}

} // namespace cx
