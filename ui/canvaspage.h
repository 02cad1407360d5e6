#pragma once

// The middle of the main window while a map is open: the quick-add bar
// (Ctrl+K), the search bar (Ctrl+F) and the impact bar (Ctrl+Shift+I) above
// the journey view, and what ties them to it: a card added, found or named
// is selected and scrolled into sight, a search dims the cards that do not
// match, closing a bar gives the canvas the keyboard back.

#include "model/types.h"

#include <QWidget>

namespace cx {

class Document;
class ImpactBar;
class QuickAddBar;
class SearchBar;

namespace canvas {
class JourneyView;
}

class CanvasPage : public QWidget
{
    Q_OBJECT
public:
    CanvasPage(canvas::JourneyView* view, QWidget* parent = nullptr);

    QuickAddBar* quickAddBar() const { return m_quickAdd; }
    SearchBar* searchBar() const { return m_search; }
    ImpactBar* impactBar() const { return m_impact; }
    // The bars follow the document (nullptr: each is closed) and the
    // journey shown (set the document first: it clears the journey).
    void setDocument(Document* doc);
    void setJourney(Id journeyId);

private:
    canvas::JourneyView* m_view;
    QuickAddBar* m_quickAdd;
    SearchBar* m_search;
    ImpactBar* m_impact;
};

} // namespace cx
