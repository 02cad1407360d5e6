#include "enumnames.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <utility>

namespace cx {

namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char*>, N>& table, E v)
{
    for (const auto& [e, name] : table) {
        if (e == v)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, const QString& s)
{
    for (const auto& [e, name] : table) {
        if (s == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

constexpr std::array journeyStates{
    std::pair{JourneyState::Current, "current"},
    std::pair{JourneyState::Future, "future"},
};

constexpr std::array laneKinds{
    std::pair{LaneKind::CustomerAction, "customer_action"},
    std::pair{LaneKind::Touchpoint, "touchpoint"},
    std::pair{LaneKind::Backstage, "backstage"},
    std::pair{LaneKind::SupportProcess, "support_process"},
    std::pair{LaneKind::PhysicalEvidence, "physical_evidence"},
    std::pair{LaneKind::Emotion, "emotion"},
    std::pair{LaneKind::PainPoint, "pain_point"},
    std::pair{LaneKind::Opportunity, "opportunity"},
    std::pair{LaneKind::Metric, "metric"},
    std::pair{LaneKind::Note, "note"},
};

constexpr std::array laneLabels{
    std::pair{LaneKind::CustomerAction, QT_TRANSLATE_NOOP("cx::LaneKind", "Customer actions")},
    std::pair{LaneKind::Touchpoint, QT_TRANSLATE_NOOP("cx::LaneKind", "Front-stage touchpoints")},
    std::pair{LaneKind::Backstage, QT_TRANSLATE_NOOP("cx::LaneKind", "Back-stage processes")},
    std::pair{LaneKind::SupportProcess, QT_TRANSLATE_NOOP("cx::LaneKind", "Support processes")},
    std::pair{LaneKind::PhysicalEvidence, QT_TRANSLATE_NOOP("cx::LaneKind", "Physical evidence")},
    std::pair{LaneKind::Emotion, QT_TRANSLATE_NOOP("cx::LaneKind", "Emotions")},
    std::pair{LaneKind::PainPoint, QT_TRANSLATE_NOOP("cx::LaneKind", "Pain points")},
    std::pair{LaneKind::Opportunity, QT_TRANSLATE_NOOP("cx::LaneKind", "Opportunities")},
    std::pair{LaneKind::Metric, QT_TRANSLATE_NOOP("cx::LaneKind", "Metrics")},
    std::pair{LaneKind::Note, QT_TRANSLATE_NOOP("cx::LaneKind", "Notes")},
};

constexpr std::array evidences{
    std::pair{Evidence::Observed, "observed"},
    std::pair{Evidence::Assumed, "assumed"},
    std::pair{Evidence::Proposed, "proposed"},
};

constexpr std::array levels{
    std::pair{Level::None, "none"},
    std::pair{Level::Low, "low"},
    std::pair{Level::Medium, "medium"},
    std::pair{Level::High, "high"},
};

constexpr std::array statuses{
    std::pair{CardStatus::Open, "open"},
    std::pair{CardStatus::InProgress, "in_progress"},
    std::pair{CardStatus::Done, "done"},
    std::pair{CardStatus::Dropped, "dropped"},
};

constexpr std::array linkTypes{
    std::pair{LinkType::Feeds, "feeds"},
    std::pair{LinkType::Triggers, "triggers"},
    std::pair{LinkType::DependsOn, "depends_on"},
    std::pair{LinkType::Wait, "wait"},
};

constexpr std::array kpiKinds{
    std::pair{KpiKind::Nps, "nps"},
    std::pair{KpiKind::Csat, "csat"},
    std::pair{KpiKind::Ces, "ces"},
    std::pair{KpiKind::Free, "free"},
};

constexpr std::array feedbackKinds{
    std::pair{FeedbackKind::None, "none"},
    std::pair{FeedbackKind::Praise, "praise"},
    std::pair{FeedbackKind::Complaint, "complaint"},
    std::pair{FeedbackKind::Suggestion, "suggestion"},
    std::pair{FeedbackKind::Question, "question"},
};

constexpr std::array feedbackSources{
    std::pair{FeedbackSource::None, "none"},     std::pair{FeedbackSource::Survey, "survey"},
    std::pair{FeedbackSource::Nps, "nps"},       std::pair{FeedbackSource::Interview, "interview"},
    std::pair{FeedbackSource::Ticket, "ticket"}, std::pair{FeedbackSource::Review, "review"},
    std::pair{FeedbackSource::Social, "social"},
};

constexpr std::array scoreScales{
    std::pair{ScoreScale::None, "none"},
    std::pair{ScoreScale::Nps, "nps"},
    std::pair{ScoreScale::Csat, "csat"},
};

} // namespace

QString toString(FeedbackKind v) { return nameOf(feedbackKinds, v); }
QString toString(FeedbackSource v) { return nameOf(feedbackSources, v); }
QString toString(ScoreScale v) { return nameOf(scoreScales, v); }
std::optional<FeedbackKind> feedbackKindFromString(const QString& s)
{
    return valueOf(feedbackKinds, s);
}
std::optional<FeedbackSource> feedbackSourceFromString(const QString& s)
{
    return valueOf(feedbackSources, s);
}
std::optional<ScoreScale> scoreScaleFromString(const QString& s) { return valueOf(scoreScales, s); }

QString toString(JourneyState v) { return nameOf(journeyStates, v); }
QString toString(LaneKind v) { return nameOf(laneKinds, v); }
QString toString(Evidence v) { return nameOf(evidences, v); }
QString toString(Level v) { return nameOf(levels, v); }
QString toString(CardStatus v) { return nameOf(statuses, v); }
QString toString(LinkType v) { return nameOf(linkTypes, v); }
QString toString(KpiKind v) { return nameOf(kpiKinds, v); }

std::optional<JourneyState> journeyStateFromString(const QString& s)
{
    return valueOf(journeyStates, s);
}
std::optional<LaneKind> laneKindFromString(const QString& s) { return valueOf(laneKinds, s); }
std::optional<Evidence> evidenceFromString(const QString& s) { return valueOf(evidences, s); }
std::optional<Level> levelFromString(const QString& s) { return valueOf(levels, s); }
std::optional<CardStatus> cardStatusFromString(const QString& s) { return valueOf(statuses, s); }
std::optional<LinkType> linkTypeFromString(const QString& s) { return valueOf(linkTypes, s); }
std::optional<KpiKind> kpiKindFromString(const QString& s) { return valueOf(kpiKinds, s); }

QString laneKindLabel(LaneKind v)
{
    return QCoreApplication::translate("cx::LaneKind",
                                       laneKindLabelEnglish(v).toUtf8().constData());
}

QString laneKindLabelEnglish(LaneKind v) { return nameOf(laneLabels, v); }

QString emotionWord(int emotion)
{
    static const char* const words[] = {
        QT_TRANSLATE_NOOP("cx::Emotion", "Angry"), QT_TRANSLATE_NOOP("cx::Emotion", "Frustrated"),
        QT_TRANSLATE_NOOP("cx::Emotion", "Neutral"), QT_TRANSLATE_NOOP("cx::Emotion", "Pleased"),
        QT_TRANSLATE_NOOP("cx::Emotion", "Delighted")};
    return QCoreApplication::translate(
        "cx::Emotion", words[std::clamp(emotion, emotionMin, emotionMax) - emotionMin]);
}

QString emotionLabel(int emotion)
{
    const int v = std::clamp(emotion, emotionMin, emotionMax);
    const QString sign =
        v < 0 ? QStringLiteral("\u2212") : (v > 0 ? QStringLiteral("+") : QString());
    return sign + QString::number(std::abs(v)) + QLatin1Char(' ') + emotionWord(v);
}

bool isFrontStage(LaneKind v) { return v == LaneKind::CustomerAction || v == LaneKind::Touchpoint; }

bool kpiValueInRange(KpiKind kind, double value)
{
    if (!std::isfinite(value))
        return false;
    switch (kind) {
    case KpiKind::Nps:
        return value >= -100 && value <= 100;
    case KpiKind::Csat:
        return value >= 0 && value <= 100;
    case KpiKind::Ces:
        return value >= 1 && value <= 7;
    case KpiKind::Free:
        return std::abs(value) <= maxKpiMagnitude;
    }
    return false;
}

QString kpiNumberText(double value, const QLocale& locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(value == 0 ? 0.0 : value, 'f', QLocale::FloatingPointShortest);
}

QString colorText(const QColor& c)
{
    if (!c.isValid())
        return {};
    return c.name(c.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb);
}

} // namespace cx
