#pragma once

// The presentation's mark on the stage being shown, painted over a
// JourneyView's viewport in its coordinates (so over the headers the view
// pins at its edges too): a veil over every other stage, which leaves the
// lane names clear, a frame around the stage's header and a line down its
// sides. It takes no mouse events and changes nothing in the scene.

#include <QWidget>

namespace cx {

namespace canvas {
class JourneyView;
}

class StageSpotlight : public QWidget
{
public:
    // A child of view; place it over the view's viewport.
    explicit StageSpotlight(canvas::JourneyView* view);

    // The stage column to leave clear (-1 = none: nothing is painted).
    void setColumn(int column);
    int column() const { return m_column; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    canvas::JourneyView* m_view;
    int m_column = -1;
};

} // namespace cx
