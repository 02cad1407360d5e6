#include "testutil.h"

#include "io/jsonformat.h"
#include "model/document.h"
#include "store/store.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTimeZone>

namespace cx::test {

TempDir::TempDir() { m_dir.setAutoRemove(true); }

QString TempDir::file(const QString& name) const { return m_dir.filePath(name); }

DocumentData sampleDocument()
{
    QFile f(QStringLiteral(CXMAP_SAMPLE_JSON));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample map %s", CXMAP_SAMPLE_JSON);
    auto data = fromJson(f.readAll());
    if (!data)
        qFatal("the sample map does not load: %s", qPrintable(data.error().message));
    return data.value();
}

std::unique_ptr<Document> smallDocumentFile(const TempDir& dir)
{
    const QString path = dir.file(QStringLiteral("doc.cxmap"));
    auto created = Document::create(path, smallDocument());
    if (!created)
        qFatal("cannot make the small document %s: %s", qPrintable(path),
               qPrintable(created.error().message));
    return std::move(created.value());
}

QString sampleMapFile(const TempDir& dir, const QString& name)
{
    const QString path = dir.file(name);
    auto created = Document::create(path, sampleDocument());
    if (!created)
        qFatal("cannot make the sample map %s: %s", qPrintable(path),
               qPrintable(created.error().message));
    return path;
}

// An 8 x 8 PNG: a persona's picture.
static QByteArray tinyPicture()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(QColor(0x88, 0xcc, 0xee));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

DocumentData smallDocument()
{
    DocumentData d;
    d.title = QStringLiteral("Small test map");
    d.departments = {
        {1, QStringLiteral("Marketing"), QStringLiteral("MKT"), QColor(0xCC, 0x66, 0x77),
         QStringLiteral("Ana"), QStringLiteral("Brand and campaigns"), 0},
        {2, QStringLiteral("IT"), QStringLiteral("IT"), QColor(0x33, 0x22, 0x88),
         QStringLiteral("Ben"), QStringLiteral("Systems"), 1},
    };
    d.personas = {{1, QStringLiteral("Busy parent"), QStringLiteral("Two kids, no time"),
                   QStringLiteral("Fast setup"), QStringLiteral("Waiting at home"), tinyPicture()}};
    d.participants = {{1, QStringLiteral("Ana"), 5}, {2, QStringLiteral("Ben"), 3}};
    d.journeys = {{1, QStringLiteral("Broadband"), QStringLiteral("From ad to invoice"),
                   JourneyState::Current, 1, 0, 0}};
    d.stages = {{1, 1, QStringLiteral("Awareness"), {}, 0},
                {2, 1, QStringLiteral("Purchase"), QStringLiteral("Online checkout"), 1},
                {3, 1, QStringLiteral("Billing"), {}, 2}};
    d.lanes = {{1, 1, QStringLiteral("Customer"), LaneKind::CustomerAction, 0},
               {2, 1, QStringLiteral("Touchpoints"), LaneKind::Touchpoint, 1},
               {3, 1, QStringLiteral("Back stage"), LaneKind::Backstage, 2}};
    Card c1;
    c1.id = 1;
    c1.stageId = 1;
    c1.laneId = 2;
    c1.title = QStringLiteral("Social ad");
    c1.description = QStringLiteral("Promises \"fast\" fibre — 1 Gbit/s");
    c1.channel = QStringLiteral("social");
    c1.accountableId = 1;
    c1.contributingIds = {2};
    c1.emotion = 1;
    c1.evidence = Evidence::Observed;
    c1.kpis = {{QStringLiteral("CTR"), KpiKind::Free, 1.5, 2.0, QStringLiteral("%")},
               {QStringLiteral("NPS"), KpiKind::Nps, -12, std::nullopt, {}}};
    c1.votes = 4; // Ana's 2 dots, Ben's 1 and one from before the participants
    c1.dots = {{1, 2}, {2, 1}};
    c1.comments = {{QStringLiteral("Ana"),
                    QDateTime(QDate(2026, 11, 30), QTime(9, 15, 0, 123), Qt::UTC),
                    QStringLiteral("Seen in three interviews")},
                   {{},
                    QDateTime(QDate(2026, 11, 30), QTime(9, 20), Qt::UTC),
                    QStringLiteral("Line one\nline two")}};
    c1.tags = {QStringLiteral("ads"), QStringLiteral("brand")};
    Card c2;
    c2.id = 2;
    c2.stageId = 2;
    c2.laneId = 2;
    c2.title = QStringLiteral("Checkout page");
    c2.channel = QStringLiteral("web");
    c2.accountableId = 2;
    c2.emotion = -2;
    c2.severity = Level::High;
    c2.status = CardStatus::InProgress;
    Card c3;
    c3.id = 3;
    c3.stageId = 2;
    c3.laneId = 3;
    c3.title = QStringLiteral("Order processing");
    c3.accountableId = 2;
    c3.contributingIds = {1};
    c3.evidence = Evidence::Proposed;
    c3.impact = Level::Medium;
    Card c4;
    c4.id = 4;
    c4.stageId = 2;
    c4.laneId = 3;
    c4.position = 1;
    c4.title = QStringLiteral("Credit check");
    c4.kpis = {{QStringLiteral("CES"), KpiKind::Ces, 5.5, 3.0, {}}};
    Card c5;
    c5.id = 5;
    c5.stageId = 3;
    c5.laneId = 1;
    c5.title = QStringLiteral("Reads first invoice");
    c5.emotion = 0;
    c5.status = CardStatus::Done;
    d.cards = {c1, c2, c3, c4, c5};
    d.links = {{1, 3, 2, LinkType::Feeds, QStringLiteral("order data")},
               {2, 4, 3, LinkType::DependsOn, {}}};
    return d;
}

DocumentData onDisk(const QString& path)
{
    TempDir copy;
    const QString target = copy.file(QStringLiteral("copy.cxmap"));
    if (!QFile::copy(path, target))
        qFatal("cannot copy %s", qPrintable(path));
    QFile::copy(path + QStringLiteral("-wal"), target + QStringLiteral("-wal"));
    auto store = Store::open(target);
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    auto data = store.value()->readAll();
    if (!data)
        qFatal("%s", qPrintable(data.error().message));
    return data.value();
}

Places::Places(const DocumentData& d)
{
    for (const Journey& j : d.journeys)
        journeys.insert(j.id, &j);
    for (const Stage& s : d.stages)
        stages.insert(s.id, &s);
    for (const Lane& l : d.lanes)
        lanes.insert(l.id, &l);
    for (const Department& dep : d.departments)
        departments.insert(dep.id, dep.name);
}

} // namespace cx::test
