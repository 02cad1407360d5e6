#pragma once

// Persona pictures are PNG or JPEG, known by their first bytes, and nothing
// else is ever decoded: another format (SVG above all, which can name files
// and URLs to load) could make drawing a map read what the map names. They are
// checked where pictures come in (JSON import, the Personas dialog, every
// edit); a file that holds another kind opens and shows no picture there.

#include <QByteArray>
#include <QImage>

namespace cx {

// True for the bytes of a PNG or a JPEG image (by their signature).
bool isPictureFormat(const QByteArray& bytes);

// The picture, or a null image when the bytes are not PNG or JPEG or do not decode.
QImage decodePicture(const QByteArray& bytes);

} // namespace cx
