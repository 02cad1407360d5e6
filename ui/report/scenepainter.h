#pragma once

// Draws a region of a QGraphicsScene onto a painter, as
// QGraphicsScene::render() does, but leaves out the path items (emphasised
// links) that only pass near the region: on a tiled map a long link's
// bounding box covers many tiles it never enters, and render() would still
// open and close a painter state for it on every one of them (hundreds of
// empty blocks per PDF page). Items without contents are left out, as
// render() does (resting links: the link layer draws them). Items are drawn
// in stacking order with their transform and opacity, the scene's
// background first; each starts from the painter's state at the call,
// restored by hand (a save() on a PDF writes the whole state out, even for
// an item that then draws nothing), so items must not leave the clip changed
// (none of the canvas's do). Items that clip or cache their children are not
// expected (the journey canvas has none).

#include <QHash>
#include <QList>
#include <QRectF>

class QGraphicsItem;
class QGraphicsPathItem;
class QGraphicsScene;
class QPainter;

namespace cx::report {

class ScenePainter
{
public:
    explicit ScenePainter(QGraphicsScene* scene) : m_scene(scene) {}

    // Draws source (scene coordinates) into target, scaled, clipped to target.
    void render(QPainter& p, const QRectF& target, const QRectF& source);

private:
    bool crosses(const QGraphicsPathItem* item, const QRectF& sceneRect);

    QGraphicsScene* m_scene;
    // A path's course as the bounding boxes of short runs of its flattened
    // segments, in item coordinates: cheap to test against a tile.
    QHash<const QGraphicsItem*, QList<QRectF>> m_courses;
};

} // namespace cx::report
