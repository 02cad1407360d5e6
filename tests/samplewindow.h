#pragma once

// The main window as a user first sees it at width x height: the sample
// workshop map open, not maximized (the offscreen test screen is small), and
// nothing remembered from an earlier test.

#include "mainwindow.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QTest>

namespace cx::test {

struct SampleWindow
{
    TempDir dir;
    MainWindow w;

    SampleWindow(int width, int height)
    {
        QSettings().clear();
        w.setWindowState(Qt::WindowNoState);
        w.resize(width, height);
        w.show();
        REQUIRE(w.openFile(sampleMapFile(dir)));
        REQUIRE(QTest::qWaitForWindowActive(&w));
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
    }
    ~SampleWindow() { QSettings().clear(); }
};

} // namespace cx::test
