// libFuzzer target: the feedback import (io/feedbackimport.h) on any bytes,
// against the blank template. The first byte picks the encoding and the rows
// passed over before the header; the rest is the file. Whatever the bytes,
// the import reads them into items the edit facade would accept, each on a
// card of the map or in the inbox and counted once, or refuses them with a
// message; the preview never crashes either.

#include "io/feedbackimport.h"
#include "io/jsonformat.h"
#include "model/document.h"
#include "model/feedbackrules.h"

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
    if (size == 0)
        return 0;
    const cx::Document& doc = blankMap();
    cx::FeedbackImportOptions options;
    options.encoding =
        (data[0] & 1) ? cx::FeedbackEncoding::Windows1252 : cx::FeedbackEncoding::Auto;
    options.skipRows = (data[0] >> 1) & 3;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    cx::FeedbackColumns columns;
    columns.text = QStringLiteral("Comment");
    columns.card = QStringLiteral("Card");
    columns.date = QStringLiteral("Date");
    columns.score = QStringLiteral("Score");
    columns.scale = (data[0] & 8) ? cx::ScoreScale::Csat : cx::ScoreScale::Nps;
    columns.kind = QStringLiteral("Kind");
    columns.sentiment = QStringLiteral("Sentiment");

    const auto preview = cx::previewFeedback(bytes, options, 5);
    if (!preview && preview.error().message.isEmpty())
        std::abort();
    const auto read = cx::parseFeedback(bytes, columns, options, doc);
    if (!read) {
        if (read.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const cx::FeedbackImportSummary& s = read->summary;
    if (s.imported() != read->items.size())
        std::abort();
    for (const cx::Feedback& f : read->items) {
        if (!cx::feedbackProblem(f).isEmpty() || (f.cardId != 0 && !doc.card(f.cardId)))
            std::abort();
    }
    return 0;
}
