#include "canvasexport.h"

#include "journeyscene.h"
#include "model/document.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace cx::canvas {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct ExportTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::canvas::Export)
};

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
            ExportTr::tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), why)};
}

// A map's text in XML: no character XML 1.0 forbids (NUL, the other C0
// controls but tab, LF and CR, U+FFFE, U+FFFF, a lone surrogate), and the
// markup characters escaped.
QString xmlText(const QString& text)
{
    QString kept;
    kept.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            kept += c;
            kept += text[++i];
        } else if (!c.isSurrogate() &&
                   (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r') &&
                   c.unicode() != 0xFFFE && c.unicode() != 0xFFFF) {
            kept += c;
        }
    }
    return kept.toHtmlEscaped();
}

// QSvgGenerator escapes the markup in the text it draws but passes control
// characters through, which no XML parser accepts. They are single bytes in
// UTF-8 (never part of a longer sequence), so they are dropped from the bytes.
void dropXmlForbiddenBytes(QByteArray& utf8)
{
    utf8.removeIf([](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b < 0x20 && b != '\t' && b != '\n' && b != '\r';
    });
}

} // namespace

QImage renderImage(Document& doc, const RenderOptions& options)
{
    auto scene = sceneFor(doc, options);
    const QRectF source = scene->sceneRect();
    const QSize size = (source.size() * options.scale).toSize();
    // A journey too wide or a cell too tall: what image readers (libpng takes
    // no more than a million rows) and the memory can take, or nothing.
    const qint64 pixels = qint64(size.width()) * size.height();
    if (size.isEmpty() || size.width() > maxImageSide || size.height() > maxImageSide ||
        pixels > maxImagePixels)
        return {};
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
                ExportTr::tr("The map is too large for one image (at most %1 pixels a side, "
                             "%2 million in all): export it as SVG or as a PDF report instead.")
                    .arg(maxImageSide)
                    .arg(maxImagePixels / 1000000)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());
    if (!image.save(&file, "PNG") || !file.commit())
        return writeFailed(path, file.errorString());
    return {};
}

QByteArray renderSvg(Document& doc, const RenderOptions& options)
{
    auto scene = sceneFor(doc, options);
    const QRectF source = scene->sceneRect();
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        // Written into <title> as it is: escaped here.
        svg.setTitle(xmlText(doc.title()));
        svg.setDescription(ExportTr::tr("Customer journey map made with CXMap"));
        QPainter painter(&svg);
        scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    dropXmlForbiddenBytes(bytes);
    return bytes;
}

Error exportSvg(Document& doc, const RenderOptions& options, const QString& path)
{
    const QByteArray bytes = renderSvg(doc, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return writeFailed(path, file.errorString());
    return {};
}

} // namespace cx::canvas
