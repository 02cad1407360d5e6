// libFuzzer target: card rows from CSV. Whatever the bytes, reading returns
// rows or an error that says why ("line N, column X: reason"); never a crash
// or a hang.

#include "io/csvformat.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const cx::Result<cx::CsvImport> read = cx::fromCsv(bytes);
    if (!read && read.error().message.isEmpty())
        std::abort(); // every refusal says why
    return 0;
}
