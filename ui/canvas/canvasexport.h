#pragma once

// Renders a journey's canvas without a window, with the same items as the
// screen: PNG for slides and chat, SVG for print and further editing.

#include "model/result.h"
#include "model/types.h"

#include <QImage>
#include <QString>

namespace cx {

class Document;

namespace canvas {

struct RenderOptions
{
    Id journeyId = 0;      // 0 = the first journey
    Id lensDepartment = 0; // 0 = no lens
    bool showLinks = true;
    bool showCurve = true;
    qreal scale = 1.0; // 1.0 = 100 %: titles at 9.5 pt are readable
};

// The largest image a PNG export makes: a side of 32,767 pixels, 256 million
// pixels (1 GiB) in all.
inline constexpr int maxImageSide = 32767;
inline constexpr qint64 maxImagePixels = qint64(1) << 28;

// The journey drawn at options.scale, or a null image when it would be larger.
QImage renderImage(Document& doc, const RenderOptions& options);
Error exportPng(Document& doc, const RenderOptions& options, const QString& path);
// Well-formed XML whatever the map holds: its texts escaped, the characters
// XML forbids left out.
QByteArray renderSvg(Document& doc, const RenderOptions& options);
Error exportSvg(Document& doc, const RenderOptions& options, const QString& path);

} // namespace canvas
} // namespace cx
