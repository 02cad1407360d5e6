#pragma once

// The small document (testutil.h) on a canvas in a window of 1280 x 1000,
// where the whole journey fits without scrolling; the window is active.

#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "model/document.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QTest>

#include <memory>

namespace cx::test {

struct CanvasFixture
{
    TempDir dir;
    std::unique_ptr<Document> doc;
    canvas::JourneyScene scene;
    std::unique_ptr<canvas::JourneyView> view;

    explicit CanvasFixture(bool readOnly = false)
    {
        doc = smallDocumentFile(dir);
        if (readOnly) {
            doc.reset();
            auto opened = Document::open(dir.file(QStringLiteral("doc.cxmap")), true);
            REQUIRE(opened.ok());
            doc = std::move(opened.value());
        }
        scene.setDocument(doc.get(), 1);
        scene.flush();
        view = std::make_unique<canvas::JourneyView>(&scene);
        view->resize(1280, 1000);
        view->show();
        view->activateWindow();
        // Active before any test: the in-place editor commits when it loses
        // the focus, and a late activation would move it.
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
    }
};

} // namespace cx::test
