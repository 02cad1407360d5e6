#include "picture.h"

namespace cx {

namespace {

const char* formatOf(const QByteArray& bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return "PNG";
    if (bytes.startsWith("\xff\xd8\xff"))
        return "JPEG";
    return nullptr;
}

} // namespace

bool isPictureFormat(const QByteArray& bytes) { return formatOf(bytes) != nullptr; }

QImage decodePicture(const QByteArray& bytes)
{
    const char* format = formatOf(bytes);
    return format ? QImage::fromData(bytes, format) : QImage();
}

} // namespace cx
