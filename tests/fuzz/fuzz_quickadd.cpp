// libFuzzer target: the quick-add parser on one typed line, against the blank
// template. Whatever the text, it parses into a card to add or an error that
// says why; the card it returns is one the edit facade would accept.

#include "io/jsonformat.h"
#include "io/quickadd.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

cx::Document& blankMap()
{
    static QTemporaryDir dir;
    static std::unique_ptr<cx::Document> doc = [] {
        QFile f(QStringLiteral(CXMAP_FUZZ_TEMPLATE));
        if (!f.open(QIODevice::ReadOnly))
            std::abort();
        auto data = cx::fromJson(f.readAll());
        auto created = cx::Document::create(dir.filePath(QStringLiteral("blank.cxmap")), *data);
        if (!created)
            std::abort();
        return std::move(created.value());
    }();
    return *doc;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cx::Document& doc = blankMap();
    const cx::Id journey = doc.journeyIds().first();
    const QString line = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const cx::Result<cx::QuickAdd> q = cx::parseQuickAdd(
        line, doc, journey, doc.stageIds(journey).first(), doc.laneIds(journey).first());
    if (!q) {
        if (q.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const cx::Card& c = q->card;
    if (c.title.trimmed().isEmpty() ||
        (c.emotion && (*c.emotion < cx::emotionMin || *c.emotion > cx::emotionMax)))
        std::abort();
    return 0;
}
