#include "canvasexport.h"

#include "journeyscene.h"
#include "model/document.h"

#include <QDir>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace cx::canvas {

namespace {

// A scene of the journey with the options applied and all work flushed.
std::unique_ptr<JourneyScene> sceneFor(Document& doc, const RenderOptions& o)
{
    auto scene = std::make_unique<JourneyScene>();
    const Id journey = o.journeyId ? o.journeyId : doc.journeyIds().value(0);
    scene->setShowCurve(o.showCurve);
    scene->setDocument(&doc, journey);
    scene->setShowLinks(o.showLinks);
    scene->setLens(o.lensDepartment);
    scene->flush();
    return scene;
}

Error writeFailed(const QString& path, const QString& why)
{
    return {ErrorCode::Io,
            QStringLiteral("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), why)};
}

} // namespace

QImage renderImage(Document& doc, const RenderOptions& options)
{
    auto scene = sceneFor(doc, options);
    const QRectF source = scene->sceneRect();
    const QSize size = (source.size() * options.scale).toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image; // too large for memory
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene->render(&painter, QRectF(QPointF(0, 0), size), source);
    return image;
}

Error exportPng(Document& doc, const RenderOptions& options, const QString& path)
{
    const QImage image = renderImage(doc, options);
    if (image.isNull())
        return {ErrorCode::InvalidArgument,
                QStringLiteral("The map is too large for one image at this scale.")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());
    if (!image.save(&file, "PNG") || !file.commit())
        return writeFailed(path, file.errorString());
    return {};
}

Error exportSvg(Document& doc, const RenderOptions& options, const QString& path)
{
    auto scene = sceneFor(doc, options);
    const QRectF source = scene->sceneRect();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(doc.title());
    svg.setDescription(QStringLiteral("Customer journey map made with CXMap"));
    {
        QPainter painter(&svg);
        scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    if (!file.commit())
        return writeFailed(path, file.errorString());
    return {};
}

} // namespace cx::canvas
