#include "dashboard.h"

#include "analysis/analysis.h"
#include "analysis/reviews.h"
#include "coverageheatmap.h"
#include "dashboardcharts.h"
#include "dashboarddata.h"
#include "kpitable.h"
#include "model/document.h"
#include "panels/panelrefresh.h"
#include "prioritytable.h"

#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cx {

namespace {

constexpr int twoColumnsFrom = 980; // content width at which sections go side by side
constexpr int barChartHeight = 280; // with the stage names side by side
constexpr int emotionChartHeight = 280;

QLabel* textLabel(const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

Dashboard::Dashboard(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Dashboard"));
    m_refresh = new PanelRefresh(this, [this] { refresh(); });

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setAccessibleName(tr("Dashboard charts"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(m_scroll);
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    m_grid = new QGridLayout(m_content);
    m_grid->setContentsMargins(8, 8, 8, 8);
    m_grid->setSpacing(10);
    m_heading = textLabel(tr("Dashboard heading"), m_content);
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_heading->setFont(big);
    m_reviews = textLabel(tr("Review state"), m_content);
    m_reviews->setObjectName(QStringLiteral("dashboardReviews"));
    createSections();
    m_scroll->setWidget(m_content);
    m_scroll->viewport()->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    relayout(1);
    m_refresh->now();
}

Dashboard::~Dashboard() = default;

const Dashboard::Section& Dashboard::addSection(const QString& name, QWidget* content,
                                                const QString& note, bool wide)
{
    Section s;
    s.wide = wide;
    auto* frame = new QFrame(m_content);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAccessibleName(name);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    s.frame = frame;
    s.title = textLabel(tr("%1: title").arg(name), frame);
    QFont bold = s.title->font();
    bold.setBold(true);
    s.title->setFont(bold);
    s.note = textLabel(tr("%1: note").arg(name), frame);
    QFont small = s.note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    s.note->setFont(small);
    s.note->setForegroundRole(QPalette::PlaceholderText);
    s.note->setText(note);
    s.note->setVisible(!note.isEmpty());
    content->setParent(frame);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    layout->addWidget(s.title);
    layout->addWidget(s.note);
    layout->addWidget(content);
    m_sections.append(s);
    return m_sections.last();
}

void Dashboard::createSections()
{
    m_stageBars = dashboard::newChartView(QStringLiteral("cardsPerStageChart"),
                                          tr("Cards per stage by accountable department"), this,
                                          barChartHeight);
    addSection(tr("Cards per stage"), m_stageBars)
        .title->setObjectName(QStringLiteral("cardsPerStageTitle"));

    m_emotion = dashboard::newChartView(QStringLiteral("emotionChart"),
                                        tr("Emotion curve per stage"), this, emotionChartHeight);
    addSection(tr("Emotion per stage"), m_emotion)
        .title->setObjectName(QStringLiteral("emotionTitle"));

    m_pain = dashboard::newChartView(QStringLiteral("painPointsChart"),
                                     tr("Pain points per department"), this);
    addSection(tr("Pain points per department"), m_pain,
               tr("Pain points the department is accountable for."))
        .title->setObjectName(QStringLiteral("painPointsTitle"));

    m_heatmap = new CoverageHeatmap(this);
    m_heatmap->setObjectName(QStringLiteral("coverageHeatmap"));
    addSection(tr("Coverage"), m_heatmap,
               tr("Number: cards the department owns or contributes to in the stage. "
                  "Colour: the mean emotion of those cards. Empty: no cards."))
        .title->setObjectName(QStringLiteral("coverageTitle"));

    m_priorities = new PriorityTable(this);
    connect(m_priorities, &PriorityTable::cardActivated, this, &Dashboard::cardActivated);
    const Section& priorities = addSection(tr("Priorities by department"), m_priorities, {}, true);
    priorities.title->setObjectName(QStringLiteral("priorityTitle"));
    priorities.note->setObjectName(QStringLiteral("priorityNote"));

    m_kpis = new KpiTable(this);
    connect(m_kpis, &KpiTable::cardActivated, this, &Dashboard::cardActivated);
    const Section& kpis = addSection(tr("KPIs"), m_kpis, {}, true);
    kpis.title->setObjectName(QStringLiteral("kpiTitle"));
    kpis.note->setObjectName(QStringLiteral("kpiNote"));

    m_feedback = textLabel(tr("Customer feedback and recognition"), this);
    m_feedback->setObjectName(QStringLiteral("feedbackSummary"));
    const Section& feedback =
        addSection(tr("Customer feedback and recognition"), m_feedback,
                   tr("Feedback dated in the last 90 days on this journey's cards. Praise on a "
                      "customer moment is credited along the links to the back-stage and "
                      "support work that fed it."),
                   true);
    feedback.title->setObjectName(QStringLiteral("feedbackTitle"));
}

void Dashboard::relayout(int columns)
{
    m_columns = columns;
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0);
    m_grid->addWidget(m_heading, 0, 0, 1, columns);
    m_grid->addWidget(m_reviews, 1, 0, 1, columns);
    int row = 2;
    int column = 0;
    for (const Section& s : m_sections) {
        if (s.wide && column > 0) {
            ++row;
            column = 0;
        }
        const int span = s.wide ? columns : 1;
        m_grid->addWidget(s.frame, row, column, 1, span, Qt::AlignTop);
        column += span;
        if (column >= columns) {
            ++row;
            column = 0;
        }
    }
    const int end = column > 0 ? row + 1 : row; // the first row below the sections
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int r = 0; r <= int(m_sections.size()) + 2; ++r)
        m_grid->setRowStretch(r, r == end ? 1 : 0);
}

bool Dashboard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        const int columns = m_scroll->viewport()->width() >= twoColumnsFrom ? 2 : 1;
        if (columns != m_columns)
            relayout(columns);
    }
    return QWidget::eventFilter(watched, event);
}

void Dashboard::setDocument(Document* doc)
{
    m_refresh->unfollow(m_doc);
    m_doc = doc;
    m_lens = 0;
    if (m_doc) {
        if (!m_doc->journey(m_journey))
            m_journey = m_doc->journeyIds().value(0);
        connectDocument();
    }
    m_refresh->now();
}

Document* Dashboard::document() const { return m_doc; }

void Dashboard::connectDocument()
{
    // Every change that can move a number: one refresh later.
    const auto follow = [this](auto... signal) { m_refresh->follow(m_doc.data(), signal...); };
    follow(&Document::departmentAdded, &Document::departmentChanged, &Document::departmentMoved,
           &Document::departmentRemoved);
    follow(&Document::journeyAdded, &Document::journeyChanged, &Document::journeyMoved,
           &Document::journeyRemoved);
    follow(&Document::stageInserted, &Document::stageChanged, &Document::stageMoved,
           &Document::stageRemoved);
    follow(&Document::laneInserted, &Document::laneChanged, &Document::laneMoved,
           &Document::laneRemoved);
    follow(&Document::cardAdded, &Document::cardChanged, &Document::cardMoved,
           &Document::cardRemoved, &Document::reloaded);
    // Links carry the reach that priorities count.
    follow(&Document::linkAdded, &Document::linkChanged, &Document::linkRemoved,
           &Document::reviewIntervalChanged, &Document::feedbackChanged);
}

void Dashboard::setJourney(Id journeyId)
{
    if (journeyId == m_journey)
        return;
    m_journey = journeyId;
    m_refresh->now();
}

void Dashboard::setLens(Id departmentId)
{
    if (!m_doc || !m_doc->department(departmentId))
        departmentId = 0;
    if (departmentId == m_lens)
        return;
    m_lens = departmentId;
    m_refresh->now();
}

void Dashboard::refreshNow() { m_refresh->flush(); }

void Dashboard::refresh()
{
    if (m_doc && m_journey != 0 && !m_doc->journey(m_journey))
        m_journey = m_doc->journeyIds().value(0);
    if (m_lens != 0 && (!m_doc || !m_doc->department(m_lens)))
        m_lens = 0;
    const DocumentData data = m_doc ? m_doc->snapshot() : DocumentData();
    const analysis::Rollups rollups = analysis::rollups(data, m_journey);
    QStringList stages;
    for (const analysis::StageRollup& s : rollups.stages)
        stages << m_doc->stage(s.stageId)->name;
    stages = dashboard::uniqueLabels(stages);

    updateHeading();
    for (const Section& s : m_sections)
        s.frame->setVisible(m_doc);
    if (!m_doc)
        return;
    fillStageBars(rollups, stages);
    fillEmotion(data);
    fillPainPoints(rollups, analysis::priorities(data, m_journey));
    fillHeatmap(rollups, stages);
    fillPriorities(data);
    fillKpis(data);
    fillFeedback(data);
}

void Dashboard::updateHeading()
{
    m_reviews->setVisible(m_doc);
    if (!m_doc) {
        m_heading->setText(tr("No map is open."));
        return;
    }
    const Department* lens = m_doc->department(m_lens);
    m_reviews->setText(reviewSummary(reviewCount(*m_doc, m_journey, m_lens),
                                     lens ? lens->name : QString(), m_doc->reviewIntervalDays()));
    const Journey* j = m_doc->journey(m_journey);
    const QString journey = j ? j->name : tr("All journeys");
    m_heading->setText(m_lens ? tr("%1 · lens: %2").arg(journey, lensName())
                              : tr("%1 · all departments").arg(journey));
}

} // namespace cx
