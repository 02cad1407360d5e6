#include "recognitionsheet.h"

#include "analysis/feedbackstats.h"
#include "analysis/recognition.h"
#include "model/document.h"
#include "model/feedbackrules.h"
#include "model/shorttext.h"
#include "reportstyle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace cx::report {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct RecognitionSheetTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::RecognitionSheet)
};

constexpr int maxCredits = 5;
constexpr int maxQuotes = 3;
constexpr qreal pngDpi = 150;

// What the sheet says, gathered before anything is drawn.
struct SheetContent
{
    QString department;
    QColor color;
    QString mapTitle;
    QString period; // "8 Sep 2026 – 7 Dec 2026"
    QString made;   // the day it was made
    int fed = 0;    // praised moments its root causes fed
    int owned = 0;  // praised moments it owns
    int praise = 0; // praise items on those moments
    struct Credit
    {
        QString line;    // "“Courier booking” fed 14 praised moments"
        QString moments; // their titles
    };
    QList<Credit> credits;
    struct Quote
    {
        QString words;
        QString where; // "on “Parcel arrives” · 12 Nov 2026 · survey"
    };
    QList<Quote> quotes;
};

QString titled(const DocumentData& data, const QHash<Id, int>& index, Id cardId)
{
    const int at = index.value(cardId, -1);
    return at < 0 ? QString() : analysis::quoteLine(data.cards[at].title, 60);
}

QString momentsText(int n)
{
    return RecognitionSheetTr::tr("fed %n praised moment(s)", nullptr, n);
}

SheetContent gather(const Document& doc, const RecognitionSheetOptions& o, const QDate& since,
                    const QDate& today)
{
    SheetContent s;
    const Department* d = doc.department(o.departmentId);
    s.department = d->name;
    s.color = d->color.isValid() ? d->color : palette::navy;
    s.mapTitle = doc.title();
    const QLocale locale;
    s.period = QStringLiteral("%1 \u2013 %2")
                   .arg(locale.toString(since, QLocale::ShortFormat),
                        locale.toString(today, QLocale::ShortFormat));
    s.made = locale.toString(today, QLocale::LongFormat);

    const DocumentData data = doc.snapshot();
    QHash<Id, int> index;
    index.reserve(data.cards.size());
    for (int i = 0; i < data.cards.size(); ++i)
        index.insert(data.cards[i].id, i);
    const analysis::Recognition r = analysis::recognition(data, since);
    const analysis::DepartmentRecognition* mine = r.department(o.departmentId);
    QSet<Id> moments;
    if (mine) {
        s.fed = int(mine->fedMoments.size());
        s.owned = int(mine->ownedMoments.size());
        moments = QSet<Id>(mine->ownedMoments.cbegin(), mine->ownedMoments.cend());
        moments.unite(QSet<Id>(mine->fedMoments.cbegin(), mine->fedMoments.cend()));
        for (const analysis::RootCauseCredit& c : mine->cards) {
            if (s.credits.size() == maxCredits)
                break;
            QStringList names;
            for (Id m : c.moments)
                names << inQuotes(titled(data, index, m));
            s.credits.append({inQuotes(titled(data, index, c.cardId)) + QLatin1Char(' ') +
                                  momentsText(c.moments.size()),
                              names.join(QStringLiteral(", "))});
        }
    }
    // The customers' words: praise on those moments, the strongest and
    // newest first; redacted items and empty words never.
    QList<const Feedback*> praise;
    for (const Feedback& f : data.feedback) {
        if (!moments.contains(f.cardId) || !isPraise(f) || !analysis::inPeriod(f, since))
            continue;
        ++s.praise;
        if (!f.redacted && !f.text.trimmed().isEmpty())
            praise.append(&f);
    }
    std::sort(praise.begin(), praise.end(), [](const Feedback* a, const Feedback* b) {
        const int sa = a->sentiment.value_or(0), sb = b->sentiment.value_or(0);
        if (sa != sb)
            return sa > sb;
        if (a->date != b->date)
            return a->date > b->date;
        return a->id > b->id;
    });
    for (const Feedback* f : std::as_const(praise)) {
        if (s.quotes.size() == maxQuotes)
            break;
        QStringList where{RecognitionSheetTr::tr("on “%1”").arg(titled(data, index, f->cardId))};
        if (f->date.isValid())
            where << locale.toString(f->date, QLocale::ShortFormat);
        if (!f->segment.trimmed().isEmpty())
            where << analysis::quoteLine(f->segment, 40);
        s.quotes.append(
            {analysis::quoteLine(f->text, 400), where.join(QStringLiteral(" \u00b7 "))});
    }
    return s;
}

// Draws the sheet on a page of `page` device units at `dpi`.
void paintSheet(QPainter& p, const SheetContent& s, const QRectF& page, qreal dpi,
                const QPaintDevice* device)
{
    const auto mm = [dpi](qreal v) { return v * dpi / 25.4; };
    const TextStyle caption(reportFont(9, QFont::Bold), palette::ink, device);
    const TextStyle hero(reportFont(30, QFont::Bold), palette::ink, device);
    const TextStyle lead(reportFont(13), palette::ink, device);
    const TextStyle figure(reportFont(34, QFont::Bold), palette::navy, device);
    const TextStyle label(reportFont(10), palette::muted, device);
    const TextStyle h2(reportFont(15, QFont::Bold), palette::navy, device);
    const TextStyle body(reportFont(11, QFont::DemiBold), palette::ink, device);
    const TextStyle small(reportFont(9), palette::muted, device);
    QFont quoteFont = reportFont(13);
    quoteFont.setItalic(true);
    const TextStyle quote(quoteFont, palette::ink, device);

    p.fillRect(page, Qt::white);
    const qreal side = mm(20);
    const qreal width = page.width() - 2 * side;
    // The band in the department's colour, as tall as its text.
    const QColor onBand = textOn(s.color);
    const bool earned = s.fed > 0 || s.owned > 0;
    QList<TextBox> band{
        wrapText(RecognitionSheetTr::tr("RECOGNITION · %1").arg(s.period), caption, width, 1),
        wrapText(earned ? RecognitionSheetTr::tr("Thank you, %1").arg(s.department) : s.department,
                 hero, width, 2),
        wrapText(
            RecognitionSheetTr::tr("Praise from the customers of “%1”, credited to the work that "
                                   "earned it")
                .arg(s.mapTitle),
            lead, width, 2)};
    const QList<qreal> gaps{mm(4), mm(2), 0};
    qreal y = mm(16);
    qreal bandH = y + mm(14);
    for (int i = 0; i < band.size(); ++i)
        bandH += band[i].height() + gaps[i];
    p.fillRect(QRectF(0, 0, page.width(), bandH), s.color);
    for (int i = 0; i < band.size(); ++i) {
        band[i].color = onBand;
        band[i].paint(p, {side, y});
        y += band[i].height() + gaps[i];
    }

    // Three figures.
    y = bandH + mm(12);
    const QList<std::pair<int, QString>> figures{
        {s.fed, RecognitionSheetTr::tr("praised moments your back-stage and support work fed")},
        {s.owned, RecognitionSheetTr::tr("praised moments you own")},
        {s.praise, RecognitionSheetTr::tr("words of praise on those moments")},
    };
    const qreal col = width / 3;
    qreal figuresBottom = y;
    for (int i = 0; i < figures.size(); ++i) {
        const qreal x = side + i * col;
        wrapText(QString::number(figures[i].first), figure, col - mm(6), 1).paint(p, {x, y});
        const TextBox l = wrapText(figures[i].second, label, col - mm(6), 3);
        l.paint(p, {x, y + figure.lineHeight()});
        figuresBottom = std::max(figuresBottom, y + figure.lineHeight() + l.height());
    }
    y = figuresBottom + mm(10);
    const qreal bottom = page.height() - mm(24);

    const auto heading = [&](const QString& text) {
        p.setPen(rulePen(s.color, mm(0.8)));
        p.drawLine(QPointF(side, y), QPointF(side + mm(14), y));
        y += mm(3);
        const TextBox h = wrapText(text, h2, width, 1);
        h.paint(p, {side, y});
        y += h.height() + mm(3);
    };
    if (!s.credits.isEmpty()) {
        heading(RecognitionSheetTr::tr("Where your work showed"));
        for (const SheetContent::Credit& c : s.credits) {
            const TextBox l = wrapText(c.line, body, width, 2);
            const TextBox m = wrapText(c.moments, small, width - mm(4), 2);
            if (y + l.height() + m.height() > bottom)
                break;
            l.paint(p, {side, y});
            y += l.height();
            m.paint(p, {side + mm(4), y});
            y += m.height() + mm(3);
        }
        y += mm(5);
    }
    if (!s.quotes.isEmpty() && y + mm(30) < bottom) {
        heading(RecognitionSheetTr::tr("In the customers’ words"));
        for (const SheetContent::Quote& q : s.quotes) {
            const TextBox w = wrapText(inQuotes(q.words), quote, width - mm(8), 5);
            const TextBox where =
                wrapText(QStringLiteral("\u2014 ") + q.where, small, width - mm(8), 1);
            if (y + w.height() + where.height() > bottom)
                break;
            p.fillRect(QRectF(side, y, mm(1.2), w.height() + where.height()), s.color);
            w.paint(p, {side + mm(6), y});
            y += w.height() + mm(1);
            where.paint(p, {side + mm(6), y});
            y += where.height() + mm(6);
        }
    }
    if (s.fed == 0 && s.owned == 0) {
        wrapText(RecognitionSheetTr::tr(
                     "No praise reached %1’s work in this period yet. Praise on a customer "
                     "moment is credited to the department that owns it and, along the map’s "
                     "links, to the back-stage and support work that fed it.")
                     .arg(s.department),
                 lead, width, 6)
            .paint(p, {side, y});
    }
    const TextBox foot =
        wrapText(RecognitionSheetTr::tr("Made with CXMap from “%1” on %2. Praise on a "
                                        "customer moment is credited along the map’s links to "
                                        "the work that fed it.")
                     .arg(s.mapTitle, s.made),
                 small, width, 2);
    foot.paint(p, {side, page.height() - mm(12) - foot.height()});
}

} // namespace

QDate defaultPeriodStart(const QDate& today) { return today.addDays(-90); }

Error writeRecognitionSheet(const Document& doc, const RecognitionSheetOptions& options,
                            const QString& path)
{
    if (!doc.department(options.departmentId))
        return {ErrorCode::InvalidArgument,
                RecognitionSheetTr::tr("No department %1").arg(options.departmentId)};
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const QDate since = options.since.isValid() ? options.since : defaultPeriodStart(today);
    const SheetContent content = gather(doc, options, since, today);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {ErrorCode::NoPermission,
                RecognitionSheetTr::tr("Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString())};
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
    const bool png =
        QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0;
    if (png) {
        const QSizeF inches = layout.fullRect(QPageLayout::Millimeter).size() / 25.4;
        QImage image(qRound(inches.width() * pngDpi), qRound(inches.height() * pngDpi),
                     QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(pngDpi / 0.0254));
        image.setDotsPerMeterY(qRound(pngDpi / 0.0254));
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.setRenderHint(QPainter::TextAntialiasing);
            paintSheet(p, content, QRectF(QPointF(0, 0), QSizeF(image.size())), pngDpi, &image);
        }
        if (!image.save(&file, "PNG"))
            return {ErrorCode::Io,
                    RecognitionSheetTr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    } else {
        QPdfWriter writer(&file);
        writer.setPageLayout(layout);
        writer.setResolution(300);
        writer.setTitle(RecognitionSheetTr::tr("Recognition: %1").arg(content.department));
        writer.setCreator(QStringLiteral("CXMap"));
        QPainter p;
        if (!p.begin(&writer))
            return {ErrorCode::Io, RecognitionSheetTr::tr("Cannot write %1").arg(path)};
        const QSizeF inches = layout.fullRect(QPageLayout::Inch).size();
        paintSheet(p, content, QRectF(QPointF(0, 0), inches * 300), 300, &writer);
        p.end();
    }
    if (!file.commit())
        return {ErrorCode::Io,
                RecognitionSheetTr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace cx::report
