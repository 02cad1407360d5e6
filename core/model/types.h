#pragma once

// Plain value types of a CXMap document. No behaviour beyond comparison:
// the Document owns them and the commands change them.

#include <QByteArray>
#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cx {

using Id = qint64; // SQLite rowid; 0 means "none"

enum class JourneyState
{
    Current,
    Future
};

enum class LaneKind
{
    CustomerAction,
    Touchpoint,
    Backstage,
    SupportProcess,
    PhysicalEvidence,
    Emotion,
    PainPoint,
    Opportunity,
    Metric,
    Note,
};
inline constexpr int laneKindCount = 10;

enum class Evidence
{
    Observed,
    Assumed,
    Proposed
};

// Pain-point severity and opportunity impact. None = not rated.
enum class Level
{
    None,
    Low,
    Medium,
    High
};

enum class CardStatus
{
    Open,
    InProgress,
    Done,
    Dropped
};

enum class LinkType
{
    Feeds,
    Triggers,
    DependsOn,
    Wait
};

// NPS -100..100, CSAT 0..100 %, CES 1..7, Free: any number.
enum class KpiKind
{
    Nps,
    Csat,
    Ces,
    Free
};

inline constexpr int emotionMin = -2;
inline constexpr int defaultDotBudget = 5;
inline constexpr qsizetype maxPictureBytes = 4 * 1024 * 1024;
// The longest text a card, a comment or a persona may hold (characters).
inline constexpr qsizetype maxTextLength = 1000000;
// The most votes a card, and dots a participant's budget, may count.
inline constexpr int maxVotes = 1000000;
inline constexpr int emotionMax = 2;
// The largest magnitude of a KPI value or target: every value within it prints
// exactly, without an exponent.
inline constexpr double maxKpiMagnitude = 1e15;

struct Kpi
{
    QString name;
    KpiKind kind = KpiKind::Free;
    double value = 0.0;
    std::optional<double> target;
    QString unit;
    bool operator==(const Kpi&) const = default;
};

struct Department
{
    Id id = 0;
    QString name;
    QString shortName; // 2-4 letters shown on chips: colour is never the only cue
    QColor color;
    QString head;
    QString description;
    int position = 0;
    bool operator==(const Department&) const = default;
};

struct Persona
{
    Id id = 0;
    QString name;
    QString description;
    QString goals;
    QString frustrations;
    QByteArray picture; // PNG or JPEG bytes, empty = none (at most maxPictureBytes)
    bool operator==(const Persona&) const = default;
};

// Someone in the room who votes with dots: at most 'budget' dots on the cards
// of each journey.
struct Participant
{
    Id id = 0;
    QString name;
    int budget = defaultDotBudget;
    bool operator==(const Participant&) const = default;
};

// The dots one participant put on a card (count >= 1).
struct Dot
{
    Id participantId = 0;
    int count = 0;
    bool operator==(const Dot&) const = default;
};

// A remark on a card, by someone, at a time (UTC).
struct Comment
{
    QString author;
    QDateTime time;
    QString text;
    bool operator==(const Comment&) const = default;
};

struct Journey
{
    Id id = 0;
    QString name;
    QString description;
    JourneyState state = JourneyState::Current;
    Id personaId = 0;       // 0 = no persona
    Id sourceJourneyId = 0; // the current-state journey a future one was cloned from
    int position = 0;
    bool operator==(const Journey&) const = default;
};

struct Stage
{
    Id id = 0;
    Id journeyId = 0;
    QString name;
    QString description;
    int position = 0; // column index within the journey
    bool operator==(const Stage&) const = default;
};

struct Lane
{
    Id id = 0;
    Id journeyId = 0;
    QString name;
    LaneKind kind = LaneKind::Touchpoint;
    int position = 0; // row index within the journey
    bool operator==(const Lane&) const = default;
};

// An action on a pain point or an opportunity (edit::addAction): what is to
// be done, by which department, by when; overdue once its due day has passed
// while it is open or in progress (analysis/actions.h).
struct CardAction
{
    QString what;
    Id ownerId = 0; // the department that does it; 0 = nobody yet
    QDate due;      // invalid = no due date
    CardStatus status = CardStatus::Open;
    bool operator==(const CardAction&) const = default;
};

struct Card
{
    Id id = 0;
    Id stageId = 0;
    Id laneId = 0;
    int position = 0; // index within its (stage, lane) cell
    QString title;
    QString description;
    QString channel;
    Id accountableId = 0;       // 0 = unowned
    QList<Id> contributingIds;  // ordered, no duplicates, never the accountable one
    std::optional<int> emotion; // -2..+2, unset when nobody rated it
    Evidence evidence = Evidence::Assumed;
    Level severity = Level::None; // pain-point severity
    Level impact = Level::None;   // opportunity impact
    QList<Kpi> kpis;
    // All votes on the card: the dots of participants (sorted by participant,
    // one entry each) and any not cast by a named participant (older files,
    // imports, typed counts). votes >= the sum of the dots.
    int votes = 0;
    QList<Dot> dots;
    CardStatus status = CardStatus::Open;
    QStringList tags;
    QList<Comment> comments; // oldest first
    // Its last review by its department (edit::markReviewed): when (UTC;
    // invalid = never reviewed) and by whom. Stale once older than the map's
    // review interval (analysis/reviews.h).
    QDateTime reviewedAt;
    QString reviewedBy;
    QList<CardAction> actions; // in the order they were planned
    bool operator==(const Card&) const = default;

    int dotCount() const; // the dots of named participants
    int dotsOf(Id participantId) const;
};

// Customer feedback (DESIGN.md, "A map that lives"): one item of the voice of
// the customer, on the card it is about or, while nobody knows which card that
// is, in the map's "Unsorted feedback" inbox (cardId 0).
enum class FeedbackKind
{
    None, // not said
    Praise,
    Complaint,
    Suggestion,
    Question
};

enum class FeedbackSource
{
    None, // not said
    Survey,
    Nps,
    Interview,
    Ticket, // a support ticket
    Review,
    Social
};

// The scale of a survey score: NPS 0..10 (0-6 detractors, 9-10 promoters),
// CSAT 1..5.
enum class ScoreScale
{
    None,
    Nps,
    Csat
};

struct Feedback
{
    Id id = 0;
    Id cardId = 0; // 0: in the "Unsorted feedback" inbox
    // The customer's words as given: never trimmed. Empty once redacted.
    QString text;
    bool redacted = false; // its words were removed; the item still counts
    FeedbackKind kind = FeedbackKind::None;
    std::optional<int> sentiment; // -2..+2, unset when nothing said it
    FeedbackSource source = FeedbackSource::None;
    QDate date;        // when the customer said it; invalid = unknown
    QString segment;   // a segment or persona, free text
    QString reference; // a ticket id or an address, kept as text, never opened
    ScoreScale scale = ScoreScale::None;
    int score = 0; // on `scale` (0..10 or 1..5) when scale is not None
    // In the inbox, after an import: what the row's card column said, and
    // the cards it could mean (several titles matched; empty: none did).
    QString cardHint;
    QList<Id> candidates;
    bool operator==(const Feedback&) const = default;
};

struct Link
{
    Id id = 0;
    Id fromCardId = 0;
    Id toCardId = 0;
    LinkType type = LinkType::Feeds;
    QString label;
    bool operator==(const Link&) const = default;
};

// A whole document as plain values: what the store reads and writes in one go,
// what JSON import/export speak, and what tests compare. Canonical form: every
// list sorted by id; order lives in the position fields.
inline constexpr int defaultReviewIntervalDays = 90;
inline constexpr int maxReviewIntervalDays = 3650;

struct DocumentData
{
    QString title;
    int reviewIntervalDays = defaultReviewIntervalDays; // 1..maxReviewIntervalDays
    QList<Department> departments;
    QList<Persona> personas;
    QList<Participant> participants;
    QList<Journey> journeys;
    QList<Stage> stages;
    QList<Lane> lanes;
    QList<Card> cards;
    QList<Link> links;
    QList<Feedback> feedback;
    bool operator==(const DocumentData&) const = default;

    // Sorts every list by id (the canonical form above).
    void canonicalize();
};

} // namespace cx
