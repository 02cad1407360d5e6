#pragma once

// The cover of a journey's part of the report.

#include "reportstyle.h"

#include <QList>
#include <QPair>

namespace cx::report {

struct CoverContent
{
    QString documentTitle;
    QString journeyName;
    QString journeyState; // "Current state", "Future state"
    bool future = false;
    QString departments; // a department report's ("Billing & Finance and IT"); else empty
    QString journeyDescription;
    QString personaName; // empty = no persona
    QString personaDescription;
    QString personaGoals;
    QString personaFrustrations;
    QString date;
    QString version;
    QString scope;                       // which departments the sections cover
    QList<QPair<QString, int>> contents; // section title, first page (1-based)
    QList<QColor> departmentColors;      // the strip under the title band
};

void paintCover(QPainter& p, const CoverContent& c, const Styles& styles, const PageGeometry& g);

} // namespace cx::report
