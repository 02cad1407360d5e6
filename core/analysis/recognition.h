#pragma once

// Recognition (issue 20; DESIGN.md, Definitions): praise on a customer moment
// is credited, along the same links as the domino effect but in reverse, to
// its root causes (the backstage and support_process cards whose impact
// reaches it) and to their departments, so a head reads "“Courier booking”
// (Logistics) fed 14 praised moments since 2026-09-08".
//
// A praised moment: a customer moment with at least one praise item
// (model/feedbackrules.h isPraise) in the period (feedbackstats.h inPeriod:
// on or after `since`; undated items only when no period is asked). Each of
// its root causes gets the moment once and its praise items; a root cause
// feeding several moments gets each, a moment with several root causes
// credits every one. The backward chain is chains.h's: breadth-first, every
// card once, cycles end, links followed across journeys. Praise on a card
// that is no customer moment is credited to nobody.
//
// One index and one flow per call, then one breadth-first search per praised
// moment (not per item) over reused buffers.

#include "model/types.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace cx {
class Document;
}

namespace cx::analysis {

// A root cause and the praise it fed.
struct RootCauseCredit
{
    Id cardId = 0;       // a backstage or support_process card
    Id departmentId = 0; // accountable for it; 0: nobody
    QList<Id> moments;   // the praised moments it fed, in reading order
    int praise = 0;      // the praise items on those moments
    bool operator==(const RootCauseCredit&) const = default;
};

struct DepartmentRecognition
{
    Id departmentId = 0;          // 0: the cards nobody is accountable for
    QList<Id> ownedMoments;       // praised moments it is accountable for, reading order
    int ownedPraise = 0;          // praise items on them
    QList<Id> fedMoments;         // praised moments its root causes fed, each once, reading order
    int fedPraise = 0;            // praise items on those
    QList<RootCauseCredit> cards; // its root causes that fed any, as Recognition::rootCauses
    bool operator==(const DepartmentRecognition&) const = default;
};

struct Recognition
{
    QDate since;              // invalid: all time
    QList<Id> praisedMoments; // reading order
    int praise = 0;           // praise items on them
    // Most moments first, then most praise items, then reading order.
    QList<RootCauseCredit> rootCauses;
    // Departments by position, then the unowned (0); only those credited.
    QList<DepartmentRecognition> departments;

    // nullptr when the department earned no credit.
    const DepartmentRecognition* department(Id departmentId) const;
};

Recognition recognition(const DocumentData& data, const QDate& since = {});

// The department's recognition as sentences for a panel, a digest or the
// command line, translated (context "cx::Recognition"): the praised moments
// it owns, those its back-stage and support cards fed, then its top `topCards`
// contributing cards, one line each; or one line saying there is none. Map
// text on one line (line breaks as spaces), not escaped.
QStringList recognitionLines(const DocumentData& data, const Recognition& r, Id departmentId,
                             int topCards = 3);
QStringList recognitionLines(const Document& doc, Id departmentId, const QDate& since,
                             int topCards = 3);

// The period as the sentences say it: "since 2026-09-08", or "so far".
QString periodText(const QDate& since);

} // namespace cx::analysis
