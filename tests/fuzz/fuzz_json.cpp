// libFuzzer target: a document from JSON. Whatever the bytes, reading returns
// a document or an error naming a JSON path; a document it returns is
// written back losslessly (reading the writing gives the same document).

#include "io/jsonformat.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const cx::Result<cx::DocumentData> read = cx::fromJson(bytes);
    if (!read) {
        if (read.error().message.isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    const cx::Result<cx::DocumentData> again = cx::fromJson(cx::toJson(*read));
    if (!again || !(*again == *read))
        std::abort();
    return 0;
}
