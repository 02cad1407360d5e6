#pragma once

// The text sections of the report, as blocks for a Flow: the summary, a
// department's section and the appendix of every card. Every figure comes
// from core/analysis; nothing is counted twice here.

#include "analysis/analysis.h"
#include "analysis/feedbackstats.h"
#include "analysis/priority.h"
#include "analysis/recognition.h"
#include "model/enumnames.h" // emotionLabel()
#include "model/types.h"
#include "reportflow.h"

#include <functional>
#include <optional>

namespace cx {

class Document;

namespace report {

class JourneyFocus;

// What the sections of one journey share: computed once per journey.
// The journey's customer feedback in the report's period, worked out once
// for every department section that shows it (reportfeedback.cpp).
struct JourneyFeedback
{
    DocumentData part; // the journey's part of the map (analysis::journeyPart)
    analysis::FeedbackStats stats;
    analysis::Recognition recognition;
};

struct JourneyFacts
{
    // feedbackSince: the first day of the feedback sections' period.
    JourneyFacts(const Document& doc, const DocumentData& data, Id journeyId,
                 const QDate& feedbackSince);

    const Document& doc;
    const DocumentData& data;
    Id journeyId;
    QList<Id> stageIds;
    QList<Id> cardIds; // reading order: stage, lane, position
    int linkCount = 0;
    analysis::Rollups rollups;
    analysis::Handoffs handoffs;
    // The journey's pain points and opportunities by priority score (DESIGN.md).
    QList<analysis::PriorityItem> priorities;

    QString stageName(Id stageId) const;
    QString laneName(Id laneId) const;
    LaneKind laneKind(Id laneId) const;
    const Department* department(Id id) const;
    // The departments with a part (owned or contributed) in the journey.
    int involvedDepartments() const;

    QDate feedbackSince;
    // Worked out on first use.
    const JourneyFeedback& feedback() const;

private:
    mutable std::optional<JourneyFeedback> m_feedback;
};

// The executive page: made with newFlow until it fits one page (reportexecutive.cpp);
// of a department report (departments: the chosen ones; empty = the whole journey),
// about those departments' part.
Flow buildExecutive(const JourneyFacts& facts, const QList<Id>& departments,
                    const std::function<Flow()>& newFlow);
void buildSummary(const JourneyFacts& facts, Flow& flow);
// focus: what a big journey's department table and appendix list (reportfocus.h).
void buildDepartment(const JourneyFacts& facts, const JourneyFocus& focus, Id departmentId,
                     int index, int count, Flow& flow);
// A department's customer feedback on this journey's cards in the period and
// the praise its work earned (reportfeedback.cpp); nothing when there is none.
void addFeedback(const JourneyFacts& facts, const Department& department, Flow& flow);
void buildAppendix(const JourneyFacts& facts, const JourneyFocus& focus, Flow& flow);
// The appendix's heading, also its entry in the contents.
QString appendixTitle(const JourneyFocus& focus);
// The future-state journey against its current state (facts: either of them).
void buildComparison(const JourneyFacts& facts, Id currentId, Id futureId, Flow& flow);

// Shared by the builders.
Cell textCell(const QString& text, const QString& sub = {});
Cell numberCell(double value);
// A table: its header, then one row per entry of rows (shaded every other).
const TableHeader* addTable(Flow& flow, const QList<TableColumn>& columns,
                            const QList<QList<Cell>>& rows, qreal spaceBeforeMm = 2);
QString levelWord(Level level);
QString shortNameOf(const Department* d);
// Departments named in a sentence: "IT", "Billing & Finance and IT", "Sales, IT
// and HR"; with every = false more than two are counted ("3 departments").
QString departmentsLabel(const QStringList& names, bool every);
// A cell with the department's chip and name ("—" when unowned).
Cell departmentCell(const Department* d, bool withName = true);
// A cell with an emotion chip and its word; an empty cell when unset.
Cell emotionCell(std::optional<double> emotion, bool withWord = true);
// The content widths those cells need so that no word breaks.
qreal emotionWidth(const Styles& styles, qreal unit);
qreal departmentWidth(const JourneyFacts& facts, const Styles& styles, qreal unit);
// Pain points and opportunities as ranked (PriorityItem), with their score and
// owner; the reach and votes columns only when some row has any. 'mixed': both
// kinds in one table (each row says which).
void addPriorityTable(const JourneyFacts& facts, Flow& flow,
                      const QList<analysis::PriorityItem>& items, bool mixed);

} // namespace report
} // namespace cx
