#pragma once

// Show Impact (Ctrl+Shift+I, the canvas menu): one card's domino effect both
// ways, traced on the canvas (its chains' cards outlined and links
// emphasised, the rest dimmed, over the lens and any search) and summed up in
// a bar above it: "Reaches 8 customer moments, 4 unhappy; root causes: 3
// processes of Billing & Finance and IT", each card named a click away. Esc
// or Clear ends it. The trace follows later edits (and ends with its card).

#include "model/types.h"

#include <QPointer>
#include <QWidget>

class QLabel;

namespace cx {

class Document;

namespace canvas {
class JourneyScene;
}

class ImpactBar : public QWidget
{
    Q_OBJECT
public:
    ImpactBar(canvas::JourneyScene* scene, QWidget* parent = nullptr);

    void setDocument(Document* doc);
    // Traces cardId's chains and shows the bar.
    void showFor(Id cardId);
    Id card() const { return m_card; }
    QString summary() const; // the bar's text, plain

public slots:
    void clear(); // ends the trace and hides the bar

signals:
    void cardChosen(cx::Id cardId); // a card named in the bar was clicked
    // The trace ended; hadFocus: the keyboard was in the bar (or nowhere).
    void cleared(bool hadFocus);
    void traceChanged(bool tracing);

private:
    QString entries(const QList<Id>& cards) const;
    void retrace(); // after an edit: the chains again, or the end of the trace

    canvas::JourneyScene* m_scene;
    QPointer<Document> m_doc;
    Id m_card = 0;
    bool m_retracing = false; // a retrace is queued
    QLabel* m_text = nullptr;
};

} // namespace cx
