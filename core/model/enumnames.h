#pragma once

// The stable text names of the model's enums: used by the file, JSON, CSV and
// the command line. Never translate these; the UI has its own labels.

#include "types.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace cx {

QString toString(JourneyState v);
QString toString(LaneKind v);
QString toString(Evidence v);
QString toString(Level v);
QString toString(CardStatus v);
QString toString(LinkType v);
QString toString(KpiKind v);
QString toString(FeedbackKind v);   // "none" "praise" "complaint" "suggestion" "question"
QString toString(FeedbackSource v); // "none" "survey" "nps" "interview" "ticket" "review" "social"
QString toString(ScoreScale v);     // "none" "nps" "csat"

// Parsing returns nullopt for an unknown name.
std::optional<JourneyState> journeyStateFromString(const QString& s);
std::optional<LaneKind> laneKindFromString(const QString& s);
std::optional<Evidence> evidenceFromString(const QString& s);
std::optional<Level> levelFromString(const QString& s);
std::optional<CardStatus> cardStatusFromString(const QString& s);
std::optional<LinkType> linkTypeFromString(const QString& s);
std::optional<KpiKind> kpiKindFromString(const QString& s);
std::optional<FeedbackKind> feedbackKindFromString(const QString& s);
std::optional<FeedbackSource> feedbackSourceFromString(const QString& s);
std::optional<ScoreScale> scoreScaleFromString(const QString& s);

// A colour as the file, the team server and JSON spell it: "#rrggbb",
// "#aarrggbb" when translucent, "" for none.
QString colorText(const QColor& c);

// A lane kind's label ("Pain points") in the language of the loaded
// translation (English on the command line, i18n/language.h);
// laneKindLabelEnglish: always the English one.
QString laneKindLabel(LaneKind v);
QString laneKindLabelEnglish(LaneKind v);

// The word for an emotion score ("Frustrated" for -1; clamped to -2..+2) and
// the score with it ("\u22121 Frustrated", "+2 Delighted", "0 Neutral"), in the
// loaded translation's language: the same words on the canvas, in the
// Inspector, on the dashboard and in the report.
QString emotionWord(int emotion);
QString emotionLabel(int emotion);

// Front stage = what the customer sees: customer actions and touchpoints.
bool isFrontStage(LaneKind v);

// Valid range of a KPI kind's value; Free: within +/-maxKpiMagnitude.
bool kpiValueInRange(KpiKind kind, double value);
// A KPI value as written everywhere (panels, report, CSV, command line): the
// shortest digits that read back as the same number, never an exponent, no
// group separators; the locale's decimal point and minus sign.
QString kpiNumberText(double value, const QLocale& locale);

} // namespace cx
