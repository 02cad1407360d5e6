#include "feedbackrules.h"

#include <QCoreApplication>

namespace cx {

namespace {
// The context of this file's messages for the translators (lupdate reads it).
struct FeedbackTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Feedback)
};
} // namespace

bool scoreInRange(ScoreScale scale, int score)
{
    switch (scale) {
    case ScoreScale::Nps:
        return score >= 0 && score <= 10;
    case ScoreScale::Csat:
        return score >= 1 && score <= 5;
    case ScoreScale::None:
        return false;
    }
    return false;
}

std::optional<int> sentimentOfScore(ScoreScale scale, int score)
{
    if (!scoreInRange(scale, score))
        return std::nullopt;
    if (scale == ScoreScale::Csat)
        return score - 3;
    if (score <= 3)
        return -2;
    if (score <= 6)
        return -1;
    if (score <= 8)
        return 0;
    return score == 9 ? 1 : 2;
}

bool isDetractor(int npsScore) { return npsScore >= 0 && npsScore <= 6; }
bool isPromoter(int npsScore) { return npsScore >= 9 && npsScore <= 10; }

bool isPraise(const Feedback& f)
{
    return f.kind == FeedbackKind::Praise || (f.sentiment && *f.sentiment >= 1);
}

QString feedbackProblem(const Feedback& f)
{
    if (f.sentiment && (*f.sentiment < emotionMin || *f.sentiment > emotionMax))
        return FeedbackTr::tr("A sentiment goes from -2 to +2");
    if (f.scale != ScoreScale::None && !scoreInRange(f.scale, f.score))
        return f.scale == ScoreScale::Nps ? FeedbackTr::tr("An NPS score goes from 0 to 10")
                                          : FeedbackTr::tr("A CSAT score goes from 1 to 5");
    if (f.scale == ScoreScale::None && f.score != 0)
        return FeedbackTr::tr("A score needs its scale (NPS or CSAT)");
    if (f.text.size() > maxTextLength)
        return FeedbackTr::tr("Feedback may hold at most a million characters");
    if (f.segment.size() > maxFeedbackFieldLength || f.reference.size() > maxFeedbackFieldLength ||
        f.cardHint.size() > maxFeedbackFieldLength)
        return FeedbackTr::tr(
            "A feedback item's segment, reference or card may hold at most 1000 characters");
    if (f.redacted && !f.text.isEmpty())
        return FeedbackTr::tr("Redacted feedback keeps no words");
    if (f.cardId != 0 && (!f.candidates.isEmpty() || !f.cardHint.isEmpty()))
        return FeedbackTr::tr("Only unsorted feedback names candidate cards");
    return {};
}

} // namespace cx
